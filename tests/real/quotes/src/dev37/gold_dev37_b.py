"""Hand annotations for four dev37 articles (Digital.gov news posts, 25 September 2015 to 23
December 2024), decided by reading each article.

Annotator: one helper session (annotator "b" of dev37), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev37 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev28 to dev36 paragraphs on Digital.gov and 18F posts), the
dev36_a and dev34_a gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Gabriel Soll", "Sef Kloninger",
"Claire Sarsam", "Melissa Wadman", "Darren Milligan", "Jane Joyce", "Laura Godfrey", "Fedora
Braverman", "Renata Bartlett"), titles and roles dropped, with the surname, first name, pronoun or
description nearest the quote in speaker_text; the second piece of a split quote ('"...," X said.
"..."') is continuation; a fragment woven into the reporter's sentence is partial; a whole
utterance after "Said X," or "X said," / "X shared," is full; words, features and labels in the
writer's voice are scare (dev28/dev29/dev35/dev36); single marks nested inside a double-mark quote
stay inside the one row (Kloninger's ‘Why am I doing this?’, the teachers' lines in Wadman's and
Milligan's quotes), and single marks elsewhere in these double-mark texts are not annotated
(‘Getting to yes’, the ‘people’ section).

Open calls:
- Smithsonian: 'The Smithsonian’s mission statement is wonderfully simple: “The increase and
  diffusion of knowledge.”' -> scare (a motto-like mission statement with no verb of speaking,
  as dev11's and dev31's mottos). Alternative: "the Smithsonian’s mission statement" (a document
  quoted on its own), full, no cue.
- Smithsonian: 'The “increasing” is arguably the straightforward part', 'our nation’s most
  powerful “diffusers” of knowledge' (the writer's play on the mission statement's words) and
  'Interactive tools like “hotspot” annotations' (a feature name) -> scare.
- Smithsonian: '“The high school teachers said, ‘Yeah, this is great ...’” said Darren Milligan'
  and Wadman's '“... They were saying ‘no, this doesn’t work ...’ ...”' -> one row each, the
  speaker who relays the teachers (Milligan, Wadman), full; the teachers' words are nested single
  marks, not rows of their own.
- Smithsonian: 'Said Jane Joyce, a teacher at Moon Middle School ..., “There are so many ...”'
  -> Jane Joyce, full, cue "say" (inverted attribution before the quote).
- Multilingual: 'Laura is most proud of “the multilingual adoption in the government as a whole,
  ... multilingual leadership.”' -> Laura Godfrey, partial, no cue (the span opens as a noun
  phrase finishing the reporter's sentence, though it runs on into whole sentences of hers).
  Alternative: full.
- Multilingual: 'But as Fedora, Spanish health communications specialist at the National
  Institutes of Health, said, "Laura was a trailblazer ..."' -> "Fedora Braverman" (the full name
  the post gave her earlier, "her fellow community leader, Fedora Braverman"), speaker_text
  "Fedora", full.
- Multilingual: 'Renata Bartlett, a product manager ..., shared, "I worked with Laura ..."' ->
  Renata Bartlett, full, cue "share". The post's first person ("I recently had the pleasure of
  speaking with Laura") speaks no marked words: no row.
- Terms of service: 'he says the initial steps are “going to be pushing and filling in people,
  ...”' -> Gabriel Soll, partial, cue "say".
- Federal tech: 'Sarsam said it was “fun to contribute to the government with the thing that I’m
  good at.”' -> Claire Sarsam, partial, cue "say".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-09-25-negotiating-a-mobile-terms-of-service"] = [
    ("This really does require quite a bit", "Gabriel Soll", "Soll", "say", "full"),
    ("The first challenge for me", "Gabriel Soll", "Soll", "say", "continuation"),
    ("going to be pushing and filling in people", "Gabriel Soll", "he", "say", "partial"),
    ("We got a lot of support from other agencies", "Gabriel Soll", "Soll", "say", "full"),
    ("We spoke to attorneys at three or four", "Gabriel Soll", "Soll", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-01-14-why-people-contribute-to-federal-tech"] = [
    ("When you are looking to make contributions", "Sef Kloninger", "Kloninger", "say", "full"),
    ("I was drawn to the mission of the project", "Sef Kloninger", "Kloninger", "say",
     "continuation"),
    ("When you submit a pull request", "Sef Kloninger", "Kloninger", "say", "full"),
    ("This varies considerably from project", "Sef Kloninger", "Kloninger", "say",
     "continuation"),
    ("Too often, people see open source", "Sef Kloninger", "Kloninger", "say", "full"),
    ("It can be that, but I think", "Sef Kloninger", "Kloninger", "say", "continuation"),
    ("I was very interested in the concept", "Claire Sarsam", "Sarsam", "say", "full"),
    ("It was a very positive contribution", "Claire Sarsam", "Sarsam", "say", "continuation"),
    ("Having open discussion among full time", "Claire Sarsam", "Sarsam", "say", "full"),
    ("They had Git Hooks.", "Claire Sarsam", "Sarsam", "say", "continuation"),
    ("fun to contribute to the government", "Claire Sarsam", "Sarsam", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-08-29-smithsonian-learning-lab-designing-for-the"] = [
    ("The increase and diffusion of knowledge.", "", "", "", "scare"),
    ("increasing", "", "", "", "scare"),
    ("diffusers", "", "", "", "scare"),
    ("hotspot", "", "", "", "scare"),
    ("What we found was that teachers", "Melissa Wadman",
     "Melissa Wadman, manager of program evaluation at SCLDA", "say", "full"),
    ("The high school teachers said,", "Darren Milligan",
     "Darren Milligan, senior digital strategist at SCLDA", "say", "full"),
    ("There are so many different ways", "Jane Joyce",
     "Jane Joyce, a teacher at Moon Middle School in Moon, Pennsylvania", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2024-12-23-designing-a-multilingual-future"] = [
    ("I don’t consider myself an expert,", "Laura Godfrey", "Laura", "say", "full"),
    ("I learn every day.", "Laura Godfrey", "Laura", "say", "continuation"),
    ("Plan and ask questions,", "Laura Godfrey", "Laura", "say", "full"),
    ("Who is the audience?", "Laura Godfrey", "Laura", "say", "continuation"),
    ("Laura was a trailblazer", "Fedora Braverman",
     "Fedora, Spanish health communications specialist at the National Institutes of Health",
     "say", "full"),
    ("In the digital age, government agencies", "Laura Godfrey", "Laura", "say", "full"),
    ("the multilingual adoption in the government", "Laura Godfrey", "Laura", "", "partial"),
    ("I worked with Laura on a few", "Renata Bartlett",
     "Renata Bartlett, a product manager at the Technology Transformation Services", "share",
     "full"),
]
