"""Hand annotations for four dev27 articles (VOA, 13 November to 30 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "b" of dev27), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen, the test split not
opened, the other annotator's module not opened), following data/gold/README.md ("who speaks")
and the conventions and open calls recorded in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Steven B. Kamin", "Marcus Noland",
"Chandni Raina", "Pedro Luis Pedroso", "Wopke Hoekstra", "Gillian Hamilton", "Joe Biden",
"Kamala Harris", "Christiane Hoffmann", "Elon Musk", "Eva Marie Kogel", "Jan Philipp Burgard");
pronouns and roles resolve to the person they point to; the later piece of a split quote is
continuation; a new paragraph with its own "he said"/"Kamin added" is full (dev9); a fragment
woven into the reporter's sentence, or a whole clause after "that", is partial (dev8/dev24); a
label inside someone's reported words is theirs (dev22/dev23); unnamed speakers stay as written;
single marks in these double-mark articles (‘most’, ‘willingness, ...’ in the COP29 report) are
no rows.

Open calls:
- Economists: 'Trump ... has promised ... to undertake a "mass deportation" program' -> Donald
  Trump, partial, cue "promise" (a label inside his reported promises, dev22/dev23; speaker_text
  "The once-and-future president"). Alternative: scare (a standing policy label, as dev3_a once
  marked "mass deportations").
- Economists: Kamin's "That, eventually, ..." and Noland's "These people ..." / "Some modeling
  ..." / "The reason is ..." paragraphs each have their own verb -> full (dev9), their second
  pieces continuation.
- COP29: "insulting." after 'some national representatives calling ...' -> "some national
  representatives" as written, partial; "Bolivia’s negotiator called the deal "insulting"" ->
  "Bolivia’s negotiator" as written (curly apostrophe as in the text), partial.
- COP29: Hoekstra's "ambitious" and "achievable." after "calling the target amount" -> two
  partial rows, both Wopke Hoekstra.
- COP29: Mohammed Adow's paragraph ('”This COP has been a disaster ...,” said Mohammed Adow ...
  ”It’s a betrayal ...”') opens both pieces with a closing curly mark. goldtool.spans counts only
  " and “ as opening marks, so these two quotes are no double-mark spans and cannot be given rows;
  were they rows, they would be Mohammed Adow, full, then continuation.
- Biden/Harris: '"You're not going anywhere kid. ..." Biden said to Harris.' -> Joe Biden, full.
- Musk: 'She did, however, say that "it is indeed the case ..."' -> Christiane Hoffmann, partial
  (a whole clause after "that").
- Musk: the verbless quote paragraph after 'the technology billionaire challenged in his opinion
  piece the party's public image.' -> Elon Musk, full (a paragraph that is only a quote after a
  paraphrase of the speaker's words, dev14), cue "challenge".
- Musk: Burgard "wrote that while ... may be correct "his therapeutic approach ..."" -> Jan
  Philipp Burgard, partial.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-13-economists-wonder-whether-trump-will-follow-through"] = [
    ("mass deportation", "Donald Trump", "The once-and-future president", "promise", "partial"),
    ("The problem that all economists", "Steven B. Kamin",
     "Steven B. Kamin, a senior fellow at the conservative-leaning American Enterprise Institute",
     "tell", "full"),
    ("They don't know if he's going", "Steven B. Kamin", "Steven B. Kamin", "tell", "continuation"),
    ("The real concern for folks", "Steven B. Kamin", "he", "say", "full"),
    ("That, eventually, should lead", "Steven B. Kamin", "Kamin", "add", "full"),
    ("But when the debt will reach", "Steven B. Kamin", "Kamin", "add", "continuation"),
    ("If you take lots of people", "Marcus Noland", "Noland", "tell", "full"),
    ("These people are not distributed", "Marcus Noland", "he", "say", "full"),
    ("They're concentrated in agriculture", "Marcus Noland", "he", "say", "continuation"),
    ("Some modeling that I worked on", "Marcus Noland", "he", "warn", "full"),
    ("The reason is that you would", "Marcus Noland", "he", "say", "full"),
    ("Investment would fall", "Marcus Noland", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-25-nations-un-climate-talks-agree-300b-year"] = [
    ("insulting.", "some national representatives", "some national representatives", "call", "partial"),
    ("We are extremely disappointed", "Chandni Raina", "Indian negotiator Chandni Raina", "say", "full"),
    ("abysmal.", "Chandni Raina", "who", "call", "partial"),
    ("environmental colonialism", "Pedro Luis Pedroso", "Her Cuban counterpart, Pedro Luis Pedroso",
     "describe", "partial"),
    ("insulting", "Bolivia’s negotiator", "Bolivia’s negotiator", "call", "partial"),
    ("COP29 will be remembered", "Wopke Hoekstra", "top EU climate negotiator Wopke Hoekstra", "say", "full"),
    ("ambitious", "Wopke Hoekstra", "top EU climate negotiator Wopke Hoekstra", "call", "partial"),
    ("achievable.", "Wopke Hoekstra", "top EU climate negotiator Wopke Hoekstra", "call", "partial"),
    ("insufficient,", "Gillian Hamilton",
     "Independent South African climate consultant Gillian Hamilton", "call", "partial"),
    ("Developed nations should have shown", "Gillian Hamilton", "Hamilton", "tell", "full"),
    ("The biggest emitters need", "Gillian Hamilton", "Hamilton", "tell", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-16-biden-harris-thank-donors-urge-them-stay"] = [
    ("We all get knocked down", "Joe Biden", "Biden", "say", "full"),
    ("The measure of a person", "Joe Biden", "Biden", "say", "continuation"),
    ("You rallied, you opened", "Kamala Harris", "Harris", "say", "full"),
    ("You put your personal capital", "Kamala Harris", "Harris", "say", "continuation"),
    ("We could never have gotten", "Joe Biden", "Biden", "say", "full"),
    ("You not only contributed", "Joe Biden", "Biden", "say", "continuation"),
    ("You're not going anywhere kid", "Joe Biden", "Biden", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-30-german-government-seeks-downplay-musk-s-backing"] = [
    ("Freedom of expression also includes", "Christiane Hoffmann",
     "government spokesperson Christiane Hoffmann", "say", "full"),
    ("it is indeed the case", "Christiane Hoffmann", "She", "say", "partial"),
    ("The Alternative for Germany (AfD) is", "Elon Musk", "Musk", "write", "full"),
    ("can lead the country", "Elon Musk", "He", "say", "partial"),
    ("The portrayal of the AfD", "Elon Musk", "the technology billionaire", "challenge", "full"),
    ("I always enjoyed leading", "Eva Marie Kogel", "Eva Marie Kogel", "write", "full"),
    ("his therapeutic approach", "Jan Philipp Burgard", "who", "write", "partial"),
]
