"""Hand annotations for four dev42 articles (Wikinews economy stories of 2005-12-12 to 2009-02-25),
decided by reading each article.

Annotator: one helper session (annotator "b" of dev42), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev42 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev10, dev11, dev12 and dev38 to dev41 paragraphs on Wikinews
stories), the dev38_a and dev41_b gold modules as format examples (and the dev12 and dev41_a rows
on flyers and signs), goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article that is a quote has a row, except
the one quote whose closing mark the source leaves out (below), which has none, as the brief asks.

Conventions followed: full names as the article gives them, titles dropped ("Kenzo Sasaki",
"Elizabeth Tang", "Han Dongfang", "Joo Jei-jun", "Yang Kyeong-kyoo", "Kelvin Thomson", "Trevor
Flugge", "Ed Schafer", "Steve Mendell", "Ben Bernanke"), organisations by the name the article
spells out ("Food Safety and Inspection Service", "United States Department of Agriculture"), with
the surname, pronoun or description nearest the quote in speaker_text; each Wikinews body is one
paragraph, so a quote with its own attribution ("he added", "said Schafer") is full and only an
unattributed later piece of the same speaker is continuation (dev10/dev38); a quote with no verb
right after the speaker's own paraphrase with its own verb is full (dev14/dev36/dev38/dev40/dev41);
a fragment after "that" or "as" woven into the reporter's sentence is partial; a thing carrying
words that is the subject of the verb speaks as written (dev12's flyers, dev41's sign); single
marks in an article that quotes with double marks are not annotated (the Bernanke headline's
'may last into 2010').

Open calls:
- Hong Kong: 'Joo Jei-jun ... told reporters, "We will be escalating the level of struggle on
  December 17. "Any hindrance to our freedom of expression ... affirmative manner," he added.' ->
  the source leaves out the mark closing the first quote (most likely a quote that ended a
  paragraph before the copy merged them). As the brief asks, that quote ("We will be escalating
  ... December 17.") has no row; "Any hindrance ..." is Joo Jei-jun's, full (its own "he added").
  The tool's left-to-right pairing therefore lists three spans as unannotated: "We will be
  escalating ... December 17. " (the real quote left without a row), " he added. Yang Kyeong-kyoo
  ... tactics. " and " he said." (both between quotes, quoting nothing). Alternative (dev37/dev41
  practice): a row with the exact text "We will be escalating the level of struggle on December
  17.", Joo Jei-jun, full, cue "tell".
- Hong Kong: 'protesters with signs reading "Junk the WTO" and "Life is not for sale"' -> "signs",
  partial, cue "read" (a thing carrying words that is the subject of the verb, dev12/dev41).
  Alternatives: the protesters (whose signs they are), or scare (slogans, dev8).
- Hong Kong: Yang Kyeong-kyoo's '"But generally, ...," he said.' after his paraphrase -> full.
- Wheat: Kelvin Thomson's three quotes, the first two with no verb after his paraphrase "said the
  inquiry was set up ...", the third with "said Mr Thomson" -> full (after his paraphrase),
  continuation (unattributed), full (its own attribution, dev10). The first keeps "rorted" inside.
- Meat: 'the cattle had not received "complete and proper inspection."' in the sentence whose
  subject is the FSIS ("had determined that ...") -> Food Safety and Inspection Service, partial,
  cue "determine" (Schafer later repeats the FSIS finding in the same words). Alternative: Ed
  Schafer, or scare.
- Meat: 'Class II, which the USDA describes as "a health hazard situation ..."' -> United States
  Department of Agriculture, partial, cue "describe"; 'The USDA stressed that it is "extremely
  unlikely" ...' -> the same, partial, cue "stress".
- Meat: Schafer's '"On February 8, ...," said Schafer.' right after his '"We continue ...," said
  Secretary Schafer in a press release.' -> full (its own attribution), speaker Ed Schafer, not
  the press release (he is the subject of "said").
- Meat: Steve Mendell's second piece "We have taken swift action ... training." (unattributed,
  runs over three sentences) -> continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-12-12-demonstration-hong-kong-denounces-wto"] = [
    # a thing carrying words, subject of "reading" (dev12 flyers, dev41 sign)
    ("Junk the WTO", "signs", "signs", "read", "partial"),
    ("Life is not for sale", "signs", "signs", "read", "partial"),
    ("We feel very frustrated", "Kenzo Sasaki",
     "Kenzo Sasaki, owner of a 20-cow dairy farm north of Tokyo", "say", "full"),
    ("Our main message is for food", "Kenzo Sasaki", "Kenzo Sasaki", "say", "continuation"),
    ("People all over the world", "Elizabeth Tang", "Tang", "say", "full"),
    ("The WTO is a double-edged sword", "Han Dongfang", "Han", "say", "full"),
    ("Chinese workers have no right", "Han Dongfang", "Han", "say", "continuation"),
    # "We will be escalating the level of struggle on December 17. " -- the source leaves out its
    # closing mark; no row, as the brief asks (see docstring)
    ("Any hindrance to our freedom", "Joo Jei-jun", "he", "add", "full"),
    # after his paraphrase, with its own "he said"
    ("But generally, we will mobilize", "Yang Kyeong-kyoo", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-11-25-australian-wheat-kickback-report-handed-governor-general"] = [
    # after his paraphrase "Kelvin Thomson said ...", no verb of its own: full
    ("The inquiry has been given rorted", "Kelvin Thomson",
     "Opposition spokesman for Public Accountability, Kelvin Thomson", "say", "full"),
    ("The Opposition expressly raised", "Kelvin Thomson", "Kelvin Thomson", "say", "continuation"),
    # its own attribution "said Mr Thomson": full (dev10)
    ("So all along, the Howard Government", "Kelvin Thomson", "Mr Thomson", "say", "full"),
    ("My public life is obviously over", "Trevor Flugge", "Mr Flugge", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-02-17-california-meat-packing-firm-recalls-143m-pounds"] = [
    ("complete and proper inspection.", "Food Safety and Inspection Service",
     "The USDA's Food Safety and Inspection Service (FSIS)", "determine", "partial"),
    ("a health hazard situation", "United States Department of Agriculture", "the USDA",
     "describe", "partial"),
    ("Today [Friday], the San Bernardino", "Ed Schafer", "Schafer", "say", "full"),
    ("It is regrettable that these animals", "Ed Schafer", "Schafer", "say", "continuation"),
    ("We continue to conduct a thorough", "Ed Schafer", "Secretary Schafer", "say", "full"),
    # its own attribution "said Schafer": full (dev10)
    ("On February 8, our Office", "Ed Schafer", "Schafer", "say", "full"),
    ("Because the cattle did not receive", "Ed Schafer", "Secretary Schafer", "explain", "full"),
    ("Words cannot accurately express", "Steve Mendell",
     "Steve Mendell, President, Westland Meat Co. and Hallmark Meat Packing", "say", "full"),
    ("We have taken swift action", "Steve Mendell", "Steve Mendell", "say", "continuation"),
    ("extremely unlikely", "United States Department of Agriculture", "The USDA", "stress",
     "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-02-25-fed-chairman-bernanke-says-us-recession-may"] = [
    ("may last into 2010.", "Ben Bernanke", "Federal Reserve Chairman Ben Bernanke", "say",
     "partial"),
    ("It is essential that we continue", "Ben Bernanke", "Bernanke", "say", "full"),
    ("If actions taken by the administration", "Ben Bernanke", "Bernanke", "say", "continuation"),
    ("This outlook for economic activity", "Ben Bernanke", "he", "say", "full"),
    ("committed to using all available tools", "Ben Bernanke", "Bernanke", "say", "partial"),
]
