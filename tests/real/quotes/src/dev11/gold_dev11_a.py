"""Hand annotations for eight dev11 articles (Wikinews stories of 2005-03-08 to 2006-08-24, the
first eight of the sixteen in sorted order), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article (headline included) has a row.
Speakers were decided by reading the article text only, following data/gold/README.md ("who
speaks") and the open calls recorded in tests/real/quotes/README.md (dev10 above all: the
Wikinews bodies are one paragraph each, so a quote with its own attribution is `full` and only
an unattributed later piece of the same speaker is `continuation`). Single marks nested inside a
double-mark quote ('Taiwan independence', ‘... you've got Sydney Uni's support ...’) stay inside
it; single marks outside double-mark quotes (‘four point guideline') are not rows.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-03-08-china-declares-state-shall-employ-nonpeaceful"] = [
    # headline "China declares "..."": China is the subject of the reporting verb (as dev10's
    # "Taliban leader:" headline is that leader's); the words are a fragment of the headline
    ("the state shall employ nonpeaceful means", "China", "China", "declare", "partial"),
    # the speaker is never named: the description as written; a whole sentence after "that,"
    # is partial (dev8)
    ("If possibilities for a peaceful", "the deputy chairman of the NPC", "The deputy chairman of the NPC", "tell", "partial"),
    ("malicious", "Mainland Affairs Council", "The Mainland Affairs Council in Taipei", "describe", "partial"),
    ("crude", "Mainland Affairs Council", "The Mainland Affairs Council in Taipei", "describe", "partial"),
    # "read the council's written statement": the council's own statement is the council's
    # (dev6, "a Taliban statement" is the Taliban)
    ("This law exposes China", "Mainland Affairs Council", "the council's written statement", "statement", "full"),
    ("In essence, it has handed", "Mainland Affairs Council", "the council's written statement", "statement", "continuation"),
    ("We view it as unhelpful", "Scott McClellan", "White House press secretary Scott McClellan", "say", "full"),
    ("On no account shall", "Hu Jintao", "Chinese President Hu Jintao", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-07-28-australian-refugee-activists-plan-protest-during"] = [
    ("Vanstone oversees the denial", "Mark Goudkamp", "he", "say", "full"),
    ("How dare she offer", "Mark Goudkamp", "he", "say", "continuation"),
    ("This demonstrates the Government", "Amanda Vanstone", "the Minister", "say", "full"),
    # closing mark with no full stop before it ("1995-96"") as in the source
    ("Ninety two percent, or 12 096", "Amanda Vanstone", "the Minister", "say", "continuation"),
    ("Vanstone is in hot water", "Mark Goudkamp", "he", "say", "full"),
    ("Now we hear that Mahabub Alam", "Mark Goudkamp", "he", "say", "continuation"),
    # a further quote with no cue of its own right after Goudkamp's "he said" pair (a new
    # paragraph in the original): an unattributed later piece, continuation (dev10)
    ("Vanstone addressing this forum", "Mark Goudkamp", "he", "say", "continuation"),
    ("She must step down", "Mark Goudkamp", "he", "say", "full"),
    ("The 77,880 skill stream", "Amanda Vanstone", "Senator Vanstone", "say", "full"),
    # its own cue ("she said"): full
    ("The Government's focus on skilled", "Amanda Vanstone", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-10-17-iraq-counting-ballots"] = [
    # the commission's announcement; the article names it "The Electoral Commission" in the
    # next sentence, which is taken as its name
    ("unusually high", "Electoral Commission", "Iraq's election commission", "announce", "partial"),
    # the ballot options ("yes", "no") are names, not anyone's words, even inside the
    # commission's reported announcement (as dev10's plea "not guilty"): scare throughout
    ("yes", "", "", "", "scare"),
    ("no", "", "", "", "scare"),
    ("Yes", "", "", "", "scare"),
    ("No", "", "", "", "scare"),
    ("no", "", "", "", "scare"),
    ("Yes", "", "", "", "scare"),
    # "The Sunnis ... have looked at the constitution as a "death sentence."": the Sunnis'
    # own characterisation (they are the ones holding the view), not a label of the reporter's
    ("death sentence.", "the Sunnis", "The Sunnis", "look at as", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-03-16-demonstrators-protest-condoleezza-rices-trip-australia"] = [
    # unnamed speakers by the description as written
    ("war criminal", "anti-war demonstrators in Sydney", "Anti-war demonstrators in Sydney", "dub", "partial"),
    ("murderer.", "anti-war demonstrators in Sydney", "Anti-war demonstrators in Sydney", "dub", "partial"),
    ("Condoleezza Rice, you are a war", "two protesters", "two protesters", "shout", "full"),
    # second shout joined by "and", no cue of its own: continuation
    ("Iraqi blood is on your hands", "two protesters", "two protesters", "shout", "continuation"),
    # "the demonstrator" = the "third protester" of the sentence before
    ("What kind of freedom are you", "a third protester", "the demonstrator", "say", "full"),
    ("I'm very glad to see that democracy", "Condoleezza Rice", "she", "say", "full"),
    ("sick to her stomach.", "Condoleezza Rice", "She", "say", "partial"),
    # the charge as the police state it ("Police say ... charged with "...""): the police's
    # words, a partial of the police (dev9: wording inside someone's reported speech)
    ("hindering police in the execution", "police", "Police", "say", "partial"),
    # the group's name in marks
    ("Stop the War Coalition", "", "", "", "scare"),
    ("war criminal", "Stop the War Coalition", "Stop the War Coalition", "say", "partial"),
    # inside Paddy Gibson's reported speech ("says the protest is ... to host Rice, "...""): his
    ("the most powerful woman in the world,", "Paddy Gibson", "Paddy Gibson", "say", "partial"),
    ("They're saying,'...", "Paddy Gibson", "he", "say", "full"),
    ("You've got 180,000 people killed", "Paddy Gibson", "Mr Gibson", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-04-04-berlusconi-trouble-use-bad-word"] = [
    # the word Berlusconi used ("for using the word "coglioni""): he spoke it, so his partial
    ("coglioni", "Silvio Berlusconi", "Italian Prime Minister Silvio Berlusconi", "use", "partial"),
    # the reporter's glosses and comparisons of the word (as dev9's gloss "lightning."): scare
    ("idiot", "", "", "", "scare"),
    ("cretin", "", "", "", "scare"),
    ("fool", "", "", "", "scare"),
    ("testicles", "", "", "", "scare"),
    ("prick-head", "", "", "", "scare"),
    ("With all the respect I have", "Romano Prodi", "Romano Prodi", "state", "full"),
    ("ironic", "Silvio Berlusconi", "Berlusconi", "state", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-05-20-riot-guantanamo-bay-detention-camp"] = [
    ("the most violent outbreak", "Harry Harris", "Rear Admiral Harry Harris, the commander of Joint Task Force Guantanamo", "say", "partial"),
    # no reporting verb, but the words are Harris's own, quoted later ("They then assaulted the
    # guards with broken light fixtures, fan blades and ..."): his wording borrowed by the
    # reporter (as dev10's "shots fired"), not a label of the reporter's
    ("broken light fixtures, fan blades", "Harry Harris", "Rear Admiral Harry Harris", "say", "partial"),
    # a whole clause right after "says," (lower-case start as written): full (dev10)
    ("minimum force was used", "Harry Harris", "Rear Admiral Harris", "say", "full"),
    # the camp's nickname
    ("Gitmo", "", "", "", "scare"),
    ("The detainees had slickened", "Harry Harris", "he", "say", "full"),
    ("They then assaulted the guards", "Harry Harris", "he", "say", "continuation"),
    ("minor injuries,", "Harry Harris", "he", "say", "partial"),
    ("nonlethal", "Mike Bumgarner", "Colonel Mike Bumgarner", "say", "partial"),
    # 'says "..." and some guards were knocked to the floor': woven into the reporter's sentence
    ("detainees were jumping out", "Mike Bumgarner", "Colonel Bumgarner", "say", "partial"),
    ("Frankly we were losing the fight", "Mike Bumgarner", "he", "say", "full"),
    ("This illustrates to me", "Harry Harris", "Rear Admiral Harris", "tell", "full"),
    ("secret prisons", "United Nations Committee Against Torture", "the United Nations Committee Against Torture", "call on", "partial"),
    # "The UN declared": the committee's finding, named by its parent body; resolved to the
    # committee that the sentences before and after name
    ("violation of the UN Convention", "United Nations Committee Against Torture", "The UN", "declare", "partial"),
    ("The State party should cease", "United Nations Committee Against Torture", "the committee", "say", "full"),
    ("ensure that no one is detained", "United Nations Committee Against Torture", "They", "call on", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-07-25-california-students-continue-struggle-exit-exam"] = [
    # the sentence paraphrases O'Connell's quote right after it ("I am pleased that the
    # achievement gap is narrowing"): his words borrowed (dev10 "shots fired"), partial
    ("achievement gap", "Jack O'Connell", "State Superintendent of Public Instruction Jack O'Connell", "express", "partial"),
    ("While I will not be satisfied", "Jack O'Connell", "O'Connell", "say", "full"),
    ("It is clear that all students", "Jack O'Connell", "O'Connell", "say", "continuation"),
    # "according to a statement released by O'Connell": his statement, his words (dev6)
    ("Eighty-five percent of Hispanic", "Jack O'Connell", "O'Connell", "statement", "full"),
    ("By comparison, 11.5 percent", "Jack O'Connell", "O'Connell", "statement", "continuation"),
    # after "O'Connell said that ...:" and with its own "O'Connell said": full
    ("I urge these students", "Jack O'Connell", "O'Connell", "say", "full"),
    ("This exam benefits students", "Jack O'Connell", "O'Connell", "say", "continuation"),
    ("If the appellate court affirms", "Arturo Gonzalez", "Gonzalez", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-08-24-france-offers-promised-2000-soldiers-un"] = [
    ("Conditions required by France", "Jacques Chirac", "Chirac", "declare", "full"),
    # after "Chirac declared;" with no cue of its own: continuation
    ("two more battalions will come", "Jacques Chirac", "Chirac", "declare", "continuation"),
    # the force's name in the reporter's sentence
    ("reinforced UNIFIL", "", "", "", "scare"),
    ("fair repartition of contributions", "Jacques Chirac", "President Chirac", "say", "partial"),
    ("other permanent members of the Security", "Jacques Chirac", "President Chirac", "call for", "partial"),
    # a whole sentence after "mentioned that": partial (dev8)
    ("Several European partners will", "Jacques Chirac", "he", "mention", "partial"),
    # "Chirac cited United Nations Resolution 1701 by requesting "..."": Chirac is the one
    # requesting; the resolution is what he cites, not the subject of the verb
    ("the release of the abducted Israeli", "Jacques Chirac", "Chirac", "request", "partial"),
    ("the decision from President Chirac", "Fouad Siniora", "Lebanese Prime minister Fouad Siniora", "declare", "partial"),
]
