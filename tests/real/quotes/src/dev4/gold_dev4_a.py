"""Hand annotations for part of the dev4 split (5 VOA reports, 2 Global Voices round-ups),
decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind) -- snippet = first characters of the
quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of the article has a row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-21-china-seeks-more-cooperation-trump-takes"] = [
    ("China is willing to work", "Guo Jiakun", "Chinese foreign ministry spokesperson Guo Jiakun", "say", "full"),
    ("The Chinese government hopes", "Shen Dingli", "Shen Dingli, a Shanghai-based international relations scholar", "say", "full"),
    # opens the sentence but the reporter finishes it ("if both sides prioritize ...")
    ("Beijing believes China", "Shen Dingli", "he", "tell", "partial"),
    ("solve many problems together", "Donald Trump", "Trump", "say", "partial"),
    ("respect each other's core", "Xi Jinping", "the Chinese president", "say", "partial"),
    # "He" = Vice President Han Zheng, subject of the previous paragraph (not Vance)
    ("contribute to each other's", "Han Zheng", "He", "say", "partial"),
    ("uphold the principles", "Han Zheng", "He", "say", "partial"),
    ("play an active role", "Han Zheng", "Han", "urge", "partial"),
    ("invest and take root", "Han Zheng", "Han", "urge", "partial"),
    ("would not only prefer", "Timothy Rich", "Timothy Rich, a political scientist at Western Kentucky University", "say", "partial"),
    ("Phase 1", "", "", "", "scare"),
    ("And if we said, well", "Donald Trump", "Trump", "say", "full"),
    ("pressure China to make", "Timothy Rich", "Rich", "say", "partial"),
    ("I suspect the talk", "Timothy Rich", "he", "tell", "full"),
    ("I am finding other ways", "Yuan", "a Chinese apparel exporter surnamed Yuan in Shanghai", "tell", "full"),
    ("The ultimate decision-maker", "Dexter Roberts", "Dexter Roberts, a nonresident senior fellow at the Atlantic Council's Global China Hub", "tell", "full"),
    ("quite positive.", "Shen Dingli", "Shen in Shanghai", "say", "partial"),
    ("This might mean there", "Shen Dingli", "he", "tell", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-23-trump-signals-aggressive-stance-races-china"] = [
    ("Beginning immediately, Stargate", "Donald Trump", "Trump", "say", "full"),
    ("What we want to do is", "Donald Trump", "Trump", "say", "full"),
    ("China is a competitor", "Donald Trump", "Trump", "say", "continuation"),
    ("I think this will be the most", "Sam Altman", "Altman", "say", "full"),
    ("We wouldn’t be able", "Sam Altman", "Altman", "say", "continuation"),
    ("I think this shows", "Janet Egan", "Egan", "say", "full"),
    ("We've also seen him", "Janet Egan", "Egan", "say", "continuation"),
    # OpenAI's own policy paper; the article names OpenAI as the one laying it out
    ("extending America’s global", "OpenAI", "OpenAI", "lay out", "partial"),
    ("Chips, data, energy", "OpenAI", "the paper", "say", "full"),
    ("There’s an estimated", "OpenAI", "the paper", "say", "continuation"),
    ("immediately signaled to me", "Patrick Hedger", "Patrick Hedger, director of policy at NetChoice, a technology trade association", "tell", "partial"),
    ("I think it's important", "Janet Egan", "she", "say", "full"),
    ("He, too, sees it", "Janet Egan", "she", "say", "continuation"),
    ("At the highest level", "Louis Rosenberg", "he", "write", "full"),
    ("Both parties realize", "Louis Rosenberg", "he", "write", "continuation"),
    ("I suspect the Trump administration", "Louis Rosenberg", "he", "write", "full"),
    # left open at the paragraph end; the next paragraph continues it
    ("The Biden executive order was very", "Louis Rosenberg", "he", "write", "continuation"),
    ("Ultimately we need", "Louis Rosenberg", "Rosenberg", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-31-aid-freeze-spells-uncertain-future-international"] = [
    ("Many Ukrainian media", "Sergiy Tomilenko", "Sergiy Tomilenko, president of the National Union of Journalists of Ukraine", "tell", "full"),
    ("Every dollar we spend", "Marco Rubio", "Secretary of State Marco Rubio", "statement", "full"),
    ("Does it make America safer", "Marco Rubio", "Secretary of State Marco Rubio", "statement", "continuation"),
    ("The general feeling is panic", "Karol Luczka", "Karol Luczka, who works on Eastern Europe at the International Press Institute in Vienna", "tell", "full"),
    ("are thrown back", "Penelope Winterhager", "she", "say", "partial"),
    ("The European Union and other", "Maja Sever", "Sever", "statement", "full"),
    # the Wednesday press release the State Department referred VOA to
    ("Americans are a hardworking", "State Department", "the statement", "say", "full"),
    ("In many areas close", "Sergiy Tomilenko", "Tomilenko", "say", "full"),
    ("promote free and independent", "USAID", "The USAID website", "say", "partial"),
    ("The previous administration", "Karol Luczka", "Luczka", "say", "full"),
    ("their reporting is independent.", "Penelope Winterhager", "Winterhager", "emphasize", "partial"),
    ("It is difficult", "Ben Dunant", "Ben Dunant, editor-in-chief of the magazine Frontier Myanmar", "tell", "full"),
    ("This underlines the vulnerability", "Ben Dunant", "Ben Dunant", "tell", "continuation"),
    ("We are struggling to survive", "Wunna Khwar Nyo", "Wunna Khwar Nyo", "tell", "full"),
    ("Ultimately, this will also", "Wunna Khwar Nyo", "Wunna Khwar Nyo", "tell", "continuation"),
    ("When media outlets disappear", "Karol Luczka", "Luczka", "say", "full"),
    ("And that void needs", "Karol Luczka", "Luczka", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-08-india-optimistic-trump-presidency-worried-trade"] = [
    ("America first", "", "", "", "scare"),
    ("my friend", "Narendra Modi", "Indian Prime Minister Narendra Modi", "call", "partial"),
    ("I look forward to renewing", "Narendra Modi", "Indian Prime Minister Narendra Modi", "say", "full"),
    ("Compared to most other countries", "Harsh Pant", "Harsh Pant, vice president for studies and foreign policy at the Observer Research Foundation in New Delhi", "say", "full"),
    ("Given that Trump had invested", "Harsh Pant", "he", "say", "full"),
    ("The relationship may face", "Harsh Pant", "Pant", "say", "full"),
    ("If U.S. hostility to Russia", "Sreeram Chaulia", "Sreeram Chaulia, dean at the Jindal School of International Affairs at O.P. Jindal Global University", "according to", "full"),
    ("Trump appears to have", "Anand Kumar", "Anand Kumar, associate fellow at the Manohar Parrikar Institute for Defense Studies and Analyses in New Delhi", "say", "full"),
    # crosshead
    ("Tariff king", "", "", "", "scare"),
    # the slogan's name ("who has said he will follow an 'America first' agenda"), as in paragraph 2
    ("America first", "", "", "", "scare"),
    ("tariff king,", "Donald Trump", "Trump", "call", "partial"),
    ("This will be a slippery slope", "Sreeram Chaulia", "Chaulia", "say", "full"),
    ("There was already a reordering", "Jaishankar Subrahmanyan", "Indian Foreign Minister Jaishankar Subrahmanyan", "tell", "full"),
    ("He has this philosophy", "Sreeram Chaulia", "Chaulia", "say", "full"),
    ("The U.S. has operated", "C. Raja Mohan", "analyst C. Raja Mohan", "write", "full"),
    ("India may find itself", "C. Raja Mohan", "Mohan", "write", "full"),
    ("I don’t think India", "Harsh Pant", "Pant", "say", "full"),
]

# ---------------------------------------------------------------------------
CE = "Chinese Embassy"
GOLD["voa-2024-12-03-block-sale-cutting-edge-chip-making"] = [
    ("advanced node", "", "", "", "scare"),
    # "the department" = the Commerce Department (its Bureau of Industry and Security announced the rules)
    ("Advanced AI models could", "Commerce Department", "the department", "say", "full"),
    ("This action is the culmination", "Gina Raimondo", "U.S. Secretary of Commerce Gina Raimondo", "statement", "full"),
    ("The United States has taken", "Jake Sullivan", "national security adviser Jake Sullivan", "say", "full"),
    ("As technology evolves", "Jake Sullivan", "national security adviser Jake Sullivan", "say", "continuation"),
    ("China strongly opposes", CE, "the embassy", "say", "full"),
    ("overstretching", CE, "The embassy", "accuse", "partial"),
    ("bullying.", CE, "The embassy", "accuse", "partial"),
    ("The semiconductor industry is highly", CE, "the statement", "say", "full"),
    ("The US' abuse of regulatory", CE, "the statement", "say", "continuation"),
    # a whole sentence set off after "the promise that,"
    ("China will take necessary", CE, "The statement", "conclude", "full"),
    ("perhaps the most complex", "Stephen Ezell", "Ezell", "say", "partial"),
    ("Those tools … depend", "Stephen Ezell", "Ezell", "write", "full"),
    ("If Chinese toolmakers", "Stephen Ezell", "Ezell", "write", "continuation"),
    ("The way to deal with the challenge", "Stephen Ezell", "Ezell", "say", "full"),
    ("advanced node", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
# Block quotes here are set off without marks and are not rows; marked spans inside them are.
RULING = "the judge's ruling"
GOLD["globalvoices-2012-05-07-brazil-blog-countersues-newspaper-web-domain"] = [
    ("generator of headlines", "", "", "", "scare"),
    ("tie", "", "", "", "scare"),
    ("a lesson [from the judge]", "Rodrigo Vianna", "the journalist Rodrigo Vianna", "opinion", "partial"),
    # Portuguese original of Lino Bocchini's post: the ruling's own words, quoted by him
    ("parcialmente", RULING, "A sentença do juiz da 29ª Vara Cível de São Paulo", "report", "partial"),
    ("congelamento", RULING, "A sentença do juiz da 29ª Vara Cível de São Paulo", "report", "partial"),
    ("falhadespaulo.com.br", "", "", "", "scare"),
    # English translation of the same
    ("partially", RULING, "The judge's ruling [pdf] of the 29th Civil Court of Sao Paulo", "report", "partial"),
    ("freezing", RULING, "The judge's ruling [pdf] of the 29th Civil Court of Sao Paulo", "report", "partial"),
    ("falhadespaulo.com.br", "", "", "", "scare"),
    ("Desculpe a nossa Falha", "", "", "", "scare"),
    ("evidence", "", "", "", "scare"),
    ("Relações da mídia com a ditadura", "", "", "", "scare"),
    ("second round", "", "", "", "scare"),
    # the brothers' own distancing marks inside their (unmarked) block quote
    ("avulsos", "", "", "", "scare"),
    ("pro-bono", "", "", "", "scare"),
    ("loose", "", "", "", "scare"),
    ("pro bono", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
KH = "Aleksandr Khinshtein"
GOLD["globalvoices-2012-05-15-russia-duma-deputy-wants-criminal-liability"] = [
    ("recent sharp rise", KH, "Khinshtein", "note", "partial"),
    ("have effectively transformed", KH, "he", "argue", "partial"),
    ("the legally elected President", KH, "Khinshtein", "add", "partial"),
    ("constitutional order.", KH, "Khinshtein", "add", "partial"),
    ("Buy weapons, stockpile food", "Lucius Aevus", "Twitter user Lucius Aevus", "write", "full"),
    # "self-described": the blogger's own term for himself
    ("ultra-right", "odinzavseh", "anonymous blogger odinzavseh", "self-describe", "partial"),
    ("one for all", "", "", "", "scare"),
    ("The Moscow Front,", "", "", "", "scare"),
    ("free publicity.", "The Moscow Front", "the group", "thank", "partial"),
    ("You know, Khinshtein's", "several members", "Several members", "post", "full"),
    ("Million Man March", "", "", "", "scare"),
    ("Nashists", "", "", "", "scare"),
    # words of the messages Shushkevich reposted, i.e. of their authors
    ("Moscow is out of control.", "gruppa_voina; ponny1; papumaria; moskless",
     "Twitter users gruppa_voina, ponny1, papumaria, and moskless", "repost", "partial"),
    ("next step in the development", "Petr Verzilov", "Petr Verzilov, husband of Pussy Riot's imprisoned Nadezhda Tolokonnikova and a Voina member", "say", "partial"),
    ("If they're lying, we'll make", "Sergei Udaltsov", "Udaltsov", "write", "full"),
    ("responsible.", "the draft project", "The project", "advocate", "partial"),
]
