"""Hand annotations for four dev32 articles (18F blog posts, 10 November 2015 to 27 April 2017),
decided by reading each article.

Annotator: one helper session (annotator "b" of dev32), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, the other annotator's module not opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev29, dev30 and dev31 paragraphs on Digital.gov and 18F blog posts), the dev30 and
dev31 gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Jascha
Franklin-Hodge", as first written, not the tweet signature "Jascha FranklinHodge"; "David A.
Chandler" for "Dr. David A. Chandler"; "Rafael López"; "Larry Mathias"), with the first name,
surname, pronoun or description nearest the quote in speaker_text; pronouns and the blog's "we"
resolve to the actor they point to ("we" -> "18F", dev31); the later piece of a split quote
('"...," X said. "..."') is continuation; a new paragraph with its own "he says" is full (dev9/
dev28/dev31); a whole utterance after "said"/"say," is full even in lower case (dev27/dev31); a
fragment finishing the reporter's sentence is partial (dev22); a question or line a hypothetical
speaker is said to say goes to that speaker as the sentence names them (dev28 "you", dev30 "the
agent"); unnamed speakers stay as written (dev21/dev22/dev31), and an unnamed speaker keeps the
description first written (dev29); names of approaches and search terms in the writer's voice are
scare (dev28/dev29); a bracketed edit inside a span stays inside it (dev14/dev31).

Open calls:
- Boston/CALC: the tweet of paragraph 4 is set off without marks and has no row. Franklin-Hodge's
  '"We can compare ...," he says. "CALC give us ..."' -> full then continuation; the next quote
  paragraph '"One of the challenges ...," he says.' has its own verb -> full (not continuation,
  although the paraphrase paragraph "The tool, he says, ..." sits between them).
- Boston/CALC: 'a search for "Senior Engineer" will return ...' -> scare (a labour category typed
  as a search term, in the writer's voice). Alternative: "you"/"contracting officers", partial.
- Tips: 'having to pause often and say, "um, there was something else I wanted to ask but I'm
  forgetting,"' -> "you" (the reader/interviewer the paragraph addresses: "You'll want the
  interviewees to feel comfortable ..."), full, cue "say" (dev28's 'you've probably had to ask:
  "..."' -> "you"). Alternatives: scare (a made-up example line), or "the interviewer".
- Tips: 'When the interview participant says, "Well, that was fun!"' -> "the interview
  participant", full, cue "say" (the hypothetical speaker named by the sentence, dev30's "the
  agent"). Alternative: scare (an example line no one actually says).
- Mississippi: 'According to the project team at Mississippi's Department of Child Protection
  Services, this "sounds like a good option, but ... clamoring for new functionality."' -> "the
  project team at Mississippi's Department of Child Protection Services", partial, cue "according
  to" (the quote finishes the reporter's sentence whose subject "this" is the reporter's, even
  though it runs on into a whole second sentence). Alternative: full.
- Mississippi: 'In a statement, the project team said, "We're really excited ..."' -> the same
  description as first written, "the project team at Mississippi's Department of Child Protection
  Services" (dev29: an unnamed speaker keeps the description first written), speaker_text "the
  project team", cue "statement". Alternative: "the project team" as written here.
- Mississippi: '"We'll provide them with instructions ...," said a representative from the
  Mississippi project team.' -> the description as written, "a representative from the Mississippi
  project team" (an unnamed individual of a team that is no named organisation, so not resolved
  to the team; dev7/dev17: unnamed officials stay as written), full, then continuation.
  Alternative: the project team, as for an unnamed spokesperson of an organisation (dev9/dev19).
- Mississippi: 'Dr. David A. Chandler, Commissioner of ...' -> "David A. Chandler" (title
  dropped), full then continuation. Christine Townsend is cited only in paraphrase ("according
  to"), with no marks, so no row.
- Mississippi: 'an approach called the "encasement strategy,"' -> scare (the name of an approach
  in the writer's voice). Alternative: the Mississippi project team ("they plan"), partial.
- Larry Mathias: 'We said "ok, let's do some user research and discovery."' -> "18F" (the blog's
  "we", dev31), full, cue "say" (a whole utterance after "said", lower case, dev27).
  'Larry said "yes, let's try that out."' and 'Larry ... said "cool, let's build what the users
  want."' -> Larry Mathias, full, cue "say" (each its own verb; a retold exchange in a simplified
  summary, still words each side is said to have said). Alternative: scare (a paraphrased,
  "greatly simplified" exchange, not verbatim words).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["18f-2015-11-10-boston-is-using-gsa-calc-tool"] = [
    ("We can compare multiple respondents", "Jascha Franklin-Hodge", "he", "say", "full"),
    ("CALC give us a way to verify", "Jascha Franklin-Hodge", "he", "say", "continuation"),
    ("One of the challenges cities face", "Jascha Franklin-Hodge", "he", "say", "full"),
    ("Senior Engineer", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2016-02-09-tips-for-capturing-the-best-data"] = [
    ("um, there was something else", "you", "You", "say", "full"),
    ("Well, that was fun!", "the interview participant", "the interview participant", "say",
     "full"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2016-09-20-mississippi-agile-modular-techniques-child-welfare"] = [
    ("sounds like a good option", "the project team at Mississippi's Department of Child "
     "Protection Services", "the project team at Mississippi's Department of Child Protection "
     "Services", "according to", "partial"),
    ("In the interest of serving the children", "David A. Chandler",
     "Dr. David A. Chandler, Commissioner of Mississippi Department of Child Protection Services",
     "say", "full"),
    ("Once fully implemented, this software", "David A. Chandler",
     "Dr. David A. Chandler, Commissioner of Mississippi Department of Child Protection Services",
     "say", "continuation"),
    ("We’ll provide them with instructions", "a representative from the Mississippi project team",
     "a representative from the Mississippi project team", "say", "full"),
    ("It’s not a very complicated challenge", "a representative from the Mississippi project "
     "team", "a representative from the Mississippi project team", "say", "continuation"),
    ("encasement strategy,", "", "", "", "scare"),
    ("We applaud Mississippi’s efforts", "Rafael López",
     "Rafael López, the commissioner of Department of Health and Human Services’ Administration "
     "on Children, Youth and Families", "say", "full"),
    ("We’re really excited to get needed", "the project team at Mississippi's Department of Child "
     "Protection Services", "the project team", "statement", "full"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2017-04-27-remembering-larry-matthias-early-partner-excellent"] = [
    ("ok, let’s do some user research", "18F", "We", "say", "full"),
    ("yes, let’s try that out.", "Larry Mathias", "Larry", "say", "full"),
    ("cool, let's build what the users want.", "Larry Mathias", "Larry", "say", "full"),
]
