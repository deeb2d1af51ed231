"""Hand annotations for four dev40 articles (Wikinews economy stories of 2005-12-16 to 2009-02-27),
decided by reading each article.

Annotator: one helper session (annotator "b" of dev40), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev40 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev3, dev10, dev11, dev12, dev38 and dev39 paragraphs on Wikinews stories), the
dev38_a and dev39_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Peter Mandelson",
"Francois Traore", "Mamadou Salissou Habi", "Kevin Kenrick", "Theresa Gattung", "Ian Smith",
"Neelie Kroes", "Brad Smith", "Steve Ballmer", "Barack Obama", "John Boehner", "Norman J.
Ornstein"), with the surname, pronoun or description nearest the quote in speaker_text; each
Wikinews body is one paragraph, so a quote with its own attribution is full and only an
unattributed later piece of the same speaker is continuation (dev10); a quote with no verb right
after the speaker's own paraphrase with its own verb is full (dev14/dev36/dev38); a whole clause
after "said:" or "commented" is full (dev12/dev16); a whole sentence after "that" is partial even
with a capital (dev8/dev24/dev38); an unnamed spokesperson of a named company is the company
(guideline); "according to" a person is that person's (dev38); an event's name is scare (dev39).

Open calls:
- Cotton: '"The United States is willing, ... West African countries" the US trade representative
  announced' -> "Portman", the name the article gives the trade representative later ("Portman
  argued cutting global tariffs ..."), as dev3's name used later; speaker_text "the US trade
  representative", cue "announce", full. Alternative: "US trade representative" as written.
- Cotton: '"We know with certainty ... for our farmers." Mamadou Salissou Habi Niger's minister of
  trade said.' -> "Mamadou Salissou Habi" (the missing comma/possessive of the copy read as
  "Mamadou Salissou Habi, Niger's minister of trade"), full.
- Yahoo Xtra: 'Kevin Kenrick ... said that they will now be able to target ... "We see there is a
  fantastic opportunity ..."' -> Kevin Kenrick, full, cue "say" (after his paraphrase, no verb).
- Yahoo Xtra: 'Ian Smith ... said: "The company was achieving ... and believed it could do the
  same ..."' -> Ian Smith, full (after "said:", though the marked words read as the reporter's
  third-person paraphrase).
- Microsoft: 'She also said ... that "Talk is cheap. Flouting the rules is expensive"' and 'she
  also expressed hope that "today's decision closes ..."' -> Neelie Kroes, partial (after "that"),
  cues "say" and "express".
- Microsoft: 'a Microsoft Spokesperson has stated that ..., citing that "The commission announced
  ..."' -> Microsoft (an unnamed company spokesperson), partial (after "that"), cue "cite".
- Microsoft: 'The EU competition commissioner's commented that this move "does not necessarily
  equal ..."' -> Neelie Kroes (the commissioner named before), partial, cue "comment".
- Microsoft: 'at its "Heroes Happen Here" event' -> scare (an event's name, dev39).
- Obama: '$634 billion of the budget is "dedicated [to] financing reforms ...," according to Obama'
  -> Barack Obama, partial, cue "according to"; the bracketed edit stays inside (dev14).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-12-16-us-offers-eliminate-duties-cotton-africa-says"] = [
    # "the US trade representative" is named later only as "Portman" (dev3: the name used later)
    ("The United States is willing", "Portman", "the US trade representative", "announce", "full"),
    ("The real problem for African cotton", "Peter Mandelson",
     "EU Trade Commissioner Peter Mandelson", "say", "full"),
    ("They don't take in any cotton", "Francois Traore",
     "Francois Traore, president of the African Cotton Producers Association", "say", "full"),
    ("We know with certainty", "Mamadou Salissou Habi",
     "Mamadou Salissou Habi Niger's minister of trade", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-12-14-yahoo-7-creates-joint-venture-xtra"] = [
    # after his paraphrase "Kevin Kenrick ... said that ...", no verb of its own: full (dev36/dev38)
    ("We see there is a fantastic opportunity", "Kevin Kenrick",
     "Kevin Kenrick, chief operating officer of Telecom", "say", "full"),
    ("The Yahoo Xtra joint venture", "Theresa Gattung",
     "Theresa Gattung, chief executive of Telecom", "say", "full"),
    ("The company was achieving market growth", "Ian Smith",
     "Ian Smith, chief executive of Yahoo!7", "say", "full"),
    ("The whole area of content management", "Kevin Kenrick", "Mr Kenrick", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-02-27-eu-fines-microsoft-1-35-billion-non"] = [
    ("reasonable and proportionate", "Neelie Kroes",
     "The European Anti-trust commissioner Neelie Kroes", "state", "partial"),
    ("a signal to the outside world", "Neelie Kroes", "She", "say", "partial"),
    # a whole sentence after "and that": partial (dev8/dev24)
    ("Talk is cheap.", "Neelie Kroes", "She", "say", "partial"),
    ("today's decision closes a dark chapter", "Neelie Kroes", "she", "express", "partial"),
    # unnamed company spokesperson -> the company (guideline); after "citing that": partial
    ("The commission announced in October 2007", "Microsoft",
     "a Microsoft Spokesperson", "cite", "partial"),
    ("It's clearly very important to us", "Brad Smith",
     "Microsoft`s General Counsel Brad Smith", "comment", "full"),
    ("We knew it was pending,", "Steve Ballmer", "Ballmer", "tell", "full"),
    ("We didn't know it was this week", "Steve Ballmer", "Ballmer", "tell", "continuation"),
    ("does not necessarily equal a change", "Neelie Kroes",
     "The EU competition commissioner's", "comment", "partial"),
    # an event's name (dev39)
    ("Heroes Happen Here", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-02-27-obama-budget-calls-record-us-deficit"] = [
    ("We will, each and every one of us", "Barack Obama", "President Obama", "say", "full"),
    ("What I won't do is sacrifice", "Barack Obama", "President Obama", "say", "continuation"),
    ("We can't tax and spend", "John Boehner", "he", "say", "full"),
    ("The era of big government is back", "John Boehner", "he", "say", "continuation"),
    ("Given the economic catastrophe", "Norman J. Ornstein",
     "Norman J. Ornstein, a political scholar at the American Enterprise Institute", "tell", "full"),
    ("dedicated [to] financing reforms", "Barack Obama", "Obama", "according to", "partial"),
]
