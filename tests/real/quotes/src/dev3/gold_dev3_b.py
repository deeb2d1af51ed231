"""Hand annotations for dev3, part b (6 VOA + 2 Wikinews articles), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind) -- snippet = first characters of the
quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of the article has a row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
T = "Donald Trump"
GOLD["voa-2024-11-01-trump-visits-dearborn-michigan-capital-arab"] = [
    ("We have a great feeling for Lebanon", T, "Trump", "say", "full"),
    ("The Muslim population, they're liking", T, "Trump", "say", "continuation"),
    ("My meeting with President Trump", "Amer Ghalib", "Ghalib", "tell", "full"),
    ("He said he doesn't want wars", "Amer Ghalib", "Ghalib", "tell", "continuation"),
    ("Harris has answered this question", "Mohammed Alsomiri", "council member Mohammed Alsomiri", "tell", "full"),
    ("Trump, I don't believe him", "Mohammed Alsomiri", "council member Mohammed Alsomiri", "tell", "continuation"),
    ("want a stop to the endless wars", T, "he", "say", "partial"),
    # "what his campaign described as ..." -- the campaign as an organisation
    ("prominent leaders of Michigan", "Trump campaign", "his campaign", "describe", "partial"),
    ("We, as Muslims, stand with", "Belal Alzuhairi", "Alzuhairi", "say", "full"),
    ("do what you have to do.", T, "Trump", "tell", "partial"),
    ("in 24 hours,", T, "He", "boast", "partial"),
    ("total and complete shutdown", T, "Trump", "call for", "partial"),
    ("cruel, inhumane, and violated", "activists", "activists", "say", "partial"),
    # the leaders are the subject; the letter they released does the telling
    ("far outweighs the harms", "25 Muslim leaders", "25 Muslim leaders released an open letter", "letter", "partial"),
    ("working hard", "Harris campaign", "The Harris campaign", "say", "partial"),
    ("working hard", "Harris campaign", "The Harris campaign", "say", "partial"),
    ("check the box", "James Zogby", "James Zogby, president of the Arab American Institute", "according to", "partial"),
    ("end the genocide.", "Jill Stein", "Green Party candidate Jill Stein", "campaign", "partial"),
    ("follow humanitarian law.", "Kamala Harris", "Harris", "call out", "partial"),
    ("who will give voice to our pain.", "Assad Turfe", "Assad Turfe, an Arab American official from nearby Wayne County", "say", "partial"),
    ("Hey, guys, I hear you", "Kamala Harris", "she", "say", "full"),
    ("We all want this war to end", "Kamala Harris", "she", "say", "continuation"),
    ("There will be permanent scars", "Ronald Stockton", "Stockton", "tell", "full"),
    ("Like battlefield scars", "Ronald Stockton", "Stockton", "tell", "continuation"),
]

# ---------------------------------------------------------------------------
B = "Joe Biden"
CARLISLE = "Carlisle Indian Industrial School"
GOLD["voa-2024-12-10-biden-memorializes-painful-past-native-people"] = [
    ("kill the Indian", CARLISLE, "The Carlisle Indian Industrial School", "stated mission", "partial"),
    ("save the Man.", CARLISLE, "The Carlisle Indian Industrial School", "stated mission", "partial"),
    ("a blot", B, "Biden", "describe", "partial"),
    ("The federal government mandated", B, "he", "say", "full"),
    ("We should be ashamed.", B, "he", "say", "continuation"),
    ("It's within our generation", "Elveda Martinez", "she", "say", "full"),
    ("So, that's still a big thing", "Elveda Martinez", "she", "say", "continuation"),
    ("By making the Carlisle Indian School", B, "he", "say", "full"),
    ("We don’t erase history", B, "he", "say", "continuation"),
    ("President Biden has been the best", "Deb Haaland", "she", "say", "full"),
    ("This is a president and an administration", "Deb Haaland", "she", "say", "continuation"),
    ("the feeling of that calm", "Pat Pruitt", "who", "say", "partial"),
    ("lack of tribal consultation", "Cow Creek Band of Umpqua Tribe of Indians", "the group", "say", "partial"),
    ("It is performative to celebrate", "Carla Keene", "Cow Creek Umpqua Tribal Chairman Carla Keene", "statement", "full"),
    ("We have been dismissed and ignored", "Carla Keene", "Cow Creek Umpqua Tribal Chairman Carla Keene", "statement", "continuation"),
    ("I’m looking forward to attending", "Chuck Hoskin Jr.", "Chief Chuck Hoskin Jr.", "post", "full"),
    ("Other than when the summit", "Chuck Hoskin Jr.", "Chief Chuck Hoskin Jr.", "post", "continuation"),
    # the title Trump gave Burgum when naming him
    ("White House energy czar.", "Donald Trump", "President-elect Donald Trump", "name", "partial"),
    ("We're going to do things with energy", "Donald Trump", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
R = "John Ratcliffe"
GOLD["voa-2025-01-23-senate-confirms-trumps-choice-cia-director"] = [
    ("great patriot", "JD Vance", "Vance", "call", "partial"),
    ("We will collect intelligence", R, "he", "tell", "full"),
    ("We will conduct covert actions", R, "he", "tell", "continuation"),
    # the quote opened in the previous paragraph has no closing mark: same quote
    ("To the brave CIA officers", R, "Ratcliffe", "add", "continuation"),
    ("If it doesn't, then it's time", R, "Ratcliffe", "add", "continuation"),
    ("Our world is far too dangerous", "Tom Cotton; Mark Warner", "Senators Tom Cotton and Mark Warner", "statement", "full"),
    ("Under the Biden administration", "John Thune", "Thune", "say", "full"),
    ("Mr. Ratcliffe brings the right", "John Thune", "he", "say", "continuation"),
    ("The nation needs a strong", "Tom Cotton", "he", "tell", "full"),
    ("I believe the men and women", "Tom Cotton", "he", "tell", "continuation"),
    ("I want the record to show", "Ron Wyden", "Democrat Ron Wyden", "say", "full"),
    ("In 2020, I opposed his confirmation", "Ron Wyden", "he", "say", "full"),
    ("Unfortunately, his actions", "Ron Wyden", "he", "say", "continuation"),
    ("I will respectfully vote no", "Chuck Schumer", "he", "say", "full"),
    ("There may be no agency more important", "Chuck Schumer", "he", "say", "full"),
    ("It’s in those cases where truth", "Chuck Schumer", "he", "say", "continuation"),
    ("There was criticism throughout", "Tyler McBrien", "Tyler McBrien, the managing editor of Lawfare", "tell", "full"),
    ("A lot of criticisms about", "Tyler McBrien", "Tyler McBrien, the managing editor of Lawfare", "tell", "continuation"),
    ("Ratcliffe really is focused", "Tyler McBrien", "McBrien", "say", "full"),
]

# ---------------------------------------------------------------------------
P = "Ben Pollock"
GOLD["voa-2025-01-21-trump-supporters-celebrate-pardon-jan-6"] = [
    ("ecstatic, praising God", P, "Pollock", "say", "partial"),
    ("It’s been such a spiritual journey.", P, "Pollock", "say", "continuation"),
    ("It’s broken my heart", P, "Pollock", "say", "full"),
    ("Today is their day of freedom.", P, "Pollock", "say", "continuation"),
    ("The election was stolen.", "Stephanie Liu", "Stephanie Liu, from New York", "tell", "full"),
    ("Political prisoners should not exist", "Stephanie Liu", "Liu, who is originally from China", "say", "full"),
    ("This has been four long years", "Helena Gibson", "Helena Gibson, from the U.S. capital", "make a point", "full"),
    ("hostages", "Donald Trump", "who", "call", "partial"),
    ("unbelievable patriots.", "Donald Trump", "who", "call", "partial"),
    ("those who broke the law", "Donald Trump", "Trump", "say", "partial"),
    ("pay.", "Donald Trump", "Trump", "say", "partial"),
    ("somewhat disappointed", "Tom Jeffries", "Tom Jeffries, from Virginia", "say", "partial"),
    ("But knowing him, I knew", "Tom Jeffries", "Jeffries", "tell", "full"),
    ("That was my hope, and God", "Tom Jeffries", "Jeffries", "tell", "continuation"),
    ("Trump has transformed American democracy", "Chris Murphy", "Murphy", "post", "partial"),
    ("Political violence is now mainstream.", "Chris Murphy", "Murphy", "post", "continuation"),
    ("Trump is ushering in a Golden Age", "Chuck Schumer", "Schumer", "statement", "full"),
]

# ---------------------------------------------------------------------------
W = "Robert Wood"
E = "Anna Evstigneeva"
H = "JoonKook Hwang"
GOLD["voa-2024-11-04-un-confronts-russia-north-korean-troops"] = [
    ("I heard the statement [of the Russian envoy]", W, "U.S. Deputy U.N. Ambassador Robert Wood", "tell", "full"),
    ("And my question still stands", W, "he", "say", "full"),
    ("We're not in a court here", E, "Russian Deputy Ambassador Anna Evstigneeva", "say", "full"),
    ("The nature of the training Russia", W, "he", "say", "full"),
    # the envoy is named in the next paragraph
    ("more desperate and dangerous", H, "South Korea’s envoy", "say", "partial"),
    ("And now the desperate DPRK", H, "Ambassador JoonKook Hwang", "say", "full"),
    ("And we don't know how they will react", "William Pomeranz", "he", "say", "full"),
    ("So, whether the North Koreans", "William Pomeranz", "he", "say", "continuation"),
    ("North Korea could benefit politically", "Naoko Aoki", "Naoko Aoki, a political scientist at RAND Corporation", "tell", "full"),
    ("And this is a little bit more vague", "Naoko Aoki", "Naoko Aoki, a political scientist at RAND Corporation", "tell", "continuation"),
    ("The latest ICBM is estimated", "Yamazaki Kazuyuki", "Japan’s ambassador, Yamazaki Kazuyuki", "tell", "full"),
    ("This ICBM launch is more threatening", "Yamazaki Kazuyuki", "Japan’s ambassador, Yamazaki Kazuyuki", "tell", "continuation"),
    # North Korea's ambassador, named in the next paragraph
    ("unlawful", "Kim Song", "North Korea’s ambassador", "dismiss", "partial"),
    ("Like all strategic weapons tests", "Kim Song", "Ambassador Kim Song", "say", "full"),
    ("The aim of convening a meeting", E, "Ambassador Evstigneeva", "say", "full"),
    ("Its intention could be to distract", H, "Ambassador Hwang", "say", "full"),
    ("Regardless of the intention", H, "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-31-consumers-brace-impact-china-tariffs"] = [
    ("I’m concerned about rising prices", "Yon Bui", "Yon Bui, a student of music and computer science at Middlebury College in Vermont", "say", "full"),
    ("buy products now before", "Yon Bui", "Bui", "say", "partial"),
    ("With things that are already really expensive", "Sean Liu", "he", "say", "full"),
    ("one very big power", "Donald Trump", "Trump", "tell", "partial"),
    ("They don't want them", "Donald Trump", "Trump", "say", "full"),
    ("The prices on a lot of things", "William Reinsch", "Reinsch", "say", "full"),
    # "Liu" here is Liu Longzhu, introduced in the paragraph before (not Sean Liu)
    ("The main purpose of increasing tariffs", "Liu Longzhu", "Liu", "say", "full"),
    ("A tariff strategy can be implemented", "James Galbraith", "Galbraith", "tell", "full"),
    ("The theory on paper is", "Stephen Lamar", "Lamar", "tell", "full"),
    ("I would be surprised if you see", "William Reinsch", "Reinsch", "say", "full"),
]

# ---------------------------------------------------------------------------
# The minister's name was lost upstream ("Honourable , said"); the article later names
# him only as "Hon Benson-Pope" / "Mr Benson-Pope", the author of the measures.
BP = "Benson-Pope"
GOLD["wikinews-minimum-purchasing-age-fireworks-raised-new"] = [
    ("This aims to restrict young teenagers", BP, "The Environment minister, Honourable", "say", "full"),
    ("sparkler bombs.", "", "", "", "scare"),
    ("I met with the minister in November", "Mike Hall", "Mike Hall, chief executive of the New Zealand Fire Service", "say", "full"),
    ("I have listened to the various groups", BP, "Hon Benson-Pope", "say", "full"),
    ("...and next year government", BP, "Hon Benson-Pope", "say", "full"),
    ("Obviously we won’t know", "Mike Hall", "Mr Hall", "say", "full"),
    ("Guy Fawkes is a fun event", BP, "Hon Benson-Pope", "say", "full"),
    ("I understand the frustration", BP, "Mr Benson-Pope", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-u-s-congress-reaches-deal-payroll"] = [
    ("Senator Reid and I have reached", "John Boehner", "Speaker Boehner", "statement", "full"),
    ("will be happy to restart", "Harry Reid", "Senate Democratic leader Harry Reid", "say", "partial"),
    ("We have fought the good fight", "John Boehner", "Speaker Boehner", "statement", "full"),
    ("This is good news, just in time", "Obama", "President Obama", "statement", "full"),
]
