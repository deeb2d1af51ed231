"""Hand annotations for four dev41 articles (Wikinews economy stories of 2005-08-17 to 2009-02-11),
decided by reading each article.

Annotator: one helper session (annotator "a" of dev41), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev41 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11 and dev12 paragraphs on Wikinews stories and the dev38 to dev40
paragraphs), the dev38_a and dev40_b gold modules as format examples, goldtool.py and
make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Cathy Hay", "Doug
Porter", "Sam Savarino", "Nancy Pollina", "Arthur J. Giacalone", "George W. Bush", "Nicolas
Sarkozy", "Jonathan Todd", "Ján Počiatek", "Klaus Braeunig"), with the surname, pronoun or
description nearest the quote in speaker_text; each Wikinews body is one paragraph, so a quote
with its own attribution ("she added", "added Savarino", "Todd explained") is full and only an
unattributed later piece of the same speaker is continuation (dev10); an unattributed sentence
after the same speaker's partial continues it (dev10); a full stop where the comma before the
attribution belongs makes an ordinary split quote (dev36); a whole sentence after "that" is
partial even when it runs to several sentences (dev8/dev24/dev38); "according to" a person is
that person's (dev38/dev40); a quote opening the sentence that the reporter finishes is partial
(README conventions); a thing carrying words speaks under the description as written (dev12); a
phrase a speaker goes on to use himself is his partial (dev12); a sign's or place's name and words
in the reporter's own voice are scare (dev9/dev11).

Open calls:
- Gasoline: '"(Canadians) will basically grin and bear it. ..." Bank of Montreal economist Doug
  Porter said. "So far we really haven't seen ..."' -> Doug Porter, full, then continuation (the
  full stop read as the comma of a split quote, dev36), not a quote of Cathy Hay's.
- Hotel: headline 'parcels for sale "by owner"' -> the sign's words, partial, speaker "a different
  and unexpected sign" (the body quotes the sign: 'By: Owner.'). Alternative: scare (a stock
  real-estate phrase in a headline with no speaker).
- Hotel: 'the men replaced the sign with a different and unexpected sign: "For Sale: 5 commercial
  parcels ..."' -> "a different and unexpected sign", full, no cue (a thing carrying words,
  dev12; after a colon, dev13). Alternative: Hans Mobius, the owner the sign stands for.
- Hotel: 'a sign that was dedicated to the "Elmwood Village Gateway,"' -> scare (a sign's name).
- Hotel: 'Those 5 "parcels" are ...' -> scare (the sign's word taken up in the reporter's own
  voice, dev9). Alternative: the sign's partial.
- Hotel: 'that he "extended" the "agreement to purchase the property[s] and will have it ..."' ->
  two partials of Sam Savarino (cue "tell"); the bracketed edit stays inside (dev14).
- Hotel: 'Nancy Pollina ... considers this a possible "victory"' -> Nancy Pollina, partial, cue
  "consider" (her word inside her reported view).
- Hotel: 'the lawsuit filed against the hotel ..., alleging that several laws were broken, ...
  and the proposal was "rushed."' -> "the lawsuit", partial, cue "allege" (the document is the
  subject of "alleging"). Alternatives: Nancy Pollina (the sentence's subject), or the plaintiffs.
- Hotel: 'Giacalone believes that a press release ... was nothing but a statement to "save
  face,"' and 'Giacalone thinks it may now be in "limbo."' -> Arthur J. Giacalone, partial (cues
  "believe", "think"): he uses both words himself in the quotes that follow (dev12).
- Bush: 'George Bush said that "as Congress considers such a plan, ... 1 percent of GDP."' and 'He
  added that "this growth package must be built ... when it needs it most."' -> partial (whole
  sentences after "that"), though each runs to a colon or a second sentence.
- Bush: 'by passing the package ... would "provide a shot in the arm ... healthy. And it will
  help keep ..."' -> one partial of George W. Bush (the span holds both sentences).
- Auto: 'Conditions that violate these rules "would render the aid illegal ...," Todd said.
  "If there are measures that question the single market, ..."' -> Jonathan Todd, partial, then
  continuation (an unattributed sentence after his partial, dev10), though it reads more like a
  politician's warning; the text gives it no other speaker.
- Auto: '"It's a commitment that I applaud ...," the President concluded.' -> Nicolas Sarkozy,
  full, cue "conclude".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-08-17-canadian-gasoline-tops-1-litre-politicians-consider"] = [
    ("The biggest factor playing into", "Cathy Hay", "Ervin's Cathy Hay", "according to", "full"),
    # its own attribution "But she added,": full (dev10)
    ("Layering in on top of that", "Cathy Hay", "she", "add", "full"),
    # full stop where the comma belongs: an ordinary split quote (dev36)
    ("(Canadians) will basically grin", "Doug Porter",
     "Bank of Montreal economist Doug Porter", "say", "full"),
    ("So far we really haven't seen", "Doug Porter",
     "Bank of Montreal economist Doug Porter", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-11-16-proposal-buffalo-n-y-hotel-reportedly-dead"] = [
    # headline: the sign's wording ("By: Owner.")
    ("by owner", "a different and unexpected sign", "a different and unexpected sign", "", "partial"),
    ("Elmwood Village Gateway,", "", "", "", "scare"),
    # a thing carrying words speaks as written (dev12); after a colon, no cue (dev13)
    ("For Sale: 5 commercial parcels", "a different and unexpected sign",
     "a different and unexpected sign", "", "full"),
    # the sign's word in the reporter's own voice
    ("parcels", "", "", "", "scare"),
    ("contract to buy the properties", "Sam Savarino",
     "Sam Savarino, CEO of Savarino Companies", "tell", "partial"),
    ("extended", "Sam Savarino", "he", "tell", "partial"),
    ("agreement to purchase the property[s]", "Sam Savarino", "he", "tell", "partial"),
    ("He [Mobius] is undoubtedly concerned", "Sam Savarino", "Savarino", "say", "full"),
    ("legal issues", "Sam Savarino", "Savarino", "say", "partial"),
    ("There are some legal complexities", "Sam Savarino", "Savarino", "add", "full"),
    ("victory", "Nancy Pollina",
     "Nancy Pollina, owner of Don Apparel", "consider", "partial"),
    # the lawsuit is the subject of "alleging"
    ("rushed.", "the lawsuit", "the lawsuit filed against the hotel", "allege", "partial"),
    # a phrase he goes on to use himself (dev12)
    ("save face,", "Arthur J. Giacalone", "Giacalone", "believe", "partial"),
    ("I thought all along that Savarino", "Arthur J. Giacalone", "Giacalone", "say", "full"),
    ("limbo.", "Arthur J. Giacalone", "Giacalone", "think", "partial"),
    ("The lawsuit still sits in limbo,", "Arthur J. Giacalone", "Giacalone", "add", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-01-19-george-bush-proposes-economic-growth-package-worth"] = [
    ("real concern,", "George W. Bush", "Mr.Bush", "say", "partial"),
    ("economy is still creating jobs", "George W. Bush", "He", "add", "partial"),
    # whole sentences after "that": partial (dev8/dev24/dev38)
    ("as Congress considers such a plan", "George W. Bush", "George Bush", "say", "partial"),
    ("this growth package must be built", "George W. Bush", "He", "add", "partial"),
    ("must not include any tax increases.", "George W. Bush", "He", "add", "partial"),
    ("provide a shot in the arm", "George W. Bush", "He", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-02-11-eu-warns-france-about-auto-rescue-plan"] = [
    # a whole sentence after "that": partial
    ("Renault and PSA have also committed", "Nicolas Sarkozy", "Sarkozy", "add", "partial"),
    ("It's a commitment that I applaud", "Nicolas Sarkozy", "the President", "conclude", "full"),
    ("There are indications that carmakers", "Jonathan Todd",
     "Jonathan Todd, a spokesman for the Commission", "say", "full"),
    ("The Commission will not authorize aid", "Jonathan Todd",
     "Jonathan Todd, a spokesman for the Commission", "say", "continuation"),
    # opens the quote but the reporter's sentence frames it: partial
    ("would render the aid illegal", "Jonathan Todd", "Todd", "say", "partial"),
    # unattributed sentence after the same speaker's partial (dev10)
    ("If there are measures that question", "Jonathan Todd", "Todd", "say", "continuation"),
    ("Today the Commission has written", "Jonathan Todd", "Todd", "explain", "full"),
    ("We have not actually reached", "Jonathan Todd", "Todd", "explain", "continuation"),
    ("The philosophy of the EU", "Ján Počiatek",
     "Ján Počiatek, the finance minister of Slovakia", "say", "full"),
    ("a clear distortion of competition.", "Klaus Braeunig",
     "Verband der Automobilindustrie executive director Klaus Braeunig", "say", "partial"),
    # its own attribution "He added,": full (dev10)
    ("We don’t want an international race", "Klaus Braeunig", "He", "add", "full"),
]
