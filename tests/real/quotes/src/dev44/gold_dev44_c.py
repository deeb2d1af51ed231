"""Hand annotations for five dev44 articles (Wikinews economy stories of 2006-05-09 to 2009-12-14),
decided by reading each article.

Annotator: one helper session (annotator "c" of dev44), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev44 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev10, dev11, dev12 and dev38 to dev43 paragraphs on Wikinews
stories), the dev38_a and dev43_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. No source text of these
five lacks a closing mark.

Conventions followed: full names as the article gives them, titles dropped ("Kevin Russell", "Ruth
Dyson", "Sue Bradford", "Martin Taylor", "Andy Stern", "Rose Ann DeMoro", "Dave Regan", "Orest
Holubec", "Dino Kronfol"), an organisation by its name as the article gives it ("California Nurses
Association", "International Labor Organization"), a document that is the subject of the reporting
verb by the description as written ("the report"), with the surname, pronoun or description
nearest the quote in speaker_text; each Wikinews body is one paragraph, so a quote with its own
attribution ("said Mr Russell", "Kronfol said", "Ms Bradford said:") is full and only an
unattributed later piece of the same speaker is continuation (dev10/dev38); a whole utterance after
"said:" is full (dev16/dev17); a whole sentence after "that" or a fragment woven into the
reporter's sentence is partial (dev8/dev43); a label inside someone's reported words is theirs,
partial (dev9/dev22); a product or brand name no one is named as using is scare (dev39).

Open calls:
- 3 CDMA: the headline's "3 CDMA" and the body's 'the "3" mobile network', 'the "3" network' ->
  scare (the brand's name in the reporter's voice).
- 3 CDMA: '"Customer demand ... strong," he said. "It is clear that customers want more from their
  mobile service," "With a critical mass ... 2G network" said Mr Russell.' -> full (he said),
  continuation (the unattributed middle piece, which ends in a comma and no verb), full (its own
  "said Mr Russell", dev10). Alternative: the middle piece full, attributed by the later "said Mr
  Russell".
- Ohio unions: 'Andy Stern, the service president is quoted as saying, "nothing more than a flimsy
  cover for out-and-out union busting ..."' -> Andy Stern, partial, cue "say" (a bare noun phrase
  with no subject, though it follows "saying," as dev12's "recommended,"). Alternative: full.
- Ohio unions: 'The California Nurses Association, said it dispatched organizers ... because in
  its view the unionization efforts were part of a "sweetheart deal".' -> California Nurses
  Association, partial (a label inside the body's reported words). Alternative: scare.
- Ohio unions: '"As for the future," DeMoro said, "no election is planned."' -> full, then
  continuation (an ordinary split quote).
- Ohio unions: 'Dave Regan ... called the nurses union's conduct as, "Their conduct is ...," Mr.
  Regan said.' -> Dave Regan, full, cue "say" (a whole utterance; the garbled "called ... as,"
  changes nothing).
- ILO: '"By the end of 2008 ...," the report states.' and '"When governments design ...," the
  report concluded.' -> "the report" as written (the subject of the verb, a document quoted on its
  own), the unattributed sentence after each a continuation; 'the report predicts that "earnings
  ..."', 'The report says that ... could be in "vulnerable employment"' and 'It also asks
  governments to address the "negative social consequences of globalization" ... other
  "vulnerable groups"' -> the report, partial (cues "predict", "say", "ask"). Alternative:
  International Labor Organization (the report's author, named as issuing it).
- ILO: '"Globalization combined ...," the ILO says. "It is important ..."' -> International Labor
  Organization, full, then continuation (the article names the agency, not the report, here).
- ILO: 'This will only worsen in 2009, according to the ILO. "Taking into account that a wage and
  salary job ..."' (no verb of its own) -> International Labor Organization, full, cue "according
  to" (a quote with no verb after the paraphrase of one speaker is that speaker's, dev11/dev40).
  Alternative: the report.
- Dubai: '"If the restructuring actually deals with Dubai's contingent liabilities," Kronfol said,
  "as a long-term solution, ..."' -> Dino Kronfol, full, then continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-05-09-australian-3-cdma-customers-have-90-days"] = [
    ("3 CDMA", "", "", "", "scare"),
    ("3", "", "", "", "scare"),
    ("Customer demand to move to 3G", "Kevin Russell", "he", "say", "full"),
    # unattributed middle piece, no verb of its own
    ("It is clear that customers want more", "Kevin Russell", "he", "say", "continuation"),
    # its own "said Mr Russell" (dev10)
    ("With a critical mass of our 2G customers", "Kevin Russell", "Mr Russell", "say", "full"),
    ("3", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-12-18-minimum-wage-be-increased-new-zealand"] = [
    ("The boost in the minimum wage", "Ruth Dyson", "Ms Dyson", "say", "full"),
    ("There is no better time", "Sue Bradford",
     "Sue Bradford, spokesperson for the Greens' Industrial Relations", "say", "full"),
    ("The rise announced today", "Sue Bradford", "Ms Bradford", "say", "full"),
    ("If more funding is not made available", "Martin Taylor",
     "Martin Taylor, chief executive officer", "say", "full"),
    ("We believe caregiving", "Martin Taylor", "Mr Taylor", "say", "full"),
    ("With four months till the changes", "Ruth Dyson", "Ms Dyson", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-03-12-unions-battle-ohio-over-hospital-workers"] = [
    # a bare noun phrase after "quoted as saying,": partial (dev12)
    ("nothing more than a flimsy cover", "Andy Stern",
     "Andy Stern, the service president", "say", "partial"),
    ("sweetheart deal", "California Nurses Association",
     "The California Nurses Association", "say", "partial"),
    ("a rigged scam", "Rose Ann DeMoro", "She", "call", "partial"),
    ("This was a top-down deal", "Rose Ann DeMoro", "Ms. DeMoro", "say", "full"),
    ("There was a gag order", "Rose Ann DeMoro", "Ms. DeMoro", "say", "continuation"),
    ("As for the future,", "Rose Ann DeMoro", "DeMoro", "say", "full"),
    ("no election is planned.", "Rose Ann DeMoro", "DeMoro", "say", "continuation"),
    ("a significant victory for employee rights.", "Rose Ann DeMoro", "She", "say", "partial"),
    ("Their conduct is indistinguishable", "Dave Regan", "Mr. Regan", "say", "full"),
    ("It violates every principle", "Dave Regan", "Mr. Regan", "say", "continuation"),
    ("They were doing exactly", "Orest Holubec", "Mr. Holubec", "say", "full"),
    ("They poisoned the well", "Orest Holubec", "Mr. Holubec", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-01-29-global-economy-could-lose-up-51-million"] = [
    ("By the end of 2008 working poverty", "the report", "the report", "state", "full"),
    ("If the recession deepens in 2009", "the report", "the report", "state", "continuation"),
    ("earnings and other conditions", "the report", "the report", "predict", "partial"),
    # no verb of its own, after "according to the ILO" (dev11/dev40)
    ("Taking into account that a wage", "International Labor Organization", "the ILO",
     "according to", "full"),
    ("vulnerable employment", "the report", "The report", "say", "partial"),
    ("Globalization combined with rapid", "International Labor Organization", "the ILO", "say", "full"),
    ("It is important for workers and employers", "International Labor Organization", "the ILO",
     "say", "continuation"),
    ("negative social consequences", "the report", "It", "ask", "partial"),
    ("vulnerable groups", "the report", "It", "ask", "partial"),
    ("When governments design fiscal stimulus", "the report", "the report", "conclude", "full"),
    ("In the world, there remains", "the report", "the report", "conclude", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-12-14-dubai-receives-bailout-from-abu-dhabi"] = [
    ("This is not something that is going", "Dino Kronfol", "Kronfol", "say", "full"),
    ("It's going to involve restructuring", "Dino Kronfol", "Kronfol", "say", "continuation"),
    ("If the restructuring actually deals", "Dino Kronfol", "Kronfol", "say", "full"),
    ("as a long-term solution", "Dino Kronfol", "Kronfol", "say", "continuation"),
]
