"""Hand annotations for four dev22 articles (VOA, 29 October to 17 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "b" of dev22), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Zack Cooper", "Xi Jinping",
"Donald Trump", "Zachary Fraser", "Rob Yraceburu", "Brad Franklin", "David Magana", "Michael Wei
Yueh Liu", "R. Gary Klausner", "Kevin Cole"); pronouns resolve to the person they point to; the
later piece of a split quote is continuation; a new paragraph with its own "he said" is full
(dev9); a fragment woven into the reporter's sentence is partial; a whole utterance after
"said," is full (dev12); an unnamed department spokesperson is the department (dev2, "State
Department"), here "Chinese Foreign Ministry"; unnamed officials and sources stay as written
("a senior administration official", "federal prosecutors"; dev7, dev15, dev21); an unnamed
ministry is written as the article writes it (dev13, "Taiwan's defense ministry"); a label inside
someone's reported speech is that speaker's partial (dev9, dev15); show titles are scare (dev13,
"Meet the Press"); single marks nested inside double ones stay inside the outer quote (Trump's
'trials' and 'Injustice'); the single-marked headline words ('one China', 'US birthing scheme')
are no row (README: single marks in a double-mark article); one curly and one straight mark make
a pair (dev20; Trump's "She has been unwavering ...").

Open calls:
- One China: '“one China” policy' in the lead, in the reporter's voice -> scare (a policy's name,
  no one speaking it in that sentence).
- One China: 'Xi reportedly told Biden he wants the U.S. to use language stating it “opposes”
  instead of “does not support” independence' -> both words Xi Jinping's partials, cue "tell"
  (terms inside his reported request, dev16 "energy czar"); "does not support" is the current U.S.
  wording, but here it is named inside Xi's request, so not scare.
- One China: 'The administration has been “consistent on our long-standing one China policy,” the
  official said' -> "a senior administration official" (the official of paragraph 2), partial.
- One China: 'Taiwan's defense ministry said Chinese warplanes ... carried out another “combat
  patrol”' -> "Taiwan's defense ministry", partial (a label inside the ministry's reported
  statement, dev15), though the term is likely Beijing's own.
- One China: 'China “strongly condemns” the sale.' has no verb of its own; the next sentence's
  "said a Chinese Foreign Ministry spokesperson" gives it -> "Chinese Foreign Ministry", partial,
  cue "say" (rather than "China").
- Pistachios: 'When farmers decide what to plant, "I think the biggest thing is the market ...,"
  Franklin said' -> full: the quote is a whole clause and the reporter's words only frame it
  (dev19 'Within the agency, Kessler said, "the way to be promoted ..."' -> full); partial would
  be the alternative (dev21 Menon, but that quote was in lower case finishing a conditional).
- Trump: 'He called the seven Democrats and two Republicans ... “political thugs and, you know,
  creeps. For what they did, honestly, they should go to jail.”' -> one span, Donald Trump,
  partial, cue "call" (it opens as the object of "called").
- Trump: '“And one thing that's very important, ... and by a lot,” with about a 2.3 million-vote
  margin ...' -> continuation (the reporter's tail after the closing mark is not inside).
- Trump: 'exempt so-called “dreamers” from deportation' -> scare (a common label the reporter
  introduces with "so-called" and glosses; dev16 "a so-called phrase"), though it stands inside
  Trump's reported speech; Donald Trump partial would be the alternative.
- Trump: '“Meet the Press”' -> scare (show title, dev13).
- Birthing scheme: '“For tens of thousands of dollars each, ...,” federal prosecutors wrote in
  court papers' -> "federal prosecutors" as written, full, cue "write"; the second sentence
  continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-29-reiterates-one-china-policy-amid-reports-xi"] = [
    ("one China", "", "", "", "scare"),
    ("We do not support Taiwan independence", "a senior administration official", "a senior administration official", "tell", "full"),
    ("We oppose unilateral changes", "a senior administration official", "a senior administration official", "tell", "continuation"),
    ("opposes", "Xi Jinping", "Xi", "tell", "partial"),
    ("does not support", "Xi Jinping", "Xi", "tell", "partial"),
    ("consistent on our long-standing", "a senior administration official", "the official", "say", "partial"),
    ("I find it unlikely", "Zack Cooper", "Cooper", "tell", "full"),
    ("I doubt this will get", "Zack Cooper", "Cooper", "tell", "continuation"),
    ("It will probably be an opportunity", "Zack Cooper", "Cooper", "say", "full"),
    ("150% to 200%", "Donald Trump", "Trump", "say", "partial"),
    ("combat patrol", "Taiwan's defense ministry", "Taiwan's defense ministry", "say", "partial"),
    ("strongly condemns", "Chinese Foreign Ministry", "a Chinese Foreign Ministry spokesperson", "say", "partial"),
    ("We will take resolute", "Chinese Foreign Ministry", "a Chinese Foreign Ministry spokesperson", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-10-california-farmers-enjoy-pistachio-boom-much-it"] = [
    ("There has been an explosion", "Zachary Fraser", "Zachary Fraser", "say", "full"),
    ("You are starting to see", "Zachary Fraser", "Zachary Fraser", "say", "continuation"),
    ("There is an increasingly growing", "Rob Yraceburu", "Yraceburu", "say", "full"),
    ("The world wants more.", "Rob Yraceburu", "Yraceburu", "say", "continuation"),
    ("I think the biggest thing", "Brad Franklin", "Franklin", "say", "full"),
    ("And water is right below", "Brad Franklin", "Franklin", "say", "continuation"),
    ("You see all the value", "David Magana", "Magana", "say", "full"),
    ("I haven't seen pistachio", "David Magana", "Magana", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-08-trump-sweeping-changes-starting-1st-day-he"] = [
    ("tireless advocate for justice.", "Donald Trump", "Trump", "call", "partial"),
    ("She has been unwavering", "Donald Trump", "Trump", "say", "full"),
    ("Few understand the Weaponization", "Donald Trump", "Trump", "say", "continuation"),
    ("People like me now", "Donald Trump", "he", "tell", "full"),
    ("Meet the Press", "", "", "", "scare"),
    ("It’s different than the first", "Donald Trump", "he", "say", "full"),
    ("And one thing that’s very important", "Donald Trump", "he", "say", "continuation"),
    ("Because I think it was too big", "Donald Trump", "Trump", "say", "full"),
    ("political thugs", "Donald Trump", "He", "call", "partial"),
    ("acting very quickly", "Donald Trump", "Trump", "say", "partial"),
    ("hostages", "Donald Trump", "He", "characterize", "partial"),
    ("patriots.", "Donald Trump", "He", "call", "partial"),
    ("These people are living in hell", "Donald Trump", "he", "say", "full"),
    ("I’m not looking to go back", "Donald Trump", "he", "say", "full"),
    ("Retribution will be through", "Donald Trump", "he", "say", "continuation"),
    ("very corrupt.", "Donald Trump", "Trump", "describe", "partial"),
    ("I think you have to do it", "Donald Trump", "he", "say", "full"),
    ("I don’t want to be breaking up", "Donald Trump", "he", "declare", "full"),
    ("You have no choice", "Donald Trump", "he", "say", "full"),
    ("First of all, they’re costing", "Donald Trump", "he", "say", "continuation"),
    ("dreamers", "", "", "", "scare"),
    ("guarantee American families", "Donald Trump", "He", "acknowledge", "partial"),
    ("I can’t guarantee anything", "Donald Trump", "Trump", "say", "full"),
    ("I can’t guarantee tomorrow.", "Donald Trump", "Trump", "say", "continuation"),
    ("if I can.", "Donald Trump", "He", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-17-man-sentenced-helping-pregnant-chinese-women-birthing"] = [
    ("My intent was always", "Michael Wei Yueh Liu", "Liu", "tell", "full"),
    ("I have tried my best", "Michael Wei Yueh Liu", "Liu", "tell", "continuation"),
    ("I am not here to deflect", "Michael Wei Yueh Liu", "he", "say", "full"),
    ("These are choices you make", "R. Gary Klausner", "Klausner", "say", "full"),
    ("For tens of thousands of dollars", "federal prosecutors", "federal prosecutors", "write", "full"),
    ("This criminal conduct is serious", "federal prosecutors", "federal prosecutors", "write", "continuation"),
    ("He’s somebody that has lived", "Kevin Cole", "Cole", "tell", "full"),
    ("There’d be no benefit", "Kevin Cole", "Cole", "tell", "continuation"),
]
