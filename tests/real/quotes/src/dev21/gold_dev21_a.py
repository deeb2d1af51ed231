"""Hand annotations for four dev21 articles (VOA, 17 October to 14 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev21), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Kelly Ortberg", "Eep Bolaño",
"Jayant Menon", "Aat Pisanwanich", "Deborah Elms", "Donald Trump", "Ni Jinfang", "Chen
Chuangchuang"); pronouns and roles resolve to the person they point to ("Boeing's CEO" -> Kelly
Ortberg); the later piece of a split quote is continuation; a new paragraph with its own "he
added"/"she added" is full (dev9); a fragment woven into the reporter's sentence is partial, also
a quote that opens the sentence but whose subject the reporter supplies (dev15/dev20, '"is most
certainly not a victory," said Eep Bolaño'); a whole utterance after a colon is full (dev13);
documents that are the subject of the verb speak as the article names them ("the report", "the
review"; dev9, dev18, dev19); a legal term in the reporter's voice is scare (dev20 "material
support"); an unnamed source stays as written ("another Chinese immigrant"); single marks nested
inside double ones stay inside the outer quote ('the locals have that area covered', Xi's
'law enforcement cooperation'); the single-marked headline words 'fundamental reform' are no row
(README: single marks in a double-mark article); mixed straight/curly pairs are kept as the text
has them (dev20).

Open calls:
- Secret Service panel: the panel is given as "Independent Review Panel", the name the article
  gives it (only inside its own letter, paragraph 7), following dev19's call on a report of the
  same panel, wherever the panel is the subject ("the panel said/noted/wrote/cited"); where the
  report is the subject ("the report said") -> "the report".
- Secret Service panel: '"The Secret Service as an agency requires fundamental reform ...," the
  authors wrote Secretary Alejandro Mayorkas ... in a letter accompanying their report' -> the
  panel, "Independent Review Panel" (speaker_text "the authors"), full, cue "write"; the second
  piece ("Without that reform, the Independent Review Panel believes ...") continuation. The four
  members named in the last paragraph (Mark Filip; David Mitchell; Janet Napolitano; Frances
  Fragos Townsend) would be the alternative joint speaker; kept as the panel because the article
  treats the authors as the panel throughout and names the members only afterwards.
- Secret Service panel: 'The review also found ... a culture of doing "more with less."' -> "the
  review" (the subject of "found", as written), partial, cue "find".
- Secret Service panel: 'the panel faulted ... for what they called a "lack of ownership."' ->
  the panel, partial, cue "call"; 'Before the Butler rally the agent had only done "minimal
  previous site advance work ..."' (no verb, right after "The panel said the agent graduated
  ...") -> the panel, partial.
- Boeing: '"It is time for our members ...," the union district said' -> "IAM District 751" (the
  name the article gives the district in the paragraph before), full; its second sentence
  continuation.
- Southeast Asia: 'If that happens, "the speed of relocation will increase, ..." said Jayant
  Menon' -> partial (lower-case clause finishing the reporter's conditional sentence).
- Southeast Asia: 'Trump called Vietnam "almost the single worst abuser"' -> Donald Trump, partial.
- Chinese migrants: the DHS statement pieces ('said the flight "is yet another example ..."',
  'It added that ... "also continue joint work ..."') -> "U.S. Department of Homeland Security",
  partial, cue "statement"/"add".
- Chinese migrants: 'put in jail for 171 days for the crime of "disturbing public order."' ->
  scare (a charge's name in the reporter's voice, dev20 "material support"; no account-giver).
- Chinese migrants: the unnamed migrant in New York -> "another Chinese immigrant" (the head of
  the description as written; the whole description runs on "who entered the United States last
  year via the same route as Duan ...").
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-17-panel-looking-into-trump-assassination-attempt-says"] = [
    ("more with less.", "the review", "The review", "find", "partial"),
    ("The Secret Service as an agency requires", "Independent Review Panel", "the authors", "write", "full"),
    ("Without that reform", "Independent Review Panel", "the authors", "write", "continuation"),
    ("The failure to secure a complex", "the report", "the report", "say", "full"),
    ("Relying on a general understanding", "Independent Review Panel", "The panel", "say", "full"),
    ("This created, at the highest level", "Independent Review Panel", "The panel", "cite", "full"),
    ("chaotic mixture", "Independent Review Panel", "The panel", "note", "partial"),
    ("do more with less.", "Independent Review Panel", "The panel", "say", "partial"),
    ("To be clear, the Panel", "Independent Review Panel", "the panel", "write", "full"),
    ("back-and-forth", "Independent Review Panel", "The panel", "note", "partial"),
    ("lack of ownership.", "Independent Review Panel", "the panel", "call", "partial"),
    ("minimal previous site advance", "Independent Review Panel", "The panel", "say", "partial"),
    ("In the Panel's opinion", "the report", "the report", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-05-boeing-workers-accept-contract-end-more-than"] = [
    ("While the past few months", "Kelly Ortberg", "Ortberg", "say", "full"),
    ("We will only move forward", "Kelly Ortberg", "Ortberg", "say", "continuation"),
    ("a couple of weeks", "Kelly Ortberg", "Boeing's CEO", "say", "partial"),
    ("most certainly not a victory", "Eep Bolaño", "Eep Bolaño, a Boeing calibration specialist based in Seattle", "say", "partial"),
    ("We were threatened by a company", "Eep Bolaño", "Bolaño", "say", "full"),
    ("It is time for our members", "IAM District 751", "the union district", "say", "full"),
    ("We believe asking members", "IAM District 751", "the union district", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-27-promise-peril-southeast-asia-trump-s-tariff"] = [
    ("the speed of relocation will increase", "Jayant Menon", "Jayant Menon, a senior fellow at Singapore’s ISEAS-Yusof Ishak Institute", "say", "partial"),
    ("What that means is a world", "Jayant Menon", "he", "add", "full"),
    ("Countries that can closely replicate", "Jayant Menon", "Menon", "say", "full"),
    ("Other countries can benefit", "Jayant Menon", "Menon", "say", "continuation"),
    ("come to Thailand and other ASEAN", "Aat Pisanwanich", "he", "say", "partial"),
    ("almost the single worst abuser", "Donald Trump", "Trump", "call", "partial"),
    ("That’s put Vietnam quite high", "Deborah Elms", "Elms", "say", "full"),
    ("That would present a real problem", "Deborah Elms", "Elms", "say", "full"),
    ("dusting off", "Deborah Elms", "she", "say", "partial"),
    ("Whether they execute those", "Deborah Elms", "she", "add", "full"),
    ("There are so many factors", "Deborah Elms", "she", "add", "continuation"),
    ("In the short term, of course", "Jayant Menon", "Menon", "say", "full"),
    ("But eventually, as these things", "Jayant Menon", "Menon", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-14-illegal-chinese-immigrants-uneasy-conducts-fourth-china"] = [
    ("My wife has lost a lot of weight", "Ni Jinfang", "her husband, Ni Jinfang", "tell", "full"),
    ("Our daughter cried so much", "Ni Jinfang", "her husband, Ni Jinfang", "tell", "continuation"),
    ("is yet another example", "U.S. Department of Homeland Security", "the U.S. Department of Homeland Security (DHS)", "statement", "partial"),
    ("also continue joint work", "U.S. Department of Homeland Security", "It", "add", "partial"),
    ("In the past, China rarely", "Chen Chuangchuang", "Chen", "tell", "full"),
    ("China has recently exchanged", "Chen Chuangchuang", "Chen", "tell", "continuation"),
    ("disturbing public order.", "", "", "", "scare"),
    ("After he takes office", "another Chinese immigrant", "he", "say", "full"),
    ("The ones with green cards", "another Chinese immigrant", "he", "say", "continuation"),
    ("Although I don't like this result", "another Chinese immigrant", "he", "say", "full"),
    ("real threat.", "Chen Chuangchuang", "Immigration lawyer Chen", "say", "partial"),
    ("The Republicans have already occupied", "Chen Chuangchuang", "he", "say", "full"),
    ("We can say with absolute certainty", "Chen Chuangchuang", "he", "say", "continuation"),
    ("For those who have a deportation order", "Chen Chuangchuang", "Chen", "say", "full"),
]
