"""Hand annotations for four dev43 articles (Wikinews economy stories of 2006-05-21 to 2009-06-23),
decided by reading each article.

Annotator: one helper session (annotator "c" of dev43), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run, no
system output seen, the test splits not opened, no other annotator's dev43 module opened). Read:
data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open calls of
earlier sets, in particular the dev10, dev11, dev12 and dev38 to dev42 paragraphs on Wikinews
stories), the dev38_a and dev42_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article that is a quote has a row, except
the one quote whose closing mark the source leaves out (below), which has none, as the brief asks.

Conventions followed: full names as the article gives them, titles dropped ("John Della Bosca",
"Bill Heffernan", "Slyvia Hale", "Anthony Billittier", "Luis Sambo", "Margaret Chan", "Douglas
Bettcher", "Jacques Diouf", "Kanayo F. Nwanze"), organisations by the name the article spells out
("World Health Organization", "Kentucky Fried Chicken"), with the surname, pronoun or description
nearest the quote in speaker_text; each Wikinews body is one paragraph, so a quote with its own
attribution ("he said", "said Dr. Margaret Chan") is full and only an unattributed later piece of
the same speaker is continuation (dev10/dev38); a quote with no verb right after the speaker's own
paraphrase with its own verb is full (dev14/dev36/dev38/dev40/dev41); a whole clause after "said,"
is full even in lower case (dev12); a fragment woven into the reporter's sentence, or opening the
sentence but finished by the reporter, is partial; a thing carrying words speaks as written
(dev12's flyers, dev41's sign, dev42's signs); words inside a reported denial are the denier's
(dev39); an unnamed office of a company resolves to the company (dev6/dev40).

Open calls:
- Snowy Hydro: '"I think it's a national disgrace and I think we will live to regret it in the
  future. Senator Heffernan says ... Nick Minchin. "There's been no discussions," he said.' -> the
  source leaves out the mark closing Bill Heffernan's second quote ("I think it's ... in the
  future."). As the brief asks, that quote has no row; "There's been no discussions," is
  Heffernan's, full (its own "he said"; "he" read as Heffernan, the subject of the sentence before,
  not Nick Minchin). The tool's left-to-right pairing therefore lists three spans as unannotated:
  "I think it's a national disgrace ... Nick Minchin. " (the real quote left without a row, run on
  to the next mark), " he said. NSW irrigators ... next week. " and " she said. She says ..." (both
  between quotes, quoting nothing). Alternative (dev37/dev41 practice): a row with the exact text
  "I think it's a national disgrace and I think we will live to regret it in the future.", Bill
  Heffernan, continuation (unattributed, right after his "..., he said.").
- Snowy Hydro: 'The Minister denied the privatisation was a "grab for cash".' -> John Della Bosca
  (the NSW Finance Minister of the sentences before), partial, cue "deny" (words inside a reported
  denial are the denier's, dev39). Alternative: scare (the critics' charge, no one named).
- Snowy Hydro: '"Snowy is at a point ..."' after 'He said the sale would secure the future of
  Snowy Hydro.' -> Della Bosca, full, cue "say" (after his paraphrase, no verb of its own).
- Snowy Hydro: 'Greens MP Slyvia Hale' -> speaker "Slyvia Hale", the article's spelling (dev39's
  "Muroney").
- KFC: 'have closed in Buffalo, New York "for remodeling," according to signs placed on the front
  doors of at least one location ...' -> "signs placed on the front doors", partial, cue "according
  to" (a thing carrying words, dev12/dev41/dev42). Alternative: G & H Restaurant Specialties (the
  operator who put up the signs), or scare.
- KFC: 'the corporate offices in Louisville, Kentucky for KFC said, "our franchisee has finalized
  ..."' -> Kentucky Fried Chicken (an unnamed office of the company is the company), full (a whole
  clause after "said," in lower case, dev12); the bracketed "[They will be]" stays inside.
- KFC: 'the establishment was "not free of rodents," said Commissioner of the Erie County Health
  Department, Dr. Anthony Billittier.' -> Anthony Billittier, partial (a fragment in the reporter's
  sentence, though it has its own "said"). His '"It shows that ..."' after 'Billittier also said
  that ...' -> full (after his paraphrase).
- WHO: 'The WHO notes that only five percent of the world population "is covered by ..."' ->
  World Health Organization, partial, cue "note".
- WHO: Luis Sambo's quote "in a statement released Saturday" -> Luis Sambo (the subject of
  "said"), not the statement.
- Hunger: 'These countries "must be given the development, ...", he said.' -> Jacques Diouf (the
  "Director-General Diouf" of the sentence before), partial.
- Hunger: '"To unleash this potential and reduce the number of hungry people in the world," he
  said, the international community must ensure that farmers "have access not only to seeds ..."'
  -> Kanayo F. Nwanze, both partial (the first opens the sentence but is a fragment the reporter
  finishes; the second a fragment woven into his paraphrase). Alternative: the second piece
  continuation (a later piece of the same split quote).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-05-21-snowy-hydro-scheme-go-public"] = [
    ("We've looked at all sorts of arrangements", "John Della Bosca", "Mr Della Bosca", "tell", "full"),
    # after his paraphrase "He said the sale would ...", no verb of its own: full
    ("Snowy is at a point where", "John Della Bosca", "He", "say", "full"),
    # inside the Minister's reported denial (dev39)
    ("grab for cash", "John Della Bosca", "The Minister", "deny", "partial"),
    ("I've expressed my extreme distress", "Bill Heffernan", "he", "say", "full"),
    # "I think it's a national disgrace ... in the future. -- the source leaves out its closing
    # mark; no row, as the brief asks (see docstring)
    ("There's been no discussions", "Bill Heffernan", "he", "say", "full"),
    ("As with everything connected with the sale", "Slyvia Hale", "she", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-05-11-two-kentucky-fried-chicken-restaurants-close-buffalo"] = [
    # a thing carrying words (dev12 flyers, dev41 sign, dev42 signs)
    ("for remodeling,", "signs placed on the front doors", "signs placed on the front doors",
     "according to", "partial"),
    # an unnamed office of the company is the company; a whole clause after "said," (dev12)
    ("our franchisee has finalized a plan", "Kentucky Fried Chicken",
     "the corporate offices in Louisville, Kentucky for KFC", "say", "full"),
    ("not free of rodents,", "Anthony Billittier",
     "Commissioner of the Erie County Health Department, Dr. Anthony Billittier", "say", "partial"),
    # after his paraphrase "Billittier also said that ...", no verb of its own: full
    ("It shows that they're trying", "Anthony Billittier", "Billittier", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-06-01-world-health-organization-calls-ban-tobacco-ads"] = [
    ("is covered by comprehensive bans", "World Health Organization", "The WHO", "note", "partial"),
    ("The WHO appeals to member states", "Luis Sambo",
     "WHO Regional Director for Africa Luis Sambo", "say", "full"),
    ("In order to survive, the tobacco industry", "Margaret Chan",
     "WHO Director-General Dr. Margaret Chan", "say", "full"),
    ("A ban on all tobacco advertising", "Margaret Chan",
     "WHO Director-General Dr. Margaret Chan", "say", "continuation"),
    ("The tobacco industry employs predatory", "Douglas Bettcher",
     "Dr. Douglas Bettcher, Director of WHO's Tobacco Free Initiative", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-06-23-un-world-hunger-all-time-high-due"] = [
    ("A dangerous mix of the global economic", "Jacques Diouf",
     "Jacques Diouf, Director-General of the FAO", "say", "full"),
    ("The silent hunger crisis", "Jacques Diouf",
     "Jacques Diouf, Director-General of the FAO", "say", "continuation"),
    ("must be given the development", "Jacques Diouf", "he", "say", "partial"),
    # opens the sentence but is a fragment the reporter finishes: partial
    ("To unleash this potential", "Kanayo F. Nwanze", "he", "say", "partial"),
    ("have access not only to seeds", "Kanayo F. Nwanze", "he", "say", "partial"),
]
