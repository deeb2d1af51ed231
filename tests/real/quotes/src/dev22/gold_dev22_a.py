"""Hand annotations for four dev22 articles (VOA, 15 October to 1 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev22), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Teddy Willey", "Vicky Boesch",
"Gordon Cochran", "Larry Krasner", "Chris Gober", "Chris Young", "John Summers", "Elon Musk",
"Donald Trump", "Kash Patel", "William Barr", "Bill Hagerty", "Ted Cruz", "Mike Rounds", "Chris
Murphy", "Omar Hamdan"); pronouns and roles resolve to the person they point to; the later piece
of a split quote is continuation; a new paragraph with its own "X said" is full (dev9); a piece
joined by "adding," is continuation (dev17, dev21); a whole utterance after "said," or a colon is
full; a fragment woven into the reporter's sentence is partial, also a lower-case clause that
finishes the reporter's sentence before "X said" (dev21, Jayant Menon); TV show titles are scare
(dev18: "Meet the Press", "Face the Nation."); an unnamed official stays as written ("a State
Department official", dev7/dev17); "a State Department statement" is the State Department (dev6:
"a Taliban statement" is the Taliban); single marks nested inside double ones stay inside the
outer quote ('America First' inside Trump's words, Willey's 'You know what, ...'); mixed
straight/curly pairs are kept as the text has them (dev20).

Open calls:
- Leaf-peepers: '"Once you're there, you just take it in," Willey said.' is a new paragraph with
  its own attribution after a paraphrase -> full, not continuation.
- Musk sweepstakes: 'Musk's lawyers, in closing arguments, called it "core political speech"' ->
  "Musk's lawyers" as written (a group of unnamed lawyers; not Chris Gober, who is named only as
  one Musk lawyer elsewhere), partial, cue "call".
- Musk sweepstakes: 'Summers grilled him on Musk's use of both the words "chance" and
  "randomly,"' -> Elon Musk, partial, cue "use" (words a person used are his partials, dev11
  "coglioni"; both words were quoted from Musk earlier: "randomly" in his vow, "chance" in his
  post). Alternative: scare (words mentioned, not spoken, in the examination).
- Musk sweepstakes: 'In the lawsuit, he said the defendants are "indisputably violating" ...' ->
  Larry Krasner (the subject "he"), not "the lawsuit", partial.
- Musk sweepstakes: '"They couldn't really reveal ..., right?" asked Krasner lawyer John Summers.'
  -> John Summers, full, cue "ask"; Young's '"Sounds right," Young said.' -> Chris Young, full.
- Patel: 'vowing to clean out the "deep state" at the FBI' -> Kash Patel, partial, cue "vow" (a
  term inside someone's reported vow is his partial, dev16 "energy czar"), not scare.
- Patel: 'saying he "is a brilliant lawyer, ..."' -> Donald Trump, partial (the reporter supplies
  the subject).
- Patel: Hagerty's '"represents the type of change ... cleaned out."' (told NBC's "Meet the
  Press" that Patel ...) -> partial (finishes the reporter's "that Patel" clause) though it runs
  on into a whole sentence; the next paragraph's '"There are serious problems ...," Hagerty said.'
  full and its second piece continuation.
- Patel: Rounds: '"Every president wants ..."' after "said," full; 'But he called Wray "a very
  good man,"' partial; 'adding, "I don't have any complaints ..."' continuation.
- Sudan: the unnamed official -> "a State Department official" for both of his quotes (the second
  is introduced as "the State Department official"; the description kept as first written, as the
  same person).
- Sudan: 'In a meeting the council said was "lengthy, comprehensive, and frank,"' and '"The U.S.
  envoy presented ...," the statement said.' (the statement by the country's sovereign council) ->
  "Sudan's sovereign council" (the name the article gives it in paragraph 27; the statement speaks
  as the body named as its author, dev17/dev19), partial and full.
- Sudan: 'Perriello discussed "the need to cease fighting, ..." a State Department statement
  said.' -> "State Department", partial (the words are the statement's summary, not Perriello's).
- Sudan: 'While the U.S. would continue ..., "right now, I think there's ..." the State
  Department official said' -> partial (lower-case clause finishing the reporter's sentence, as
  dev21 did with Jayant Menon), though it reads as a whole spoken sentence; full is the
  alternative.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-15-leaf-peepers-are-flocking-see-new-england"] = [
    ("Leaf-peeping is one of", "Teddy Willey", "Teddy Willey", "say", "full"),
    ("You don’t have to have the athleticism", "Teddy Willey", "Teddy Willey", "say", "continuation"),
    ("Once you’re there", "Teddy Willey", "Willey", "say", "full"),
    ("We came out to the Northeast", "Vicky Boesch", "she", "say", "full"),
    ("The leaves were very pretty", "Vicky Boesch", "she", "say", "full"),
    ("beautiful ride", "Gordon Cochran", "Gordon Cochran", "say", "partial"),
    ("Personally, no.", "Teddy Willey", "he", "say", "full"),
    ("I’ll be driving somewhere", "Teddy Willey", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-04-pennsylvania-judge-musk-s-1-million-day"] = [
    ("designed to actually influence", "Larry Krasner", "District Attorney Larry Krasner", "call", "partial"),
    ("The $1 million recipients are not", "Chris Gober", "Gober", "say", "full"),
    ("We know exactly who", "Chris Gober", "Gober", "say", "continuation"),
    ("feel out their personality", "Chris Young", "Chris Young", "testify", "partial"),
    ("core political speech", "Musk's lawyers", "Musk's lawyers", "call", "partial"),
    ("We're going to be awarding", "Elon Musk", "Musk", "vow", "full"),
    ("They couldn't really reveal", "John Summers", "Krasner lawyer John Summers", "ask", "full"),
    ("Sounds right,", "Chris Young", "Young", "say", "full"),
    ("a daily chance of winning", "Elon Musk", "Musk", "post", "partial"),
    ("chance", "Elon Musk", "Musk's", "use", "partial"),
    ("randomly,", "Elon Musk", "Musk's", "use", "partial"),
    ("the word I would have selected.", "Chris Young", "Young", "concede", "partial"),
    ("This was all a political marketing", "Larry Krasner", "Krasner", "testify", "full"),
    ("That's what it is.", "Larry Krasner", "Krasner", "testify", "continuation"),
    ("They were scammed", "Larry Krasner", "Krasner", "say", "full"),
    ("It has almost unlimited use.", "Larry Krasner", "Krasner", "say", "continuation"),
    ("the heartbeat of America PAC,", "John Summers", "Krasner's lawyer, John Summers", "say", "partial"),
    ("He was the one who presented", "John Summers", "Summers", "say", "full"),
    ("indisputably violating", "Larry Krasner", "he", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-01-trump-nominates-former-aide-kash-patel-head"] = [
    ("is a brilliant lawyer", "Donald Trump", "Trump", "say", "partial"),
    ("deep state", "Kash Patel", "Patel", "vow", "partial"),
    ("over my dead body.", "William Barr", "then-Attorney General William Barr", "say", "partial"),
    ("badly broken", "Donald Trump", "Trump", "say", "partial"),
    ("lost the confidence of America.", "Donald Trump", "Trump", "say", "partial"),
    ("Meet the Press", "", "", "", "scare"),
    ("represents the type of change", "Bill Hagerty", "Senator Bill Hagerty", "tell", "partial"),
    ("There are serious problems at the FBI,", "Bill Hagerty", "Hagerty", "say", "full"),
    ("The American public knows it.", "Bill Hagerty", "Hagerty", "say", "continuation"),
    ("very strong nominee", "Ted Cruz", "Ted Cruz", "say", "partial"),
    ("All of the weeping", "Ted Cruz", "Cruz", "tell", "full"),
    ("Face the Nation.", "", "", "", "scare"),
    ("Every president wants people", "Mike Rounds", "Senator Mike Rounds", "say", "full"),
    ("a very good man,", "Mike Rounds", "he", "call", "partial"),
    ("I don't have any complaints", "Mike Rounds", "he", "add", "continuation"),
    ("Patel's only qualification", "Chris Murphy", "Senator Chris Murphy", "tell", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-19-sudan-envoy-meets-army-chief-burhan-first"] = [
    ("We feel an enormous amount", "a State Department official", "a State Department official", "say", "full"),
    ("lengthy, comprehensive, and frank,", "Sudan's sovereign council", "the council", "say", "partial"),
    ("The U.S. envoy presented", "Sudan's sovereign council", "the statement", "say", "full"),
    ("the need to cease fighting", "State Department", "a State Department statement", "statement", "partial"),
    ("right now, I think", "a State Department official", "the State Department official", "say", "partial"),
    ("They do not listen to any language", "Omar Hamdan", "Brigadier General Omar Hamdan", "say", "full"),
]
