"""Hand annotations for four dev29 articles (Digital.gov news posts, 7 August 2015 to 13 June
2019), decided by reading each article.

Annotator: one helper session (annotator "b" of dev29), by reading the article texts only (no
project code run or read other than make_split.py and goldtool.py, no system output seen, the
test splits not opened, the other annotator's module not opened), following data/gold/README.md
("who speaks") and the conventions and open calls recorded in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Michael Contreras", "Jessica
Hernandez", "Ty Hughes", "Daniel Kuhns"); an organisation by its full name ("Federal Emergency
Management Agency", as "said NAB" was written out in dev15); pronouns and surnames resolve to the
person they point to; the later piece of a split quote ('"...," X said. "..."') is continuation;
a quote with its own verb after a reporter's sentence in the same paragraph is full (dev24);
an unnamed source keeps the description first written (dev21/dev22); single marks in these
double-mark articles ('quite a few' in the push post) are no rows, and single marks nested inside
a double-mark quote (‘Field Office X’, ‘Thanks! It’s working now,’) stay inside it (dev27).

Open calls:
- Push: the OPM Alert developer is never named; speaker = the description first written, "a
  developer for OPM Alert" (dev22: an unnamed official keeps the description first written),
  with the nearer words ("the OPM developer", "the developer") in speaker_text. Alternative:
  "OPM" (an unnamed spokesperson of an organisation resolves to it), but the developer is not a
  spokesperson and the post keeps him distinct from the team and from Ty Hughes.
- Push: in the "Lessons Observed" tips each quote follows the reporter's bold-style tip sentence
  in the same paragraph ("Never underestimate ... adopted. “Luckily, ...,” the developer said.")
  -> full (own verb; dev24), its second piece continuation.
- Push: the third tip's first quote opens with a closing mark ('accordingly.”Push notifications
  are so permanent once they go out,” the developer said.'), as the Markdown source printed it;
  goldtool opens quotes only with `"` or `“`, so it has no row (as dev27's COP29 quotes; read by
  hand it is the developer's, full). The piece after it ('“You have to make sure ...') is the
  second piece of that split quote -> continuation. Alternative: full, since its first piece has
  no row.
- Trust: the lead's '“If it’s not broke, don’t fix it,” doesn’t work with mobile apps' is a
  proverb the writer mentions, not words anyone is said to say -> scare (dev25: a standing term
  no one is named as saying). Alternative: full with speaker "unknown".
- Trust: '“Hello developers,” posted the_moongirl ...' -> the App Store user as written,
  "the_moongirl", full, cue "post"; its second piece continuation.
- Trust: 'In reply to the_moongirl, FEMA wrote, “Thank you ...' -> Federal Emergency Management
  Agency, full, cue "write" (the agency's reply, no person named). Alternative: "FEMA".
- Trust: 'In 2018, “We implemented daily auto-testing ...,” said Kuhns.' -> full (a whole
  utterance with its own verb; the reporter's "In 2018," in front as dev14's "However,").
  Alternative: partial.
- Trust: 'the season of “no big app changes” for FEMA' -> scare (a period's label in the
  reporter's voice, no reporting verb; dev7/dev25). Alternative: Federal Emergency Management
  Agency, partial (the label is presumably FEMA's own, from the interview).
- Trust: Kuhns's last quote nests ‘Thanks! It’s working now,’ in single marks; the span runs to
  the double closing mark after it, one row (dev27).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-08-07-an-innovation-framework-that-delivers-the"] = [
    ("The feedback I received at ISPIM", "Michael Contreras", "Contreras", "say", "full"),
    ("There’s a lot of people willing", "Michael Contreras", "Contreras", "say", "full"),
    ("We see it with the sharing economy", "Michael Contreras", "Contreras", "say", "continuation"),
    ("Everybody knows that data", "Michael Contreras", "Contreras", "say", "full"),
    ("I think Catalyst has shown", "Michael Contreras", "Contreras", "say", "continuation"),
    ("This is an example of how", "Michael Contreras", "Contreras", "say", "full"),
    ("This is the true power", "Michael Contreras", "Contreras", "say", "continuation"),
    ("We get focused on technologies", "Michael Contreras", "he", "say", "full"),
    ("How can we reach people", "Michael Contreras", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-10-28-building-the-next-generation-of-government"] = [
    ("Over the course of five weeks", "Jessica Hernandez", "Hernandez", "say", "full"),
    ("We needed to find a way", "Jessica Hernandez", "Hernandez", "say", "full"),
    ("Through Open Opportunities, we were", "Jessica Hernandez", "Hernandez", "say", "continuation"),
    ("Part of the whole goal", "Jessica Hernandez", "Hernandez", "say", "full"),
    ("With the people we recruited", "Jessica Hernandez", "Hernandez", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-02-23-the-benefits-of-being-push-y"] = [
    ("There is no reason to do this app", "a developer for OPM Alert", "the OPM developer", "say",
     "full"),
    ("The focus of the app is", "a developer for OPM Alert", "the OPM developer", "say",
     "continuation"),
    ("We found [a company that]", "a developer for OPM Alert", "the developer", "say", "full"),
    ("We went with [that company]", "a developer for OPM Alert", "the developer", "say",
     "continuation"),
    ("When the notification goes out", "Ty Hughes", "Hughes", "say", "full"),
    ("Nothing would cause more confusion", "Ty Hughes", "Hughes", "say", "continuation"),
    ("Prior to a status update", "a developer for OPM Alert", "the developer", "say", "full"),
    ("As we approach the time", "a developer for OPM Alert", "the developer", "say",
     "continuation"),
    ("Luckily, we were going on the side", "a developer for OPM Alert", "the developer", "say",
     "full"),
    ("We over planned and could", "a developer for OPM Alert", "the developer", "say",
     "continuation"),
    # its first piece opens with a closing mark (”Push notifications ...,”): no row (docstring)
    ("You have to make sure that once", "a developer for OPM Alert", "the developer", "say",
     "continuation"),
    ("We’ve been lucky that", "a developer for OPM Alert", "the developer", "say", "full"),
    ("But, I know people who have built", "a developer for OPM Alert", "the developer", "say",
     "continuation"),
    ("We are interested in introducing", "Ty Hughes", "Hughes", "say", "full"),
    ("We are also looking at leveraging", "Ty Hughes", "Hughes", "say", "continuation"),
    ("We use a native app", "a developer for OPM Alert", "the developer", "say", "full"),
    ("What about people who are not", "a developer for OPM Alert", "the developer", "say",
     "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2019-06-13-building-trust-with-users-through-open"] = [
    ("If it’s not broke, don’t fix it,", "", "", "", "scare"),
    ("Hello developers,", "the_moongirl", "the_moongirl", "post", "full"),
    ("I am a meteorologist", "the_moongirl", "the_moongirl", "post", "continuation"),
    ("Thank you for your feedback.", "Federal Emergency Management Agency", "FEMA", "write",
     "full"),
    ("We listen to our users,", "Daniel Kuhns", "Daniel Kuhns, Digital Program Manager at FEMA",
     "affirm", "full"),
    ("We want our app to work best", "Daniel Kuhns",
     "Daniel Kuhns, Digital Program Manager at FEMA", "affirm", "continuation"),
    ("We believe in a user-centric process", "Daniel Kuhns", "Kuhns", "explain", "full"),
    ("The app only matters", "Daniel Kuhns", "Kuhns", "explain", "continuation"),
    ("We implemented daily auto-testing", "Daniel Kuhns", "Kuhns", "say", "full"),
    ("no big app changes", "", "", "", "scare"),
    ("The best user safeguard", "Daniel Kuhns", "Kuhns", "say", "full"),
    ("And get in touch with us", "Daniel Kuhns", "Kuhns", "say", "continuation"),
    # single marks ‘Thanks! It’s working now,’ nested inside: one row
    ("The best email we can receive", "Daniel Kuhns", "Kuhns", "say", "full"),
]
