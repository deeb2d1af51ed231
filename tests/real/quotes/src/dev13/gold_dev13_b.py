"""Hand annotations for seven dev13 articles (VOA, January-February 2025), decided by reading each
article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only, following data/gold/README.md ("who speaks") and
the open calls recorded in tests/real/quotes/README.md. Single marks in these double-mark
articles (headlines, crossheads, marks nested inside a quote, the doubled single marks
‘’...’’ in the Carter/Afghanistan story) are not rows.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-07-carter-covert-aid-afghan-rebels"] = [
    ("I think people’s image of Carter", "David Gibbs", "David Gibbs, a history professor at the University of Arizona", "say", "full"),
    # the name of the directive ("known as"): a label, no one speaking it
    ("presidential finding", "", "", "", "scare"),
    ("knowingly increased the probability", "Zbigniew Brzezinski", "Carter’s Polish-born, ardently anti-communist adviser", "claim", "partial"),
    ("an excellent idea,", "Zbigniew Brzezinski", "he", "call", "partial"),
    ("effect of drawing the Russians", "Zbigniew Brzezinski", "he", "say", "partial"),
    # "the so-called ... thesis": the name of the thesis in the reporter's voice
    ("Afghan trap", "", "", "", "scare"),
    # words relayed down a chain (Gibbs -> Haslam -> a military aide): the aide who "told"
    # them is the one quoted; Brzezinski's nested 'They've taken the bait!' stays inside
    ("pumped his first in the air", "a military aide", "a military aide", "tell", "partial"),
    ("The implication was that", "David Gibbs", "Gibbs", "say", "full"),
    ("That, to me, is a strong indication", "David Gibbs", "Gibbs", "say", "continuation"),
    ("working backwards from the events", "Conor Tobin", "Tobin", "argue", "partial"),
    ("They rely almost exclusively", "Conor Tobin", "Tobin", "tell", "full"),
    ("It reveals that there was no attempt", "Conor Tobin", "he", "say", "full"),
    # a label inside Tobin's reported account ("According to Tobin"): his partial
    ("wait-and-see", "Conor Tobin", "Tobin", "according to", "partial"),
    ("Should we help any insurgents?", "Zbigniew Brzezinski", "he", "ask", "full"),
    ("With whom would we have to work?", "Zbigniew Brzezinski", "he", "ask", "continuation"),
    ("led to a shift in attitude", "Conor Tobin", "Tobin", "write", "partial"),
    # the title of Tobin's analysis
    ("The Myth of the", "", "", "", "scare"),
    # the subject of "determining" is "the administration" (Carter's): resolved to its principal
    ("provoke vigorous Soviet countermeasures", "Jimmy Carter", "the administration", "determine", "partial"),
    ("The decision-making process", "Conor Tobin", "Tobin", "write", "full"),
    # Brzezinski's worry, as Tobin's analysis quotes him: Brzezinski's words (dev6: words a
    # speaker attributes to someone else are that person's)
    ("creeping intervention", "Zbigniew Brzezinski", "Brzezinski", "worry", "partial"),
    ("The objectives in mid-1979", "Conor Tobin", "Tobin", "say", "full"),
    ("He was already under attack", "Scott Kaufman", "Kaufman", "tell", "full"),
    ("How would it look to voters", "Scott Kaufman", "Kaufman", "tell", "continuation"),
    ("That said, his support", "Scott Kaufman", "he", "say", "full"),
    ("This does not mean that he", "Scott Kaufman", "he", "say", "full"),
    ("But his foreign policy vis-a-vis", "Scott Kaufman", "he", "say", "continuation"),
    # the name of the policy
    ("Carter Doctrine,", "", "", "", "scare"),
    ("any means necessary", "Jimmy Carter", "Carter", "warn", "partial"),
    ("The criticism of the Carter", "Conor Tobin", "Tobin", "say", "full"),
    # a new paragraph with no cue right after Tobin's closed quote: the same speaker goes on
    ("So, despite enduring orthodox", "Conor Tobin", "Tobin", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-10-judge-sentences-trump-hush-money"] = [
    ("is a factor that overrides", "Juan M. Merchan", "Merchan", "say", "partial"),
    ("Despite the extraordinary breadth", "Juan M. Merchan", "Merchan", "say", "full"),
    ("been a very terrible experience", "Donald Trump", "Trump", "say", "partial"),
    ("It’s been a political witch hunt", "Donald Trump", "Trump", "say", "full"),
    ("a weaponization of government", "Donald Trump", "Trump", "call", "partial"),
    ("an embarrassment to New York.", "Donald Trump", "Trump", "call", "partial"),
    ("The once and future president", "Joshua Steinglass", "prosecutor Joshua Steinglass", "say", "full"),
    ("bred disdain", "Joshua Steinglass", "Steinglass", "say", "partial"),
    ("has caused enduring damage", "Joshua Steinglass", "Steinglass", "say", "partial"),
    ("Legally, this case should not", "Todd Blanche", "Blanche", "say", "full"),
    ("I never falsified business records", "Donald Trump", "the Republican president-elect", "write", "full"),
    # "Bragg's office": an unnamed office resolves to its principal
    ("serious offenses that caused", "Alvin Bragg", "Bragg's office", "say", "partial"),
    ("There was nothing else it could", "Donald Trump", "he", "write", "full"),
    ("I was hiding nothing.", "Donald Trump", "he", "add", "continuation"),
    ("finality.", "Juan M. Merchan", "he", "cite", "partial"),
    ("no one is above the law.", "Juan M. Merchan", "He", "write", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-15-us-exclude-india-ai-chips"] = [
    ("puts it outside a super safe", "Bhaskar Chakravorti", "Bhaskar Chakravorti", "say", "partial"),
    ("not a setback for India.", "Scott Jones", "Scott Jones", "stress", "partial"),
    ("India's ability to control", "Scott Jones", "He", "point to", "partial"),
    ("The fact that they have announced", "Richard Rossow", "he", "tell", "full"),
    # "both sides" (the U.S. and India, during Sullivan's visit) reiterated it: joint
    ("strategic technology partnership", "U.S.; India", "both sides", "reiterate", "partial"),
    ("India as a new hub", "Jake Sullivan", "he", "hope", "partial"),
    ("terribly surprised", "Richard Rossow", "Rossow", "argue", "partial"),
    ("they were not included", "Richard Rossow", "Rossow", "argue", "partial"),
    ("Jake Sullivan was in New Delhi", "Scott Jones", "he", "say", "full"),
    # "According to a White House factsheet": the document as the article names it
    ("the world's AI runs on American rails.", "a White House factsheet", "a White House factsheet", "according to", "partial"),
    ("From lobbying from the U.S. chipmakers", "Bhaskar Chakravorti", "he", "ask", "full"),
    ("symbolic gesture than a practical", "Scott Jones", "Jones of the Stimson Center", "argue", "partial"),
    ("The U.S. is clearly saying", "Scott Jones", "he", "conclude", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-21-day-steeped-tradition-trump-sworn-in"] = [
    # a term the reporter defines
    ("press pool", "", "", "", "scare"),
    ("Today, I’ll be your eyes", "Misha Komadovsky", "Komadovsky", "email", "full"),
    ("harmony and balance to the face", "Eric Javits", "Javits", "add", "partial"),
    ("blessed with great bone structure", "Eric Javits", "he", "tell", "partial"),
    ("joint venture", "Donald Trump", "Trump", "indicate", "partial"),
    # the message shown to TikTok users is the subject of "said": the description as written
    ("as a result of President Trump", "a message to users", "a message to users", "say", "partial"),
    # song titles
    ("America the Beautiful.", "", "", "", "scare"),
    ("Oh, America!", "", "", "", "scare"),
    ("America the Beautiful", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-26-us-colombia-migrant-deportation-deal"] = [
    ("in reserve, and not signed", "White House", "The White House", "say", "partial"),
    ("will never rule us.", "Gustavo Petro", "Petro", "say", "partial"),
    ("A migrant is not a criminal", "Gustavo Petro", "Petro", "say", "full"),
    ("That is why I returned", "Gustavo Petro", "Petro", "say", "continuation"),
    ("We’re going to enforce immigration", "JD Vance", "Vice President JD Vance", "tell", "full"),
    # TV show titles
    ("Face the Nation", "", "", "", "scare"),
    ("border czar", "", "", "", "scare"),
    ("enhanced targeted operations", "U.S. Immigration and Customs Enforcement", "ICE", "statement", "partial"),
    ("This Week", "", "", "", "scare"),
    ("There will be more arrests", "Tom Homan", "Homan", "tell", "full"),
    ("You’ll see the numbers increase", "Tom Homan", "Homan", "say", "full"),
    ("as many as we can", "Tom Homan", "He", "say", "partial"),
    ("We’re in the beginning stages", "Tom Homan", "Homan", "say", "full"),
    ("We haven't given the Trump team", "Lindsey Graham", "Graham", "say", "full"),
    ("Meet the Press", "", "", "", "scare"),
    ("needs to substantially hire", "Lindsey Graham", "He", "say", "partial"),
    ("So, to my Republican colleagues", "Lindsey Graham", "Graham", "declare", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-05-high-threat-migrants-sent-guantanamo"] = [
    # "which the administration has deemed": Trump's administration resolves to its principal
    ("high threat,", "Donald Trump", "the administration", "deem", "partial"),
    ("the worst of the worst,", "Kristi Noem", "U.S. Homeland Security Secretary Kristi Noem", "call", "partial"),
    ("The number of service members", "U.S. Southern Command", "U.S. Southern Command", "statement", "full"),
    ("If you're a violent gang banger", "Pete Hegseth", "Secretary of Defense Pete Hegseth", "tell", "full"),
    ("Some of them are so bad", "Donald Trump", "Trump", "say", "full"),
    ("The Trump administration may find", "Sue Hendrickson", "Hendrickson", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-15-ukraine-low-chance-survive-without-support"] = [
    ("very, very difficult", "Volodymyr Zelenskyy", "President Volodymyr Zelenskyy", "say", "partial"),
    ("Probably it will be very", "Volodymyr Zelenskyy", "he", "tell", "full"),
    ("But we will have low chance", "Volodymyr Zelenskyy", "he", "tell", "continuation"),
    ("durable, lasting peace", "JD Vance", "Vice President JD Vance", "stress", "partial"),
    ("security guarantees", "Volodymyr Zelenskyy", "Zelenskyy", "tell", "partial"),
    # a whole sentence after "but added,": full (dev12: a whole clause after the verb is full)
    ("We have to think about it.", "Volodymyr Zelenskyy", "Zelenskyy", "add", "full"),
    ("unrealistic", "Pete Hegseth", "U.S. Defense Secretary Pete Hegseth", "tell", "partial"),
    ("don't have to trust", "Pete Hegseth", "Hegseth", "argue", "partial"),
    ("lengthy and highly productive", "Donald Trump", "U.S. President Donald Trump", "say", "partial"),
    ("Yes, I think this can be.", "Volodymyr Zelenskyy", "Zelenskyy", "say", "full"),
    ("This is really what he wants", "Volodymyr Zelenskyy", "Zelenskyy", "say", "full"),
    ("the kind of peace that's going", "JD Vance", "Vance", "say", "partial"),
    ("good conversations", "JD Vance", "Vance", "say", "partial"),
    ("in the days, weeks and months", "JD Vance", "Vance", "say", "partial"),
    ("a good conversation", "Volodymyr Zelenskyy", "Zelenskyy", "call", "partial"),
    ("we need real security guarantees.", "Volodymyr Zelenskyy", "Zelenskyy", "add", "partial"),
]
