"""Hand annotations for four dev23 articles (VOA, 30 October to 14 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "b" of dev23), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Paul Rosen", "Lin Jian", "Stephen
Ezell", "Daniel Gonzales", "Kelly Dittmar", "Linda Fowler", "Erin Vilardi", "Jon Finer", "Dmitry
Peskov", "Antony Blinken", "Volodymyr Zelenskyy", "Bruna Santos", "Ian Krager", "Michael
McCaul"); pronouns and roles resolve to the person they point to; a named spokesperson is the
speaker (Lin Jian, Dmitry Peskov, Ian Krager); the later piece of a split quote is continuation;
a new paragraph with its own "X said" is full (dev9); a whole utterance before "X said" is full,
a fragment woven into the reporter's sentence is partial, also a whole sentence quoted after
"that" (dev8); a whole clause after "However," with its own "X told VOA" is full though in lower
case (dev14); a document that is the subject of the verb speaks as the article names it (dev9,
dev18); a label inside someone's reported speech is that speaker's partial (dev9, dev22).

Open calls:
- Investment rule: 'banning all transactions "related to the development of quantum computers
  ..."' -> "the rule" (the subject of "banning" is the rule), partial, cue "ban".
- Investment rule: 'The language of the rule frequently notes that it applies to transactions
  with "countries of concern,"' and 'the specific language in the text makes it plain that ...
  the "special administrative districts" of Hong Kong and Macao' -> both "the rule" (the
  document keeps the one name the article first gives it, dev14), speaker_text as written,
  partial; the rule's wording quoted, not scare. Alternatives: "the language of the rule" as
  written; scare for "special administrative districts".
- Investment rule: 'Countries of concern "are exploiting ...," an informational statement
  accompanying the rule said. "These intangible benefits ..."' -> "an informational statement
  accompanying the rule" as written (a document that is the subject of the verb), partial and
  continuation.
- Investment rule: 'He described that loss as "very significant."' -> Stephen Ezell, partial,
  cue "describe".
- Investment rule: 'Sequoia did not break any laws in assisting TikTok, Gonzales said. But "it
  has since become known ..."' -> Daniel Gonzales (no cue of its own, after his paraphrase,
  dev11), partial (lower-case clause after the reporter's "But"), cue "say". Alternative: full.
- G20: Finer's "consistent" and "allow the Ukrainians ..." (after "said it is") -> Jon Finer,
  partial; 'U.S. officials are pushing for the "strongest possible" language on Ukraine, ...
  Jon Finer told VOA' -> Jon Finer, partial, cue "tell" (his words, not the officials').
- G20: 'Biden is "committed to making sure ..."' (Blinken sought to reassure allies that ...) ->
  Antony Blinken, partial, cue "reassure".
- G20: Zelenskyy's "just end", "means losses." and '"the war will end faster."' (after "that,")
  -> Volodymyr Zelenskyy, partial; the next paragraph's '"This is their approach ...," he said.'
  full, its second piece continuation.
- G20: 'reflects Brazil's strategy of "multi-alignment" ..., said Bruna Santos' -> Bruna Santos,
  partial (a label inside her reported speech). Alternative: scare.
- Pelosi: 'after she "sustained an injury" ..., according to a spokesperson.' -> "Ian Krager",
  the spokesperson named in the next sentence (dev21 "a top White House official told VOA"),
  speaker_text "a spokesperson", partial, cue "according to".
- Pelosi: McCaul's 'posted on social media that he was "praying for a speedy recovery"' ->
  Michael McCaul, partial, cue "post"; '"I'm disappointed ...," McCaul wrote on X.' full, its
  second piece continuation, cue "write".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-30-finalizes-rule-restricting-investment-chinese-tech-firms"] = [
    ("related to the development of quantum", "the rule", "the rule", "ban", "partial"),
    ("Artificial intelligence, semiconductors", "Paul Rosen", "Paul Rosen", "statement", "full"),
    ("This Final Rule takes targeted", "Paul Rosen", "Rosen", "say", "full"),
    ("China deplores and rejects", "Lin Jian", "Lin", "say", "full"),
    ("China has protested to the U.S.", "Lin Jian", "Lin", "say", "continuation"),
    ("countries of concern,", "the rule", "The language of the rule", "note", "partial"),
    ("special administrative districts", "the rule", "the specific language in the text", "make plain", "partial"),
    ("are exploiting or have the ability", "an informational statement accompanying the rule",
     "an informational statement accompanying the rule", "say", "partial"),
    ("These intangible benefits include", "an informational statement accompanying the rule",
     "an informational statement accompanying the rule", "say", "continuation"),
    ("This is the U.S. government signaling", "Stephen Ezell", "Ezell", "say", "full"),
    ("It's not just the dollars", "Stephen Ezell", "he", "say", "full"),
    ("A key target here is getting", "Stephen Ezell", "he", "say", "continuation"),
    ("very significant.", "Stephen Ezell", "He", "describe", "partial"),
    ("These rules were put in place", "Daniel Gonzales", "Gonzales", "write", "full"),
    ("One particular case was that of TikTok", "Daniel Gonzales", "Gonzales", "write", "continuation"),
    ("it has since become known", "Daniel Gonzales", "Gonzales", "say", "partial"),
    ("Chinese researchers are working", "Daniel Gonzales", "he", "write", "full"),
    ("China has several startup companies", "Daniel Gonzales", "he", "write", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-10-record-13-women-will-be-governors-next"] = [
    ("It matters to have women", "Kelly Dittmar", "Kelly Dittmar", "say", "full"),
    ("This is another side of political", "Kelly Dittmar", "Dittmar", "say", "full"),
    ("Thirteen out of 50", "Kelly Dittmar", "Dittmar", "say", "continuation"),
    ("Being a woman isn", "Linda Fowler", "Linda Fowler", "say", "full"),
    ("I would not suggest to you", "Kelly Dittmar", "Dittmar", "say", "full"),
    ("We would also fail to tell", "Kelly Dittmar", "Dittmar", "say", "continuation"),
    ("Sexism, racism, misogyny", "Erin Vilardi", "Erin Vilardi", "say", "full"),
    ("But we have so much of that", "Erin Vilardi", "Erin Vilardi", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-18-cracks-g20-consensus-over-ukraine-ramps-up"] = [
    ("strongest possible", "Jon Finer", "deputy national security adviser Jon Finer", "tell", "partial"),
    ("We'll see where it lands", "Jon Finer", "he", "say", "full"),
    ("consistent", "Jon Finer", "Finer", "say", "partial"),
    ("allow the Ukrainians", "Jon Finer", "Finer", "say", "partial"),
    ("will mark a qualitatively new round", "Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov", "say", "partial"),
    ("committed to making sure", "Antony Blinken", "U.S. Secretary of State Antony Blinken", "reassure", "partial"),
    ("just end", "Volodymyr Zelenskyy", "Ukrainian President Volodymyr Zelenskyy", "say", "partial"),
    ("means losses.", "Volodymyr Zelenskyy", "Ukrainian President Volodymyr Zelenskyy", "say", "partial"),
    ("the war will end faster.", "Volodymyr Zelenskyy", "he", "tell", "partial"),
    ("This is their approach", "Volodymyr Zelenskyy", "he", "say", "full"),
    ("And for them, it is also", "Volodymyr Zelenskyy", "he", "say", "continuation"),
    ("multi-alignment", "Bruna Santos", "Bruna Santos", "say", "partial"),
    ("neutrality risks alienating", "Bruna Santos", "Santos", "tell", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-14-nancy-pelosi-hospitalized-fall-official-trip-luxembourg"] = [
    ("sustained an injury", "Ian Krager", "a spokesperson", "according to", "partial"),
    ("currently receiving excellent treatment", "Ian Krager", "Her spokesperson, Ian Krager", "statement", "partial"),
    ("looks forward to returning home", "Ian Krager", "Krager", "say", "partial"),
    ("praying for a speedy recovery", "Michael McCaul", "Representative Michael McCaul", "post", "partial"),
    ("I’m disappointed Speaker Emerita", "Michael McCaul", "McCaul", "write", "full"),
    ("But she is strong", "Michael McCaul", "McCaul", "write", "continuation"),
]
