"""Hand annotations for eight dev35 articles (Digital.gov news posts, 18 July 2014 to 28 September
2021), decided by reading each article.

Annotator: one helper session (annotator "a" of dev35), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev35 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev28 to dev34 paragraphs on Digital.gov and 18F posts), the dev30 and dev31 gold
modules as format examples (and the dev28_b and dev34_a rows for quotes with a missing closing
mark), goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Sarah Araghi", "Mikel Maron", "Benson
Wilder", "Matthew McAllister", "Kristina Rigopoulos", "David Cooper", "Janet Stevens", "Maria
Hishikawa", "Gabe Soll", "Kimberly Hennings", "Sarah Allen", "David Cole", "Denice Shaw", "Denys
Resnick", "Ann-Marie Regan", "Patricia Beirne", "Alex Glade"), titles dropped ("David Cooper" for
"Dr. David Cooper", dev33/dev34), with the surname, pronoun or description nearest the quote in
speaker_text; the second piece of a split quote ('"...," X said. "..."') is continuation, a second
quote with its own verb after the first has closed is full (dev25/dev34); a new sentence with its
own "she continued" is full (dev31/dev34); a paragraph's quote with no verb after a paraphrase of
one speaker with its own verb is that speaker's, full (dev25/dev27/dev30/dev34); a whole clause
after a lead-in ("But") or after "said," with its own verb is full though in lower case
(dev14/dev27/dev34); a fragment woven into the reporter's sentence is partial; a label inside
someone's reported words, suggestion or advice is theirs, partial (dev9/dev22/dev28/dev30/dev34);
event, product, section-heading and workshop-topic names in the writer's voice are scare
(dev28/dev29/dev33/dev34); words a sentence says a (hypothetical) group thinks go to that group
(dev28's "you", dev30's "the agent", dev31's "stakeholders"); a closing mark with no opening one
quotes nothing (dev4/dev14); single marks nested inside a double-mark quote stay inside the row.

Open calls:
- MapGive: the event series '“Mappy Hour” events' -> scare (an event name in the writer's voice).
- NSTIC: 'Rigopoulos said this planning helps her team release blogs or tweets at “just the right
  moment.”' -> Kristina Rigopoulos, partial, cue "say".
- Mental-health apps: 'A “prescription pad” with a list of all T2 mobile apps is one way that they
  have marketed the apps' -> scare (a product's name in the writer's voice). Alternative: David
  Cooper, partial (the paragraph sums up his talk).
- Summit recap: 'others in our organization who we think "just don’t get it"' (straight marks) ->
  scare (a stock distancing phrase in the writer's voice; the generic "we" of government staff is
  no actor). Alternative: "we" (the writer and readers in government), partial, cue "think".
- Summit recap: 'Some technologists think, “procurement’s never going to understand ...,” so we’re
  just gonna plow ahead ..., said Maria Hishikawa' -> "some technologists", full, cue "think"
  (words the sentence says a group thinks go to that group, as dev28's "you", dev30's "the agent",
  dev31's "stakeholders"). Alternative: Maria Hishikawa (who voices them). Her next sentence, 'The
  pace of technology has contributed to the attitude of, “they’ll never get it, ...,” she added.'
  -> Maria Hishikawa, full, cue "add" (the sentence names no one holding "the attitude"; a whole
  utterance after a comma, as dev17's "the question is,"). Alternatives: "some technologists"
  (the attitude is plainly theirs), or partial.
- Summit recap: Janet Stevens' question '“How did we get to (what feels like) opposing teams?”
  ... asked the panel.' -> Janet Stevens, full, cue "ask".
- Summit recap: 'The biggest learning opportunities ..., Hishikawa said. “I think sometimes we
  forget ...,” she continued.' -> Maria Hishikawa, full, cue "continue" (its own verb, dev31/
  dev34). Alternative: continuation.
- Summit recap: Kimberly Hennings' first quote lacks its closing mark ('“I don’t like ... waited
  til the last minute, said Kimberly Hennings, ... “We want to help. ...,” she explained.');
  goldtool's mechanical span runs over the attribution to the mark closing "good for all,". Read
  as the writer meant it, the first quote ends where its reporting clause begins (dev28's Kasia
  Galica, dev34's Amber Smigel): exact text up to "last minute," -> Kimberly Hennings, full, cue
  "say"; the second, opened by its own mark and with its own "she explained" -> Kimberly
  Hennings, full, cue "explain" (dev25/dev34). Alternatives: continuation for the second; or one
  full row over the whole mechanical span.
- Summit recap: 'At the end of the day, it comes down to ...,” Dunbar said.' has a closing mark and
  no opening one: no row (dev4/dev14: a stray closing mark quotes nothing; goldtool.spans opens no
  span there). Read by hand it is Dunbar's (a panellist the post never otherwise names), full.
- Agile: the section heading '“Scrub in, Help and Leave”' -> scare (a heading in marks, no one
  said to speak it; it paraphrases David Cole's "plug in, contribute and then pull out" in the
  section). Alternative: David Cole, full.
- Agile: Allen's '“It saves rigamarole ...”' nests the single-mark line ‘we have a meeting, ...’:
  one row, Sarah Allen, full; its second piece continuation.
- Problem definition: 'after one group worked through defining their problem, “We’d like to reduce
  the look of wrinkled shirts ...” became “Our client is looking for a way ...”' -> "one group",
  partial and partial, cue "" (the group's problem statement before and after its workshop, woven
  into the reporter's sentence as subject and complement). Alternatives: scare (example problem
  statements no one is said to speak), or Denys Resnick (who presumably told the example in the
  webinar; the post does not say so).
- Problem definition: 'But “understanding your problem can take longer than you anticipate,” Shaw
  says, particularly when ...' -> Denice Shaw, full (a whole clause after the lead-in "But" with
  its own "Shaw says", dev14/dev34). Alternative: partial (lower case, inside the reporter's
  sentence).
- Problem definition: 'a problem definition workshop focused on “how to enable and encourage the use
  of continuous/semi-continuous monitoring of nutrients in water for decision-making.”' -> scare
  (the workshop's topic as a title, as dev33's challenge titles). Alternative: "a coalition of
  government and non-government organizations", partial.
- Problem definition: '“We acknowledge ...,” she says, “but everyone should leave ...”' after
  'Resnick says.' -> Denys Resnick, full then continuation.
- Culture: 'Think of it as an “iceberg,” suggests ... Ann-Marie Regan ..., “what you see above the
  waterline ...”' -> Ann-Marie Regan, partial (a label inside her suggestion, cue "suggest") then
  continuation (the rest of the split quote after her verb). Alternative: full for the second
  (a whole clause after "suggests X,").
- Culture: 'Understanding the “patchwork” of work-units’ cultures' -> scare (the writer's term in a
  sentence with no speaker). Alternative: Ann-Marie Regan, partial (it follows her iceberg image).
- Culture: '“You can map out how to get from point A to point B, ...”' as a paragraph of its own
  with no verb, after 'Patricia Beirne said her work focuses ...' and a paragraph about her work ->
  Patricia Beirne, full, cue "say" (dev25/dev27/dev30).
- Culture: 'Beirne suggests setting a thoughtful pace and a goalpost “as far away as people can
  agree on, ... right away.”' -> Patricia Beirne, partial, cue "suggest" (a fragment finishing the
  reporter's sentence, though it runs on into a sentence of its own).
- Culture: 'Alex Glade ... added that strategic communication is part of ... fostering the “we are
  all in it together” feeling.' -> Alex Glade, partial, cue "add" (a label inside her reported
  words). Alternative: scare.
- Culture: 'Regan said, “there are plenty of constraints, ...”' -> Ann-Marie Regan, full (a whole
  clause after "said,", dev27).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-07-18-improving-content-increasing-participation-a-nara"] = [
    ("An important improvement is that", "Sarah Araghi", "Sarah Araghi, NARA’s Web team lead",
     "say", "full"),
    ("I think everybody’s starting to understand", "Sarah Araghi", "Araghi", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-12-17-with-every-tool-possible-supporting-humanitarian"] = [
    ("There are lots of different agencies", "Mikel Maron",
     "Mikel Maron, Presidential Innovation Fellow in HIU", "say", "full"),
    ("It gets people involved", "Mikel Maron",
     "Mikel Maron, Presidential Innovation Fellow in HIU", "say", "continuation"),
    ("Being in the Office of the Geographer,", "Benson Wilder", "Wilder", "say", "full"),
    ("This is one subset,", "Benson Wilder", "Wilder", "say", "continuation"),
    ("In many places, you have no idea", "Matthew McAllister",
     "Matthew McAllister, Special Assistant in the Office of Innovation at Peace Corps", "say",
     "full"),
    ("A lot of these communities are not mapped", "Matthew McAllister",
     "Matthew McAllister, Special Assistant in the Office of Innovation at Peace Corps", "say",
     "continuation"),
    ("Mappy Hour", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-04-03-sharing-social-media-strategies-the-national"] = [
    ("Because we always have a plan", "Kristina Rigopoulos", "Rigopoulos", "say", "full"),
    ("We create internal quarterly", "Kristina Rigopoulos", "Rigopoulos", "say",
     "continuation"),
    ("Our pilot funding announcement blog", "Kristina Rigopoulos", "Rigopoulos", "say", "full"),
    ("So far in 2015,", "Kristina Rigopoulos", "Rigopoulos", "say", "continuation"),
    ("just the right moment.", "Kristina Rigopoulos", "Rigopoulos", "say", "partial"),
    ("If we decide to write a blog post", "Kristina Rigopoulos", "Rigopoulos", "say", "full"),
    ("We recently wrote a blog post", "Kristina Rigopoulos", "Rigopoulos", "say",
     "continuation"),
    ("We review our goals regularly", "Kristina Rigopoulos", "Rigopoulos", "say", "full"),
    ("This process allows us", "Kristina Rigopoulos", "Rigopoulos", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-06-25-using-apps-for-mental-healthcare"] = [
    ("Mobile intervention is helpful", "David Cooper", "Cooper", "say", "full"),
    ("For example, diaphragmatic breathing", "David Cooper", "Cooper", "say", "continuation"),
    ("With all of our apps,", "David Cooper", "Cooper", "say", "full"),
    ("Service members don’t want", "David Cooper", "Cooper", "say", "continuation"),
    ("We find something that is evidence-based,", "David Cooper", "Cooper", "say", "full"),
    ("For Virtual Hope Box", "David Cooper", "Cooper", "say", "continuation"),
    ("prescription pad", "", "", "", "scare"),
    ("We have to cater to both patients", "David Cooper", "Cooper", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-09-02-digitalgov-summit-recap-no-longer-the"] = [
    ("just don’t get it", "", "", "", "scare"),
    ("How did we get to", "Janet Stevens",
     "Janet Stevens, Chief Information Officer in the Food Safety and Inspection Service at the "
     "U.S. Department of Agriculture, and moderator", "ask", "full"),
    ("procurement’s never going to understand", "some technologists", "Some technologists",
     "think", "full"),
    ("they’ll never get it,", "Maria Hishikawa", "she", "add", "full"),
    ("If you understand we have these timelines", "Gabe Soll", "he", "explain", "full"),
    ("I think sometimes we forget", "Maria Hishikawa", "she", "continue", "full"),
    # the closing mark after "last minute," is missing in the source: exact text given
    ("I don’t like to have the helpless feeling", "Kimberly Hennings",
     "Kimberly Hennings, division director in the office of Oversight and Compliance at the U.S. "
     "Department of Agriculture", "say", "full",
     "I don’t like to have the helpless feeling where we can’t help the business [office] "
     "because they waited til the last minute,"),
    ("We want to help.", "Kimberly Hennings", "she", "explain", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-01-04-how-agile-development-can-benefit-federal"] = [
    ("At first, I thought the goal", "Sarah Allen", "Allen", "say", "full"),
    ("We were building something not even", "Sarah Allen", "Allen", "say", "continuation"),
    ("A lot of our rituals", "Sarah Allen", "Allen", "say", "full"),
    ("One of the things we’ve done", "Sarah Allen", "Allen", "say", "continuation"),
    ("It saves rigamarole", "Sarah Allen", "Allen", "say", "full"),
    ("When an agency is interested", "Sarah Allen", "Allen", "say", "continuation"),
    ("Scrub in, Help and Leave", "", "", "", "scare"),
    ("I don’t think you can have open source", "David Cole",
     "David Cole, a developer for 18F", "say", "full"),
    ("It allows people to plug in,", "David Cole", "David Cole, a developer for 18F", "say",
     "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-06-08-a-problem-without-definition-is-a"] = [
    ("We’d like to reduce the look", "one group", "one group", "", "partial"),
    ("Our client is looking for a way", "one group", "one group", "", "partial"),
    ("understanding your problem can take longer", "Denice Shaw", "Shaw", "say", "full"),
    ("how to enable and encourage the use", "", "", "", "scare"),
    ("We acknowledge there will be", "Denys Resnick", "she", "say", "full"),
    ("but everyone should leave the room", "Denys Resnick", "she", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2021-09-28-digital-meets-culture-getting-your-culture"] = [
    ("iceberg,", "Ann-Marie Regan",
     "Special Assistant for Organizational Development Ann-Marie Regan of the Walter Reed "
     "National Military Medical Center", "suggest", "partial"),
    ("what you see above the waterline", "Ann-Marie Regan",
     "Special Assistant for Organizational Development Ann-Marie Regan of the Walter Reed "
     "National Military Medical Center", "suggest", "continuation"),
    ("patchwork", "", "", "", "scare"),
    ("You can map out how to get", "Patricia Beirne", "Patricia Beirne", "say", "full"),
    ("as far away as people can agree on,", "Patricia Beirne", "Beirne", "suggest", "partial"),
    ("we are all in it together", "Alex Glade",
     "Alex Glade, a Presidential Innovation Fellow detailed to the National Geospatial "
     "Intelligence Agency", "add", "partial"),
    ("Elevate the wins", "Alex Glade", "Glade", "say", "full"),
    ("there are plenty of constraints,", "Ann-Marie Regan", "Regan", "say", "full"),
]
