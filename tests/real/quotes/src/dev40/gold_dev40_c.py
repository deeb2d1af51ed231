"""Hand annotations for four dev40 articles (Wikinews economy stories of 2006-04-03 to 2009-04-03),
decided by reading each article.

Annotator: one helper session (annotator "c" of dev40), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev40 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11, dev12, dev38 and dev39 paragraphs on Wikinews stories), the dev38_a
and dev39_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Alexander Downer",
"Ian Macfarlane", "Kevin Rudd", "Ian Lowe", "Christine Milne", "Henry Kravis", "Jim Leech", "Shaw
Wu", "Mark Hurd", "Rebecca Steinfort", "Bob Sassone"), with the surname, pronoun or description
nearest the quote in speaker_text; each Wikinews body is one paragraph, so a quote with its own
attribution ("continued Kravis", "added Steinfort", "said Steinfort") is full and only an
unattributed later piece of the same speaker is continuation (dev10/dev38); two pieces of one
utterance joined by the reporter's "and" in one sentence are full and continuation (dev16/dev18);
a whole clause after "said" or "saying," is full (dev12/dev16); a whole sentence after "that" is
partial even with a capital (dev8/dev24/dev38); a fragment the reporter's sentence runs into is
partial (dev16); a label inside someone's reported words is theirs, partial (dev9/dev22); an
agreement's name and industry terms no one is named as using are scare (dev38); an unnamed
speaker keeps the description first written (dev22); single marks in a text that quotes with
double marks are not rows (Quiznos: 'Toasty Torpedo', 'Prime Rib Dinner').

Open calls:
- Uranium: 'China has entered into a "nuclear safeguards agreement"' -> scare (the agreement's
  name in the reporter's voice, used later without marks).
- Uranium: '"Uranium will only be sold ...," Australian Foreign Minister Alexander Downer has
  stated and continued "Thirdly, there will be a system ..."' -> full, then continuation (cue
  "continue"): one sentence, the second piece joined by "and continued" (dev16/dev18).
  Alternative: full (its own verb, dev10).
- Uranium: 'He told ABC Radio "The signing of this agreement ..." he said.' -> Ian Macfarlane
  (named the sentence before as "Ian Macfarlane, Austalia's Resource Minister"), one full row,
  cue "tell".
- Uranium: 'Professor Ian Lowe ... said in response to the deal that "This is no time ..."' ->
  partial (a whole sentence after "that", dev8/dev24/dev38).
- Uranium: 'Christine Milne has commented "Make no mistake ..."' -> full, cue "comment".
- Bell Canada: '"Our experience in large, complex transactions ...," continued Kravis.' -> full
  (its own attribution in its own sentence, dev10), cue "continue".
- Bell Canada: 'BCE is also leaving the door open to rival bids, "taking into consideration ...,"
  the company stated.' -> Bell Canada Enterprises (the name the article gives before "(BCE)"),
  partial (a fragment the reporter's sentence runs into), cue "state".
- HP: 'the purchase of "best of breed" companies such as Mercury, ...' -> scare (an industry term
  no one is named as using). Alternative: Hewlett-Packard, partial.
- HP: 'Analysts at Briefing.com said: "Adding EDS ..."' -> "analysts at Briefing.com" (unnamed
  speakers as written, dev17/dev22), full. Alternative: "Briefing.com".
- HP: 'analyst Shaw Wu said. "I am not saying ..."' -> Shaw Wu, full, cue "say" (the full stop is
  a slip for a colon).
- HP: '"We wouldn't do the deal ..."' right after Hurd's attributed quote, no verb ->
  continuation (Mark Hurd).
- Quiznos: the commercial's characters speak as the article names them: "the toaster oven" (first
  written "a toaster oven", then "the toaster"), and "Scott" (a Quiznos sandwich maker in the ad);
  the toaster's words "sexy", "sexier." (after "says the price of it is") and "stick it in me"
  (after "asks Scott to") are its partials, cues "say" and "ask".
- Quiznos: 'They promoted it as having a lot of "meat"' -> Quiznos (the "company" of the sentence
  before), partial, cue "promote" (a word of the company's ad inside its reported promotion).
  Alternative: scare.
- Quiznos: 'it featured two women eating a sandwich saying, "It's not lacking any meat. ..."' ->
  "two women" (unnamed speakers as written), full, cue "say".
- Quiznos: "said Rebecca Steinfort, chief marketing officer for Quiznos to Wikinews" -> Rebecca
  Steinfort, not Quiznos (a named spokesperson speaks for herself); her later quotes with "added
  Steinfort" and "said Steinfort" are full (dev10).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-04-03-australia-china-enter-into-uranium-deal"] = [
    # the agreement's name in the reporter's voice
    ("nuclear safeguards agreement", "", "", "", "scare"),
    ("Given China's high projected growth", "Alexander Downer", "He", "say", "full"),
    ("The signing of this agreement is really", "Ian Macfarlane", "He", "tell", "full"),
    ("Uranium will only be sold by contract", "Alexander Downer",
     "Australian Foreign Minister Alexander Downer", "state", "full"),
    # "has stated and continued": second piece of one sentence (dev16/dev18)
    ("Thirdly, there will be a system", "Alexander Downer",
     "Australian Foreign Minister Alexander Downer", "continue", "continuation"),
    ("If we have with China effective bilateral", "Kevin Rudd", "he", "say", "full"),
    # a whole sentence after "that": partial (dev8/dev24/dev38)
    ("This is no time to be increasing", "Ian Lowe",
     "Professor Ian Lowe from the Australian Conservation Foundation", "say", "partial"),
    ("Make no mistake -- selling Australian uranium", "Christine Milne",
     "Christine Milne", "comment", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-04-18-bell-canada-enterprises-might-be-taken-private"] = [
    ("We are pleased to be a partner with this consortium", "Henry Kravis",
     "Henry Kravis, co-founding member of KKR", "say", "full"),
    # its own attribution in its own sentence (dev10)
    ("Our experience in large, complex transactions", "Henry Kravis", "Kravis", "continue", "full"),
    # a fragment the reporter's sentence runs into
    ("taking into consideration the need", "Bell Canada Enterprises", "the company", "state", "partial"),
    ("We are pleased that this process is not exclusive", "Jim Leech",
     "Jim Leech, Senior Vice-President, Teachers' Private Capital", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-05-13-hp-aquire-eds-13-9b"] = [
    # industry term, no one named as using it
    ("best of breed", "", "", "", "scare"),
    ("Adding EDS would expand HP's service", "analysts at Briefing.com",
     "Analysts at Briefing.com", "say", "full"),
    # "said." a slip for "said:"
    ("I am not saying this deal is a slam dunk", "Shaw Wu",
     "American Technology Research analyst Shaw Wu", "say", "full"),
    ("EDS is more mature and more sophisticated", "Mark Hurd", "Hurd", "tell", "full"),
    # unattributed, right after his quote (dev10)
    ("We wouldn't do the deal if we didn't", "Mark Hurd", "Hurd", "tell", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-04-03-quiznos-restaurant-chain-airs-controversial-commercial"] = [
    ("Scott, I want you to do something,", "the toaster oven", "the toaster", "say", "full"),
    ("[sic] not doing that again.", "Scott", "Scott", "say", "full"),
    ("We both enjoyed that.", "the toaster oven", "The toaster", "reply", "full"),
    ("sexy\"", "the toaster oven", "the toaster", "say", "partial", "sexy"),
    ("sexier.", "the toaster oven", "the toaster", "say", "partial"),
    ("stick it in me", "the toaster oven", "The toaster", "ask", "partial"),
    ("We developed our new ads to be consistent", "Rebecca Steinfort",
     "Rebecca Steinfort, chief marketing officer for Quiznos", "say", "full"),
    # its own attribution "added Steinfort" (dev10)
    ("Since Quiznos has a broad range of consumers", "Rebecca Steinfort", "Steinfort", "add", "full"),
    ("The new Quizno's commercial is probably", "Bob Sassone", "Sassone", "write", "full"),
    # a word of the company's ad inside its reported promotion
    ("meat\"", "Quiznos", "They", "promote", "partial", "meat"),
    ("It's not lacking any meat.", "two women", "two women", "say", "full"),
    ("Nevertheless, Quiznos remains committed", "Rebecca Steinfort", "Steinfort", "say", "full"),
]
