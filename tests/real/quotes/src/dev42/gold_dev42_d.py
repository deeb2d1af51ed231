"""Hand annotations for four dev42 articles (Wikinews economy stories of 2006-06-06 to 2009-08-26),
decided by reading each article.

Annotator: one helper session (annotator "d" of dev42), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run
over the texts, no system output seen, the test splits not opened, no other annotator's dev42
module opened). Read: data/gold/README.md ("who speaks"), tests/real/quotes/README.md
(conventions, and the open calls of earlier sets, in particular the dev10, dev11, dev12 and
dev38 to dev41 paragraphs on Wikinews stories), the dev38_a and dev41_b gold modules as format
examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. All four texts close
every mark they open; no exact quote text was needed.

Conventions followed: full names as the article gives them, titles dropped ("Samuel J.
Palmisano", "Patrick Fitzgerald" for "U.S. Attorney Patrick Fitzgerald", "Edward Greenspan",
"Joshua Rozenberg", "Peter Marks", "Paul Mason", "Peter R. Orszag", "Mitch McConnell" for
"Senator Mitch McConnell", "Kent Conrad", "Judd Gregg", "Douglas Holtz-Eakin"), an organisation
by its name ("The Co-operative Group"), with the surname, pronoun or description nearest the
quote in speaker_text; each Wikinews body is one paragraph, so a quote with its own attribution
("he said", "said Palmisano", "Orszag said") is full and only an unattributed later piece of the
same speaker is continuation (dev10/dev38/dev41); a whole sentence after "that" is partial even
with its own subject and verb (dev8/dev24/dev38/dev41); a label inside someone's reported speech
is that speaker's partial (dev9/dev38); nicknames are scare (dev11).

Open calls:
- IBM: 'IBM, also known by the nickname "Big Blue,"' -> scare (a nickname in the reporter's
  voice, dev11).
- IBM: 'the head said he wanted to automate IT services, create a "one-stop shop" for hardware
  information ...' -> Samuel J. Palmisano, partial, cue "say", speaker_text "the head" (a label
  inside his reported speech, dev9/dev38). Alternative: scare.
- Conrad Black: '"We intend to appeal ... on sentencing," said Edward Greenspan, Conrad Black's
  attorney. "We believe, based on ..."' and '"It only takes one fraud charge ...," said Joshua
  Rozenberg, ... "He is clearly facing ..."' -> the unattributed second pieces are
  continuations of Greenspan and Rozenberg (dev10).
- Co-op: 'Co-op has said that the acquisition took place on a "cash-free debt-free basis."' ->
  The Co-operative Group (the name the article gives "Co-op" first), partial, cue "say",
  speaker_text "Co-op". Alternative: scare (a finance term).
- Co-op: 'Peter Marks ... claimed that "this is good news ..."' and 'He then said that "for The
  Co-operative Group this is a transformational deal ..."' -> both partial (whole sentences
  after "that", lower case), cues "claim" and "say".
- Co-op: 'Paul Mason, chair of privately-held Somerfield, also commented on the takeover. "The
  Co-operative Group and Somerfield ... customers demand," he said.' -> Paul Mason, full, cue
  "say" (the quote's own "he said"; the lead-in "commented" is not the cue).
- US debt: '"Over all, it underscores ...," wrote Peter R. Orszag, President Barack Obama's
  budget director.' -> Peter R. Orszag, full, cue "write" (the writer named, not the OMB report
  or the White House). His next quote with its own "Orszag said in a conference call" is full.
- US debt: Judd Gregg's "We must proceed ..." and Douglas Holtz-Eakin's "I'm stunned ..." are
  unattributed second pieces -> continuation; Holtz-Eakin's cue "comment".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-06-06-india-get-6-billion-out-big-blue"] = [
    ("We see India's role as central", "Samuel J. Palmisano", "he", "say", "full"),
    # a nickname in the reporter's voice (dev11)
    ("Big Blue,", "", "", "", "scare"),
    ("IBM is excited by the opportunities", "Samuel J. Palmisano", "Palmisano", "say", "full"),
    # a label inside his reported speech ("the head said he wanted to ... create a ...")
    ("one-stop shop", "Samuel J. Palmisano", "the head", "say", "partial"),
    ("IBM is not going to miss", "Samuel J. Palmisano", "Palmisano", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-07-13-international-media-mogul-conrad-black-convicted-fraud"] = [
    ("We think the verdict vindicates", "Patrick Fitzgerald",
     "U.S. Attorney Patrick Fitzgerald, who prosecuted the case", "say", "full"),
    ("We intend to appeal", "Edward Greenspan",
     "Edward Greenspan, Conrad Black's attorney", "say", "full"),
    # unattributed second piece (dev10)
    ("We believe, based on the conviction", "Edward Greenspan",
     "Edward Greenspan, Conrad Black's attorney", "say", "continuation"),
    ("It only takes one fraud charge", "Joshua Rozenberg",
     "Joshua Rozenberg, legal editor of Daily Telegraph", "say", "full"),
    ("He is clearly facing", "Joshua Rozenberg",
     "Joshua Rozenberg, legal editor of Daily Telegraph", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-07-16-co-operative-group-purchases-somerfield-supermarket-chain"] = [
    ("cash-free debt-free basis.", "The Co-operative Group", "Co-op", "say", "partial"),
    # whole sentences after "that": partial (dev8/dev24/dev38)
    ("this is good news for consumers", "Peter Marks",
     "Peter Marks, chief executive of The Co-operative Group", "claim", "partial"),
    ("for The Co-operative Group this is", "Peter Marks", "He", "say", "partial"),
    ("The Co-operative Group and Somerfield have", "Paul Mason", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-08-26-white-house-predicts-us-debt-will-double"] = [
    ("Over all, it underscores", "Peter R. Orszag",
     "Peter R. Orszag, President Barack Obama's budget director", "write", "full"),
    # its own attribution "Orszag said in a conference call": full (dev10)
    ("I know that there will be some", "Peter R. Orszag", "Orszag", "say", "full"),
    ("If anyone had any doubts", "Mitch McConnell",
     "Senator Mitch McConnell, the Senate minority leader", "say", "full"),
    ("Today's budget numbers", "Kent Conrad",
     "the chairman of the Senate Budget Committee, Kent Conrad", "say", "full"),
    ("While the U.S. health care system", "Judd Gregg", "Senator Judd Gregg", "say", "full"),
    ("We must proceed with extreme caution", "Judd Gregg", "Senator Judd Gregg", "say", "continuation"),
    ("The administration has always said", "Douglas Holtz-Eakin",
     "Douglas Holtz-Eakin, a former director of the CBO", "comment", "full"),
    ("I'm stunned at how hard", "Douglas Holtz-Eakin",
     "Douglas Holtz-Eakin, a former director of the CBO", "comment", "continuation"),
]
