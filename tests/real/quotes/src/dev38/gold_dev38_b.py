"""Hand annotations for four dev38 articles (Wikinews stories of 15 November 2005 to 18 February
2009), decided by reading each article.

Annotator: one helper session (annotator "b" of dev38), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run
over the texts, no system output seen, the test splits not opened, no other annotator's dev38
module opened). Read: data/gold/README.md ("who speaks"), tests/real/quotes/README.md
(conventions, and the open calls of earlier sets, in particular the dev10 to dev12 paragraphs on
Wikinews stories of the same copy and the dev33 to dev37 paragraphs), gold_dev11_a.py and
gold_dev37_a.py as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Alan Greenspan",
"Duncan Brown", "Teresa Roncon", "Gordon Brown", "Sally Hunt", "Aaron McLear", "Alan Lowenthal",
"Abel Maldonado", "Dennis Hollingsworth", "Darrell Steinberg"), with the surname, pronoun or
description nearest the quote in speaker_text; in a one-paragraph Wikinews body a quote with its
own attribution ("he said", "he added") is full and only an unattributed later piece of the same
speaker is continuation (dev10); a whole utterance after "saying," is full (dev16); a fragment
woven into the reporter's sentence is partial; a named spokesperson speaks for herself (Teresa
Roncon, Aaron McLear: dev19); a name whose link the copy lost is given by the description as
written (dev3: "Senator"); process and programme names in the writer's voice are scare
(dev17/dev22/dev37).

Open calls:
- Greenspan: '"Of course, deficits ... indefinitely," he added. "At some point investors will
  balk at further financing."' -> full (own "he added"), then continuation with cue "add".
- Greenspan: 'Greenspan did say he did not think that the dollar would lose its dominant
  position in the global economy “any time soon”' -> Alan Greenspan, partial, cue "say" (the only
  curly pair of the text, a fragment inside his reported speech).
- Ontario lottery: 'Retailers could, in a process called "pin pricking," attempt to uncover
  codes' -> scare (a practice's name, no one named as using it).
- Ontario lottery: '"Any time someone connected ... scratch tickets," Teresa Roncon, a
  spokeswoman for the OLGC said.' -> Teresa Roncon (named spokesperson), full.
- UK credits: 'McDonald's said it will offer a "basic shift manager" course' -> scare (a course
  title, as programme names in dev17/dev22/dev37). Alternative: McDonald's, partial, cue "say"
  (a label inside its reported speech, dev9).
- UK credits: 'He emphasized the importance of higher education, saying, "Every young person
  needs ..."' -> Gordon Brown, full, cue "say".
- UK credits: the copy lost the minister's name ('university.", Secretary of State for
  Innovation, Universities and Skills, called the decision "an important step ..." and said it
  will "benefit employees, ..."'); the article never names him elsewhere -> speaker is the
  description as written, "Secretary of State for Innovation, Universities and Skills"; both
  pieces partial, cues "call" and "say". Alternative: unknown.
- California: '"You're not going to go back ...," added Republican state senator Dennis
  Hollingsworth from Temecula.' -> Dennis Hollingsworth, full, cue "add" (a new speaker).
- California: '"Bring a toothbrush, ...," he warned.' -> "he" is Senate leader Darrell Steinberg
  of the sentence before; full, cue "warn".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-11-15-globalization-trade-deficit-connected-says-greenspan"] = [
    ("The rise of our deficit", "Alan Greenspan",
     "the U.S. Federal Reserve Chairman Alan Greenspan", "say", "full"),
    # unattributed later piece of the same speaker
    ("This phase is characterized", "Alan Greenspan",
     "the U.S. Federal Reserve Chairman Alan Greenspan", "say", "continuation"),
    ("To date, despite a current account", "Alan Greenspan", "he", "say", "full"),
    # its own "he added": full (dev10)
    ("Of course, deficits that cumulate", "Alan Greenspan", "he", "add", "full"),
    ("At some point investors will balk", "Alan Greenspan", "he", "add", "continuation"),
    ("A nation's current account balance", "Alan Greenspan", "Greenspan", "say", "full"),
    ("any time soon", "Alan Greenspan", "Greenspan", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-11-23-ontario-lottery-gaming-corporation-instant-scratch-tickets"] = [
    ("We are here to make sure", "Duncan Brown", "OLG chief executive Duncan Brown", "say",
     "full"),
    ("Lottery retailer means", "Duncan Brown", "OLG chief executive Duncan Brown", "say",
     "continuation"),
    # 'in a process called "pin pricking,"': a practice's name, no one named as using it
    ("pin pricking,", "", "", "", "scare"),
    ("Any time someone connected with the OLG", "Teresa Roncon",
     "Teresa Roncon, a spokeswoman for the OLGC", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-01-28-uk-allows-corporations-award-high-school-credits"] = [
    # a course title (programme name): scare
    ("basic shift manager", "", "", "", "scare"),
    ("It is going to be a tough course", "Gordon Brown", "Brown", "say", "full"),
    # whole utterance after "saying,": full
    ("Every young person needs a skill", "Gordon Brown", "He", "say", "full"),
    # the minister's name was lost with its link; never named elsewhere: description as written
    ("an important step towards", "Secretary of State for Innovation, Universities and Skills",
     "Secretary of State for Innovation, Universities and Skills", "call", "partial"),
    ("benefit employees, employers", "Secretary of State for Innovation, Universities and Skills",
     "Secretary of State for Innovation, Universities and Skills", "say", "partial"),
    ("We are unsure whether those", "Sally Hunt",
     "Sally Hunt, general secretary of the University and College Union", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-02-18-20-000-californian-state-workers-may-lose"] = [
    ("In the absence of a budget", "Aaron McLear", "Aaron McLear, Schwarzenegger's spokesman",
     "say", "full"),
    ("This is unfortunately a necessary", "Aaron McLear",
     "Aaron McLear, Schwarzenegger's spokesman", "say", "continuation"),
    ("We are dealing with a catastrophe", "Alan Lowenthal",
     "Alan Lowenthal, a Democratic state senator from Long Beach", "say", "full"),
    ("People don't realize where California", "Abel Maldonado",
     "Republican state senator Abel Maldonado", "say", "full"),
    ("You're not going to go back", "Dennis Hollingsworth",
     "Republican state senator Dennis Hollingsworth from Temecula", "add", "full"),
    ("Bring a toothbrush", "Darrell Steinberg", "he", "warn", "full"),
]
