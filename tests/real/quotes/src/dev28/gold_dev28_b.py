"""Hand annotations for four dev28 articles (Digital.gov news posts, 30 July 2015 to 2 December
2016), decided by reading each article.

Annotator: one helper session (annotator "b" of dev28), by reading the article texts only (no
project code run or read other than make_split.py and goldtool.py, no system output seen, the
test splits not opened, the other annotator's module not opened), following data/gold/README.md
("who speaks") and the conventions and open calls recorded in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Kasia Galica", "Bethany McDaniel",
"Hilary Brandt", "Nadine Pembleton", "Ted Kaouk", "Christopher Frangione", "Sam Ortega",
"Sandeep Patel", "Alan Zack", "Ami Grace-Tardy", "Scott Davis", "Alexis Bonnell", "Rob Cook",
"David Shive"); pronouns and surnames resolve to the person they point to; the later piece of a
split quote is continuation; a new paragraph with its own "she said"/"said Rob Cook" is full
(dev9); a label inside someone's reported words is theirs (dev22/dev23); programme and product
names in the reporter's voice are scare (dev17/dev22/dev27); nested double marks stay inside the
outer quote (README conventions); single marks in these double-mark articles (tech 'SWAT team'
in the GSA post) are no rows.

Open calls:
- Slack: the headline's "Slack" (the product name as a pun) and 'Slack offers "channels"' (the
  product's name for a feature, in the reporter's voice) -> scare. Alternative for "channels":
  none better, a product does not speak.
- Slack: Kasia Galica's paragraph lacks the closing mark after "emails," ('"It's a great way ...
  dig through emails, said Kasia Galica, ... "It also helps ... Families."'). Read as the writer
  meant it, it is two quotes: the first row is given its exact text up to "emails," (as dev5 did
  for Ed Arnold's malformed quote) -> Kasia Galica, full; the second, opened by its own mark,
  -> Kasia Galica, continuation. goldtool.spans, pairing marks mechanically, sees one span from
  "It's" to "Families." (with the attribution inside); that span starts where the first row
  does. Alternative: one full row over the whole mechanical span.
- Slack: McDaniel's second piece nests “Facebook” in double marks; the nested marks stay inside
  (README conventions), so the continuation row is given its exact text up to "pops up.".
- Slack: 'have even had an "email-free Slack day," Brandt says.' -> Hilary Brandt, partial (a
  label inside her reported words, dev22/dev23); alternative: scare (an event's name, dev20).
- Professional development: 'with the name "AgOpportunity."' -> scare (a programme's name).
- Challenges: Ortega's '"You need enough to cut through the noise ..."' after the reporter's
  sentence "But that's not all that matters." has no verb of its own -> Sam Ortega,
  continuation. Zack's second piece after "said Zack, who also stressed ..." -> continuation.
- Challenges: Grace-Tardy's second paragraph ('"Not every agency ...," she said.') has its own
  verb -> full (dev9); its second piece continuation.
- GSA: '"TTS will continue," said Cook, "to help government ..."' -> first piece full (it opens
  the sentence and is attributed), second piece continuation.
- GSA: David Shive's quote "said ... in a recent interview with Federal News Radio" -> David
  Shive, full, cue "say" (the station is where he spoke, not a speaker).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-07-30-picking-up-the-slack-for-team"] = [
    ("Slack", "", "", "", "scare"),
    ("channels", "", "", "", "scare"),
    # the closing mark after "emails," is missing in the source: exact text given (see docstring)
    ("It’s a great way to keep", "Kasia Galica", "Kasia Galica, Digital Strategist for ICF International",
     "say", "full",
     "It’s a great way to keep our conversations in one place and have our documents exist in one "
     "place where many people on the team can access them without needing to dig through emails,"),
    ("It also helps with version control", "Kasia Galica",
     "Kasia Galica, Digital Strategist for ICF International", "say", "continuation"),
    ("What I like most about Slack", "Bethany McDaniel",
     "Bethany McDaniel, Web Content and Social Media Manager for the Georgia Technology Authority",
     "say", "full"),
    # nested double marks around “Facebook” stay inside: exact text given
    ("For example, if I know", "Bethany McDaniel",
     "Bethany McDaniel, Web Content and Social Media Manager for the Georgia Technology Authority",
     "say", "continuation",
     "For example, if I know that I had a conversation with someone about Facebook but I don’t "
     "know who I talked to about it, I can just search “Facebook” and every conversation I had "
     "about Facebook pops up."),
    ("email-free Slack day,", "Hilary Brandt", "Brandt", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-10-09-how-agencies-can-support-employee-professional"] = [
    ("We had a very short period", "Nadine Pembleton", "Pembleton", "say", "full"),
    ("One of my teammates", "Nadine Pembleton", "Pembleton", "say", "continuation"),
    ("AgOpportunity.", "", "", "", "scare"),
    ("USDA is a complex agency", "Ted Kaouk", "Kaouk", "say", "full"),
    ("We really wanted to look", "Ted Kaouk", "Kaouk", "say", "continuation"),
    ("We were able to organize", "Ted Kaouk", "Kaouk", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-02-17-challenges-prizes-webinar-series-concludes-but"] = [
    ("If you’ve got a problem", "Christopher Frangione",
     "Christopher Frangione, vice president of prize development at XPRIZE", "say", "full"),
    ("The purpose of a prize", "Christopher Frangione",
     "Christopher Frangione, vice president of prize development at XPRIZE", "say", "continuation"),
    ("You need a sufficient prize purse", "Sam Ortega",
     "Sam Ortega, manager of Partnerships Office at NASA Marshall Space Flight Center", "say", "full"),
    ("You need enough to cut through", "Sam Ortega",
     "Sam Ortega, manager of Partnerships Office at NASA Marshall Space Flight Center", "say",
     "continuation"),
    ("You should use all the tools", "Sandeep Patel",
     "Sandeep Patel, open innovation manager for the U.S. Department of Health and Human Services’ Idea Lab",
     "say", "full"),
    ("We turned 40 million Trekkies", "Alan Zack", "Zack", "say", "full"),
    ("Yes, we are ultimately trying", "Alan Zack", "Zack", "say", "continuation"),
    ("Talk to your attorney early", "Ami Grace-Tardy",
     "Ami Grace-Tardy, deputy assistant general counsel for energy efficiency at the Energy Department",
     "say", "full"),
    ("Not every agency has interpreted", "Ami Grace-Tardy", "she", "say", "full"),
    ("I’m hoping we can move", "Ami Grace-Tardy", "she", "say", "continuation"),
    ("Designers were learning", "Scott Davis", "Scott Davis, who helped administer the HUD challenge",
     "say", "full"),
    ("Sometimes you’re in the middle", "Alexis Bonnell",
     "Alexis Bonnell, chief of applied innovation and acceleration at the U.S. Agency for International Development’s (USAID) Global Development Lab",
     "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-12-02-the-future-of-technology-at-gsa"] = [
    ("If it’s important", "Rob Cook", "GSA Technology Transformation Service Commissioner Rob Cook",
     "say", "full"),
    ("We have people from different", "Rob Cook", "Rob Cook", "say", "full"),
    ("We don’t think technology", "Rob Cook", "Rob Cook", "say", "continuation"),
    ("Our job is making", "Rob Cook", "Cook", "say", "full"),
    ("TTS will continue,", "Rob Cook", "Cook", "say", "full"),
    ("to help government improve", "Rob Cook", "Cook", "say", "continuation"),
    ("Ultimately, though, in TTS", "David Shive", "GSA CIO David Shive", "say", "full"),
]
