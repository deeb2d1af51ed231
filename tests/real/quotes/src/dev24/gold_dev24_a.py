"""Hand annotations for four dev24 articles (VOA, 14 October to 17 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev24), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen, the test split not
opened), following data/gold/README.md ("who speaks") and the conventions and open calls recorded
in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Jay Gillian", "Sheryl Gross", "Bill
Merritt", "Jorge Bazán", "Luis Meza", "Jose Luis Borrego", "Ted Cruz", "Michael Mireles",
"Volodymyr Zelenskyy", "Andriy Zagorodnyuk", "Mark Voyger", "Dmitry Peskov", "Debra Tice", "Gal
Hirsch", "Matthew Miller"); pronouns and roles resolve to the person they point to; a named
spokesperson speaks for himself (Dmitry Peskov, Matthew Miller; dev19); the later piece of a split
quote and an unattributed paragraph that carries on the previous paragraph's speaker are
continuation; a whole utterance after a verb or a sentence naming the speaker is full; a fragment
woven into the reporter's sentence is partial; names of rides and a town's slogan in the reporter's
voice are scare; single marks nested inside a double-mark quote (‘Wonderland’, ‘You’re losing
...’) stay inside it and are no row; mixed straight/curly pairs are kept as the text has them
(dev20).

Open calls:
- Jersey Shore: 'the Jersey Shore town that calls itself “America's Greatest Family Resort,”' ->
  scare (a town's slogan/motto, dev8/dev11/dev16). Alternative: "Ocean City", partial, cue "call".
- Jersey Shore: the towering “Giant Wheel” -> scare (a ride's name).
- Texas: Mireles's last paragraph '"We can't wait for a big election ..."' has no attribution ->
  continuation of his paragraph-43 quote.
- Ukraine: paragraph 19 '"Better late than never, ..."' has no attribution -> Mark Voyger,
  continuation of his paragraph-17 quote; the next quote of the same paragraph follows "Voyger
  highlighted the risks of delay." (a sentence naming him with a verb of speaking) -> full, cue
  "highlight". Alternative: continuation.
- Ukraine: 'Zagorodnyuk echoed these sentiments, warning that ... . "This piecemeal strategy ..."'
  -> Andriy Zagorodnyuk, full, cue "warn".
- Ukraine: 'While Ukrainians would welcome an end to the war, “some people suggest all kinds of
  concessions from Ukraine,” which he said, “is not going to stop the war."' -> Andriy
  Zagorodnyuk, two partials (fragments woven into the reporter's sentence), speaker_text "he"; the
  words "some people suggest" are his, not "some people"'s.
- Ukraine: 'Zagorodnyuk agrees the only way ... . "The ideal situation for Ukraine ..."' (no
  reporting verb but "agrees", quote left open at the paragraph end) -> Andriy Zagorodnyuk, full,
  cue "agree"; the next paragraph, opening with a mark, is continuation.
- Tice: 'Debra Tice told the Israeli leader her family has “credible information”' -> Debra Tice,
  partial, cue "tell" (the words of her letter, she its subject).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-14-historic-jersey-shore-amusement-park-closes-generations"] = [
    ("Giant Wheel", "", "", "", "scare"),
    ("America's Greatest Family Resort", "", "", "", "scare"),
    ("I tried my best", "Jay Gillian", "Mayor Jay Gillian", "write", "full"),
    ("It's been my life", "Jay Gillian", "Mayor Jay Gillian", "write", "continuation"),
    ("I've been coming here forever", "Sheryl Gross", "she", "say", "full"),
    ("My daughter is 43", "Sheryl Gross", "she", "say", "continuation"),
    ("Just the excitement", "Sheryl Gross", "she", "say", "full"),
    ("It really made it", "Sheryl Gross", "she", "say", "continuation"),
    ("Ocean City will be fundamentally", "Bill Merritt", "he", "say", "full"),
    ("This town relies", "Bill Merritt", "he", "say", "continuation"),
    ("You look at it with your heart", "Bill Merritt", "he", "say", "full"),
    ("And then you look at it", "Bill Merritt", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-10-texas-border-county-backed-democrats-generations-trump"] = [
    ("I think they forgot", "Jorge Bazán", "Bazán", "say", "full"),
    ("People are suffering", "Jorge Bazán", "Bazán", "say", "continuation"),
    ("I was always a lifelong Democrat", "Luis Meza", "Luis Meza, a 32-year-old Starr County voter", "say", "full"),
    ("I felt that going Republican", "Luis Meza", "Luis Meza, a 32-year-old Starr County voter", "say", "continuation"),
    ("I wanted to see change", "Jose Luis Borrego", "Borrego", "say", "full"),
    ("We just (made) this choice", "Jose Luis Borrego", "he", "say", "full"),
    ("They are coming home", "Ted Cruz", "Cruz", "say", "full"),
    ("There is nothing Latino", "Ted Cruz", "Cruz", "say", "continuation"),
    ("I think that folks", "Michael Mireles", "Mireles", "say", "full"),
    ("We can't wait", "Michael Mireles", "Mireles", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-18-ukraine-approval-long-range-missiles-marks-strategic"] = [
    ("Strikes are not made", "Volodymyr Zelenskyy", "President Volodymyr Zelenskyy", "say", "full"),
    ("The missiles will speak", "Volodymyr Zelenskyy", "President Volodymyr Zelenskyy", "say", "continuation"),
    ("Ukraine has been asking", "Andriy Zagorodnyuk", "Zagorodnyuk", "tell", "full"),
    ("The administration", "Andriy Zagorodnyuk", "Zagorodnyuk", "tell", "continuation"),
    ("Operationally, these missiles", "Mark Voyger", "Voyger", "explain", "full"),
    ("Better late than never", "Mark Voyger", "Voyger", "explain", "continuation"),
    ("This decision should have been made", "Mark Voyger", "Voyger", "highlight", "full"),
    ("This piecemeal strategy", "Andriy Zagorodnyuk", "Zagorodnyuk", "warn", "full"),
    ("If such a decision", "Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov", "tell", "full"),
    ("Unlike [U.S. President Joe] Biden", "Andriy Zagorodnyuk", "Zagorodnyuk", "say", "full"),
    ("some people suggest", "Andriy Zagorodnyuk", "he", "say", "partial"),
    ("is not going to stop the war", "Andriy Zagorodnyuk", "he", "say", "partial"),
    ("If a new administration", "Mark Voyger", "he", "say", "full"),
    ("The West needs", "Mark Voyger", "Voyger", "say", "full"),
    ("The ideal situation for Ukraine", "Andriy Zagorodnyuk", "Zagorodnyuk", "agree", "full"),
    ("Ukraine can successfully", "Andriy Zagorodnyuk", "Zagorodnyuk", "agree", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-17-tice-s-mother-asks-netanyahu-pause-syria"] = [
    ("I think it would be polite", "Debra Tice", "Debra Tice", "tell", "full"),
    ("credible information", "Debra Tice", "Debra Tice", "tell", "partial"),
    ("We are aware that your military", "Debra Tice", "she", "write", "full"),
    ("We have no way of knowing", "Debra Tice", "she", "say", "full"),
    ("We will do everything possible", "Gal Hirsch", "Hirsch", "say", "full"),
    ("I feel like we", "Debra Tice", "Debra Tice", "tell", "full"),
    ("It’s going to take a while", "Debra Tice", "Debra Tice", "tell", "continuation"),
    ("We have a number of people", "Matthew Miller", "Miller", "say", "full"),
    ("I’ve always had hope", "Debra Tice", "she", "say", "full"),
    ("We just need to get all", "Debra Tice", "she", "say", "continuation"),
]
