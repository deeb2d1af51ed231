"""Hand annotations for four dev20 articles (VOA, 15 October to 3 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev20), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Deanne Criswell", "Roy Cooper",
"Terrie Daughtry", "Brent Evans", "Jack Cardetti", "Richard Auxier", "Brooke Foster", "Joe
Weinert", "Joe Biden", "Jill Biden", "Donald Trump", "Takahiro Mori"); pronouns and roles resolve
to the person they point to; a named spokesperson is the speaker (Jack Cardetti, Brooke Foster);
the later piece of a split quote is continuation, and so is an unattributed paragraph right after
a quote of the same speaker (Trump's Truth Social post); a second quote in the same paragraph with
its own attribution is full (dev9, dev10); a fragment woven into the reporter's sentence is
partial, also a whole clause after "that" (dev8); a whole utterance after a colon is full (dev13);
names of things and events in the reporter's own voice are scare (dev11, dev18); documents that
are the subject of the verb speak as the article names them (dev9, dev18); single marks nested
inside double ones stay inside the outer quote; the single-marked headline word 'block' in the
Nippon Steel report is no row (README: single marks in a double-mark article).

Open calls:
- FEMA: 'The Rutherford County Sheriff's Office said ... a comment "about possibly harming" FEMA
  employees' -> the sheriff's office (the words are the suspect's comment as the office reports
  it; the suspect is never named), partial, cue "say".
- FEMA: 'A man was charged with "going armed to the terror of the public," a misdemeanor' -> the
  charge's wording inside the sheriff's office's account, partial of "Rutherford County Sheriff's
  Office" (dev11: a charge's wording inside the police's reported speech), cue "charge".
- FEMA: 'The sheriff's office said it received initial reports that a "truckload of militia" was
  involved' -> "Rutherford County Sheriff's Office", partial; the first speakers ("initial
  reports") are unnamed, so the relaying office that the text makes the speaker is kept rather
  than "initial reports" (dev13's chain rule would point to the reports).
- FEMA: 'Despite the extra stress from the "absolutely ridiculous" threats ..., Daughtry said' ->
  Terrie Daughtry, partial (a phrase inside her reported speech, not scare).
- Missouri: 'Because of deductions for "free play,"' -> scare (an industry term in the reporter's
  voice, no one named as using it).
- Missouri: 'The Missouri proposal "is very much in line ...," said Jack Cardetti' -> partial (the
  reporter supplies the subject).
- Biden: the turkeys' names "Peach" and "Blossom" and the event name "Friendsgiving" -> scare.
- Biden: 'Biden introduced Peach as a bird who "lives by the motto, 'Keep calm and gobble on.'"'
  -> Joe Biden, partial, cue "introduce"; 'Blossom, the president said, has a different motto:
  "No fowl play. Just Minnesota nice."' -> Joe Biden, full (whole utterance after a colon).
- Biden: '"Peach is making a last-minute plea," Biden said at one point' -> full, not
  continuation (its own attribution, a separate remark).
- Biden: 'Cartner's Christmas Tree Farm lost thousands of trees in the storm "but this one
  remained standing ..." Jill Biden said' -> Jill Biden, partial (lower case, finishes the
  reporter's clause); the nested 'Tremendous' stays inside.
- Nippon Steel: 'A Nippon Steel earnings presentation on November 7 maintained that "the
  transaction ..."' -> "a Nippon Steel earnings presentation" (a document that is the subject of
  the verb, as written), partial, cue "maintain".
- Nippon Steel: paragraph 3 ("Through a series of Tax Incentives ...") has no attribution and
  follows Trump's quoted post -> Donald Trump, continuation.
- Nippon Steel: '"..." the Japanese firm said in a statement' -> Nippon Steel, full, cue
  "statement".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-15-fema-resumes-door-door-visits-north-carolina"] = [
    ("out of an abundance of caution", "Deanne Criswell", "agency Administrator Deanne Criswell", "say", "partial"),
    ("The federal family has been here", "Deanne Criswell", "Criswell", "say", "full"),
    ("So let me be clear", "Deanne Criswell", "Criswell", "say", "continuation"),
    ("There's still a persistent", "Roy Cooper", "Cooper", "say", "full"),
    ("If you're participating", "Roy Cooper", "Cooper", "say", "continuation"),
    ("about possibly harming", "Rutherford County Sheriff's Office", "The Rutherford County Sheriff's Office", "say", "partial"),
    ("going armed to the terror", "Rutherford County Sheriff's Office", "The Rutherford County Sheriff's Office", "charge", "partial"),
    ("truckload of militia", "Rutherford County Sheriff's Office", "The sheriff's office", "say", "partial"),
    ("This is happening in the middle", "Roy Cooper", "he", "say", "full"),
    ("I'm not coming to risk", "Terrie Daughtry", "Daughtry, who volunteers with Therapy Dogs International", "say", "full"),
    ("absolutely ridiculous", "Terrie Daughtry", "Daughtry", "say", "partial"),
    ("These are special people", "Terrie Daughtry", "she", "say", "full"),
    ("It made me tear up", "Terrie Daughtry", "she", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-28-missouri-sports-betting-ballot-measure-highlights-national"] = [
    ("It's a fledging industry", "Brent Evans", "Brent Evans, an assistant finance professor at Georgia College & State University", "say", "full"),
    ("So nobody really knows", "Brent Evans", "Brent Evans", "say", "continuation"),
    ("free play", "", "", "", "scare"),
    ("is very much in line", "Jack Cardetti", "Jack Cardetti, a spokesman for Winning for Missouri Education", "say", "partial"),
    ("We don't give out free samples", "Richard Auxier", "Auxier", "say", "full"),
    ("Is this something you want", "Richard Auxier", "Auxier", "say", "continuation"),
    ("the way this measure is written", "Brooke Foster", "Brooke Foster, a spokesperson for the opposition group Missourians Against the Deceptive Online Gambling Amendment", "say", "partial"),
    ("There will definitely be a shift", "Brooke Foster", "Foster", "say", "full"),
    ("The sports betting operators", "Joe Weinert", "he", "say", "full"),
    ("and how you compete", "Joe Weinert", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-25-biden-opens-final-white-house-holiday-season"] = [
    ("Peach", "", "", "", "scare"),
    ("Blossom", "", "", "", "scare"),
    ("It’s been the honor of my life", "Joe Biden", "Biden", "say", "full"),
    ("The peach pie in my state", "Joe Biden", "he", "say", "full"),
    ("Peach is making a last-minute plea", "Joe Biden", "Biden", "say", "full"),
    ("lives by the motto", "Joe Biden", "Biden", "introduce", "partial"),
    ("No fowl play", "Joe Biden", "the president", "say", "full"),
    ("but this one remained standing", "Jill Biden", "Jill Biden", "say", "partial"),
    ("Friendsgiving", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-03-trump-says-will-block-nippon-steel-taking"] = [
    ("block", "Donald Trump", "U.S. President-elect Donald Trump", "say", "partial"),
    ("I am totally against", "Donald Trump", "Trump", "write", "full"),
    ("Through a series of Tax Incentives", "Donald Trump", "Trump", "write", "continuation"),
    ("determined to protect and grow", "Nippon Steel", "Nippon Steel", "say", "partial"),
    ("We will invest no less", "Nippon Steel", "the Japanese firm", "statement", "full"),
    ("vital", "Joe Biden", "Biden", "say", "partial"),
    ("to remain an American steel company", "Joe Biden", "Biden", "say", "partial"),
    ("the transaction is expected to close", "a Nippon Steel earnings presentation", "A Nippon Steel earnings presentation on November 7", "maintain", "partial"),
    ("Unless the situation changes", "Takahiro Mori", "vice chairman Takahiro Mori", "tell", "full"),
]
