"""Hand annotations for four dev43 articles (Wikinews economy stories of 2006-02-28 to 2009-03-24),
decided by reading each article.

Annotator: one helper session (annotator "b" of dev43), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev43 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev10, dev11, dev12 and dev38 to dev42 paragraphs on Wikinews
stories), the dev38_a and dev42_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article that is a quote has a row, except
the two quotes whose closing mark the source leaves out (below), which have none, as the brief
asks.

Conventions followed: full names as the article gives them, titles dropped ("Bob Sercombe", "John
Howard", "Tim O'Conner", "Danielle Lloyd", "Shilpa Shetty", "Keith Vaz", "Gordon Brown", "Mahesh
Bhatt", "Gustiono Kustianto", "Budhi Mulyawan Suyitno", "Adam Suherman", "Ratan Tata", "Vaishali
Jajoo"), an unnamed speaker by the description as written ("Jade's mother"), with the surname,
pronoun or description nearest the quote in speaker_text; each Wikinews body is one paragraph, so
a quote with its own attribution ("Tata said") is full and only an unattributed later piece of the
same speaker is continuation (dev10/dev38); a quote with no verb right after the speaker's own
paraphrase with its own verb is full (dev14/dev36/dev38); a whole utterance after "said:",
"asked Shilpa:", "commented ...:" or "saying" is full (dev16/dev17), also after "said" with no
comma (dev12); a fragment woven into the reporter's sentence is partial; a term no one is named as
using is scare (dev12/dev38).

Missing closing marks (no row, as the brief asks; the tool, pairing marks left to right, then
lists the unclosed quote and the stretches between later quotes as unannotated):
- Adam Air: '"The Transport Ministry has decided to revoke Adam Air's operational specification,
  effective 12am Wednesday (4am AEDT), said Suyitno. "With this, ...' -- no mark closes the first
  quote before "said Suyitno". Read by hand it is Budhi Mulyawan Suyitno's, full, cue "say".
  The tool then lists five spans: "The Transport Ministry ... said Suyitno. " (the real quote),
  " He commented that a quarterly evaluation had uncovered ", ". The news coincides ... pilots. ",
  " He also said ... saying " and " Adam Air's 2007 accidents ... EU." (the last four quote
  nothing). Alternative (dev37/dev41 practice): a row with the exact text "The Transport Ministry
  has decided to revoke Adam Air's operational specification, effective 12am Wednesday (4am
  AEDT),".
- Nano: '"I hope it will provide safe, affordable four-wheel transportation to families who till
  now have not been able to own a car. "This was never conceived ...," Tata said.' -- no mark
  closes the "I hope ..." quote (most likely a quote that ended a paragraph before the copy merged
  them). Read by hand it is Ratan Tata's (continuation of his "From the drawing board ..." quote,
  or full). The tool then lists five spans: "I hope ... own a car. " (the real quote), " Tata
  said. ", " The Tata Nano is a four-door vehicle ... per annum. ", " Jajoo said. " and
  " Environmentalists say ... country." (the last four quote nothing). Alternative: a row with
  the exact text "I hope it will provide ... not been able to own a car. ", Ratan Tata.

Open calls:
- AWB: 'Trevor Flugge was paid almost AU$ 1,000,000 by the to provide "agricultural assistance"
  to Iraq' -> scare (the post's label in the reporter's voice, no one named as using it; the
  payer's name was lost in the link conversion). Alternative: AusAID, partial.
- AWB: Bob Sercombe's second quote "Every dollar spent ..." (unattributed) -> continuation.
- AWB: 'According to Tim O'Conner of AID/WATCH, ... "For ten years now ...," he said.' -> Tim
  O'Conner, full.
- Big Brother: 'Jade's mother, who referred to Shilpa as "the Indian"' -> "Jade's mother" (unnamed,
  description as written), partial, cue "refer"; 'She also asked Shilpa: "Do you live ...?"' ->
  the same, full, cue "ask".
- Big Brother: 'The newspaper Times of India ran the headline "Big(ot) Brother bullies Shilpa".'
  -> Times of India, full, cue "run" (the paper's own words, given as a reaction, in a sentence
  whose subject is the paper). Alternative: scare (a title, as dev18's titles).
- Big Brother: '"What is happening ... West.", was the reaction of Bollywood film director Mahesh
  Bhatt.' -> Mahesh Bhatt, full, cue "reaction".
- Big Brother: 'Shetty said "...I don't feel ..."' -> full (a whole utterance after "said"; the
  leading ellipsis stays inside).
- Adam Air: 'He said that investigations into last week's crash ... had revealed "the pilot had no
  idea what to do in an emergency situation."' -> Budhi Mulyawan Suyitno, partial, cue "say" (his
  reported words; the investigations are what he cites). Alternative: "investigations into last
  week's crash".
- Adam Air: '"With this, Adam Air is banned ..."' after the unclosed quote ending "said Suyitno."
  -> Suyitno, continuation (unattributed later piece).
- Adam Air: 'He commented that a quarterly evaluation had uncovered "violations that could put
  passengers' safety at risk".' -> Suyitno, partial, cue "comment".
- Adam Air: 'Founder Adam Suherman ... commented today that the situation with the shareholders
  had demoralised pilots. "That in turn ..."' -> Adam Suherman, full, cue "comment" (after his
  paraphrase, no verb of its own); '... saying "There have been warnings ..."' -> his, full.
- Nano: 'calling the vehicle a "milestone."' -> Ratan Tata, partial, cue "call".
- Nano: '"Driven mainly by ..."' (unattributed, after "This was never conceived ...," Tata said)
  -> Ratan Tata, continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-02-28-former-awb-chairman-paid-almost-1-000"] = [
    # the post's label in the reporter's voice
    ("agricultural assistance", "", "", "", "scare"),
    ("AusAid is now tied up in the wheat", "Bob Sercombe",
     "Bob Sercombe, Labor spokesman on overseas aid and Pacific Island affairs", "say", "full"),
    ("Every dollar spent on Trevor Flugge", "Bob Sercombe",
     "Bob Sercombe, Labor spokesman on overseas aid and Pacific Island affairs", "say", "continuation"),
    ("Well you have to look at the availability", "John Howard", "Mr Howard", "say", "full"),
    ("For ten years now the Howard government", "Tim O'Conner", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-01-18-uk-celebrity-big-brother-loses-sponsorship-over"] = [
    ("the Indian", "Jade's mother", "Jade's mother", "refer", "partial"),
    ("Do you live in a house or a shack?", "Jade's mother", "She", "ask", "full"),
    ("You don't know where those hands", "Danielle Lloyd", "Danielle Lloyd", "say", "full"),
    ("She wants to be white", "Danielle Lloyd", "Lloyd", "comment", "full"),
    ("...I don't feel there was any racial", "Shilpa Shetty", "Shetty", "say", "full"),
    ("If this racist behaviour goes on", "Keith Vaz", "He", "say", "full"),
    ("I want to reassure people", "Gordon Brown", "Chancellor Gordon Brown", "tell", "full"),
    # the paper's headline, given as a reaction (alternative: scare, a title)
    ("Big(ot) Brother bullies Shilpa", "Times of India", "The newspaper Times of India", "run", "full"),
    ("What is happening in Big Brother", "Mahesh Bhatt",
     "Bollywood film director Mahesh Bhatt", "reaction", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-03-18-indonesia-grounds-adam-air-may-be-permanently"] = [
    ("life expectancy is less than a month,", "Gustiono Kustianto",
     "Gustiono Kustianto, director of one of the two leasing companies", "say", "partial"),
    ("the pilot had no idea what to do", "Budhi Mulyawan Suyitno", "He", "say", "partial"),
    # "The Transport Ministry has decided ... (4am AEDT), said Suyitno." -- the source leaves out
    # its closing mark; no row, as the brief asks (see docstring)
    ("With this, Adam Air is banned", "Budhi Mulyawan Suyitno", "Suyitno", "say", "continuation"),
    ("violations that could put passengers", "Budhi Mulyawan Suyitno", "He", "comment", "partial"),
    # after his paraphrase "commented today that ...", no verb of its own
    ("That in turn would affect their performance", "Adam Suherman",
     "Founder Adam Suherman", "comment", "full"),
    ("There have been warnings from the insurance", "Adam Suherman", "His", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-03-24-worlds-cheapest-car-launched-india-will-go"] = [
    ("We are at the gates offering", "Ratan Tata",
     "the chairman of the auto firm, Ratan Tata", "say", "full"),
    ("milestone.", "Ratan Tata", "Ratan Tata", "call", "partial"),
    ("From the drawing board to its commercial", "Ratan Tata", "Tata", "say", "full"),
    # "I hope it will provide ... own a car. " -- the source leaves out its closing mark; no row,
    # as the brief asks (see docstring)
    ("This was never conceived as the cheapest", "Ratan Tata", "Tata", "say", "full"),
    ("Driven mainly by the change in demand", "Ratan Tata", "Tata", "say", "continuation"),
    ("That doesn't make a significant difference", "Vaishali Jajoo", "Jajoo", "say", "full"),
    ("And for the bottom line", "Vaishali Jajoo", "Jajoo", "say", "continuation"),
]
