"""Hand annotations for seven dev13 articles (VOA, January and February 2025), decided by reading
each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only, following data/gold/README.md ("who speaks") and
the open calls recorded in tests/real/quotes/README.md. Single marks in these double-mark
articles (headlines, nested quotes) are not rows.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-03-carter-complex-legacy-korean-peninsula"] = [
    ("His initial involvement", "Thomas Hubbard", "Hubbard", "say", "full"),
    ("It is not hyperbole", "Daniel Russel", "Daniel Russel, former assistant secretary of state for East Asian and Pacific affairs", "say", "full"),
    # North Korea's words inside Russel's reported account ("North Korea warned that ...,
    # Russel said"): the warning's words are North Korea's (as dev6's words attributed to
    # someone else inside a speaker's quote)
    ("an act of war", "North Korea", "North Korea", "warn", "partial"),
    ("The immediate crisis was averted", "Daniel Russel", "he", "say", "full"),
    ("ultimately successful", "Gary Samore", "Gary Samore, former White House coordinator for arms control and weapons of mass destruction during the Obama administration", "say", "partial"),
    ("What made it controversial", "Thomas Hubbard", "Hubbard", "say", "full"),
    ("That was quite a shock.", "Thomas Hubbard", "Hubbard", "say", "continuation"),
    ("One of the big things", "Gary Samore", "Samore", "say", "full"),
    ("At the time, South Korea", "Gary Samore", "Samore", "say", "continuation"),
    ("We were normalizing", "Joseph DeTrani", "DeTrani", "say", "full"),
    ("Those people who follow", "Joseph DeTrani", "he", "say", "full"),
    ("President Carter was interested", "Yawei Liu", "Yawei Liu, senior adviser on China at the Carter Center", "tell", "full"),
    # the ministry has no proper name in the text: the description as written
    ("He was particularly interested", "South Korea’s foreign ministry", "it", "statement", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-09-russia-observing-greenland-europe-cautious"] = [
    ("We are observing", "Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov", "tell", "full"),
    ("The Arctic zone is a zone", "Dmitry Peskov", "Peskov", "add", "full"),
    ("People really don", "Donald Trump", "Trump", "say", "full"),
    ("You have Chinese ships", "Donald Trump", "he", "add", "full"),
    ("The Arctic is increasingly", "Liana Fix", "Fix", "say", "full"),
    ("The Arctic becomes much", "Liana Fix", "Fix", "say", "full"),
    ("And also it becomes", "Liana Fix", "she", "add", "continuation"),
    ("I see a president", "Lars Lokke Rasmussen", "Rasmussen", "say", "full"),
    ("It is very clear for Denmark", "Liana Fix", "Fix", "tell", "full"),
    ("The principle of inviolability", "Olaf Scholz", "he", "say", "full"),
    ("It is out of the question", "Jean-Noel Barrot", "he", "say", "full"),
    ("Greenland is on its way", "Mute Egede", "Prime Minister Mute Egede", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-14-california-winds-new-wildfire-threats"] = [
    # words of the warning the NWS "posted" (its wording, the NWS named as posting it), not a
    # category label with no one speaking: the NWS's partials
    ("particularly dangerous", "National Weather Service", "The National Weather Service", "warning", "partial"),
    ("explosive fire growth.", "National Weather Service", "The National Weather Service", "warning", "partial"),
    ("The massive, massive destruction", "Karen Bass", "Los Angeles Mayor Karen Bass", "say", "full"),
    ("Ash is not just dirt", "Anish Mahajan", "Mahajan", "say", "full"),
    ("It is hazardous fine dust.", "Anish Mahajan", "Mahajan", "say", "continuation"),
    ("absolutely better prepared", "Anthony Marrone", "Los Angeles County Fire Chief Anthony Marrone", "say", "partial"),
    ("We’re going to keep", "Joe Biden", "President Joe Biden", "say", "full"),
    ("It was a heartbreaking weekend", "Joe Biden", "Biden", "say", "full"),
    ("Ash was raining down", "Joe Biden", "Biden", "say", "continuation"),
    ("Los Angeles is the City", "Joe Biden", "Biden", "say", "full"),
    ("You’re the angels", "Joe Biden", "Biden", "say", "continuation"),
    ("step up", "Joe Biden", "He", "call on", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-19-implementing-gaza-ceasefire-up-to-trump"] = [
    ("fundamental component", "Ahmed Fouad Alkhatib", "Ahmed Fouad Alkhatib", "according to", "partial"),
    ("so disinterested", "Ahmed Fouad Alkhatib", "Alkhatib", "express concern", "partial"),
    ("little more than a freezing", "Ahmed Fouad Alkhatib", "Alkhatib", "express concern", "partial"),
    ("unequivocal guarantees", "Benjamin Netanyahu", "Israeli Prime Minister Benjamin Netanyahu", "say", "partial"),
    ("will return to intense fighting", "Benjamin Netanyahu", "Israeli Prime Minister Benjamin Netanyahu", "say", "partial"),
    # Saudi Arabia's stated condition ("which maintains it will not ... until ..."): its words
    ("credible path", "Saudi Arabia", "which", "maintain", "partial"),
    ("We will continue promoting", "Donald Trump", "Trump", "post", "full"),
    ("So, I'm not sure", "Jonathan Rynhold", "Rynhold", "tell", "full"),
    ("work out their positions", "Jonathan Rynhold", "he", "add", "partial"),
    ("This EPIC ceasefire", "Donald Trump", "Trump", "write", "full"),
    ("We’ve sent a signal", "Jake Sullivan", "national security adviser Jake Sullivan", "tell", "full"),
    # unnamed official on background: the description as written where he is introduced (dev6)
    ("almost unprecedented,", "a senior administration official", "The Biden official", "say", "partial"),
    ("highly constructive, very fruitful.", "a senior administration official", "The Biden official", "say", "partial"),
    ("natural", "a senior administration official", "he", "say", "partial"),
    ("Trump injected a kind of fear", "Laura Blumenfeld", "she", "tell", "full"),
    ("He can't triangulate", "Laura Blumenfeld", "she", "tell", "continuation"),
    ("Netanyahu finally called", "Laura Blumenfeld", "Blumenfeld", "say", "full"),
    ("Or maybe actually", "Laura Blumenfeld", "Blumenfeld", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-25-uzbeks-seek-closer-ties-to-us"] = [
    ("I understand that the U.S.", "Sherbek Artikov", "Sherbek Artikov, a young Uzbek hoping to study political science in America", "say", "full"),
    # a whole utterance after "he remains optimistic:" with no reporting verb
    ("I believe over time", "Sherbek Artikov", "he", "", "full"),
    ("We are a peaceful region", "Zuhra Amonova", "Zuhra Amonova, an English teacher in Bukhara", "say", "full"),
    ("Central Asian policymakers", "Ikboljon Qoraboyev", "Qoraboyev", "tell", "full"),
    ("But U.S. policymakers", "Ikboljon Qoraboyev", "Qoraboyev", "tell", "continuation"),
    ("Successful U.S. engagement", "Eric Rudenshiold", "Rudenshiold", "say", "full"),
    ("The Trans-Caspian region", "Eric Rudenshiold", "he", "write", "full"),
    ("due to shared concerns", "Eric Rudenshiold", "Rudenshiold", "argue", "partial"),
    ("deeply values and appreciates", "Shavkat Mirziyoyev", "Uzbekistan President Shavkat Mirziyoyev", "write", "partial"),
    ("We are committed", "Shavkat Mirziyoyev", "He", "add", "full"),
    ("In an era of global uncertainty", "Javlon Vakhabov", "Vakhabov", "tell", "full"),
    ("A high-level U.S. visit", "Javlon Vakhabov", "Vakhabov", "tell", "continuation"),
    ("which will reduce delivery", "Javlon Vakhabov", "He", "highlight", "partial"),
    ("defense, manufacturing", "Javlon Vakhabov", "he", "underline", "partial"),
    ("since they serve", "Javlon Vakhabov", "Vakhabov", "recommend", "partial"),
    ("We need to grasp", "Dilrabo Zaripova", "Dilrabo Zaripova, a small-business owner in Samarkand", "say", "full"),
    ("From what we saw", "Dilrabo Zaripova", "Dilrabo Zaripova", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-29-trump-freezes-foreign-development-assistance"] = [
    ("America First", "", "", "", "scare"),
    # Rubio's memo is the subject of "said": a document quoted on its own
    ("This waiver does not apply", "the memo", "the memo", "say", "full"),
    ("efficient and consistent", "State Department", "it", "say", "partial"),
    # named spokesperson whose statement is read: she is the speaker
    ("President Trump stated clearly", "Tammy Bruce", "the statement from State Department spokesperson Tammy Bruce", "statement", "full"),
    ("Reviewing and realigning", "Tammy Bruce", "the statement from State Department spokesperson Tammy Bruce", "statement", "continuation"),
    # "The memo also provided": the document as the article names it
    ("examples of this egregious", "the memo", "The memo", "provide", "partial"),
    ("$612,000 to fund", "the memo", "The memo", "provide", "partial"),
    ("In the past four years", "Karoline Leavitt", "she", "say", "full"),
    ("It's a big reason", "Karoline Leavitt", "she", "say", "continuation"),
    ("ripped off", "Donald Trump", "He", "cite", "partial"),
    ("key pillar", "Biden officials", "Biden officials", "call", "partial"),
    ("The secretary-general notes", "Stephane Dujarric", "Stephane Dujarric, spokesperson for the United Nations secretary-general", "say", "full"),
    ("He calls for additional", "Stephane Dujarric", "Stephane Dujarric", "say", "continuation"),
    ("There are real concerns", "Esther Brimmer", "Esther Brimmer, James H. Binger senior fellow in global governance at the Council on Foreign Relations", "say", "full"),
    ("We must remember", "Esther Brimmer", "Esther Brimmer", "say", "continuation"),
    ("If you want to review", "Nicole Widdersheim", "Nicole Widdersheim, deputy Washington director at Human Rights Watch", "say", "full"),
    ("He wants to be the president", "Nicole Widdersheim", "Widdersheim", "say", "full"),
    ("You're not going to be able", "Nicole Widdersheim", "Widdersheim", "say", "continuation"),
    # the article gives her name in the next sentence ("gave her name only as Mary")
    ("I never thought", "Mary", "a health worker", "tell", "full"),
    ("I’m breaching", "Mary", "she", "continue", "full"),
    ("I’m not there", "Mary", "she", "continue", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-12-trump-pauses-foreign-corruption-act"] = [
    ("It's going to mean", "Donald Trump", "Trump", "say", "full"),
    # whole sentence after "argues that": partial (dev8); the order speaks (dev7)
    ("overexpansive and unpredictable", "the order", "The order", "argue", "partial"),
    # a review "by" a law school that is the subject of "says": the document as written
    # (dev9's "an October 2024 report by the U.S. Energy Information Administration")
    ("well below the ten-year", "the latest annual review of the law's enforcement by Stanford Law School",
     "the latest annual review of the law's enforcement by Stanford Law School", "say", "partial"),
    ("This decline suggests", "the latest annual review of the law's enforcement by Stanford Law School",
     "the report", "conclude", "full"),
    ("The world must not default", "Gary Kalman", "Gary Kalman, executive director of Transparency International U.S.", "statement", "full"),
    ("A race to the bottom", "Gary Kalman", "Gary Kalman", "statement", "continuation"),
    # the headline is quoted as a claim ("according to"), not named as a title; an analysis
    # "issued ... by" a named firm is the firm's (dev9's Wells Fargo)
    ("Bribery is still Illegal,", "Arnold & Porter", "the analysis issued Tuesday morning by Washington-based multinational law firm Arnold & Porter", "according to", "full"),
    # the unnamed authors are the subject of "concluded": the description as written (dev7's
    # unnamed officials), not the firm
    ("For now, we recommend", "the eight lawyer-authors", "the lawyers", "conclude", "full"),
    # the nested 'routine' stays inside Raskin's quote
    ("puts America on the side", "Jamie Raskin", "Democratic Representative Jamie Raskin", "say", "partial"),
    ("free rein to pay bribes", "Jamie Raskin", "he", "say", "partial"),
    ("The Trump-Musk Administration", "Jamie Raskin", "Raskin", "statement", "full"),
    ("The prices of eggs", "Jamie Raskin", "Raskin", "statement", "continuation"),
]
