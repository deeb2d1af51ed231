"""Hand annotations for four dev38 articles (Wikinews stories of 2005-02-19 to 2008-11-26), decided
by reading each article.

Annotator: one helper session (annotator "a" of dev38), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev38 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11 and dev12 paragraphs on Wikinews stories and the dev33 to dev37
paragraphs), the dev11_a and dev37_a gold modules as format examples, goldtool.py and
make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("James Fremantle",
"Michael Cawley", "Marja Quillinan-Meiland", "Andy Clarke", "Sam Savarino", "Arthur J.
Giacalone", "Dominic J. Bonifacio Jr.", "Joseph Golombek", "Larry Page", "Jordan Rohan", "Travis
Bradford", "Brett Conrad", "Kevin Rudd", "Malcolm Turnbull"), with the surname, pronoun or
description nearest the quote in speaker_text; each Wikinews body is one paragraph, so a quote
with its own attribution ("he added", "added Savarino") is full and only an unattributed later
piece of the same speaker is continuation (dev10); an unattributed sentence after the same
speaker's partial continues it (dev10); a quote with no verb right after the speaker's own
paraphrase with its own verb is full (dev14/dev25/dev36); a whole clause after "said" is full even
in lower case (dev12); a whole sentence after "that" is partial even with a capital (dev8/dev24);
a label inside someone's reported words is theirs, partial (dev9/dev22); words relayed along a
chain are the first speaker's (dev13); names and glosses of names are scare (dev11); words no one
is named as using are scare (dev12).

Open calls:
- Airlines: 'passengers "bumped" from a flight', 'Overbooking often leads to "bumping", where
  ...' -> scare (industry terms the reporter explains, no one named as using them).
- Airlines: 'This will be the case except in "extraordinary circumstances", the definition of
  which may or may not include ...' -> scare (the legislation's legal term in the reporter's
  voice, as dev20's "material support"). Alternative: the legislation, partial.
- Airlines: 'Marja Quillinan-Meiland ... has said that there are "grey areas" but added "these are
  not as big as the airlines are making out."' -> partial, then continuation (pieces joined by
  "but added", dev18). Alternative: full (its own verb, dev10).
- Airlines: 'Andy Clarke said "we reckon ..."' -> full (a whole clause after "said", lower case).
- Elmwood: 'According to the developer Savarino Construction Services Corporation, the proposed
  ... Hotel ... has been withdrawn ... and will undergo a "do over"' -> Savarino Construction
  Services Corporation, partial, cue "according to" (a label inside the developer's reported
  words). Alternative: scare.
- Elmwood: 'The hotel will not undergo any major changes in its design says Savarino. "We would
  anticipate little ..."' -> Sam Savarino, full, cue "say" (after his paraphrase; not a
  continuation of his earlier quote, since a paraphrase with its own verb stands between).
- Elmwood: 'According to the Buffalo News, ... "shed the lawsuits"' and 'The Buffalo News also
  claims that the Common Council members are all still "in favor of the project."' -> Buffalo
  News, partial (cue "according to", "claim"), not the council members.
- Elmwood: 'Giacalone rescheduled the preliminary hearing which is "still in place" for July 27'
  -> Arthur J. Giacalone, partial, no cue (words from his interview in a sentence about him).
  Alternative: scare.
- Elmwood: 'Giacalone replied "yes"' -> Giacalone, full, cue "reply" (his whole answer).
- Elmwood: '... and that according to attorney Bob Knoer, ... there is "no contract between
  Savarino" and that Mobius "plans to put the properties back on the market."' -> Bob Knoer,
  partial, both (relayed by Giacalone; the first speaker, dev13).
- Elmwood: 'According to WNYmedia.net they "are tired of the anti development crowd ..."' and
  'They also blast opponents ... calling them "bananas" and "nimbys."' -> WNYmedia.net, partial
  (cues "according to", "call"); "they"/"They" read as the site and the rally's organisers it
  speaks for. Alternative: "supporters of the hotel proposal".
- Elmwood: 'People opposed ... are planning on "counter attacking"' -> scare (no one named as
  using the words).
- Google: 'The new initiative is dubbed "RE<C", for "Renewable Energy Cheaper than Coal."' ->
  both scare (a name and its gloss).
- Google: 'It will "focus initially on ..." according to the company's press release.' -> "the
  company's press release", partial, cue "according to" (a document quoted "according to" speaks
  as written, dev11/dev13). Alternative: Google (the company is its author).
- Google: 'Rohan added that "The only positive byproduct ..."' -> partial (a whole sentence after
  "that").
- Google: Bradford's and Conrad's unattributed sentences after their partials -> continuation.
- Rudd: 'He added, "Such action would ..."' -> full (its own attribution, dev10).
- Rudd: 'claims on the weekend by the Prime Minister that he did not expect the budget would go
  into deficit "in the current circumstances."' -> Kevin Rudd, partial, cue "claim".
- Rudd: 'Mr Turnbull said the government had remained focused on inflation ... "It was the only
  government ..."' -> Malcolm Turnbull, full, cue "say" (after his paraphrase).
- Rudd: the garbled lead "Australian news Australia n Prime Minister Kevin Rudd" (a link lost
  upstream) -> speaker Kevin Rudd, speaker_text "Prime Minister Kevin Rudd".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-02-19-airlines-fight-new-eu-passenger-compensation-legislation"] = [
    ("This is some comeback for passengers", "James Fremantle",
     "James Fremantle, industry affairs adviser for the Air Transport Users Council", "tell", "full"),
    ("bumped", "", "", "", "scare"),
    ("bumping", "", "", "", "scare"),
    ("extraordinary circumstances", "", "", "", "scare"),
    ("It's a preposterous piece of legislation", "Michael Cawley",
     "Ryanair deputy chief executive, Michael Cawley", "tell", "full"),
    ("grey areas", "Marja Quillinan-Meiland",
     "Marja Quillinan-Meiland, European Commission spokeswoman", "say", "partial"),
    # joined by "but added" to her partial (dev18): continuation
    ("these are not as big as the airlines", "Marja Quillinan-Meiland",
     "Marja Quillinan-Meiland, European Commission spokeswoman", "add", "continuation"),
    # a whole clause after "said" in lower case: full (dev12)
    ("we reckon it's going to cost", "Andy Clarke",
     "European Regions Airline Association (ERAA) director of air transport Andy Clarke", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-07-13-elmwood-village-hotel-proposal-buffalo-n-y"] = [
    # inside the developer's reported words ("According to the developer ...")
    ("do over", "Savarino Construction Services Corporation",
     "the developer Savarino Construction Services Corporation", "according to", "partial"),
    ("We're lovers, not fighters", "Sam Savarino",
     "President of Savarino Construction, Sam Savarino", "say", "full"),
    # after his paraphrase "says Savarino", no verb of its own: full (dev14/dev25/dev36)
    ("We would anticipate little", "Sam Savarino", "Savarino", "say", "full"),
    ("The perceived problem was with the process", "Sam Savarino", "Savarino", "add", "full"),
    ("shed the lawsuits", "Buffalo News", "the Buffalo News", "according to", "partial"),
    ("in favor of the project.", "Buffalo News", "The Buffalo News", "claim", "partial"),
    ("inappropriately rushed,", "Arthur J. Giacalone", "Attorney Arthur J. Giacalone", "say", "partial"),
    ("I don't think it was a rush job", "Dominic J. Bonifacio Jr.",
     "Dominic J. Bonifacio Jr., the council's Majority Leader", "say", "full"),
    ("it [the hotel] a better project", "Dominic J. Bonifacio Jr.", "He", "allege", "partial"),
    ("will not be moved [withdrawn]", "Arthur J. Giacalone", "Giacalone", "state", "partial"),
    ("still plans to represent all plaintiffs", "Arthur J. Giacalone", "He", "say", "partial"),
    # words from his interview in a sentence about him, no verb
    ("still in place", "Arthur J. Giacalone", "Giacalone", "", "partial"),
    ("yes", "Arthur J. Giacalone", "Giacalone", "reply", "full"),
    # relayed by Giacalone from Knoer: the first speaker's (dev13)
    ("no contract between Savarino", "Bob Knoer", "attorney Bob Knoer", "according to", "partial"),
    ("plans to put the properties back", "Bob Knoer", "attorney Bob Knoer", "according to", "partial"),
    ("a mistake in the Planning process", "Joseph Golombek",
     "area councilman Joseph Golombek", "state", "partial"),
    ("indicated that they have changed", "Joseph Golombek",
     "area councilman Joseph Golombek", "state", "partial"),
    ("I still think the Hotel is a good idea", "Joseph Golombek", "Golombek", "add", "full"),
    ("are tired of the anti development crowd", "WNYmedia.net", "WNYmedia.net", "according to", "partial"),
    ("bananas", "WNYmedia.net", "They", "call", "partial"),
    ("nimbys.", "WNYmedia.net", "They", "call", "partial"),
    ("counter attacking", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-11-28-google-invest-alternative-energy"] = [
    ("RE<C", "", "", "", "scare"),
    ("Renewable Energy Cheaper than Coal.", "", "", "", "scare"),
    ("focus initially on advanced solar thermal", "the company's press release",
     "the company's press release", "according to", "partial"),
    ("We see technologies we think can mature", "Larry Page", "Google Co-founder Larry Page", "say", "full"),
    ("Solar thermal technology, for example", "Larry Page", "Google Co-founder Larry Page", "say", "continuation"),
    ("to produce one gigawatt", "Larry Page", "Page", "say", "partial"),
    ("optimistic this can be done", "Larry Page", "Page", "say", "partial"),
    ("I’ve written off Google’s competition", "Jordan Rohan",
     "Jordan Rohan of RBC Capital Markets", "say", "full"),
    ("But I haven’t written off", "Jordan Rohan", "Jordan Rohan of RBC Capital Markets", "say", "continuation"),
    # a whole sentence after "that": partial (dev8/dev24)
    ("The only positive byproduct", "Jordan Rohan", "Rohan", "add", "partial"),
    ("a bit of trouble trying to figure out", "Travis Bradford",
     "Travis Bradford, an analyst for Prometheus Institute for Sustainable Development", "say", "partial"),
    # unattributed sentence after the same speaker's partial (dev10)
    ("They don't have any advantage", "Travis Bradford", "Travis Bradford", "say", "continuation"),
    ("gives them a fighting chance", "Brett Conrad",
     "Brett Conrad, manager of the Blue Earth Fund", "say", "partial"),
    ("I think they're looking at a $7 trillion", "Brett Conrad", "Brett Conrad", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-11-26-australian-government-concedes-federal-budget-may-be"] = [
    ("temporary deficit", "Kevin Rudd", "Prime Minister Kevin Rudd", "tell", "partial"),
    ("If Australian economic growth slows", "Kevin Rudd", "he", "say", "full"),
    ("Under those circumstances", "Kevin Rudd", "he", "say", "continuation"),
    # its own attribution "He added,": full (dev10)
    ("Such action would support growth", "Kevin Rudd", "He", "add", "full"),
    ("in the current circumstances.", "Kevin Rudd", "the Prime Minister", "claim", "partial"),
    ("The world economy is deteriorating", "Kevin Rudd", "Mr Rudd", "tell", "full"),
    ("The impact of the global financial crisis", "Kevin Rudd", "Mr Rudd", "tell", "continuation"),
    ("Experience and history tell us", "Malcolm Turnbull", "he", "tell", "full"),
    ("The last Labor deficit lasted", "Malcolm Turnbull", "he", "tell", "continuation"),
    # after his paraphrase "Mr Turnbull said ...", no verb of its own: full (dev36)
    ("It was the only government in the developed", "Malcolm Turnbull", "Mr Turnbull", "say", "full"),
    ("Forty-eight hours [later]", "Malcolm Turnbull", "Turnbull", "say", "full"),
]
