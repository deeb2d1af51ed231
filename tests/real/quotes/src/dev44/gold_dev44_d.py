"""Hand annotations for four dev44 articles (Wikinews economy stories of 2006-06-08 to 2009-03-01),
decided by reading each article.

Annotator: one helper session (annotator "d" of dev44), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev44 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev10, dev11, dev12 and dev38 to dev43 paragraphs on Wikinews
stories), the dev38_a and dev43_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. No source in these four
texts lacks a closing mark.

Conventions followed: full names as the article gives them, titles dropped ("Naohiro Niimura",
"Shamkhi Faraj", "Edward Meir", "Chris Kenyon", "Jeremy Bolen", "Perry Donham", "Robert Zoellick",
"Dominique Strauss-Kahn", "Henry Paulson", "Lena Komileva"); an organisation under the name the
article spells out for its acronym ("Group of Seven" for "the G7", "Federal Deposit Insurance
Corporation" for "the FDIC", as dev42 did for the USDA), with the words nearest the quote in
speaker_text; an unnamed group of speakers as written ("Economists at Goldman Sachs", as dev40's
"Analysts at Briefing.com"); each Wikinews body is one paragraph, so a quote with its own
attribution ("he said", "added Komileva") is full and only an unattributed later piece of the
same speaker is continuation (dev10/dev38); a whole clause after "said" is full even in lower case
(dev12); a fragment woven into the reporter's sentence is partial, also when the reporter's words
open the sentence ("Price controls and subsidies "tend to ..." Paulson said").

Open calls:
- Oil: 'Director general of marketing and economics at the Iraqi oil ministry said both pieces of
  news together were "a positive indicator for security," said Shamkhi Faraj.' (a doubled "said",
  the description and the name being the same man) -> Shamkhi Faraj, partial, cue "say".
- Oil: 'Other voices sounded a note of caution against the optimism: "The situation in Iraq ...,"
  said Edward Meir.' -> Edward Meir, full; '"Yes, al Qaeda attacked ...," he said.' -> Meir, full
  (its own attribution); '"There is also a new factor -- ..."' (unattributed) -> continuation.
- Economic meetings: 'In their Friday statement, the G7 said "there have been at times sharp
  fluctuations ..."' -> Group of Seven, full, cue "say" (a whole clause after "said", lower case).
- Economic meetings: 'They urged financial firms to "fully" disclose ...' -> Group of Seven,
  partial, cue "urge" (one word of the G7's plan, inside its reported words). Alternative: scare.
- Economic meetings: 'it did promise action "as appropriate."' -> Group of Seven, partial, cue
  "promise".
- Economic meetings: 'Strauss-Kahn further warned that eventually it could become "not only a
  humanitarian question,"' -> Dominique Strauss-Kahn, partial, cue "warn".
- Economic meetings: 'Economists at Goldman Sachs told their clients, "After a period ..."' ->
  "Economists at Goldman Sachs", full, cue "tell".
- Failed banks: 'The four branches ... reopened on February 28 "as branches of MB Financial Bank,"
  stated the FDIC.' -> Federal Deposit Insurance Corporation, partial, cue "state" (not the press
  releases the sentence before mentions: the article names the FDIC as the one stating).
- Failed banks: 'the FDIC will "retain the remaining assets for later disposition."' and 'the
  FDIC will retain the remaining balance, also "for later disposition."' (no verb; wording of the
  FDIC's press releases, attributed to the FDIC in the sentences around them) -> Federal Deposit
  Insurance Corporation, partial, no cue. Alternative: "press releases" as written.
- Failed banks: '"The FDIC insures deposits ...," added the FDIC.' -> Federal Deposit Insurance
  Corporation, full, cue "add".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-06-08-oil-falls-1-19-news-al-zarqawi"] = [
    ("There's less of a terror threat in Iraq now", "Naohiro Niimura",
     "Naohiro Niimura, vice president of energy derivatives at Mizuho Corporate Bank Ltd", "say", "full"),
    # the description and the name of one man, each with "said"
    ("a positive indicator for security", "Shamkhi Faraj", "Shamkhi Faraj", "say", "partial"),
    # after "against the optimism:", its own "said Edward Meir"
    ("The situation in Iraq has now become so chaotic", "Edward Meir", "Edward Meir", "say", "full"),
    # its own attribution "he said": full (dev10)
    ("Yes, al Qaeda attacked oil installations", "Edward Meir", "he", "say", "full"),
    ("There is also a new factor", "Edward Meir", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-05-02-dell-offer-ubuntu-linux-some-computers"] = [
    ("Dell are going to work with us", "Chris Kenyon", "Kenyon", "say", "full"),
    ("It was overwhelming, the response", "Jeremy Bolen", "Jeremy Bolen, a Dell spokesman", "say", "full"),
    ("It's going to be a small part", "Perry Donham", "Donham", "say", "full"),
    ("But it's a great win for Ubuntu", "Perry Donham", "Donham", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-04-14-economic-policy-makers-conclude-washington-meetings"] = [
    ("We have to put our money where our mouth is", "Robert Zoellick",
     "Robert Zoellick, the president of the World Bank", "say", "full"),
    ("All that has been done [in the past decade]", "Dominique Strauss-Kahn",
     "Dominique Strauss-Kahn, the managing director of the IMF", "say", "full"),
    # its own attribution "he said": full (dev10)
    ("Children will be suffering from malnutrition", "Dominique Strauss-Kahn", "he", "say", "full"),
    ("not only a humanitarian question,", "Dominique Strauss-Kahn", "Strauss-Kahn", "warn", "partial"),
    ("need to resist the temptation of price controls", "Henry Paulson",
     "United States Secretary of the Treasury Henry Paulson", "caution", "partial"),
    # the reporter's words open the sentence; a fragment
    ("tend to create fiscal burdens", "Henry Paulson", "Paulson", "say", "partial"),
    # a whole clause after "said", lower case: full (dev12)
    ("there have been at times sharp fluctuations", "Group of Seven", "the G7", "say", "full"),
    ("fully", "Group of Seven", "They", "urge", "partial"),
    ("as appropriate.", "Group of Seven", "it", "promise", "partial"),
    ("The implicit message is that the G7", "Lena Komileva",
     "The head of G7 Market Economics at Tullett Prebon, Lena Komileva", "observe", "full"),
    ("While action is unlikely in the short run", "Lena Komileva", "Komileva", "add", "full"),
    ("After a period where the possibility of G7", "Economists at Goldman Sachs",
     "Economists at Goldman Sachs", "tell", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-03-01-record-number-failed-banks-reported-us-february"] = [
    ("as branches of MB Financial Bank,", "Federal Deposit Insurance Corporation",
     "the FDIC", "state", "partial"),
    # wording of the FDIC's press release, no verb
    ("retain the remaining assets for later disposition.", "Federal Deposit Insurance Corporation",
     "the FDIC", "", "partial"),
    ("The two Security Savings Bank branches", "Federal Deposit Insurance Corporation",
     "the FDIC", "state", "full"),
    ("for later disposition.", "Federal Deposit Insurance Corporation", "the FDIC", "", "partial"),
    ("The FDIC insures deposits at the nation", "Federal Deposit Insurance Corporation",
     "the FDIC", "add", "full"),
]
