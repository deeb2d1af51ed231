"""Hand annotations for four dev17 articles (VOA, 18 to 27 November 2024), decided by reading
each article.

Annotator: one helper session (annotator "a" of dev17), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Sabrina Singh", "Dmitry Peskov",
"Michael Waltz", "Volodymyr Zelenskyy", "Jamie Raskin"); a named spokesperson is the speaker
(Singh, Peskov, Liu Pengyu); a new paragraph with its own "he said"/"he added" is full (dev9);
the later piece of a split quote ('"...," X said. "..."', '"...," she said, adding, "..."') is
continuation (dev16 "and"-joined pieces); a fragment woven into the reporter's sentence is
partial; show titles are scare (dev13, "Fox News Sunday"); single marks in these double-mark
articles (headline 'incredibly concerned', nested 'tax evasion,') are not rows; mismatched
straight/curly pairs (Singh's quotes) are kept as one span each.

Open calls:
- Pentagon lead: 'The Pentagon dismissed ... as "reckless" rhetoric' -> "Pentagon" (the body the
  sentence names), though its spokeswoman Sabrina Singh says "reckless" later in the article (her
  own row there).
- Putin 'It would change "the very nature of the conflict dramatically," Putin said at the time.
  "This will mean ..."': first piece partial (finished by the reporter's frame), second
  continuation; both Vladimir Putin though Peskov relayed the September statement (dev13 chain:
  the one who first said them).
- Waltz 'the question that must be preeminent is, "How do we restore deterrence ...?"': a whole
  utterance after "is,", full. '"Where is this escalation going? How do we get both sides to the
  table" for peace negotiations?': continuation of his split quote though the reporter finishes it.
- "A statement from Susie Wiles, his chief of staff, said" and "Wiles' announcement said": the
  author is named, so Susie Wiles (dev13 Tammy Bruce, dev15 Taylor Rogers), not "the
  announcement" (dev16 used the document only where no author was named in the phrase).
- "China responded by saying "no one will win"": "China" as written (a government's words stay
  the government's, dev6).
- Freeland and LeBlanc "issued a joint statement ...", then '"...," the statement said': the two
  ministers jointly ("Chrystia Freeland; Dominic LeBlanc"; dev8/dev9 joint statements).
- "the U.N. Human Rights Council's Working Group on Arbitrary Detention issued an opinion finding
  ... in "violation of international law."": the group, written as the article names it, partial;
  "The group ... expressed concern about a "systemic problem ..."": the same group, partial.
- Donald Trump Jr. "said on social media": cue "say", full.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-18-kremlin-says-biden-s-missile-decision-escalates"] = [
    # the body named in the lead sentence; Singh's own "reckless" row comes later
    ("reckless", "Pentagon", "The Pentagon", "dismiss", "partial"),
    # opens straight, closes curly
    ("What's adding fuel to the fire", "Sabrina Singh", "Pentagon deputy press secretary Sabrina Singh", "say", "full"),
    ("We're talking about North Korean", "Sabrina Singh", "Singh", "say", "full"),
    ("That certainly we view", "Sabrina Singh", "Singh", "say", "continuation"),
    ("We have every expectation", "Sabrina Singh", "Singh", "say", "full"),
    ("new spiral of tensions", "Dmitry Peskov", "Kremlin spokesperson Dmitry Peskov", "say", "partial"),
    ("This fundamentally changes", "Dmitry Peskov", "Peskov", "say", "full"),
    ("the very nature of the conflict", "Vladimir Putin", "Putin", "say", "partial"),
    ("This will mean that NATO", "Vladimir Putin", "Putin", "say", "continuation"),
    ("reckless.", "Sabrina Singh", "Singh", "call", "partial"),
    ("Any type of nuclear saber", "Sabrina Singh", "she", "say", "full"),
    ("It's something that we're going", "Sabrina Singh", "she", "add", "continuation"),
    ("The Military Industrial Complex", "Donald Trump Jr.", "he", "say", "full"),
    ("really forcing Russia", "Volodymyr Zelenskyy", "Zelenskyy", "say", "partial"),
    ("Today marked one of the largest", "Volodymyr Zelenskyy", "Zelenskyy", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-24-trump-incredibly-concerned-about-escalation-munitions-russia"] = [
    ("incredibly concerned", "Michael Waltz", "his designated choice for national security adviser", "say", "partial"),
    # TV show title (dev13)
    ("Fox News Sunday", "", "", "", "scare"),
    ("World War I trench warfare.", "Michael Waltz", "Michael Waltz", "tell", "partial"),
    ("needs to be within a broader", "Michael Waltz", "Waltz", "say", "partial"),
    ("It is just an absolute meat grinder", "Michael Waltz", "he", "say", "full"),
    ("a need for things", "Lloyd Austin", "He", "say", "partial"),
    # a whole question after "the question ... is,": full
    ("How do we restore deterrence", "Michael Waltz", "Waltz", "say", "full"),
    ("We need to, we need to", "Michael Waltz", "he", "add", "full"),
    ("This is a clear escalation", "Michael Waltz", "Waltz", "say", "full"),
    ("Where is this escalation going?", "Michael Waltz", "Waltz", "say", "continuation"),
    ("is wrong", "Michael Waltz", "Waltz", "say", "partial"),
    ("play one side off", "Michael Waltz", "Waltz", "say", "partial"),
    ("confident", "Michael Waltz", "Waltz", "say", "partial"),
    ("in pretty short order", "Michael Waltz", "Waltz", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-26-trump-pledges-tariffs-canada-mexico-more-china"] = [
    # a statement whose author the article names: the author (dev13 Tammy Bruce)
    ("This engagement allows", "Susie Wiles", "A statement from Susie Wiles, his chief of staff", "statement", "full"),
    ("security and information protections", "Susie Wiles", "She", "add", "partial"),
    ("quickly integrate directly", "Susie Wiles", "Wiles’ announcement", "announcement", "partial"),
    ("sign all necessary documents", "Donald Trump", "Trump", "post", "partial"),
    ("Drugs, in particular Fentanyl", "Donald Trump", "He", "say", "partial"),
    ("easily solve this long", "Donald Trump", "Trump", "say", "partial"),
    ("the massive amounts of drugs", "Donald Trump", "He", "complain", "partial"),
    ("Until such time as they stop", "Donald Trump", "Trump", "write", "full"),
    ("no one will win", "China", "China", "say", "partial"),
    ("China believes that", "Liu Pengyu", "Liu Pengyu, a spokesman for China's embassy in the United States", "say", "full"),
    ("a useful tool for achieving", "Scott Bessent", "Scott Bessent", "write", "partial"),
    # joint statement of the two ministers (dev8/dev9)
    ("Our relationship today is balanced", "Chrystia Freeland; Dominic LeBlanc", "the statement", "statement", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-27-lawmaker-calls-release-vietnamese-political-prisoner"] = [
    ("Vietnam’s communist government", "Jamie Raskin", "Raskin", "say", "full"),
    ("Mr. Bach’s continued unjust", "Jamie Raskin", "Raskin", "say", "full"),
    # nested single marks ('tax evasion,') stay inside
    ("Dang Dinh Bach is a dedicated", "Kat Cosgrove", "Kat Cosgrove, deputy director of policy and advocacy at Freedom House", "say", "full"),
    ("Since 2021, Vietnamese authorities", "Kat Cosgrove", "she", "say", "full"),
    ("Environmental human rights defenders", "Maureen Harris", "she", "say", "full"),
    ("violation of international law.", "U.N. Human Rights Council’s Working Group on Arbitrary Detention", "the U.N. Human Rights Council’s Working Group on Arbitrary Detention", "opinion", "partial"),
    ("systemic problem with arbitrary", "U.N. Human Rights Council’s Working Group on Arbitrary Detention", "The group", "express concern", "partial"),
]
