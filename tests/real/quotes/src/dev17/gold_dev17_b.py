"""Hand annotations for four dev17 articles (VOA, 8 to 17 December 2024), decided by reading
each article.

Annotator: one helper session (annotator "b"), by reading the article texts only (no project
code run or read other than make_split.py, no system output seen, the other annotator's module
not read), following data/gold/README.md ("who speaks") and the conventions and open calls
recorded in tests/real/quotes/README.md (dev2 ... dev16).

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Michael Waltz", as this story
calls him; "Sara Fern Fitzsimmons" though later "Fitzsimmons"); a new paragraph with its own
"X said"/"she added" is full (dev9); the later sentence of a split quote is continuation; a
whole utterance after "declaring," / "said:" / "added:" / "told ...," is full; a fragment woven
into the reporter's sentence is partial, also when it opens the sentence and the reporter
finishes it (Fitzsimmons, "I don't think it's hyperbolic to say it's revolutionary" for teams
...); unnamed officials stay as written ("an FBI official", "U.S. officials", dev7/dev15); a show
title is scare (dev13, "Face the Nation"); single marks in these double-mark articles (the
headline's 'fundamental act of justice', Vance's nested 'the rebels', the apostrophe of 'Tis)
are not rows; a quote opened with a curly mark and closed with a straight one (Biden, "We've
remained committed ...") is kept as one span.

Open calls:
- Debra Tice: the article names her "Tice's mother, Debra"; speaker written "Debra Tice" (her
  son's surname, as "the family" -> "Bibas family"), speaker_text as written.
- Trump 'declaring, "THIS IS NOT OUR FIGHT."': a whole utterance after "declaring", full.
- Biden 'conducted "dozens" of what he called "precision airstrikes"': both Biden's partials
  (inside his reported speech), not scare.
- Larry Hogan: 'posted on social media ... that he had seen "what appeared to be ..." ' then
  an unattributed sentence "The public is growing ..." in the same paragraph: his partial, then
  continuation of his post (dev10: an unattributed sentence after the same speaker's partial
  continues it).
- "electro-optical infrared camera system": a term inside the reported speech of "U.S.
  officials said Saturday ...", their partial (dev9 label inside reported speech), not scare.
- The FBI official on background: "an FBI official" as written (dev6/dev7), not "FBI".
- House Democrats' letter ('More than 120 House Democrats, led by Representatives Cori Bush and
  Ayanna Pressley, called on Biden ...', then '"...," they wrote'): the group as written, "more
  than 120 House Democrats", not the two leaders (who are named only as leading the group).
- Archivist's statement: "the archivist and deputy archivist ... said in a rare joint
  statement", named as Colleen Shogan and William J. Bosanko: theirs jointly
  ("Colleen Shogan; William J. Bosanko", dev8/dev10 joint statement); "They added:" is full.
- Stacy Clark: '..., said the findings are useful, but added that ... . "I think with
  advancements ..."': a quote with no verb after her paraphrase is hers, full, cue left empty
  (dev11/dev13).
- Kelly Scully: a named White House spokesperson is the speaker; her second paragraph with its
  own "she added" is full, its next sentence continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-08-biden-assad-s-syrian-collapse-fundamental-act"] = [
    ("fundamental act of justice,", "Joe Biden", "U.S. President Joe Biden", "declare", "partial"),
    ("a moment of uncertainty", "Joe Biden", "U.S. President Joe Biden", "declare", "partial"),
    ("the best opportunity in a generation", "Joe Biden", "Biden", "say", "partial"),
    ("for the first time", "Joe Biden", "Biden", "say", "partial"),
    ("Our approach has shifted", "Joe Biden", "Biden", "say", "full"),
    ("was not interested in protecting", "Donald Trump", "U.S. President-elect Donald Trump", "say", "partial"),
    # whole utterance after "declaring,"
    ("THIS IS NOT OUR FIGHT.", "Donald Trump", "he", "declare", "full"),
    ("dozens", "Joe Biden", "Biden", "add", "partial"),
    ("precision airstrikes", "Joe Biden", "he", "call", "partial"),
    ("clear eyed", "Joe Biden", "Biden", "say", "partial"),
    ("We will remain vigilant,", "Joe Biden", "Biden", "say", "full"),
    ("Make no mistake", "Joe Biden", "Biden", "say", "continuation"),
    ("saying the right things now.", "Joe Biden", "He", "add", "partial"),
    # new paragraph with its own "Biden said": full (dev9)
    ("But as they take on greater", "Joe Biden", "Biden", "say", "full"),
    ("are in a weakened state", "Donald Trump", "Trump", "note", "partial"),
    # nested 'the rebels' stays inside
    ("Many of 'the rebels'", "JD Vance", "he", "say", "full"),
    ("To everyone in Syria", "Debra Tice", "Tice's mother, Debra", "say", "full"),
    ("We know that when he comes out", "Debra Tice", "Tice's mother, Debra", "say", "continuation"),
    # opens curly, closes straight
    ("We've remained committed", "Joe Biden", "Biden", "tell", "full"),
    ("We believe he's alive", "Joe Biden", "Biden", "tell", "continuation"),
    ("We have to identify where he", "Joe Biden", "The president", "add", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-15-incoming-national-security-adviser-calls-explanation-drone"] = [
    # show title (dev13)
    ("Face the Nation", "", "", "", "scare"),
    ("We need to get to the bottom", "Michael Waltz", "Republican Representative Michael Waltz", "tell", "full"),
    ("long-loitering, could-be dangerous", "Michael Waltz", "Waltz", "call", "partial"),
    ("We need more transparency,", "Amy Klobuchar", "Minnesota Senator Amy Klobuchar", "tell", "full"),
    ("This can’t be the future.", "Amy Klobuchar", "Minnesota Senator Amy Klobuchar", "tell", "continuation"),
    # unnamed official on background, as written
    ("The combination of efforts", "an FBI official", "the official", "say", "full"),
    ("We can't ignore the sightings", "an FBI official", "the official", "say", "full"),
    ("We're doing our best", "an FBI official", "the official", "say", "continuation"),
    ("what appeared to be dozens", "Larry Hogan", "Larry Hogan, a former Maryland governor", "post", "partial"),
    # unattributed sentence after his partial: continuation of his post (dev10)
    ("The public is growing", "Larry Hogan", "Larry Hogan, a former Maryland governor", "post", "continuation"),
    ("dismissive.", "Christopher Smith", "Republican Representative Christopher Smith of New Jersey", "statement", "partial"),
    # term inside the officials' reported speech (dev9)
    ("electro-optical infrared camera system", "U.S. officials", "U.S. officials", "say", "partial"),
    ("To the contrary", "John Kirby", "Kirby", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-15-tis-season-roasting-chestnuts-but-native-ones"] = [
    ("You can feel that connection", "Sara Fern Fitzsimmons", "Sara Fern Fitzsimmons, chief conservation officer with The American Chestnut Foundation", "say", "full"),
    ("It was really a pretty significant", "Amy Brunner", "Amy Brunner, an associate professor at Virginia Tech", "say", "full"),
    ("The more diversity you lose", "Amy Brunner", "Amy Brunner, an associate professor at Virginia Tech", "say", "continuation"),
    ("It kind of stinks", "Linda McGuigan", "Linda McGuigan, a research support specialist at the university", "say", "full"),
    ("I don't think you will get there", "Amy Brunner", "Brunner", "say", "full"),
    # opens the sentence but the reporter finishes it: partial
    ("I don't think it's hyperbolic", "Sara Fern Fitzsimmons", "Fitzsimmons", "say", "partial"),
    ("robust and well supported", "Tom Kimmerer", "Kimmerer", "call", "partial"),
    ("critically important", "Tom Kimmerer", "Kimmerer", "call", "partial"),
    # no verb, after her paraphrase: hers, full, no cue (dev11/dev13)
    ("I think with advancements", "Stacy Clark", "Stacy Clark, a research forester at the U.S. Forest Service", "", "full"),
    ("The project moves on", "Linda McGuigan", "McGuigan", "say", "full"),
    ("I want to do something good", "Linda McGuigan", "McGuigan", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-17-archivist-equal-rights-amendment-can-t-be"] = [
    ("Solidifying your legacy", "more than 120 House Democrats", "they", "write", "full"),
    ("In 2020 and again in 2022", "Colleen Shogan; William J. Bosanko", "they", "statement", "full"),
    ("The OLC concluded", "Colleen Shogan; William J. Bosanko", "they", "statement", "continuation"),
    ("Therefore, the Archivist", "Colleen Shogan; William J. Bosanko", "They", "add", "full"),
    ("wrongfully inserting herself", "Kirsten Gillibrand", "she", "say", "partial"),
    ("OLC memos are advisory", "Kirsten Gillibrand", "she", "say", "full"),
    ("President Biden has been clear", "Kelly Scully", "White House spokesperson Kelly Scully", "say", "full"),
    # new paragraph with its own "she added": full (dev9)
    ("Senior administration officials", "Kelly Scully", "she", "add", "full"),
    ("It is long past time", "Kelly Scully", "she", "add", "continuation"),
]
