"""Hand annotations for four dev38 articles (Wikinews stories of 2006-03-06 to 2009-03-29),
decided by reading each article.

Annotator: one helper session (annotator "c" of dev38), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev38 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10 to dev12 paragraphs on Wikinews stories of the same copy and the dev33 to
dev37 paragraphs), dev11/gold_dev11_a.py and dev37/gold_dev37_a.py as format examples (and, for
precedent only, the rows of dev10_a for a "Bush" named only so, dev12 and dev25_b/dev29_a for poll
labels, dev6_a/dev8_b for questions), goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Doug Miller", "Doug Mahugh", "Jimmy
Wales", "Robert Mtonga", "Thomas Nash", "Theodora Williams", "Fred Hanacek", "Beverly Bernhard",
"Michelle Obama"; "Bush" where the article calls him only "President Bush", as dev10_a), titles
dropped, with the surname, pronoun or description nearest the quote in speaker_text; in a
one-paragraph Wikinews body a quote with its own attribution ("he said", "she added") is full and
only an unattributed later piece of the same speaker is continuation (dev10); a fragment woven into
the reporter's sentence is partial, including one that opens the sentence but is finished by the
reporter ("Strong political will" was credited ...); a label inside someone's reported speech or
proposal is theirs, partial (dev9/dev16/dev22); poll answer wording and a policy's name in the
writer's voice are scare (dev12/dev25/dev29); a document whose author the article names speaks as
that author (dev17/dev25); single marks in these double-mark articles ('correct', 'recession
gardens', 'L') are not rows; a mixed curly-open/straight-close pair is kept as the text has it
(dev20).

Open calls:
- BBC poll: 'The international polling firm GlobeScan conducted the survey ... Participants were
  asked, "Has the war in Iraq increased, ...?"' -> GlobeScan, full, cue "ask" (the poll's question;
  the passive's agent is the pollster named in the sentence before, as dev11's "The press was
  told"). Alternative: "the survey", or "a question" (dev8).
- BBC poll: 'only 36 percent of U.S. respondents thought "the war is going well," and that 30
  percent felt "Bush was doing a good job of handling the conflict."' -> scare, both (the CBS
  poll's answer wording, as dev25's "not so good" and dev29's "recommend us to a friend").
  Alternative: the respondents as written, partial, cue "think"/"feel".
- BBC poll: '"Short of the Iraqi government ...," he said.' (Doug Miller's second quote) and
  '"I think the American people ...," he said.' (Bush's second) -> full, their own attribution
  (dev10); Bush's unattributed third quote '"I've got ample [political] capital ..."' ->
  continuation.
- Microsoft: '“Wikipedia has an entry ...,” reads the email Microsoft employee Mahugh wrote to
  Jelliffe.' -> Doug Mahugh, full, cue "read" (the email's author is named in the clause,
  dev17/dev25); the later '“Would you have any interest ...?"' with no verb, after a sentence on
  Wikipedia's policy, is the same email -> Doug Mahugh, continuation. Alternative: "the email".
- Microsoft: 'articles must be written from a "neutral point of view" or NPOV' -> scare (a
  policy's name in the writer's voice).
- Microsoft: 'Wales stated that the proper thing ... was to write a "white paper"' -> Jimmy Wales,
  partial, cue "state" (a term inside his reported speech).
- Cluster bombs: '"Strong political will" was credited with the resolution, by CMC co-ordinator
  Thomas Nash in recognising the drive "to stop the proliferation of this outdated weapon".' ->
  both Thomas Nash, partial (cues "credit", "recognise"). Alternative for the second: scare.
- Cluster bombs: 'countries such as Germany and the United Kingdom have tabled the idea of a
  "transition period"' -> "Germany; United Kingdom", partial, cue "table" (a term inside their
  reported proposal, dev16's "energy czar"). Alternative: scare.
- Cluster bombs: 'Writer Theodora Williams stated that their use usually results in "...the death
  and maiming ..."' -> Theodora Williams, partial, cue "state".
- Recession gardens: '"I’ve been able to have my kids eat ...," she added.' -> Michelle Obama, full
  (own attribution, dev10); her first quote after "yelled Mrs. Obama" -> full, cue "yell".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-03-06-bbc-global-poll-finds-majority-feel-us"] = [
    # the poll's question, put to participants by the pollster named in the sentence before
    ("Has the war in Iraq increased", "GlobeScan", "The international polling firm GlobeScan", "ask", "full"),
    ("It's official. Citizens worldwide", "Doug Miller", "Doug Miller, president of GlobeScan", "say", "full"),
    # its own "he said": full (dev10)
    ("Short of the Iraqi government", "Doug Miller", "he", "say", "full"),
    # CBS poll answer wording: scare (dev12/dev25/dev29)
    ("the war is going well,", "", "", "", "scare"),
    ("Bush was doing a good job", "", "", "", "scare"),
    # the article calls him only "President Bush" (as dev10_a)
    ("If I worried about polls", "Bush", "President Bush", "say", "full"),
    ("I think the American people", "Bush", "he", "say", "full"),
    ("I've got ample [political] capital", "Bush", "he", "say", "continuation"),
    ("chaos or unity.", "Bush", "President Bush", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-01-24-microsoft-offers-pay-blogger-correct-wikipedia-article"] = [
    # "reads the email Microsoft employee Mahugh wrote": the author named, his words (dev17/dev25)
    ("Wikipedia has an entry on Open XML", "Doug Mahugh", "Microsoft employee Mahugh", "read", "full"),
    # the policy's name in the writer's voice
    ("neutral point of view", "", "", "", "scare"),
    # the email goes on, no verb of its own: continuation (curly open, straight close as written)
    ("Would you have any interest", "Doug Mahugh", "Microsoft employee Mahugh", "read", "continuation"),
    ("We were very disappointed", "Jimmy Wales", "Wikipedia founder Jimmy Wales", "say", "full"),
    # a term inside his reported speech
    ("white paper", "Jimmy Wales", "Wales", "state", "partial"),
    ("It seems like a much better", "Jimmy Wales", "Wales", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-04-03-african-nations-gather-support-ban-cluster-bombs"] = [
    ("Africa is ready for Dublin", "Robert Mtonga", "Zambian delegate Robert Mtonga", "summarise", "full"),
    ("Too often Africa's voice", "Robert Mtonga", "Zambian delegate Robert Mtonga", "summarise", "continuation"),
    # a fragment opening the sentence, finished by the reporter: partial
    ("Strong political will", "Thomas Nash", "CMC co-ordinator Thomas Nash", "credit", "partial"),
    ("to stop the proliferation", "Thomas Nash", "CMC co-ordinator Thomas Nash", "recognise", "partial"),
    # a term inside the two countries' reported proposal (dev16 "energy czar")
    ("transition period", "Germany; United Kingdom", "countries such as Germany and the United Kingdom", "table", "partial"),
    ("...the death and maiming", "Theodora Williams", "Writer Theodora Williams", "state", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-03-29-recession-gardens-replace-victory-gardens"] = [
    ("There is more interest in vegetable", "Fred Hanacek",
     "a master gardener who volunteers at Ohio State University's Extension Service office, Fred Hanacek",
     "say", "full"),
    ("I do believe you'll find", "Beverly Bernhard", "Beverly Bernhard a veteran gardener from Iowa", "say", "full"),
    ("Let’s hear it for vegetables", "Michelle Obama", "Mrs. Obama", "yell", "full"),
    # its own "she added": full (dev10)
    ("I’ve been able to have my kids", "Michelle Obama", "she", "add", "full"),
]
