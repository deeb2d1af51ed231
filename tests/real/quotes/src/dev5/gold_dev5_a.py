"""Hand annotations for six dev5 articles (VOA), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of the article has a row (see the note on
the nested straight marks in voa-2024-11-07-what-does-trump-election-victory-mean).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-05-trump-take-ownership-gaza"] = [
    ("The U.S. will take over the Gaza Strip", "Donald Trump", "he", "say", "full"),
    ("the Riviera of the Middle East", "Donald Trump", "he", "call", "partial"),
    ("Everybody I", "Donald Trump", "he", "say", "full"),
    ("taking it to a much higher level", "Benjamin Netanyahu", "Netanyahu", "say", "partial"),
    # "he added" follows Netanyahu's words in the previous paragraph
    ("I think it", "Benjamin Netanyahu", "he", "add", "full"),
    ("If it", "Donald Trump", "he", "say", "full"),
    ("long-term ownership position", "Donald Trump", "He", "see", "partial"),
    ("great stability to that part", "Donald Trump", "He", "see", "partial"),
    ("This was not a decision made lightly", "Donald Trump", "he", "say", "full"),
    ("a serious violation of international law", "Palestinian Authority", "The Palestinian Authority", "say", "partial"),
    ("without moving the Palestinians", "Egypt's Foreign Ministry", "Egypt’s Foreign Ministry", "highlight", "partial"),
    ("The kingdom of Saudi Arabia also stresses", "Saudi Foreign Ministry", "the Saudi Foreign Ministry", "statement", "full"),
    ("Part of the problem", "Steve Witkoff", "he", "say", "full"),
    ("Now we", "Steve Witkoff", "he", "say", "continuation"),
    ("physically impossible", "Steve Witkoff", "He", "say", "partial"),
    ("The goal might be to force Hamas", "Ahmed Fouad Alkhatib", "he", "tell", "full"),
    ("maximum pressure", "", "", "", "scare"),
    ("I'm unhappy to do it", "Donald Trump", "he", "say", "full"),
    ("It's very simple", "Donald Trump", "he", "say", "continuation"),
    # the U.S. intelligence report of September 2024, quoted on its own
    ("undertaken activities", "the report", "the report", "say", "partial"),
    ("obliterate", "Donald Trump", "Trump", "say", "partial"),
    ("If they did that", "Donald Trump", "Trump", "say", "full"),
    ("I’ve left instructions", "Donald Trump", "Trump", "say", "continuation"),
    ("so that he can move", "Jonathan Rynhold", "Rynhold", "tell", "partial"),
    ("doesn't mean anything", "Donald Trump", "he", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-05-analysts-american-iron-dome-reduces-nuclear"] = [
    ("The United States will provide", "the executive order", "the executive order", "state", "full"),
    # "the statement" is the executive order of the previous paragraph
    ("against ballistic, hypersonic", "the executive order", "the statement", "according to", "partial"),
    ("its second-strike capability", "the executive order", "the statement", "according to", "partial"),
    ("will take away the option", "Robert Peters", "Robert Peters, research fellow for Nuclear Deterrence and Missile Defense at the Heritage Foundation", "say", "partial"),
    ("It is feasible for us", "Robert Peters", "he", "say", "full"),
    ("and there is no reason", "Robert Peters", "he", "say", "continuation"),
    ("If implemented well", "Patrycja Bazylczyk", "Patrycja Bazylczyk, a research associate for the Missile Defense Project at the Center for Strategic and International Studies", "say", "full"),
    ("Improving homeland air", "Patrycja Bazylczyk", "She", "tell", "full"),
    ("Iron Dome initiative, to some extent", "Hans Kristensen", "Kristensen", "continue", "partial"),
    ("a stronger U.S. missile defense", "Hans Kristensen", "Kristensen", "continue", "partial"),
    ("denuclearization", "Donald Trump", "Trump", "say", "partial"),
    ("FAS applauds", "Hans Kristensen", "Kristensen", "tell", "partial"),
    ("Nuclear deterrence can be maintained", "Hans Kristensen", "He", "add", "full"),
    ("urgent because the New START", "Hans Kristensen", "He", "add", "partial"),
    ("more ambitious system", "Daryl Kimball", "Daryl Kimball, executive director of Arms Control Association", "tell", "partial"),
    ("It is not realistic", "Daryl Kimball", "he", "say", "full"),
    ("We welcome Trump", "Daryl Kimball", "Kimball", "add", "full"),
    ("hegemonic attempt", "North Korea", "North Korea, through its state-run KCNA", "describe", "partial"),
    ("puts an end to the prospects", "a top Russia diplomat", "A top Russia diplomat quoted by the state news agency Tass", "say", "partial"),
    ("The Russians and Chinese have always said", "Richard Weitz", "Richard Weitz, director for the Center for Political-Military Analysis at Hudson Institute", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-21-trump-repeat-need-take-control-greenland"] = [
    ("international security", "Donald Trump", "U.S. President Donald Trump", "reiterate", "partial"),
    ("Greenland is a wonderful place", "Donald Trump", "the president", "say", "full"),
    ("The people of Greenland are not happy", "Donald Trump", "Trump", "tell", "full"),
    ("Make America Great Again", "", "", "", "scare"),
    ("We are not a commodity", "Naaja Nathanielsen", "she", "tell", "full"),
    ("If you cut through the rhetoric", "Naaja Nathanielsen", "she", "say", "full"),
    ("One is we need to look", "Naaja Nathanielsen", "she", "say", "continuation"),
    ("Greenlanders themselves must decide", "Mute Egede", "Greenlandic Premier Mute Egede", "say", "full"),
    ("We have said very precisely", "Mute Egede", "he", "say", "continuation"),
    ("Everything is about the visit", "Arnaq Nielsen", "Nielsen", "tell", "full"),
    # a paragraph of its own with no attribution, between two Nielsen paragraphs
    ("This situation is evolving", "Arnaq Nielsen", "Nielsen", "tell", "continuation"),
    ("It’s a small number of people", "Arnaq Nielsen", "Nielsen", "say", "full"),
    ("Make Greenland Great Again.", "", "", "", "scare"),
    ("Do you think you can buy us?", "an unidentified local resident", "the man", "say", "full"),
    ("I think we are in a terrible situation", "Per Chemnitz", "Nuuk resident Per Chemnitz", "say", "full"),
    ("Our politicians are handling", "Per Chemnitz", "Nuuk resident Per Chemnitz", "say", "continuation"),
    ("Right now, Greenland has the attention", "Aka Gronvold", "Gronvold", "tell", "full"),
    ("If the U.S. went in", "Jon Rahbek-Clemmensen", "Rahbek-Clemmensen", "say", "full"),
    ("[The U.S.] gets all its interests", "Jon Rahbek-Clemmensen", "he", "tell", "full"),
    ("In this situation. acquiring Greenland", "Jon Rahbek-Clemmensen", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-05-trump-takes-aim-south-african-land"] = [
    ("upend the status quo", "Africa observers", "Africa observers", "tell", "partial"),
    ("South Africa is confiscating land", "Donald Trump", "Trump", "write", "full"),
    ("a massive Human Rights VIOLATION", "Donald Trump", "He", "describe", "partial"),
    ("South Africa, like the United States", "Cyril Ramaphosa", "South African President Cyril Ramaphosa", "statement", "full"),
    ("We look forward to engaging", "Cyril Ramaphosa", "South African President Cyril Ramaphosa", "statement", "continuation"),
    ("a potential tool to reduce land inequality", "Zsa-Zsa Temmers Boggenpoel", "law professor Zsa-Zsa Temmers Boggenpoel of Stellenbosch University", "explain", "partial"),
    ("This has become a matter", "Zsa-Zsa Temmers Boggenpoel", "she", "write", "full"),
    ("South Africans have expressed impatience", "Zsa-Zsa Temmers Boggenpoel", "she", "write", "continuation"),
    ("I am not convinced", "Zsa-Zsa Temmers Boggenpoel", "Boggenpoel", "write", "full"),
    ("Understandably, the act", "Zsa-Zsa Temmers Boggenpoel", "Boggenpoel", "write", "continuation"),
    ("While other parties assert", "ActionSA", "opposition party ActionSA", "statement", "full"),
    ("unfortunate", "Democratic Alliance", "The center-right Democratic Alliance party", "call", "partial"),
    ("It would be a tragedy", "Democratic Alliance", "the party", "statement", "full"),
    ("It is not true that the Act", "Democratic Alliance", "It", "continue", "continuation"),
    ("without merit", "White House", "the White House", "tell", "partial"),
    ("My key takeaway", "Michael Walsh", "Walsh", "tell", "full"),
    ("That terminology will play", "Michael Walsh", "he", "add", "continuation"),
    ("Many South African experts", "Michael Walsh", "Walsh", "say", "full"),
    ("However, members of Congress", "Michael Walsh", "Walsh", "say", "continuation"),
]

# ---------------------------------------------------------------------------
# Paragraph 20 nests straight double marks: the outer quote is Arnold's ("...who say, "Why
# would we ... soon? And I think ... without them,"), the inner "Why would we ..." is never
# closed. It is one row (exact text given); goldtool.spans, pairing the straight marks left to
# right, also reports the words after the real closing mark (" Arnold said.") as a span: that
# is no quote and has no row.
ARNOLD_41 = (
    "There might be a bit of a worry where there's some within Europe who say, \"Why would we "
    "ramp up aid now if there's going to be a negotiated settlement fairly soon? And I think the "
    "real risk for Europe as a whole — the EU but also NATO — is that actually the U.S. and "
    "Russia might start to do these negotiations without them,"
)
GOLD["voa-2024-11-07-what-does-trump-election-victory-mean"] = [
    ("There is a geopolitical situation", "Emmanuel Macron", "Macron", "tell", "full"),
    ("I think that our role here", "Emmanuel Macron", "he", "say", "full"),
    ("The question is, are we ready", "Emmanuel Macron", "he", "say", "full"),
    ("The first implication for the alliance", "Ed Arnold", "Ed Arnold, senior research fellow for European security at Britain's Royal United Services Institute", "say", "full"),
    ("That can either be delivered", "Ed Arnold", "Arnold", "tell", "full"),
    ("I think actually the mechanisms", "Ed Arnold", "he", "say", "full"),
    ("Yes, but it would take", "Ian Bond", "analyst Ian Bond of the Center for European Reform", "according to", "full"),
    ("And I think there will be some", "Ian Bond", "analyst Ian Bond of the Center for European Reform", "according to", "continuation"),
    ("I think for the Baltic states", "Ian Bond", "Bond", "say", "continuation"),
    ("There might be a bit of a worry", "Ed Arnold", "Arnold", "say", "full", ARNOLD_41),
    ("One of the very few consistent beliefs", "Jonathan Monten", "Jonathan Monten, a U.S. foreign policy analyst at University College London", "say", "full"),
    ("At times, Trump threatened", "Jonathan Monten", "Monten", "tell", "full"),
    ("I think he likes the idea", "Jonathan Monten", "he", "say", "full"),
    ("When he was president", "Mark Rutte", "Rutte", "tell", "full"),
    ("The [Trump] claims", "Garret Martin", "Garret Martin, co-director of the Transatlantic Policy Center at American University in Washington", "say", "full"),
    ("One element that I think", "Garret Martin", "Martin", "say", "full"),
    ("They can try flattery", "Jonathan Monten", "he", "say", "full"),
    ("They can try to offer him deals", "Jonathan Monten", "he", "say", "continuation"),
    ("But when it comes to actual", "Jonathan Monten", "Monten", "tell", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-31-experts-trump-faces-tough-task-denuclearize"] = [
    ("President Trump had a good relationship", "Brian Hughes", "White House National Security Council spokesperson Brian Hughes", "tell", "partial"),
    ("mix of toughness and diplomacy", "Brian Hughes", "White House National Security Council spokesperson Brian Hughes", "tell", "partial"),
    ("a nuclear power", "Donald Trump", "Trump", "call", "partial"),
    ("He liked me", "Donald Trump", "Trump", "add", "full"),
    ("seems clear that President Trump", "Susan Thornton", "Susan Thornton, a former senior U.S. diplomat for Asian affairs", "tell", "partial"),
    ("like to hold Kim", "Susan Thornton", "Thornton", "say", "partial"),
    ("much has changed since then", "Susan Thornton", "Thornton", "say", "partial"),
    # KCNA reports what Kim said; the words are Kim's
    ("indispensable", "Kim Jong Un", "Kim", "say", "partial"),
    ("confrontations with the most vicious", "Kim Jong Un", "Kim", "say", "partial"),
    ("being perfected more thoroughly", "Kim Jong Un", "Kim", "say", "partial"),
    ("could help him attain", "Evans Revere", "Evans Revere, former acting secretary for East Asia and Pacific affairs during the George W. Bush administration", "tell", "partial"),
    ("The North Koreans might dangle", "Evans Revere", "he", "say", "full"),
    ("Quite frankly", "Evans Revere", "he", "say", "continuation"),
    ("The best thing Trump can do", "Frank Aum", "Aum", "say", "full"),
    ("Trump may probe", "Frank Aum", "Aum", "say", "full"),
    ("It seems clear that Kim", "Frank Aum", "Aum", "say", "continuation"),
    ("for now, it is unlikely", "Sydney Seiler", "Sydney Seiler, a senior adviser at the Center for Strategic and International Studies", "tell", "partial"),
    ("Trump will likely seek", "Sydney Seiler", "Seiler", "say", "full"),
]
