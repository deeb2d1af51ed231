"""Hand annotations for four dev41 articles (Wikinews economy stories of 2006-07-12 to 2009-12-06),
decided by reading each article.

Annotator: one helper session (annotator "d" of dev41), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev41 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11 and dev12 paragraphs on Wikinews stories and the dev38 to dev40
paragraphs), the dev38_a and dev40_b gold modules as format examples, goldtool.py and
make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Jim Waters", "Ivan
Fecan", "Tony Blair", "Gordon Brown", "David Cameron", "Vince Cable", "Amy Klobuchar", "Keith
Hall", "Kevin Brady", "Elijah Cummings", "Barack Obama", "Douglas Holtz Eakin" as spelt in the
copy), organisations by the full name the article gives them ("CHUM Limited", "Bell Globemedia
Inc."), with the surname, pronoun or description nearest the quote in speaker_text; each Wikinews
body is one paragraph, so a quote with its own attribution ("he added", "he continued", "he
stated") is full and only an unattributed later piece of the same speaker is continuation (dev10,
dev38); a quote with no verb right after the speaker's own paraphrase with its own verb is full
(dev14/dev36/dev38/dev40); a whole utterance after a verb and a comma ("praised Canada's wine,",
"saying,") is full (dev16/dev18); a label inside someone's reported words is theirs, partial
(dev9/dev22); a programme's title is scare (dev18/dev27); nested single marks stay inside the
outer quote (guideline).

Open calls:
- CHUM: 'In a joint statement, CHUM's chairman, Jim Waters, said, "In Bell Globemedia's offer
  ..."' -> Jim Waters alone, full (the named speaker of the joint statement; Fecan's part follows
  with its own "added").
- CHUM: 'In a separate release, CHUM announced ... The company said these changes will result "in
  a significant reduction ..."' -> "CHUM Limited" (the company, the subject of "said", named in
  full at the body's start), partial. Alternatives: "CHUM"; "a separate release".
- CHUM: 'the companies claim their specialty channels are "complementary"' -> "CHUM Limited;
  Bell Globemedia Inc." jointly (order of first mention), partial, cue "claim". Alternative:
  scare.
- Blair: '"It's a battle of ideas." "If we're going to fight this terrorism off, ..."' right after
  'Blair said to the audience' -> continuation, both (unattributed later pieces, dev10).
- Blair: 'Blair is an Envoy in the Quartet ... He become Envoy the same day he stepped down as PM.
  "This morning I looked at your local papers ..."' -> Tony Blair, full, no cue (a new utterance
  after two background sentences about him, as dev30's quote closing a passage about someone;
  not a continuation of his earlier partial "the forces of extremism."). Alternative:
  continuation.
- Blair: '... saying, "I'm just glad it's not my decision," and after three terms of being PM he's
  "learned when to keep my mouth shut."' -> full (cue "say"), then partial (cue "comment").
- Blair: 'He said Canada has a "can-do" attitude.' -> Tony Blair, partial (a label inside his
  reported words). Alternative: scare.
- Blair: '"I often say to people, ..."' right after 'Blair said, "Calgary is ..."' ->
  continuation; '"Optimism is something ...," he said' -> full (its own attribution).
- VAT: '"Those people who say do nothing now, ...," he continued' -> Gordon Brown, full (its own
  attribution, dev10), cue "continue"; 'on BBC television programme "The Politics Show"' -> scare;
  the unattributed '"It would be lacking in compassion ..."' after it -> continuation.
- Unemployment: 'He said while the November figures are good news, there is not much more to
  celebrate."We can't celebrate ..."' (the copy lost the space before the mark) -> Kevin Brady,
  full, cue "say" (after his paraphrase).
- Unemployment: 'economists such as Douglas Holtz Eakin, ..., questioned his approach to recovery.
  "Job creation ...," he said.' -> "Douglas Holtz Eakin" as the copy spells him (no hyphen).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-07-12-canadian-media-company-bell-globemedia-acquire-rival"] = [
    ("In Bell Globemedia's offer", "Jim Waters", "CHUM's chairman, Jim Waters", "say", "full"),
    ("We are able to make this premium offer", "Ivan Fecan", "Globemedia CEO Ivan Fecan", "add", "full"),
    ("will maintain separate and independent", "Ivan Fecan", "He", "add", "partial"),
    ("in a significant reduction", "CHUM Limited", "The company", "say", "partial"),
    ("complementary", "CHUM Limited; Bell Globemedia Inc.", "the companies", "claim", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-10-27-tony-blair-speaks-canada"] = [
    ("Congratulations on winning a third term", "Tony Blair", "Blair", "tell", "full"),
    ("If we want to win", "Tony Blair", "Blair", "say", "full"),
    # unattributed later pieces (dev10)
    ("It's a battle of ideas.", "Tony Blair", "Blair", "say", "continuation"),
    ("If we're going to fight this terrorism off", "Tony Blair", "Blair", "say", "continuation"),
    ("the forces of extremism.", "Tony Blair", "Blair", "say", "partial"),
    # a new utterance after two background sentences about him, no verb
    ("This morning I looked at your local papers", "Tony Blair", "He", "", "full"),
    ("I'm just glad it's not my decision", "Tony Blair", "He", "say", "full"),
    ("learned when to keep my mouth shut.", "Tony Blair", "he", "comment", "partial"),
    ("Calgary is not only the new centre", "Tony Blair", "Blair", "say", "full"),
    ("I often say to people", "Tony Blair", "Blair", "say", "continuation"),
    ("As power grows", "Tony Blair", "He", "point out", "full"),
    ("Optimism is something you get very easily", "Tony Blair", "he", "say", "full"),
    ("can-do", "Tony Blair", "He", "say", "partial"),
    ("This is a secret you've just got to get out.", "Tony Blair", "Blair", "praise", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-11-24-uk-government-announces-cut-vat"] = [
    ("I don't see this as a gamble", "Gordon Brown", "Gordon Brown, the UK Prime Minister", "state", "full"),
    # its own attribution "he continued" (dev10)
    ("Those people who say do nothing now", "Gordon Brown", "he", "continue", "full"),
    ("The Politics Show", "", "", "", "scare"),
    ("It would be lacking in compassion", "Gordon Brown", "he", "continue", "continuation"),
    ("I think people are going to be shocked", "David Cameron", "he", "say", "full"),
    ("Maybe £80bn this year", "David Cameron", "he", "say", "continuation"),
    ("So I do have a real concern", "David Cameron", "he", "say", "continuation"),
    ("A big tax cut's desirable", "Vince Cable", "he", "state", "full"),
    ("But we prefer a different approach", "Vince Cable", "he", "state", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-12-06-us-unemployment-rate-down-ten-percent"] = [
    ("While parts of our economy are clearly", "Amy Klobuchar", "she", "comment", "full"),
    ("Well, without offering an opinion", "Keith Hall", "Mr. Hall", "say", "full"),
    # after his paraphrase "He said while ...", no verb of its own (dev36/dev38/dev40)
    ("We can't celebrate a 10 percent", "Kevin Brady", "He", "say", "full"),
    ("The report we received this morning", "Elijah Cummings", "he", "say", "full"),
    ("modestly encouraging", "Barack Obama", "Obama", "call", "partial"),
    ("We have still got a long way to go", "Barack Obama", "he", "say", "full"),
    ("Job creation in the United States", "Douglas Holtz Eakin", "he", "say", "full"),
]
