"""Hand annotations for seven dev9 articles (VOA, 6 to 12 February 2025), decided by reading each
article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only, following data/gold/README.md ("who speaks") and
the open calls recorded in tests/real/quotes/README.md. Crossheads in single marks
(‘Higher ambitions ...’, 'Enhanced', ‘Illegitimate’) are not annotated (double-mark articles).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-06-white-house-monitoring-china-wto-complaint"] = [
    # the complaint is the subject of "accuses": a document quoted on its own is its own
    # speaker, by the description as written (as dev8's "a notice issued from U.S. Customs ...")
    ("unfounded and false allegations", "a complaint by China to the World Trade Organization",
     "a complaint by China to the World Trade Organization", "accuse", "partial"),
    ("discriminatory and protectionist", "China", "China", "say", "partial"),
    ("So instead, I think the Chinese", "Jeffrey Schott", "he", "tell", "full"),
    ("a desire to keep things cool", "Jeffrey Schott", "Schott", "add", "partial"),
    ("is being scheduled and will happen", "Karoline Leavitt", "White House press secretary Karoline Leavitt", "say", "partial"),
    ("in no rush", "Donald Trump", "Trump", "say", "partial"),
    ("We’ll speak to him at the appropriate", "Donald Trump", "Trump", "tell", "full"),
    ("Even if they come up with some kind", "Rachel Ziemba", "she", "tell", "full"),
    # opens after the subject ("The Postal Service “...,” it said"): a fragment of the sentence
    ("will continue accepting all international", "U.S. Postal Service", "The Postal Service", "say", "partial"),
    ("The USPS and Customs and Border", "U.S. Postal Service", "it", "say", "continuation"),
    ("If one of the U.S. goals", "Rachel Ziemba", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-07-trump-updates-iran-peace-deal-effort"] = [
    # the policy's name (as "maximum pressure" in dev5): no one speaking it
    ("maximum pressure", "", "", "", "scare"),
    ("Verified Nuclear Peace Agreement", "Donald Trump", "Trump", "post", "partial"),
    ("cannot have a Nuclear Weapon.", "Donald Trump", "he", "post", "partial"),
    ("I would love to be able to make", "Donald Trump", "Trump", "tell", "full"),
    ("For President Rouhani", "Jared Kushner", "he", "say", "full"),
    ("maximum pressure", "", "", "", "scare"),
    ("maximum pressure", "", "", "", "scare"),
    ("qualitatively different", "Brian Katulis", "Brian Katulis", "tell", "partial"),
    ("It has higher ambitions", "Brian Katulis", "he", "say", "full"),
    ("is neither rational, nor intelligent", "Ali Khamenei", "Iranian Supreme Leader Ayatollah Ali Khamenei", "say", "partial"),
    # state media "quoted him as issuing the following warning ...:": Khamenei's words
    ("If they threaten us", "Ali Khamenei", "him", "warn", "full"),
    ("maximum pressure", "", "", "", "scare"),
    ("millions of barrels of Iranian crude", "Treasury Department", "it", "say", "partial"),
    # the report is the subject of "said": a document quoted on its own, as written
    ("due to the U.S. reimposition", "an October 2024 report by the U.S. Energy Information Administration",
     "An October 2024 report by the U.S. Energy Information Administration", "say", "partial"),
    # nested ‘Look, Dubai ...’ stays inside Abrams's quote
    ("There were points at which we said", "Elliott Abrams", "Abrams", "say", "full"),
    # the memorandum's wording ("its order to"): words an order lays down are the order's
    ("modify or rescind sanctions waivers", "the memorandum", "Trump's pressure campaign", "order", "partial"),
    ("anyone considering business deals", "State Department", "Biden’s State Department", "say", "partial"),
    ("enhanced", "Jason Brodsky", "Jason Brodsky", "tell", "partial"),
    ("changed geopolitical realities", "Jason Brodsky", "Jason Brodsky", "tell", "partial"),
    ("continuing to export some oil", "Janet Yellen", "Janet Yellen", "say", "partial"),
    # a whole clause right after "added,": a whole utterance of its own
    ("there may be more that we could do.", "Janet Yellen", "Janet Yellen", "add", "full"),
    # the document's words that Brodsky "noted" (the memorandum of paragraph 32)
    ("[Iranian] regime’s nuclear extortion", "the memorandum", "the document", "call for", "partial"),
    ("We don't have answers right now", "Jason Brodsky", "Brodsky", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-08-justice-department-disbands-corruption-teams"] = [
    # the wording of Bondi's memo (quoted in paragraph 10), borrowed in the lede
    ("total elimination", "Pam Bondi", "Attorney General Pam Bondi", "memo", "partial"),
    ("weaponized", "Donald Trump", "President Donald Trump", "say", "partial"),
    ("fundamental change in mindset", "Pam Bondi", "Bondi", "call", "partial"),
    ("We must do more than try", "Pam Bondi", "Bondi", "write", "full"),
    ("It is not enough to stem", "Pam Bondi", "Bondi", "write", "continuation"),
    # "Bondi's memo said": the memo's named author (the next paragraph says "she said")
    ("Attorneys assigned to those", "Pam Bondi", "Bondi's memo", "say", "full"),
    ("and resources currently devoted", "Pam Bondi", "Bondi's memo", "say", "continuation"),
    ("shall prioritize investigations", "Pam Bondi", "she", "say", "partial"),
    ("The elimination of kleptocracy", "Gary Kalman", "Kalman", "say", "full"),
    ("Those networks had some", "Gary Kalman", "he", "say", "full"),
    ("Dismantling those programs", "Gary Kalman", "he", "say", "continuation"),
    # inside Kalman's reported speech ("Kalman said, much will depend on ..."): his words
    ("transnational criminal organizations.", "Gary Kalman", "Kalman", "say", "partial"),
    ("are by nature, transnational crimes,", "Gary Kalman", "he", "point out", "partial"),
    ("For example, do they consider", "Gary Kalman", "he", "ask", "full"),
    ("FCPA enforcement might actually", "a group of attorneys at the law firm Arnold & Porter", "they", "write", "full"),
    ("For example, DOJ might more", "a group of attorneys at the law firm Arnold & Porter", "they", "write", "continuation"),
    ("To free resources to address", "Pam Bondi", "Bondi", "write", "full"),
    ("terrible mistake", "Susannah Goodman", "Susannah Goodman", "statement", "partial"),
    ("The FITF provides critical", "Susannah Goodman", "Goodman", "say", "full"),
    ("We know that foreign governments", "Susannah Goodman", "she", "say", "full"),
    ("States and local officials", "Susannah Goodman", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-08-order-halts-myanmar-refugee-resettlement"] = [
    ("the United States has been inundated", "Donald Trump", "U.S. President Donald Trump", "say", "partial"),
    # no reporting verb; the sentence gives the words as the administration's: its principal
    ("until such time as the further entry", "Donald Trump", "The administration", "allow", "partial"),
    # unnamed department spokesperson: the department (dev2)
    ("coordinating with implementing partners", "State Department", "a U.S. State Department spokesperson", "tell", "partial"),
    ("We are aware that the deal is on hold", "Rangsiman Rome", "he", "tell", "full"),
    ("After the 20th, after the announcement", "Nido", "Nido", "say", "full"),
    ("On the 27th, many people", "Nido", "he", "say", "full"),
    ("The interviews, the vaccinations", "Nido", "he", "say", "continuation"),
    ("Some of their staff, when we sit", "Bweh Say", "he", "say", "full"),
    ("This [deal] is very important", "Nido", "Nido", "say", "full"),
    ("The situation in Myanmar now", "Nido", "he", "say", "full"),
    ("A lot of conflict and fighting.", "Nido", "he", "say", "continuation"),
    ("The president has decided", "Brett Shumate", "A Justice Department official, Brett Shumate", "say", "full"),
    ("If they could return", "Wahkushee Tenner", "Wahkushee Tenner", "say", "full"),
    ("Resettlement is not the best option,", "Wahkushee Tenner", "she", "say", "full"),
    ("but there is no best", "Wahkushee Tenner", "she", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-11-hamas-threatens-delay-hostage-release"] = [
    ("all hell is going to break out", "Donald Trump", "U.S. President Donald Trump", "say", "partial"),
    # unnamed spokesperson of the armed wing: the organisation as the article names it
    ("as long as the occupation adheres", "al-Qassam Brigades", "A spokesperson for Hamas' armed wing, the al-Qassam Brigades", "statement", "partial"),
    ("with airstrikes and gunfire", "Hamas", "The group", "say", "partial"),
    ("to facilitate the entry of humanitarian", "Hamas", "The group", "say", "partial"),
    ("a complete violation", "Israel Katz", "Israeli Defense Minister Israel Katz", "say", "partial"),
    ("real estate development for the future.", "Donald Trump", "he", "call", "partial"),
    ("I would own it,", "Donald Trump", "he", "say", "full"),
    ("No, they wouldn't, because", "Donald Trump", "Trump", "say", "full"),
    # a new quote with its own "Trump said" after the previous one closed: full
    ("In other words, I'm talking", "Donald Trump", "Trump", "say", "full"),
    ("beautiful communities", "Donald Trump", "Trump", "say", "partial"),
    ("Could be five, six, could be two.", "Donald Trump", "Trump", "say", "full"),
    ("forced the enemy to submit", "Abdel Latif Al-Qanoua", "Hamas spokesperson Abdel Latif Al-Qanoua", "say", "partial"),
    ("Illusion of achieving total victory.", "Abdel Latif Al-Qanoua", "Hamas spokesperson Abdel Latif Al-Qanoua", "say", "partial"),
    # a term of the deal's second phase, no reporting verb (as dev7's category label): scare
    ("sustainable calm.", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-11-un-human-rights-withdrawal-reactions"] = [
    ("protected human rights abusers", "the executive order", "The executive order", "say", "partial"),
    ("renewed scrutiny.", "the executive order", "The executive order", "add", "partial"),
    # "the Trump administration": an unnamed office resolves to its principal
    ("bias against Israel,", "Donald Trump", "the Trump administration", "criticize", "partial"),
    ("It will have a negative impact.", "Robert King", "King", "tell", "full"),
    ("And the fact that the United States", "Robert King", "King", "tell", "continuation"),
    ("a short-sighted decision.", "Roberta Cohen", "Roberta Cohen", "say", "partial"),
    ("If the reforms are needed", "Roberta Cohen", "Cohen", "tell", "full"),
    ("Walking away cedes the floor", "Roberta Cohen", "Cohen", "tell", "continuation"),
    ("The Human Rights Council has become", "Suzanne Scholte", "Suzanne Scholte", "say", "full"),
    ("We're not addressing the horrific", "Suzanne Scholte", "Suzanne Scholte", "say", "continuation"),
    ("This is about the Trump administration", "David Maxwell", "Maxwell", "tell", "full"),
    ("When these organizations are coerced", "David Maxwell", "Maxwell", "tell", "continuation"),
    ("Pulling out of the UNHRC", "Andrew Yeo", "Yeo", "tell", "full"),
    ("The U.S. has other means", "Andrew Yeo", "Yeo", "tell", "continuation"),
    ("because we are engaged with our allies", "State Department", "The State Department", "explain", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-12-new-intelligence-chief-promises-deliver"] = [
    ("help fulfill that mandate", "Tulsi Gabbard", "Gabbard", "tell", "partial"),
    ("The American people have very little", "Tulsi Gabbard", "she", "say", "full"),
    ("It is truly humbling", "Tulsi Gabbard", "Gabbard", "say", "full"),
    ("ensuring that war is the last resort", "Tulsi Gabbard", "Gabbard", "praise", "partial"),
    ("We simply cannot, in good conscience", "Chuck Schumer", "Minority Leader Chuck Schumer", "say", "full"),
    ("If we had a secret ballot", "Chuck Schumer", "he", "say", "full"),
    ("People know.", "Chuck Schumer", "he", "say", "continuation"),
    ("fearless spirit.", "Donald Trump", "Trump", "praise", "partial"),
    ("It's fair to say Ms. Gabbard's", "Tom Cotton", "Senate Intelligence Committee Chairman Tom Cotton", "acknowledge", "full"),
    ("Senator, my heart is with", "Tulsi Gabbard", "Gabbard", "say", "full"),
    # the article gives only the surname
    ("I continue to have significant", "Warner", "Warner, a Democrat", "say", "full"),
    ("Repeatedly, you have excused", "Warner", "Warner", "say", "continuation"),
    # Gabbard's letter (shared by Young): its author
    ("not advocate for any protections", "Tulsi Gabbard", "she", "pledge", "partial"),
    ("regarding the legal standing", "Tulsi Gabbard", "Gabbard", "promise", "partial"),
]
