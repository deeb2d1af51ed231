"""Hand annotations for part of the dev4 split (5 VOA articles, 2 Global Voices round-ups),
decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind) -- snippet = first characters of the
quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of the article has a row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-24-trump-spark-mineral-gold-rush-greenland"] = [
    ("Fox News Sunday", "", "", "", "scare"),
    ("There is a deal to be made", "JD Vance", "Vice President JD Vance, who", "say", "full"),
    ("a lot of great natural resources", "JD Vance", "Vice President JD Vance, who", "say", "partial"),
    ("Greenland is a country full of minerals", "Bent Olsvig Jensen", "Bent Olsvig Jensen, Lumina's managing director in Greenland", "tell", "full"),
    ("international security", "Donald Trump", "Trump", "say", "partial"),
    ("His interest in Greenland", "Bent Olsvig Jensen", "Jensen", "say", "full"),
    ("So, yes, I definitely welcome it", "Bent Olsvig Jensen", "Jensen", "say", "continuation"),
    ("We do want American investments", "Naaja Nathanielsen", "she", "tell", "full"),
    ("The U.S. funded our direct marketing", "Naaja Nathanielsen", "Nathanielsen", "say", "full"),
    ("For many years now", "Naaja Nathanielsen", "Nathanielsen", "say", "full"),
    ("If you want minerals out of the ground", "Ulrik Pram Gad", "Gad", "tell", "full"),
    ("And then, probably you'll have to think", "Ulrik Pram Gad", "he", "explain", "full"),
    ("Obviously, we are in the middle", "Bent Olsvig Jensen", "Jensen of Lumina", "say", "full"),
    ("Not all of Greenland is open", "Bent Olsvig Jensen", "Jensen of Lumina", "say", "continuation"),
    # no verb in its own sentence; the paragraph before ("Jensen added that ...") introduces it
    ("It takes time to develop a project", "Bent Olsvig Jensen", "Jensen", "add", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-07-biden-calls-trump-victory-fair-transparent"] = [
    ("fair", "Joe Biden", "U.S. President Joe Biden", "declare", "partial"),
    ("transparent,", "Joe Biden", "U.S. President Joe Biden", "declare", "partial"),
    ("The will of the people always prevail", "Joe Biden", "Biden", "say", "full"),
    ("As I’ve said many times", "Joe Biden", "Biden", "say", "continuation"),
    ("inspiring", "Joe Biden", "He", "praise", "partial"),
    ("gave her whole heart and effort", "Joe Biden", "He", "say", "partial"),
    ("We lost this battle", "Joe Biden", "Biden", "say", "full"),
    ("Setbacks are unavoidable", "Joe Biden", "Biden", "say", "continuation"),
    ("an historic presidency", "Joe Biden", "Biden", "describe", "partial"),
    ("changing people’s lives", "Joe Biden", "Biden", "describe", "partial"),
    ("the strongest economy in the world", "Joe Biden", "Biden", "say", "partial"),
    ("is acting consistent with the tradition", "Office of the Director of National Intelligence", "An ODNI spokesperson", "say", "partial"),
    # paragraph ends without a closing mark; the next paragraph continues the statement
    ("She’s been a tremendous partner", "Joe Biden", "Biden", "statement", "full"),
    ("Under extraordinary circumstances", "Joe Biden", "Biden", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-11-how-foreign-policy-made"] = [
    # "his campaign pledge to ... end 'endless wars'": Trump's own campaign slogan
    ("endless wars", "Donald Trump", "his", "pledge", "partial"),
    ("There are limits to what a president can do", "David McKean", "David McKean, former director of policy planning for the State Department and staff director for the Senate Foreign Relations Committee, who served as ambassador to Luxemburg", "say", "full"),
    ("Today's foreign policy machinery", "Thomas Schwartz", "Schwartz", "tell", "full"),
    ("The one thing that probably is consistent", "Thomas Schwartz", "Schwartz", "tell", "continuation"),
    ("There is no doubt that the institutional", "David McKean", "McKean", "say", "full"),
    ("president's own foreign policy team", "David McKean", "McKean", "call", "partial"),
    # a stray closing mark ends paragraph 15 ('... is often traveling."') whose opening mark is
    # missing in the source; it quotes no words, so it has no row (goldtool skips empty spans).
    ("principals meeting,", "", "", "", "scare"),
    ("When you're dealing with an immediate crisis", "Gordon Adams", "Gordon Adams, an emeritus professor of international relations at American University who served on the NSC in the 1990s", "say", "full"),
    ("Cars have to pick up principles", "Gordon Adams", "Gordon Adams, an emeritus professor of international relations at American University who served on the NSC in the 1990s", "say", "continuation"),
    ("Congress is going to have a voice", "Gordon Adams", "Adams", "say", "full"),
    ("That is also an area where I think", "David McKean", "McKean", "say", "full"),
    ("They don't have this kind of sloppy", "Gordon Adams", "Adams", "say", "full"),
    ("So in a way, we have one of the least", "Gordon Adams", "Adams", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-21-trumps-executive-orders-immigration-focus-border"] = [
    ("common-sense immigration policies", "Trump officials", "his officials", "call", "partial"),
    ("We have a government that has given", "Donald Trump", "Trump", "say", "full"),
    # "what it describes as": "it" = the administration (Trump's) -> Donald Trump
    ("national security and public safety crisis", "Donald Trump", "it", "describe", "partial"),
    ("President Trump was elected by a resounding", "an incoming White House official", "an incoming White House official", "say", "full"),
    ("What this action does", "an incoming White House official", "the official", "say", "full"),
    ("just words on a paper", "Aaron Reichlin-Melnick", "Aaron Reichlin-Melnick, senior fellow at the American Immigration Council", "write", "partial"),
    ("they reinstate [Remain in Mexico]", "Juan Ramon de la Fuente", "Juan Ramon de la Fuente, Mexico's secretary of external relations", "say", "partial"),
    ("authorities", "Trump officials", "the Trump officials", "say", "partial"),
    ("If a person already has an outstanding order", "Stephen Yale-Loehr", "he", "write", "full"),
    ("catch-and-release.", "", "", "", "scare"),
    ("Even a brief pause in the program", "Erol Kekic", "he", "write", "full"),
    ("stand ready.", "ACLU of Northern California", "The ACLU of Northern California", "write", "partial"),
    # "the email read": the email the ACLU of Northern California wrote (previous sentence)
    ("We are ready to do so again", "ACLU of Northern California", "the email", "read", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-10-south-koreas-leadership-crisis-jeopardizes-efforts"] = [
    ("The resulting political turmoil", "Bruce Klingner", "Bruce Klingner, the senior research fellow for Northeast Asia at the Heritage Foundation", "say", "full"),
    ("The incoming U.S. administration", "Bruce Klingner", "he", "say", "full"),
    ("Yoon’s actions will trigger doubts", "Bruce Klingner", "he", "say", "continuation"),
    ("Coupled with the Japanese leadership", "Bruce Klingner", "Klingner", "say", "full"),
    ("If Yoon leaves office", "Terence Roehrig", "Terence Roehrig, a Korea expert and professor of national security at the U.S. Naval War College", "say", "full"),
    ("As a result, there is likely", "Terence Roehrig", "He", "continue", "full"),
    ("subservient", "People Power Party", "it", "describe", "partial"),
    ("not comment on the ROK’s internal affairs", "Mao Ning", "Chinese Foreign Ministry spokesperson Mao Ning", "say", "partial"),
    ("to hope for a DP to come back in office", "Andrew Yeo", "Andrew Yeo, the SK-Korea foundation chair in Korea Studies at the Brookings Institution", "say", "partial"),
    ("more open to engaging China", "Andrew Yeo", "Andrew Yeo, the SK-Korea foundation chair in Korea Studies at the Brookings Institution", "say", "partial"),
    ("desirable.", "Andrew Yeo", "Yeo", "say", "partial"),
    ("I don’t think the Trump administration", "Andrew Yeo", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
# Block quotes set off without marks (the bloggers' Hebrew originals and English translations)
# are not rows; only the double-mark spans inside them are. The article titles, headlines and
# terms that the bloggers put in marks are quoted as names or held at a distance: scare.
GOLD["globalvoices-2012-05-21-israel-increase-racism-against-african-asylum"] = [
    ("most African infiltrators", "Eli Yishai", "Yishai", "say", "partial"),
    ("אפליה וגזענות", "", "", "", "scare"),
    ("אריתריאים חשודים", "", "", "", "scare"),
    ("אפריקאי חשוד בשוד", "", "", "", "scare"),
    ("הזר האפל", "", "", "", "scare"),
    ("זר אפל", "", "", "", "scare"),
    ("Discrimination and Racism", "", "", "", "scare"),
    ("Eritreans suspected of an assault", "", "", "", "scare"),
    ("African suspected of robbery", "", "", "", "scare"),
    ("dark stranger", "", "", "", "scare"),
    ("dark stranger", "", "", "", "scare"),
    ("foreigners,", "", "", "", "scare"),
    # a Facebook commenter's words, quoted in Ido Kenan's post (Hebrew original in marks)
    ("תבדקו בחניונים", "Avishay Vas", "Avishay Vas", "comment", "full"),
]

# ---------------------------------------------------------------------------
GOLD["globalvoices-2012-05-05-cuba-national-meeting-bloggers-ends-controversy"] = [
    ("Camilo Cienfuegos,", "", "", "", "scare"),
    # the event's stated aim, quoted from it; the sentence gives the words to the event
    ("horizontal mechanisms for coordinating", "the event", "an event", "try", "partial"),
    ("Blogazo x Cuba", "", "", "", "scare"),
    ("respect for difference and for open debate", "the final declaration", "The final declaration", "call for", "partial"),
    ("State's Central Administration Bodies", "the participants", "The participants", "request", "partial"),
    ("outside the Revolution", "", "", "", "scare"),
    ("how can one be critical in Cuba", "Carlos Alberto Pérez", "Carlos Alberto Pérez, author of La Chiringa de Cuba", "pose", "full"),
    ("our dream was to organise a meeting", "the committee organizing the event", "the committee organizing the event", "state", "partial"),
    ("In 2310 and 8225", "", "", "", "scare"),
    ("I failed", "", "", "", "scare"),
    # inside Yasmín Silvia Portales' unmarked block quote: a term she holds at a distance; she
    # leaves open who says it ("El País or... someone else"), so no one is its speaker
    ("los protagonistas de la blogosfera", "", "", "", "scare"),
    ("the protagonists of the country's blogosphere", "", "", "", "scare"),
    ("Bloggers por Cuenta Propia", "", "", "", "scare"),
    ("Independent Bloggers,", "", "", "", "scare"),
]
