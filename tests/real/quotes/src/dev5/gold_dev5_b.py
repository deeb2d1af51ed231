"""Hand annotations for the dev5 split, part b (6 VOA articles), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote]) -- snippet = first characters
of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of the article has a row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
LIANG_T = "Xiaodon Liang, senior analyst for nuclear weapons policy and disarmament at the Arms Control Association"
GOLD["voa-2025-01-31-trump-support-denuclearization-talks-russia-china"] = [
    ("very possible", "Donald Trump", "Trump", "according to", "partial"),
    ("Tremendous amounts of money", "Donald Trump", "he", "say", "full"),
    ("It’s too depressing", "Donald Trump", "he", "say", "continuation"),
    ("We were talking about denuclearization", "Donald Trump", "Trump", "according to", "full"),
    ("President Putin really liked", "Donald Trump", "Trump", "according to", "continuation"),
    # slogan of the public demonstrations, no one quoted as saying it
    ("ban the bomb", "", "", "", "scare"),
    # Liang is named in the paragraph before ("according to Xiaodon Liang, ...")
    ("And because of that", "Xiaodon Liang", "Liang", "tell", "full"),
    ("executive agreement", "Xiaodon Liang", "Liang", "suggest", "partial"),
    ("That would be a stabilizing", "Xiaodon Liang", "Liang", "add", "full"),
    ("conduct an above-ground test", "Robert Peters", "Peters", "suggest", "partial"),
    ("Doomsday Clock", "", "", "", "scare"),
    ("We set the clock closer", "Daniel Holz", "Daniel Holz, a physics professor at the University of Chicago", "say", "full"),
    ("It is a good tool", "Xiaodon Liang", "Liang", "say", "full"),
    ("The biggest challenge", "Juan Manuel Santos", "he", "say", "full"),
    ("give up their old viewpoint", "Kim Myong Gil", "Pyongyang’s chief negotiator, Kim Myong Gil", "tell", "partial"),
    ("overcome a legacy of 70 years", "Morgan Ortagus", "The State Department spokesperson at the time, Morgan Ortagus", "statement", "partial"),
    ("require a strong commitment", "Morgan Ortagus", "The State Department spokesperson at the time, Morgan Ortagus", "statement", "partial"),
]

# ---------------------------------------------------------------------------
USTR = "Office of the U.S. Trade Representative"
CANSI = "China Association of the National Shipbuilding Industry"
GOLD["voa-2025-02-25-trump-administration-proposes-steep-fees-chinese"] = [
    ("targeting for dominance", "the investigation", "The investigation", "determine", "partial"),
    ("burdens or restricts", USTR, "The USTR", "find", "partial"),
    ("[T]o serve its political agenda", "Lin Jian", "he", "say", "full"),
    ("We call on the U.S. side", "Lin Jian", "he", "say", "continuation"),
    ("conclusions full of lies", CANSI + "; China Shipowner Association",
     "The China Association of the National Shipbuilding Industry (CANSI) and China Shipowner Association", "blast", "partial"),
    ("Development of China’s shipbuilding", CANSI, "CANSI", "statement", "full"),
    # the proposal's own term for the rebates
    ("refunds", "the rule", "The rule", "provide", "partial"),
    ("The thing that's really disturbing", "Mary Lovely", "she", "say", "full"),
    ("It seems to me", "Mary Lovely", "Lovely", "say", "full"),
    ("There's no way around it", "Mary Lovely", "Lovely", "say", "continuation"),
    ("USTR's proposed draconian", "Joe Kramek", "Kramek", "write", "full"),
    ("The fees would result", "Joe Kramek", "he", "write", "full"),
    ("This is not likely", "Marc Levinson", "Levinson", "tell", "full"),
    ("U.S. commercial shipbuilders", "Marc Levinson", "Levinson", "tell", "continuation"),
    ("The winners of this policy", "Marc Levinson", "Levinson", "say", "full"),
    ("NRF strongly opposes", "National Retail Federation", "the National Retail Federation", "write", "full"),
]

# ---------------------------------------------------------------------------
RC = "Jon Rahbek-Clemmensen"
GOLD["voa-2025-01-22-russia-arctic-militarization-behind-trump-focus"] = [
    ("international security", "Donald Trump", "Trump", "reiterate", "partial"),
    ("You have Russian boats", "Donald Trump", "he", "explain", "full"),
    ("There's no doubt", "Marc Jacobsen", "Jacobsen", "tell", "full"),
    ("The shortest route", "Marc Jacobsen", "Jacobsen", "tell", "continuation"),
    ("There is definitely a threat", RC, "Jon Rahbek-Clemmensen, also of the Royal Danish Defense College", "tell", "full"),
    # Copenhagen's plans: "the government said"
    ("double-digit billion amount", "Danish government", "the government", "say", "partial"),
    ("We have neglected", "Troels Lund Poulsen", "he", "tell", "full"),
    # next paragraph, no new attribution: Poulsen goes on
    ("We will hopefully create", "Troels Lund Poulsen", "he", "tell", "continuation"),
    ("meeting American demands", "Marc Jacobsen", "Jacobsen", "say", "partial"),
    ("The military protection", RC, "Rahbek-Clemmensen", "say", "full"),
    ("And the big question", RC, "Rahbek-Clemmensen", "say", "continuation"),
    ("The Danish government has been trying", RC, "he", "add", "full"),
    ("What does control mean", RC, "he", "add", "continuation"),
    ("There's an important element", "Marc Jacobsen", "Jacobsen", "say", "full"),
    ("In a positive light", "Marc Jacobsen", "Jacobsen", "say", "continuation"),
]

# ---------------------------------------------------------------------------
# Paragraph 2's ‘’both countries and the wider world.” (Xi Jinping) opens with two single marks,
# so it is no double-mark span and has no row.
GOLD["voa-2024-11-07-taiwan-china-congratulate-trump-region-anticipates"] = [
    ("uphold the principles", "Xi Jinping", "He", "hope", "partial"),
    ("longstanding Taiwan-U.S. partnership", "Lai Ching-te", "Taiwan President Lai Ching-te", "say", "partial"),
    ("Judging from his comments", "Lydia Yang", "Lydia Yang, a 35-year-old marketing professional in Taipei", "tell", "full"),
    ("I know the people very well", "Donald Trump", "he", "say", "full"),
    ("We put up billions", "Donald Trump", "he", "say", "full"),
    ("When it comes to things", "Lai Ming-Wei", "Lai Ming-Wei, a 44-year-old engineer", "tell", "full"),
    ("On relations across", "Tsai Ming-yen", "Tsai Ming-yen, Director-General of Taiwan National Security Bureau", "tell", "full"),
    ("We don’t know what version", "Lev Nachman", "Lev Nachman, a political scientist at National Taiwan University", "tell", "full"),
    ("Taiwan needs to offer", "Chen Fang-yu", "Chen Fang-yu, a political scientist at Soochow University in Taiwan", "say", "full"),
    ("We have to let them", "Wellington Koo", "he", "tell", "full"),
    ("he is asking Taiwan", "Zhou Bo", "Zhou Bo, a senior fellow at the Center for International Security and Strategy at Tsinghua University in China", "tell", "partial"),
    ("There are different voices", "Ja Ian Chong", "Ja Ian Chong, a political scientist at the National University of Singapore", "tell", "full"),
    ("cycle through officials", "Ja Ian Chong", "he", "say", "partial"),
    ("That inconsistency may", "Ja Ian Chong", "Chong", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-25-trump-hosts-french-leader-discuss-ukraine"] = [
    ("There's tremendous distrust", "Donald Trump", "Trump", "say", "full"),
    ("That's why it's good", "Donald Trump", "Trump", "say", "continuation"),
    ("Let’s try to get something", "Emmanuel Macron", "he", "say", "full"),
    ("And let's be sure", "Emmanuel Macron", "he", "say", "continuation"),
    ("It looks like they agreed", "William Pomeranz", "William Pomeranz, a senior scholar at the Wilson Center Kennan Institute", "say", "full"),
    ("There are a lot of other side", "William Pomeranz", "William Pomeranz, a senior scholar at the Wilson Center Kennan Institute", "say", "continuation"),
    ("Our teams are already", "Volodymyr Zelenskyy", "he", "say", "full"),
    ("And President Trump, we would", "Volodymyr Zelenskyy", "he", "say", "continuation"),
    ("Apart from the Istanbul", "Recep Tayyip Erdogan", "Erdogan", "say", "full"),
    ("If results are to be obtained", "Recep Tayyip Erdogan", "Erdogan", "say", "continuation"),
    ("During the phone conversation", "Vladimir Putin", "he", "say", "full"),
    ("However, it was not discussed", "Vladimir Putin", "he", "say", "continuation"),
    ("We have to see this as a move", "Liana Fix", "Liana Fix, a fellow for Europe at the Council on Foreign Relations", "say", "full"),
    ("So, it's not only", "Liana Fix", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
DEMS = "all 10 Democratic members of the Senate Foreign Relations Committee"
GOLD["voa-2025-02-04-foreign-aid-programs-face-major-restructuring"] = [
    ("unresponsive", "Marco Rubio", "Rubio", "describe", "partial"),
    ("USAID has a history", "Marco Rubio", "Rubio", "say", "full"),
    ("These are taxpayer dollars", "Marco Rubio", "Rubio", "say", "continuation"),
    ("USAID is a criminal", "Elon Musk", "Musk", "write", "full"),
    ("Time for it to die", "Elon Musk", "Musk", "write", "continuation"),
    # the senators' letter: they are named as its senders, so "the letter said" is theirs too
    ("Congress established", DEMS, "they", "write", "full"),
    ("For this reason", DEMS, "the letter", "say", "full"),
    ("We will do everything", "Chris Van Hollen", "he", "say", "full"),
    # from Kennedy's message to Congress
    ("a carefully thought-through", "John F. Kennedy", "He", "describe", "partial"),
    ("Frequently, in the past", "John F. Kennedy", "Kennedy", "say", "full"),
    ("Long-term planning", "John F. Kennedy", "Kennedy", "say", "continuation"),
    ("pacification", "", "", "", "scare"),
    ("hearts and minds", "", "", "", "scare"),
]
