"""Hand annotations for the six dev15 articles (VOA, 15 to 29 October 2024), decided by
reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Speakers were
decided by reading the article text only (no project code run or read, no system output
seen), following data/gold/README.md ("who speaks") and the conventions and open calls
recorded in tests/real/quotes/README.md: full names as the article gives them, organisations
by name ("State Department", "White House", "National Association of Broadcasters" also where
the text says "NAB"), unnamed officials as written ("a senior administration official"), a
letter whose senders are named is theirs jointly (dev5). Single marks in these double-mark
articles (the headline 'propaganda' of the radio-stations report) are not rows.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-15-presidential-vote-looms-newsrooms-focus-stay-safe"] = [
    ("This safety tour has really", "Elisa Lees Munoz", "IWMF executive director Elisa Lees Munoz", "tell", "full"),
    ("What we’re understanding more", "Elisa Lees Munoz", "IWMF executive director Elisa Lees Munoz", "tell", "continuation"),
    ("We’re seeing journalists", "Kirstin McCudden", "Kirstin McCudden, the Tracker’s managing editor", "tell", "full"),
    ("It’s a little alarming.", "Kirstin McCudden", "Kirstin McCudden, the Tracker’s managing editor", "tell", "continuation"),
    ("Police departments feel", "Trevor Timm", "Trevor Timm, executive director of the Freedom of the Press Foundation, which publishes the Tracker", "say", "full"),
    ("A lot of that rhetoric", "Stephanie Sugars", "Sugars", "say", "full"),
    ("If you sow distrust", "Stephanie Sugars", "Sugars", "say", "full"),
    ("Rhetoric does matter", "Kirstin McCudden", "she", "say", "full"),
    # the Trump campaign shared the statement, but the article names its author, RNC
    # spokesperson Taylor Rogers, as the one describing and saying: a named spokesperson
    # is the speaker
    ("champion for free speech", "Taylor Rogers", "Rogers", "describe", "partial"),
    ("everyone was safer", "Taylor Rogers", "Rogers", "say", "partial"),
    ("History tells us", "Kirstin McCudden", "McCudden", "say", "full"),
    # follows a paraphrase of McCudden ("..., McCudden said."), not a quote, and has its own
    # "she said": full
    ("And in that time", "Kirstin McCudden", "she", "say", "full"),
    ("Back when I was reporting", "Jennifer Thomas", "Thomas, who previously worked at CNN", "say", "full"),
    ("Well, times have changed.", "Jennifer Thomas", "Thomas, who previously worked at CNN", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-16-biden-travel-germany-week-angola-december"] = [
    # the name of Zelenskyy's plan, in the reporter's sentence with no reporting verb: a
    # title, scare (dev10 "Gulf of America", dev8 labels)
    ("victory plan,", "", "", "", "scare"),
    ("We're going to let the Ukrainians", "Karine Jean-Pierre", "White House press secretary Karine Jean-Pierre", "tell", "full"),
    ("What we're going to continue", "Karine Jean-Pierre", "White House press secretary Karine Jean-Pierre", "tell", "continuation"),
    # "according to the White House": the White House by name (as in dev13/dev5)
    ("continue our strong collaboration", "White House", "the White House", "according to", "partial"),
    ("The president really wanted", "Karine Jean-Pierre", "she", "say", "full"),
    ("I would like to say that", "Olaf Scholz", "Scholz", "say", "full"),
    ("good collaboration", "Olaf Scholz", "Scholz", "add", "partial"),
    ("demilitarized zone", "JD Vance", "Trump's running mate, Ohio Sen. JD Vance", "say", "partial"),
    ("recognize Angola's role", "Karine Jean-Pierre", "Jean-Pierre", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-16-two-radio-stations-end-russian-backed-propaganda"] = [
    # after "posted a comment Tuesday on X:": full
    ("Biden/Harris say they're fighting", "Ted Rall", "Political cartoonist Ted Rall, who described himself as a guest on Sputnik’s programming", "post", "full"),
    ("following sanctions that have shut down", "Manila Chan", "Manila Chan, a self-described indie journalist", "tweet", "partial"),
    ("RT wants its new covert", "Antony Blinken", "U.S. Secretary of State Antony Blinken", "say", "full"),
    ("As Foreign Missions Act-designated", "State Department", "the State Department in a September 4 statement", "say", "full"),
    ("While the First Amendment protects", "National Association of Broadcasters", "the National Association of Broadcasters", "statement", "full"),
    # "said NAB": the organisation under the full name the article gives it
    ("While we know that airings", "National Association of Broadcasters", "NAB", "say", "full"),
    # "Bergman wrote in the letter": the named writer, not the letter
    ("An FCC licensee clearly", "Jack Bergman", "Bergman", "write", "full"),
    ("have made no effort", "Jack Bergman", "He", "argue", "partial"),
    ("are based exclusively", "Jack Bergman", "He", "argue", "partial"),
    # "the letter from Democratic Representatives Anna Eshoo, Mike Doyle and Frank Pallone
    # said": the senders are named, so the letter's words are theirs jointly (dev5 senators'
    # letter), not "the letter"
    ("In Washington, D.C., listeners", "Anna Eshoo; Mike Doyle; Frank Pallone", "the letter from Democratic Representatives Anna Eshoo, Mike Doyle and Frank Pallone", "say", "full"),
    ("Disturbingly, this means", "Anna Eshoo; Mike Doyle; Frank Pallone", "the letter from Democratic Representatives Anna Eshoo, Mike Doyle and Frank Pallone", "say", "continuation"),
    # "saying the First Amendment prevented the FCC "from interfering ..."": Pai's words
    ("from interfering with a broadcast", "Ajit Pai", "Pai", "say", "partial"),
    ("Foreign governments shouldn’t", "Brian Schatz", "Democratic Senator Brian Schatz, a member of the Senate Committee on Commerce, Science, and Transportation", "say", "full"),
    # new paragraph with its own "he said": full (dev9)
    ("By giving the FCC the authority", "Brian Schatz", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-17-sanctions-chinese-entities-building-shipping-russian-garpiya"] = [
    ("The Garpiya, designed and produced", "State Department", "the U.S. State Department", "statement", "full"),
    # unattributed paragraph right after the State Department's statement: continues it
    ("Today’s action is part", "State Department", "the U.S. State Department", "statement", "continuation"),
    # "said the official": the (first) senior administration official, as written (dev7)
    ("involved in producing and shipping", "a senior administration official", "the official", "say", "partial"),
    # no one is named as saying these words (the sentence follows reporter's background, not
    # a speaker); dev12's "words no one is named as using are scare"
    ("directly developing and producing", "", "", "", "scare"),
    # the label inside the U.K.'s reported announcement: the U.K.'s partial (dev9)
    ("shadow fleet of oil tankers", "U.K.", "the U.K.", "announce", "partial"),
    ("This is having a direct impact", "a senior administration official", "the official", "say", "full"),
    ("unprecedented external pressure", "a second senior administration official", "A second senior administration official", "say", "partial"),
    # "Growing trade ties ..., though, indicate "they are ..."": still the second official's
    # reported speech (no other source in the sentence)
    ("they are continuing to innovate", "a second senior administration official", "A second senior administration official", "indicate", "partial"),
    ("incompatible", "a second senior administration official", "the second official", "say", "partial"),
    # whole sentence after '"incompatible" ..., the second official said.' with no cue of its
    # own: the later piece of a split quote, continuation
    ("If China is serious", "a second senior administration official", "the second official", "say", "continuation"),
    ("firmly opposes unilateral sanctions", "Beijing", "Beijing", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-28-biden-marks-anniversary-pittsburgh-synagogue-attack"] = [
    ("appalling surge of antisemitism", "Joe Biden", "he", "call", "partial"),
    ("shattered families", "Joe Biden", "Biden", "statement", "partial"),
    ("has also shown the country", "Joe Biden", "he", "say", "partial"),
    ("a global initiative to counter", "Joe Biden", "he", "say", "partial"),
    ("during which Hamas killed", "Joe Biden", "Biden", "note", "partial"),
    ("the appalling surge of antisemitism against", "Joe Biden", "He", "say", "partial"),
    ("put colleges on notice", "Joe Biden", "He", "say", "partial"),
    ("I will always work", "Kamala Harris", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-29-south-korea-confer-north-korean-troop-deployment"] = [
    ("North Korea's expanding relationship", "Matthew Miller", "State Department spokesperson Matthew Miller", "tell", "partial"),
    # "The group said": the Multilateral Sanctions Monitoring Team by name
    ("the path to dialogue", "Multilateral Sanctions Monitoring Team", "The group", "say", "partial"),
    ("safeguard the global nonproliferation", "Multilateral Sanctions Monitoring Team", "The group", "say", "partial"),
    ("We have communicated with the PRC", "Matthew Miller", "Miller", "add", "full"),
    ("For one,", "Victor Cha", "Cha", "say", "full"),
    ("China does not like Russia", "Victor Cha", "Cha", "say", "continuation"),
    ("According to recent public reports", "Victor Cha", "he", "say", "full"),
]
