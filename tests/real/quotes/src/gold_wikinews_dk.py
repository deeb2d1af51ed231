# Hand annotations for the Wikinews articles taken from the dimitrakatseli/Wikinews copy.
# (snippet, speaker, speaker_text, cue, kind)
G = {}
G["wikinews-2007-03-15-bbc-jam-to-close"] = [
    ("unfair competition", "complaints", "complaints", "complain", "partial"),
    ("non-compliant", "", "", "", "scare"),
]
G["wikinews-2007-12-14-google-knol-testing"] = [
    ("authoritative articles", "Google", "Google", "announce", "partial"),
    ("knol", "", "", "", "scare"),
    ("cover all topics", "Google", "Google", "according to", "partial"),
    ("substantial", "Google", "Google", "announce", "partial"),
    ("Google will not serve", "Udi Manber", "Udi Manber, Google VP of Engineering", "say", "full"),
    ("All editorial responsibilities", "Udi Manber", "Manber", "continue", "full"),
    ("We hope that knols", "Udi Manber", "Manber", "continue", "continuation"),
    ("We are quite experienced", "Udi Manber", "Manber", "say", "full"),
    ("We are very excited", "Udi Manber", "Manber", "say", "continuation"),
    ("People will be able", "Udi Manber", "Manber", "say", "full"),
    ("Anyone will be able", "Udi Manber", "Manber", "say", "continuation"),
    ("Google does a lot", "Jimmy Wales", "Wales", "say", "full"),
    ("You may see", "Jimmy Wales", "Wales", "say", "full"),
]
G["wikinews-2007-11-26-vaile-steps-down"] = [
    ("Over the last couple", "Mark Vaile", "he", "say", "full"),
    ("We are at a point", "Mark Vaile", "he", "say", "continuation"),
    ("It's been a long", "Mark Vaile", "Mr Vaile", "say", "full"),
    ("As the leader of my party", "Mark Vaile", "he", "say", "full"),
    ("As far as amalgamation", "Mark Vaile", "he", "say", "full"),
    ("My belief is that", "Mark Vaile", "he", "say", "continuation"),
]
G["wikinews-2005-04-01-world-bank-wolfowitz-security"] = [
    (
        "was satisfied with everything",
        "a European Commission spokeswoman",
        "a European Commission spokeswoman, speaking for Commissioner Olli Rehn",
        "tell",
        "partial",
    ),
    (
        "There are no objections",
        "the Belgian Development Aid minister",
        "the Belgian Development Aid minister",
        "say",
        "full",
    ),
]
G["wikinews-2005-09-21-google-sued-by-authors"] = [
    ("snippets", "Google", "Google", "claim", "partial"),
    ("This ability to introduce", "Google", "Google", "say", "full"),
    ("Google Print for Publishers", "", "", "", "scare"),
    ("massive copyright infringement", "", "", "", "scare"),
]
G["wikinews-2006-01-09-paedophile-flees-town"] = [
    ("All the residents are doing", "Paul Pisale", "he", "say", "full"),
    ("I think the only thing left", "Paul Pisale", "he", "say", "continuation"),
    (
        "institutionalised",
        "Peter Beattie",
        "the Premier of Queensland, Peter Beattie",
        "ask",
        "partial",
    ),
    ("To do what?", "Peter Beattie", "he", "say", "full"),
    ("Okay, so you actually", "Peter Beattie", "he", "say", "continuation"),
    ("Those laws have failed", "Jeff Seeney", "he", "say", "partial"),
    ("He needs to go into", "Jeff Seeney", "he", "say", "continuation"),
]
G["wikinews-2006-09-12-mercury-food-chain"] = [
    (
        "the research shows birds",
        "Felice Stadler",
        "Felice Stadler, from the National Wildlife Federation",
        "say",
        "partial",
    ),
    ("underscored how pervasive", "Felice Stadler", "Felice Stadler", "say", "partial"),
]
G["wikinews-2005-04-06-iraq-elects-kurdish-president"] = [
    (
        "This is the new Iraq",
        "Hajem al-Hassani",
        "Parliament speaker Hajem al-Hassani",
        "say",
        "full",
    ),
    (
        "Today Jalal Talabani",
        "Mohammed Saleh",
        "Mohammed Saleh, a 42-year-old Kurd in Kirkuk",
        "tell",
        "full",
    ),
    ("clearly upset", "agency reports", "agency reports", "say", "partial"),
    (
        "realised that it was over",
        "Bakhtiar Amin",
        "Iraq's human rights minister Bakhtiar Amin",
        "tell",
        "partial",
    ),
]
G["wikinews-2008-07-25-sony-vaio-refresh"] = [
    ("Video Audio Integrated Operation", "", "", "", "scare"),
    ("Visual Audio Intelligent Organizer", "", "", "", "scare"),
    ("VAIO Experience 2008", "", "", "", "scare"),
    ("Clear Bright", "", "", "", "scare"),
    ("full-carbon production", "", "", "", "scare"),
    ("Green Power Button", "", "", "", "scare"),
    ("Situational Switch", "", "", "", "scare"),
    (
        "Due to consuming market differences",
        "executives from Sony Taiwan Limited",
        "executives from Sony Taiwan Limited",
        "address",
        "full",
    ),
    ("VAIO Experience 2008", "", "", "", "scare"),
]
G["wikinews-2007-03-21-bloc-supports-budget"] = [
    ("Having said that", "Gilles Duceppe", "bloc leader Gilles Duceppe", "say", "full"),
    (
        "so we'll take that money.",
        "Gilles Duceppe",
        "bloc leader Gilles Duceppe",
        "say",
        "continuation",
    ),
    (
        "He should have had a strategy",
        "Stéphane Dion",
        "Liberal Leader and former Environment Minister under Jean Chrétien, Stéphane Dion",
        "say",
        "full",
    ),
    ("He should have explained", "Stéphane Dion", "Stéphane Dion", "say", "continuation"),
    ("For every step forward", "Jack Layton", "Layton", "say", "full"),
    ("We could have supported", "Jack Layton", "Layton", "say", "continuation"),
]
G["wikinews-2006-05-11-nsa-call-logs"] = [
    ("It is our government", "Patrick Leahy", "Senator Patrick Leahy of Vermont", "say", "full"),
    (
        "The purpose of all this",
        "Michael Hayden",
        "Nominated CIA director Michael Hayden",
        "state",
        "full",
    ),
    ("fiercely protected.", "George W. Bush", "President George W. Bush", "assure", "partial"),
    ("We're not mining", "George W. Bush", "Bush", "comment", "full"),
]
G["wikinews-2007-07-24-uk-rail-white-paper"] = [
    ("the most ambitious strategy", "Ruth Kelly", "Ruth Kelly", "describe", "partial"),
    ("reheated announcements", "Conservative Party", "the Conservative Party", "say", "partial"),
    (
        "missed opportunity",
        "a spokeswoman for the Liberal Democrats",
        "A spokeswoman for the Liberal Democrats",
        "describe",
        "partial",
    ),
    (
        "first plausible plan",
        "George Muir",
        "George Muir, of the Association of Train Operating Companies",
        "say",
        "partial",
    ),
]
G["wikinews-2008-02-12-apology-stolen-generations"] = [
    ("If Mr Rudd wants", "Brendan Nelson", "Mr Nelson", "say", "full"),
    ("We're two days away", "Brendan Nelson", "Mr Nelson", "say", "continuation"),
    ("Quite frankly", "Anthony Albanese", "he", "say", "full"),
    ("Its refusal to say", "Tony Abbott", "Mr Abbott", "write", "full"),
    ("The Liberal Party's decision", "Tony Abbott", "Mr Abbott", "write", "continuation"),
]
G["wikinews-2008-10-20-scientology-accuses-anonymous"] = [
    ("Anonymous member Pekka-Eric", "Church of Scientology", "the Church", "say", "full"),
    (
        "According to the leader of the criminal",
        "Tapio Ahola",
        "Tapio Ahola, Detective Chief Inspector of the NBI",
        "say",
        "full",
    ),
    ("fair-game", "", "", "", "scare"),
]
G["wikinews-2007-02-05-independent-jewish-voices"] = [
    ("A Time to Speak Out", "", "", "", "scare"),
    ("come together in the belief", "an open letter", "An open letter", "state", "partial"),
    ("consistently put support", "an open letter", "An open letter", "state", "partial"),
    ("suggests that British Jewry", "Brian Klug", "Klug", "argue", "partial"),
    ("Jews were deeply divided", "Brian Klug", "Klug", "according to", "partial"),
    ("Progressive Jewish Thought", "", "", "", "scare"),
]
