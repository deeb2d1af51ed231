"""Hand annotations for five dev44 articles (Wikinews economy stories of 2005-12-21 to 2009-09-19),
decided by reading each article.

Annotator: one helper session (annotator "b" of dev44), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev44 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev10, dev11, dev12 and dev38 to dev43 paragraphs on Wikinews
stories), the dev38_a and dev43_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article that is a quote has a row, except
the one quote whose closing mark the source leaves out (below), which has none, as the brief asks.

Conventions followed: full names as the article gives them, titles dropped ("John Bartlett",
"David Brown", "Hugh Chapman", "Andrew Cutler", "Carl Levin", "Roger C. Hochschild", "Ryan
Schneider", "Bruce L. Hammonds", "Norm Coleman", "Ken Gamble"), organisations by their names
("NRMA", "British Gas", "EDF Energy", "Scottish Power", "Office of Gas and Electricity Markets"
for Ofgem, as dev43 wrote "Food and Drink Federation"), a document that is the subject of the
reporting verb or quoted "according to" under the description as written ("the report", "the
email"), with the surname, pronoun or description nearest the quote in speaker_text; each
Wikinews body is one paragraph, so a quote with its own attribution ("he added") is full and only
an unattributed later piece of the same speaker is continuation (dev10/dev38); a whole utterance
after "said:", "stated:", "agreed:" or "commented:" is full, also a whole clause after "said" in
lower case (dev12) and after "According to X" (dev39); a whole sentence after "that" is partial
(dev8/dev43); a label inside someone's reported words is theirs, partial (dev9/dev38 "do over");
nested single marks stay inside the quote; a hearing's title, a nickname and a name in marks are
scare (dev7/dev11); an unnamed spokesperson of an organisation speaks for it (guideline, dev43); a
named spokesperson is the speaker (Andrew Cutler).

Missing closing mark (no row, as the brief asks; the tool, pairing marks left to right, then lists
one span as unannotated):
- Energy: 'a study by Consumer Focus in early September 2009 suggested that "energy companies were
  overcharging customers by £100 ($162) every year. A spokesperson for Ofgem said ... The
  spokesperson commented: "It is up to ...' -- no mark closes the Consumer Focus quote (most likely
  after "every year."). Read by hand it is "a study by Consumer Focus" (a document that is the
  subject of the verb), partial, cue "suggest". The tool lists the span "energy companies were
  overcharging ... The spokesperson commented: " as unannotated. The Ofgem spokesperson's quote
  that follows ("It is up to the companies ... in 2009.") does have a row: its opening mark is the
  one the tool takes as closing the unclosed span, and goldtool.build finds it by its snippet.
  Alternative (dev37/dev41 practice): a row with the exact text "energy companies were
  overcharging customers by £100 ($162) every year. ".

Open calls:
- NRMA: the headline 'NRMA stands by "unsafe" smash repair system' -> "the report", partial, no
  cue (the report's word, which the body quotes from it next: 'found that NRMA's online repair
  tendering system was "unsafe"'; dev12/dev41, words a speaker goes on to use are his, and dev42's
  headline partial). Alternative: scare.
- NRMA: 'The report by the New South Wales Government's Staysafe committee found that ...
  "unsafe"', 'The report ... found that "[The] system of allocating ..."' and 'According to the
  report "the system would lead to ..."' -> speaker "the report" (the subject of the verb, not the
  committee; dev9/dev14), the first two partial (after "that"), the third full (a whole clause
  after "According to", dev39), cues "find", "according to".
- NRMA: 'According to committee member and Port Stephens MP John Bartlett the vehicles were "being
  repaired to the standard of a brick ..."' -> John Bartlett, partial, cue "according to".
- NRMA: 'According to NRMA, only minor "cosmetic" repairs are put through the system' -> NRMA,
  partial, cue "according to" (a label inside the insurer's reported words, as dev38's "do over").
  Alternative: scare.
- NRMA: 'David Brown ... said this of the report: "[W]e totally reject ..."' -> David Brown, full
  (the bracketed edit stays inside, dev14).
- Monorail: 'said that it could be "...economically feasible." And that the monorail would be "a
  real opportunity."' -> Hugh Chapman, partial both (the second sentence has no verb of its own
  and hangs on "said that"; its own fragment, not a continuation of a split utterance).
- Monorail: Andrew Cutler's quote after "said:" is worded in the third person ("SkyCabs had
  briefed some council staff ...") -> still his, full (the named spokesman, not the council).
- Credit cards: 'held a hearing titled "Credit Card Practices: Unfair Interest Rate Increases."'
  -> scare (a title).
- Credit cards: 'Roger C. Hochschild disagreed, arguing that "every card transaction is ... This
  makes it difficult ..."' -> partial, cue "argue" (after "that", lower case, even with a second
  sentence inside the marks, dev43).
- Credit cards: 'Ryan Schneider, agreed: "The ability ..."' -> full, cue "agree".
- Credit cards: '"Attempts to interfere ...," warned Bruce Hammonds. "Risk-based pricing ...," he
  added.' -> Bruce L. Hammonds (the full name the article gives earlier), both full (the second
  has its own "he added", dev10).
- Credit cards: 'Committee members criticized the industry for varying practices. Included in the
  criticism was ... and "ambushing" card-holders with raised rates.' -> "Committee members",
  partial, cue "criticize" (a word inside the members' reported criticism, dev9). Alternative:
  scare.
- Credit cards: 'Norm Coleman said, "families find themselves ..."' -> full (a whole clause after
  "said," in lower case, dev12).
- Olympics: '"The story's always the same," Gamble said, "it's an 'unfortunate mistake' ..."' ->
  Ken Gamble, full then continuation (the nested single marks stay inside).
- Olympics: 'an email from someone named "Alan Scott"' -> scare (a name, likely an alias, in
  marks; dev7's pseudonym).
- Olympics: 'The email recommended that customers should contact their credit card companies to
  seek refunds "immediately"' -> "the email", partial, cue "recommend" (a thing carrying words,
  subject of the verb, speaks as written, dev12). Alternative: "Alan Scott" (its signer).
- Energy: 'The companies, which are nicknamed the "big six"' and 'The "big six" energy companies'
  -> scare both (a nickname).
- Energy: 'Ofgem have said: "Our analysis shows ..."' -> Office of Gas and Electricity Markets
  (the name the article gives it, "the Office of Gas and Electricity Markets (Ofgem)"), full.
- Energy: 'Scottish & Southern Energy commented: "With forward annual ..."' -> speaker "Scottish
  and Southern Energy" (the company's name as the article first gives it in its list of the big
  six), speaker_text "Scottish & Southern Energy" as the clause writes it, full, cue "comment".
- Energy: 'A spokesperson for Ofgem said that there was no evidence ... The spokesperson
  commented: "It is up to the companies ... Consumer Focus data suggests ... in 2009."' -> Office
  of Gas and Electricity Markets (an unnamed spokesperson of the organisation), full, cue
  "comment"; the whole span up to the last mark, the Consumer Focus figures included, is the
  spokesperson's as the marks stand.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-12-21-nrma-stands-unsafe-smash-repair-system"] = [
    # headline: the report's word, quoted from it in the body (alternative: scare)
    ("unsafe", "the report", "The report", "", "partial"),
    ("unsafe", "the report",
     "The report by the New South Wales Government's Staysafe committee", "find", "partial"),
    # a whole sentence after "found that": partial
    ("[The] system of allocating damaged", "the report", "The report", "find", "partial"),
    ("being repaired to the standard of a brick", "John Bartlett",
     "committee member and Port Stephens MP John Bartlett", "according to", "partial"),
    # a whole clause after "According to the report": full (dev39)
    ("the system would lead to cost cutting", "the report", "the report", "according to", "full"),
    # a label inside the insurer's reported words (dev38 "do over")
    ("cosmetic", "NRMA", "NRMA", "according to", "partial"),
    ("[W]e totally reject the findings", "David Brown",
     "David Brown, head of claims and assessments at NRMA", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-11-29-new-zealand-company-planning-monorail-wellington"] = [
    ("...economically feasible.", "Hugh Chapman",
     "The chief executive of SkyCabs, Hugh Chapman", "say", "partial"),
    # "And that the monorail would be ..." hangs on the same "said that"
    ("a real opportunity.", "Hugh Chapman",
     "The chief executive of SkyCabs, Hugh Chapman", "say", "partial"),
    ("SkyCabs' cabs could run in opposite", "Hugh Chapman", "Mr Chapman", "say", "full"),
    ("Potentially, if we can prove it works", "Hugh Chapman", "Mr Chapman", "say", "full"),
    ("SkyCabs had briefed some council staff", "Andrew Cutler",
     "Andrew Cutler, spokesman for the greater Wellington regional council", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-12-05-us-senate-committee-investigates-credit-card-practices"] = [
    # the hearing's title
    ("Credit Card Practices: Unfair Interest", "", "", "", "scare"),
    ("Today's focus is on credit card issuers", "Carl Levin",
     "Subcommittee Chairman Carl Levin", "say", "full"),
    # after "arguing that", lower case: partial (dev43)
    ("every card transaction is a new extension", "Roger C. Hochschild",
     "Roger C. Hochschild", "argue", "partial"),
    ("The ability to modify the terms", "Ryan Schneider", "Ryan Schneider", "agree", "full"),
    ("Attempts to interfere with the market", "Bruce L. Hammonds", "Bruce Hammonds", "warn", "full"),
    # its own "he added": full (dev10)
    ("Risk-based pricing has democratized", "Bruce L. Hammonds", "he", "add", "full"),
    # a word inside the committee members' reported criticism (alternative: scare)
    ("ambushing", "Committee members", "Committee members", "criticize", "partial"),
    ("families find themselves ensnared", "Norm Coleman",
     "Ranking minority member of the subcommittee, Norm Coleman", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-08-07-online-buyers-conned-fake-olympics-ticket-web"] = [
    ("The story's always the same,", "Ken Gamble", "Gamble", "say", "full"),
    ("it's an 'unfortunate mistake'", "Ken Gamble", "Gamble", "say", "continuation"),
    # a name (likely an alias) in marks
    ("Alan Scott", "", "", "", "scare"),
    ("immediately", "the email", "The email", "recommend", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-09-19-uk-energy-companies-announce-that-prices-bills"] = [
    ("big six", "", "", "", "scare"),
    ("Our analysis shows that based on", "Office of Gas and Electricity Markets", "Ofgem", "say", "full"),
    ("big six", "", "", "", "scare"),
    ("Prices [are] likely to remain", "British Gas", "British Gas", "state", "full"),
    ("[We] would of course be prepared", "EDF Energy", "EDF Energy", "say", "full"),
    ("There are no immediate signals", "Scottish Power", "Scottish Power", "state", "full"),
    ("With forward annual wholesale prices", "Scottish and Southern Energy",
     "Scottish & Southern Energy", "comment", "full"),
    # "energy companies were overcharging customers ... every year. " -- the source leaves out its
    # closing mark; no row, as the brief asks (see docstring)
    ("It is up to the companies themselves", "Office of Gas and Electricity Markets",
     "The spokesperson", "comment", "full"),
]
