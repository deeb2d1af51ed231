"""Hand annotations for eight dev33 articles (Digital.gov news posts, 24 June 2014 to 2 September
2021), decided by reading each article.

Annotator: one helper session (annotator "a" of dev33), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, the other annotator's module not opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev28, dev29, dev30 and dev31 paragraphs on Digital.gov and 18F posts), the dev30
and dev31 gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, without titles ("Matthew
Biggerstaff", "Will Sullivan", "Nicole Callahan", "Youseph Yazdi", "Joseph Ziobro", "Hema
Subramanian", "Sandeep Patel", "Heather Evans", "Katherine Tyner" for "Dr. Katherine Tyner",
"Brittney Stickler", "Vanessa Peña", "Talla Babou", "Tom Olszewski"), with the surname, pronoun or
description nearest the quote in speaker_text; the second piece of a split quote ('"...," X said.
"..."') is continuation; a new paragraph with its own verb is full (dev9/dev28); a whole utterance
after "explained," is full; a lower-case clause that finishes the reporter's sentence is partial
(dev22/dev30's Pulsifer); a label inside someone's reported words is theirs, partial
(dev9/dev22/dev27/dev30); titles of challenges and of a case study, and distancing words in the
writer's voice, are scare (dev8/dev18/dev28/dev31); a document quoted on its own speaks as the
document (the decree convention; dev9/dev11); single marks nested inside a double-mark quote stay
inside the one row (dev27); single marks in a double-mark article (the headline's 'The Good, Bad
and Ugly') are not annotated.

Open calls:
- Flu challenge: the headline's "Predict the Flu Season Challenge" and 'announced the winner of
  the "Predict the Influenza Season Challenge"' -> scare (a challenge's title, dev18/dev31).
  Alternative for the second: "Centers for Disease Control and Prevention" (who announced), but
  the marks set off the name, not words of the announcement.
- Flu challenge: 'Biggerstaff envisions something similar to a "hurricane season prediction" for
  the flu; something he says is fairly reliable' -> Matthew Biggerstaff, partial, cue "envision"
  (a label inside his reported view, dev9/dev27; "he says" follows in the same sentence).
  Alternative: scare (a stock term).
- Flu challenge: 'In fact, he's already looking towards next steps:' then a paragraph '"We hope to
  write a peer-reviewed article ..."' (closing mark glued to the run-on "For more information")
  -> Matthew Biggerstaff, full, cue "" (a quote after a colon that follows a sentence about him,
  dev29/dev30/dev31; no verb of speaking). Alternative: continuation (he was the last speaker),
  or "CDC" (the "We" of the quote).
- UX survey: 'clearly "labeled" with titles' and 'User Experience has many "homes."' -> scare
  (the writer's own distancing marks; no one speaks).
- Usability testing: 'how the site is "supposed" to work' -> scare (the writer's distancing mark).
- App trends: Sullivan's quote with the nested single-mark 'fragmentation' stays one row.
- FSA: '"Unlike the campaigns ...," said Nicole Callahan, ... The new tactics were driven by data
  that communicated directly to the needs of borrowers. "Using search, social media, ..."' ->
  the last piece is Nicole Callahan's continuation (an unattributed piece after the speaker's own
  quote in the same paragraph, the reporter's sentence between them; dev20/dev24/dev26).
  Alternative: full (a whole sentence on its own).
- Partnering across sectors: 'The law authorizes agencies to "enter into an agreement with ..."'
  and 'It also states that ... "funds provided by the private sector for such cash prizes."' ->
  "America COMPETES Act" (the law the previous paragraph names; "the law" and "It" point to it,
  as "the family" -> "Bibas family"), partial and partial, cues "authorize" and "state" (each a
  fragment woven into the reporter's sentence with its own verb). Alternatives: "the law" as
  written (dev9's description-as-written for a document subject), or continuation for the second.
- Partnering across sectors: 'But once the agency's priority was made known, "we took our hands
  off the steering wheel ...," Subramanian said.' -> Hema Subramanian, partial (a lower-case
  clause finishing the reporter's sentence, as dev30's Pulsifer). Alternative: full (a whole
  clause before "X said").
- Prize competition planning: 'According to the official prize competition page, "Entrepreneurs
  may lack knowledge ..."' -> "the official prize competition page", full, cue "according to" (a
  web page quoted on its own speaks under the description as written, dev11's "a website").
  Alternatives: the team or agencies running the competition (OSTP/SBA), which the text does not
  name as its authors.
- Prize competition planning: 'the team published the case study "Lessons Learned: Implementation
  of a Federal Prize Competition on Innovation Ecosystems."' -> scare (a title). Alternative: "the
  team", partial (cue "publish").
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-06-24-cdcs-predict-the-flu-season-challenge"] = [
    ("Predict the Flu Season Challenge", "", "", "", "scare"),
    ("Predict the Influenza Season Challenge", "", "", "", "scare"),
    ("Sort of like how weather forecasting", "Matthew Biggerstaff", "he", "say", "full"),
    ("There has been a lot of work done", "Matthew Biggerstaff", "he", "say", "continuation"),
    ("The winning prediction developed a method", "Matthew Biggerstaff", "Biggerstaff", "say",
     "full"),
    ("hurricane season prediction", "Matthew Biggerstaff", "Biggerstaff", "envision",
     "partial"),
    ("We hope to write a peer-reviewed article", "Matthew Biggerstaff", "he", "", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-11-21-results-2014-federal-user-experience-survey"] = [
    ("labeled", "", "", "", "scare"),
    ("homes.", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-03-19-getting-started-with-usability-testing"] = [
    ("supposed", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-04-28-trends-on-tuesday-federal-app-development"] = [
    ("For the first several years of the smartphone", "Will Sullivan", "Sullivan", "say",
     "full"),
    ("I suspect the government app community", "Will Sullivan", "Sullivan", "say",
     "continuation"),
    ("Audience-wise, it often makes sense", "Will Sullivan", "Sullivan", "say", "full"),
    ("Android has grown immensely,", "Will Sullivan", "Sullivan", "say", "continuation"),
    ("With Apple, quality assurance (QA) testing", "Will Sullivan", "Sullivan", "say", "full"),
    ("On Android, you need multiple devices", "Will Sullivan", "Sullivan", "say",
     "continuation"),
    ("This is a mixed bag,", "Will Sullivan", "Sullivan", "say", "full"),
    ("Android lagged in this area,", "Will Sullivan", "Sullivan", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-08-19-fsa-using-a-data-driven-marketing"] = [
    ("Unlike the campaigns we have done", "Nicole Callahan",
     "Nicole Callahan, Digital Engagement Strategist at FSA", "say", "full"),
    ("Using search, social media, and website data,", "Nicole Callahan",
     "Nicole Callahan, Digital Engagement Strategist at FSA", "say", "continuation"),
    ("The data-driven nature of this campaign", "Nicole Callahan", "Callahan", "say", "full"),
    ("We analyzed data every step of the way,", "Nicole Callahan", "Callahan", "say",
     "continuation"),
    ("They’re fun!,", "Nicole Callahan", "Callahan", "say", "full"),
    ("The things Mike does are outlandish,", "Nicole Callahan", "Callahan", "say",
     "continuation"),
    ("Working with partners that have the captive", "Nicole Callahan", "Callahan", "say",
     "full"),
    ("For example, one of the partners", "Nicole Callahan", "Callahan", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-12-11-all-in-partnering-across-sectors-can"] = [
    ("When different types of organizations", "Youseph Yazdi",
     "Youseph Yazdi, executive director of Johns Hopkins Center for Bioengineering Innovation "
     "and Design", "say", "full"),
    ("If the world is going to effectively", "Youseph Yazdi",
     "Youseph Yazdi, executive director of Johns Hopkins Center for Bioengineering Innovation "
     "and Design", "say", "continuation"),
    ("enter into an agreement with a private", "America COMPETES Act", "The law", "authorize",
     "partial"),
    ("funds provided by the private sector", "America COMPETES Act", "It", "state", "partial"),
    ("We’re really finding out how far you can go", "Joseph Ziobro",
     "Joseph Ziobro, a physical scientist who is helping to lead EPA’s Nutrient Recycling "
     "Challenge", "say", "full"),
    ("If you build from the ground up", "Joseph Ziobro",
     "Joseph Ziobro, a physical scientist who is helping to lead EPA’s Nutrient Recycling "
     "Challenge", "say", "continuation"),
    ("From concept to design to prototype,", "Joseph Ziobro", "Ziobro", "say", "full"),
    ("We invited everyone and let them choose", "Hema Subramanian",
     "Hema Subramanian, an environmental protection specialist at EPA", "say", "full"),
    ("we took our hands off the steering wheel", "Hema Subramanian", "Subramanian", "say",
     "partial"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-04-29-the-challenge-of-partnerships-the-good"] = [
    ("If you are going to do one,", "Sandeep Patel",
     "Sandeep Patel, open innovation manager at the Department of Health and Human Services "
     "(HHS) Idea Lab", "say", "full"),
    ("Make sure there is value in it.", "Sandeep Patel",
     "Sandeep Patel, open innovation manager at the Department of Health and Human Services "
     "(HHS) Idea Lab", "say", "continuation"),
    ("Funding is the least important reason", "Sandeep Patel", "Patel", "say", "full"),
    ("Make sure you agree philosophically", "Heather Evans", "Evans", "say", "full"),
    ("At the same time, understand", "Heather Evans", "Evans", "say", "continuation"),
    ("That’s why we did the partnership", "Heather Evans", "Evans", "say", "full"),
    ("Every Agency attorney is going to interpret", "Sandeep Patel", "Patel", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2021-09-02-planning-a-federal-prize-competition"] = [
    ("Lab to market is a whole government approach", "Katherine Tyner",
     "OSTP White House Leadership Development Fellow Dr. Katherine Tyner", "explain", "full"),
    ("Entrepreneurs may lack knowledge", "the official prize competition page",
     "the official prize competition page", "according to", "full"),
    ("Prizes allow for unique flexibility,", "Brittney Stickler",
     "Brittney Stickler, senior innovation policy advisor for the SBA Office of Investment and "
     "Innovation", "say", "full"),
    ("As we were doing the research", "Vanessa Peña",
     "Vanessa Peña, a research staff member at IDA STPI", "say", "full"),
    ("It helped us tailor our competition", "Talla Babou",
     "Science Policy Fellow Talla Babou at the IDA STPI", "say", "full"),
    ("Many of the submissions that didn’t get a prize", "Tom Olszewski",
     "Tom Olszewski from IDA Science and Technology Policy Institute", "say", "full"),
    ("Lessons Learned: Implementation", "", "", "", "scare"),
]
