"""Hand annotations for four dev43 articles (Wikinews economy stories of 2006-07-04 to 2009-11-19),
decided by reading each article.

Annotator: one helper session (annotator "d" of dev43), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev43 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev10, dev11, dev12 and dev38 to dev42 paragraphs on Wikinews
stories), the dev38_a and dev42_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row (all four texts close
every mark they open).

Conventions followed: full names as the article gives them, titles dropped ("Graeme Morgan",
"Colin Dyson", "Bruce Mansfield", "Wayne Brown", "Geoff Hunt", "Merv Brooks", "Henry Paulson",
"Kent Conrad", "John Spratt", "Jim Nussle", "Jean Spadaro", "Jean-Paul Cottet", "Elizabeth
Alvez"), with the surname, pronoun or description nearest the quote in speaker_text; each
Wikinews body is one paragraph, so a quote with its own attribution ("he said", "added Spadaro",
"he continues") is full and only an unattributed later piece of the same speaker is continuation
(dev10/dev38); a quote with no verb right after the speaker's own paraphrase with its own verb is
full (dev14/dev36/dev38/dev40/dev41/dev42); a whole sentence after "that" is partial (dev8/dev24/
dev42); words from a speaker's interview in a sentence about him with no verb are his partial, no
cue (dev38's Giacalone "still in place"); a new remark after a background sentence is full, an
unattributed sentence right after a quote with its own verb a continuation (dev41); a body's
stated wording is its partial (dev42); words no one is named as using are scare (dev12).

Open calls:
- NSW: '"In Australia, ... defraud the system." "NSW Police exemplifies ... skimming," Mr
  Mansfield said.' (two quotes, both closed, most likely two paragraphs merged by the copy) -> the
  first Bruce Mansfield's, full (no verb, after his paraphrase "said that NSW Police play a key
  role ..."); the second full too (its own "Mr Mansfield said", dev10). Alternative: continuation.
- NSW: 'Detective Superintendent Colin Dyson, Commander of the fraud squad applauded his team for
  receiving the award. "It's a reflection of ..."' -> Colin Dyson, full, cue "applaud" (after his
  paraphrase, no speech verb of its own). Alternative: cue "".
- Kordia: 'Wayne Brown, described this financial year as "solid achievement" while being "on track
  to record further growth ..."' -> both Wayne Brown, partial, cue "describe".
- Deficit: 'Democrats like Senator Kent Conrad, however, placed the blame on "President Bush's
  failed policies".' -> Kent Conrad, partial, cue "blame" (the one Democrat named, who speaks the
  next quote). Alternative: "Democrats" or "Democrats; Kent Conrad".
- Deficit: '... said Conrad, adding that "it will take years to dig our way out".' -> Kent Conrad,
  partial, cue "add" (a lower-case fragment after "adding that"). Alternative: continuation
  (dev17/dev21 "adding," gives a continuation, but there the piece followed "adding," directly).
- Deficit: Jim Nussle's quote after 'said that he believes that the deficit will start to
  decline.' -> full, cue "say" (after his paraphrase).
- Orange: 'staggering sums billed for "unlimited" Internet access' and 'Spadaro claims France
  Telecom never explained to him that the "unlimited" package only related to ...' -> both scare
  (the package's marketed label the reporter keeps distance from, as dev39's product names).
  Alternative for the second: Jean Spadaro, partial (a label inside his reported claim, dev9).
- Orange: '"I subscribed in November 2008 ... all of the time" added Spadaro' right after a
  sentence on Christophe Aupy-Fargues -> Jean Spadaro, full, cue "add", as the text attributes
  it (Aupy-Fargues has no quote).
- Orange: 'received, in response, "warnings with threats of seizure"' inside 'Spadaro also claims'
  -> Jean Spadaro, partial, cue "claim" (not Orange's letters, which the article does not quote).
- Orange: 'He has never contacted a consumer association, "due to lack of time ..."' -> Jean
  Spadaro, partial, no cue.
- Orange: 'Orange now considers the dossier as "definitively resolved"' -> Orange, partial, cue
  "consider".
- Orange: 'Are mobile phone companies "mercenary" and "deceptive"?' -> both scare (the reporter's
  question; no one is named as using the words).
- Orange: 'Furthermore, the two credits do not reimburse him for all of the additional fees he has
  incurred. "The following months, Orange tried ..."' -> Jean Spadaro, full, no cue, speaker_text
  "him" (a new remark after one background sentence, dev41). Alternative: continuation.
- Orange: 'It is "a 24/24 but not unlimited offer. Out of these 4,000 cases, there are 1% which are
  a problem" he explained' -> Jean-Paul Cottet, partial, cue "explain" (the quote finishes the
  reporter's "It is"). Alternative: full (its own "he explained").
- Orange: 'listing about thirty such "absurd bills"' -> Jean-Paul Cottet, partial, cue "list";
  "We will work with each client" (unattributed, after '"We will correct that", he promised.') ->
  continuation.
- Orange: 'Elizabeth Alvez, ..., said that "all the tarification information ... We are obliged to
  communicate the prices."' -> partial (a whole sentence after "that"; the later sentences inside
  the same marks stay in the row).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-07-04-nsw-fraud-squad-recognised-singapore"] = [
    ("The effectiveness of the squad", "Graeme Morgan", "he", "say", "full"),
    # after his paraphrase "applauded his team ...", no verb of its own: full
    ("It's a reflection of the enthusiastic", "Colin Dyson",
     "Detective Superintendent Colin Dyson, Commander of the fraud squad", "applaud", "full"),
    # after his paraphrase "said that NSW Police play a key role ...": full
    ("In Australia, we are fortunate", "Bruce Mansfield",
     "Visa's Executive Vice President for Australia and New Zealand, Bruce Mansfield", "say", "full"),
    # its own attribution "Mr Mansfield said": full (dev10)
    ("NSW Police exemplifies this commitment", "Bruce Mansfield", "Mr Mansfield", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-10-12-kordias-annual-report-shows-increase-profit"] = [
    ("solid achievement", "Wayne Brown", "Chairman of Kordia, Wayne Brown", "describe", "partial"),
    ("on track to record further growth", "Wayne Brown", "Chairman of Kordia, Wayne Brown",
     "describe", "partial"),
    ("Orcon will soon offer", "Geoff Hunt", "CEO of Kordia, Geoff Hunt", "say", "full"),
    ("Spectrum is available", "Geoff Hunt", "Hunt", "say", "full"),
    ("This is another example of people", "Merv Brooks",
     "The manager of Kordia's Transmission Control Centre, Merv Brooks", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-10-15-us-federal-deficit-reaches-record-high-455"] = [
    ("reinforce the need to not only", "Henry Paulson", "He", "say", "partial"),
    ("President Bush's failed policies", "Kent Conrad",
     "Democrats like Senator Kent Conrad", "blame", "partial"),
    ("The reality is that the next president", "Kent Conrad", "Conrad", "say", "full"),
    # lower-case fragment after "adding that": partial
    ("it will take years to dig", "Kent Conrad", "Conrad", "add", "partial"),
    ("The eight years of this administration", "John Spratt", "he", "say", "full"),
    # unattributed next piece of the same speaker
    ("The resulting debt will be passed", "John Spratt", "he", "say", "continuation"),
    # after his paraphrase "said that he believes ...": full
    ("The bipartisan stimulus bill", "Jim Nussle",
     "Jim Nussle, director of the Office of Management and Budget", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-11-19-mobile-operator-orange-bills-french-doctor-160"] = [
    ("unlimited", "", "", "", "scare"),
    ("To begin with I thought it was a joke", "Jean Spadaro", "Spadaro", "say", "full"),
    ("I subscribed in November 2008", "Jean Spadaro", "Spadaro", "add", "full"),
    # the package's marketed label in the reporter's distancing marks
    ("unlimited", "", "", "", "scare"),
    ("warnings with threats of seizure", "Jean Spadaro", "Spadaro", "claim", "partial"),
    ("Since June, I've spent hours", "Jean Spadaro", "he", "say", "full"),
    # words from his account in a sentence about him, no verb
    ("due to lack of time", "Jean Spadaro", "He", "", "partial"),
    ("The result did not tardy", "Jean Spadaro", "he", "continue", "full"),
    ("A customer services representative", "Jean Spadaro", "he", "continue", "continuation"),
    ("definitively resolved", "Orange", "Orange", "consider", "partial"),
    ("mercenary", "", "", "", "scare"),
    ("deceptive", "", "", "", "scare"),
    ("I have been a client with Orange", "Jean Spadaro", "he", "say", "full"),
    ("on forums, dozens of subscribers", "Jean Spadaro", "he", "highlight", "partial"),
    # a new remark after one background sentence about him, no verb (dev41)
    ("The following months, Orange tried", "Jean Spadaro", "him", "", "full"),
    ("I will cancel all of my subscriptions", "Jean Spadaro", "he", "promise", "full"),
    # finishes the reporter's "It is": partial
    ("a 24/24 but not unlimited offer", "Jean-Paul Cottet", "he", "explain", "partial"),
    ("absurd bills", "Jean-Paul Cottet", "he", "list", "partial"),
    ("We will correct that", "Jean-Paul Cottet", "he", "promise", "full"),
    ("We will work with each client", "Jean-Paul Cottet", "he", "promise", "continuation"),
    # a whole sentence after "that": partial
    ("all the tarification information", "Elizabeth Alvez",
     "Elizabeth Alvez, communications representative for the regional department for the North of "
     "France", "say", "partial"),
]
