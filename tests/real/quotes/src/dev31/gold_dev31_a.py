"""Hand annotations for five dev31 articles (18F blog posts, 20 March to 15 September 2015),
decided by reading each article.

Annotator: one helper session (annotator "a" of dev31), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, the other annotator's module not opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev28, dev29 and dev30 paragraphs on Digital.gov posts), the dev29 and dev30 gold
modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Ryan Panchadsaram", "Hillary
Hartley", "Megan Smith", "Erica Deahl", "Noah Manger", "Denise Turner Roth", "Todd Park", "Dan
Brown", "Thomas Vander Wal", "Gail Swanson", "Jeremia Kimelman"), with the surname, pronoun or
description nearest the quote in speaker_text; pronouns (including the blog's "we") resolve to
the actor they point to; the second piece of a split quote ('"...," X said. "..."') is
continuation; a clause after "that" is partial (dev8/dev24); a label inside someone's reported
speech is theirs, partial (dev9/dev22/dev27); titles of films, talks and games, game and card
labels, tag names and mantras/slogans in the writer's voice are scare (dev8/dev16/dev18/dev28/
dev30); a paragraph with no verb after a paraphrase with its own "he said" is his, full
(dev25/dev27/dev30), while one after the speaker's own quote continues it (dev20/dev24/dev26);
single marks nested inside a double-mark quote stay inside the one row (dev27).

Open calls:
- One year in: 'One year ago we said, "Hello, World!"' -> "18F" (the blog's "we", the team that
  writes the post), full, cue "say". Alternatives: scare (a programmers' stock phrase); "we" as
  written.
- One year in: '"Just Start" was our mantra' -> scare (a mantra/slogan, dev8/dev16). Alternative:
  "18F", partial.
- One year in: 'led to the GSA CIO articulating an "open source first" policy' -> "the GSA CIO",
  partial, cue "articulate" (a label inside someone's reported statement of a policy, dev9/
  dev16's "energy czar" in a proposal). Alternative: scare (a policy slogan, as "America First").
- One year in: 'our "help wanted" tag on Github' -> scare (a tag name).
- moveForward: 'Todd Park ... reminding the group assembled that moveForward(100); was designed
  "to let everyone know that you're not alone," but "a network of awesome."' -> Todd Park, partial
  and partial (two fragments each woven into the reporter's sentence). Alternative: continuation
  for the second (dev16: pieces joined by the reporter's conjunction).
- moveForward: 'He continued, "it's building a better government, ..."' -> Todd Park, full, cue
  "continue" (a whole clause after its own verb, lower case, dev27; a new sentence with its own
  verb, dev9). Alternative: continuation (the verb says he went on).
- moveForward: 'she said we represent "the government of the 21st century."' -> Denise Turner
  Roth, partial.
- Dan Brown: 'he gave a talk at 18F. "Stop fighting, start designing," centered around ...' ->
  scare (the talk's title, dev18). Alternative: Dan Brown, full.
- Dan Brown: 'He opened his lecture by listing common issues and stakeholder quotes. For example,
  "Things have changed since we last spoke."' -> "stakeholders", full, cue "quote" (relayed words
  are the first speakers', dev13/dev29's "on-site attendees"; the article calls them "stakeholder
  quotes", and the next paragraph has the audience "told that"). Alternatives: Dan Brown (who
  lists them), or scare (a typical line no one in particular says).
- Dan Brown: the game title "Surviving Design Projects," the card labels "situation", "pattern"
  (twice), "trait", the trait "Dogmatism," and the card techniques 'For example, "make a plan,"
  or "offer a sneak peek."' -> scare (game and card labels in the writer's voice, dev30's "card
  chains"). Alternative for the techniques: "the pattern cards" (a thing carrying words, dev12).
  The second "pattern" sits in 'He recounted a half-day workshop where one participant used the
  same "pattern"' -> still scare (the card type, as before), alternative Dan Brown, partial.
- Dan Brown: 'Brown asserted that no single, "right" solution exists' -> Dan Brown, partial, cue
  "assert" (a word inside his reported speech). Alternative: scare.
- Dan Brown: '"You may look at some of the patterns and say, 'I would not do that ...,'" Brown
  said' -> one row, Dan Brown, full; the nested single-mark line is inside it.
- Dan Brown: the last quote paragraph ('"The crux of collaboration ..."', straight opening, curly
  closing mark) after 'And self-reflection, he said, is invaluable.' -> Dan Brown, full, cue
  "say" (a paraphrase with its own verb before it, dev25/dev27). Alternative: continuation.
- Vander Wal: 'While "water cooler conversations" fostered knowledge sharing in the past' ->
  scare (a stock term in the writer's summary, no verb of speaking). Alternative: Thomas Vander
  Wal, partial (the paragraph summarises his discussion).
- Vander Wal: '"If one person has the question, ..."' as a paragraph of its own right after
  'all users can search them, "which is insanely valuable," Vander Wal said.' -> Thomas Vander
  Wal, continuation (an unattributed paragraph after the speaker's own quote, dev20/dev24/dev26).
  Alternative: full (a whole utterance on its own).
- Federalist: 'President Obama launched the College Scorecard, which "empower[s] Americans to
  rate colleges ..."' -> "Obama" (the name as dev30_a wrote "President Obama"; the launch
  announcement is his, dev17/dev25: a document whose author the article names speaks as the
  author), partial, cue "" (no verb of speaking). Alternatives: scare (no one named as saying
  it), "the College Scorecard", or "Barack Obama" (a name the article never writes).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["18f-2015-03-20-one-year-in-and-looking-forward"] = [
    ("Hello, World!", "18F", "we", "say", "full"),
    ("Just Start", "", "", "", "scare"),
    ("open source first", "the GSA CIO", "the GSA CIO", "articulate", "partial"),
    ("help wanted", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2015-05-11-moveforward"] = [
    ("Frozen", "", "", "", "scare"),
    ("A sort of digital flash mob,", "Ryan Panchadsaram",
     "Ryan Panchadsaram, the federal government’s deputy chief technology officer", "say",
     "full"),
    ("We’re together to revel", "Hillary Hartley",
     "Hillary Hartley, deputy executive director of 18F", "say", "full"),
    ("Getting the techie people connected", "Megan Smith", "Smith", "say", "full"),
    ("My husband and I just finished", "Erica Deahl", "Deahl", "say", "full"),
    ("we lost our trust in the process.", "Erica Deahl", "Deahl", "note", "partial"),
    ("They’ve been publishing open data", "Noah Manger", "Manger", "say", "full"),
    ("the government of the 21st century.", "Denise Turner Roth", "she", "say", "partial"),
    ("to let everyone know that", "Todd Park", "Former U.S. Chief Technology Officer Todd Park",
     "remind", "partial"),
    ("a network of awesome.", "Todd Park", "Former U.S. Chief Technology Officer Todd Park",
     "remind", "partial"),
    ("it’s building a better government,", "Todd Park", "He", "continue", "full"),
    ("You’re restoring the core infrastructure", "Todd Park", "Park", "say", "full"),
    ("As an American, I love you", "Todd Park", "Park", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2015-05-27-dan-brown-conflict-in-design"] = [
    ("I was scared,", "Dan Brown", "he", "say", "full"),
    ("Stop fighting, start designing,", "", "", "", "scare"),
    ("Design is conflict,", "Dan Brown", "Brown", "say", "full"),
    ("Things have changed since we last spoke.", "stakeholders", "stakeholder quotes", "quote",
     "full"),
    ("Surviving Design Projects,", "", "", "", "scare"),
    ("situation", "", "", "", "scare"),
    ("pattern", "", "", "", "scare"),
    ("I call it distracted by shiny objects,", "Dan Brown", "Brown", "say", "full"),
    ("make a plan,", "", "", "", "scare"),
    ("offer a sneak peek.", "", "", "", "scare"),
    ("trait", "", "", "", "scare"),
    ("Dogmatism,", "", "", "", "scare"),
    ("right", "Dan Brown", "Brown", "assert", "partial"),
    ("pattern", "", "", "", "scare"),
    ("You may look at some of the patterns", "Dan Brown", "Brown", "say", "full"),
    ("The crux of collaboration", "Dan Brown", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2015-06-24-thomas-vander-wal-event"] = [
    ("water cooler conversations", "", "", "", "scare"),
    ("This idea of having hallways with memory", "Thomas Vander Wal", "Vander Wal", "say",
     "full"),
    ("Email is essentially where knowledge", "Thomas Vander Wal", "Vander Wal", "say", "full"),
    ("Think of it as a tombstone.", "Thomas Vander Wal", "Vander Wal", "say", "continuation"),
    ("which is insanely valuable,", "Thomas Vander Wal", "Vander Wal", "say", "partial"),
    ("If one person has the question,", "Thomas Vander Wal", "Vander Wal", "say",
     "continuation"),
    ("One size does not fit all,", "Thomas Vander Wal", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2015-09-15-federalist-platform-launch"] = [
    ("Federalist provides a way for people", "Gail Swanson",
     "Gail Swanson, the lead researcher and designer on the project", "say", "full"),
    ("It allows them to build a site", "Gail Swanson",
     "Gail Swanson, the lead researcher and designer on the project", "say", "continuation"),
    ("empower[s] Americans to rate colleges", "Obama", "President Obama", "", "partial"),
    ("This is a platform that's as easy", "Gail Swanson", "Swanson", "say", "full"),
    ("If the government needs to put out", "Gail Swanson", "Swanson", "say", "continuation"),
    ("Rather than building a custom CMS", "Jeremia Kimelman",
     "Jeremia Kimelman, a developer on the program", "say", "full"),
    ("That's one of the great things", "Jeremia Kimelman",
     "Jeremia Kimelman, a developer on the program", "say", "continuation"),
]
