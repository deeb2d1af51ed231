"""Hand annotations for four dev43 articles (Wikinews economy stories of 2005-07-15 to 2009-02-07),
decided by reading each article.

Annotator: one helper session (annotator "a" of dev43), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev43 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev10, dev11, dev12 and dev38 to dev42 paragraphs on Wikinews
stories), the dev38_a and dev42_b gold modules as format examples, goldtool.py and make_split.py.
One public web page (a BBC report of 29 December 2007, found by the search tool) was read only to
confirm that "Network Rail is extremely sorry ..." is a Network Rail spokesman's words.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. No text here lacks a
closing mark.

Conventions followed: full names as the article gives them, titles dropped ("Theresa Gattung",
"Paul Budde", "Chris Gibb", "Nels Anderson", "Derek Davis"), organisations by the name the article
gives ("Food and Drink Federation", "British Retail Consortium", "Friends of the Earth", "Network
Rail", "Microsoft"), with the surname, pronoun or description nearest the quote in speaker_text;
each Wikinews body is one paragraph, so a quote with its own attribution is full and only an
unattributed later piece of the same speaker is continuation (dev10/dev38); a fragment woven into
the reporter's sentence, and a sentence after "that", are partial (dev8/dev24/dev42); a quote with
no verb right after the speaker's own paraphrase with its own verb is full (dev14/dev36/dev38); an
unnamed company spokesperson speaks for the company (dev40); "a Taliban statement" is the Taliban
(dev6), so "A statement from the group" is the group; a label inside someone's reported words is
theirs, partial (dev9/dev22).

Open calls:
- Food miles: 'The Federation went on to stress that "on imported ingredients, ... sea, which does
  not give rise to any significant impacts. Air transport is generally not used by food
  manufacturers."' -> one span, Food and Drink Federation, partial, cue "stress" (it opens after
  "that" in lower case; the second sentence inside the same marks does not make it full).
- Food miles: 'welcomed the "acknowledgement that more local sourcing ..."' -> Food and Drink
  Federation, partial, cue "welcome" (the Federation's words as the object of its verb).
  Alternative: scare.
- Food miles: 'A statement from the group said "The Government must get tougher ..."' -> Friends of
  the Earth, full, cue "say" (a whole utterance after "said"; the group is named the sentence
  before). Alternative: "a statement from the group" as written (a document as subject, dev9).
- Telecom: 'Ms Gattung said that the privacy of the individuals will be kept, "obviously we're
  only going to sell to a very reputable party."' -> Theresa Gattung, full, cue "say" (a whole
  clause after her own paraphrase, lower case, as dev12/dev38). Alternative: partial.
- Telecom: '"It looks to me ...," said, telecommunications expert, Paul Budde, "I think it's ..."'
  -> full, then continuation (the second piece has no attribution of its own).
- Rail: Chris Gibb's second quote '"Because of the seriousness ..."' follows his first quote's
  closing mark with no verb (paragraphs merged by the copy) -> Chris Gibb, continuation.
- Rail: 'A spokesman for Network Rail said, "Work will be ongoing ..."' -> Network Rail (an unnamed
  spokesman of the company, dev40), full.
- Rail: after 'holiday period."' come three unmarked sentences ('It was only realised ... so that
  is very late.') and then '"Network Rail is extremely sorry and apologises to passengers for the
  inconvenience."' with no verb -> Network Rail, full, no cue (a new remark after sentences with
  no marks, dev41; it names the company in the third person, as its spokesman speaks; a BBC report
  of the same day gives these words to a Network Rail spokesman). Alternative: continuation of the
  spokesman's first quote. The unmarked sentences have no row (no marks around them).
- Microsoft: 'Microsoft still insists that it is "committed" to the series' -> Microsoft, partial,
  cue "insist" (the company's word in its reported speech). Alternative: scare.
- Microsoft: 'Nels Anderson ... called it a "dark day"' -> Nels Anderson, partial, cue "call"; his
  next quote ending '," he said in an interview with the BBC.' -> full.
- Microsoft: 'Derek Davis ... said that there could be a bright side to the news: "I don't know
  ...," he said.' -> Derek Davis, full, cue "say".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-07-15-transporting-food-costs-uk-billions"] = [
    ("acknowledgement that more local sourcing", "Food and Drink Federation",
     "The Food and Drink Federation, which speaks for food manufacturers", "welcome", "partial"),
    # after "that", lower case; two sentences inside one pair of marks
    ("on imported ingredients, the usual mode", "Food and Drink Federation", "The Federation",
     "stress", "partial"),
    ("welcome the opportunity to introduce", "British Retail Consortium",
     "Another industry group, the British Retail Consortium", "say", "partial"),
    ("The Government must get tougher", "Friends of the Earth", "A statement from the group", "say",
     "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-11-04-telecom-new-zealand-sell-yellow-page-group"] = [
    ("There has already been considerable interest", "Theresa Gattung",
     "Theresa Gattung, Chief Executive of Telecom", "say", "full"),
    ("In the long term the business", "Theresa Gattung", "Ms Gattung", "say", "full"),
    ("It looks to me that it is a bit", "Paul Budde", "telecommunications expert, Paul Budde", "say",
     "full"),
    ("I think it's a short-term sort", "Paul Budde", "Paul Budde", "say", "continuation"),
    # a whole clause after her own paraphrase "Ms Gattung said that ...,"
    ("obviously we're only going to sell", "Theresa Gattung", "Ms Gattung", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-12-29-uk-rail-regulator-launches-investigation-into-line"] = [
    ("I am very disappointed that Network Rail", "Chris Gibb",
     "Chris Gibb, the Managing Director of Virgin Trains", "say", "full"),
    # right after his first quote's closing mark, no verb (paragraphs merged upstream)
    ("Because of the seriousness of the situation", "Chris Gibb", "Chris Gibb", "say",
     "continuation"),
    ("Work will be ongoing for most", "Network Rail", "A spokesman for Network Rail", "say", "full"),
    # after three unmarked sentences, no verb: a new remark of the company's spokesman
    ("Network Rail is extremely sorry", "Network Rail", "A spokesman for Network Rail", "", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-02-07-microsoft-flight-simulator-series-grounded-after-layoffs"] = [
    ("committed", "Microsoft", "Microsoft", "insist", "partial"),
    ("dark day", "Nels Anderson", "Nels Anderson, the founder of FlightSim.com", "call", "partial"),
    ("Microsoft have apparently cancelled", "Nels Anderson", "he", "say", "full"),
    ("I don't know what the eventual fate", "Derek Davis", "he", "say", "full"),
]
