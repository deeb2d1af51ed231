"""Hand annotations for four dev16 articles (VOA, 30 October to 10 November 2024), decided by
reading each article.

Annotator: one helper session, by reading the article texts only (no project code run or read
other than make_split.py, no system output seen), following data/gold/README.md ("who speaks")
and the conventions and open calls recorded in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Jorge Schmidt Nieto" though later
"Schmidt"; "Victor Orban" as spelled); a new paragraph with its own "he said"/"he added" is full
(dev9); the later sentence of a split quote ('"...," X said. "..."') is continuation; a quote
opening the sentence but finished by the reporter is partial (Modi); labels and slogans in the
reporter's voice are scare ("America First", dev8; "so-called "cemetery of corruption""); single
marks in these double-mark articles (Zelenskyy's 'peace through strength', the nested 'Why not?'
and ' NFL Sunday Ticket,') are not rows.

Open calls:
- "energy czar" (González "has called for the creation of an "energy czar""): a term inside her
  reported proposal, her partial (dev9 label-inside-reported-speech), not scare.
- "organized fashion" (Dalmau said he would oust both companies in an "organized fashion"): his
  partial.
- Medvedev 'saying "Kamala is finished...let her keep cackling infectiously."': a whole utterance
  after "saying", full (dev12 whole clause after "said").
- Modi '"As you build on ... to further strengthen" the U.S.-India relationship, Modi said': a
  fragment finished by the reporter, partial.
- Marcos: 'In a statement, ... expressed hope that the "unshakeable alliance" ..., "will be a force
  of good ..."': both pieces woven into the reporter's "that" sentence, partial, cue "statement".
- Sivori: '"A dedicated viewing room ...," Andrew Sivori, vice president ...' has no reporting
  verb (a slip in the source); still his full quote, cue left empty; the next sentence in the same
  paragraph is continuation.
- Zelenskyy's quote opens with a straight mark and closes with a curly one: kept as one span.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-30-new-york-media-outlet-connects-immigrants-news"] = [
    ("But not Fay Da,", "April Xu", "she", "say", "full"),
    # follows a paraphrase ("..., Xu told VOA.") and has its own "she said": full
    ("When they saw the news", "April Xu", "she", "say", "full"),
    ("No one was really covering", "Mazin Sidahmed", "Sidahmed", "tell", "full"),
    # new paragraph with its own "he said": full (dev9)
    ("There was a real hole", "Mazin Sidahmed", "he", "say", "full"),
    ("Over the past five years", "Mazin Sidahmed", "Sidahmed", "say", "full"),
    ("But getting it to that point", "Mazin Sidahmed", "Sidahmed", "say", "continuation"),
    ("We feel that we can't ask", "April Xu", "Xu", "say", "full"),
    ("I don't think there's any", "Fisayo Okare", "Fisayo Okare", "say", "full"),
    ("As an immigrant myself", "Fisayo Okare", "she", "say", "full"),
    ("We pride ourselves", "Fisayo Okare", "she", "say", "continuation"),
    ("Our role during this time", "Fisayo Okare", "Okare", "say", "full"),
    ("When a city loses", "Mazin Sidahmed", "Sidahmed", "say", "full"),
    ("We see an opportunity", "Mazin Sidahmed", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-04-puerto-rico-prepares-election-day-third-party"] = [
    ("This election is already historic", "Jorge Schmidt Nieto", "political analyst and university professor Jorge Schmidt Nieto", "say", "full"),
    ("It already marks", "Jorge Schmidt Nieto", "political analyst and university professor Jorge Schmidt Nieto", "say", "continuation"),
    ("Disastrous things", "Jorge Schmidt Nieto", "Schmidt", "say", "full"),
    ("It has affected everyone", "Jorge Schmidt Nieto", "Schmidt", "say", "continuation"),
    ("as a moment of revenge", "Jorge Schmidt Nieto", "he", "say", "partial"),
    ("organized fashion", "Juan Dalmau", "Dalmau", "say", "partial"),
    # a term inside her reported proposal: her partial (dev9), not scare
    ("energy czar", "Jenniffer González", "González", "call for", "partial"),
    ("A much higher number", "Jorge Schmidt Nieto", "Schmidt", "say", "full"),
    ("overwhelmingly", "Jorge Schmidt Nieto", "He", "note", "partial"),
    ("My party is the people", "Bad Bunny", "he", "say", "full"),
    # "a so-called ..." in the reporter's voice, no one named as using it
    ("cemetery of corruption", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-06-world-leaders-congratulate-trump-expected-election-win"] = [
    # slogan/label in the reporter's sentence (dev8)
    ("America First", "", "", "", "scare"),
    ("historic return,", "Benjamin Netanyahu", "Israeli Prime Minister Benjamin Netanyahu", "praise", "partial"),
    ("powerful recommitment", "Benjamin Netanyahu", "he", "say", "partial"),
    # straight opening mark, curly closing mark: one span
    ("This is exactly the principle", "Volodymyr Zelenskyy", "Zelenskyy", "say", "full"),
    ("His leadership will again", "Mark Rutte", "Mark Rutte, the NATO Secretary General", "say", "full"),
    ("ready to work together", "Emmanuel Macron", "French President Emmanuel Macron", "say", "partial"),
    ("shoulder to shoulder", "Keir Starmer", "British Prime Minister Keir Starmer", "say", "partial"),
    ("From growth and security", "Keir Starmer", "Starmer", "say", "full"),
    ("warmly congratulate[s]", "Ursula von der Leyen", "Ursula von der Leyen, the president of the EU Commission", "say", "partial"),
    ("true partnership", "Ursula von der Leyen", "Ursula von der Leyen, the president of the EU Commission", "praise", "partial"),
    ("biggest comeback", "Victor Orban", "Hungarian Prime Minister Victor Orban, a conservative Trump ally", "call", "partial"),
    ("much needed victory", "Victor Orban", "Hungarian Prime Minister Victor Orban, a conservative Trump ally", "say", "partial"),
    # whole utterance after "saying" (post on X): full
    ("Kamala is finished", "Dmitry Medvedev", "former Russian President Dmitry Medvedev", "say", "full"),
    ("Australians and Americans", "Anthony Albanese", "Australian Prime Minister Anthony Albanese", "say", "full"),
    ("heartiest congratulations", "Narendra Modi", "Indian Prime Minister Narendra Modi", "offer", "partial"),
    # opens the sentence but is finished by the reporter ("... strengthen" the U.S.-India
    # relationship, Modi said): partial
    ("As you build on your successes", "Narendra Modi", "Modi", "say", "partial"),
    ("unshakeable alliance", "Ferdinand Marcos Jr.", "Philippines President Ferdinand Marcos Jr.", "statement", "partial"),
    ("will be a force of good", "Ferdinand Marcos Jr.", "Philippines President Ferdinand Marcos Jr.", "statement", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-10-holidays-approaching-stores-stock-more-supersize-tv"] = [
    ("It's really taken off", "Blake Hampton", "Blake Hampton, Best Buy's senior vice president of merchandising", "say", "full"),
    # nested single marks ('Why not?') stay inside
    ("We just saw that the price", "Anthony Ash", "he", "say", "full"),
    ("You get a better TV experience", "Anthony Ash", "he", "say", "continuation"),
    ("You get better resolution", "Rick Kowalski", "Kowalski", "say", "full"),
    ("You get better picture quality", "Rick Kowalski", "Kowalski", "say", "continuation"),
    ("incredible.", "Blake Hampton", "he", "describe", "partial"),
    # nested single marks (' NFL Sunday Ticket,') stay inside
    ("If you're watching YouTube TV", "Blake Hampton", "he", "say", "full"),
    ("It's even more so", "James Fishler", "Fishler", "say", "full"),
    ("They want to host", "James Fishler", "Fishler", "say", "continuation"),
    # the source has no reporting verb after the name: his full quote, no cue
    ("A dedicated viewing room", "Andrew Sivori", "Andrew Sivori, vice president in the entertainment division of LG Electronics, another Korean manufacturer", "", "full"),
    ("But you can get a much better", "Andrew Sivori", "Andrew Sivori, vice president in the entertainment division of LG Electronics, another Korean manufacturer", "", "continuation"),
    ("It's still a niche business", "Jon Abt", "Jon Abt, co-president of Abt Electronics", "say", "full"),
    # new paragraph with its own "he added": full (dev9)
    ("A lot of people just", "Jon Abt", "he", "add", "full"),
    ("I think we'll have to wait", "James Fishler", "Fishler", "say", "full"),
]
