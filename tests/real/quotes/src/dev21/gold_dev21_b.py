"""Hand annotations for four dev21 articles (VOA, 30 October to 18 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "b" of dev21), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Bill Nelson", "Sue Gough", "Paul
Pillar", "Larry Pfeiffer", "Wes Moore", "Tina Wyatt", "Frances Brown", "Cameron Hudson", "Michael
Walsh", "Elise Stefanik", "Raja Krishnamoorthi", "Carlos Gimenez", "Brandon Karr", "Marco
Rubio"); pronouns and roles resolve to the person they point to; a named spokesperson is the
speaker (Sue Gough, Brandon Karr); unnamed sources stay as written ("a former national security
prosecutor"); the later piece of a split quote is continuation, and so is a paragraph that
continues a quote left open at the end of the previous paragraph, even when it repeats "he said"
(dev3, dev4, dev8 precedents); a new paragraph with its own "He added," after a closed quote is
full (dev9); a whole utterance after "saying:" is full (dev16); a piece joined by "adding," is
continuation (dev17); names and labels in the reporter's own voice are scare (dev11, dev18);
single marks nested inside double ones stay inside the outer quote; single-marked headline words
('general') are no row (README: single marks in a double-mark article); mismatched curly/straight
pairs are kept as goldtool pairs them.

Open calls:
- Musk/Putin: '"I don't know that that story is true," Nelson said, adding, if it is, "I think
  that would be concerning ..."' -> second piece continuation, cue "add" (dev17: a piece joined by
  "adding," is continuation; dev11_b had called such a piece full).
- Musk/Putin: Pfeiffer's paragraph ends inside an open quote ("... bought, cajoled or coerced.")
  and the next paragraph opens with a mark and its own "he said" -> both the second piece of the
  first paragraph and the next paragraph are continuation (same quote run on; dev3_b/dev8_b).
- Musk/Putin: the unnamed "former national security prosecutor, who spoke to VOA on the condition
  of anonymity" -> "a former national security prosecutor" as written for all his rows (later
  "the former prosecutor" in speaker_text); each new paragraph with its own "the former prosecutor
  said" is full.
- Angola: 'U.S. President Joe Biden is "excited" ..., a top White House official told VOA' ->
  Frances Brown (the official is named in the very next sentence, which repeats "He is excited"
  and "told VOA"; dev13: a speaker named in the next sentence is that name), partial.
- Angola: 'Brown ..., saying: "he never shies away ..."' -> full (a whole utterance after
  "saying:", though in lower case).
- Angola: 'in the West African "coup belt."' -> scare (a label in the reporter's voice).
- Drones: the FCC's "Covered List." -> scare (a list's name).
- Drones: 'DJI representatives told VOA that the moves "suggest protectionism ..."' and the next
  paragraph's '"Our drones have enabled ...," wrote DJI representatives.' -> "DJI representatives"
  as written (unnamed representatives kept as written, like unnamed officials; dev7/dev15); the
  first is partial (clause after "that", the reporter supplies the subject), the second full with
  its own cue "write".
- Drones: 'People "just want drones, ..." said Rubio' -> Marco Rubio, partial (the reporter
  supplies "People"); the next piece continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
N = "a former national security prosecutor"
GOLD["voa-2024-10-30-concerns-about-musk-putin-conversations-still-cause"] = [
    ("I think it should be investigated", "Bill Nelson", "NASA administrator Bill Nelson", "tell", "full"),
    ("I don’t know that that story", "Bill Nelson", "Nelson", "say", "full"),
    ("I think that would be concerning", "Bill Nelson", "Nelson", "add", "continuation"),
    ("We have seen the reporting", "Sue Gough", "Defense Department spokesperson Sue Gough", "tell", "full"),
    ("[We] would refer you", "Sue Gough", "Gough", "say", "full"),
    ("We expect everyone", "Sue Gough", "she", "say", "full"),
    ("There is no doubt that Russia", "Paul Pillar", "Paul Pillar, a former senior CIA officer who now teaches at Georgetown University", "say", "full"),
    ("Russia would regard a wealthy", "Paul Pillar", "he", "say", "full"),
    ("It does get the spider-sense", "Larry Pfeiffer", "he", "tell", "full"),
    ("If the reports of Musk", "Larry Pfeiffer", "Pfeiffer", "say", "full"),
    # second piece, left open at the paragraph end
    ("Russia under Putin will cultivate", "Larry Pfeiffer", "Pfeiffer", "say", "continuation"),
    # the next paragraph continues the open quote (it repeats "he said")
    ("Putin has equal opportunity", "Larry Pfeiffer", "he", "say", "continuation"),
    ("Americans are allowed to talk", N, "a former national security prosecutor, who spoke to VOA on the condition of anonymity", "say", "full"),
    ("There's no inherent limitation", N, "a former national security prosecutor", "say", "continuation"),
    ("For a businessman, there may be", N, "the former prosecutor", "say", "full"),
    ("It's when a businessman", N, "the former prosecutor", "say", "continuation"),
    ("It is one of those unfair things", N, "the former prosecutor", "say", "full"),
    ("Someone who has unique value", N, "the former prosecutor", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-11-abolitionist-harriet-tubman-posthumously-named-general-veterans"] = [
    ("Today, we celebrate a soldier", "Wes Moore", "Moore", "say", "full"),
    ("Today we celebrate one of the greatest", "Wes Moore", "Moore", "say", "continuation"),
    ("She knew that in order", "Wes Moore", "Moore", "say", "full"),
    ("She knew that leadership", "Wes Moore", "Moore", "say", "continuation"),
    ("Aunt Harriet was one of those", "Tina Wyatt", "Wyatt", "say", "full"),
    ("She is a selfless person", "Tina Wyatt", "Wyatt", "say", "continuation"),
]

# ---------------------------------------------------------------------------
B = "Frances Brown"
GOLD["voa-2024-12-01-biden-makes-historic-1st-visit-president-angola"] = [
    # the "top White House official" is named in the next sentence
    ("excited", B, "a top White House official", "tell", "partial"),
    ("He is excited and really", B, "Frances Brown, senior director for African affairs at the National Security Council", "tell", "full"),
    ("I think the president really sees", B, "Frances Brown", "tell", "continuation"),
    ("He sees Angola as the perfect", B, "she", "say", "full"),
    ("I think coming, as it does", "Cameron Hudson", "Cameron Hudson, a senior fellow in the Africa Program at the Center for Strategic and International Studies", "tell", "full"),
    # whole utterance after "saying:"
    ("he never shies away", B, "Brown", "say", "full"),
    ("They're trying to, you know", "Michael Walsh", "he", "say", "full"),
    ("That provides them with", "Michael Walsh", "He", "add", "full"),
    ("coup belt.", "", "", "", "scare"),
    ("I think he wants to leave behind", B, "she", "say", "full"),
    ("And I think he wants to convey", B, "she", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-18-senate-vote-bill-that-fuels-possibility-chinese"] = [
    ("Covered List.", "", "", "", "scare"),
    ("DJI drones pose the national", "Elise Stefanik", "Stefanik", "say", "full"),
    ("This Chinese-controlled company", "Elise Stefanik", "Stefanik", "say", "continuation"),
    ("These Chinese-manufactured drones", "Raja Krishnamoorthi", "Krishnamoorthi", "say", "full"),
    ("We have to go a little cold turkey", "Carlos Gimenez", "Gimenez", "say", "full"),
    ("You have to look for other suppliers", "Carlos Gimenez", "Gimenez", "say", "continuation"),
    ("Generally speaking, over 90%", "Brandon Karr", "Karr", "say", "full"),
    ("So in the event that a bill", "Brandon Karr", "Karr", "say", "continuation"),
    ("There's not a law enforcement entity", "Brandon Karr", "he", "say", "full"),
    ("a huge vulnerability", "Marco Rubio", "Republican Senator Marco Rubio", "call", "partial"),
    ("just want drones", "Marco Rubio", "Rubio, President-elect Donald Trump’s pick for secretary of state in the next administration", "say", "partial"),
    ("We need to help incentivize", "Marco Rubio", "Rubio", "say", "continuation"),
    ("suggest protectionism", "DJI representatives", "DJI representatives", "tell", "partial"),
    ("Our drones have enabled", "DJI representatives", "DJI representatives", "write", "full"),
]
