"""Hand annotations for four dev25 articles (VOA, 17 October to 20 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev25), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen, the test split not
opened), following data/gold/README.md ("who speaks") and the conventions and open calls recorded
in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Joyce Rich", "Jarred Teague", "Matt
Snyder", "Karen Brinson Bell", "Jack Teixeira", "Jared Dolan", "Michael Bachrach", "Donald Trump",
"Susie Wiles", "Ahmed Fouad Alkhatib", "David Makovsky", "Mike Waltz", "Antony Blinken", "Jake
Sullivan"); pronouns and roles resolve to the person they point to; the later piece of a split
quote is continuation; a new paragraph with its own "he said" is full (dev9); a whole utterance
after a verb or after "said," is full; a fragment woven into the reporter's sentence is partial;
a tour's name in the reporter's voice is scare; single-mark crossheads in these double-mark
articles ('His intent was to educate', US 'hopeful' for deal) are no rows.

Open calls:
- North Carolina: the "Team Trump Bus Tour" -> scare (a tour's name, no one speaking it).
- North Carolina: 'the "vast majority" expected to be available to voters, Brinson Bell said' ->
  Karen Brinson Bell, partial.
- Teixeira: the article misspells him once ('... caused," Texeira said'); speaker "Jack
  Teixeira", speaker_text "Texeira" as written. The "maelstrom" he caused, in the same sentence
  after "Texeira said, referencing" -> Jack Teixeira, partial, cue "reference".
- Teixeira: '"I understand all the responsibility ...," he said' opens a new paragraph with its
  own verb -> full, not continuation.
- Teixeira: 'the defense wrote in their sentencing memorandum ... "serious and adequate ..."' ->
  "the defense" as written (an unnamed group stays as written, dev7/dev22), partial; the memo's
  authors are the article's subject, so not "sentencing memorandum". The later "They said ...
  "harm the United States."" and '"Instead, his intent ...," the attorneys wrote' point back to
  "His attorneys" -> "Teixeira's attorneys" (the possessive resolved). Alternative: "the defense"
  for all three, or "Teixeira's attorneys" for the first too (same people).
- Teixeira: 'They argued that ... "mild, high-functioning" autism "is of questionable relevance
  ..."' -> "prosecutors" as written ("Prosecutors, though, had countered"), two partials.
- Trump picks: 'A statement from Susie Wiles, Trump's chief of staff, said, "..."' -> Susie
  Wiles, full; '"quickly integrate ...," Wiles' announcement said' -> Susie Wiles, partial
  (dev17: a document whose author the article names speaks as the author).
- Gaza: 'However, it's unlikely to be "significantly harsher ..."' after 'said Ahmed Fouad
  Alkhatib' -> Ahmed Fouad Alkhatib, partial, cue "say".
- Gaza: the last quote paragraph '"And so, the imperative on us, ..."' has no verb; it follows a
  paraphrase ending "said national security adviser Jake Sullivan" -> Jake Sullivan, full (dev11:
  a quote with no cue after one speaker's paraphrase is his; not continuation, as no quote of his
  precedes it).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-17-swing-state-north-carolina-starts-early-voting"] = [
    ("We decided, let's just", "Joyce Rich", "Rich", "say", "full"),
    ("You never know", "Joyce Rich", "Rich", "say", "continuation"),
    ("democracy itself seems", "Jarred Teague", "33-year-old Jarred Teague", "say", "partial"),
    ("Team Trump Bus Tour", "", "", "", "scare"),
    ("It's exhausting", "Matt Snyder", "Snyder", "say", "full"),
    ("It's 16-hour days", "Matt Snyder", "Snyder", "say", "continuation"),
    ("vast majority", "Karen Brinson Bell", "Brinson Bell", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-13-jack-teixeira-who-leaked-pentagon-documents-sentenced"] = [
    ("I wanted to say I'm sorry", "Jack Teixeira", "Texeira", "say", "full"),
    ("maelstrom", "Jack Teixeira", "Texeira", "reference", "partial"),
    ("I understand all the responsibility", "Jack Teixeira", "he", "say", "full"),
    ("historic", "Jared Dolan", "Assistant U.S. Attorney Jared Dolan", "argue", "partial"),
    ("It will be a cautionary tale", "Jared Dolan", "Dolan", "say", "full"),
    ("They are going to be told", "Jared Dolan", "Dolan", "say", "continuation"),
    ("It is a significant, harsh", "Michael Bachrach", "Bachrach", "say", "full"),
    ("It will serve as an extreme", "Michael Bachrach", "Bachrach", "say", "continuation"),
    ("serious and adequate", "the defense", "the defense", "write", "partial"),
    ("harm the United States.", "Teixeira's attorneys", "They", "say", "partial"),
    ("Instead, his intent", "Teixeira's attorneys", "the attorneys", "write", "full"),
    ("To Jack, the Ukraine war", "Teixeira's attorneys", "the attorneys", "write", "continuation"),
    ("mild, high-functioning", "prosecutors", "They", "argue", "partial"),
    ("is of questionable relevance", "prosecutors", "They", "argue", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-27-trump-announces-picks-economic-health-posts"] = [
    ("renew and improve", "Donald Trump", "Trump", "say", "partial"),
    ("will play an important role", "Donald Trump", "Trump", "say", "partial"),
    ("to direct the Nation", "Donald Trump", "Trump", "say", "partial"),
    ("Together, Jay and RFK Jr.", "Donald Trump", "Trump", "say", "full"),
    ("This engagement allows", "Susie Wiles", "A statement from Susie Wiles", "say", "full"),
    ("security and information protections", "Susie Wiles", "She", "add", "partial"),
    ("quickly integrate directly", "Susie Wiles", "Wiles’ announcement", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-20-trump-wants-quickly-end-gaza-war-can"] = [
    ("all hell is going to break out.", "Donald Trump", "Trump", "say", "partial"),
    ("There will be ALL HELL", "Donald Trump", "he", "say", "full"),
    ("It means it won't be pleasant.", "Donald Trump", "he", "say", "full"),
    ("significantly harsher", "Ahmed Fouad Alkhatib", "Ahmed Fouad Alkhatib, a senior fellow at the Atlantic Council", "say", "partial"),
    ("There could be another element", "Ahmed Fouad Alkhatib", "Alkhatib", "tell", "full"),
    ("an unmistakable message", "David Makovsky", "David Makovsky, director of the Washington Institute for Near East Policy Project on the Middle East Peace Process", "say", "partial"),
    ("Trump is not into building", "David Makovsky", "Makovsky", "say", "full"),
    ("And I don't think those things", "David Makovsky", "Makovsky", "say", "continuation"),
    ("Everyone is coming to the table", "Mike Waltz", "Waltz", "post", "full"),
    ("His resounding victory", "Mike Waltz", "Waltz", "post", "continuation"),
    ("hopeful", "Antony Blinken", "U.S. Secretary of State Antony Blinken", "say", "partial"),
    ("Gaza has to be translated", "Antony Blinken", "he", "say", "full"),
    ("I don't see a scenario", "Ahmed Fouad Alkhatib", "Alkhatib", "say", "full"),
    ("And so, the imperative on us", "Jake Sullivan", "national security adviser Jake Sullivan", "say", "full"),
]
