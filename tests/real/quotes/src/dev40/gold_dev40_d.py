"""Hand annotations for four dev40 articles (Wikinews economy stories of 2006-06-06 to 2009-10-14),
decided by reading each article.

Annotator: one helper session (annotator "d" of dev40), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev40 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11, dev12, dev38 and dev39 paragraphs on Wikinews stories), the dev38_a
and dev39_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Ben S. Bernanke",
"Jim Paulsen", "Göran Wennqvist", "Martti Mannersuo", "Udom Tantiprasongchai", "James
Healy-Pratt", "Olympia Snowe", "Barack Obama", "Max Baucus", "Charles Grassley"), with the
surname, pronoun or description nearest the quote in speaker_text; a misspelt name in the clause
("Urdom") keeps the speaker's full name (dev25); each Wikinews body is one paragraph, so a quote
with its own attribution is full and only an unattributed later piece of the same speaker is
continuation (dev10/dev38); a fragment that finishes the reporter's sentence is partial; a whole
sentence after "that" (or "that,") is partial even with a capital (dev8/dev24/dev36/dev38); a quote
with no verb right after a sentence about the speaker with its own verb is full
(dev14/dev25/dev36); an unnamed speaker named by the next attribution is that name (dev21); a
family's words are the family's, named as the article names it (dev7, "Bibas family").

Open calls:
- Fed: 'A strategist at Wells Capital Management said: "Here we have some suspicion ... stock
  market," "And the Fed chairman chooses [Monday] ... inflation," says Jim Paulsen.' -> both Jim
  Paulsen (the strategist is the man the next attribution names, dev21); the first full (after
  "said:"), the second full too (its own attribution "says Jim Paulsen", dev10), though it opens
  with "And". Alternative: the first "a strategist at Wells Capital Management", the second
  continuation.
- Fed: 'inflation is creeping higher and will receive "particular scrutiny."' after "Bernanke has
  told an International Monetary Conference" -> Ben S. Bernanke, partial, cue "tell".
- Dog fights: '"... has been involved." said Detective Chief Inspector Göran Wennqvist, adding that
  "We are now trying to find out ..."' -> second piece partial, cue "add" (a whole sentence after
  "that", dev8/dev38). Alternative: continuation ("adding," gives continuation, dev17/dev21).
- Dog fights: 'Martti Mannersuo told reporters that he recalled a rumour "many years ago"' ->
  Martti Mannersuo, partial, cue "tell". Alternative: scare.
- Dog fights: 'Wennqvist, however, independently told YLE "In other Nordic countries, ..."' ->
  full, cue "tell" (a whole utterance after the verb, no "that").
- One-Two-Go: 'saying only that they "are financially sustainable."' -> Udom Tantiprasongchai
  ("they" is the airline, but the words are his), partial.
- One-Two-Go: 'noting that, "if the situation improved ..., we could be airborne again."' ->
  partial, cue "note" (a whole clause after "that,", dev36).
- One-Two-Go: '"We believe the air crash was completely avoidable ..." said the families in a joint
  statement.' -> "Collins family; Jones family" (the two families the article names: Richard and
  Margaret Collins, Steve and Jean Jones; "Alex and Bethan" in the quote), full, cue "say".
  Alternative: the four parents jointly, or "the families" as written.
- Healthcare: 'President Barack Obama ... welcomed the committee's vote. "We are closer than ever
  ..."' -> Barack Obama, full, cue "welcome" (no verb of its own, right after the sentence about
  him).
- Healthcare: '"We can now see clearly ...," said ... Senator Charles Grassley. "This bill is
  already moving ..."' -> the second piece, unattributed, is Grassley's continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-06-06-federal-reserve-chiefs-stagflation-scare"] = [
    ("particular scrutiny.", "Ben S. Bernanke",
     "U.S. Federal Reserve Chairman Ben S. Bernanke", "tell", "partial"),
    # "A strategist at Wells Capital Management said:" = Jim Paulsen of the next attribution (dev21)
    ("Here we have some suspicion", "Jim Paulsen",
     "A strategist at Wells Capital Management", "say", "full"),
    # its own attribution "says Jim Paulsen": full (dev10)
    ("And the Fed chairman chooses", "Jim Paulsen", "Jim Paulsen", "say", "full"),
    ("at or above the upper end", "Ben S. Bernanke", "Mr Bernanke", "say", "partial"),
    ("These are unwelcome developments", "Ben S. Bernanke", "Bernanke", "say", "full"),
    ("consistent with the softening", "Ben S. Bernanke", "Bernanke", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-08-15-three-men-arrested-under-suspicion-organising-dog"] = [
    ("We are trying to find out when", "Göran Wennqvist",
     "Detective Chief Inspector Göran Wennqvist", "say", "full"),
    # a whole sentence after "adding that": partial (dev8/dev38)
    ("We are now trying to find out whether", "Göran Wennqvist",
     "Detective Chief Inspector Göran Wennqvist", "add", "partial"),
    ("many years ago", "Martti Mannersuo",
     "chairman of the board of the Finnish Kennel Club Martti Mannersuo", "tell", "partial"),
    ("In other Nordic countries", "Göran Wennqvist", "Wennqvist", "tell", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-07-21-one-two-go-airlines-cease-operating-over"] = [
    # "Urdom" in the clause: the founder Udom Tantiprasongchai named before (dev25)
    ("In this kind of environment", "Udom Tantiprasongchai", "Urdom", "say", "full"),
    ("are financially sustainable.", "Udom Tantiprasongchai", "Urdom", "say", "partial"),
    # a whole clause after "that,": partial (dev36)
    ("if the situation improved", "Udom Tantiprasongchai", "He", "note", "partial"),
    # the two families the article names (dev7)
    ("We believe the air crash", "Collins family; Jones family", "the families", "say", "full"),
    ("We will be forcing One-Two-Go", "James Healy-Pratt",
     "James Healy-Pratt, head of aviation at Stewarts Law in London", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-10-14-us-senate-panel-approves-healthcare-reform-bill"] = [
    ("There are many, many miles to go", "Olympia Snowe", "Snowe", "say", "full"),
    # no verb of its own, right after the sentence about him (dev36)
    ("We are closer than ever before", "Barack Obama", "President Barack Obama", "welcome", "full"),
    ("Americans want us to craft", "Max Baucus",
     "Senate Finance Chairman Max Baucus", "emphasize", "full"),
    ("We can now see clearly", "Charles Grassley",
     "the senior Republican on the committee, Senator Charles Grassley", "say", "full"),
    # unattributed later piece of the same speaker (dev10)
    ("This bill is already moving", "Charles Grassley", "Senator Charles Grassley", "say", "continuation"),
]
