"""Hand annotations for four dev24 articles (VOA, 4 November to 20 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "b" of dev24), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen, the test split not
opened), following data/gold/README.md ("who speaks") and the conventions and open calls recorded
in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Tom Keating", "Donald R. Grebien",
"Bruce Frail", "Amelia Boivin", "Donald Trump", "Rick Scott", "John Thune", "John Cornyn", "Mitch
McConnell", "Vivek Ramaswamy", "Bill Hagerty", "Dave Smith", "Antony Blinken", "Nigel Farage",
"Vijay Rangarajan", "Dave Pares", "Elon Musk", "Rob Ford"); pronouns and roles resolve to the
person they point to; the later piece of a split quote is continuation; a new paragraph with its
own "he said" is full (dev9); a whole utterance after "said," / "replied to X," is full; a whole
sentence quoted after "that" is partial (dev8); a fragment woven into the reporter's sentence is
partial; titles of songs and TV programmes are scare (dev17, dev18); a named spokesperson is the
speaker (Dave Pares, not Keir Starmer); unnamed officials stay as written (dev7, dev17).

Open calls:
- Civil War: 'the crowd sang "The Battle Hymn of the Republic."' -> scare (a song's title, dev18),
  not a partial of "the crowd".
- Trump/Senate: '"pro-forma" sessions' -> scare (a procedural label in the reporter's voice).
- Trump/Senate: 'Cornyn said that "It is unacceptable ... until they relent."' and 'Trump posted
  that "Democrats are looking ..."' -> partial (whole sentences after "that", dev8), though they
  open with a capital; full is the alternative.
- Trump/Senate: 'Trump posted, adding that positions should be filled "IMMEDIATELY!"' -> Donald
  Trump, partial, cue "add" (a fragment finishing the reporter's sentence), not continuation.
- Trump/Senate: 'McConnell, who once called the former president a "despicable human being"' ->
  Mitch McConnell, partial, cue "call".
- Trump/Senate: 'Donald Trump Jr. reposted ... a message by podcaster Dave Smith suggesting to put
  pressure to "keep all neocons ..."' -> Dave Smith (the message's author), partial, cue "suggest";
  alternatives "Donald Trump Jr." (who reposted it) or "a message by podcaster Dave Smith". His next
  paragraph '"The 'stop Pompeo' movement ...," Smith posted' is full (own verb), the piece after it
  continuation; the nested single marks stay inside.
- Venezuela: 'The U.S. says it has now sanctioned ... for "repressing and intimidating ..."' ->
  "U.S." as written, partial, cue "say". Alternatives: "State Department" (named in the next
  paragraph) or "Biden administration".
- Venezuela: 'The Biden administration, according to a senior official who spoke to reporters on
  Wednesday, has given "Nicholas Maduro ..."' -> "a senior official" (unnamed officials stay as
  written; the words are the official's, not Joe Biden's), partial, cue "according to". The next
  paragraph 'Instead, the official said, "Maduro and [his] representatives ..."' -> same speaker,
  full (a whole utterance after its own "said,"; dev9); continuation is the alternative.
- Venezuela: '"As for the possibility ...," explained a senior administration official' -> "a senior
  administration official" as written, full; possibly the same person as "a senior official" (and
  "a high-level representative of the administration"), but the article does not say so.
- Musk/Farage: 'an unsubstantiated claim that Britain has "two-tier policing,"' -> scare (a label
  no one in the sentence is named as saying; Musk only retweets the hashtag). Alternative: Elon
  Musk, partial.
- Musk/Farage: 'anti-"woke" agenda' and 'the "bro vote"' -> scare (labels in the reporter's
  voice). Alternative for "woke": Nigel Farage/Reform U.K., partial.
- Musk/Farage: 'tweeted that "civil war is inevitable."' -> Elon Musk, partial, cue "tweet".
- Musk/Farage: 'Prime Minister Keir Starmer's spokesperson Dave Pares said ...' -> Dave Pares
  (named spokesperson), two partials.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-04-remains-nearly-30-civil-war-veterans-found"] = [
    ("It's amazing that they", "Tom Keating",
     "Tom Keating, the Washington state coordinator for the Missing in America Project", "say", "full"),
    ("It's something long overdue", "Tom Keating", "Tom Keating", "say", "continuation"),
    ("The Battle Hymn of the Republic", "", "", "", "scare"),
    ("It was something, just the finality", "Tom Keating", "Keating", "say", "full"),
    ("When you have somebody", "Donald R. Grebien", "he", "say", "full"),
    ("It became more intriguing", "Donald R. Grebien", "he", "say", "continuation"),
    ("It was important to remind", "Donald R. Grebien", "he", "say", "full"),
    ("It's the best thing", "Bruce Frail",
     "Bruce Frail, a former commander-in-chief with the Sons of Union Veterans and state coordinator for Missing in America Project",
     "say", "full"),
    ("The feeling that you get", "Bruce Frail", "he", "say", "full"),
    ("I felt like it was", "Amelia Boivin", "Boivin", "say", "full"),
    ("It felt like we were", "Amelia Boivin", "Boivin", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-11-trump-pressures-candidates-senate-republican-leader-fill"] = [
    ("must agree", "Donald Trump", "Trump", "say", "partial"),
    ("Any Republican Senator", "Donald Trump", "Trump", "post", "full"),
    ("IMMEDIATELY!", "Donald Trump", "Trump", "add", "partial"),
    ("pro-forma", "", "", "", "scare"),
    ("100% agree.", "Rick Scott", "Scott", "reply", "full"),
    ("quickly and decisively", "John Thune", "Thune", "statement", "partial"),
    ("all options are on the table", "John Thune", "Thune", "statement", "partial"),
    ("It is unacceptable for Senate Ds", "John Cornyn", "Cornyn", "say", "partial"),
    ("Democrats are looking to ram", "Donald Trump", "Trump", "post", "partial"),
    ("We have to be the change", "Rick Scott", "Scott", "say", "full"),
    ("Sunday Morning Futures", "", "", "", "scare"),
    ("That's what Donald Trump got elected", "Rick Scott", "Scott", "say", "continuation"),
    ("despicable human being", "Mitch McConnell", "McConnell, who", "call", "partial"),
    ("This Week", "", "", "", "scare"),
    ("a couple of great options", "Vivek Ramaswamy",
     "Former GOP presidential candidate Vivek Ramaswamy", "say", "partial"),
    ("Face the Nation", "", "", "", "scare"),
    ("the positions that President Trump", "Bill Hagerty", "He", "say", "partial"),
    ("I'll do that in whatever role", "Bill Hagerty", "Hagerty", "say", "full"),
    ("I very much enjoyed", "Donald Trump", "Trump", "post", "full"),
    ("keep all neocons", "Dave Smith", "a message by podcaster Dave Smith", "suggest", "partial"),
    ("The 'stop Pompeo' movement", "Dave Smith", "Smith", "post", "full"),
    ("America First: screw", "Dave Smith", "Smith", "post", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-27-imposes-sanctions-21-top-venezuelan-officials-over"] = [
    ("acting again today", "Antony Blinken", "U.S. Secretary of State Antony Blinken", "statement", "partial"),
    ("has engaged in widespread abuses", "Antony Blinken", "Blinken", "say", "partial"),
    ("repressing and intimidating", "U.S.", "The U.S.", "say", "partial"),
    ("Nicholas Maduro and his representatives every", "a senior official",
     "a senior official who spoke to reporters on Wednesday", "according to", "partial"),
    ("Maduro and [his] representatives", "a senior official", "the official", "say", "full"),
    ("As for the possibility", "a senior administration official",
     "a senior administration official", "explain", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-20-elon-musk-considers-funding-nigel-farage-s"] = [
    ("We did discuss money", "Nigel Farage", "Farage", "tell", "full"),
    ("That’s a negotiation", "Nigel Farage", "Farage", "tell", "continuation"),
    ("It’s crucial that U.K. voters", "Vijay Rangarajan",
     "the commission's chief executive, Vijay Rangarajan", "tell", "full"),
    ("The system needs strengthening", "Vijay Rangarajan", "Vijay Rangarajan", "tell", "continuation"),
    ("reinforce existing safeguards", "Dave Pares",
     "Prime Minister Keir Starmer's spokesperson Dave Pares", "say", "partial"),
    ("impermissible proxy donations", "Dave Pares", "Dave Pares", "say", "partial"),
    ("two-tier policing", "", "", "", "scare"),
    ("civil war is inevitable", "Elon Musk", "Musk", "tweet", "partial"),
    ("woke", "", "", "", "scare"),
    ("bro vote", "", "", "", "scare"),
    ("already given me considerable help", "Nigel Farage", "Farage", "tell", "partial"),
    ("disruptive potential", "Rob Ford",
     "Rob Ford, professor of political science at the University of Manchester", "say", "partial"),
    ("the opportunity to try", "Rob Ford", "He", "say", "partial"),
    ("It’s certainly adding", "Rob Ford", "Ford", "say", "full"),
    ("We’ve had no shortage", "Rob Ford", "Ford", "say", "continuation"),
]
