"""Hand annotations for eight dev7 articles (VOA), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of the article has a row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-31-un-warns-global-hunger-hot-spots"] = [
    ("So, you have conflict impacts", "Arif Husain", "Arif Husain", "say", "full"),
    ("And the report says basically", "Arif Husain", "Husain", "say", "full"),
    ("Time is running out", "Rein Paulsen", "Rein Paulsen", "tell", "full"),
    # own paragraph with its own "he said": full; "he" = Paulsen, the only speaker in sight
    ("People are facing total collapse", "Rein Paulsen", "he", "say", "full"),
    # "he" after the paragraph paraphrasing Paulsen
    ("And those famine conditions", "Rein Paulsen", "he", "say", "full"),
    # "he added" follows "Paulsen said" in the previous paragraph
    ("Immediate action is imperative", "Rein Paulsen", "he", "add", "full"),
    # the report's category label ("hotspots of very high concern"); no reporting expression
    # and no one speaking it in the sentence: treated as a label (scare)
    ("very high concern", "", "", "", "scare"),
    ("These are classified and categorized", "Rein Paulsen", "Paulsen", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-01-sanctions-violations-arrest-russian-businessman-faced"] = [
    ("As alleged, he lied", "Matthew M. Graves", "U.S. Attorney Matthew M. Graves", "state", "full"),
    ("Fortunately, our skilled", "Matthew M. Graves", "U.S. Attorney Matthew M. Graves", "state", "continuation"),
    # "the company" = Cubios (its statement on its website)
    ("Neither Cubios nor", "Cubios", "the company", "say", "full"),
    ("falsely listed himself", "Cubios", "The startup", "say", "partial"),
    # "he" = Ilya Osipov, named in the paragraph before
    ("I was looking for someone", "Ilya Osipov", "he", "write", "full"),
    ("for business purposes", "Ilya Osipov", "Osipov", "tell", "partial"),
    # unnamed judge: "a U.S. magistrate judge" in the paragraph before, "the judge" here
    ("did not list his home", "a U.S. magistrate judge", "the judge", "write", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-06-arab-leaders-congratulate-trump-wonder-if"] = [
    ("One of his main campaign promises", "Dania Koleilat Khatib", "she", "say", "full"),
    ("The thing that is worrying", "Dania Koleilat Khatib", "she", "say", "continuation"),
    ("He will boldly tell Netanyahu", "Osama Al Sharif", "he", "say", "full"),
    # paragraph with no attribution of its own continues Al Sharif's quote
    ("Trump doesn", "Osama Al Sharif", "he", "say", "continuation"),
    ("isolationist who wants", "Osama Al Sharif", "he", "say", "partial"),
    # "he" = Al Sharif ("He predicted..."), not Trump
    ("More sanctions", "Osama Al Sharif", "he", "say", "full"),
    ("He may be able to communicate", "Osama Al Sharif", "he", "say", "continuation"),
    ("would complicate things dramatically", "Osama Al Sharif", "he", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-07-historic-shift-american-muslim-arab-voters"] = [
    ("This is the first time in more than 20 years", "Robert McCaw", "McCaw", "say", "full"),
    ("Gaza took a toll", "James Zogby", "Zogby", "tell", "full"),
    ("What they saw happening", "James Zogby", "Zogby", "tell", "continuation"),
    ("I [voted for Trump]", "Samraa Luqman", "Luqman", "say", "full"),
    ("The No. 1 reason", "Samraa Luqman", "Luqman", "say", "full"),
    ("It really put the nail", "Samraa Luqman", "she", "say", "full"),
    ("I think everybody that lives here", "Asm Kamal Rahman", "Asm Kamal Rahman", "say", "full"),
    ("I'm sick and tired", "Nagi Almudhegi", "Nagi Almudhegi", "say", "full"),
    ("His outreach didn", "Asm Kamal Rahman", "Rahman", "say", "full"),
    # the nested single-mark words stay inside Zogby's quote
    ("I think it gave an open field", "James Zogby", "Zogby", "say", "full"),
    ("So ... one camp is happy", "Chad Haines", "Haines", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-03-biden-seeking-additional-24b-support-ukraine"] = [
    ("This funding not only supports", "a U.S. defense official", "a U.S. defense official", "tell", "full"),
    # "one official" of the officials who saw the request; kept as written
    ("We defer to Congress", "one official", "one official", "say", "full"),
    ("Any Biden funding demands", "Mike Lee", "Senator Mike Lee", "post", "full"),
    ("are for the incoming administration", "Mike Johnson", "Speaker of the House Mike Johnson", "write", "partial"),
    ("The American people resoundingly", "Mike Johnson", "Johnson", "add", "full"),
    ("another escalation in Russia", "Pentagon", "the Pentagon", "call", "partial"),
]

# ---------------------------------------------------------------------------
# The stray closing mark after "expires." (Elizabeth Jacobs paragraph) opens nothing: no row.
GOLD["voa-2025-01-22-trump-revokes-humanitarian-parole-migrants-4"] = [
    ("Securing Our Borders", "", "", "", "scare"),
    # wording of the executive order, named as the source in the same sentence
    # ("Under the executive order ... President Trump aimed to take ...")
    ("all appropriate action", "the executive order", "the executive order", "order", "partial"),
    ("without status", "Elizabeth Jacobs", "Jacobs", "say", "partial"),
    ("Americans have been able to legally", "Nazanin Ash", "Nazanin Ash", "write", "partial"),
    ("Those who had parole protection", "Cori Alonso-Yoder", "Cori Alonso-Yoder", "tell", "full"),
    # a fragment after "However," whose source is Meissner in the sentence before
    ("they certainly will not renew it", "Doris Meissner", "Doris Meissner", "say", "partial"),
    ("So what happens to those people", "Doris Meissner", "she", "note", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-11-tariffs-take-effect-beijing-washington-look"] = [
    ("Phase 1", "", "", "", "scare"),
    ("The two sides need to start somewhere", "Chad Brown", "Chad Brown", "explain", "full"),
    ("First, the two sides reached", "Denny Roy", "he", "tell", "full"),
    ("suits both sides", "Denny Roy", "He", "explain", "partial"),
    # "he" = Roy; Trump is named inside the quote only
    ("Trump wants to claim", "Denny Roy", "he", "explain", "full"),
    ("A major bilateral economic deal", "Denny Roy", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-26-trump-examines-china-copper-production"] = [
    ("gain control of the world", "administration officials", "administration officials", "say", "partial"),
    ("Tariffs will help rebuild", "Howard Lutnick", "Lutnick", "read", "full"),
    # the counselor is named only at the end of the quote ("Peter Navarro said")
    ("China has long used", "Peter Navarro", "Peter Navarro", "say", "full"),
    ("China has successfully expanded", "Peter Navarro", "Peter Navarro", "say", "continuation"),
    ("untapped", "Peter Navarro", "Navarro", "tell", "partial"),
]
