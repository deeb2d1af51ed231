"""Hand annotations for the dev2 split (12 VOA articles), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind) -- snippet = first characters of the
quote right after its opening mark; goldtool_dev2 turns it into exact offsets.
Rows are in text order; every double-mark span of the article has a row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-31-trump-enact-tariffs-canada-mexico-china"] = [
    ("Both Canada and Mexico", "Karoline Leavitt", "White House press secretary Karoline Leavitt", "say", "full"),
    ("These are promises made", "Karoline Leavitt", "she", "say", "full"),
    ("not a negotiating tool", "Donald Trump", "Trump", "say", "partial"),
    ("It's a pure economic", "Donald Trump", "Trump", "say", "full"),
    ("We're not looking for a concession", "Donald Trump", "Trump", "say", "continuation"),
    ("All forms of medicine", "Donald Trump", "Trump", "say", "full"),
    ("And we'll be doing, very importantly", "Donald Trump", "Trump", "say", "continuation"),
    ("around the 18th of February", "Donald Trump", "Trump", "say", "partial"),
    ("absolutely", "Donald Trump", "Trump", "warn", "partial"),
    ("They're treating us so badly", "Donald Trump", "he", "say", "full"),
    ("We're working hard to prevent", "Justin Trudeau", "he", "post", "full"),
    ("partners, not competitors", "Mexico's economic ministry", "Its economic ministry", "post", "partial"),
    ("tax hike on imports", "Brad Setser", "he", "tell", "partial"),
    ("have an immediate and negative", "Brad Setser", "he", "tell", "partial"),
    ("It's a strategy for shrinking", "Brad Setser", "he", "tell", "continuation"),
    ("tariffs are a great source", "Brad Setser", "Setser", "say", "partial"),
    ("convince Canada and Mexico", "Brad Setser", "Setser", "say", "partial"),
    ("But these measures", "Brad Setser", "Setser", "say", "continuation"),
    ("short-term disruption", "Donald Trump", "Trump", "acknowledge", "partial"),
    ("Tariffs don't cause inflation", "Donald Trump", "he", "add", "full"),
    ("the fairest, most balanced", "Donald Trump", "He", "call", "partial"),
    ("He's now acting like", "Derek Scissors", "Derek Scissors, a senior fellow at the American Enterprise Institute", "say", "full"),
    ("Fentanyl shipments across", "Derek Scissors", "he", "add", "full"),
    ("don't stop illegal immigration", "Derek Scissors", "Scissors", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-05-rubio-meet-dominican-officials-close-latin"] = [
    ("a letter of support", "Marco Rubio", "Rubio", "say", "partial"),
    # the initiative described in the letter Rubio signed; no other source named
    ("begin preliminary planning", "Marco Rubio", "Rubio", "aim", "partial"),
    ("two new port facilities", "Marco Rubio", "Rubio", "aim", "partial"),
    ("Today, I'll be signing", "Marco Rubio", "Rubio", "tell", "full"),
    ("Certain individuals", "Marco Rubio", "Rubio", "say", "partial"),
    ("fugitives", "Marco Rubio", "Rubio", "say", "partial"),
    ("strategic objectives", "Marco Rubio", "Rubio", "say", "partial"),
    ("In this framework", "Bernardo Arévalo", "the president", "say", "full"),
    ("deportees from other nationalities", "Bernardo Arévalo", "the president", "say", "partial"),
    ("safe third country", "", "", "", "scare"),
    ("Along with the agreement on Monday", "Ryan Berg", "Ryan Berg, director of the Americas Program at the Center for Strategic and International Studies", "tell", "full"),
    ("We have stated from the first moment", "Bernardo Arévalo", "Arévalo", "say", "full"),
    ("further develop", "Bernardo Arévalo", "He", "add", "partial"),
    ("economics and investment", "Bernardo Arévalo", "He", "add", "partial"),
    ("debt trap", "Marco Rubio", "he", "describe", "partial"),
    ("We’ve seen case after case", "Marco Rubio", "Rubio", "caution", "partial"),
    ("bring in their own workers", "Marco Rubio", "Rubio", "caution", "partial"),
    ("in the end the project", "Marco Rubio", "Rubio", "caution", "partial"),
    ("malicious slander", "Liu Pengyu", "Chinese Embassy spokesperson Liu Pengyu", "dismiss", "partial"),
    ("mutually beneficial cooperation", "Liu Pengyu", "Chinese Embassy spokesperson Liu Pengyu", "urge", "partial"),
    ("common global development", "Liu Pengyu", "Chinese Embassy spokesperson Liu Pengyu", "urge", "partial"),
]

# ---------------------------------------------------------------------------
IC = "Office of the Director of National Intelligence; FBI; Cybersecurity and Information Security Agency"
NASS = "National Association of State Election Directors; National Association of Secretaries of State"
NASS_T = "the National Association of State Election Directors and the National Association of Secretaries of State"
CISA = "Cybersecurity and Information Security Agency"
GOLD["voa-2024-11-05-issues-election-eve-warning-ramped-russian"] = [
    ("Russia is the most active threat", IC, "the warning issued by the Office of the Director of National Intelligence, the FBI and the Cybersecurity and Information Security Agency", "according to", "full"),
    ("Influence actors linked to Russia", IC, "they", "say", "full"),
    ("We anticipate Russian actors", IC, "the statement", "add", "full"),
    ("These efforts risk inciting violence", IC, "the statement", "add", "continuation"),
    ("As with any Election Day", NASS, NASS_T, "according to", "full"),
    ("Voting locations could open late", NASS, "they", "statement", "full"),
    ("These are inevitable challenges", NASS, "they", "statement", "continuation"),
    ("small scale incidents", CISA, "CISA", "say", "partial"),
    ("remain intent on fanning", "the most recent declassified assessment", "The most recent declassified assessment", "warn", "partial"),
    ("increasingly confident", "the most recent declassified assessment", "It", "warn", "partial"),
    ("aimed at inciting violence", "the most recent declassified assessment", "It", "warn", "partial"),
    ("remains a significant foreign influence", IC, "The latest statement", "warn", "partial"),
    ("baseless.", "Russian Embassy", "The Russian Embassy in Washington", "dismiss", "partial"),
    ("The Embassy has not received", "Russian Embassy", "the embassy", "say", "full"),
    ("an unfortunate tradition", "Russian Embassy", "the embassy", "describe", "partial"),
    ("I can say with great confidence", "Jen Easterly", "CISA Director Jen Easterly", "say", "full"),
    ("Given the multiple layers", "Jen Easterly", "Easterly", "tell", "full"),
    ("Our election infrastructure has never", "Jen Easterly", "Easterly", "say", "full"),
    ("The election community has never", "Jen Easterly", "Easterly", "say", "continuation"),
    ("As with any Election Day", NASS, NASS_T, "according to", "full"),
    ("Voting locations could open late", NASS, "they", "statement", "full"),
    ("These are inevitable challenges", NASS, "they", "statement", "continuation"),
    ("small scale incidents", CISA, "CISA", "say", "partial"),
    ("We expect that these types", "Jen Easterly", "Easterly", "tell", "full"),
    ("no significant impacts", "Jen Easterly", "Easterly", "add", "partial"),
    ("a firehose of disinformation", "U.S. officials", "U.S. officials", "describe", "partial"),
    ("The successfulness, I would say", "Brian Liston", "Brian Liston, a senior threat intelligence analyst with Recorded Future’s Insikt Group", "say", "full"),
    ("We have not really seen these videos", "Brian Liston", "Liston", "tell", "full"),
    ("Since Elon Musk took over Twitter", "Audrey McCabe", "Audrey McCabe, an information accountability analyst at Common Cause", "say", "full"),
    ("[It] has allowed other platforms", "Audrey McCabe", "she", "say", "full"),
    ("And so, we're seeing an increase", "Audrey McCabe", "she", "say", "continuation"),
    ("They are deliberately finding narratives", "a senior CISA official", "a senior CISA official", "say", "full"),
    ("We've seen how these disinformation", "a senior CISA official", "the official", "add", "full"),
    ("We've not seen specific reporting", "Jen Easterly", "Easterly", "say", "full"),
    ("I certainly don't want voters", "Jen Easterly", "Easterly", "say", "continuation"),
]

# ---------------------------------------------------------------------------
LEM = "Mark Lemley; Peter Henderson"
GOLD["voa-2025-01-31-deepseek-chatgpt-fuels-debate-ai-building"] = [
    ("dirt cheap", "Howard Lutnick", "Commerce secretary nominee Howard Lutnick", "accuse", "partial"),
    ("They stole things", "Howard Lutnick", "Lutnick", "say", "full"),
    ("possible", "David Sacks", "David Sacks, the White House czar for AI and cryptocurrency", "say", "partial"),
    ("substantial evidence", "David Sacks", "Sacks", "add", "partial"),
    ("distilled the knowledge", "David Sacks", "Sacks", "add", "partial"),
    ("copycat", "David Sacks", "Sacks", "add", "partial"),
    ("deeply ironic", "Justin Hughes", "Justin Hughes, a Loyola Law School professor specializing in intellectual property, AI, and data rights", "say", "partial"),
    ("OpenAI has had no problem", "Justin Hughes", "Hughes", "tell", "full"),
    ("If the reports are accurate", "Justin Hughes", "Hughes", "tell", "continuation"),
    ("It’s quite a serious statement", "Johnny Zou", "Zou", "say", "full"),
    ("Even assuming DeepSeek trained", "Mark Lemley", "Mark Lemley, a professor at Stanford Law School who specializes in intellectual property and technology", "say", "full"),
    ("no model creator has actually", LEM, "Lemley wrote in a recent paper with co-author Peter Henderson", "write", "partial"),
    ("largely not copyrightable", LEM, "The paper", "argue", "partial"),
    ("There are compelling reasons", LEM, "the paper", "note", "full"),
    ("good luck enforcing that", "Justin Hughes", "he", "add", "full"),
    ("very much a positive development", "Donald Trump", "Trump", "say", "partial"),
    ("instead of spending billions", "Donald Trump", "Trump", "say", "partial"),
    ("But it might be good for the rest", "Justin Hughes", "he", "add", "full"),
    ("had the resources to play", "Justin Hughes", "he", "note", "partial"),
    ("If DeepSeek disproved that", "Justin Hughes", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
AIMER_T = 'former United Airlines pilot Captain Ross "Rusty" Aimer'
GOLD["voa-2025-01-31-washington-crash-mars-long-record-aviation"] = [
    ("internal preliminary Federal Aviation", "The New York Times", "The New York Times", "cite", "partial"),
    ("not normal", "The New York Times", "The New York Times", "report", "partial"),
    ("Some of it was luck", "Ross Aimer", AIMER_T, "tell", "full"),
    ("Rusty", "", "", "", "scare"),
    ("They literally perform miracles", "Ross Aimer", AIMER_T, "tell", "continuation"),
    ("an even lower level of fatality", "Robert W. Mann Jr.", "Robert W. Mann Jr., an airline industry analyst and former senior airline executive", "tell", "partial"),
    ("That's not luck, that's effort", "Robert W. Mann Jr.", "he", "say", "full"),
    ("We're thankful to have so many", "Robert W. Mann Jr.", "he", "say", "continuation"),
    ("It's congested", "Keith M. Cianfrani", "Cianfrani", "say", "full"),
    ("So, it's not unusual", "Keith M. Cianfrani", "Cianfrani", "say", "continuation"),
    ("very uncommon", "Keith M. Cianfrani", "he", "call", "partial"),
    ("As a whole, the general aviation", "Keith M. Cianfrani", "he", "say", "full"),
    ("They all have to adhere", "Keith M. Cianfrani", "he", "say", "continuation"),
    ("diversity, equity, and inclusion", "", "", "", "scare"),
    ("right into the ground", "Donald Trump", "Trump", "say", "partial"),
    ("Despicable", "Pete Buttigieg", "Buttigieg", "write", "full"),
    ("As families grieve", "Pete Buttigieg", "Buttigieg", "write", "continuation"),
    ("President Trump now oversees", "Pete Buttigieg", "he", "add", "continuation"),
    ("One of his first acts", "Pete Buttigieg", "he", "add", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-21-trump-un-nominee-touts-peace-through"] = [
    ("peace through strength", "", "", "", "scare"),
    ("It is imperative to ensure", "Elise Stefanik", "Elise Stefanik", "tell", "full"),
    ("I share President Trump", "Elise Stefanik", "Elise Stefanik", "tell", "continuation"),
    ("China has used its malign", "Jim Risch", "committee chair Jim Risch of Idaho", "say", "full"),
    ("significant inroads", "Elise Stefanik", "Stefanik", "agree", "partial"),
    ("long-term strategy", "Elise Stefanik", "Stefanik", "say", "partial"),
    ("Working closely with our allies", "Elise Stefanik", "she", "say", "full"),
    ("Stefanik's remarks signaled", "Richard Gowan", "Richard Gowan, U.N. director for the International Crisis Group", "say", "full"),
    ("I actually think that quite", "Richard Gowan", "Richard Gowan, U.N. director for the International Crisis Group", "say", "continuation"),
    ("WHO failed on a global stage", "Elise Stefanik", "she", "say", "full"),
    ("our most precious ally", "Elise Stefanik", "Stefanik", "say", "partial"),
    ("antisemitic rot", "Elise Stefanik", "she", "call", "partial"),
    ("We need to be a voice of moral", "Elise Stefanik", "she", "say", "full"),
    ("the day after", "", "", "", "scare"),
    ("uniquely positioned", "Elise Stefanik", "she", "say", "partial"),
    ("yes.", "Elise Stefanik", "Stefanik", "reply", "full"),
    ("nervousness", "Richard Gowan", "Crisis Group's Gowan", "say", "partial"),
    ("Especially after the whiplash", "Richard Gowan", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-01-exclusive-looking-case-american-jailed-iran"] = [
    ("aware of reports", "State Department", "the State Department", "statement", "partial"),
    ("We are working with our Swiss", "State Department", "a State Department spokesperson", "say", "full"),
    ("Iran routinely imprisons", "State Department", "the spokesperson", "add", "full"),
    ("must utilize all available", "Skylar Thompson", "Skylar Thompson, HRAI's Washington-based deputy director", "say", "partial"),
    ("half-completed", "Reza Valizadeh", "Valizadeh", "write", "partial"),
    ("We must assure them", "Masoud Pezeshkian", "Pezeshkian", "say", "full"),
    ("There have been cases over the years", "Jason Brodsky", "Brodsky", "say", "full"),
    ("It seems as though Valizadeh", "Kylie Moore-Gilbert", "Kylie Moore-Gilbert, an Australian political scientist", "say", "full"),
    ("would certainly make him", "Kylie Moore-Gilbert", "Moore-Gilbert", "write", "partial"),
    ("The fact that he has been referred", "Kylie Moore-Gilbert", "she", "write", "full"),
    ("immediately apply", "Kylie Moore-Gilbert", "Moore-Gilbert", "say", "partial"),
    ("relatively straightforward", "Kylie Moore-Gilbert", "she", "add", "partial"),
    ("continuously monitors", "State Department", "The State Department spokesperson who sent the statement to VOA", "say", "partial"),
    ("immobilized", "Treasury Department", "A U.S. Treasury Department spokesperson", "tell", "partial"),
    ("Valizadeh's detention raises", "Jason Brodsky", "Brodsky", "say", "full"),
    ("Every time we do a deal", "Jason Brodsky", "he", "add", "full"),
    ("So we need a comprehensive strategy", "Jason Brodsky", "he", "add", "continuation"),
]

# ---------------------------------------------------------------------------
SORAM_T = "Jackson Soram, ambassador to the United States from the Federated States of Micronesia"
GOLD["voa-2025-02-06-greenlanders-explore-pacific-islands-relationship-washington"] = [
    ("basic questions", "Jackson Soram", SORAM_T, "tell", "partial"),
    ("provisions of economic assistance", "Jackson Soram", SORAM_T, "tell", "partial"),
    ("[The Greenlanders] want independence", "Alexander Gray", "Gray", "say", "full"),
    ("An independent Greenland", "Alexander Gray", "Gray", "say", "continuation"),
    ("a unique strategic threat", "Alexander Gray", "Gray", "say", "partial"),
    ("would allow Greenland to maintain", "Alexander Gray", "He", "say", "partial"),
    ("not for sale", "Mette Frederiksen", "Denmark’s Prime Minister Mette Frederiksen", "tell", "partial"),
    ("So, if this is about securing", "Mette Frederiksen", "she", "say", "full"),
    ("any significant changes", "the 2004 agreement", "The 2004 agreement", "provide", "partial"),
    ("Washington can already achieve", "Otto Svendsen", "Otto Svendsen, an associate fellow at the Center for Strategic and International Studies", "write", "full"),
    ("road map", "", "", "", "scare"),
    ("The upcoming new election period", "Mute Egede", "Greenland Prime Minister Mute Egede", "say", "full"),
    ("Working together, Washington", "Alexander Gray", "he", "say", "full"),
    ("free association", "", "", "", "scare"),
    ("We do not want to be Danes", "Mute Egede", "Egede", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-06-fcc-launches-media-investigations-reinstates-complaints"] = [
    ("unusual,", "Harold Furchtgott-Roth", "Harold Furchtgott-Roth, a Republican who served as an FCC commissioner under President Bill Clinton", "according to", "partial"),
    ("The commission doesn", "Harold Furchtgott-Roth", "he", "say", "full"),
    ("seek to weaponize", "Jessica Rosenworcel", "former FCC chair Jessica Rosenworcel", "say", "partial"),
    ("I don’t see how the FCC", "Brendan Carr", "Carr", "say", "full"),
    ("60 Minutes", "", "", "", "scare"),
    ("Face the Nation", "", "", "", "scare"),
    ("designed to instill fear", "Anna Gomez", "FCC Commissioner Anna Gomez", "say", "partial"),
    ("dismiss this fishing expedition", "Anna Gomez", "she", "call", "partial"),
    ("no evidence", "Anna Gomez", "she", "call", "partial"),
    ("news distortion", "", "", "", "scare"),
    ("Saturday Night Live", "", "", "", "scare"),
    ("equal time", "", "", "", "scare"),
    ("Broadcasters are required", "Daniel Suhr", "Daniel Suhr, the group’s president", "statement", "full"),
    ("Free speech does not include", "Daniel Suhr", "Suhr", "add", "full"),
    ("We are encouraged to see", "Daniel Suhr", "Suhr", "add", "continuation"),
    ("It’s the idea that the FCC", "Kim Zarkin", "she", "say", "full"),
    ("It challenges almost", "Kim Zarkin", "she", "say", "continuation"),
    ("It is possible that NPR", "Brendan Carr", "Carr", "write", "full"),
    ("call to action", "", "", "", "scare"),
    ("The idea that they", "Kim Zarkin", "Zarkin", "say", "full"),
    ("systemically biased news coverage", "Marjorie Taylor Greene", "she", "consider", "partial"),
    ("serve the entire public", "Marjorie Taylor Greene", "Greene", "say", "partial"),
    ("not just a narrow slice", "Marjorie Taylor Greene", "Greene", "say", "continuation"),
    ("For my own part", "Brendan Carr", "Carr", "write", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-22-austin-tice-mother-travels-syria-search"] = [
    ("You can't even believe it", "Debra Tice", "she", "say", "full"),
    ("understand the pain", "Debra Tice", "she", "say", "partial"),
    ("For all the mothers", "Debra Tice", "she", "say", "full"),
    ("We are learning more and more", "Nizar Zakka", "Zakka", "tell", "full"),
    ("It's going to take time", "Nizar Zakka", "Zakka", "tell", "continuation"),
    ("I understand the State Department", "Nizar Zakka", "Zakka", "say", "full"),
    ("We are working to get U.S. officials", "State Department", "the spokesperson", "statement", "full"),
    ("It definitely feels like that", "Bill McCarren", "Bill McCarren, the executive director at the National Press Club's Press Freedom Center in Washington", "according to", "full"),
    ("There does need to be", "Bill McCarren", "McCarren", "say", "full"),
    ("I have great hope", "Debra Tice", "she", "say", "full"),
    ("His people have already", "Debra Tice", "she", "say", "continuation"),
    ("It was so wonderful", "Debra Tice", "she", "say", "full"),
    ("there's more restrictions", "Nizar Zakka", "Zakka", "say", "partial"),
    ("It's getting difficult", "Nizar Zakka", "Zakka", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-26-nominee-no-2-spot-pentagon-warns"] = [
    ("significant", "Steve Feinberg", "President Donald Trump's nominee for deputy secretary of defense", "call", "partial"),
    ("China is incredibly determined", "Steve Feinberg", "Steve Feinberg", "tell", "full"),
    ("shipbuilding, nuclear modernization", "Steve Feinberg", "Feinberg", "say", "partial"),
    ("We really need to plug", "Steve Feinberg", "Feinberg", "say", "full"),
    ("more lethal fighting force", "Pete Hegseth", "Secretary of Defense Pete Hegseth", "call", "partial"),
    ("Slashing the defense budget", "Jack Reed", "Senator Jack Reed, the top Democrat on the Senate Armed Services Committee", "say", "full"),
    ("We're in the worst crisis", "Dan Sullivan", "he", "say", "full"),
    ("a tough problem", "Steve Feinberg", "Feinberg", "acknowledge", "partial"),
    ("Our supply chain is definitely weak", "Steve Feinberg", "Feinberg", "say", "full"),
    ("They [DOGE] just sent", "Elissa Slotkin", "Democratic Senator Elissa Slotkin", "say", "full"),
    ("Do you know how appetizing", "Elissa Slotkin", "she", "add", "full"),
    ("Our national debt is now", "Markwayne Mullin", "he", "say", "full"),
    ("And so, at what point", "Markwayne Mullin", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
MONT_T = "Retired Rear Admiral Mark Montgomery, a defense analyst at the Washington-based Foundation for Defense of Democracies (FDD)"
GOLD["voa-2025-02-24-china-eyes-trump-ukraine-strategy-strengthens"] = [
    ("comprehensive strategic partnership", "Vladimir Putin", "who", "reaffirm", "partial"),
    ("China welcomes the positive efforts", "a Chinese readout", "A Chinese readout", "say", "full"),
    ("play a constructive role", "Chinese officials", "Chinese officials", "say", "partial"),
    ("political settlement of the crisis", "Chinese officials", "Chinese officials", "say", "partial"),
    ("Ukraine war", "", "", "", "scare"),
    ("established a strategic partnership", "Wang Yi", "Chinese Foreign Minister Wang Yi", "tell", "partial"),
    ("Regarding the Ukrainian crisis", "Wang Yi", "Wang", "say", "full"),
    ("comprehensive strategic partnership", "Wang Yi", "Wang", "reaffirm", "partial"),
    ("supports", "Wang Yi", "Wang", "say", "partial"),
    ("the recent consensus reached", "Wang Yi", "Wang", "say", "partial"),
    ("lines of communication", "Marco Rubio", "Rubio", "characterize", "partial"),
    ("some normalcy in our missions", "Marco Rubio", "Rubio", "characterize", "partial"),
    ("While a complete rapprochement", "Dennis Wilder", "Dennis Wilder, who was a top White House China adviser to former U.S. President George W. Bush", "tell", "full"),
    ("We immediately gave away", "Mark Montgomery", MONT_T, "say", "partial"),
    ("misattributed who the aggressor", "Mark Montgomery", MONT_T, "say", "partial"),
    ("stumbling into this good news", "Mark Montgomery", "Montgomery", "say", "partial"),
    ("I have no doubt that diplomats", "Bradley Bowman", "Bradley Bowman, senior director of the Center on Military and Political Power at the FDD", "say", "full"),
    ("I think the Chinese will look", "Evan Medeiros", "Evan Medeiros, director of Georgetown University’s Asian Studies program", "say", "full"),
    ("Anything that is in their direct", "Evan Medeiros", "Medeiros", "add", "full"),
]
