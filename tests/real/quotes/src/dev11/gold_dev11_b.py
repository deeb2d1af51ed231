"""Hand annotations for eight dev11 articles (Wikinews, 2006 to 2008), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article (headline included) has a row.
Speakers were decided by reading the article text only, following data/gold/README.md ("who
speaks") and the open calls recorded in tests/real/quotes/README.md. Single marks in these
double-mark articles ('operation Sinbad'; Jefferson's 'I tremble ...' nested inside Bush's
quote) are not rows.

The Wikinews bodies are one paragraph each (breaks lost upstream). As in dev10, a quote with its
own attribution ("continued Mr. Bush", "adding,", "continued the script") is full; only an
unattributed later piece is continuation. A document, ad or website that is the subject of the
reporting verb speaks under the description as written (dev9, dev10 "the video"): "the script",
"the ad", "the website for the campaign", "military press releases". Ad headlines, slogans,
mottos, inscriptions, nicknames, terms and document titles with no reporting verb are scare
(dev7, dev8, dev10).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-08-29-president-bush-mocked-two-canadian-ad"] = [
    # a billboard's headline, no reporting verb ("under the headline"): a title, scare
    ("Don't read enough?", "", "", "", "scare"),
    # the ads' slogan ("over the words"), no reporting verb: scare
    ("Yale Shmale", "", "", "", "scare"),
    # "ads that feature Bush ... advising that": the ads are the subject of the verb, so they
    # speak under the description as written (dev9 documents, dev10 "the video"), not Lakehead
    ("graduating from an Ivy League", "ads that feature Bush", "ads that feature Bush", "advise", "partial"),
    # the website is the subject of "proclaims"; whole sentences after the verb, no "that": full
    ("There are universities and then", "the website for the campaign", "The website for the campaign", "proclaim", "full"),
    ("It was literally a tongue-in-cheek", "Frederick Gilbert", "he", "say", "full"),
    # "he said, adding, "..."": its own cue, full (dev10)
    ("I must say that older generations", "Frederick Gilbert", "he", "add", "full"),
    ("repugnant", "Isabelle Poniatowski", "Lakehead's student union president, Isabelle Poniatowski", "describe", "partial"),
    # The Guardian's banner ad, subject of "states:": "the ad" as written
    ("US presidents have always come to us", "the ad", "The ad", "state", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-02-21-uk-denmark-announce-troop-withdrawals-iraq"] = [
    ("coming months", "Tony Blair", "Tony Blair", "announce", "partial"),
    # "a government spokeswoman" of Lithuania: an unnamed spokesperson resolves to her
    # organisation (dev2), the government by its name as dev5's "Danish government"
    ("seriously considering", "Lithuanian government", "a government spokeswoman", "according to", "partial"),
    ("the next chapter in Basra", "Tony Blair", "Blair", "admit", "partial"),
    ("an orgy of terrorism", "Tony Blair", "Blair", "explain", "partial"),
    # "the prime minister" = Blair (the sentences around it are about Blair's plan for Basra,
    # not Rasmussen); opens after the reporter's subject: partial
    ("depends, of course, in part", "Tony Blair", "the prime minister", "according to", "partial"),
    ("important step", "Ministry of Defence", "The Ministry of Defence", "speak of", "partial"),
    # unnamed spokesperson of the White House: the White House (dev5 "White House")
    ("while the United Kingdom is maintaining", "White House", "A White House spokesperson", "state", "partial"),
    # passive "The press was told that Bush ...": Bush is the topic, not the speaker; the teller
    # is the White House spokesperson of the sentence before (same briefing)
    ("sees this as a sign of success", "White House", "A White House spokesperson", "tell", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-06-29-lady-bird-johnson-released-austin-hospital"] = [
    # nickname
    ("Lady Bird", "", "", "", "scare"),
    # "he observed" = President Lyndon B. Johnson; whole utterance after the verb: full
    ("If it's beautifying they want", "Lyndon B. Johnson", "he", "observe", "full"),
    ("ours is an automobile society,", "Lyndon B. Johnson", "the President", "recognize", "partial"),
    # no reporting verb, but the phrase is the President's own wording of his aim ("He wanted to
    # make roads the "..."") and he is the subject: his partial, not a scare term
    ("highways to the enjoyment", "Lyndon B. Johnson", "He", "want", "partial"),
    # terms of the bill that Dole's amendment would strike out / insert: words mentioned, no one
    # speaking them: scare
    ("Secretary of Commerce", "", "", "", "scare"),
    ("Lady Bird", "", "", "", "scare"),
    ("Beauty belongs to all the people,", "Lyndon B. Johnson", "the President", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-09-28-insurgent-commander-abu-al-tunisi-declared"] = [
    ("fracture", "Joseph Anderson", "Brig. Gen. Joseph Anderson", "state", "partial"),
    ("one of the most senior leaders", "Joseph Anderson", "Brig. Gen. Joseph Anderson", "claim", "partial"),
    ("part of the inner leadership circle", "Joseph Anderson", "Brig. Gen. Joseph Anderson", "claim", "partial"),
    # a whole sentence after "stated that": partial (dev8)
    ("This is one more al-Qaeda in Iraq", "Winfield Danielson", "Multinational Force Iraq spokesman Maj. Winfield Danielson", "state", "partial"),
    # "the military" = the US military, as the article names it at the end
    ("definitively identified", "US military", "the military", "state", "partial"),
    # the letter is the subject of "referred to": the document as written (dev9)
    ("desperate", "a letter found inside the house", "a letter found inside the house", "refer", "partial"),
    # no speaker word in the sentence; the only evidence the military offered ("they refused to
    # elaborate ... stating only that ..."): the military's words
    ("was with his belongings", "US military", "the military", "state", "partial"),
    # press releases are the subject of "reported": the document as written (dev9)
    ("definitively", "military press releases", "Military press releases", "report", "partial"),
    ("some pretty serious questions", "Evan Kohlmann", "Kohlmann", "say", "partial"),
    ("virtually unprecedented", "Evan Kohlmann", "Kohlmann", "say", "partial"),
    # title of a document
    ("Tearing Down al Qaeda", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-10-24-bush-says-missile-shield-urgently-needed"] = [
    # headline: Bush's word ("urgent" in the body), after "Bush says"
    ("urgently", "George W. Bush", "Bush", "say", "partial"),
    ("The need for missile defense in Europe", "George W. Bush", "Bush", "say", "full"),
    ("Today, we have no way to defend Europe", "George W. Bush", "Bush", "say", "continuation"),
    ("Last November, Iran conducted", "George W. Bush", "Bush", "say", "full"),
    ("continued foreign assistance", "George W. Bush", "He", "warn", "partial"),
    ("potential threat", "Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov", "say", "partial"),
    ("neutralize", "Sergey Lavrov", "Russian Foreign Minister Sergey Lavrov", "say", "partial"),
    ("would be easily overwhelmed", "George W. Bush", "Bush", "say", "partial"),
    ("We continue to encourage the Russians", "Robert Gates", "Gates", "say", "full"),
    ("definitive proof", "Robert Gates", "He", "suggest", "partial"),
    ("We would consider tying together", "Robert Gates", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-01-23-iraq-removes-saddam-references-flag"] = [
    # the Baath party's motto (what the stars represented), no one speaking it here: scare
    ("Unity, Freedom, Socialism", "", "", "", "scare"),
    ("The new flag has no signs", "Humam Hamoudi", "Humam Hamoudi, a member of the Supreme Islamic Iraqi Council", "say", "full"),
    ("constitutional and non-constitutional", "Mahmud Mashhadani", "Parliament speaker Mahmud Mashhadani", "say", "partial"),
    ("We would have announced", "Ahmed al-Masody", "al-Masody", "say", "full"),
    # inside al-Masody's reported speech ("He refers to a different proposal that would have
    # ... made the stars represent "..."): his partial (dev9 labels in reported speech)
    ("peace, tolerance and justice", "Ahmed al-Masody", "He", "refer", "partial"),
    # the flag's inscription and its translation: scare
    ("Allahu Akbar", "", "", "", "scare"),
    ("God is great", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-04-15-bush-marks-265th-anniversary-birth-thomas"] = [
    ("We're here tonight to commemorate", "George W. Bush", "he", "say", "full"),
    # its own attribution ("continued Mr. Bush"): full
    ("In this house, President Jefferson", "George W. Bush", "Mr. Bush", "continue", "full"),
    ("In this house, Jefferson sent Lewis", "George W. Bush", "Mr. Bush", "continue", "continuation"),
    ("with a single sentence", "George W. Bush", "Mr. Bush", "claim", "partial"),
    ("After countless centuries", "George W. Bush", "Bush", "continue", "full"),
    # no cue of its own; the sentence before paraphrases him ("Mr. Bush then said that ...") without
    # quoting: his words, a whole utterance (dev10 Sanader). Jefferson's words inside it are in
    # single marks and stay inside Bush's quote
    ("Here in America, that truth", "George W. Bush", "Mr. Bush", "say", "full"),
    # the article names her only "Mrs. Bush": the name as the article gives it
    ("Thomas Jefferson believed that education", "Mrs. Bush", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-10-04-newly-released-script-1970s-would-have"] = [
    # the script is the subject of the reporting verb: "the script" (dev9 documents), not the
    # BBC and the government that prepared it; whole sentences after "saying": full
    ("This is the Wartime Broadcasting Service.", "the script", "The script", "say", "full"),
    ("Remember there is nothing to be gained", "the script", "It", "emphasise", "full"),
    # next quoted piece with no cue of its own
    ("If you leave, you may find yourself", "the script", "It", "emphasise", "continuation"),
    ("make sure gas and other fuel", "the script", "The script", "tell", "partial"),
    ("use your water only", "the script", "The script", "tell", "partial"),
    ("Make your food stocks last", "the script", "the script", "continue", "full"),
    ("If you live in an area", "the script", "the script", "continue", "continuation"),
]
