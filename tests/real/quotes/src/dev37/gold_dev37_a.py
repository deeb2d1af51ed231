"""Hand annotations for four dev37 articles (Digital.gov news posts, 4 September 2014 to 17 July
2015), decided by reading each article.

Annotator: one helper session (annotator "a" of dev37), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev37 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev28 to dev36 paragraphs on Digital.gov and 18F posts), the dev36_a, dev35_a and
dev34_a gold modules as format examples (and their rows for quotes with a missing closing mark),
goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Silvia Inéz Salazar", "Sandra
Vuong", "Nicole Callahan", "Jessica Milcetich", "Yasmine Kloth", "Jessica Arriens", "Jared
Benoff", "Erin Ruberry", "Erin Blasco", "Matt Higginson"), with the surname, pronoun or
description nearest the quote in speaker_text; the second piece of a split quote ('"...," X said.
"..."') is continuation; a whole clause after 'Salazar said,' is full; a fragment woven into the
reporter's sentence is partial; a whole sentence quoted after "that" is partial (dev8/dev24/dev36);
a label inside someone's reported words is theirs, partial (dev9/dev22/dev28/dev30/dev34); product,
feature, programme and post titles in the writer's voice are scare (dev28/dev29/dev33/dev35);
single marks nested inside a double-mark quote stay inside the one row (Vuong's ‘?’ and ‘student
loans?’); a quote whose closing mark is missing ends at its comma before the reporting clause
(dev28/dev34/dev35), exact text given.

Open calls:
- NCI lab: 'They hope to continue their well-known “Open Call Testing”' -> scare (a programme's
  name in the writer's voice, dev28/dev29).
- Social media: 'FSA coordinates an office-wide customer experience “customer listening”
  program' -> scare (a programme's name; Callahan's quote before it does not use the words).
  Alternative: Nicole Callahan, partial.
- Social media: Kloth's quote lacks its closing mark ('“In 2014, our chats reached ... 27 million
  impressions, Kloth said. “These chats provide ... timeframe.”'); goldtool's mechanical span runs
  over the attribution to the paragraph's last mark. Read as the writer meant it: exact text up to
  "impressions," -> Yasmine Kloth, full, cue "say"; the piece after "Kloth said." with its own
  opening mark and no verb of its own -> continuation (dev28's Kasia Galica). Alternative: one
  full row over the whole mechanical span.
- Medium: 'Remember January’s viral hit “A teenager’s view on social media (written by an actual
  teen)”?' -> scare (a post's title, dev33/dev35).
- Medium: 'If Medium is a “place to tell stories” it makes sense ...' -> scare (a tagline no one
  in the sentence is named as saying). Alternative: Medium, partial.
- Medium: '(“things you’ve already worked hard on” as the National Science Foundation’s Jessica
  Arriens says)' -> Jessica Arriens, partial, cue "say".
- Medium: '“high quality content” is prioritized over the date' and 'engagement is measured
  through “total time reading.”' -> scare (Medium's ranking notions and a metric's name in the
  writer's voice). Alternative for the first: Medium (its editors), partial.
- Medium: '“A better way to tell a beautiful story.” This is how Labor’s Jared Benoff describes
  the key benefit of Medium.' -> Jared Benoff, full, cue "describe" (a stand-alone sentence of
  his words, attributed in the next sentence). Alternative: partial (a noun phrase, no verb).
- Medium: 'She points to the platform’s “clean” and easy to read interface.' -> Erin Ruberry,
  partial, cue "point" (a label inside her reported words). Alternative: scare.
- Medium: 'Erin Blasco ... has high hopes that Medium could provide “real conversation” and not
  just generate spam.' -> Erin Blasco, partial, cue "hope" (her words inside her reported hope;
  her own quote follows). '“If I really want ...,” she says, “it seems like ...”' -> full, then
  continuation.
- Medium: 'Medium’s Matt Higginson says that “just like any community, ...”' -> Matt Higginson,
  partial, cue "say" (a whole sentence after "that", dev8).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-09-04-national-cancer-institute-launches-new-user"] = [
    ("Cancer has a journey", "Silvia Inéz Salazar",
     "Silvia Inéz Salazar, an Informatics Research Laboratory Manager at the National Cancer "
     "Institute (NCI)", "say", "full"),
    ("User Experience (UX) is a tool", "Silvia Inéz Salazar", "Salazar", "say", "full"),
    ("One of the benefits of conducting UX", "Silvia Inéz Salazar", "Salazar", "say", "full"),
    ("Open Call Testing", "", "", "", "scare"),
    ("This lab is used as a tool", "Silvia Inéz Salazar", "Salazar", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-01-05-great-customer-service-in-140-characters"] = [
    ("A trick I learned", "Sandra Vuong", "Vuong", "say", "full"),
    ("The point is to get the people", "Sandra Vuong", "Vuong", "say", "continuation"),
    ("One of our SMEs is a policy expert", "Sandra Vuong", "Vuong", "say", "full"),
    ("You want to represent your agency", "Sandra Vuong", "Vuong", "say", "continuation"),
    ("The positive of this event", "Sandra Vuong", "Vuong", "say", "full"),
    ("Our SME guests also like it", "Sandra Vuong", "Vuong", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-04-24-meeting-customer-needs-through-social-media"] = [
    ("In 2014, we responded", "Nicole Callahan",
     "Nicole Callahan, Digital Engagement Strategist for FSA", "say", "full"),
    ("Altogether, customer service", "Nicole Callahan",
     "Nicole Callahan, Digital Engagement Strategist for FSA", "say", "continuation"),
    ("customer listening", "", "", "", "scare"),
    ("Our whole mission is", "Jessica Milcetich",
     "Jessica Milcetich, Social Media Strategist for USA.gov", "say", "full"),
    ("Some of our most frequently asked", "Jessica Milcetich",
     "Jessica Milcetich, Social Media Strategist for USA.gov", "say", "continuation"),
    # the closing mark after "impressions," is missing in the source: exact text given
    ("In 2014, our chats reached", "Yasmine Kloth", "Kloth", "say", "full",
     "In 2014, our chats reached an average of 1.4 million people each month with a monthly "
     "average of 27 million impressions,"),
    ("These chats provide us", "Yasmine Kloth", "Kloth", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-07-17-is-it-time-to-try-medium"] = [
    ("A teenager’s view on social media", "", "", "", "scare"),
    ("place to tell stories", "", "", "", "scare"),
    ("things you’ve already worked hard on", "Jessica Arriens",
     "the National Science Foundation’s Jessica Arriens", "say", "partial"),
    ("high quality content", "", "", "", "scare"),
    ("total time reading.", "", "", "", "scare"),
    ("A better way to tell a beautiful story.", "Jared Benoff", "Labor’s Jared Benoff",
     "describe", "full"),
    ("clean", "Erin Ruberry", "She", "point", "partial"),
    ("real conversation", "Erin Blasco",
     "Erin Blasco at the National Museum of American History", "hope", "partial"),
    ("If I really want to spread", "Erin Blasco", "she", "say", "full"),
    ("it seems like Medium is a better fit", "Erin Blasco", "she", "say", "continuation"),
    ("just like any community,", "Matt Higginson", "Medium’s Matt Higginson", "say", "partial"),
]
