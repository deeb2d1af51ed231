"""Hand annotations for eight dev8 articles (VOA, February 2025), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only, following data/gold/README.md ("who speaks") and
the open calls recorded in tests/real/quotes/README.md.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-24-un-vote-russia-ukraine-resolutions"] = [
    # a draft resolution quoted on its own is its own speaker (a document, like "the order")
    ("a swift end to the conflict", "the U.S. resolution", "The U.S. resolution", "call", "partial"),
    ("affirm that this conflict is awful", "Marco Rubio", "U.S. Secretary of State Marco Rubio", "say", "partial"),
    ("This is our opportunity", "Marco Rubio", "Rubio", "statement", "full"),
    # the document by its name in the article ("the Ukrainian resolution", para 2)
    ("has persisted for three years", "the Ukrainian resolution", "The more extensive Ukrainian resolution", "say", "partial"),
    ("a de-escalation, an early cessation", "the Ukrainian resolution", "It", "call", "partial"),
    ("must spare no effort", "Antonio Guterres", "U.N. Secretary-General Antonio Guterres", "say", "partial"),
    ("stop hostilities only when", "Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov", "say", "partial"),
    ("cannot be weak", "Emmanuel Macron", "Macron", "say", "partial"),
    ("We are in Kyiv today", "Ursula von der Leyen", "von der Leyen", "say", "full"),
    ("In this fight for survival", "Ursula von der Leyen", "von der Leyen", "say", "continuation"),
    ("entirely predictable,", "Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov", "call", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-26-app-homebuyers-neighbor-politics"] = [
    ("The purpose of Oyssey", "Darian Kelly", "Darian Kelly, co-founder of Oyssey", "say", "full"),
    ("It's to get you to the understanding", "Darian Kelly", "Darian Kelly", "say", "continuation"),
    ("They don't want politics", "Ben McCartney", "McCartney", "say", "full"),
    ("So, political polarization", "Ben McCartney", "McCartney", "say", "full"),
    ("People do seem to care", "Ben McCartney", "he", "say", "full"),
    ("And I tend to be supportive", "Ben McCartney", "he", "say", "continuation"),
    ("Where is the area with the most", "Darian Kelly", "Kelly", "say", "full"),
    ("And we can try to get an idea", "Darian Kelly", "Kelly", "say", "continuation"),
    ("I actually get upset", "Darian Kelly", "Kelly", "say", "full"),
    # unattributed paragraph that continues Kelly's words of the paragraph before
    ("We believe that we're giving", "Darian Kelly", "Kelly", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-27-europe-could-not-replace-us"] = [
    ("independent", "Friedrich Merz", "Friedrich Merz", "say", "partial"),
    ("largely indifferent", "Friedrich Merz", "Friedrich Merz", "say", "partial"),
    ("In particular, the U.S. has huge", "Andriy Zolotarev", "he", "say", "full"),
    ("All the European countries", "Andriy Zolotarev", "he", "say", "continuation"),
    ("Their efforts can soften", "Andriy Zolotarev", "he", "say", "full"),
    ("This will simply delay", "Andriy Zolotarev", "he", "say", "continuation"),
    ("a single entity.", "Mark Feigin", "Mark Feigin", "note", "partial"),
    ("The strength of the United States", "Mark Feigin", "he", "say", "full"),
    ("Europe's potential is dispersed", "Mark Feigin", "he", "say", "continuation"),
    ("Well, ideally, it should be", "Alexey Bayer", "economist Alexey Bayer", "say", "full"),
    ("It should be either some reparations", "Alexey Bayer", "economist Alexey Bayer", "say", "continuation"),
    ("unlikely", "Alexey Bayer", "Bayer", "tell", "partial"),
    # a second fragment woven into the same reporter's sentence: partial, not continuation
    ("even a post-Putin one", "Alexey Bayer", "Bayer", "tell", "partial"),
    ("It’s one thing to freeze assets", "Alexander Cooley", "Alexander Cooley", "say", "full"),
    ("This is the legal struggle", "Alexander Cooley", "he", "say", "full"),
    ("I think the Europeans are going", "Cliff Kupchan", "he", "say", "full"),
    # the term those who "have called for" it use (marks quote their phrase, not a mere
    # label): theirs jointly, Zelenskyy named first, the rest as written
    ("Marshall Plan", "Volodymyr Zelenskyy; various Western officials and experts",
     "Ukrainian President Volodymyr Zelenskyy and various Western officials and experts", "call for", "partial"),
    # unattributed paragraph right after "Kupchan said ..." (paraphrase, not a quote): his
    # words, a whole utterance
    ("Right now, the U.S. is not only", "Cliff Kupchan", "Kupchan", "say", "full"),
    ("I don’t think it will be that slow", "Cliff Kupchan", "he", "say", "full"),
    ("As fast as it would be", "Cliff Kupchan", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-27-gold-card-sparks-immigration-confusion"] = [
    ("a route to citizenship.", "Donald Trump", "President Donald Trump", "announce", "partial"),
    ("We have it all worked out", "Donald Trump", "Trump", "say", "full"),
    ("The truth is the president", "Michael Wildes", "Michael Wildes", "say", "full"),
    ("He will treat people", "Michael Wildes", "Wildes", "tell", "full"),
    ("This is consistent with his ethic.", "Michael Wildes", "Wildes", "tell", "continuation"),
    ("If the administration is proposing", "Jorge Loweree", "Jorge Loweree", "tell", "full"),
    ("The parameters of that program", "Jorge Loweree", "Jorge Loweree", "tell", "continuation"),
    ("Selling green cards is good", "David J. Bier", "David J. Bier", "write", "full"),
    # a whole sentence, but woven into the reporter's "One, he wrote, is that ..."
    ("President Trump cannot lawfully", "David J. Bier", "he", "write", "partial"),
    ("We're going to be selling a gold card", "Donald Trump", "Trump", "say", "full"),
    ("You have the green card?", "Donald Trump", "Trump", "say", "continuation"),
    # Trump's own phrase echoed ("what he meant by"): his words
    ("route to citizenship.", "Donald Trump", "he", "mean", "partial"),
    ("Companies will pay for people", "Donald Trump", "he", "say", "full"),
    ("full of nonsense, make-believe and fraud.", "Howard Lutnick", "he", "describe", "partial"),
    ("We can use that money", "Howard Lutnick", "he", "say", "full"),
    ("stringent vetting program", "Shereen Chen", "Chen", "say", "partial"),
    ("Right now, it's very hard", "Shereen Chen", "Chen", "say", "full"),
    # "a deal commonly known as": a nickname, no one speaking it
    ("golden passport.", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-27-tariffs-workarounds-chinese-goods"] = [
    # the name of a label, no one speaking it
    ("Made in China", "", "", "", "scare"),
    # same: the label the company's pledge keeps on its products
    ("Made in the USA", "", "", "", "scare"),
    # the notice is the subject of "said": a document quoted on its own is its own speaker
    # (description as written), like "the order"
    ("The current allegations allege", "a notice issued from U.S. Customs and Border Protection",
     "a notice issued from U.S. Customs and Border Protection", "say", "full"),
    ("We have assisted several clients", "Daniel Pickard", "Pickard", "tell", "full"),
    ("Our clients typically are", "Daniel Pickard", "Pickard", "tell", "continuation"),
    ("While it is increasingly difficult", "Jayant Menon", "Menon", "say", "full"),
    ("If bypass attempts are suspected", "Jayant Menon", "he", "say", "full"),
    ("We anticipate CBP will increase", "Daniel Pickard", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-28-fort-knox-is-gold-there"] = [
    # the lede question, asked by no one in particular; the next sentence names it "the
    # decades-old question" (as "the question" in dev6)
    ("Is the gold there?", "the decades-old question", "the decades-old question about the legendary Fort Knox", "question", "full"),
    ("We're actually going to Fort Knox", "Donald Trump", "Trump", "say", "full"),
    ("Who is confirming that gold", "Elon Musk", "Musk", "post", "full"),
    ("Maybe it’s there, maybe it’s not.", "Elon Musk", "Musk", "post", "continuation"),
    # a set phrase, no one speaking it
    ("secure as Fort Knox.", "", "", "", "scare"),
    ("classified facility,", "U.S. Mint", "The U.S. Mint", "call", "partial"),
    # the policy's wording, given as the Mint's (subject of the same sentence)
    ("no visitors, no exceptions", "U.S. Mint", "The U.S. Mint", "call", "partial"),
    ("Glad gold is safe!", "Steve Mnuchin", "Mnuchin", "tweet", "full"),
    ("to document and verify", "Glenn Beck", "Conservative radio host Glenn Beck", "write", "partial"),
    ("A full, independent audit", "mining.com", "mining.com", "write", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-28-starmer-project-unity-with-trump"] = [
    ("reach a peace that is tough and fair", "Keir Starmer", "Starmer", "say", "partial"),
    ("that rewards the aggressor,", "Keir Starmer", "Starmer", "underscore", "partial"),
    ("the aggressor is Russia.", "Emmanuel Macron", "French President Emmanuel Macron", "remarks", "partial"),
    ("We agreed history must be", "Keir Starmer", "Starmer", "say", "full"),
    ("because that is the only way", "Keir Starmer", "Starmer", "say", "partial"),
    # the term of the debate ("a proposed U.S. backstop"), no one speaking it in this sentence
    ("backstop", "", "", "", "scare"),
    ("I don't like to talk about peacekeeping", "Donald Trump", "Trump", "say", "full"),
    ("I like to get things done.", "Donald Trump", "Trump", "say", "continuation"),
    ("It's a backstop, you could say.", "Donald Trump", "the president", "tell", "full"),
    ("common sense,", "Donald Trump", "Trump", "defend", "partial"),
    ("If you want peace", "Donald Trump", "Trump", "say", "full"),
    ("very well advanced", "Donald Trump", "Trump", "say", "partial"),
    ("keep his word", "Donald Trump", "He", "express confidence", "partial"),
    ("I've known him for a long time now", "Donald Trump", "he", "say", "full"),
    ("We had to go through the Russian hoax", "Donald Trump", "he", "add", "continuation"),
    # Biden's policies "insisted on" the slogan: the policies resolve to their principal
    ("nothing about Ukraine without Ukraine,", "Joe Biden", "Biden's policies", "insist", "partial"),
    ("dictator.", "Donald Trump", "he", "call", "partial"),
    ("I have a lot of respect for him", "Donald Trump", "Trump", "say", "full"),
    ("Western elites", "Vladimir Putin", "He", "say", "partial"),
    # unnamed official on background: the description as written
    ("concerns", "a senior administration official", "a senior administration official", "say", "partial"),
    ("post-Minsk I level of conflict", "a senior administration official", "a senior administration official", "say", "partial"),
    ("dialed down to a functional ceasefire,", "a senior administration official", "The official", "say", "partial"),
    # the official's word, set in apposition right after "the official said"
    ("trade-off", "a senior administration official", "the official", "say", "partial"),
    ("It would be very odd", "Gesine Weber", "she", "tell", "full"),
    ("The most important thing is", "Michael O'Hanlon", "Michael O'Hanlon", "say", "full"),
    ("If that's the case", "Michael O'Hanlon", "O'Hanlon", "add", "full"),
    ("historic", "Keir Starmer", "Starmer", "underscore", "partial"),
    ("unprecedented.", "Keir Starmer", "Starmer", "underscore", "partial"),
    ("I think you're trying to find a divide", "Keir Starmer", "he", "say", "full"),
    ("earned whatever they", "Donald Trump", "Trump", "tell", "partial"),
    ("step up.", "Donald Trump", "Trump", "reiterate", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-28-zelenskyy-meeting-devolves-heated-exchange"] = [
    ("You're either going to make a deal", "Donald Trump", "Trump", "tell", "full"),
    ("I have determined that President", "Donald Trump", "Trump", "write", "full"),
    # unattributed paragraph that continues Trump's post
    ("He disrespected the United States", "Donald Trump", "Trump", "write", "continuation"),
    ("propaganda tour.", "JD Vance", "U.S. Vice President JD Vance", "accuse", "partial"),
    ("I think it's disrespectful", "JD Vance", "he", "tell", "full"),
    ("You don't have the cards right now", "Donald Trump", "Trump", "say", "full"),
    ("You're gambling with the lives", "Donald Trump", "Trump", "say", "continuation"),
    ("didn't work out exactly great.", "Donald Trump", "Trump", "tell", "partial"),
    ("looking to go on and fight", "Donald Trump", "Trump", "say", "partial"),
    ("We are not looking to go into", "Donald Trump", "Trump", "say", "full"),
    # para 14 (Trump responded, 'He's got to say, 'I want to make peace.'") opens with single
    # marks only; its final straight mark closes nothing and goldtool skips it: no row
    ("Thank you America,", "Volodymyr Zelenskyy", "Zelenskyy", "post", "full"),
    ("Thank you @POTUS", "Volodymyr Zelenskyy", "Zelenskyy", "post", "continuation"),
    ("more on our side.", "Volodymyr Zelenskyy", "He", "add", "partial"),
    ("I think that we have to be very open", "Volodymyr Zelenskyy", "Zelenskyy", "say", "full"),
    ("We have something that is a very fair deal", "Donald Trump", "Trump", "tell", "full"),
    # the name as the article spells it
    ("For three years, President Zelenskyy", "Hakeem Jefferies", "House Democratic leader Hakeem Jefferies", "statement", "full"),
    ("Thanks to President Trump", "Mike Johnson", "Republican Speaker of the House Mike Johnson", "write", "full"),
    ("American President putting America first.", "Mike Johnson", "Mike Johnson", "add", "partial"),
    ("The insolent pig finally", "Dmitry Medvedev", "Dmitry Medvedev", "post", "full"),
    # the nested 'gambling with WWIII.' stays inside Medvedev's quote
    ("is right: The Kiev [sic] regime", "Dmitry Medvedev", "Medvedev", "add", "partial"),
    ("The President is fighting for our country", "Andriy Yermak", "Yermak", "post", "full"),
    ("Without real guarantees", "Andriy Yermak", "Yermak", "post", "continuation"),
    ("Ukraine is Europe! We stand by Ukraine,", "Kaja Kallas", "European Union High Representative for Foreign Affairs Kaja Kallas", "say", "full"),
    # para 36 opens with a single mark ('We will step up ...,") and has no row for that piece
    # (as the two-single-mark opening of dev5); its straight closing mark then pairs in
    # goldtool.spans with the mark opening the second piece, leaving the non-quote span
    # ' Kallas said. ' listed as unannotated. The second piece is Kallas's, continuing.
    ("Today, it became clear", "Kaja Kallas", "Kallas", "say", "continuation"),
    ("dictator.", "Donald Trump", "Trump", "call", "partial"),
    ("common sense.", "Donald Trump", "He", "defend", "partial"),
    ("very well advanced", "Donald Trump", "He", "describe", "partial"),
    ("keep his word", "Donald Trump", "He", "express confidence", "partial"),
]
