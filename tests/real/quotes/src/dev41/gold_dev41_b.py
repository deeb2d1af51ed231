"""Hand annotations for four dev41 articles (Wikinews economy stories of 2006-03-01 to 2009-03-26),
decided by reading each article.

Annotator: one helper session (annotator "b" of dev41), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev41 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11, dev12 and dev38 to dev40 paragraphs on Wikinews stories), the dev38_a
and dev40_b gold modules as format examples (and dev37_a's and dev40_a's rows for a source that
leaves out a closing mark), goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article that is a quote has a row.

Conventions followed: full names as the article gives them, titles dropped ("Bo Ryan", "Sarah
Kenny", "Nick Ebbeck", "Peta Seaton", "Morris Iemma", "Alan McQuaid"), single names where the
article gives no more ("Woodhams", "O'Leary", dev39), with the surname, pronoun or description
nearest the quote in speaker_text; each Wikinews body is one paragraph, so a quote with its own
attribution ("he said", "Mr Iemma said", "explained O'Leary") is full and only an unattributed
later piece of the same speaker is continuation (dev10/dev38); a quote with no verb right after
the speaker's own paraphrase with its own verb is full (dev14/dev36/dev38/dev40); a whole clause
after "said" is full (dev12); a whole sentence after "that" is partial (dev8/dev24/dev38); a
document that is the subject of the reporting verb speaks as written (dev11/dev18/dev20); a quote
whose closing mark the source leaves out is cut where the writer meant it to end, the next piece
a continuation (dev37), and the stray spans the tool's left-to-right pairing then opens at the
marks closing annotated quotes quote nothing and have no row (dev5/dev40).

Open calls:
- Sizzler: 'A media release on the Sizzler website states: "As a precautionary measure ... we
  have temporarily closed salad bars ..."' -> "a media release on the Sizzler website", full,
  cue "state" (a document that is the subject of the verb, as written; dev11's press releases).
  Alternative: Sizzler (the company, its author; dev39's US Treasury).
- Sizzler: '"The inconvenience ...," said Bo Ryan. "Steak and seafood and a limited range of
  salads would continue to be available."' -> Bo Ryan, continuation (unattributed second piece;
  the words read as reported speech but are marked).
- Sizzler: 'He hopes that customers will understand ..., and that "they can be patient ..."' ->
  Bo Ryan, partial, cue "hope".
- Sydney: '"We have to employ private investigators ... in a court process. "On numerous
  occasions ... fulfill the act."' -> the source leaves out the mark closing the first piece
  (a quote that ran over two paragraphs before the copy merged them); exact text up to
  "process." -> Nick Ebbeck, continuation (unattributed, after "said Mr Ebbeck"), and "On
  numerous occasions ..." -> Nick Ebbeck, continuation. goldtool.spans pairs every later mark
  one off, so it lists seven spans (" Evidence gathered ...", " they were successful ...",
  " he said. ", " Other councils ...", " she said. The legislation ...", " Mr Iemma said. ",
  " Mr Iemma said.") that quote nothing; each opens at a mark closing an annotated quote and has
  no row. make_split.py will list them as UNANNOTATED.
- Sydney: 'Willoughby's Director of Environmental Services said ... Mr Woodhams said over the
  last "couple of weeks" ...' -> "Woodhams" (the only name the article gives the director, whose
  first name the copy lost), partial, cue "say"; his two later quotes full and continuation.
- Sydney: the lost link before "' has reported Ku-ring-gai council" leaves a single mark; not a
  double-mark span, no row.
- Ryanair: the chief executive's name is lost in the lead ("including chief executive, have
  seen"); the text names him only "O'Leary" -> speaker "O'Leary" throughout.
- Ryanair: 'O'Leary ... said "I think it's inappropriate ...," and that pay would only be
  unfrozen if ... and "we can see some prospect ..."' -> full (whole clause after "said"), then
  partial (a fragment finishing the reporter's "that" clause).
- Ryanair: 'O'Leary saying they were "renegotiating airport contracts, ... We [Ryanair] want to
  reduce costs ..."' -> partial though it runs on over a second sentence (dev39/dev40); the
  bracketed edit stays inside (dev14).
- Ryanair: 'He said prices ... are set to go up, as "bag charges will keep going up ..."' ->
  O'Leary, partial.
- Ryanair: 'He said that to fill an extra 30% of seats the airline will keep fares relatively
  low. "We won't have to cut the fares like hell ..."' -> O'Leary, full, cue "say" (after his
  paraphrase, no verb of its own).
- Irish economy: '..., McQuaid said, noting that "(...) one has to go back to ..."' -> Alan
  McQuaid, partial (after "that"), cue "note"; the editorial "(...)" stays inside.
- Irish economy: '"(...) As things currently stand, ...," he said. "The extreme weakness ..."' ->
  full (its own "he said"), then continuation (unattributed).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-03-01-sizzler-salad-bars-shut-after-rat-poison"] = [
    # a document that is the subject of the verb speaks as written (dev11)
    ("As a precautionary measure", "a media release on the Sizzler website",
     "A media release on the Sizzler website", "state", "full"),
    ("tasted really weird", "Sarah Kenny", "Sarah Kenny, a university student", "say", "partial"),
    ("The inconvenience to customers", "Bo Ryan", "Bo Ryan", "say", "full"),
    # unattributed second piece (dev10)
    ("Steak and seafood", "Bo Ryan", "Bo Ryan", "say", "continuation"),
    ("they can be patient", "Bo Ryan", "He", "hope", "partial"),
    ("As soon as new measures", "Bo Ryan", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-01-21-sydney-councils-pay-investigators-have-sex-prostitutes"] = [
    ("We, like many other councils", "Nick Ebbeck", "Mr Ebbeck", "say", "full"),
    # the source leaves out the closing mark after "process." (a quote that ran over two
    # paragraphs); cut where the writer meant it to end (dev37)
    ("We have to employ private investigators", "Nick Ebbeck", "Mr Ebbeck", "say", "continuation",
     "We have to employ private investigators to actually go through with the act and come up "
     "with reports that will suffice in a court process."),
    ("On numerous occasions", "Nick Ebbeck", "Mr Ebbeck", "say", "continuation"),
    # the spans goldtool.spans opens at the marks closing the rows below quote nothing (dev5/dev40)
    ("couple of weeks", "Woodhams", "Mr Woodhams", "say", "partial"),
    ("The difficulty is gaining evidence", "Woodhams", "he", "say", "full"),
    ("In each year", "Woodhams", "he", "say", "continuation"),
    ("I have put all the evidence", "Peta Seaton", "she", "say", "full"),
    ("The enforcement of this area", "Morris Iemma", "Mr Iemma", "say", "full"),
    # its own attribution: full (dev10)
    ("If the Local Government Association", "Morris Iemma", "Mr Iemma", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-03-27-ryanair-executives-pay-frozen-over-increased-fuel"] = [
    # a whole clause after "said": full (dev12)
    ("I think it's inappropriate", "O'Leary", "O'Leary", "say", "full"),
    ("we can see some prospect", "O'Leary", "O'Leary", "say", "partial"),
    ("Our hedging finishes next week", "O'Leary", "O'Leary", "explain", "full"),
    ("oil prices and average fares", "O'Leary", "O'Leary", "say", "partial"),
    ("renegotiating airport contracts", "O'Leary", "O'Leary", "say", "partial"),
    ("bag charges will keep going up", "O'Leary", "He", "say", "partial"),
    # after his paraphrase "He said that ...", no verb of its own: full (dev36/dev38)
    ("We won't have to cut the fares", "O'Leary", "He", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-03-26-irish-economy-sees-biggest-contraction-decades"] = [
    ("highlight the extent of the Irish", "Alan McQuaid",
     "Alan McQuaid, the senior economist at Bloxhams Stockbrokers", "say", "partial"),
    ("Quite simply, there is no hope", "Alan McQuaid", "McQuaid", "say", "full"),
    # a whole sentence after "noting that": partial (dev8/dev24)
    ("(...) one has to go back", "Alan McQuaid", "McQuaid", "note", "partial"),
    # its own "he said": full (dev10)
    ("(...) As things currently stand", "Alan McQuaid", "he", "say", "full"),
    ("The extreme weakness of the economy", "Alan McQuaid", "he", "say", "continuation"),
]
