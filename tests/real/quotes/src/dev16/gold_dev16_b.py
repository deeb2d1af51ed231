"""Hand annotations for three dev16 articles (VOA, 12 to 14 November 2024), decided by
reading each article (annotator b of dev16).

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only (no project code run or read other than
make_split.py, no system output seen), following data/gold/README.md ("who speaks") and the
conventions and open calls recorded in tests/real/quotes/README.md: full names as the article
gives them ("Pete Hegseth", "Marco Rubio"), organisations by name ("White House"), unnamed
officials as written ("a senior official", "one former Pentagon official"), a whole clause
after "that" is partial (dev8), a new paragraph with its own "X said" is full (dev9),
slogans, show and book titles and a title given by an appointment are scare (dev8, dev10,
dev13). Single marks in these double-mark articles (the crosshead 'America's allies are
vital', the 'yes men' / 'yes women' and 'America First' nested inside quotes) are not rows.
Mismatched straight/curly pairs ("Joint Chiefs", "neocons.") are kept as the text has them.

Open calls:
- "The announcement said they would provide ... to "drive large-scale structural reform"":
  the document is the subject of the verb, so it speaks as the article names it ("the
  announcement"), though it is Trump's announcement (dev7 order, dev9/dev14 documents).
- Thomas Homan as Trump's "border czar": a title given by an appointment, in the reporter's
  voice with no verb of saying, scare (as dev10's "Gulf of America").
- Hegseth's "First of all, ... Joint Chiefs" and "any general that was involved, ..." he
  told: one utterance split by the reporter's "and"; the first piece opens the sentence
  (full), the second is the later piece of the split quote (continuation), not partial.
- Biden's "America is back" message: a slogan, scare (dev8 "America First").
- Noem's "untrainable" and "hated" in "she wrote in a memoir that ...": her partials.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-12-trump-picks-key-political-loyalists-top-jobs"] = [
    ("drive large-scale structural reform", "the announcement", "The announcement", "say", "partial"),
    ("border czar", "", "", "", "scare"),
    ("bad people, or disloyal people.", "Donald Trump", "Trump", "tell", "partial"),
    ("I picked some people", "Donald Trump", "he", "say", "full"),
    ("a bully but a weak person", "Donald Trump", "Trump", "call", "partial"),
    ("an idiot.", "Donald Trump", "Trump", "disparage", "partial"),
    ("What Trump will look for", "John Bolton", "Bolton", "say", "full"),
    ("little Marco.", "Donald Trump", "Trump", "deride", "partial"),
    ("I think the Ukrainians", "Marco Rubio", "Rubio", "tell", "full"),
    ("I'm not on Russia's side", "Marco Rubio", "Rubio", "say", "full"),
    ("untrainable", "Kristi Noem", "she", "write", "partial"),
    ("hated", "Kristi Noem", "she", "write", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-13-trump-unexpected-pick-pentagon-chief-decorated-veteran"] = [
    # show title
    ("Fox and Friends", "", "", "", "scare"),
    ("woke.", "Pete Hegseth", "he", "call", "partial"),
    # book title
    ("The War on Warriors,", "", "", "", "scare"),
    ("There just aren’t enough lesbians", "Pete Hegseth", "he", "write", "full"),
    ("First of all, you’ve got to fire", "Pete Hegseth", "he", "tell", "full"),
    # later piece of the same utterance, joined by the reporter's "and"
    ("any general that was involved", "Pete Hegseth", "he", "tell", "continuation"),
    ("tough, smart and a true believer", "Donald Trump", "Trump", "praise", "partial"),
    ("He will fight for them", "one former Pentagon official", "the former official", "say", "full"),
    ("unfit for office.", "Mark Esper", "His other Senate-confirmed secretary of defense, Mark Esper", "call", "partial"),
    ("biggest mistake", "Donald Trump", "Trump", "tell", "partial"),
    ("bad people,", "Donald Trump", "Trump", "tell", "partial"),
    ("neocons.", "Donald Trump", "Trump", "tell", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-14-apec-g20-biden-faces-leaders-worried-about"] = [
    # Biden's slogan in the reporter's sentence
    ("America is back", "", "", "", "scare"),
    ("There will be a lot of combination", "Victor Cha", "Victor Cha, president of the Geopolitics and Foreign Policy Department at the Center for Strategic and International Studies", "say", "full"),
    # whole clause after "that": partial (dev8); Sullivan is the one saying it
    ("America's allies are vital to America's", "Jake Sullivan", "national security adviser Jake Sullivan, who previewed the trip to reporters on Wednesday", "say", "partial"),
    # new paragraph with its own "Sullivan said": full (dev9)
    ("They make us stronger.", "Jake Sullivan", "Sullivan", "say", "full"),
    ("all-time high,", "Jake Sullivan", "He", "underscore", "partial"),
    ("discuss the importance of institutionalizing", "Jake Sullivan", "Sullivan", "say", "partial"),
    ("ideals of American engagement", "Josh Lipsky", "Josh Lipsky, senior director of the Atlantic Council's GeoEconomics Center", "say", "partial"),
    ("He believes it is in the best interest", "Josh Lipsky", "Lipsky", "say", "full"),
    ("And not one election", "Josh Lipsky", "Lipsky", "say", "continuation"),
    ("demonstrate the strong value proposition", "White House", "the White House", "say", "partial"),
    ("tough, complicated relationship", "a senior official", "a senior official", "say", "partial"),
]
