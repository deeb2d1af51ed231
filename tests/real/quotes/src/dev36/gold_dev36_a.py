"""Hand annotations for four dev36 articles (Digital.gov news posts, 3 September 2014 to 30 June
2015), decided by reading each article.

Annotator: one helper session (annotator "a" of dev36), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev36 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev28 to dev35 paragraphs on Digital.gov and 18F posts), the dev35 and dev34 gold
modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Victoria Taylor", "Jenn Gustetic",
"Jason Yasner", "Nana Efua Embil"), titles dropped, with the surname, pronoun or description
nearest the quote in speaker_text; the second piece of a split quote ('"...," X said. "..."') is
continuation; a paragraph's quote with no verb after a paraphrase of one speaker with its own verb
is that speaker's, full (dev25/dev27/dev30/dev34/dev35); a whole clause after "says," or "said
X," is full (dev27/dev35); a fragment woven into the reporter's sentence is partial; a whole
sentence quoted after "that" is partial (dev8); a label inside someone's reported words is theirs,
partial (dev9/dev22/dev28/dev30/dev34); a label in the writer's voice is scare (dev28/dev29/dev35);
single marks nested inside a double-mark quote stay inside the row (Yasner's ‘pre-translation’,
‘engaged’).

Open calls:
- reddit: 'said the point of posting to reddit is not to have content go viral; it is to build
  credibility. “You want your username to earn recognition and trust.”' -> Victoria Taylor, full,
  cue "say" (a quote with no verb right after her paraphrase with its own verb).
- reddit: 'Taylor explained that, “People curate what they want to see and spin off
  communities.”' -> Victoria Taylor, partial, cue "explain" (a whole sentence after "that", dev8),
  though it is capitalised and set off by a comma. Alternative: full.
- reddit: 'because she said AMAs, “are a great way to get information out quickly,” and can
  attract high profile press' -> Victoria Taylor, partial (a predicate finishing the reporter's
  clause).
- reddit: 'Taylor said reddit is translation friendly, “We do have language specific sub-sites,
  but reddit is English dominant.”' -> Victoria Taylor, full, cue "say" (a whole utterance after
  her paraphrase and a comma).
- World Digital Library: '“We’d like to have more users ... attain this.” Yasner said. “One is
  ...”' (a full stop instead of a comma before the attribution, twice) -> read as '“...,” Yasner
  said': full, then continuation.
- NPS: 'The current phase of the Find Your Park campaign is considered the “invitation” stage' ->
  scare (a stage's label, passive, no one named as using it). Alternative: Nana Efua Embil,
  partial (the paragraph goes on with "Embil said").
- NPS: 'She called the Find Your Park campaign the “icing on the cake”' -> Nana Efua Embil,
  partial, cue "call".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-09-03-to-learn-about-reddit-listen-first"] = [
    ("You want your username to earn", "Victoria Taylor",
     "Victoria Taylor, director of communications at reddit", "say", "full"),
    ("People curate what they want", "Victoria Taylor", "Taylor", "explain", "partial"),
    ("AMA is like playing roulette;", "Victoria Taylor", "Taylor", "say", "full"),
    ("are a great way to get information", "Victoria Taylor", "she", "say", "partial"),
    ("It is better to be John from agency", "Victoria Taylor", "Taylor", "say", "full"),
    ("We do have language specific sub-sites", "Victoria Taylor", "Taylor", "say", "full"),
    ("Think of it as a hub", "Victoria Taylor", "Taylor", "explain", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-12-30-opening-government-through-federal-crowdsourcing"] = [
    ("When we look at the purpose", "Jenn Gustetic", "Gustetic", "say", "full"),
    ("They provide ways to engage", "Jenn Gustetic", "Gustetic", "say", "continuation"),
    ("On a maturity spectrum,", "Jenn Gustetic", "Gustetic", "say", "full"),
    ("We’re not completely in our early", "Jenn Gustetic", "Gustetic", "say", "continuation"),
    ("In recent years, driven by new", "Jenn Gustetic", "Gustetic", "say", "full"),
    ("There is less policy than on prizes", "Jenn Gustetic", "Gustetic", "say", "continuation"),
    ("The existence, prevalence and growth", "Jenn Gustetic", "Gustetic", "say", "full"),
    ("It creates new ways for citizens", "Jenn Gustetic", "Gustetic", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-04-09-multiple-languages-single-platforms-the-world"] = [
    ("We’d like to have more users", "Jason Yasner", "Yasner", "say", "full"),
    ("One is working on better ways", "Jason Yasner", "Yasner", "say", "continuation"),
    ("We receive metadata and descriptions", "Jason Yasner", "Yasner", "say", "full"),
    ("Therefore, we have what we call", "Jason Yasner", "Yasner", "say", "continuation"),
    ("We have recently scaled back", "Jason Yasner", "Yasner", "say", "full"),
    ("We noticed that Russian and Chinese", "Jason Yasner", "Yasner", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-06-30-celebrating-parks-creating-connections-nps-prepares"] = [
    ("Our efforts are not a flash", "Nana Efua Embil", "Embil", "say", "full"),
    ("We are focusing on how to build", "Nana Efua Embil", "Embil", "say", "continuation"),
    ("invitation", "", "", "", "scare"),
    ("We just launched an Instagram", "Nana Efua Embil", "Embil", "say", "full"),
    ("We’ve had Twitter chats", "Nana Efua Embil", "Embil", "say", "continuation"),
    ("One of the days we are trying", "Nana Efua Embil", "Embil", "say", "full"),
    ("We have some other efforts", "Nana Efua Embil", "Embil", "say", "continuation"),
    ("icing on the cake", "Nana Efua Embil", "She", "call", "partial"),
]
