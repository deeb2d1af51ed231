"""Hand annotations for the dev3 split, part a (6 VOA articles, 2 Wikinews), decided by reading
each article; made without running or seeing the collection's code or output.

Row spec: (snippet, speaker, speaker_text, cue, kind) -- snippet = first characters of the
quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of the article has a row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-04-trump-lawsuits-complaints-target-media-closing"] = [
    ("60 Minutes", "", "", "", "scare"),
    ("60 Minutes", "", "", "", "scare"),
    ("60 Minutes", "", "", "", "scare"),
    ("Face the Nation", "", "", "", "scare"),
    ("60 Minutes.", "", "", "", "scare"),
    ("is completely without merit", "CBS", "the spokesperson", "say", "partial"),
    # a document quoted on its own
    ("illegal corporate in-kind", "the complaint", "The complaint", "allege", "partial"),
    # Trump's unnamed lawyers speak for him (as an office resolves to its principal)
    ("acting like any other partisan", "Donald Trump", "Trump’s legal representatives", "allege", "partial"),
    ("We believe allegations", "The Washington Post", "the spokesperson", "say", "full"),
    ("Advertising by news organizations", "Gabe Rottman", "he", "tell", "full"),
    ("the enemy of the people", "Donald Trump", "he", "refer", "partial"),
    ("60 Minutes", "", "", "", "scare"),
    ("created the Greatest Fraud", "Donald Trump", "he", "say", "partial"),
    ("corrupt.", "Donald Trump", "he", "say", "partial"),
    ("unfair", "Donald Trump", "he", "describe", "partial"),
    ("does not and will not revoke", "the chair of the Federal Communications Commission", "the chair of the Federal Communications Commission", "statement", "partial"),
    ("looks like a publicity stunt", "Clayton Weimers", "Clayton Weimers, the head of the U.S. office of Reporters Without Borders", "say", "partial"),
    ("It reinforces the very real", "Clayton Weimers", "he", "say", "full"),
    ("By just accepting that", "Clayton Weimers", "Weimers", "say", "full"),
    ("champion for free speech", "Taylor Rogers", "Rogers", "describe", "partial"),
    ("everyone was safer", "Taylor Rogers", "Rogers", "say", "partial"),
    ("commonsense law.", "Taylor Rogers", "Rogers", "say", "partial"),
    ("betrayal of core principles", "Marty Baron", "Baron", "tell", "partial"),
    ("This is an invitation", "Marty Baron", "Baron", "add", "full"),
    ("This seemed to be a move", "Margaret Sullivan", "she", "tell", "full"),
    ("I’m very concerned about intimidation", "Margaret Sullivan", "Sullivan", "say", "full"),
    ("And frankly, I’m very concerned", "Margaret Sullivan", "Sullivan", "say", "continuation"),
]

# ---------------------------------------------------------------------------
CAMUS_T = "Jean-Yves Camus, an analyst at the Jean Jaures Foundation in Paris"
GOLD["voa-2024-11-06-fear-joy-calls-strong-europe-france"] = [
    ("I guess we’re disappointed", "Charlotte Danglegan", "freelance producer and Paris resident Charlotte Danglegan", "say", "full"),
    ("The fascist powers", "Charlotte Danglegan", "freelance producer and Paris resident Charlotte Danglegan", "say", "continuation"),
    ("a magnificent victory", "Eric Ciotti", "right-wing French politician Eric Ciotti", "salute", "partial"),
    ("For us, it’s good news", "David Gil", "he", "say", "full"),
    ("But it’s a bit early", "David Gil", "he", "say", "continuation"),
    ("for more peace and prosperity", "Emmanuel Macron", "French President Emmanuel Macron", "send wishes", "partial"),
    ("for a Europe more united", "Emmanuel Macron", "Macron", "declare", "partial"),
    ("We need to find ways", "Benjamin Haddad", "European Affairs Minister Benjamin Haddad", "tell", "full"),
    ("can’t accept that their security", "Benjamin Haddad", "he", "say", "partial"),
    ("It’s really time for us", "Jean-Yves Camus", CAMUS_T, "say", "full"),
    ("Because if we do not have", "Jean-Yves Camus", CAMUS_T, "say", "continuation"),
    ("I hope things will work out", "Cameron Orilia", "he", "say", "full"),
    ("that customs will work out", "Cameron Orilia", "he", "say", "continuation"),
    ("I feel a bit scared", "Lucy Bone", "Lucy Bone, a Briton who has lived in Paris for 25 years", "say", "full"),
    ("I’m thinking [about]", "Lucy Bone", "Lucy Bone, a Briton who has lived in Paris for 25 years", "say", "continuation"),
    ("The only thing I think about", "Marine Le Pen", "she", "tell", "full"),
    ("Europe has got to wake up", "Marine Le Pen", "she", "tell", "partial"),
    ("Le Pen has been very, very strong", "Jean-Yves Camus", "Camus", "say", "full"),
    ("for fear that the bad image", "Jean-Yves Camus", "Camus", "say", "continuation"),
]

# ---------------------------------------------------------------------------
MOHAMAD_T = "the U.S. representative for the political wing of the U.S.-backed, Kurdish-led Syrian Democratic Forces (SDF)"
GOLD["voa-2024-12-10-wary-fissures-fragmentation-syria-looks-rebuild"] = [
    ("Senior officials from this department", "Antony Blinken", "Blinken", "tell", "full"),
    ("This moment presents", "Antony Blinken", "he", "say", "full"),
    ("History shows how quickly", "Antony Blinken", "he", "say", "continuation"),
    ("Erik", "", "", "", "scare"),
    ("We want to make sure that our allies", "Robert Wood", "U.S. Deputy United Nations Ambassador Robert Wood", "tell", "full"),
    ("We want to make sure that there", "Robert Wood", "Wood", "say", "full"),
    ("So, we're going to be working", "Robert Wood", "Wood", "say", "continuation"),
    ("ISIS will try to use", "Antony Blinken", "Blinken", "say", "full"),
    ("We are determined", "Antony Blinken", "Blinken", "say", "continuation"),
    # the SDC (the SDF's political wing) representative, named in the next paragraph
    ("We are worried", "Sinam Mohamad", MOHAMAD_T, "tell", "full"),
    ("They are targeting", "Sinam Mohamad", "Syrian Democratic Council representative Sinam Mohamad", "say", "full"),
    ("a way to certainly prevent", "Sabrina Singh", "Pentagon spokesperson Sabrina Singh", "say", "partial"),
    ("The United States, now", "Sinam Mohamad", "the SDC’s Mohamad", "tell", "full"),
    ("There is some negotiation", "Sinam Mohamad", "she", "say", "full"),
    ("We hope they [the U.S.]", "Sinam Mohamad", "she", "say", "continuation"),
    ("We don't want to see an escalation", "Matthew Miller", "spokesperson Matthew Miller", "say", "full"),
    ("We don't want to see anyone", "Matthew Miller", "spokesperson Matthew Miller", "say", "continuation"),
]

# ---------------------------------------------------------------------------
YOO_T = "John Yoo, a professor at University of California Berkeley Law School and visiting fellow at the Hoover Institute"
GOLD["voa-2025-01-29-debate-rages-trump-push-end-birthright"] = [
    ("We're the only country", "Donald Trump", "Trump", "say", "full"),
    ("right of the soil", "", "", "", "scare"),
    # "The text reads:" -- the amendment's own words
    ("All persons born or naturalized", "the 14th Amendment", "The text", "read", "full"),
    ("This language ratifies", "John Yoo", YOO_T, "tell", "full"),
    # the amendment's phrase, cited by critics (they interpret it; the words are the amendment's)
    ("subject to the jurisdiction thereof", "the 14th Amendment", "the phrase", "phrase", "partial"),
    ("law of blood", "", "", "", "scare"),
    ("To me, that just doesn’t make sense", "John Yoo", "Yoo", "say", "full"),
    ("The Supreme Court, in cases like", "John Yoo", "Yoo", "say", "continuation"),
    ("President Trump has made it clear", "Brian Babin", "Republican Congressman Brian Babin of Texas", "tell", "full"),
    ("like the freed slaves", "Amy Swearer", "Swearer", "argue", "partial"),
    ("blatantly unconstitutional.", "John C. Coughenour", "U.S. District Judge John C. Coughenour of Seattle", "describe", "partial"),
    ("Figuring out how this rule", "John Yoo", "Yoo", "tell", "full"),
    ("Congress could extend", "John Yoo", "Yoo", "say", "full"),
    ("The text of the 14th Amendment", "John Yoo", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-05-somali-americans-gear-elections"] = [
    ("Truck drivers’ business", "Faisal Deri", "Deri", "say", "full"),
    ("[Vice President Kamala] Harris", "Nimo Ahmed", "Ahmed", "say", "full"),
    ("Vote for whoever you choose", "Habon Abdulle", "Abdulle", "say", "full"),
    ("If Trump returns to the White House", "Faisal Deri", "Deri", "say", "full"),
    ("mass deportations", "", "", "", "scare"),
    ("Trump doesn’t respect immigrants", "Nimo Ahmed", "Ahmed", "say", "full"),
    ("The deportation policy targets", "Faisal Deri", "Deri", "say", "full"),
    ("I don’t support Biden and Harris", "Nimo Ahmed", "Democrat Nimo Ahmed", "say", "full"),
    ("If we vote for Harris", "Faisal Deri", "Deri", "say", "full"),
    ("Some are voting, some are rejecting", "Amin Harun", "Harun", "say", "full"),
    ("Even if you don’t vote for the president", "Habon Abdulle", "Abdulle", "say", "full"),
    ("Elections are crucial", "Ifrah Farah", "Farah", "state", "full"),
]

# ---------------------------------------------------------------------------
JAC_T = "Katherine Jacobsen, the U.S., Canada and Caribbean program coordinator at the Committee to Protect Journalists"
GOLD["voa-2024-12-10-justice-department-ignored-some-policies-when"] = [
    ("It's very concerning", "Katherine Jacobsen", JAC_T, "tell", "full"),
    ("Using journalists as a conduit", "Katherine Jacobsen", "Jacobsen", "add", "full"),
    ("This investigation highlights", "Bruce Brown", "Reporters Committee for Freedom of the Press Executive Director Bruce Brown", "statement", "full"),
    ("It's time for Congress", "Bruce Brown", "Reporters Committee for Freedom of the Press Executive Director Bruce Brown", "statement", "continuation"),
    ("come after", "Kash Patel", "he", "say", "partial"),
    ("who lied about American citizens.", "Kash Patel", "he", "say", "partial"),
    ("conspirators", "Kash Patel", "He", "say", "partial"),
    ("Using the Justice Department", "Katherine Jacobsen", "CPJ's Jacobsen", "say", "full"),
    ("aggressive war on leaks.", "Committee to Protect Journalists", "CPJ", "describe", "partial"),
    ("an issue that both parties", "Katherine Jacobsen", "Jacobsen", "say", "partial"),
]

# ---------------------------------------------------------------------------
NAACP = "National Association for the Advancement of Colored People"
GOLD["wikinews-fbi-investigating-explosion-near-naacp-office"] = [
    # the FBI's term; the next sentence ("The FBI statement continued") marks it as the statement's
    ("person of interest", "FBI", "The FBI", "seek", "partial"),
    ("He may be driving", "FBI", "The FBI statement", "continue", "full"),
    ("The investigation is ongoing", "Amy Sanders", "FBI Special Agent Amy Sanders", "say", "full"),
    ("I was cutting somebody's hair", "Gene Southerland", "Gene Southerland, owner of Mr. G's Hair Design Studios", "say", "full"),
    ("Some neighbors came out", "Gene Southerland", "Southerland", "continue", "full"),
    ("We'll move on", "Henry Allen Jr", "Henry Allen Jr, the president of the Colorado Springs branch of the NAACP", "tell", "full"),
    ("looks forward to a full", NAACP, "The NAACP national office", "statement", "partial"),
    # the speaker's name was lost in the scraped text ("told Colorado Springs newspaper ' by email")
    ("I'm thankful that none", "unknown", "", "tell", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-gun-background-checks-no-go-us"] = [
    ("a shameful day for Washington.", "Barack Obama", "President Barack Obama", "describe", "partial"),
    # the senator's name was lost in the scraped text ("On April 10 Senator , accompanying Senator")
    ("it more difficult for criminals", "Senator", "Senator", "say", "partial"),
    ("common sense.", "Michelle Obama", "Michelle Obama", "describe", "partial"),
    ("Shame on you", "an onlooker in the gallery", "An onlooker in the gallery", "shout", "full"),
]
