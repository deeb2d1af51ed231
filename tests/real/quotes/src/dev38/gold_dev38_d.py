"""Hand annotations for four dev38 articles (Wikinews stories of 5 June 2006 to 26 August 2009,
each body one paragraph after the headline), decided by reading each article.

Annotator: one helper session (annotator "d" of dev38), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, no quote
or name finder run over the texts, the test splits not opened, no other annotator's dev38 module
opened). Read: data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and
the open calls of earlier sets, in particular the dev10, dev11 and dev12 paragraphs on Wikinews
stories and the dev33 to dev37 paragraphs), gold_dev11_a.py and gold_dev37_a.py as format
examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Joe Hockey" for
"Minister Hockey", "Radzi Sheikh Ahmad", "Raja Zulkepley Dahalan", "Hillary Rodham Clinton",
"Charles Schumer", "Barack Obama", "Ben Bernanke", "Christopher Dodd", "Jean-Claude Trichet"),
with the surname, pronoun or description nearest the quote in speaker_text; in a one-paragraph
Wikinews body a quote with its own attribution ("added Clinton", "Clinton added", "Raja
Zulkepley said") is full and only an unattributed later piece of the same speaker is
continuation (dev10); a whole clause after "said:" is full even in lower case (dev12/dev14); a
quote with no cue right after a paraphrase of one speaker is his, full (dev11/dev36); "was quoted
as saying by <outlet>" is the person's words (cue "say"); a bracketed edit opening the span stays
inside it (dev14); a statement whose author the article names is the author's (dev15/dev17); an
unnamed spokesperson resolves to the principal (README: unnamed office -> principal; dev19);
labels and terms no one is named as using are scare (dev7/dev12/dev24); single marks in a
double-mark article are not rows (the stray ' after "quoted as saying by" in the maids story).

Open calls:
- Charities: 'signed up to a government registry to "financially case manage" the most
  vulnerable unemployed' -> scare (the scheme's term in the reporter's voice, no one named as
  saying it). Alternative: the Government (Howard government), partial.
- Charities: 'those deemed "exceptionally vulnerable," will be eligible' -> scare (a category
  label of the rules with no reporting verb, dev7's "very high concern").
- Charities: 'a policy some believe is "unjust"' -> scare (no one named; "some" with "believe"
  is not a speaker). Alternative: "some", partial, cue "believe" (the charity whose name the
  text lost, and Tony Nicholson later, do call it unjust).
- Charities: 'It wants charities to assess a person's "essential" expenses' -> scare (a
  category of the rules in the reporter's sentence). Alternative: the Government, partial.
- Charities: 'Tony Nicholson said the policy was unjust. "First they suffer ..."' -> Tony
  Nicholson, full, cue "say" (quote with no verb right after his paraphrase).
- Charities: 'A spokesman for the Minister said the Government was trying to ensure "rents will
  be paid ..."' -> Joe Hockey (the Minister of the sentences before), partial; speaker_text "A
  spokesman for the Minister". Alternative: "a spokesman for the Minister" as written.
- Maids: 'Raja Zulkepley Dahalan, was quoted as saying by '.' (the outlet's name lost upstream)
  -> Raja Zulkepley Dahalan, full; the next quote with its own "Raja Zulkepley said" full; "he
  told The Star" full, and the unattributed next quote ("With these 19 agencies ...")
  continuation.
- Clinton: '"Hello Buffalo!" stated an enthusiastic Clinton', then an unattributed quote ("It is
  such a privilege ...") -> full, continuation. "said Clinton" after the sentences on governor
  DeWitt Clinton is Hillary Rodham Clinton (the senator speaking at the ceremony, "I am very proud
  to support the redevelopment").
- Bernanke: '"I am extremely pleased ...," read a statement by Jean-Claude Trichet' -> Jean-Claude
  Trichet, full, cue "statement"; the unattributed next quote continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-06-05-australian-charities-slam-new-welfare-rules"] = [
    # the scheme's term in the reporter's voice
    ("financially case manage", "", "", "", "scare"),
    # a category label of the rules, no reporting verb (dev7)
    ("exceptionally vulnerable,", "", "", "", "scare"),
    # "a policy some believe is": no one named as saying it
    ("unjust", "", "", "", "scare"),
    # "It wants charities to assess a person's": the rules' category, reporter's sentence
    ("essential", "", "", "", "scare"),
    # no verb, right after "Tony Nicholson said the policy was unjust."
    ("First they suffer an eight-week", "Tony Nicholson",
     "The executive director of the Brotherhood of St Laurence Tony Nicholson", "say", "full"),
    # lower-case clause after "said:": full
    ("the advertising campaign is part", "Joe Hockey", "Joe Hockey", "say", "full"),
    ("The Howard Government is investing", "Joe Hockey", "Minister Hockey", "say", "full"),
    # unnamed spokesman resolves to his principal, the Minister (Joe Hockey)
    ("rents will be paid", "Joe Hockey", "A spokesman for the Minister", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-06-22-maids-escape-from-high-rise-leads-crackdown"] = [
    ("The maid was supposed to be sent", "Radzi Sheikh Ahmad", "Home Minister Radzi Sheikh Ahmad",
     "say", "full"),
    ("They have until the end of this month", "Radzi Sheikh Ahmad", "Radzi", "say", "full"),
    # "was quoted as saying by '." (outlet's name lost upstream)
    ("We panicked when news", "Raja Zulkepley Dahalan", "the group's president, Raja Zulkepley Dahalan",
     "say", "full"),
    ("In addition to this, 12 of those", "Raja Zulkepley Dahalan", "Raja Zulkepley", "say", "full"),
    ("Almost every day, about 200 maids", "Raja Zulkepley Dahalan", "he", "tell", "full"),
    ("With these 19 agencies under", "Raja Zulkepley Dahalan", "he", "tell", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-07-03-hillary-clinton-attends-grand-opening-erie-canal"] = [
    ("Hello Buffalo!", "Hillary Rodham Clinton", "an enthusiastic Clinton", "state", "full"),
    # no verb of its own after the first quote: continuation
    ("It is such a privilege and joy", "Hillary Rodham Clinton", "an enthusiastic Clinton", "state",
     "continuation"),
    ("In a few minutes [I will] walk", "Hillary Rodham Clinton", "Clinton", "add", "full"),
    # bracketed edit opening the span stays inside it (dev14)
    ("[The original development] took", "Hillary Rodham Clinton", "Clinton", "add", "full"),
    # "said Clinton": the senator, not governor DeWitt Clinton of the sentences before
    ("I am very proud to support", "Hillary Rodham Clinton", "Clinton", "say", "full"),
    ("By reclaiming our past", "Charles Schumer", "Schumer", "state", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-08-26-obama-renominates-bernanke-us-central-banker"] = [
    ("The man next to me, Ben Bernanke", "Barack Obama", "the President", "say", "full"),
    ("Ben approached a financial system", "Barack Obama", "Obama", "add", "full"),
    ("We have been bold or deliberate", "Ben Bernanke", "Ben Bernanke", "say", "full"),
    ("There will be a thorough", "Christopher Dodd",
     "Senator Christopher Dodd, who is the chair of the Senate Banking Committee", "say", "full"),
    ("I expect many serious questions", "Christopher Dodd",
     "Senator Christopher Dodd, who is the chair of the Senate Banking Committee", "say",
     "continuation"),
    # "read a statement by Jean-Claude Trichet": the named author's words
    ("I am extremely pleased to learn", "Jean-Claude Trichet",
     "a statement by Jean-Claude Trichet, the President of the European Central Bank", "statement",
     "full"),
    ("We have had an excellent and very", "Jean-Claude Trichet",
     "a statement by Jean-Claude Trichet, the President of the European Central Bank", "statement",
     "continuation"),
]
