"""Hand annotations for four dev41 articles (Wikinews economy stories of 2006-06-02 to 2009-08-21),
decided by reading each article.

Annotator: one helper session (annotator "c" of dev41), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev41 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11, dev12, dev18 and dev38 to dev40 paragraphs on Wikinews stories), the
dev38_a and dev40_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("John Howard",
"Morris Iemma", "Michelle Roberts", "Ben Bernanke", "Jacob Oubina", "Jean-Claude Trichet"), with
the surname, pronoun or description nearest the quote in speaker_text; each Wikinews body is one
paragraph, so a quote with its own attribution ("he conceded", "he added") is full and only an
unattributed later piece of the same speaker is continuation (dev10); pieces of one sentence
joined by a second verb of the same speaker ("but added:") are continuation (dev18/dev38); a
whole sentence after "that" or "that," is partial (dev8/dev24/dev36); a label inside someone's
reported speech is that speaker's partial (dev9/dev38); a quote whose speaker's name the copy lost
is the description as written (dev3/dev38); a document that is the subject of the reporting verb
speaks as written (dev11/dev18); nested single marks stay inside the quote (guideline).

Open calls:
- Snowy Hydro: 'Despite telling Macquarie Radio ... that his government would be pushing ahead
  with the sale as it was in the best "interests of NSW", Premier Iemma announced ...' -> Morris
  Iemma, partial, cue "tell" (words inside his reported remark to the radio). Alternative: scare.
- Snowy Hydro: '"The Prime Minister has pulled the rug out from under the sale," Mr Iemma said.
  "The circumstances are significantly changed." "The Commonwealth decision makes it extremely
  difficult for NSW to proceed," he conceded.' -> full, continuation (no verb), full (its own
  "he conceded", dev10).
- Housing: 'According to news source, The Age, a senior government official suggested that a
  more rigorous "building sustainability index" had been developed' -> the official, partial,
  cue "suggest" (a label inside the official's reported words, relayed by The Age: the first
  speaker, dev13). Alternatives: scare (the index's name), or The Age.
- Housing: the same unnamed official is later "the anonymous government employee" ('"It was
  canned ...," said the anonymous government employee. "The HIA was very obstructionist."') ->
  speaker kept as the first description, "a senior government official", for both quotes
  (speaker_text as written nearest); the second piece, with no verb, continuation.
- UK drivers: 'Unite said in a press release that, "this dispute could have been resolved ...",
  continuing to say, "one of the world's richest companies ..."' -> Unite, partial (after
  "that,"), then continuation (a second piece of the same sentence joined by "continuing to say",
  as dev18's "but added:"). The second piece has a closing mark but no full stop; it is a quote.
  Alternative for the second: full (its own verb, dev10).
- UK drivers: 'British Business Secretary,, said that "the strike, ..."' (the name lost in the
  link conversion; the article never names him) -> "British Business Secretary", partial (after
  "that"), and '"We have been working closely ...," he added.' -> the same, full.
- UK drivers: 'Unite's press release also confirms that "provision has been made ..."' ->
  "Unite's press release" (the document is the subject of the verb, dev11/dev18), partial, cue
  "confirm". Alternative: Unite (its author, as dev39's "It said that ..." after a press release).
- UK drivers: 'Hoyer UK, which employs tanker drivers for Shell, said, "We extended our offer
  ..."' -> Hoyer UK (the company as written), full.
- Stock markets: 'the bank chief said that "the prospects ..."' and 'He added, however, that "the
  economic recovery ..."' -> Ben Bernanke, partial both (after "that").
- Stock markets: Oubina's second sentence, no verb ('"I think the market is just taking ..."')
  -> continuation; Trichet's quote after his paraphrase, with its own "he said" and nested single
  marks ('well, after all, ...') -> one full row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-06-02-federal-nsw-governments-withdraw-snowy-hydro-shares"] = [
    ("intense community reaction", "John Howard", "he", "call", "partial"),
    ("This decision to sell the Snowy Hydro", "John Howard", "Mr Howard", "say", "full"),
    ("safeguard the interests of all those", "John Howard", "He", "say", "partial"),
    # inside his reported remark to Macquarie Radio
    ("interests of NSW", "Morris Iemma", "Premier Iemma", "tell", "partial"),
    ("The Prime Minister has pulled the rug", "Morris Iemma", "Mr Iemma", "say", "full"),
    # unattributed later piece (dev10)
    ("The circumstances are significantly changed.", "Morris Iemma", "Mr Iemma", "say", "continuation"),
    # its own attribution "he conceded": full (dev10)
    ("The Commonwealth decision makes it", "Morris Iemma", "he", "concede", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-05-25-new-environmental-housing-regulations-western-australia"] = [
    ("People building new houses should remember", "Michelle Roberts", "she", "say", "full"),
    ("This is the equivalent of taking 30,000 cars", "Michelle Roberts", "Roberts", "say", "full"),
    ("It is estimated that if all homes", "Michelle Roberts", "Roberts", "say", "full"),
    # a label inside the official's reported words, relayed by The Age (dev9/dev13/dev38)
    ("building sustainability index", "a senior government official",
     "a senior government official", "suggest", "partial"),
    ("It was canned at the last moment", "a senior government official",
     "the anonymous government employee", "say", "full"),
    ("The HIA was very obstructionist.", "a senior government official",
     "the anonymous government employee", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-06-13-uk-drivers-urged-not-panic-buy-during"] = [
    ("We extended our offer to the very limits", "Hoyer UK", "Hoyer UK", "say", "full"),
    # a whole sentence after "that,": partial (dev8/dev36)
    ("this dispute could have been resolved", "Unite", "Unite", "say", "partial"),
    # second piece of the same sentence, joined by "continuing to say," (dev18 "but added:")
    ("one of the world's richest companies", "Unite", "Unite", "say", "continuation"),
    ("significant", "Shell", "Shell", "comment", "partial"),
    # the minister's name was lost in the link conversion (dev38)
    ("the strike, which will have a disproportionate", "British Business Secretary",
     "British Business Secretary", "say", "partial"),
    ("We have been working closely with industry", "British Business Secretary", "he", "add", "full"),
    # the document is the subject of the verb (dev11/dev18)
    ("provision has been made for fire", "Unite's press release",
     "Unite's press release", "confirm", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-08-21-stock-markets-worldwide-rise-hopes-us-economic"] = [
    ("the prospects for a return to growth", "Ben Bernanke", "the bank chief", "say", "partial"),
    ("the economic recovery is likely", "Ben Bernanke", "He", "add", "partial"),
    ("Bernanke was a little bit more bullish", "Jacob Oubina",
     "Jacob Oubina, the currency strategist of Forex.com", "say", "full"),
    ("I think the market is just taking", "Jacob Oubina",
     "Jacob Oubina, the currency strategist of Forex.com", "say", "continuation"),
    # nested single marks stay inside
    ("I am a little bit uneasy", "Jean-Claude Trichet", "he", "say", "full"),
]
