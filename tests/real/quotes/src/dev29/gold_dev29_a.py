"""Hand annotations for four dev29 articles (Digital.gov news posts, 18 March 2014 to 27 April
2015), decided by reading each article.

Annotator: one helper session (annotator "a" of dev29), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, the other annotator's module not opened), following data/gold/README.md ("who
speaks") and the conventions and open calls recorded in tests/real/quotes/README.md (in particular
the dev28 paragraph on Digital.gov posts).

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Jeanne Holm", "Alistair Croll",
"Erin Blasco", "Cassandra McConnell-Tatum", "Ryan Edelstein"), with "Jeanne Holm, open data
evangelist for Data.gov", "Holm", "Blasco", "she", "he" etc. kept in speaker_text; pronouns
resolve to the person they point to; the second piece of a split quote ("...," X said. "...")
is continuation; a quote after a colon with no verb is full (dev13); a lower-case clause that
finishes the reporter's sentence is partial (dev22); nested double marks stay inside the outer
quote, given with the exact quote text (README, "Conventions"); product, feature and exhibition
names in the reporter's voice are scare (dev18/dev28); survey answer wording is scare (dev12,
dev25); words relayed along a chain are the first speaker's (dev13); a document or message whose
author the article names speaks as that author (dev17/dev25).

Open calls:
- Data.gov: 'lots of elements that seemed bloggy and more "social."' -> scare (the reporter's
  description of the site, no verb of speaking). Alternative: Jeanne Holm, partial (she says
  "too much social" three paragraphs on; dev23's "a word a speaker uses in the next paragraph is
  already theirs in the lead").
- Data.gov: 'people ignored the "floating content" at the bottom', 'under the "Community" tab'
  and 'called them "topics."' -> scare (feature and tab names in the reporter's voice, dev28;
  a name given by the team, as dev10's "name given by an order"). Alternative for "topics": the
  Data.gov team, partial, cue "call".
- Data.gov: 'In their journey, "We went from one extreme to the other, ..."' right after Holm's
  own '"People wanted ...," Holm said.' -> Jeanne Holm, continuation (a later piece of her words
  with no verb of its own, dev10/dev26). Alternative: partial (it finishes the reporter's sentence
  opened by "In their journey,") or full (a whole sentence).
- Metrics: 'As Alistair Croll, author of Lean Analytics, says,' then a paragraph that is only the
  quote -> Alistair Croll, full, cue "say".
- Metrics: '100% of survey respondents said they would "recommend us to a friend"' and '93% of
  respondents saying they "would recommend us to a friend"' -> scare (the survey item's answer
  wording, as dev25's "not so good"/"poor" and dev12's poll labels). Alternative: "survey
  respondents" / "respondents", partial, cue "say".
- Tweetup: the exhibition title "Hear My Voice: Alexander Graham Bell and the Origins of Recorded
  Sound." -> scare (title, dev18).
- Tweetup: Blasco's quote with nested curly marks ('... received 412 "favorites" (marks of
  appreciation ...) ... per day," said Blasco.') -> one row with the exact quote text; the inner
  "favorites" is no row of its own.
- Tweetup: 'She provided a template for the tweet:' then a paragraph that is only the template
  tweet ("Did you see my #HearHistory tweets ...? Please take this short survey: .") -> Erin
  Blasco, full, cue "template" (the author of the message the article names, dev25; quote after
  a colon, dev13). Alternative: the document as written ("a template for the tweet"), or scare.
- Tweetup: 'Blasco called it "invigorating."' -> Erin Blasco, partial, cue "call".
- Tweetup: 'Blasco said she often hears "My friend just tweeted me to ask about..." during NMAH
  Tweetups.' -> "on-site attendees" (the people who ask during the Q&A, named in the same
  paragraph; the first speakers of the relayed words, dev13), full (a whole utterance after a
  verb, dev18), cue "hear". Alternative: Erin Blasco, partial.
- Cross-agency: '"They already have ...," she said.' after a paraphrase of Cassandra
  McConnell-Tatum -> hers, full; Ryan Edelstein's two pieces -> full, continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-03-18-data-gov-usability-case-study"] = [
    ("Over the previous year, some people", "Jeanne Holm",
     "Jeanne Holm, open data evangelist for Data.gov", "say", "full"),
    ("We listened to users,", "Jeanne Holm", "she", "say", "full"),
    ("we gave it a Tumblr-like feel,", "Jeanne Holm", "Holm", "say", "partial"),
    ("social.", "", "", "", "scare"),
    ("There was too much social", "Jeanne Holm", "Holm", "say", "full"),
    ("There was a cascade of items", "Jeanne Holm", "Holm", "say", "continuation"),
    ("On Tumblr, you tumble", "Jeanne Holm", "Holm", "say", "full"),
    ("You look through what’s there,", "Jeanne Holm", "Holm", "say", "continuation"),
    ("floating content", "", "", "", "scare"),
    ("Community", "", "", "", "scare"),
    ("topics.", "", "", "", "scare"),
    ("People wanted to go to communities", "Jeanne Holm", "Holm", "say", "full"),
    ("We went from one extreme", "Jeanne Holm", "Holm", "say", "continuation"),
    ("Usability tests used to be", "Jeanne Holm", "Holm", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-10-24-use-metrics-to-drive-success"] = [
    ("If a metric won’t change", "Alistair Croll",
     "Alistair Croll, author of Lean Analytics", "say", "full"),
    ("recommend us to a friend", "", "", "", "scare"),
    ("would recommend us to a friend", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-02-23-hear-my-tweet-national-museum-of"] = [
    ("Hear My Voice: Alexander Graham Bell", "", "", "", "scare"),
    ("As a national museum,", "Erin Blasco",
     "Erin Blasco, Education Specialist in the New Media Department at NMAH", "say", "full"),
    ("Most people only visit DC", "Erin Blasco",
     "Erin Blasco, Education Specialist in the New Media Department at NMAH", "say",
     "continuation"),
    ("On the day of the tweetup,", "Erin Blasco", "Blasco", "say", "full",
     "On the day of the tweetup, NMAH’s tweets received 412 “favorites” (marks of appreciation"
     " as well as bookmarking the tweet for later), which is well above our recent average of"
     " 214 favorites per day,"),
    ("On January 26th, NMAH’s tweets", "Erin Blasco", "Blasco", "say", "continuation"),
    ("Tweetups are not the best option", "Erin Blasco", "Blasco", "say", "full"),
    ("Scrolling through Twitter", "Erin Blasco", "Blasco", "say", "continuation"),
    ("Did you see my #HearHistory tweets", "Erin Blasco", "She", "template", "full"),
    ("invigorating.", "Erin Blasco", "Blasco", "call", "partial"),
    ("My friend just tweeted me", "on-site attendees", "on-site attendees", "hear", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-04-27-cross-agency-collaboration-is-the-key"] = [
    ("They already have an infrastructure", "Cassandra McConnell-Tatum", "she", "say", "full"),
    ("We built this platform", "Ryan Edelstein", "he", "say", "full"),
    ("At the end of the day,", "Ryan Edelstein", "he", "say", "continuation"),
]
