"""Hand annotations for four dev30 articles (Digital.gov news posts, 3 June 2014 to 28 April
2015), decided by reading each article.

Annotator: one helper session (annotator "a" of dev30), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, the other annotator's module not opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev27, dev28 and dev29 paragraphs on Digital.gov posts), the dev28 and dev29 gold
modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Jacob Parcell", "Lakshmi Grama",
"Alec Permison", "Mike Pulsifer", "Jeremy Pennycook", "Sara Smith", "Brian Marquis", "Janet
Linton", "Warren Snaider"), with "Parcell", "Marquis", "he", "Sara Smith, Social Media Strategist
for NIDA" etc. kept in speaker_text; pronouns resolve to the person they point to; the second piece
of a split quote ("...," X said. "...") is continuation; a quote with no verb after sentences about
one person is that person's, full (dev11/dev13/dev25), cue left empty where no verb of speaking is
near; a lower-case clause that finishes the reporter's sentence is partial (dev22); a whole clause
after "says" is full even in lower case (dev12/dev27); a label inside someone's reported words,
tip or advice is theirs, partial (dev28 "vanity URLs"); a template or model wording someone provides
after a colon is theirs, full (dev29); words relayed along a chain are the first speaker's (dev13,
dev17); single marks nested inside a double-mark quote stay inside the one row; section and
product names in the reporter's voice are scare (dev28/dev29).

Open calls:
- Summit recap: Parcell "quoted President Obama's famous salmon quandary: "The Interior Department
  ...," Obama said. "I hear it gets ..."" -> "Obama" (the name as the article gives it, as
  dev3's "President Obama" -> "Obama"; relayed words are the first speaker's, dev13/dev17), full
  then continuation. Alternatives: "Barack Obama" (a name the article never writes), or Jacob
  Parcell (who relays them).
- Summit recap: Grama's '"When people find value, they'll work together."' and Permison's '"We want
  an app that's slick, ..."' close paragraphs about them with no verb of speaking -> theirs,
  full, cue "". Permison's 'The end product allows citizens to access information directly,
  "without waiting to hear it in the news."' -> Alec Permison, partial (his words finishing the
  reporter's sentence, in his paragraph right after his own quote). Alternative: scare.
- Summit recap: 'According to Parcell, ... When you use a bottom-up approach, "if you can find
  ..."' -> Jacob Parcell, partial, cue "according to" (lower-case clause finishing the reporter's
  sentence). 'If you do work for another agency, "the taxpayer benefits ...," said Pulsifer.' ->
  Mike Pulsifer, partial for the same reason. Alternative for both: full (a whole clause).
- Summit recap: 'Grama says "the top-down approach is familiar. The top might ..."' -> Lakshmi
  Grama, full (whole clauses after "says", dev12/dev27). Alternative: partial (lower case).
- Content models: 'the content your organization "cares about most"' after "Hamshcer noted" ->
  "Walter Hamshcer", partial, cue "note". The article spells him "Walter Hamshcer" and then
  "Hamscher"; the speaker is the full name as first written (dev25: a misspelt name keeps the full
  name the article gives). Alternative: "Walter Hamscher".
- Content models: '"You're not creating a page, ...," he explained.' -> Jeremy Pennycook, full,
  cue "explain" (a paragraph with its own verb, not a continuation of the paragraph-old quote).
- Drug Facts Week: Linton's second piece holds the nested single-mark question ('How can we
  implement this our site?') -> one continuation row. The website's '"What's New and Cool"
  section' -> scare (section name). The closing '"Collaboration ...," said Smith.Each year, ...'
  -> Sara Smith, full (the sentence glued to "Smith." is outside the span); speaker "Sara Smith"
  as first written, not "Sara (Crocoll) Smith" of the last line.
- Contact centers: '"Technology affords us the chance to restore some humanity."' after 'Snaider
  said he expects ...' -> Warren Snaider, full, cue "say" (dev25: a quote with no verb after a
  paraphrase with its own "said X" is X's, full).
- Contact centers, the "Lessons Learned" list (his advice, introduced by 'Snaider ... offers advice
  to other people working with call centers:'):
  - 'Innocent phrases like "you're kidding" are going to be misinterpreted.' -> Warren Snaider,
    partial, cue "advice" (a phrase inside his reported advice, as dev28's "vanity URLs" inside a
    tip). Alternative: scare (an example phrase no one is said to speak, dev29's proverb).
  - 'Don't say: "here's what it is." Use instead: "this is what the office I talked to told me."'
    -> Warren Snaider, full and full, cue "advice" (model wording he provides after a colon, as
    dev29's template; the second has its own "Use instead:", dev25). Alternatives: scare; or the
    addressee "you"; or continuation for the second.
  - 'they want the agent to be able to say, "no, I've never heard this before, ..."' -> "the
    agent", full, cue "say" (the hypothetical speaker the sentence names as saying it, as dev28's
    'you've probably had to ask: "..."' -> "you"). Alternatives: Warren Snaider (it sits in his
    advice), "contact center supervisors" (who want it said), or scare.
  - 'Tell the caller that "we are going to work together" to find the answer' -> Warren Snaider,
    partial, cue "advice" (model wording inside his imperative advice, like the "Don't say:" item;
    a fragment the reporter's sentence runs on from). Alternatives: "you" (the addressee told to
    say it), or scare.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-06-03-harnessing-the-power-of-many-digitalgov"] = [
    ("The challenges are real,", "Jacob Parcell", "Parcell", "say", "full"),
    ("The Interior Department is in charge", "Obama", "Obama", "say", "full"),
    ("I hear it gets even more complicated", "Obama", "Obama", "say", "continuation"),
    ("When people find value,", "Lakshmi Grama", "she", "", "full"),
    ("We want an app that’s slick,", "Alec Permison", "Alec Permison", "", "full"),
    ("without waiting to hear it in the news.", "Alec Permison", "Alec Permison", "",
     "partial"),
    ("if you can find the things people", "Jacob Parcell", "Parcell", "according to",
     "partial"),
    ("the top-down approach is familiar.", "Lakshmi Grama", "Grama", "say", "full"),
    ("the taxpayer benefits even if", "Mike Pulsifer", "Pulsifer", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-10-27-open-and-structured-content-models-workshop"] = [
    ("cares about most", "Walter Hamshcer", "Hamshcer", "note", "partial"),
    ("What we don’t want to do", "Jeremy Pennycook", "Pennycook", "say", "full"),
    ("It’s essentially a magic box", "Jeremy Pennycook", "Pennycook", "say", "continuation"),
    ("You’re not creating a page,", "Jeremy Pennycook", "he", "explain", "full"),
    ("It’s not enough to just have it", "Jeremy Pennycook", "Pennycook", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-03-10-busting-myths-and-building-partnerships-national"] = [
    ("The new thing this year", "Sara Smith", "Sara Smith, Social Media Strategist for NIDA",
     "say", "full"),
    ("We coordinated with the video operator", "Sara Smith",
     "Sara Smith, Social Media Strategist for NIDA", "say", "continuation"),
    ("The first year we did the chat", "Brian Marquis", "Marquis", "say", "full"),
    ("We went back to the drawing board", "Brian Marquis", "Marquis", "say", "continuation"),
    ("When we first started NDFW,", "Janet Linton", "Janet Linton, IT Specialist for NIDA",
     "say", "full"),
    ("We had Chat Day, but what else", "Janet Linton", "Janet Linton, IT Specialist for NIDA",
     "say", "continuation"),
    ("We talk to each and every event holder", "Brian Marquis", "Marquis", "say", "full"),
    ("They are having events,", "Brian Marquis", "Marquis", "say", "continuation"),
    ("What’s New and Cool", "", "", "", "scare"),
    ("Collaboration with social media partners", "Sara Smith", "Smith", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-04-28-4-decades-of-evolving-technology-in"] = [
    ("It should be so easy to find information", "Warren Snaider", "he", "say", "full"),
    ("Today, technology fools us", "Warren Snaider", "he", "say", "full"),
    ("The more primitive we were,", "Warren Snaider", "he", "say", "continuation"),
    ("To choose the right agent,", "Warren Snaider", "he", "say", "full"),
    ("Technology affords us the chance", "Warren Snaider", "Snaider", "say", "full"),
    ("you’re kidding", "Warren Snaider", "Snaider", "advice", "partial"),
    ("here’s what it is.", "Warren Snaider", "Snaider", "advice", "full"),
    ("this is what the office I talked to", "Warren Snaider", "Snaider", "advice", "full"),
    ("no, I’ve never heard this before,", "the agent", "the agent", "say", "full"),
    ("we are going to work together", "Warren Snaider", "Snaider", "advice", "partial"),
]
