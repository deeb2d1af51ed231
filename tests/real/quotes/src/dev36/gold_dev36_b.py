"""Hand annotations for four dev36 articles (Digital.gov news posts, 18 September 2015 to 6 March
2023), decided by reading each article.

Annotator: one helper session (annotator "b" of dev36), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev36 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev28 to dev35 paragraphs on Digital.gov and 18F posts), the dev35 and dev34 gold
modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Kathryn Kundrod", "Zeynep Erim",
"Roderic I. Pettigrew", "Rhianon Anderson", "Mihail C. Roco", "Lisa Friedersdorf", "Andrea
Ippolito", "Donna Ledbetter"), titles and degrees dropped ("Zeynep Erim" for "Dr. Zeynep Erim",
"Roderic I. Pettigrew" for "Roderic I. Pettigrew, Ph.D., M.D.", dev33/dev35), with the surname,
pronoun or description nearest the quote in speaker_text; the second piece of a split quote
('"...," X said. "..."') is continuation; a second quote with its own verb after the first has
closed, in a new paragraph, is full (dev25/dev34); a fragment woven into the reporter's sentence is
partial; a label or term in the writer's voice that no one is said to speak is scare
(dev28/dev29/dev35); single marks in an article whose quote marks are double (the headline's
‘Teen Power’) are not annotated, and single marks nested inside a double-mark quote (Ippolito's
‘there’s gotta be a better way ...’) stay inside the one row.

Open calls:
- VA Innovators Network: 'propose and test ideas in a “test small, fail small” environment' ->
  scare (a motto-like label in the writer's voice, no one said to speak it; dev31's motto).
  Alternative: Andrea Ippolito (the post's only speaker, quoted next), partial.
- People-first language: 'Donna Ledbetter ... said that plain language and people-first language
  are “not opposing concepts, but rather, it’s a union; a partnership.”' -> Donna Ledbetter,
  partial, cue "say" (the fragment finishes the reporter's "that" clause).
- People-first language: 'Ledbetter points out that the shift ... was “many years in the
  making.”' -> Donna Ledbetter, partial, cue "point out".
- People-first language: 'where words can imply that people are “bad” or “evil”' -> scare, scare
  (words mentioned as labels, in a sentence whose subject is "they" of the Institute; no one is
  said to speak them). Alternative: Donna Ledbetter, partial (the paragraph sums up her talk), or
  "National Institute of Corrections" (the "they" that decided).
- People-first language: '"Be the change you want to see," Ledbetter said.' (straight marks; a
  saying often credited to Gandhi) -> Donna Ledbetter, full, cue "say" (the article gives it to
  her with its own verb; the saying's first author is not named).
- Teen challenges: the headline '‘Teen Power’' (single marks) -> no row (README convention on
  single marks in double-mark articles).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-09-18-success-spotlight-challenge-takes-students-biomedicine"] = [
    ("Our longer-term goal is to license", "Kathryn Kundrod", "team member Kathryn Kundrod",
     "say", "full"),
    ("Winning this challenge provided", "Kathryn Kundrod", "Kundrod", "say", "full"),
    ("We feel even more motivated", "Kathryn Kundrod", "Kundrod", "say", "continuation"),
    ("The competition gave us a goal", "Kathryn Kundrod", "she", "say", "full"),
    ("Our group members volunteered", "Kathryn Kundrod", "she", "say", "continuation"),
    ("Our goal was education and engagement", "Zeynep Erim",
     "Dr. Zeynep Erim, program director at NIBIB for the DEBUT Challenge", "say", "full"),
    ("We wanted to appeal to the competitive", "Zeynep Erim",
     "Dr. Zeynep Erim, program director at NIBIB for the DEBUT Challenge", "say",
     "continuation"),
    ("The next decades of biomedical engineering", "Roderic I. Pettigrew", "Pettigrew", "say",
     "full"),
    ("These students prove", "Roderic I. Pettigrew", "Pettigrew", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-01-11-tapping-teen-power-challenging-youth-with"] = [
    ("The profound and unique advantage", "Rhianon Anderson",
     "Rhianon Anderson, executive director for the challenge", "say", "full"),
    ("By hosting its own app challenge", "Rhianon Anderson",
     "Rhianon Anderson, executive director for the challenge", "say", "continuation"),
    ("The need for technically-trained talent", "Rhianon Anderson", "Anderson", "say", "full"),
    ("The wonders of nanotechnology", "Mihail C. Roco",
     "NSF Senior Advisor for Science and Engineering Mihail C. Roco", "say", "full"),
    ("The Generation Nano competition recognizes", "Mihail C. Roco",
     "NSF Senior Advisor for Science and Engineering Mihail C. Roco", "say", "continuation"),
    ("This competition has the potential", "Lisa Friedersdorf",
     "Lisa Friedersdorf, deputy director of the National Nanotechnology Coordination Office",
     "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-06-10-collaboration-and-innovation-beyond-government-borders"] = [
    ("test small, fail small", "", "", "", "scare"),
    ("We’ve seen incredible ideas", "Andrea Ippolito",
     "Andrea Ippolito, VA Innovators Network Lead", "say", "full"),
    ("There is a tremendous goodwill", "Andrea Ippolito", "Ippolito", "say", "full"),
    ("We need to do a better job", "Andrea Ippolito", "Ippolito", "say", "continuation"),
    ("We’re hoping to target retirees", "Andrea Ippolito", "Ippolito", "say", "full"),
    ("We see this as an opportunity", "Andrea Ippolito", "Ippolito", "say", "continuation"),
    ("In the Boston VA system", "Andrea Ippolito", "Ippolito", "say", "full"),
    ("After surgery, surgeons needed", "Andrea Ippolito", "Ippolito", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2023-03-06-a-happy-compromise-between-people-first"] = [
    ("not opposing concepts, but rather", "Donna Ledbetter",
     "Donna Ledbetter, a technical writer and editor with the National Institute of Corrections "
     "of the Department of Justice’s Federal Bureau of Prisons", "say", "partial"),
    ("We want to think about the person", "Donna Ledbetter", "Ledbetter", "say", "full"),
    ("many years in the making.", "Donna Ledbetter", "Ledbetter", "point out", "partial"),
    ("bad", "", "", "", "scare"),
    ("evil", "", "", "", "scare"),
    ("Any small thing that we can do", "Donna Ledbetter", "Ledbetter", "say", "full"),
    ("So, we did.", "Donna Ledbetter", "Ledbetter", "say", "continuation"),
    ("Be the change you want to see,", "Donna Ledbetter", "Ledbetter", "say", "full"),
]
