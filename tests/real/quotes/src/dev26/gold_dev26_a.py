"""Hand annotations for four dev26 articles (VOA, 16 October to 16 November 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev26), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen, the test split not
opened), following data/gold/README.md ("who speaks") and the conventions and open calls recorded
in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Lina Alathari", "Steven Driscoll",
"Suehaila Amen", "Mustapha Hammoud", "Massad Boulos", "Bill Clinton", "Amin Hashmi", "Samia
Hamid", "Chuck Schumer", "Donald Trump", "Elon Musk", "Mike Davis", "Dick Durbin", "Esmaeil
Baghaei"); newspapers by their names ("Ham Mihan", "Sazandegi", "Shargh", "Kayhan",
"Jomhouri-e Eslami"); pronouns and roles resolve to the person they point to; the later piece of
a split quote is continuation; a new paragraph with its own "she said" is full (dev9), but a quote
running on from an unclosed paragraph is continuation even with its own "it added" (dev21); a
whole utterance after a verb or after "saying," is full; a fragment woven into the reporter's
sentence, or a whole clause after "that", is partial; a label inside someone's reported words is
theirs (dev22/dev23); a standing term in the reporter's voice is scare ("lame duck"); single-mark
crossheads in these double-mark articles ('Every possible nominee') are no rows.

Open calls:
- Police: the DHS threat assessment "warned, ..." -> the document as written, "the Department of
  Homeland Security's 2025 annual threat assessment" (a document that is the subject of the verb,
  dev9/dev18), full; its next paragraph, which opens a new mark after an unclosed paragraph and
  has "it added", is continuation (dev21). "target of opportunity." after "Investigators in that
  case have said" -> "investigators" as written, partial.
- Police: Alathari's and Driscoll's second paragraphs with their own "she said"/"he said" -> full
  (dev9), not continuation.
- Dearborn: 'A self-proclaimed "die-hard Dem," Hashmi said ...' -> Amin Hashmi, partial, cue
  "self-proclaim" (a label he gives himself; alternative: scare).
- Dearborn: '"All she had to do ...," said Hammoud.' -> Mustapha Hammoud (the council member of
  the paragraph before; the mayor Abdullah Hammoud is only named later).
- Dearborn: Clinton's two pieces have mismatched straight/curly marks; kept verbatim, the second
  piece is continuation.
- Judges: 'Elon Musk ... wrote on social media that "activist" judicial nominees are "bad for the
  country."' -> both Elon Musk, partial (a label inside his reported words is his).
- Judges: 'A spokesperson for Senator Dick Durbin ... said in a statement that he "aims to confirm
  ..."' -> Dick Durbin (an unnamed spokesperson of a person resolves to the principal, as an
  unnamed office does), speaker_text as written; partial.
- Judges: "lame duck" session -> scare.
- Iran: the lead's "positive" / "treason." after 'some describing it as ... while others called
  it' -> "Iranian media" (the subject of the sentence, of which "some" and "others" are parts),
  speaker_text "some" / "others"; partial. Alternative: resolve to the outlets the article cites
  later (Sazandegi's "positive", Kayhan's "naivety or treason").
- Iran: 'The Times cited anonymous Iranian sources describing the encounter as "positive,"' ->
  "anonymous Iranian sources" (words relayed along a chain are the first speaker's, dev13).
- Iran: 'Iran's Foreign Ministry spokesperson on Saturday "categorically" denied ...' -> Esmaeil
  Baghaei, the spokesperson named in the next paragraph (dev21/dev23: a source named in the next
  sentence is that name; a named spokesperson speaks for himself). Alternative: "Iran's Foreign
  Ministry".
- Iran: "The paper said Trump "must pay damages ..."" -> Kayhan (the paper of the sentence before).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-16-police-urged-embrace-prevention-head-off-mass"] = [
    ("What our research has continuously", "Lina Alathari", "Lina Alathari, NTAC director", "say", "full"),
    ("Unfortunately, many communities", "Lina Alathari", "she", "say", "full"),
    ("The terrorism threat environment", "the Department of Homeland Security's 2025 annual threat assessment",
     "The Department of Homeland Security's 2025 annual threat assessment", "warn", "full"),
    ("The threat will continue", "the Department of Homeland Security's 2025 annual threat assessment",
     "it", "add", "continuation"),
    ("target of opportunity.", "investigators", "Investigators in that case", "say", "partial"),
    ("We have seen historically", "Steven Driscoll", "NTAC Assistant Chief Steven Driscoll", "say", "full"),
    ("This publication represents", "Steven Driscoll", "he", "say", "full"),
    ("Behavioral threat assessment methodology", "Steven Driscoll", "Driscoll", "say", "full"),
    ("Prevention happens successfully", "Steven Driscoll", "Driscoll", "say", "continuation"),
    ("Behavioral assessment units", "Lina Alathari", "she", "say", "full"),
    ("An agency with limited resources", "Lina Alathari", "she", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-11-trump-breaks-republican-losing-streak-nation-s"] = [
    ("jubilant about Trump.", "Suehaila Amen", "She", "say", "partial"),
    ("Whether it’s Trump himself", "Suehaila Amen", "Amen", "say", "full"),
    ("But at the end of the day", "Suehaila Amen", "Amen", "say", "continuation"),
    ("somber.", "Mustapha Hammoud", "Dearborn City Council member Mustapha Hammoud", "describe", "partial"),
    ("not surprising at all.", "Mustapha Hammoud", "he", "say", "partial"),
    ("All she had to do", "Mustapha Hammoud", "Hammoud", "say", "full"),
    ("They very, very much", "Massad Boulos", "Massad Boulos", "say", "full"),
    ("That was the first big achievement", "Massad Boulos", "Massad Boulos", "say", "continuation"),
    ("force you to kill civilians", "Bill Clinton", "former President Bill Clinton", "say", "partial"),
    ("Hamas did not care", "Bill Clinton", "he", "say", "full"),
    ("Well, I got news for them", "Bill Clinton", "he", "say", "continuation"),
    ("That comment was the talk", "Amin Hashmi", "Amin Hashmi", "say", "full"),
    ("die-hard Dem,", "Amin Hashmi", "Hashmi", "self-proclaim", "partial"),
    ("was a seismic move", "Amin Hashmi", "Hashmi", "say", "partial"),
    ("He came up to Dearborn.", "Samia Hamid", "Samia Hamid, a Dearborn resident", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-13-senate-democrats-rush-confirm-judges-before-trump"] = [
    ("We are going to get as many", "Chuck Schumer", "Democratic Senate Majority Leader Chuck Schumer", "statement", "full"),
    ("Democrats are looking to ram", "Donald Trump", "Trump", "say", "full"),
    ("activist", "Elon Musk", "Billionaire Trump backer Elon Musk", "write", "partial"),
    ("bad for the country.", "Elon Musk", "Billionaire Trump backer Elon Musk", "write", "partial"),
    ("The American people voted", "Mike Davis", "Davis", "write", "full"),
    ("Grind the Senate to a halt.", "Mike Davis", "Davis", "write", "continuation"),
    ("lame duck", "", "", "", "scare"),
    ("aims to confirm every possible nominee", "Dick Durbin", "A spokesperson for Senator Dick Durbin", "statement", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-16-iranian-press-divided-over-envoy-s-reported"] = [
    ("positive", "Iranian media", "some", "describe", "partial"),
    ("treason.", "Iranian media", "others", "call", "partial"),
    ("positive,", "anonymous Iranian sources", "anonymous Iranian sources", "describe", "partial"),
    ("categorically", "Esmaeil Baghaei", "Iran's Foreign Ministry spokesperson", "deny", "partial"),
    ("categorically denying such a meeting", "Esmaeil Baghaei", "spokesperson Esmaeil Baghaei", "report", "partial"),
    ("surprise at the coverage", "Esmaeil Baghaei", "spokesperson Esmaeil Baghaei", "report", "partial"),
    ("the strategy of the Iranian", "Ham Mihan", "The Ham Mihan reformist daily", "note", "partial"),
    ("secret diplomacy", "Sazandegi", "Sazandegi, another reformist outlet", "interpret", "partial"),
    ("positive", "Sazandegi", "it", "portray", "partial"),
    ("the result of Donald Trump", "Shargh", "The Shargh newspaper", "suggest", "partial"),
    ("naivety or treason", "Kayhan", "the ultraconservative Kayhan daily", "criticize", "partial"),
    ("must pay damages to Iran", "Kayhan", "The paper", "say", "partial"),
    ("can be viewed as the beginning", "Jomhouri-e Eslami", "The conservative Jomhouri-e Eslami newspaper", "state", "partial"),
]
