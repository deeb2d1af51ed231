"""Hand annotations for five dev44 articles (Wikinews stories of 2005-04-26 to 2009-06-02), decided
by reading each article.

Annotator: one helper session (annotator "a" of dev44), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev44 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev10, dev11, dev12 and dev38 to dev43 paragraphs on Wikinews
stories), the dev38_a and dev43_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article that is a quote has a row.

Conventions followed: full names as the article gives them, titles dropped ("George Bush", "Adel
al-Jubeir", "Paul Budde", "Russell Stanners", "Mark Rushworth", "Brett Godfrey", "Richard
Branson", "Rob Mercer", "Jaya Kumar", "Serafin Edwin", "Kodiyeri Balakrishnan", "G. Sudhakaran",
"Tom Welch", "Steven Chu", "Arnold Schwarzenegger", "Catherine Dunwoody", "John Tak", "William
Whittenberger", "Christian Bach", "Larry Arft"), with the surname, pronoun or description nearest
the quote in speaker_text; each Wikinews body is one paragraph, so a quote with its own
attribution is full and only an unattributed later piece of the same speaker is continuation
(dev10/dev38); a quote with no verb right after the speaker's own paraphrase with its own verb is
full (dev14/dev36/dev38); a whole utterance after "said:" or "According to him:" is full; a
joint statement of two bodies is theirs jointly (dev10); a label inside someone's reported words
is theirs, partial (dev9/dev38); names and a policy's name in the reporter's voice are scare
(dev11/dev38).

Source defects (no row of their own):
- Guru: 'Self styled "" and "gurus" are under increased observation' -- the first pair of marks
  is empty (a word lost in the link conversion); goldtool.spans skips an empty span, so it has
  no row; "gurus" is scare.
- Hydrogen: '"Our global environmental challenges, ... do not stop at the border," " said John
  Tak, conference Chair, "I am pleased ... challenges."' -- a stray extra mark after the mark
  that closes the first piece. Each real quote has its row (the first piece full, "I am pleased
  ..." continuation), but the tool, pairing marks left to right, pairs every later mark one off
  and lists six stretches that quote nothing as unannotated: " said John Tak, conference Chair, ",
  " The Ohio Fuel Cell Symposium ... Thursday. ", " said William Whittenberger ... Switzerland. ",
  " said Empa's ... 31 mpg. ", " said City Manager Larry Arft, " and " The drawback ...
  vehicles." (as dev40/dev41's unpaired marks).

Open calls:
- Bush: 'President Bush later said of the meeting, he developed a "strong personal bond" with the
  Saudi Crown Prince' -> George Bush, partial, cue "say".
- Bush: 'According to him: "We believe ..."' (him = Adel al-Jubeir) -> full, cue "according to".
- Vodafone: 'Paul Budde, telecommunication analyst, said that the buy was excellent. "The unique
  combination ..."' -> Paul Budde, full, cue "say" (after his paraphrase, no verb of its own).
- Vodafone: 'Russell Stanners, CEO for Vodafone, said they are "looking to consolidate ... Over the
  next two years ... real broadband."' -> partial (opens as a fragment of the reporter's sentence,
  though it runs on for two more sentences).
- Virgin: 'Brett Godfrey, said they expect to face a few hard years ... "We expect actually to lose
  ..."' -> Brett Godfrey, full, cue "say".
- Virgin: 'Sir Richard Branson ... said that he was "absolutely delighted" that Pacific Blue is set
  to enter the New Zealand domestic market, "bringing its unmistakable fun, ..."' -> Richard
  Branson, both partial (two fragments woven into one reporter's sentence, as dev38's Knoer).
  Alternative: the second a continuation.
- Virgin: 'It was first rumoured that when Sir Branson was in New Zealand earlier this year that a
  domestic service was to begin, "[Sir Richard Branson] promised that domestic services were
  something of interest to us ..."' -> Virgin Blue (the announcing company of the lead; "us" is
  the speaker's company, the bracket shows the speaker is not Branson), speaker_text "us", no cue,
  full. Alternatives: Brett Godfrey (the company's voice before and after), "unknown".
- Virgin: 'Godfrey describes the new services as a major investment ... "The time is right ..."'
  -> Brett Godfrey, full, cue "describe".
- Guru: 'A spiritual guru known as "Swami Amritachaitanya"' -> scare (a name).
- Guru: 'Gulf Daily News reported that Madhavan was arrested in Kerala in conjunction with an
  Interpol "red alert", which was issued ...' -> Gulf Daily News, partial, cue "report" (a label
  inside the paper's reported words, dev9/dev38). Alternative: scare (a notice's name).
- Guru: 'Self styled "" and "gurus"' -> "gurus" scare (the reporter's distancing term).
- Guru: '"They're conducting ...," said Sudhakaran' after 'G. Sudhakaran, ... presented a
  different viewpoint in a statement to The Times.' -> G. Sudhakaran, full, cue "say".
- Hydrogen: 'President Barack Obama is proposing a "corporate average fuel economy," or CAFE' ->
  scare (a policy's name, dev38).
- Hydrogen: 'the U.S. Fuel Cell Council and the National Hydrogen Association said, "The cuts ..."'
  -> "U.S. Fuel Cell Council; National Hydrogen Association", full.
- Hydrogen: '"We know ... is it practical," said City Manager Larry Arft, "Can it be used
  realistically?"' -> full, then continuation; John Tak's "I am pleased ..." likewise continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-04-26-president-bush-saudi-arabias-prince-abdullah-meet"] = [
    ("strong personal bond", "George Bush", "President Bush", "say", "partial"),
    ("This is an important relationship,", "George Bush", "Bush", "say", "full"),
    ("A high oil price will damage markets", "George Bush", "Bush", "say", "continuation"),
    ("We believe that the price of crude oil", "Adel al-Jubeir", "him", "according to", "full"),
    ("There is a shared vision,", "George Bush", "Bush", "say", "full"),
    ("I made it clear to him", "George Bush", "Bush", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-10-10-vodafone-new-zealand-buys-internet-provider-ihug"] = [
    # after his paraphrase "said that the buy was excellent", no verb of its own
    ("The unique combination of a mobile", "Paul Budde",
     "Paul Budde, telecommunication analyst", "say", "full"),
    ("looking to consolidate their broadband", "Russell Stanners",
     "Russell Stanners, CEO for Vodafone", "say", "partial"),
    ("It's a perfect fit.", "Russell Stanners", "he", "say", "full"),
    ("We're thrilled with this news.", "Mark Rushworth", "CEO for ihug, Mark Rushworth", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-08-23-virgin-opens-up-service-new-zealand"] = [
    # after his paraphrase "said they expect to face a few hard years", no verb of its own
    ("We expect actually to lose a little bit", "Brett Godfrey",
     "Virgin Blue Chief Executive Officer, Brett Godfrey", "say", "full"),
    ("absolutely delighted", "Richard Branson",
     "Sir Richard Branson, Chairman of the Virgin Group", "say", "partial"),
    ("bringing its unmistakable fun", "Richard Branson",
     "Sir Richard Branson, Chairman of the Virgin Group", "say", "partial"),
    # no speaker named; "us" is the company (see docstring)
    ("[Sir Richard Branson] promised", "Virgin Blue", "us", "", "full"),
    ("The time is right to bring", "Brett Godfrey", "Godfrey", "describe", "full"),
    ("Air New Zealand has fallen $1 billion", "Rob Mercer",
     "Head of research at Forsyth Barr, Rob Mercer", "say", "full"),
    ("Call me an optimist", "Rob Mercer", "Mercer", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-06-04-indian-guru-faces-charges-fraud-drugs-rape"] = [
    ("Swami Amritachaitanya", "", "", "", "scare"),
    ("Twenty of us have e-mailed", "Jaya Kumar", "complainant Jaya Kumar", "say", "full"),
    ("He was very convincing", "Jaya Kumar", "Kumar", "say", "full"),
    ("I am happy that the police", "Serafin Edwin", "Serafin Edwin", "say", "full"),
    # a label inside the paper's reported words (dev9/dev38)
    ("red alert", "Gulf Daily News", "Gulf Daily News", "report", "partial"),
    # 'Self styled "" and "gurus"': the empty pair has no row
    ("gurus", "", "", "", "scare"),
    ("We are not against genuine spiritual", "Kodiyeri Balakrishnan",
     "Kerala home minister Kodiyeri Balakrishnan", "say", "full"),
    ("They’re conducting all kinds", "G. Sudhakaran", "Sudhakaran", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-06-02-hydrogen-fuel-cell-cars-promoted-various-states"] = [
    ("corporate average fuel economy,", "", "", "", "scare"),
    ("The probability of deploying", "Tom Welch",
     "Tom Welch of the U.S. Department of Energy", "say", "full"),
    ("We asked ourselves,", "Steven Chu", "Chu", "say", "full"),
    ("The cuts proposed in the DOE", "U.S. Fuel Cell Council; National Hydrogen Association",
     "the U.S. Fuel Cell Council and the National Hydrogen Association", "say", "full"),
    ("I just got the Clarity", "Arnold Schwarzenegger",
     "Governor Arnold Schwarzenegger", "say", "full"),
    ("The point really is to raise awareness", "Catherine Dunwoody",
     "Catherine Dunwoody, the Executive Director of the California Fuel Cell Partnership",
     "say", "full"),
    ("Our global environmental challenges", "John Tak", "John Tak, conference Chair", "say", "full"),
    # after the stray mark in '... border," " said John Tak, conference Chair, "I am pleased'
    ("I am pleased that scientists", "John Tak", "John Tak, conference Chair", "say", "continuation"),
    ("The hydrogen and fuel cell industries", "William Whittenberger",
     "William Whittenberger, president of Catacel Corp.", "say", "full"),
    ("Our aim is to take fuel cell technology", "Christian Bach",
     "Empa's Internal Combustion Engines Laboratory Project Leader Christian Bach", "say", "full"),
    ("We know the basic technology works", "Larry Arft", "City Manager Larry Arft", "say", "full"),
    ("Can it be used realistically?", "Larry Arft", "City Manager Larry Arft", "say", "continuation"),
]
