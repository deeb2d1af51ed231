"""Hand annotations for four dev19 articles (VOA, 29 October to 16 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "b" of dev19), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Teri Garr", "Heidi Schaeffer",
"Chad Yeftich", "Pat Ryder", "Donald Trump", "Michael Waltz"); pronouns and roles resolve to the
person they point to ("she" -> Teri Garr, "he" -> Donald Trump, "the agency"/"the service" ->
Fish and Wildlife Service); the later piece of a split quote is continuation; a fragment woven
into the reporter's sentence is partial; a whole clause after "said" is full; show titles are
scare (dev13, dev17, dev18); single marks nested inside a double-mark quote ('Oh, my God, ...')
stay inside it; single-mark film titles in the Garr headline are not rows (double-mark article).

Open calls:
- Garr: 'Paul Feig calling her "truly one of my comedy heroes. I couldn't have loved her more"'
  -> Paul Feig, partial (object of "calling her", woven into the reporter's sentence although it
  holds a whole sentence); 'Cinco Paul saying: "Never the star, ..."' -> full (after a colon).
- Garr: 'Pauline Kael proclaiming her "the funniest neurotic dizzy dame on the screen."' ->
  Pauline Kael, partial, cue "proclaim".
- Lithium: '... U.S. wildlife experts who warned nearly two years ago that Tiehm's buckwheat was
  "in danger of extinction now"' inside "The new lawsuit says" -> the first speakers, as
  written, "U.S. wildlife experts" (dev13: relayed words are the first speaker's; unnamed
  speakers stay as written), not the lawsuit and not the Fish and Wildlife Service, partial.
- Lithium: 'Cave Spring ... described as "a site of intergenerational transmission ..."' in a
  sentence whose subject is "The lawsuit says" -> "the lawsuit", partial, cue "describe".
- Lithium: "the service", "the agency" and "in its August biological opinion" -> "Fish and
  Wildlife Service" (the name the article gives it twice; once "U.S. Fish and Wildlife
  Service"); 'the service said "this unit is essential ..."' is a whole clause after "said",
  full; the biological opinion's 'that while the project "will result in ..."' is woven after
  "that while", partial.
- Taiwan: '"China will closely monitor ...," said the statement.' -> "China’s Foreign Ministry"
  (the statement is the ministry's, named in the sentence before: dev6 an office's statement is
  the office's, dev17/dev18 a statement whose author the article names is the author's), cue
  "statement", full. The ministry is written as the article writes it (dev13 "South Korea’s
  foreign ministry"), with the article's curly apostrophe.
- Taiwan: 'The Chinese military also launched drills ... as a "stern warning" over what it called
  collusion between "separatists and foreign forces"' -> both "Chinese military", partial: the
  drills' label is the military's own term (dev15: a label inside a country's reported
  announcement is its partial), not a scare quote; cue "call" for both.
- Taiwan: 'Green said in an Instagram post' -> Josh Green, cue "say", full; 'Ed Case ... said on
  social media that he told the audience that "our ties ..."' -> Ed Case, partial.
- Drones: '"On any given day ...," Ryder said, and "99% of the time ..."' -> full and
  continuation (dev16: pieces joined by the reporter's "and").
- Drones: '"I'm not really a big mandate guy," he said, and asked rhetorically, "Why is the
  autism rate so high" in the United States' -> the second piece continuation (dev17/dev18:
  pieces joined by "adding,"/"but added:"), cue "ask", though the reporter finishes the sentence.
- Drones: 'He called much of Ukraine "a demolition site" ... "People can't go back there."' ->
  the unattributed sentence continues Trump's partial (dev10), continuation.
- Drones: 'told CBS' "Face the Nation"' -> scare (show title); "loose analogy" after "Ryder said,
  offering a" -> Pat Ryder's partial, not scare.
- Drones: "National Security spokesperson John Kirby" -> John Kirby (named spokesperson);
  "Air Force Major General Pat Ryder, the Pentagon spokesman" -> Pat Ryder.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-29-teri-garr-comic-actor-young-frankenstein-tootsie"] = [
    ("surrounded by family and friends", "Heidi Schaeffer", "publicist Heidi Schaeffer", "say", "partial"),
    ("truly one of my comedy heroes", "Paul Feig", "writer-director Paul Feig", "call", "partial"),
    ("Never the star, but always shining", "Cinco Paul", "screenwriter Cinco Paul", "say", "full"),
    ("Cher had this German woman", "Teri Garr", "Garr", "recall", "full"),
    ("the funniest neurotic dizzy dame", "Pauline Kael", "New Yorker film critic Pauline Kael", "proclaim", "partial"),
    ("I was afraid that I wouldn't get work", "Teri Garr", "she", "explain", "full"),
    ("People hear MS and think", "Teri Garr", "she", "explain", "continuation"),
    ("You have to find your center", "Teri Garr", "she", "say", "full"),
    ("Just trying to explain to people", "Teri Garr", "she", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-03-nevada-lithium-mine-will-crush-rare-plant"] = [
    ("in danger of extinction now\"", "U.S. wildlife experts", "U.S. wildlife experts", "warn", "partial", "in danger of extinction now"),
    ("One cannot save the planet", "Fermina Stevens", "Fermina Stevens, director of the Western Shoshone Defense Project", "say", "full"),
    ("The use of minerals", "John Hadder", "John Hadder, director of the Great Basin Resource Watch", "say", "full"),
    ("vigorously defend", "Chad Yeftich", "Ioneer Vice President Chad Yeftich", "say", "partial"),
    ("which was based on its careful", "Chad Yeftich", "Ioneer Vice President Chad Yeftich", "say", "partial"),
    ("We are confident that the BLM", "Chad Yeftich", "Yeftich", "say", "full"),
    ("a site of intergenerational", "the lawsuit", "The lawsuit", "describe", "partial"),
    ("this unit is essential", "Fish and Wildlife Service", "the service", "say", "full"),
    ("We find that a threatened species", "Fish and Wildlife Service", "the agency", "conclude", "full"),
    ("will result in the long-term", "Fish and Wildlife Service", "The Fish and Wildlife Service", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-01-taiwan-s-president-meets-hawaii-s-governor"] = [
    ("strongly condemned", "China’s Foreign Ministry", "China’s Foreign Ministry", "say", "partial"),
    ("China will closely monitor", "China’s Foreign Ministry", "the statement", "statement", "full"),
    ("Together, we extended a warm aloha", "Josh Green", "Green", "say", "full"),
    ("our ties endured on shared values", "Ed Case", "U.S. Rep. Ed Case, a Democrat who represents Honolulu in Congress", "tell", "partial"),
    ("stern warning", "Chinese military", "The Chinese military", "call", "partial"),
    ("separatists and foreign forces", "Chinese military", "it", "call", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-16-trump-pentagon-spar-over-drone-secrecy"] = [
    ("for some reason", "Donald Trump", "U.S. President-elect Donald Trump", "contend", "partial"),
    ("Our military knows", "Donald Trump", "Trump", "tell", "full"),
    ("Our assessment at this stage", "John Kirby", "National Security spokesperson John Kirby", "tell", "full"),
    ("no evidence at this time", "Pat Ryder", "Air Force Major General Pat Ryder, the Pentagon spokesman", "tell", "partial"),
    ("We are sensitive to the fact", "Pat Ryder", "Ryder", "add", "full"),
    ("loose analogy", "Pat Ryder", "Ryder", "offer", "partial"),
    ("On any given day", "Pat Ryder", "Ryder", "say", "full"),
    ("99% of the time", "Pat Ryder", "Ryder", "say", "continuation"),
    ("The point being is that", "Pat Ryder", "Ryder", "say", "full"),
    ("There are thousands of drones", "Pat Ryder", "Ryder", "say", "continuation"),
    ("Face the Nation", "", "", "", "scare"),
    ("We need to get to the bottom", "Michael Waltz", "Republican Representative Michael Waltz of Florida", "tell", "full"),
    ("It's really the opposite of hostile", "Donald Trump", "he", "say", "full"),
    ("I've spoken to over 100 countries", "Donald Trump", "he", "say", "continuation"),
    ("I'm not really a big mandate guy", "Donald Trump", "he", "say", "full"),
    ("Why is the autism rate so high", "Donald Trump", "he", "ask", "continuation"),
    ("are paying so much more", "Donald Trump", "He", "question", "partial"),
    ("a demolition site", "Donald Trump", "He", "call", "partial"),
    ("People can't go back there", "Donald Trump", "He", "call", "continuation"),
    ("very corrupt", "Donald Trump", "Trump", "call", "partial"),
    ("Tariffs will make our country rich", "Donald Trump", "he", "contend", "full"),
]
