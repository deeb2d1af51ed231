"""Hand annotations for four dev18 articles (VOA, 30 November to 18 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev18), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Margaret Bodde", "David Tedeschi",
"Kathaleen McCormick", "Shon Barnes", "Satya Rhodes-Conway"); pronouns and roles resolve to the
person they point to ("she" -> Helaina Matza, "the judge" -> Kathaleen McCormick, "the mayor"'s
"she" -> Satya Rhodes-Conway); the later piece of a split quote ('"...," X says. "..."') is
continuation; a new paragraph with its own "he said" is full (dev9); a fragment woven into the
reporter's sentence is partial; film, show and album titles are scare (dev13, dev17); single
marks nested inside double ones ('I Want to Hold Your Hand', 'Life goes on.', 'If this is
implemented ...') stay inside their outer quote; mismatched straight/curly pairs (the law
firm's statement) are kept as one span.

Open calls:
- Beatles: "Beatles '64" is scare also where it is the grammatical subject ('"Beatles '64" leans
  into footage', '"Beatles '64" tries to explain'): a title, no one speaking. The seven album
  titles of the box set are scare.
- Beatles: '"You're nothing but four Elvis Presleys," one reporter told them' -> "one reporter"
  as written; '... as Ringo Starr screamed "It's not true!"' -> Ringo Starr, a whole utterance
  after the verb, full (dev12/dev16: whole clause after "said"/"saying" is full), cue "scream".
- Beatles: 'fan Vickie Brenna-Costa recalls in the documentary' -> Vickie Brenna-Costa, cue
  "recall"; 'As McCartney says in the documentary: "..."' -> Paul McCartney (full name given
  earlier), full.
- Lobito: 'The U.S., alongside G7 partners, announced in 2022 that ... models that are "often
  opaque, ..."' -> joint "U.S.; G7 partners" (a joint announcement; dev13 "U.S.; India"), partial.
- Lobito: 'an Africa strategy that "reframes ...," the strategy says' -> "the strategy" (a
  document that is the subject of the reporting verb, as written there), partial (a relative
  clause the reporter's sentence needs).
- Lobito: Lemoine '"to foster economic growth, ...," said Joseph Lemoine ... "I'm hopeful ...,"
  he told VOA.': first piece partial, second a whole sentence with its own "he told VOA", full
  (dev9/dev10: own attribution -> full) rather than continuation.
- Lobito: '"If you listen ...," Schneidman at Brookings said' -> Witney Schneidman.
- Musk: 'not entitled to hit "reset"' and 'a "cure-all"' inside McCormick's reported speech are
  her partials (dev9), not scare.
- Musk: '"Taken together," the problems with Tesla's arguments "pack a powerful punch," she
  wrote': both pieces are fragments woven into the reporter's sentence, both partial (the second
  is not a stand-alone continuation).
- Musk: '"We are pleased ...," said a statement from Bernstein Litowitz Berger & Grossmann' ->
  the firm (the statement's author is named, dev17 Susie Wiles), cue "statement", full.
- Musk: 'the judge criticized Tesla's board as "beholden"' and 'The judge in her January ruling
  called the pay package the "biggest ..."' -> Kathaleen McCormick, partial.
- School shooting: 'Barnes said Tuesday that several schools ... "were targeted by false
  threats, often known as swatting."' -> Shon Barnes, partial; 'Biden said in a statement Monday
  that the shooting was "shocking and unconscionable."' -> Joe Biden (the statement is his),
  partial, cue "statement".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-30-intimate-documentary-captures-beatles-goofing-around-they"] = [
    ("The Ed Sullivan Show.", "", "", "", "scare"),
    ("Beatles '64,\" an intimate", "", "", "", "scare", "Beatles '64,"),
    ("It's so fun to be the fly", "Margaret Bodde", "Margaret Bodde, who produced alongside Martin Scorsese", "say", "full"),
    ("It's just this incredible gift", "Margaret Bodde", "Margaret Bodde", "say", "continuation"),
    ("Beatles '64\" leans", "", "", "", "scare", "Beatles '64"),
    ("It's beautiful, although", "David Tedeschi", "director David Tedeschi", "say", "full"),
    ("It's like it was shot yesterday", "David Tedeschi", "director David Tedeschi", "say", "continuation"),
    ("It was like a crazy love", "Vickie Brenna-Costa", "fan Vickie Brenna-Costa", "recall", "full"),
    ("I can't really understand it now", "Vickie Brenna-Costa", "fan Vickie Brenna-Costa", "recall", "continuation"),
    ("Meet The Beatles!", "", "", "", "scare"),
    ("The Beatles' Second Album", "", "", "", "scare"),
    ("A Hard Day's Night", "", "", "", "scare"),
    ("Something New", "", "", "", "scare"),
    ("The Beatles' Story", "", "", "", "scare"),
    ("Beatles '65", "", "", "", "scare"),
    ("The Early Beatles", "", "", "", "scare"),
    ("You're nothing but four Elvis", "one reporter", "one reporter", "tell", "full"),
    ("It's not true!", "Ringo Starr", "Ringo Starr", "scream", "full"),
    ("Why the establishment was against", "David Tedeschi", "Tedeschi", "say", "full"),
    ("I think older people believed", "David Tedeschi", "Tedeschi", "say", "continuation"),
    ("Beatles '64\" tries", "", "", "", "scare", "Beatles '64"),
    ("Part of it is I think", "David Tedeschi", "Tedeschi", "say", "full"),
    ("Maybe America needed something", "Paul McCartney", "McCartney", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-01-biden-spotlight-angola-s-lobito-corridor-his"] = [
    ("amplify the impact", "Helaina Matza", "she", "say", "partial"),
    ("often opaque, fail to uphold", "U.S.; G7 partners", "The U.S., alongside G7 partners", "announce", "partial"),
    ("the first and the most developed", "Witney Schneidman", "Witney Schneidman, a nonresident senior fellow at the Brookings Institution", "say", "partial"),
    ("That's the A+ project", "Witney Schneidman", "Schneidman", "tell", "full"),
    ("We’ve mobilized more than $60 billion", "Jake Sullivan", "national security adviser Jake Sullivan", "tell", "full"),
    ("And that’s not just been for two corridors", "Jake Sullivan", "he", "say", "full"),
    ("That’s been for investments", "Jake Sullivan", "he", "say", "continuation"),
    ("reframes the region’s importance", "the strategy", "the strategy", "say", "partial"),
    ("We are overdelivering", "Frances Brown", "Frances Brown, senior director for African affairs at the National Security Council", "say", "full"),
    ("We’ve invested more than 80%", "Frances Brown", "Frances Brown", "say", "continuation"),
    ("visible to the average African", "Mvemba Phezo Dizolele", "Mvemba Phezo Dizolele, director of the Africa Program at the Center for Strategic and International Studies", "say", "partial"),
    ("one palpable project", "Mvemba Phezo Dizolele", "Dizolele", "tell", "partial"),
    ("We have to ensure that we can hear", "Sergio Calundungo", "Sergio Calundungo, founder of the Social Observatory of Angola", "say", "full"),
    ("share as much as possible", "Sergio Calundungo", "he", "tell", "partial"),
    ("to foster economic growth", "Joseph Lemoine", "Joseph Lemoine, senior director of the Atlantic Council's Freedom and Prosperity Center", "say", "partial"),
    ("I'm hopeful that they will continue", "Joseph Lemoine", "he", "tell", "full"),
    ("If you listen to all the Trump people", "Witney Schneidman", "Schneidman at Brookings", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-03-delaware-judge-rejects-request-restore-musk-s"] = [
    ("reset", "Kathaleen McCormick", "McCormick", "say", "partial"),
    ("Were the court to condone", "Kathaleen McCormick", "she", "say", "full"),
    ("cure-all", "Kathaleen McCormick", "She", "say", "partial"),
    ("Taken together,", "Kathaleen McCormick", "she", "write", "partial"),
    ("pack a powerful punch,", "Kathaleen McCormick", "she", "write", "partial"),
    ("We are pleased with Chancellor McCormick", "Bernstein Litowitz Berger & Grossmann", "a statement from Bernstein Litowitz Berger & Grossmann", "statement", "full"),
    ("beholden", "Kathaleen McCormick", "the judge", "criticize", "partial"),
    ("biggest compensation plan ever", "Kathaleen McCormick", "The judge", "call", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-18-police-look-motive-latest-school-shooting"] = [
    ("Identifying a motive is our top priority", "Shon Barnes", "Police Chief Shon Barnes", "say", "full"),
    ("hurting and haunting situation.", "Shon Barnes", "he", "call", "partial"),
    ("We don't know nearly enough yet", "Satya Rhodes-Conway", "Mayor Satya Rhodes-Conway", "tell", "full"),
    ("We have to allow law enforcement", "Satya Rhodes-Conway", "she", "say", "full"),
    ("were targeted by false threats", "Shon Barnes", "Barnes", "say", "partial"),
    ("I'm going to say this and then", "Satya Rhodes-Conway", "she", "say", "full"),
    ("It is absolutely none of y'all's", "Satya Rhodes-Conway", "she", "say", "continuation"),
    ("Our nation mourns", "Kamala Harris", "Vice President Kamala Harris", "say", "full"),
    ("Solutions are in hand", "Kamala Harris", "she", "say", "full"),
    ("but we need elected leaders", "Kamala Harris", "she", "say", "continuation"),
    ("shocking and unconscionable.", "Joe Biden", "President Joe Biden", "statement", "partial"),
    ("Every child deserves to feel safe", "Joe Biden", "he", "say", "full"),
    ("Students across our country", "Joe Biden", "he", "say", "continuation"),
]
