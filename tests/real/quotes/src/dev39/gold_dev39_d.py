"""Hand annotations for four dev39 articles (Wikinews economy stories of 2006-06-28 to 2009-11-06),
decided by reading each article.

Annotator: one helper session (annotator "d" of dev39), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev39 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11, dev12 and dev38 paragraphs on Wikinews stories and the dev34 to dev37
paragraphs), the dev38_a and dev11_a gold modules as format examples, goldtool.py and
make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("John Robertson",
"Kevin Andrews", "Ambrose Evans-Pritchard", "Hans Redeker", "Wolf Blitzer", "Alan Greenspan",
"Jim Rogers", "Henry Paulson", "George W. Bush", "Richard Franulovich", "James Shugg", "Barack
Obama"), with the surname, pronoun or description nearest the quote in speaker_text; each
Wikinews body is one paragraph, so a quote with its own attribution is full and only an
unattributed later piece of the same speaker is continuation (dev10); a whole clause after
"said" is full even in lower case (dev12); a whole sentence after "that" is partial even with a
capital (dev8/dev24); unnamed officials and analysts stay as written (dev7); a law's quoted
wording goes to the law, partial (dev33); an event's name is scare (dev35).

Open calls:
- Sydney: 'as part of a "National Day of Action" to "protect worker's rights at work" according
  to unions' -> "National Day of Action" scare (the event's name, dev35); "protect worker's
  rights ..." -> "unions", partial, cue "according to". Alternative: the name too is the unions'.
- Sydney: 'Many of the workers were joined by their families, chanting to the federal government
  "Your workplace changes have to go."' -> "many of the workers; their families" jointly (the
  chanting participle hangs on both), full, cue "chant" (a whole sentence after the verb, as a
  whole clause after "said"). Alternative: partial, as dev10/dev12 chants.
- Dollar: 'According to Ambrose Evans-Pritchard, ..., "it's a signal that ..."' -> full, cue
  "according to" (a whole clause after the attribution and comma, lower case, as dev12's
  "said"). Alternative: partial.
- Dollar: 'Redeker points out that "Saudi Arabia has $800bn ..."' -> Hans Redeker, partial, cue
  "point out" (a whole sentence after "that").
- Dollar: 'Saudi central bank officials said that "appropriate measures" would be taken' ->
  "Saudi central bank officials", partial (unnamed officials as written).
- Dollar: 'threats by China to interfere with the U.S. economy, calling it their nation's
  "nuclear option"' -> China, partial, cue "call". Alternative: scare.
- Shares: 'The US Treasury described the government's bail-out plan in a press release ... It
  said that "The U.S. Treasury Department today announced ..."' -> "US Treasury" (the subject of
  "described"; "It" read as the Treasury whose release it is, as dev9's company report "by" it),
  partial (a whole sentence after "that"), cue "say". Alternative: "a press release".
- Shares: 'President George W. Bush ... said "this is a pivotal moment ..."' -> full (a whole
  clause after "said", lower case).
- Shares: 'the Gold Reserve Act of 1934, which gives the Treasury the permission "to deal in
  gold, ..."' -> "Gold Reserve Act of 1934", partial, cue "give" (the law's wording, dev33).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-06-28-western-sydney-rallies-against-governments-workplace-reforms"] = [
    # the event's name (dev35): scare
    ("National Day of Action", "", "", "", "scare"),
    ("protect worker's rights at work", "unions", "unions", "according to", "partial"),
    # chanted by the workers and the families who joined them; a whole sentence after the verb
    ("Your workplace changes have to go.", "many of the workers; their families",
     "Many of the workers were joined by their families", "chant", "full"),
    ("These laws are direct attacks", "John Robertson", "Mr Robertson", "say", "full"),
    ("It's in the suburbs and regional Australia", "John Robertson", "Mr Robertson", "say", "continuation"),
    ("The reality is that most people", "Kevin Andrews", "Mr Andrews", "say", "full"),
    ("Part of the way we have done that", "Kevin Andrews", "Mr Andrews", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-09-20-fears-grow-about-u-s-dollar-stability"] = [
    ("too little, too late", "some analysts", "Some analysts", "say", "partial"),
    # a whole clause after "According to X," (lower case): full, as after "said" (dev12)
    ("it's a signal that the oil-rich", "Ambrose Evans-Pritchard",
     "Ambrose Evans-Pritchard, International Business Editor for The Daily Telegraph",
     "according to", "full"),
    # a whole sentence after "that": partial (dev8/dev24)
    ("Saudi Arabia has $800bn", "Hans Redeker", "Redeker", "point out", "partial"),
    ("appropriate measures", "Saudi central bank officials", "Saudi central bank officials", "say", "partial"),
    ("If adjustable mortgage rates go up", "Wolf Blitzer", "CNN anchor Wolf Blitzer", "say", "full"),
    ("double digits", "Alan Greenspan", "Former Federal Reserve chief Alan Greenspan", "say", "partial"),
    ("If Ben Bernanke starts running", "Jim Rogers",
     "Jim Rogers, the economic commentator and former partner of George Soros", "state", "full"),
    ("nuclear option", "China", "China", "call", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-09-19-shares-worldwide-surge-due-us-government-plan"] = [
    # "It" = the US Treasury of the sentence before (its press release); after "that": partial
    ("The U.S. Treasury Department today announced", "US Treasury", "It", "say", "partial"),
    ("to restore confidence in our markets", "Henry Paulson", "He", "say", "partial"),
    # a whole clause after "said", lower case: full (dev12)
    ("this is a pivotal moment", "George W. Bush", "President George W. Bush", "say", "full"),
    # the law's wording (dev33)
    ("to deal in gold", "Gold Reserve Act of 1934", "the Gold Reserve Act of 1934", "give", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-11-06-us-unemployment-rate-surpasses-10"] = [
    ("It's pretty disappointing overall", "Richard Franulovich",
     "economic analyst Richard Franulovich at the Westpac financial services company", "say", "full"),
    ("It is a lot easier for firms", "James Shugg", "Shugg", "say", "full"),
    ("I think we are still at that point", "James Shugg", "Shugg", "say", "continuation"),
    ("We are just not where we need to be yet", "Barack Obama", "he", "say", "full"),
]
