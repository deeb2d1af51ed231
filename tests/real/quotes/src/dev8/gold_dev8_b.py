"""Hand annotations for seven dev8 articles (VOA, February 2025), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only, following data/gold/README.md ("who speaks") and
the open calls recorded in tests/real/quotes/README.md. Single marks in these double-mark
articles (headlines, crossheads, marks nested inside a quote) are not rows.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-25-consumer-confidence-drops-sharply"] = [
    ("Views of current labor market", "Conference Board", "The Conference Board", "statement", "full"),
    ("reprivatize", "Scott Bessent", "he", "vow", "partial"),
    ("prolific overspending", "Scott Bessent", "Bessent", "blame", "partial"),
    # Bessent's own term in the same sentence ("Bessent blamed ... as the main drivers of")
    ("sticky inflation.", "Scott Bessent", "Bessent", "blame", "partial"),
    ("The previous administration's", "Scott Bessent", "he", "say", "full"),
    ("The private sector has been", "Scott Bessent", "Bessent", "say", "full"),
    ("Our goal is to reprivatize", "Scott Bessent", "Bessent", "say", "continuation"),
    ("Consumers' confidence has deteriorated", "Samuel Tombs", "Pantheon Macroeconomics chief Samuel Tombs", "write", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-26-lawmakers-seek-compromise-funding-bills"] = [
    ("We're not going to touch it", "Donald Trump", "Trump", "tell", "full"),
    ("Now we are going to look for fraud", "Donald Trump", "Trump", "tell", "continuation"),
    ("We promised to deliver", "Mike Johnson", "Johnson", "tell", "full"),
    ("Not only are we working", "Mike Johnson", "Johnson", "say", "full"),
    ("one big, beautiful bill", "Donald Trump", "Trump", "call for", "partial"),
    ("Time is of the essence", "Lindsey Graham", "Senate Budget Committee Chairman Lindsey Graham", "warn", "full"),
    # a whole sentence, but woven in after "posted ... that": partial, as earlier splits did
    ("The House and Senate are doing", "Donald Trump", "Trump", "post", "partial"),
    ("We're keeping all the options", "John Thune", "Thune", "tell", "full"),
    ("Last night, almost every single", "Chuck Schumer", "Schumer", "say", "full"),
    # new paragraph with its own cue: a quote of its own, not a continuation
    ("The Republican agenda is quickly", "Chuck Schumer", "Schumer", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-27-global-splinters-g20-finance-ministers"] = [
    ("At this time of global uncertainty", "Cyril Ramaphosa", "Ramaphosa", "say", "full"),
    ("The erosion of multilateralism", "Cyril Ramaphosa", "Ramaphosa", "say", "continuation"),
    ("The issue of the communique", "Enoch Godongwana", "Godongwana", "say", "full"),
    ("To my knowledge", "Enoch Godongwana", "Godongwana", "say", "continuation"),
    ("difference of opinion,", "Enoch Godongwana", "he", "say", "partial"),
    # the name of South Africa's G20 theme that the U.S. criticized; no one speaks it here
    ("solidarity, equality and sustainability.", "", "", "", "scare"),
    # the name of Trump's policy, as in earlier splits
    ("America First", "", "", "", "scare"),
    ("I think that this has caused", "Alex van den Heever", "van den Heever", "say", "full"),
    ("with people becoming a lot more insular", "Alex van den Heever", "van den Heever", "say", "continuation"),
    ("Productive and successful collaboration", "Rachel Reeves", "Rachel Reeves", "post", "full"),
    ("general agreement against protectionism", "Enoch Godongwana", "Godongwana", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-27-rubio-opposes-coercive-changes-taiwan"] = [
    ("military capability,", "Marco Rubio", "Rubio", "say", "partial"),
    ("present", "Marco Rubio", "Rubio", "add", "partial"),
    ("We have a longstanding position", "Marco Rubio", "Rubio", "say", "full"),
    # the wording of the question put to Trump, asker unnamed: the description as written
    ("China will never take Taiwan", "a question", "a question", "question", "partial"),
    ("I never comment on that.", "Donald Trump", "Trump", "say", "full"),
    # second piece after "adding", as in earlier splits
    ("I have a great relationship", "Donald Trump", "Trump", "add", "continuation"),
    # "the leaders" = Trump and Prime Minister Shigeru Ishiba, who issued the joint statement
    ("opposed any attempts", "Donald Trump; Shigeru Ishiba", "the leaders", "declare", "partial"),
    ("I don’t believe that an end", "Zack Cooper", "Zack Cooper, a senior fellow at the American Enterprise Institute", "tell", "full"),
    # the quote runs on into the next paragraph (no closing mark at the paragraph's end)
    ("One key area will be", "James Fanell", "James Fanell", "say", "full"),
    # the paragraph that continues Fanell's open quote (it repeats "Fanell said")
    ("It will also be a strong reminder", "James Fanell", "Fanell", "say", "continuation"),
    # the unnamed officials' report, kept as the description as written
    ("definitely concerned", "former U.S. military officials who have recently visited Taiwan",
     "Former U.S. military officials who have recently visited Taiwan", "report", "partial"),
    ("The idea that one might be abandoned", "Mark Montgomery", "retired Rear Admiral Mark Montgomery", "say", "full"),
    # unnamed party leaders: the description as written
    ("Today’s Ukraine could be", "DPP leaders", "DPP leaders", "say", "full"),
    # the partnership's established name, a label here rather than words spoken this week
    ("no-limits", "", "", "", "scare"),
    ("America First", "", "", "", "scare"),
    ("America alone", "Sean O’Neill", "Sean O’Neill, a senior official from the State Department’s Bureau of East Asian and Pacific Affairs", "say", "partial"),
    ("through robust dialogue", "Andrew Byers", "Andrew Byers, deputy assistant secretary of defense", "say", "partial"),
    # second fragment of the same reported sentence: partial, not continuation
    ("free, open, secure", "Andrew Byers", "Andrew Byers", "say", "partial"),
    ("in lockstep with", "Andrew Byers", "He", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-27-trump-tariffs-canada-mexico-china"] = [
    ("Drugs are still pouring", "Donald Trump", "Trump", "say", "full"),
    ("A large percentage of these Drugs", "Donald Trump", "Trump", "say", "continuation"),
    # the post's title, but given inside Trudeau's reported pledge ("said he would name a")
    ("fentanyl czar", "Justin Trudeau", "Canadian Prime Minister Justin Trudeau", "say", "partial"),
    ("We're expecting to reach a deal", "Claudia Sheinbaum", "Sheinbaum", "say", "full"),
    # mismatched pair (straight open, curly close) kept verbatim
    ("entirely unjustified", "Justin Trudeau", "Trudeau", "say", "partial"),
    ("very soon", "Donald Trump", "Trump", "say", "partial"),
    ("firmly and immediately", "European Union", "the EU", "vow", "partial"),
    ("unjustified", "European Union", "the EU", "vow", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-28-navy-crossroads-secretary-nominee-warns"] = [
    # the nominee, named John Phelan in the next paragraph
    ("crossroads", "John Phelan", "The Trump administration's nominee for secretary of the Navy", "say", "partial"),
    ("Extended deployments", "John Phelan", "John Phelan", "tell", "full"),
    ("experienced businessperson", "Roger Wicker", "committee Chairman Senator Roger Wicker", "say", "partial"),
    ("If we threw a zillion dollars", "Roger Wicker", "Wicker", "say", "full"),
    ("Every shipbuilding delay", "John Phelan", "Phelan", "say", "full"),
    ("yesterday's fights", "John Phelan", "He", "say", "partial"),
    ("telegraph demand", "John Phelan", "Phelan", "say", "partial"),
    # mismatched pairs (straight open, curly close and the reverse) kept verbatim
    ("When I've looked at all", "John Phelan", "Phelan", "tell", "full"),
    ("That is a prescription", "John Phelan", "Phelan", "tell", "continuation"),
    ("Directed energy is about 50 cents", "Angus King", "King", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-28-usagm-announces-kari-lake-adviser"] = [
    ("brings a wealth of experience", "Roman Napoli", "Napoli", "write", "partial"),
    # "the email" is Napoli's email to the staff (paragraph 5 names its author)
    ("As Senior Advisor of the Trump", "Roman Napoli", "the email", "say", "full"),
    # the agency's stated mission, in its own words
    ("inform, engage, and connect", "U.S. Agency for Global Media", "USAGM", "mission", "partial"),
    ("will be invaluable", "Roman Napoli", "Napoli", "say", "partial"),
    ("accurate and honest reporting.", "Kari Lake", "Lake", "tell", "partial"),
    ("VOA has been telling America's story", "Kari Lake", "Lake", "say", "full"),
    ("We are fighting an information war", "Kari Lake", "Lake", "say", "continuation"),
    # nested single marks ('TDS TV.', '60 Minutes,') stay inside the continuation
    ("We won't become Trump TV", "Kari Lake", "she", "say", "full"),
    ("but it sure as hell", "Kari Lake", "she", "say", "continuation"),
]
