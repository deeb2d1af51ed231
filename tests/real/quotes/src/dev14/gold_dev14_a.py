"""Hand annotations for the five dev14 articles (VOA, 16 to 28 February 2025), decided by
reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only (no project code run or read, no system output
seen), following data/gold/README.md ("who speaks") and the conventions and open calls
recorded in tests/real/quotes/README.md. Single marks in these double-mark articles (the
headline 'must be eradicated') are not rows; a closing mark with no opening one (Opimakh's
"We can renew ... globally,”" in the minerals-experts report) quotes nothing and has no row.
A document quoted in several places of one article keeps one speaker name, the one the article
uses where it first speaks (as dev13 did for the Stanford review); speaker_text gives the
words at each quote.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-16-rubio-hamas-must-be-eradicated"] = [
    ("must be eradicated", "Marco Rubio", "Secretary of State Marco Rubio", "say", "partial"),
    ("cannot continue as a military", "Marco Rubio", "Secretary of State Marco Rubio", "say", "partial"),
    # whole clause after "told Netanyahu that": partial (dev8)
    ("as long as [Hamas]", "Marco Rubio", "Rubio", "tell", "partial"),
    ("common strategy", "Benjamin Netanyahu", "Netanyahu", "say", "partial"),
    # "Echoing Trump": the phrase is Trump's, but Netanyahu says it himself here (not
    # relaying Trump's words), so it is Netanyahu's
    ("the gates of hell", "Benjamin Netanyahu", "the Israeli leader", "say", "partial"),
    ("serious violation", "Hamas", "Hamas", "describe", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-26-security-experts-highlight-pros-cons-ukraine-minerals"] = [
    ("long-term financial commitment", "the agreement", "The agreement", "state", "partial"),
    # the deal's "single line" after a colon: the same document, kept as "the agreement"
    ("The Government of the United States", "the agreement", "The deal", "line", "full"),
    ("We’re excited.", "Andy Hunder", "he", "tell", "full"),
    ("Ukraine has the second highest", "Andy Hunder", "he", "say", "full"),
    ("[s]tarting when Senator", "Andy Hunder", "Hunder", "reveal", "partial"),
    # a new paragraph with its own "he said to VOA": full (dev9); "in his view" inside the
    # marks reads as the reporter's slip, the words are still given to Hunder
    ("To take advantage of this opportunity", "Andy Hunder", "he", "say", "full"),
    ("decrease dependence on China", "Roman Opimakh", "he", "say", "partial"),
    ("The U.S. framed this deal", "Andriy Zagorodnyuk", "Former defense minister Andriy Zagorodnyuk, now the chairman of the Center for Defense Strategies in Ukraine", "tell", "full"),
    ("not enough", "Andriy Zagorodnyuk", "Zagorodnyuk", "caution", "partial"),
    ("We recognize that Russia", "Andriy Zagorodnyuk", "he", "say", "full"),
    # a whole clause after the reporter's "However," with its own "he said": full, though
    # lower case (dev12's whole clause after "said")
    ("if NATO isn’t an option", "Andriy Zagorodnyuk", "he", "say", "full"),
    # straight opening, curly closing mark in the source
    ("dictator", "Donald Trump", "Trump", "label", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-26-ukraine-sign-rare-earth-minerals-deal"] = [
    ("brings us great wealth", "Donald Trump", "Trump", "say", "partial"),
    ("My No. 2 thing", "Donald Trump", "Trump", "say", "full"),
    ("Without our equipment", "Donald Trump", "Trump", "say", "continuation"),
    ("Because I got elected", "Donald Trump", "Trump", "declare", "full"),
    ("had no intention of settling", "Donald Trump", "He", "say", "partial"),
    ("So, it is difficult", "Olena Prokopenko", "Olena Prokopenko, a senior fellow at the German Marshall Fund and a former adviser to Ukraine's finance minister", "say", "full"),
    # new paragraph with its own "she said": full (dev9)
    ("Unfortunately, the draft deal", "Olena Prokopenko", "she", "say", "full"),
    ("There's some progress", "Olena Prokopenko", "she", "say", "full"),
    ("As of now, it looks like", "Olena Prokopenko", "she", "say", "continuation"),
    ("could forget about", "Donald Trump", "Trump", "say", "partial"),
    ("I want to coordinate", "Volodymyr Zelenskyy", "Zelenskyy", "say", "full"),
    # "Under terms of the deal ... a "stable and ..."": the deal's own wording (the same words
    # the agreement is quoted as stating in the minerals-experts report), no reporting verb;
    # taken as the document speaking ("according to" a document, dev13), not scare
    ("stable and economically prosperous", "the deal", "the deal", "under terms of", "partial"),
    # "The economic agreement ... includes a line that says": the same deal, one name per
    # document in an article
    ("supports Ukraine's effort", "the deal", "The economic agreement", "say", "partial"),
    ("backstop", "European leaders", "European leaders", "say", "partial"),
    ("a good thing.", "Donald Trump", "Trump", "call", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-27-british-pm-starmer-meet-trump-white-house"] = [
    ("step up.", "Donald Trump", "Trump", "reiterate", "partial"),
    ("shouldn't be footing the bill", "Donald Trump", "He", "tell", "partial"),
    ("This week when I meet", "Keir Starmer", "Starmer", "tell", "full"),
    ("most important bilateral alliance", "Keir Starmer", "he", "call", "partial"),
    ("three years in the making", "Keir Starmer", "Starmer", "tell", "partial"),
    ("accelerated", "Keir Starmer", "He", "acknowledge", "partial"),
    ("President Trump thinks", "Keir Starmer", "Starmer", "say", "full"),
    ("Because it would be very odd", "Gesine Weber", "she", "tell", "full"),
    ("would do less in normal times", "Michael O’Hanlon", "Michael O’Hanlon of the Brookings Institution", "say", "partial"),
    ("The most important thing", "Michael O’Hanlon", "he", "say", "full"),
    # new paragraph with its own "he added": full (dev9)
    ("If that's the case", "Michael O’Hanlon", "he", "add", "full"),
    ("forget about", "Donald Trump", "Trump", "signal", "partial"),
    # a paragraph of its own with no cue, right after a paraphrase of Trump's words (dev11's
    # "Here in America ..."); a whole utterance: full, no cue
    ("I’m not going to make security", "Donald Trump", "Trump", "", "full"),
    ("very unfair", "Donald Trump", "Trump", "say", "partial"),
    ("in a bit delicate position", "Gesine Weber", "GMF’s Weber", "say", "partial"),
    ("So for him, the question", "Gesine Weber", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-28-investigation-deaths-gene-hackman-wife-continues"] = [
    ("I'm pretty confident", "Adan Mendoza", "Santa Fe County Sheriff Adan Mendoza", "say", "full"),
    ("will steer us in the right direction", "Adan Mendoza", "He", "say", "partial"),
    # a document that is the subject of "said": the description as written (dev9, dev11)
    ("suspicious enough in nature", "a search warrant affidavit", "A search warrant affidavit issued Thursday", "say", "partial"),
    ("The loss of a great artist", "Francis Ford Coppola", "Coppola", "post", "full"),
    ("Gene Hackman a great actor", "Francis Ford Coppola", "Coppola", "post", "continuation"),
    # after "posted on Instagram:": full
    ("One of the personal highlights", "Morgan Freeman", "Freeman", "post", "full"),
]
