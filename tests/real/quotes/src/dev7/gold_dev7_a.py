"""Hand annotations for eight dev7 articles (VOA), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only, following data/gold/README.md ("who speaks") and
the open calls recorded in tests/real/quotes/README.md.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-31-harris-trump-trade-barbs-treatment-women"] = [
    ("whether the women like it or not.", "Donald Trump", "Trump", "say", "partial"),
    # Trump recounts what his advisers called his pledge: the word is theirs ("they had
    # called it"), reported by Trump; the advisers are unnamed, so the description is kept.
    ("inappropriate.", "Donald Trump's advisers", "they", "call", "partial"),
    # nested single marks stay inside this quote
    ("I said, ", "Donald Trump", "he", "tell", "full"),
    ("Donald Trump thinks he should", "Kamala Harris", "Harris", "write", "full"),
    ("their rights and their ability", "Kamala Harris", "she", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-01-chinese-student-convicted-returned-china"] = [
    # "saying" hangs on the clause whose subject is Biden (he signed the clemency document,
    # reducing ... saying ...): the clemency document's words are given as his.
    ("national interest", "Joe Biden", "President Joe Biden", "say", "partial"),
    # a pseudonym, no one speaking it
    ("Zooey,", "", "", "", "scare"),
    # the threatening message the friend received "from Wu" on Instagram; the article names
    # its author, so the message's words are Wu's
    ("Do you really think", "Xiaolei Wu", "The message", "say", "full"),
    ("This is a very important case", "Zhou Fengsuo", "Zhou", "say", "full"),
    # unattributed paragraph that continues Zhou's words
    ("I have participated in activities", "Zhou Fengsuo", "Zhou", "say", "continuation"),
    ("Pastor David Lin was detained", "Zhou Fengsuo", "Zhou", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-01-what-election-results-mean-africa"] = [
    ("I hope that as Americans vote", "Asanda Ngoasheng", "she", "say", "full"),
    ("How we engage with issues", "Asanda Ngoasheng", "Ngoasheng", "continue", "full"),
    # the name of Trump's policy, not anyone's words here
    ("America first", "", "", "", "scare"),
    ("I think that a Trump presidency", "Ray Hartley", "he", "say", "full"),
    ("Insofar as the United States", "Ebenezer Obadare", "Ebenezer Obadare", "say", "full"),
    # Harris "pushed President Joe Biden's line": the slogan is given as Biden's line
    ("all in on Africa.", "Joe Biden", "President Joe Biden’s line", "line", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-06-trump-wins-presidential-election"] = [
    ("This was a movement like nobody", "Donald Trump", "Trump", "say", "full"),
    ("fix our borders", "Donald Trump", "He", "pledge", "partial"),
    ("fix everything in our country.", "Donald Trump", "He", "pledge", "partial"),
    ("strong, safe and prosperous America.", "Donald Trump", "Trump", "say", "partial"),
    ("If Trump is elected", "Vincent Wang", "Wang", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-02-analysts-bidens-first-trip-africa-shouldve"] = [
    ("I think his trip is less significant", "Louw Nel", "Nel", "say", "full"),
    ("What I found really notable", "Frances Brown", "Brown", "say", "full"),
    ("Many ordinary Angolans", "Louw Nel", "Nel", "say", "full"),
    # the report's words, given as Amnesty International's ("Amnesty International said"),
    # joined to the reporter's sentence with "And"
    ("if human rights are central", "Amnesty International", "Amnesty International", "say", "partial"),
    ("I commend the people of Angola", "Adriano Nuvunga", "Nuvunga", "say", "full"),
    # second piece of the split quote (it repeats "said Nuvunga")
    ("We have a number of human rights", "Adriano Nuvunga", "Nuvunga", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-21-taliban-free-2-americans-prisoner-swap"] = [
    ("mujahid,", "Ministry of Foreign Affairs", "The Ministry of Foreign Affairs in Kabul", "describe", "partial"),
    # "his family" = Ryan Corbett's family (the article names the family as Corbett's)
    ("Today, our hearts are filled", "Corbett family", "his family", "state", "full"),
    ("effective role", "Taliban", "The Taliban", "say", "partial"),
    ("It was our hope that Ryan", "Corbett family", "Corbett’s family", "state", "full"),
    # the relatives' own word for his detention (they are the subject of the sentence),
    # not a distancing mark of the reporter
    ("wrongful", "Habibi family", "Habibi's relatives", "call", "partial"),
    ("We have reason to be confident", "Ahmad Habibi", "his brother Ahmad Habibi", "state", "full"),
    ("While we are happy for Ryan", "Mickey Bergman", "Mickey Bergman", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-04-taliban-threaten-use-arms-thwart-attempts"] = [
    # "The Taliban have warned": the words are those of the chief Taliban spokesperson,
    # Zabihullah Mujahid (para 3 quotes them from him); a named spokesperson is the speaker
    ("spoils of war", "Zabihullah Mujahid", "The Taliban", "warn", "partial"),
    ("The weapons that America abandoned", "Zabihullah Mujahid", "Zabihullah Mujahid", "claim", "full"),
    ("The Afghan people now own", "Zabihullah Mujahid", "Mujahid", "state", "full"),
    ("We will use these weapons", "Zabihullah Mujahid", "Mujahid", "state", "continuation"),
    ("gave our military equipment", "Donald Trump", "Trump", "state", "partial"),
    ("If we’re going to pay billions", "Donald Trump", "Trump", "say", "full"),
    ("a single penny", "Zabihullah Mujahid", "Mujahid", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-25-pentagon-chief-tours-guantanamo-bay-more"] = [
    ("remove those who have infringed", "Pete Hegseth", "Hegseth", "post", "partial"),
    # unnamed officials speaking on background: the description as written
    ("high threat illegal aliens.", "two U.S. defense officials", "Two U.S. defense officials", "tell", "partial"),
    ("These warriors are directly", "Pete Hegseth", "he", "write", "full"),
    ("We cannot thank them", "Pete Hegseth", "he", "write", "continuation"),
    ("low-priority & medium-priority", "Kingsley Wilson", "Kingsley Wilson", "post", "partial"),
]
