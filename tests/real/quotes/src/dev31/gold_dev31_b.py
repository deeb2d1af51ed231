"""Hand annotations for four dev31 articles (18F blog posts, 6 October 2015 to 14 October 2016),
decided by reading each article.

Annotator: one helper session (annotator "b" of dev31), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, the other annotator's module not opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev28, dev29 and dev30 paragraphs on Digital.gov posts and "Conventions used where
the guideline leaves a choice"), the dev29 "b" and dev30 "a"/"b" gold modules as format examples,
goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article first gives them ("Dave Cole", "Jeremia
Kimelman", "Gail Swanson", "Chris Ferguson", "Phaedra Chrousos", "Andrew Myers", "Shelly
Baxter"), with the first name, surname or pronoun nearest the quote in speaker_text ("Jeremia",
"Dave", "Ferguson", "he"); pronouns resolve to the person they point to; the later piece of a
split quote ('"...," X said. "..."') is continuation; a new paragraph with its own "he said" is
full (dev9/dev28); a lower-case fragment that finishes the reporter's sentence is partial (dev22);
a label inside someone's reported speech is theirs, partial (dev9/dev22/dev27); mottos, area and
product names in the reporter's voice and "so-called" labels are scare (dev11/dev16/dev28/dev29);
an unnamed source keeps the description as written (dev21/dev22); a quote after a colon with its
own verb is full (dev13/dev29); single marks nested inside a double-mark quote (‘What’s the
simplest thing ...?’, ‘drop in’) stay inside its one row (dev27); a bracketed edit opening the
span stays inside it (dev14: "[That’s] what we wanted ...").

Open calls:
- New project: Jeremia's first quote nests Dave's question in single marks ('... and saying,
  ‘What’s the simplest thing ...?’” said Jeremia.') -> one row, Jeremia Kimelman, full; the nested
  words are not a row of their own (they would be Dave Cole's if they were).
- New project: 'As Jeremia recalled, the team “needed to make sure scalability worked ...”' ->
  Jeremia Kimelman, partial, cue "recall" (a lower-case fragment finishing the reporter's
  sentence; the words are Jeremia's account, "the team" is only the subject). Alternative: "the
  team" as speaker.
- New project: 'Gail recalled the struggles inherent in this situation. “You’re constantly
  thinking ...”' -> Gail Swanson, full, cue "recall" (a quote with no verb of its own right after
  a sentence about her recalling, dev11/dev25). Its nested ‘I could use ... future clients.'
  opens with a curly and closes with a straight single mark; it stays inside the one row.
- New project: '“We’re always thinking ‘How do we ...?’” he said.' opens a new paragraph after
  the paraphrase "The key to its success, said Jeremia, was ..." -> Jeremia Kimelman, full (own
  verb), its second piece continuation.
- UK visit: 'the motto of the United Kingdom's Government Digital Service (GDS) is “the strategy
  is delivery.”' -> scare (a motto, dev11). Alternative: "Government Digital Service", full.
- UK visit: 'Over here, we say “delivery is the strategy,”' -> "18F" (the post's "we", the 18F
  blog's own team), full, cue "say" (a whole clause after "say", dev12/dev27; dev28 gave a
  question "you" are said to ask to "you"). Alternatives: scare (it is the American counterpart
  motto, paired with the GDS motto just before), or partial (lower case, woven into the
  sentence), or the wider "digital coalition" rather than 18F.
- UK visit: 'Or as Chris Ferguson ... recently put it, “Get on with it ...”' -> Chris Ferguson,
  full, cue "put".
- UK visit: 'He said improving ... is a “politically neutral area”' -> Chris Ferguson, partial
  (a label inside his reported speech). Alternative: scare.
- UK visit: Ferguson's second long quote carries Markdown-escaped brackets ("\\[the importance
  of focusing on user needs\\]"); they stay inside the span. Its second piece after "Ferguson
  said." is continuation.
- Sharing: 'More than one person we interviewed said, “I have nothing to hide.”' -> the
  description as written, "more than one person we interviewed", full (dev21/dev24: unnamed
  sources stay as written). Alternative: "interviewees" / "unknown".
- Workplace: 'Over time, they’ve learned subtler things about the space: “Better access to wifi
  … added electrical outlets … we enhanced white noise,” said Baxter' -> Shelly Baxter, full (its
  own "said Baxter", after a colon, dev13). Alternative: partial (a list of fragments that
  finishes the reporter's colon sentence).
- Workplace: '“We’ve noticed that certain people are magnets,” said Myers, “if you’re a manager
  ...”' -> Andrew Myers, full then continuation (the second piece finishes his sentence after the
  inserted "said Myers,").
- Workplace: the photo captions' 'the "Union Station" area' (an area's name) and 'So-called "dog
  bone" desks' (a so-called label no one is named as using, dev16) -> scare.
- Workplace: Baxter's last quote nests ‘drop in’ in single marks; one continuation row after
  "Baxter said,".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["18f-2015-10-06-how-we-start-a-new-project"] = [
    ("Agencies wishing to use a template", "Dave Cole", "he", "say", "full"),
    # nested single-mark question of Dave's stays inside Jeremia's quote
    ("I remember Dave showing us", "Jeremia Kimelman", "Jeremia", "say", "full"),
    ("We then wrote the initial commit", "Jeremia Kimelman", "Jeremia", "say", "continuation"),
    ("At that point, the research", "Dave Cole", "Dave", "say", "full"),
    ("As soon as we built the basic platform", "Dave Cole", "Dave", "say", "continuation"),
    ("needed to make sure scalability", "Jeremia Kimelman", "Jeremia", "recall", "partial"),
    ("You’re constantly thinking", "Gail Swanson", "Gail", "recall", "full"),
    ("We’re always thinking", "Jeremia Kimelman", "he", "say", "full"),
    ("Federalist does that", "Jeremia Kimelman", "he", "say", "continuation"),
    ("[That’s] what we wanted", "Jeremia Kimelman", "Jeremia", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2015-12-22-uk-digital-service-visits-us-to"] = [
    ("the strategy is delivery.", "", "", "", "scare"),
    ("delivery is the strategy,", "18F", "we", "say", "full"),
    ("Get on with it", "Chris Ferguson", "Chris Ferguson", "put", "full"),
    ("The whole idea of putting the user first", "Chris Ferguson", "Ferguson", "say", "full"),
    ("politically neutral area", "Chris Ferguson", "He", "say", "partial"),
    ("When you want to persuade someone", "Chris Ferguson", "Ferguson", "say", "full"),
    ("It’s very powerful because", "Chris Ferguson", "Ferguson", "say", "continuation"),
    ("We have the Office of Citizen Services", "Phaedra Chrousos", "Chrousos", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2016-03-10-what-people-think-about-before-sharing"] = [
    ("I have nothing to hide.", "more than one person we interviewed",
     "More than one person we interviewed", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2016-10-14-iterative-workplace-design-denver-federal-center"] = [
    ("We were maxed out on cubicles", "Andrew Myers", "Andrew Myers", "say", "full"),
    ("One of the designers took", "Shelly Baxter", "Baxter", "say", "full"),
    ("Union Station", "", "", "", "scare"),
    ("Better access to wifi", "Shelly Baxter", "Baxter", "say", "full"),
    ("We’ve noticed that certain people", "Andrew Myers", "Myers", "say", "full"),
    ("if you’re a manager", "Andrew Myers", "Myers", "say", "continuation"),
    ("dog bone", "", "", "", "scare"),
    ("People are creatures of habit", "Shelly Baxter", "Baxter", "say", "full"),
    ("and we’ve started to see people", "Shelly Baxter", "Baxter", "say", "continuation"),
]
