"""Hand annotations for seven dev9 articles (VOA, February 2025), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only, following data/gold/README.md ("who speaks") and
the open calls recorded in tests/real/quotes/README.md. Single marks in these double-mark
articles (headlines, crossheads, nested quotes) are not rows.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-12-us-japan-peace-through-strength"] = [
    # Trump's slogan in the reporter's voice ("Trump's ... approach"): a slogan is scare (dev2, dev8)
    ("peace through strength", "", "", "", "scare"),
    ("The prime minister and I will be working", "Donald Trump", "Trump", "say", "full"),
    ("We agreed to cooperate even more closely", "Donald Trump", "Trump", "say", "full"),
    # follows "said:", but a noun phrase the reporter finishes ("is key"): partial
    ("Further strengthening the strong", "Shigeru Ishiba", "Ishiba", "say", "partial"),
    ("to advance the national interests", "Shigeru Ishiba", "Ishiba", "say", "partial"),
    ("America First", "", "", "", "scare"),
    ("The U.S.-Japan leaders' communiqué went", "Kenneth Weinstein", "Kenneth Weinstein, the Japan chair at Hudson Institute", "say", "full"),
    # a paragraph with its own attribution: full
    ("The U.S.-Japan leaders' communiqué, which", "Kenneth Weinstein", "Weinstein", "tell", "full"),
    # joint statement of two leaders: theirs jointly, in the order the text names them
    ("The two leaders intend to advance", "Donald Trump; Shigeru Ishiba", "Trump and Ishiba", "joint statement", "partial"),
    ("to realize a free and open Indo-Pacific,", "Donald Trump; Shigeru Ishiba", "Trump and Ishiba", "joint statement", "partial"),
    ("A big concern on the part of the Japanese", "Daniel Sneider", "Daniel Sneider, a lecturer in East Asian Studies at Stanford University", "say", "partial"),
    ("on the centrality of alliance", "Daniel Sneider", "Daniel Sneider", "say", "partial"),
    ("so-called multilayered structures", "Daniel Sneider", "Daniel Sneider", "say", "partial"),
    ("mini laterals", "Daniel Sneider", "Daniel Sneider", "say", "partial"),
    ("It was reassuring for the Japanese", "Daniel Sneider", "Sneider", "tell", "full"),
    ("strong opposition", "Donald Trump; Shigeru Ishiba", "Trump and Ishiba", "express", "partial"),
    ("meaningful participation in international", "Donald Trump; Shigeru Ishiba", "They", "express", "partial"),
    ("The part of the U.S.-Japan joint statement", "Guo Jiakun", "Chinese Foreign Ministry Spokesperson Guo Jiakun", "say", "full"),
    ("An unprecedented investment", "Shigeru Ishiba", "Ishiba", "say", "partial"),
    ("mutually beneficial", "Shigeru Ishiba", "Ishiba", "say", "partial"),
    ("contribute not only to the United States", "Shigeru Ishiba", "Ishiba", "say", "partial"),
    ("The announcement of a trillion dollars", "Kenneth Weinstein", "Weinstein, at Hudson", "say", "full"),
    # a second fragment joined by the reporter's "and": partial
    ("the pending U.S. Steel investment.", "Kenneth Weinstein", "Weinstein", "say", "partial"),
    ("Ishiba is supporting what is in Japan's", "Kenneth Weinstein", "he", "say", "full"),
    ("So he understands he needs to back", "Kenneth Weinstein", "he", "say", "continuation"),
    ("a foreign policy centered on our national", "Marco Rubio", "Secretary of State Marco Rubio", "emphasize", "partial"),
    # opens the sentence, finished by the reporter ("policy"): partial
    ("Ishiba respects Trump's America First", "Yuki Tatsumi", "Yuki Tatsumi, director of the Japan Program at the Stimson Center", "say", "partial"),
    # her phrase inside her attributed sentence, not a mere label
    ("Japan first", "Yuki Tatsumi", "Yuki Tatsumi", "say", "partial"),
    # whole sentences after "that": partial (dev8)
    ("both leaders gained.", "Yuki Tatsumi", "She", "tell", "partial"),
    ("unwavering commitment", "Shigeru Ishiba; Donald Trump", "Ishiba and Trump", "underscore", "partial"),
    ("reiterated their strong opposition", "Shigeru Ishiba; Donald Trump", "The two", "joint statement", "partial"),
    ("continuity", "Yuki Tatsumi", "Tatsumi", "say", "partial"),
    ("the hub of alliance cooperation", "Yuki Tatsumi", "Tatsumi", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-13-chinese-apps-face-scrutiny-scrolling"] = [
    ("It just seems like people who live", "Daneel Kutsenko", "Kutsenko", "tell", "full"),
    ("It raises questions of how sustainably", "Sari Arho Havrén", "Havrén", "say", "full"),
    # second piece of Havrén's words in the same paragraph, split by "Moreover, he said,"
    ("the pricing simply kills", "Sari Arho Havrén", "he", "say", "continuation"),
    ("They could get all the data they want.", "Daneel Kutsenko", "Kutsenko", "say", "full"),
    ("What they’re chasing is a dopamine peak.", "Ivy Yang", "Yang", "say", "full"),
    ("It makes it much more difficult", "Jeremy Goldkorn", "Goldkorn", "say", "full"),
    ("There’s a whole range of social ills", "Rogier Creemers", "he", "say", "full"),
    # a paragraph with its own attribution ("he added"): full
    ("And that would apply whether these apps", "Rogier Creemers", "he", "add", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-13-pentagon-chief-nato-europe-defense"] = [
    ("We can talk all we want about values.", "Pete Hegseth", "Hegseth", "tell", "full"),
    ("NATO is a great alliance", "Pete Hegseth", "Hegseth", "say", "full"),
    ("in the Pacific is one that really", "Pete Hegseth", "He", "emphasize", "partial"),
    # straight opening mark, curly closing mark
    ("hard power deterrence, not just reputational.", "Pete Hegseth", "he", "contend", "partial"),
    ("unrealistic objective", "Pete Hegseth", "Hegseth", "say", "partial"),
    ("concessions", "Boris Pistorius", "German Defense Minister Boris Pistorius", "refer", "partial"),
    ("Vladimir Putin responds to strength,", "Pete Hegseth", "Hegseth", "say", "full"),
    ("No one's going to get everything", "Pete Hegseth", "he", "add", "full"),
    ("make sure that Vladimir Putin never", "Mark Rutte", "Rutte", "say", "partial"),
    # lower-case, inside the reporter's "Rutte said ... that while ..., he said, ...": partial
    ("it has never been a promise to Ukraine", "Mark Rutte", "he", "say", "partial"),
    ("Trump says that the killing should stop.", "Kaja Kallas", "Kaja Kallas, the EU high representative for foreign affairs and security policy", "say", "full"),
    ("bilateral defense cooperation", "Pentagon", "the Pentagon", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-14-trump-tit-for-tat-tariffs"] = [
    # whole sentence after "that": partial (dev8)
    ("if you build your product in the United States", "Donald Trump", "Trump", "tell", "partial"),
    ("is fair to all.", "Donald Trump", "The president", "add", "partial"),
    ("poster child", "Peter Navarro", "Peter Navarro, the president’s senior counselor for trade", "tell", "partial"),
    ("Prime Minister Modi and I agreed", "Donald Trump", "Trump", "say", "full"),
    ("target of more than doubling", "Narendra Modi", "Modi", "say", "partial"),
    ("Whatever India charges", "Donald Trump", "he", "say", "full"),
    # main clause after the reporter's "If ..." clause: woven, partial
    ("India could face a double challenge", "Aparna Pande", "Pande", "tell", "partial"),
    ("India is a country that Trump has railed", "Milan Vaishnav", "Milan Vaishnav, director of the South Asia program at the Carnegie Endowment for International Peace", "according to", "full"),
    # a report "issued ... by" a named company: the company is the speaker (the README's
    # think-tank report "by" its authors)
    ("Tariffs impart a modest stagflationary", "Wells Fargo", "a report issued Thursday by financial services provider Wells Fargo", "report", "full"),
    ("The U.S. economy entered 2025", "Wells Fargo", "a report issued Thursday by financial services provider Wells Fargo", "report", "continuation"),
    # the nested ‘tariff man’ stays inside Harrell's quote
    ("promised us he would be a", "Peter Harrell", "Peter Harrell", "say", "partial"),
    # opens the sentence, finished by the reporter ("over the coming months"): partial
    ("I think this is only part of the tariffs", "Peter Harrell", "Harrell", "say", "partial"),
    # title of a livestream program
    ("The Capital Cable,", "", "", "", "scare"),
    ("a tariff bazooka ready to fire,", "Peter Harrell", "Harrell", "say", "partial"),
    # Luck's term inside his reported warning ("warned that"): his words
    ("Fortress America", "Philip Luck", "Philip Luck, director of the CSIS economic program", "warn", "partial"),
    ("really high costs", "Philip Luck", "Philip Luck", "warn", "partial"),
    ("so it’s tiny,", "Philip Luck", "Luck", "say", "partial"),
    ("We’ve been a reliable partner", "Philip Luck", "he", "note", "full"),
    # a whole sentence closed with a comma, then the reporter's paraphrase: full
    ("There’s a lot of anxiety", "Yeo Han-Koo", "Yeo Han-Koo, a senior fellow at the Peterson Institute for International Economics", "say", "full"),
    # clause the reporter carries on ("amid ..."): partial
    ("U.S. policymakers really need to see", "Yeo Han-Koo", "Yeo", "suggest", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-14-vance-warns-europe-threat-within"] = [
    ("the threat from within,", "JD Vance", "U.S. Vice President JD Vance", "warn", "partial"),
    ("out-of-control migration.", "JD Vance", "U.S. Vice President JD Vance", "argue", "partial"),
    ("The threat that I worry the most about", "JD Vance", "he", "say", "full"),
    ("What I worry about is the threat from within", "JD Vance", "he", "say", "continuation"),
    ("If your democracy can be destroyed", "JD Vance", "he", "say", "full"),
    ("I’d ask my European friends", "JD Vance", "he", "say", "continuation"),
    ("Democracy rests on the sacred principle", "JD Vance", "he", "say", "full"),
    # the name of Berlin's policy, in the reporter's voice
    ("firewall", "", "", "", "scare"),
    ("there is nothing more pressing than migration.", "JD Vance", "Vance", "say", "partial"),
    ("series of conscious decisions", "JD Vance", "He", "blame", "partial"),
    ("very concerned with European security", "JD Vance", "Vance", "say", "partial"),
    ("And we also believe that it's important", "JD Vance", "Vance", "say", "continuation"),
    # unattributed paragraph right after "Boris Pistorius rejected Vance's characterization"
    ("If I understand him correctly", "Boris Pistorius", "Germany’s Defense Minister Boris Pistorius", "reject", "full"),
    ("an effort to flip the script,", "Kristine Berzina", "Kristine Berzina, managing director of GMF Geostrategy North", "say", "partial"),
    ("There was shockingly no mention of NATO", "Kristine Berzina", "she", "tell", "full"),
    ("to prepare the plan [on] how to stop", "Volodymyr Zelenskyy", "Ukrainian President Volodymyr Zelenskyy", "say", "partial"),
    ("Really, we want peace very much", "Volodymyr Zelenskyy", "he", "say", "full"),
    ("very brilliant,", "Donald Trump", "President Donald Trump", "say", "partial"),
    ("to be careful.", "Donald Trump", "President Donald Trump", "warn", "partial"),
    ("agreed to have our respective teams", "Donald Trump", "Trump", "say", "partial"),
    ("impractical", "Donald Trump", "Trump", "tell", "partial"),
    ("illusionary.", "Donald Trump", "Trump", "tell", "partial"),
    ("unrealistic objective.", "Pete Hegseth", "Hegseth", "call", "partial"),
    ("I'd love to have them back,", "Donald Trump", "Trump", "say", "full"),
    ("agreed to work together, very closely", "Donald Trump", "Trump", "add", "partial"),
    ("probably", "Donald Trump", "Trump", "add", "partial"),
    ("I am sure that in Kyiv, Brussels", "Alexei Pushkov", "senior Russian lawmaker Alexei Pushkov", "write", "full"),
    ("A failed Ukraine would weaken Europe", "Ursula von der Leyen", "European Commission President Ursula von der Leyen", "warn", "full"),
    ("military tools", "JD Vance", "Vance", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-15-counterterror-official-warns-global-threat"] = [
    ("Number one, jihadist groups are more", "Sebastian Gorka", "he", "say", "full"),
    # unattributed paragraph that continues Gorka's words of the paragraph before
    ("To cite just one example, West African", "Sebastian Gorka", "he", "say", "continuation"),
    ("remain highly adaptive entities.", "Sebastian Gorka", "Gorka", "say", "partial"),
    ("If you look at their use of social media", "Sebastian Gorka", "he", "say", "full"),
    ("The global jihadi actors are poised", "Sebastian Gorka", "Gorka", "say", "full"),
    ("Let's just be blunt", "Sebastian Gorka", "he", "say", "full"),
    # para 33: the later piece ("This has paved the way ...”) has a closing mark but no
    # opening one; it opens no span and has no row
    ("As a result, groups like Hezbollah", "Sebastian Gorka", "Gorka", "say", "full"),
    # the unclosed nested ‘There is a cave ... stays inside
    ("We told the president, ", "Sebastian Gorka", "he", "say", "full"),
    ("We have been surveilling it for years", "Sebastian Gorka", "he", "say", "continuation"),
    ("recruiter, financier and external operations", "U.S. Africa Command", "the Africa Command", "describe", "partial"),
    ("The person you saw in the footage", "Sebastian Gorka", "Gorka", "say", "full"),
    ("He is a recruiter, trainer and financier", "Sebastian Gorka", "Gorka", "say", "continuation"),
    # the gloss of a name ("Danab, which means"): no one speaking
    ("lightning.", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-18-rubio-fair-sustainable-end-war"] = [
    ("fair", "Marco Rubio", "U.S. Secretary of State Marco Rubio", "say", "partial"),
    ("sustainable", "Marco Rubio", "U.S. Secretary of State Marco Rubio", "say", "partial"),
    ("The goal is to bring an end", "Marco Rubio", "Rubio", "tell", "full"),
    # the nested ‘Well, we weren’t invited.’ stays inside Trump's quote (his words)
    ("Today I heard, ", "Donald Trump", "Trump", "say", "full"),
    ("You should have never started it.", "Donald Trump", "Trump", "say", "continuation"),
    ("good chance", "Donald Trump", "Trump", "say", "partial"),
    ("serious process", "Marco Rubio", "Rubio", "say", "partial"),
    ("We weren’t just listening to each other", "Sergey Lavrov", "Lavrov", "say", "full"),
    # named spokesperson's statement: hers
    ("appoint respective high-level teams", "Tammy Bruce", "State Department spokeswoman Tammy Bruce", "statement", "partial"),
    ("an important step forward", "Tammy Bruce", "Bruce", "characterize", "partial"),
    ("extraordinary opportunities", "Marco Rubio", "He", "say", "partial"),
    ("The key to unlock that", "Marco Rubio", "he", "say", "full"),
    ("This needs to be a permanent end", "Mike Waltz", "Waltz", "say", "full"),
    ("establish a consultation mechanism", "Tammy Bruce", "She", "say", "partial"),
    ("lay the groundwork for future cooperation", "Tammy Bruce", "Bruce", "say", "partial"),
]
