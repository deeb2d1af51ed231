"""Hand annotations for four dev39 articles (Wikinews economy stories of 2006-05-17 to 2009-06-09),
decided by reading each article.

Annotator: one helper session (annotator "c" of dev39), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run,
no system output seen, the test splits not opened, no other annotator's dev39 module opened).
Read: data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open
calls of earlier sets, in particular the dev10, dev11, dev12 and dev38 paragraphs on Wikinews
stories and the dev34 to dev37 paragraphs), the dev38_a and dev11_a gold modules as format
examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Steve Anderson",
"Bill Clark", "Jackie Lang", "Ashley Murchison", "Nicolas Sarkozy", "Herry Bakti S. Gumay"; the
two people the Garuda story names by one name only stay so: "Risnandi", "Indra"), with the
surname, pronoun or description nearest the quote in speaker_text; each Wikinews body is one
paragraph, so a quote with its own attribution is full and only an unattributed later piece of
the same speaker is continuation (dev10, dev38); a quote with no verb right after the speaker's
own paraphrase with its own verb is full (dev14/dev25/dev36/dev38); a whole sentence after
"that" is partial even with a capital (dev8/dev24); a label inside someone's reported words is
theirs, partial (dev9/dev22); a body's spokesman named in the sentence is the speaker (dev12,
Kevin J. Enright); a charge's name in the reporter's voice is scare (dev21); single marks in a
text that quotes with double marks are not rows (Garuda's 'strategic investor').

Open calls:
- Verizon: 'Verizon has denied that customer phone records where handed over to the NSA in the
  time frame "from the time of the 9/11 attacks until just four months ago."' -> Verizon,
  partial, cue "deny" (words inside Verizon's reported denial; "just four months ago" is the
  speaker's own time). Alternative: USA Today (the report being denied) or scare.
- Verizon: 'Verizon also says that records from local calls are not tracked. "Phone companies do
  not even make records ..."' -> Verizon, full, cue "say" (after its paraphrase, no verb of its
  own).
- Verizon: 'USA Today said that they are "confident" about their story and "will look closely
  into ... Sources told us that ... database," said Steve Anderson, spokesman for USA Today.' ->
  both pieces Steve Anderson (the spokesman the sentence names, dev12), partial (fragments woven
  into the reporter's "said that they are ... and ..."; the second runs on into a whole sentence
  but opens as the reporter's fragment). Alternative: "confident" to USA Today, the subject of the
  first "said"; or the second piece continuation.
- Verizon: 'The paper was using anonymous sources that they claim had "direct knowledge of the
  arrangement."' -> USA Today, partial, cue "claim" ("they" = the paper; no spokesman named in
  this sentence). Alternative: Steve Anderson.
- Verizon: 'Anderson also stated that they will not "dismiss" the denials ... "without taking a
  closer look"' -> Steve Anderson, partial, both (the closing mark is followed straight by the
  next sentence, as the copy gives it).
- Dunedin: 'has been sacked from her full-time job for "serious misconduct".' -> scare (the
  dismissal's stated ground in the reporter's voice, no one named as saying it, as dev21's charge
  names). Alternative: "her manager", partial.
- Sarkozy: '"Poland is one of the six great countries ..."' after '"I am going to announce this
  ...," Sarkozy said when asked ...' -> continuation (unattributed later piece, dev10).
- Sarkozy: 'Of "old EU" member states' -> scare (a category label in the reporter's voice).
- Garuda: '"We saw our current load factor[s] ...," Said the company's Vice President for
  Network Oversight, Risnandi. "This is very promising."' -> Risnandi, full then continuation;
  the capital "Said" is the copy's slip and does not change the attribution.
- Garuda: 'Linus Airways' President Directer Indra said that "we are flexible to acquisition ...
  we are also open."' -> Indra, partial (whole sentences after "that", dev8/dev24).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-05-17-verizon-says-customer-phone-records-were-not"] = [
    # inside Verizon's reported denial: Verizon's words
    ("from the time of the 9/11 attacks", "Verizon", "Verizon", "deny", "partial"),
    ("Contrary to the media reports", "Verizon", "Verizon", "say", "full"),
    # after Verizon's paraphrase "Verizon also says that ...", no verb of its own: full
    ("Phone companies do not even make records", "Verizon", "Verizon", "say", "full"),
    # the spokesman named in the sentence speaks (dev12)
    ("confident", "Steve Anderson", "Steve Anderson, spokesman for USA Today", "say", "partial"),
    ("will look closely into the issues", "Steve Anderson",
     "Steve Anderson, spokesman for USA Today", "say", "partial"),
    ("direct knowledge of the arrangement.", "USA Today", "they", "claim", "partial"),
    ("dismiss", "Steve Anderson", "Anderson", "state", "partial"),
    ("without taking a closer look", "Steve Anderson", "Anderson", "state", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-05-08-dunedin-subway-manager-sacks-new-zealand-worker"] = [
    # the dismissal's ground in the reporter's voice, no one named as saying it (dev21)
    ("serious misconduct", "", "", "", "scare"),
    ("They are allowed endless amounts", "Bill Clark",
     "Bill Clark, from the Autonomous Workers Union", "say", "full"),
    ("I shared my drink with my friend", "Jackie Lang", "Ms Lang", "say", "full"),
    ("I’m disappointed that any employer", "Ashley Murchison",
     "President of the university's Young Labour branch, Ashley Murchison", "say", "full"),
    ("It's a human thing to do", "Jackie Lang", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-05-29-sarkozy-ends-french-job-ban-eastern-europeans"] = [
    ("I am going to announce this", "Nicolas Sarkozy", "Sarkozy", "say", "full"),
    # unattributed later piece of the same speaker (dev10)
    ("Poland is one of the six great countries", "Nicolas Sarkozy", "Sarkozy", "say", "continuation"),
    ("old EU", "", "", "", "scare"),
    ("I've met with the president of Ukraine", "Nicolas Sarkozy", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-06-09-garuda-indonesia-increases-flights-fleet-may-buy"] = [
    ("We saw our current load factor", "Risnandi",
     "the company's Vice President for Network Oversight, Risnandi", "say", "full"),
    ("This is very promising.", "Risnandi",
     "the company's Vice President for Network Oversight, Risnandi", "say", "continuation"),
    ("I heard that Garuda intends to buy Linus", "Herry Bakti S. Gumay",
     "Indonesian Director General of Civil aviation Herry Bakti S. Gumay", "say", "full"),
    # whole sentences after "said that": partial (dev8/dev24)
    ("we are flexible to acquisition", "Indra", "Linus Airways' President Directer Indra", "say", "partial"),
]
