"""Hand annotations for four dev19 articles (VOA, 15 October to 30 November 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev19), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Robert McBurney", "Julie Adams",
"Ronald L. Rowe Jr.", "Ronald Kessler", "Paul Eckloff", "Gavin Newsom", "Karoline Leavitt",
"Elon Musk", "Mao Ning", "Katherine Swidan", "Harrison Li", "John Kamm", "Peter Humphrey");
pronouns and roles resolve to the person they point to; a named spokesperson is the speaker (Mao
Ning, Karoline Leavitt); an unnamed spokesperson of a body is the body (README, dev2); the later
piece of a split quote is continuation; a fragment woven into the reporter's sentence is partial,
also a whole sentence after "ruled that"/"said that" (dev8); a gloss of a foreign word and labels
in the reporter's own voice are scare (dev11, dev8); documents that are the subject of the verb
speak as the article names them (dev9, dev18); single marks nested inside double ones stay inside
the outer quote; mismatched straight/curly pairs (Newsom's statement) are kept as one span each.

Open calls:
- Georgia: 'he wrote, the law says a county election official's "concerns about fraud ..."' ->
  Robert McBurney (the words are his ruling's, describing the law; he is the one who wrote
  them), partial, cue "write"; not "Georgia law".
- Georgia: '..., he wrote, "any delay in receiving such information is not a basis ..."' -> a
  whole clause with its own "he wrote", full though lower case and after the reporter's
  "While ..." clause (dev14: whole clause after "However," with its own "he said" is full).
- Georgia: 'Georgia law says ... "shall" certify' -> "Georgia law" (a text that is the subject of
  the verb, as written), partial.
- Georgia: Julie Adams 'asked the judge to declare ... she is entitled to "full access" to
  "election materials."' -> Julie Adams (her suit's request), partial, cue "ask".
- Georgia: 'The Democratic National Committee and Democratic Party of Georgia ... called the
  ruling a "major legal win."' -> joint "Democratic National Committee; Democratic Party of
  Georgia" (the Harris campaign only supported them), partial.
- Secret Service: the panel is given under the name the article gives it, "Independent Review
  Panel" (Rowe's words), where the panel is the subject ("the panel warned", "it blasted", "the
  panel recommended"); where the report is the subject ("The report also urged") -> "the report";
  'multiple problems identified by the investigation, including "a troubling lack ..." and
  "corrosive ..."' -> "the investigation" as written (the agent of "identified"), partial.
- Secret Service: 'Without "fundamental reform," the panel warned, other attacks ... "can and
  will happen again."' -> both pieces fragments of the reporter's sentence, both partial.
- Secret Service: 'he cited the "do more with less" ethos' -> Ronald Kessler, partial, cue "cite"
  (a label inside his reported speech, dev9), not scare.
- Secret Service: 'Within the agency, Kessler said, "the way to be promoted has been, ..."' ->
  full (the quote is the whole clause; same call as the Georgia "he wrote" row).
- California: 'He called the state Legislature to convene ... to help "Trump-proof" state laws'
  -> Gavin Newsom's partial (a term inside his reported call, dev16 "energy czar"), cue "call".
- China swap: 'Records from the Federal Bureau of Prisons show ... "not in federal custody."' ->
  "Records from the Federal Bureau of Prisons" as written (twice), partial, cue "show".
- China swap: 'The FBI testified that his family had "important political connections," The
  Dallas Morning News reported' -> FBI (the first speaker of a relayed statement, dev13), partial.
- China swap: 'A spokesperson for the National Security Council ..., emphasizing that all
  Americans classified as "wrongfully detained Americans"' -> "White House National Security
  Council" (unnamed spokesperson -> the body, as the article names it in full), partial; the
  statement's "it said were "wrongfully detained"" likewise.
- China swap: 'Dui Hua, meaning "dialogue" in Chinese' -> scare (gloss); 'the growing trend of
  "hostage diplomacy."' in the reporter's voice -> scare; the advisory levels ("Reconsider
  Travel", "Exercise Increased Caution") -> scare (labels); 'Humphrey called this week's prisoner
  swap "capitulation to hostage diplomacy"' -> Peter Humphrey, partial.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-15-georgia-judge-rules-county-election-officials-must"] = [
    ("no election superintendent", "Robert McBurney", "Fulton County Superior Court Judge Robert McBurney", "rule", "partial"),
    ("any delay in receiving", "Robert McBurney", "he", "write", "full"),
    ("shall", "Georgia law", "Georgia law", "say", "partial"),
    ("full access", "Julie Adams", "Julie Adams, a Republican member of the Fulton County election board", "ask", "partial"),
    ("election materials.", "Julie Adams", "Julie Adams, a Republican member of the Fulton County election board", "ask", "partial"),
    ("concerns about fraud", "Robert McBurney", "he", "write", "partial"),
    ("major legal win.", "Democratic National Committee; Democratic Party of Georgia", "The Democratic National Committee and Democratic Party of Georgia", "call", "partial"),
    ("cannot be barred", "Julie Adams", "She", "statement", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-17-panel-urges-secret-service-overhaul-response-trump"] = [
    ("bureaucratic, complacent", "Independent Review Panel", "it", "blast", "partial"),
    ("the Secret Service does not perform", "Independent Review Panel", "it", "blast", "partial"),
    ("fundamental reform,", "Independent Review Panel", "the panel", "warn", "partial"),
    ("can and will happen again.", "Independent Review Panel", "the panel", "warn", "partial"),
    ("We respect the work", "Ronald L. Rowe Jr.", "Secret Service Acting Director Ronald L. Rowe Jr.", "say", "full"),
    ("We have already significantly", "Ronald L. Rowe Jr.", "Rowe", "say", "full"),
    ("an urgent need for fresh", "Independent Review Panel", "the panel", "cite", "partial"),
    ("be allowed to bring in", "Independent Review Panel", "the panel", "recommend", "partial"),
    ("a troubling lack of critical", "the investigation", "the investigation", "identify", "partial"),
    ("corrosive cultural attitudes", "the investigation", "the investigation", "identify", "partial"),
    ("shedding certain peripheral", "the report", "The report", "urge", "partial"),
    ("do more with less", "Ronald Kessler", "he", "cite", "partial"),
    ("It's a recipe for mediocrity", "Ronald Kessler", "he", "say", "full"),
    ("the way to be promoted", "Ronald Kessler", "Kessler", "say", "full"),
    ("In any organization, when", "Ronald Kessler", "he", "say", "full"),
    ("The report is indicative", "Paul Eckloff", "he", "tell", "full"),
    ("It would exacerbate problems", "Paul Eckloff", "Eckloff", "say", "full"),
    ("If the complaint about Secret", "Paul Eckloff", "Eckloff", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-25-california-governor-says-state-could-offer-electric"] = [
    ("Consumers continue to prove", "Gavin Newsom", "Newsom", "statement", "full"),
    ("We’re not turning back", "Gavin Newsom", "Newsom", "statement", "continuation"),
    ("Trump-proof", "Gavin Newsom", "He", "call", "partial"),
    ("including stopping attacks", "Karoline Leavitt", "Karoline Leavitt, a spokeswoman for Trump's transition team", "say", "partial"),
    ("When he takes office", "Karoline Leavitt", "she", "statement", "full"),
    ("insane", "Elon Musk", "Musk", "post", "partial"),
    ("stopping all of the GREAT", "Donald Trump", "Trump", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-30-who-were-prisoners-china-swap"] = [
    ("a fugitive who fled", "Mao Ning", "Chinese Foreign Ministry spokeswoman Mao Ning", "describe", "partial"),
    ("not in federal custody.", "Records from the Federal Bureau of Prisons", "Records from the Federal Bureau of Prisons", "show", "partial"),
    ("not in federal custody.", "Records from the Federal Bureau of Prisons", "Records from the Federal Bureau of Prisons", "show", "partial"),
    ("important political connections,", "FBI", "The FBI", "testify", "partial"),
    ("wrongfully detained", "White House National Security Council", "it", "say", "partial"),
    ("I feared I would never", "Katherine Swidan", "she", "tell", "full"),
    ("We thank President", "Harrison Li", "his son, Harrison Li", "say", "full"),
    ("But we also urge", "Harrison Li", "his son, Harrison Li", "say", "continuation"),
    ("dialogue", "", "", "", "scare"),
    ("We submitted 54 lists", "John Kamm", "Kamm", "tell", "full"),
    ("The process was arduous", "John Kamm", "Kamm", "tell", "continuation"),
    ("wrongfully detained Americans", "White House National Security Council", "A spokesperson for the National Security Council", "emphasize", "partial"),
    ("hostage diplomacy.", "", "", "", "scare"),
    ("There are at least 200", "John Kamm", "he", "say", "full"),
    ("They have never had a trial", "Peter Humphrey", "Humphrey", "say", "full"),
    ("capitulation to hostage", "Peter Humphrey", "Humphrey", "call", "partial"),
    ("Reconsider Travel", "", "", "", "scare"),
    ("Exercise Increased Caution", "", "", "", "scare"),
    ("The lowering of the travel", "John Kamm", "Kamm", "tell", "full"),
    ("China did not suddenly", "Peter Humphrey", "he", "tell", "full"),
    ("It has not become safer.", "Peter Humphrey", "he", "tell", "continuation"),
]
