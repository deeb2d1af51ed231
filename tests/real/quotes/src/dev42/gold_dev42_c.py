"""Hand annotations for four dev42 articles (Wikinews economy stories of 2006-03-30 to 2009-03-29),
decided by reading each article.

Annotator: one helper session (annotator "c" of dev42), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev42 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11, dev12 and dev38 to dev41 paragraphs on Wikinews stories), the dev38_a
and dev41_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Every opening mark in
these four texts has its closing mark; the single marks left by lost links ("Australia's '
reported", "radio program ' reported") are not double-mark spans and have no row.

Conventions followed: full names as the article gives them, titles dropped ("Jonathan Todd",
"Horacio Guttierez" in the article's spelling, "David Franczyk", "Byron Brown", "Warren Snowdon",
"Deborah Beroset", "Bob Cameron", "Frank LoBiondo", "Ken Calemmo", "Tom Grey", "Joe Kelly"), with
the surname, pronoun or description nearest the quote in speaker_text; each Wikinews body is one
paragraph, so a quote with its own attribution ("he said", "said Brown", "Kelly said") is full and
only an unattributed later piece of the same speaker is continuation (dev10/dev38/dev41); a whole
utterance after "said:" or "responded:" is full; a whole sentence after "that" is partial even
with a capital (dev8/dev24/dev38); a label inside someone's reported words is theirs, partial
(dev9/dev22/dev38's "do over"); words relayed along a chain are the first speaker's
(dev13/dev38); a headline quote introduced by "X:" is X's (dev10); a programme name that is the
subject of "reported" speaks as written (dev38 to dev41's documents and outlets: "AM"); names,
titles and distancing terms no one is named as using are scare (dev11/dev12/dev38).

Open calls:
- Buffalo police: headline 'Councilman: Buffalo, New York, USA police to stage "sickout"' and
  body 'According to one Buffalo, New York Common Council member, David Franczyk, the City of
  Buffalo Police force is staging a "sickout"' -> David Franczyk, partial (cue "" in the headline,
  "according to" in the body): the term inside the councilman's reported words (dev10's headline
  "Taliban leader:", dev38's "do over"). Alternative: scare (a labour term the article goes on
  to explain, "A sickout means that ...").
- Buffalo police: 'The caller also claimed, according to Franczyk, that his intentions are to get
  "the nation's attention."' -> "the caller", partial, cue "claim" (words relayed by Franczyk are
  the first speaker's, dev13/dev38). Alternative: David Franczyk (the one telling it).
- Buffalo police: Brown's three fragments ('would be "catastrophic"', 'thinks the sickout "will
  not happen"', 'also added that it would be "illegal."') and his later two ('"will do the right
  thing"', '"do their jobs, even if ..."') -> Byron Brown, partial each.
- Microsoft: 'Guttierez claims that forcing Microsoft ... "is a bit like forcing BMW ..."' ->
  Horacio Guttierez, partial, cue "claim" (a fragment finishing the reporter's clause).
- Landmark: 'Landmark Education had been listed in France as a "possible cult"' (subject of
  "reported" is "The Australian and Australia's '", a name lost in the copy) -> scare: a
  category label of the French listing, no one named as using it in the sentence (dev38's
  "exceptionally vulnerable"). Alternative: The Australian (and the lost paper), partial.
- Landmark: 'In a statement released by the Defence Department, the government stated: "A search
  of Defence records ..."' -> "Defence Department" (the body that issued the statement), full,
  cue "state", speaker_text "the government". Alternative: "Australian government" (dev6).
- Landmark: 'AM also reported that the use of unpaid labor by Landmark Education "has attracted
  the attention of the US and French governments,"' -> "AM" (the ABC radio programme named
  before as reporting), partial, cue "report".
- Landmark: 'Bob Cameron said that "Decisions on the appropriateness ..."' -> partial (a whole
  sentence after "that", dev8/dev24/dev38).
- Landmark: '"est"' twice, '"Voyage au pays des nouveaux gourous"' (a documentary's title), '"The
  Forum"' (a course name) and 'his "technology"' (a distancing term) -> scare.
- Atlantic City: Tom Grey's '"They should've diversified ..."' and Joe Kelly's '"There's
  purchasing done by every county."' -> continuation (unattributed second pieces, dev10).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-03-30-eu-warns-microsoft-forthcoming-vista-risks-antitrust"] = [
    ("We assume that Microsoft has its own interests", "Jonathan Todd", "Mr. Todd", "say", "full"),
    ("I know consumers want more secure", "Horacio Guttierez", "he", "say", "full"),
    # a fragment finishing the reporter's "that" clause
    ("is a bit like forcing BMW", "Horacio Guttierez", "Guttierez", "claim", "partial"),
    # its own "he said": full (dev10)
    ("We have a responsibility to make our products", "Horacio Guttierez", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-03-03-councilman-buffalo-new-york-usa-police-stage"] = [
    # headline quote introduced by "Councilman:" (dev10)
    ("sickout", "David Franczyk", "Councilman", "", "partial"),
    # a term inside the councilman's reported words (dev38 "do over")
    ("sickout", "David Franczyk",
     "one Buffalo, New York Common Council member, David Franczyk", "according to", "partial"),
    # relayed by Franczyk: the first speaker's (dev13/dev38)
    ("the nation's attention.", "the caller", "The caller", "claim", "partial"),
    ("He explained that because the wages", "David Franczyk", "Franczyk", "say", "full"),
    ("catastrophic", "Byron Brown", "Mayor of Buffalo, Byron Brown", "say", "partial"),
    ("will not happen", "Byron Brown", "he", "say", "partial"),
    ("illegal.", "Byron Brown", "he", "add", "partial"),
    ("How catastrophic would it be", "Byron Brown", "Brown", "say", "full"),
    ("will do the right thing", "Byron Brown", "Brown", "say", "partial"),
    ("do their jobs, even if they are frustrated.", "Byron Brown", "Brown", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-04-03-australian-defence-department-funds-controversial-development-training"] = [
    ("est", "", "", "", "scare"),
    ("We're in the process now of doing an audit", "Warren Snowdon", "Snowdon", "say", "full"),
    # the French listing's category label; the reporting papers' names are partly lost
    ("possible cult", "", "", "", "scare"),
    ("What happened in France was", "Deborah Beroset",
     "a spokeswoman for the company in the United States, Deborah Beroset", "respond", "full"),
    ("A search of Defence records", "Defence Department", "the government", "state", "full"),
    ("has attracted the attention of the US", "AM", "AM", "report", "partial"),
    ("Well, there is absolutely no credence", "Deborah Beroset", "Deborah Beroset", "respond", "full"),
    # a whole sentence after "that": partial (dev8/dev24/dev38)
    ("Decisions on the appropriateness", "Bob Cameron",
     "Police and Emergency Services Minister Bob Cameron", "say", "partial"),
    ("Voyage au pays des nouveaux gourous", "", "", "", "scare"),
    ("est", "", "", "", "scare"),
    ("The Forum", "", "", "", "scare"),
    ("technology", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-03-29-new-jersey-officials-stimulus-bill-hurting-atlantic"] = [
    ("The demonization of gaming destinations", "Frank LoBiondo", "U.S. Rep Frank LoBiondo", "say", "full"),
    ("Are those jobs somehow less important", "Ken Calemmo",
     "Ken Calemmo, chairman-elect of the Greater Atlantic City Chamber", "say", "full"),
    ("There isn't a state, including New Jersey", "Tom Grey",
     "Tom Grey, field director for StopPredatoryGambling.org", "say", "full"),
    # unattributed second piece (dev10)
    ("They should've diversified", "Tom Grey", "Tom Grey", "say", "continuation"),
    ("It is not just an Atlantic County issue", "Joe Kelly", "Kelly", "say", "full"),
    ("There's purchasing done by every county.", "Joe Kelly", "Kelly", "say", "continuation"),
]
