"""Hand annotations for eight dev10 articles (two VOA reports of 22 and 25 February 2025, six
Wikinews stories of 2005 and 2006), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article (headline included) has a row.
Speakers were decided by reading the article text only, following data/gold/README.md ("who
speaks") and the open calls recorded in tests/real/quotes/README.md. The Wikinews bodies are one
paragraph each (paragraph breaks lost upstream), so a split quote's later piece that follows its
cue in the same run of text is `continuation`, and a quote with its own new cue is `full`.
Single marks nested inside a double-mark quote (‘President Bush, what is the mission
exactly?’) stay inside it.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-22-ap-sues-white-house-access"] = [
    # the new name the executive order gives the gulf: a label no one speaks here (dev8 labels)
    ("Gulf of America.", "", "", "", "scare"),
    ("vindicate its rights to the editorial", "Associated Press", "The news group", "say", "partial"),
    ("The White House has ordered The Associated", "Associated Press", "the AP", "say", "full"),
    ("The press and all people in the United", "Associated Press", "it", "say", "full"),
    # next paragraph, no cue of its own: continues the AP's quote of the paragraph before
    ("The Constitution does not allow", "Associated Press", "it", "say", "continuation"),
    ("We'll see them in court,", "Karoline Leavitt", "Leavitt", "say", "full"),
    ("We feel we are in the right.", "Karoline Leavitt", "she", "say", "full"),
    # "In its style guide, the AP noted": the AP is the subject of the verb, so the AP speaks
    # (as dev9's company report quoted "by" the company), not "its style guide"
    ("carried that name for more than", "Associated Press", "the AP", "note", "partial"),
    ("The Associated Press will refer to it", "Associated Press", "it", "say", "full"),
    ("As a global news agency", "Associated Press", "it", "say", "continuation"),
    ("radical left organization", "Donald Trump", "Trump", "call", "partial"),
    ("something that we feel strongly about.", "Donald Trump", "Trump", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-25-house-speaker-secures-budget-votes"] = [
    ("reckless.", "Democrats", "Democrats", "call", "partial"),
    ("We have a lot of hard work ahead", "Mike Johnson", "Johnson", "tell", "full"),
    ("We’re going to deliver all of it", "Mike Johnson", "Johnson", "tell", "continuation"),
    # a statement by Johnson "and other House Republican leaders": theirs jointly, the unnamed
    # co-authors by the description as written
    ("that secures our border", "Mike Johnson; other House Republican leaders",
     "Johnson and other House Republican leaders", "statement", "partial"),
    ("slash and burn", "Hakeem Jeffries", "House Democratic Leader Hakeem Jeffries", "say", "partial"),
    ("The reckless Republican budget", "Hakeem Jeffries", "Jeffries", "tell", "full"),
    ("Not only are we working to find", "Mike Johnson", "Johnson", "say", "full"),
    ("one big, beautiful bill", "Donald Trump", "President Donald Trump", "call for", "partial"),
    # "the lawmakers" = the group of seven House Republicans Gonzales led (only he is named);
    # the group by its description, as dev9's "a group of attorneys at the law firm ..."
    ("Slashing Medicaid would have", "a group of seven House Republicans", "the lawmakers", "letter", "full"),
    # a whole sentence, but woven in after "posted ... that": partial (dev8)
    ("The House and Senate are doing", "Donald Trump", "Trump", "post", "partial"),
    ("We're keeping all the options", "John Thune", "Thune", "tell", "full"),
    ("Make no mistake, it will rob", "Chuck Schumer", "Schumer", "tell", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-06-18-hotel-rwanda-hero-tours-usa"] = [
    # a film title
    ("Hotel Rwanda", "", "", "", "scare"),
    ("I thought I was doing the right thing,", "Paul Rusesabagina", "Rusesabagina", "say", "full"),
    ("You also should do the right thing.", "Paul Rusesabagina", "Rusesabagina", "say", "continuation"),
    # introduced by the sentence before ("He explained the situation ... in simple terms."), no
    # verb of its own: a whole utterance, full
    ("There were bad people and good people.", "Paul Rusesabagina", "He", "explain", "full"),
    ("No, fortunately I did not have time", "Paul Rusesabagina", "he", "respond", "full"),
    # introduced only by "speaking with business leaders, he focused on ...": his words, full
    ("What is going on in Darfur", "Paul Rusesabagina", "he", "speak", "full"),
    # set up by "He encouraged ... made it clear that ...", closed by ", emphasizing ...": full
    ("What Africans need as a whole", "Paul Rusesabagina", "He", "emphasize", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-08-17-camp-casey-moves-protest-continues"] = [
    # headline: the camp's name
    ("Camp Casey", "", "", "", "scare"),
    ("A kind gentleman from down the road", "Cindy Sheehan", "Sheehan", "say", "full"),
    ("I just think people should have", "Fred Mattlage", "The property owner, U.S. Army veteran Fred Mattlage", "say", "full"),
    ("He offered it because he heard", "Cindy Sheehan", "Sheehan", "tell", "full"),
    # the reporter takes up Sheehan's words of the quote just before ("the shots fired at us"):
    # her wording borrowed, as dev9's "total elimination" lede, not a label of the reporter's
    ("shots fired", "Cindy Sheehan", "Sheehan", "tell", "partial"),
    # the article calls him only "Bush" / "President Bush": the name as the article gives it
    ("I sympathize with Mrs. Sheehan.", "Bush", "he", "say", "full"),
    ("I think it's important for me to be", "Bush", "Bush", "tell", "full"),
    ("But, I think it's also important", "Bush", "Bush", "tell", "continuation"),
    ("What started out as a grieving mom", "Greg Mueller", "Greg Mueller, a conservative public-relations executive", "comment", "full"),
    # her first name is not in the text ("A former FBI special agent, Rowley")
    ("It puts a human face on this issue", "Rowley", "Rowley", "say", "full"),
    ("Our children are dying", "Becky Lourey", "Becky Lourey", "add", "full"),
    # its own cue ("Lourey said."): full
    ("Truth has been shifting all around", "Becky Lourey", "Lourey", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-01-02-bondi-pavilion-flag-row"] = [
    ("There is no problem with the flag", "George Newhouse", "Waverley deputy mayor George Newhouse", "respond", "full"),
    ("We already fly the flag at Bondi", "George Newhouse", "Mr Newhouse", "say", "full"),
    # a second quote with its own "said Mr Newhouse": full
    ("The Pavilion is a heritage-listed", "George Newhouse", "Mr Newhouse", "say", "full"),
    ("Our flag is a symbol of national unity", "Morris Iemma", "Premier Iemma", "say", "full"),
    ("It's an iconic heritage building.", "Mora Main", "Cr Main", "say", "full"),
    ("I have called on the Premier", "Mora Main", "she", "say", "full"),
    ("It's great to hear this discussion", "Mora Main", "she", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-04-01-iraq-war-vet-claims-atrocities"] = [
    ("like a soccer ball.", "Joshua Key", "Joshua Key, a 27-year-old U.S. war deserter", "allege", "partial"),
    ("I couldn't believe someone could", "Joshua Key", "Key", "say", "full"),
    ("just shoot and ask questions later,", "Joshua Key", "Key", "according to", "partial"),
    ("It's like people could kill", "Joshua Key", "He", "say", "full"),
    # a label inside Key's reported claim: his partial (dev9)
    ("trigger happy", "Joshua Key", "Key", "claim", "partial"),
    ("He has boots-on-the-ground", "Jeffry House", "House", "say", "full"),
    ("(Iraqis) are just normal people.", "Joshua Key", "Key", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-05-15-saddam-trial-resumes-formally-charged"] = [
    # the judge is only "Judge Abdel-Rahman" / "Rahman" in the text
    ("guilty or not guilty", "Abdel-Rahman", "Judge Abdel-Rahman", "ask", "partial"),
    # a whole utterance right after "replied," (lower-case start as written): full
    ("this is no way to treat the president", "Saddam Hussein", "Hussain", "reply", "full"),
    # the plea the judge entered: the name of a plea, no one saying it (as dev7's category
    # labels with no reporting verb)
    ("not guilty", "", "", "", "scare"),
    ("I can’t just say yes or no", "Saddam Hussein", "Hussein", "say", "full"),
    ("You are before Saddam Hussein", "Saddam Hussein", "he", "add", "full"),
    ("After allegations of coming under", "Abdel-Rahman", "Rahman", "say", "full"),
    ("All you said are lies", "Barzan Ibrahim", "Ibrahim", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-06-05-bush-pushes-gay-marriage-ban"] = [
    ("Changing the definition of marriage", "George W. Bush", "Bush", "say", "full"),
    ("The Defense of Marriage Act declares", "George W. Bush", "the President", "say", "full"),
    # opens after the reporter's "State legislatures": a fragment of the sentence
    ("are being thwarted by activist judges", "George W. Bush", "he", "say", "partial"),
    ("cornerstone of a healthy society", "George W. Bush", "Bush", "declare", "partial"),
    ("back where it belongs:", "George W. Bush", "Bush", "declare", "partial"),
    ("proud to stand", "George W. Bush", "Bush", "tell", "partial"),
    ("A vote for this amendment is a vote", "Edward M. Kennedy", "Democratic Senator Edward M. Kennedy of Massachusetts", "say", "full"),
    ("Marriage between one man and one woman", "Bill Frist", "Senate Majority Leader Bill Frist", "say", "full"),
    ("As such, marriage as an institution", "Bill Frist", "Senate Majority Leader Bill Frist", "say", "continuation"),
    ("The reason for this debate", "Harry Reid", "Reid", "say", "full"),
    ("This is another one of the president's", "Harry Reid", "Reid", "say", "continuation"),
]

