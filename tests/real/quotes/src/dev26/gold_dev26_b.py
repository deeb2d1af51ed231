"""Hand annotations for four dev26 articles (VOA, 2 to 25 December 2024), decided by reading each
article.

Annotator: one helper session (annotator "b" of dev26), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen, the test split not
opened, the other annotator's module not opened), following data/gold/README.md ("who speaks") and
the conventions and open calls recorded in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Jesse Gabriel", "Gavin Newsom",
"Donald Trump", "Deborah Lee", "Vince Fong", "Charlie Andrews", "Richard Blumenthal", "Joe Biden",
"Dylann Roof", "Bobby Scott", "Tom Cotton", "Chip Roy", "Anthony D. Romero", "Bryan Stevenson",
"Nicky Fox", "Arik Posner", "Nick Pinkine"); pronouns and roles resolve to the person they point
to; a named spokesperson is the speaker (Charlie Andrews, not the Commerce Department); the later
piece of a split quote, and an unattributed paragraph right after a speaker's quote, is
continuation (dev15, dev24); a whole utterance after a verb or "said," / "wrote," / ":" is full; a
fragment woven into the reporter's sentence is partial; a name given in the reporter's voice is
scare; single marks in these double-mark articles (the chip report headline's 'inadequate,', the
'yay, we did it,' nested in Nicky Fox's quote) are no rows.

Open calls:
- California: 'They carried banners that said "Not one cent for mass deportation" and "MAGA out
  of California."' -> "banners" as written (dev12: a thing carrying words that is the subject of
  the verb speaks as written, "flyers"), cue "say"; both full (each is the whole text of a banner,
  two separate utterances, so the second is not continuation). Alternatives: the demonstrators
  ("Hundreds of people", speaker_text "They"), or partial as verbless slogans (dev12's "bare noun
  phrase" rule).
- California: Trump called the governor "New-scum" -> Donald Trump, partial (a nickname he is
  named as using, not a scare quote).
- Chips: 'have been "inadequate" ..., according to a report published Wednesday by the Senate's
  Permanent Subcommittee on Investigations' -> "Senate's Permanent Subcommittee on Investigations"
  (dev9/dev13: a report "issued ... by" a named body is that body's, Wells Fargo, Arnold &
  Porter; dev17: a body named with its parent keeps the whole name), partial, cue "according to".
  The later '"vast, barely disguised ...," the subcommittee report asserts' -> the same
  subcommittee, partial (the report's author is named in the subject, as "Wiles' announcement
  said" is Susie Wiles, dev17/dev25). Alternative: "the subcommittee report" as written (dev23's
  "The report asserts").
- Chips: "Department of Government Efficiency" -> scare (a body's name in the reporter's voice).
- Chips: 'Andrews added that with "necessary resources from Congress" the agency would be "better
  equipped ..."' -> Charlie Andrews, two partials.
- Biden: Dylann Roof's prison diary, quoted by prosecutors at sentencing ('in which he wrote:
  "I am not sorry. ..."') -> Dylann Roof (dev13: words relayed along a chain are the first
  speaker's), full; the second piece, a new sentence 'He went on ... and concluded: "I have shed a
  tear ..."' with its own verb after the first has closed -> full (dev25), not continuation.
- Biden: 'The executive director of the American Civil Liberties Union described Biden's decision
  as "the most consequential step ..."' -> Anthony D. Romero, who is named in the next paragraph
  (dev13, dev21), speaker_text the role as written, partial.
- Biden: the Death Penalty Information Center, 'which says it "does not take a position ..."' ->
  "Death Penalty Information Center", partial.
- NASA: '"Right now, Parker Solar Probe is flying closer ...," at 6.1 million kilometers ... away,
  NASA official Nicky Fox said' -> Nicky Fox, full (the reporter's inserted distance leaves the
  quote a whole sentence); the next paragraph, '"It is just a total 'yay, we did it,' moment."',
  has no verb -> Nicky Fox, continuation. Likewise the unattributed paragraphs after Arik Posner's
  and Nick Pinkine's quotes are their continuations.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-02-california-lawmakers-begin-special-session-protect-state"] = [
    ("While we always hope to collaborate", "Jesse Gabriel", "Gabriel", "statement", "full"),
    ("We’re not going to be caught", "Gavin Newsom", "Newsom", "say", "full"),
    ("New-scum", "Donald Trump", "Trump", "call", "partial"),
    ("Not one cent for mass deportation", "banners", "banners", "say", "full"),
    ("MAGA out of California.", "banners", "banners", "say", "full"),
    ("With the results of the presidential", "Deborah Lee", "protester Deborah Lee", "say", "full"),
    ("Gavin Newsom’s actions are tone-deaf", "Vince Fong", "Fong", "say", "full"),
]

# ---------------------------------------------------------------------------
PSI = "Senate's Permanent Subcommittee on Investigations"
GOLD["voa-2024-12-19-effort-curb-china-s-russia-s-access"] = [
    ("inadequate", PSI,
     "a report published Wednesday by the Senate's Permanent Subcommittee on Investigations",
     "according to", "partial"),
    ("Department of Government Efficiency", "", "", "", "scare"),
    ("While BIS’ budget has been stagnant", "Charlie Andrews",
     "Commerce Department spokesperson Charlie Andrews", "statement", "full"),
    ("necessary resources from Congress", "Charlie Andrews", "Andrews", "add", "partial"),
    ("better equipped to address", "Charlie Andrews", "Andrews", "add", "partial"),
    ("Commerce to take immediate action", "Richard Blumenthal", "Blumenthal", "call", "partial"),
    ("It is our policy to comply", "Texas Instruments", "the company", "statement", "full"),
    ("If we find evidence", "Texas Instruments", "the company", "statement", "continuation"),
    ("vast, barely disguised smuggling", PSI, "the subcommittee report", "assert", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-23-biden-gives-life-prison-37-40-federal"] = [
    ("Make no mistake: I condemn", "Joe Biden", "Biden", "statement", "full"),
    ("But guided by my conscience", "Joe Biden", "Biden", "statement", "continuation"),
    ("terrorism and hate-motivated mass murder.", "Joe Biden", "Biden", "describe", "partial"),
    ("I am not sorry.", "Dylann Roof", "he", "write", "full"),
    ("I have shed a tear of self-pity", "Dylann Roof", "He", "conclude", "full"),
    ("selectively, and unfairly, prosecuted.", "Joe Biden", "he", "say", "partial"),
    ("I have long advocated for reforms", "Bobby Scott",
     "Virginia Democratic Representative Bobby Scott", "say", "full"),
    ("I applaud President Biden", "Bobby Scott", "Virginia Democratic Representative Bobby Scott",
     "say", "continuation"),
    ("When given the choice", "Tom Cotton", "Senator Tom Cotton of Arkansas", "write", "full"),
    ("The Presidents pardon power", "Chip Roy", "he", "write", "full"),
    ("the most consequential step", "Anthony D. Romero",
     "The executive director of the American Civil Liberties Union", "describe", "partial"),
    ("With a stroke of his pen", "Anthony D. Romero", "Anthony D. Romero", "say", "full"),
    ("This will undoubtedly be one", "Anthony D. Romero", "Anthony D. Romero", "say",
     "continuation"),
    ("We do not need to kill people", "Bryan Stevenson", "Bryan Stevenson", "say", "full"),
    ("The death penalty is a torturous", "Bryan Stevenson", "Bryan Stevenson", "say",
     "continuation"),
    ("does not take a position", "Death Penalty Information Center", "which", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-25-nasa-probe-makes-closest-ever-pass-sun"] = [
    ("Right now, Parker Solar Probe", "Nicky Fox", "NASA official Nicky Fox", "say", "full"),
    ("It is just a total", "Nicky Fox", "NASA official Nicky Fox", "say", "continuation"),
    ("This is one example of NASA", "Arik Posner",
     "Parker Solar Probe program scientist Arik Posner", "statement", "full"),
    ("We can't wait to receive", "Arik Posner", "Parker Solar Probe program scientist Arik Posner",
     "statement", "continuation"),
    ("Parker will truly be returning", "Nick Pinkine", "Nick Pinkine", "say", "full"),
    ("We're excited to hear back", "Nick Pinkine", "Nick Pinkine", "say", "continuation"),
]
