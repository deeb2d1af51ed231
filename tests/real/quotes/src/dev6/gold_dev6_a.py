"""Hand annotations for eight dev6 articles (VOA), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Single marks
(e.g. the subheading "Necessary to 'maintain contact'") are not quote marks in these
double-mark articles and get no row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-01-recent-strikes-spotlight-growing-islamic-state"] = [
    ("These are the places", "Gregory Waters", "Waters", "tell", "full"),
    ("While the central Syrian desert", "Gregory Waters", "Waters", "tell", "continuation"),
    ("Oftentimes the fighters", "Gregory Waters", "Waters", "say", "full"),
    # "he" = Colin Clarke, introduced in the paragraph just before
    ("Moreover, the Assad regime", "Colin Clarke", "he", "tell", "full"),
    ("Any time you have", "Colin Clarke", "Clarke", "say", "full"),
    ("The strikes are necessary", "Colin Clarke", "Clarke", "say", "continuation"),
    # the quote opens the sentence and the reporter finishes it ("... enough" to counter IS
    # activities); "he" = Abdul Wahab Assi from the paragraph before
    ("It sent a message to Russia", "Abdul Wahab Assi", "he", "tell", "full"),
    ("will continue to aggressively", "U.S. Central Command", "CENTCOM", "statement", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-05-voters-choose-between-kamala-harris-donald"] = [
    # "he" = Jim Kessler (introduced just before); "of Harris" names the subject, not the speaker
    ("I think part of it", "Jim Kessler", "he", "say", "full"),
    ("And I think many women", "Jim Kessler", "he", "say", "continuation"),
    # still Kessler: the paragraph between ("Another point in her favor, he said") is his
    ("Literally, since that decision", "Jim Kessler", "he", "say", "full"),
    # follows "He told reporters," -- He = Trump (previous paragraph)
    ("If it's a fair election", "Donald Trump", "He", "tell", "full"),
    ("just a smooth process", "Neil Puri", "Neil Puri", "say", "partial"),
    ("Civility. Having people", "Neil Puri", "Neil Puri", "say", "continuation"),
    ("My biggest concern", "Robby Boyd", "he", "say", "full"),
    ("We don't want that", "Robby Boyd", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-11-bill-protect-journalists-fails-senate"] = [
    ("Passage of this bill", "Tom Cotton", "Cotton", "say", "full"),
    ("Contrary to what members", "Tom Cotton", "Cotton", "add", "full"),
    ("I understand that we", "Ron Wyden", "Wyden", "say", "full"),
    ("This is about as important", "Ron Wyden", "Wyden", "say", "full"),
    ("This is a commonsense bill", "Gabe Rottman", "Gabe Rottman", "tell", "full"),
    ("It's time to get it", "Gabe Rottman", "Gabe Rottman", "tell", "continuation"),
    # "he" = Trump (previous paragraph); the words come from his Truth Social post
    ("kill this bill", "Donald Trump", "he", "call", "partial"),
    ("We need more than speeches", "Seth Stern", "Seth Stern", "statement", "full"),
    ("Hopefully, today", "Seth Stern", "Stern", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-21-trump-lays-vision-first-day-second"] = [
    # "he" = Trump, the only actor of the lead paragraph
    ("The United States will once again", "Donald Trump", "he", "say", "full"),
    ("And we will pursue", "Donald Trump", "he", "say", "continuation"),
    ("Donald Trump did not do that", "Jeremi Suri", "Jeremi Suri", "say", "full"),
    # Trump's own words at the Capitol rally, reported as a claim he reiterated
    ("totally rigged", "Donald Trump", "Trump", "reiterate", "partial"),
    ("I think this was a better speech", "Donald Trump", "Trump", "say", "full"),
    # "he" = Elon Musk (Musk took to the stage ... to praise him [Trump]); not Trump
    ("This was no ordinary victory", "Elon Musk", "he", "say", "full"),
    ("This was a fork in the road", "Elon Musk", "he", "say", "continuation"),
    ("When we think about why", "Lisa Gilbert", "Lisa Gilbert", "say", "full"),
    ("They are who benefits", "Lisa Gilbert", "Lisa Gilbert", "say", "continuation"),
    # "he" = Suri ("but Suri said his expansionist rhetoric..."; "his" there is Trump's)
    ("It's hard for the United States", "Jeremi Suri", "he", "say", "full"),
    ("If we were to go to war", "Jeremi Suri", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-23-beijing-lack-clarity-rubio-sanctions-sparks"] = [
    # a trending search question on Baidu: no person speaks it; kept as the unnamed
    # "speaker" as written rather than a scare quote, since it is quoted text
    ("Will China remove sanctions", "the question", "the question", "question", "full"),
    ("This guy has been barred", "one Weibo user", "one Weibo user", "comment", "full"),
    ("It’s now a question", "one Weibo user", "one Weibo user", "comment", "continuation"),
    ("one of America's most radical", "a Chinese state media article", "A Chinese state media article", "call", "partial"),
    ("I don’t want to be paranoid", "Marco Rubio", "Rubio", "tweet", "full"),
    ("biggest threat", "Marco Rubio", "Rubio", "assert", "partial"),
    ("If we don’t change course", "Marco Rubio", "he", "say", "full"),
    ("Rubio has a long history", "Yun Sun", "Yun Sun", "tell", "full"),
    ("Any China policy", "Yun Sun", "she", "say", "full"),
    # named spokesperson is the speaker (not the ministry)
    ("China will firmly defend", "Guo Jiakun", "Guo Jiakun", "say", "full"),
    ("I am not yet aware", "Mao Ning", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-31-spain-well-short-nato-defense-target"] = [
    ("The goal of 2%", "Mark Rutte", "Rutte", "say", "full"),
    ("NATO is strong today", "Mark Rutte", "he", "say", "full"),
    # unnamed office ("the prime minister's office") resolves to its principal, Pedro Sanchez
    ("serious, responsible and committed", "Pedro Sanchez", "the prime minister’s office", "statement", "partial"),
    # "the statement" is the same statement of the prime minister's office -> Pedro Sanchez
    ("Spain's commitment to reach", "Pedro Sanchez", "the statement", "statement", "full"),
    ("very low", "Donald Trump", "Trump", "describe", "partial"),
    ("I'm also going to ask", "Donald Trump", "Trump", "tell", "full"),
    ("Reaching 5% is impossible", "Pere Ortega", "Ortega", "tell", "full"),
    ("No political program", "Pere Ortega", "Ortega", "add", "full"),
    # "he" (sic) = Lithuanian Minister of Defense Dovile Sakaliene, the only speaker named before
    ("We are fitting in", "Dovile Sakaliene", "he", "say", "full"),
    ("What will we do in Europe", "Emmanuel Macron", "Emmanuel Macron", "say", "full"),
    ("These are scenarios", "Emmanuel Macron", "Emmanuel Macron", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-04-rubio-pledges-support-costa-rica-fight"] = [
    ("It's very serious", "Marco Rubio", "Rubio", "tell", "full"),
    ("very firm", "Marco Rubio", "Rubio", "say", "partial"),
    # second fragment of the same sentence, woven in after the cue: partial, not continuation
    ("backed by governments", "Marco Rubio", "Rubio", "say", "partial"),
    ("eliminate foreign aid", "Marco Rubio", "Rubio", "vow", "partial"),
    # opens the sentence; the reporter then finishes it before "Rubio said"
    ("We issued a waiver", "Marco Rubio", "Rubio", "say", "full"),
    ("They're stopping drugs", "Marco Rubio", "Rubio", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-05-congressional-democrats-trump-changes-t-done"] = [
    # "The administration" (the Trump administration, unnamed office) resolves to its
    # principal, Donald Trump
    ("ensure it is in alignment", "Donald Trump", "The administration", "say", "partial"),
    ("Whatever DOGE is doing", "Chuck Schumer", "Chuck Schumer", "tell", "full"),
    ("We know what democracy", "Chuck Schumer", "Chuck Schumer", "tell", "continuation"),
    ("If you want to change an agency", "Brian Schatz", "Brian Schatz", "say", "full"),
    ("You cannot wave away", "Brian Schatz", "Brian Schatz", "say", "continuation"),
    ("The Constitution requires that", "Hakeem Jeffries", "Hakeem Jeffries", "say", "full"),
    ("The Constitution requires the president", "Hakeem Jeffries", "Hakeem Jeffries", "say", "continuation"),
    ("I don't think they're closing", "John Thune", "John Thune", "tell", "full"),
    ("I think that's probably true", "John Thune", "John Thune", "tell", "continuation"),
    ("If there's massive fraud", "Roger Wicker", "Roger Wicker", "tell", "full"),
    # new paragraph with its own cue ("Wicker continued"), previous quote closed: full
    ("I have felt for a long time", "Roger Wicker", "Wicker", "continue", "full"),
    ("So we need an aid program", "Roger Wicker", "Wicker", "continue", "continuation"),
]
