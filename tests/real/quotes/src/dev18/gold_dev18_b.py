"""Hand annotations for four dev18 articles (VOA, 22 to 31 December 2024), decided by reading
each article.

Annotator: one helper session (annotator "b" of dev18), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Joe Biden", "Judi gaiashkibos" with
the article's lower-case g, "Alvin Bragg", "Karen Friedman Agnifilo", "Eric Adams", "David
Zaslav", "Ricardo Lara", "Jamie Court", "Steve Crowder"); a newspaper speaks by its name ("The
Washington Post" for "the newspaper"); a company's statement is the company's ("Lazard"); a new
sentence with its own "he added" is full (dev9), the unattributed piece after it continuation;
the later piece of a split quote ('"...," the mayor told .... "..."') is continuation; a
fragment woven into the reporter's sentence is partial; nicknames are scare (dev11).

Open calls:
- Native American children report: "According to documents seen by the daily, "The causes of
  death ..."" -> "documents seen by the daily" as written ("according to" a document, dev13),
  full (a whole capitalised sentence), though the words are probably the Post's own summary.
- "the article continues, "and in some cases, documents show ..."": the article is the subject
  of the verb, so "the article" as written (dev9/dev11 documents that speak), partial (a lower-case
  clause finishing the reporter's sentence); The Washington Post would be the other reading.
- 'The boarding schools "were not schools" but "prison camps, work camps," Judi gaiashkibos ...
  told the newspaper': two fragments woven into one reporter's sentence, both partial.
- 'she called their approach "very confusing" and "highly unusual."': both partial, Karen
  Friedman Agnifilo.
- Sean "Diddy" Combs: nickname, scare.
- Parsons "cited "unanticipated complications"": Richard Parsons, partial, cue "cite".
- 'Zaslav said, calling him "one of the great problem solvers ..."': a fragment after "calling
  him", partial (not continuation).
- Crowder '"...," he said, but added: "Let's wait ..."': continuation (dev17, a piece joined by
  "adding,").
- Lara '"...," Lara said in a statement.': Ricardo Lara himself (the article names him), not
  his office; his office's words elsewhere are not in marks.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-22-media-report-more-than-3-100-native"] = [
    ("a sin that stains our souls", "Joe Biden", "U.S. President Joe Biden", "call", "partial"),
    ("a dark chapter in American history", "The Washington Post", "the newspaper", "describe", "partial"),
    ("determined that more than 800", "The Washington Post", "The Washington Post", "say", "partial"),
    ("The causes of death included", "documents seen by the daily", "documents seen by the daily", "according to", "full"),
    ("and in some cases, documents show", "the article", "the article", "continue", "partial"),
    ("were not schools", "Judi gaiashkibos", "Judi gaiashkibos, director of the Nebraska Commission on Native Americans", "tell", "partial"),
    ("prison camps, work camps", "Judi gaiashkibos", "Judi gaiashkibos, director of the Nebraska Commission on Native Americans", "tell", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-23-luigi-mangione-pleads-not-guilty-state-murder"] = [
    ("frightening, well-planned", "Alvin Bragg", "Manhattan DA Alvin Bragg", "say", "partial"),
    ("In its most basic terms", "Alvin Bragg", "he", "add", "full"),
    ("And we've seen that reaction", "Alvin Bragg", "he", "add", "continuation"),
    ("very confusing", "Karen Friedman Agnifilo", "she", "call", "partial"),
    ("highly unusual", "Karen Friedman Agnifilo", "she", "call", "partial"),
    ("Diddy", "", "", "", "scare"),
    ("I wanted to look him in the eye", "Eric Adams", "the mayor", "tell", "full"),
    ("I wanted to be there", "Eric Adams", "the mayor", "tell", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-27-richard-parsons-prominent-black-executive-time-warner"] = [
    ("unanticipated complications", "Richard Parsons", "Parsons", "cite", "partial"),
    ("great mentor and friend", "David Zaslav", "David Zaslav, the president and CEO of Time Warner successor Warner Bros. Discovery", "remember", "partial"),
    ("tough and brilliant negotiator", "David Zaslav", "David Zaslav, the president and CEO of Time Warner successor Warner Bros. Discovery", "remember", "partial"),
    ("All who got a chance", "David Zaslav", "Zaslav", "say", "full"),
    ("one of the great problem solvers", "David Zaslav", "Zaslav", "call", "partial"),
    ("Dick's storied career", "Lazard", "Lazard", "statement", "full"),
    ("unmistakable intelligence", "Lazard", "The company", "praise", "partial"),
    ("Dick was more than an iconic leader", "Lazard", "the company", "say", "full"),
    ("His legacy lives on", "Lazard", "the company", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-31-california-require-insurers-boost-home-coverage-wildfire"] = [
    ("This plan is of the insurance industry", "Jamie Court", "Jamie Court, president of Consumer Watchdog", "statement", "full"),
    ("Californians deserve a reliable", "Ricardo Lara", "Lara", "statement", "full"),
    ("This is a historic moment", "Ricardo Lara", "Lara", "statement", "continuation"),
    ("You couldn't rebuild", "Steve Crowder", "he", "say", "full"),
    ("Anything that will help", "Steve Crowder", "he", "say", "full"),
    ("Let's wait and make sure", "Steve Crowder", "he", "add", "continuation"),
]
