"""Hand annotations for four dev42 articles (Wikinews economy stories of 2005-04-05 to 2009-01-23),
decided by reading each article.

Annotator: one helper session (annotator "a" of dev42), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev42 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11, dev12 and dev38 to dev41 paragraphs on Wikinews stories), the dev38_a
and dev41_b gold modules as format examples (and dev37_b's open call on a mission statement),
goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article that is a quote has a row, except
the one quote whose closing mark the source leaves out (see below).

Conventions followed: full names as the article gives them, titles dropped ("Qin Gang", "Peter
Liu", "Laura E. Jones", "Carlos M. Gutierrez", "Lloyd Wood", "Hugo Chavez", "Florence Devouard",
"Matt Bross", "Timothy F. Geithner", "Charles W. Freeman", "Nicholas Lardy", "Frank Vargo",
"Orrin Hatch", "John Cornyn", "Jon Kyl"), with the surname, pronoun or description nearest the
quote in speaker_text; each Wikinews body is one paragraph, so a quote with its own attribution
("he said", "added Devouard", "Vargo added") is full and only an unattributed later piece of the
same speaker is continuation (dev10/dev38); a quote that opens the sentence but is a fragment
finished by the reporter is partial; a press release that is the subject of the reporting verb
speaks as written (dev11/dev41); "read a statement ... X wrote/issued" is X's (dev38's Mahugh);
labels in the reporter's voice and mottos with no verb of speaking are scare (dev9/dev11/dev37).

Source defect: in the Wikimedia story the quote of the selection criteria opened at 'such as
"innovative technology, potential of impact on society, ...' has no closing mark (it was meant to
end before "meaning"); as the brief asks, it has no row. goldtool pairs the marks left to right,
so goldtool.spans lists three spans that have no row: the unclosed quote itself ("innovative
technology, ... affiliated with it. ", up to the mark opening Matt Bross's quote), " said
technology officer Matt Bross. ... is " (between the mark closing Bross's quote and the one
opening "committed ...") and "Forty-seven other companies ..." (after the mark closing
"committed ..."). The last two quote nothing; make_split.py will list all three as UNANNOTATED.
The rows for Bross's quote and "committed ..." are located by their own opening marks and close
at their own closing marks.

Open calls:
- China: 'The U.S. administration cited a need to avoid "market disruption."' -> "U.S.
  administration", partial, cue "cite" (the article never names the president, so the
  administration stays as written rather than resolving to its principal). Alternative: scare
  (AITA's spokeswoman used the words just before).
- China: '"Free trade must be fair trade, ...," read a statement issued by U.S. Commerce
  department spokeman Carlos M. Gutierrez.' -> Carlos M. Gutierrez, full, cue "read" (the
  statement's named issuer, as dev38's "reads the email ... Mahugh wrote"); the unattributed
  '"The decision is the first step ..."' -> continuation; 'The statement also said the
  administration was "providing assistance ..."' -> Gutierrez too (the same statement), partial,
  speaker_text "The statement". Alternative: "a statement issued by U.S. Commerce department
  spokeman Carlos M. Gutierrez" as written.
- Chavez: 'Chavez' left wing government has sought to ... promote a "multi-polar" world order.' ->
  scare (a label in the reporter's voice, no verb of speaking). Alternative: "Chavez' left wing
  government", partial.
- Wikimedia: '"Technology Pioneers are companies ...," said a press release issued by the Forum.'
  -> "a press release issued by the Forum", full (as written, dev41). Alternative: World Economic
  Forum.
- Wikimedia: 'The Wikimedia Foundation was chosen in part because of ... its involvement in "the
  development of life changing technology innovation" with the "potential for long-term impact
  ..., demonstrating visionary leadership and having a proven technology,"' -> both "a press
  release issued by the Forum", partial, no cue (the chooser's stated reasons, right after its
  release is quoted). Alternative: scare (criteria labels no one is named as using, dev38).
- Wikimedia: 'The WEF ... is "committed to improving the state of the world by engaging leaders
  ..."' -> scare (the Forum's mission statement with no verb of speaking, dev37's Smithsonian).
  Alternative: World Economic Forum, partial, no cue.
- Wikimedia: '"By partnering ...," said technology officer Matt Bross.' -> Matt Bross, full.
- Geithner: 'he said that the Obama administration believes China is "manipulating" its currency'
  -> Timothy F. Geithner, partial, cue "say" (his word, reporting the administration's belief).
- Geithner: 'China "will be more than annoyed — they don't like being singled out, ...," said
  Nicholas Lardy' -> partial (a fragment whose subject the reporter supplies, though it opens the
  sentence's predicate and runs on to the attribution). Alternative: full.
- Geithner: '"But...we all know ...," Vargo added.' -> full (its own attribution, dev10).
- Geithner: the lead's leftover "United States infobox" is kept; the speaker is "Timothy F.
  Geithner" throughout.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-04-05-china-responds-us-plan-import-quotas"] = [
    ("This is not reasonable", "Qin Gang", "Foreign Ministry spokesman Qin Gang", "tell", "full"),
    ("This is unfair.", "Qin Gang", "Foreign Ministry spokesman Qin Gang", "tell", "continuation"),
    # after his paraphrase, but with its own "he said": full (dev10)
    ("The major reason for this issue", "Qin Gang", "he", "say", "full"),
    ("Other countries that are more competitive", "Peter Liu",
     "Peter Liu, chairman of the textiles and apparel committee at the American Chamber of Commerce",
     "tell", "full"),
    ("Obviously, the US textile industry", "Peter Liu", "he", "say", "full"),
    ("There is no reason to believe", "Laura E. Jones", "AITA spokeswoman Laura E. Jones", "say", "full"),
    # the article never names the president: the administration as written
    ("market disruption.", "U.S. administration", "The U.S. administration", "cite", "partial"),
    # "read a statement issued by ... X": the named issuer (dev38's Mahugh)
    ("Free trade must be fair trade", "Carlos M. Gutierrez",
     "U.S. Commerce department spokeman Carlos M. Gutierrez", "read", "full"),
    ("The decision is the first step", "Carlos M. Gutierrez",
     "U.S. Commerce department spokeman Carlos M. Gutierrez", "read", "continuation"),
    ("providing assistance to our domestic", "Carlos M. Gutierrez", "The statement", "say", "partial"),
    ("We are very pleased", "Lloyd Wood",
     "Lloyd Wood, a spokesman for the American Manufacturing Trade Coalition", "tell", "full"),
    ("It sends a strong message", "Lloyd Wood",
     "Lloyd Wood, a spokesman for the American Manufacturing Trade Coalition", "tell", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-08-25-venezuelan-president-chavez-beijing-boost-trade"] = [
    ("Within five years we'll arrive", "Hugo Chavez", "Chavez", "say", "full"),
    ("The oil issue is of utmost importance", "Hugo Chavez", "Chavez", "say", "full"),
    # unattributed later piece (dev10)
    ("It's one step more", "Hugo Chavez", "Chavez", "say", "continuation"),
    # a label in the reporter's voice, no verb of speaking
    ("multi-polar", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-11-29-wikimedia-foundation-among-world-economic-forums-2008"] = [
    # a press release that is the subject of the verb speaks as written (dev11/dev41)
    ("Technology Pioneers are companies", "a press release issued by the Forum",
     "a press release issued by the Forum", "say", "full"),
    # the chooser's stated reasons, right after its release is quoted; no verb
    ("the development of life changing", "a press release issued by the Forum",
     "a press release issued by the Forum", "", "partial"),
    ("potential for long-term impact", "a press release issued by the Forum",
     "a press release issued by the Forum", "", "partial"),
    ("We are honored that the Wikimedia", "Florence Devouard",
     "Chair of the WMF Board of Trustees, Florence Devouard", "say", "full"),
    ("The nomination is a reminder", "Florence Devouard", "Devouard", "add", "full"),
    # the quote opened at 'such as "innovative technology, ...' has no closing mark in the
    # source: no row (see the docstring); the next two rows close at their own marks
    ("By partnering with the best brains", "Matt Bross", "technology officer Matt Bross", "say", "full"),
    # the Forum's mission statement, no verb of speaking (dev37)
    ("committed to improving the state", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-01-23-obamas-choice-treasury-issues-warning-china"] = [
    ("manipulating", "Timothy F. Geithner", "he", "say", "partial"),
    ("President Obama backed by the conclusions", "Timothy F. Geithner", "Geithner", "say", "full"),
    ("use aggressively all diplomatic avenues", "Timothy F. Geithner", "Geithner", "say", "partial"),
    ("The signal this sends is not good", "Charles W. Freeman",
     "Charles W. Freeman, a fellow at the Center for Strategic and International Studies", "say", "full"),
    ("It opens a Pandora", "Charles W. Freeman", "Charles W. Freeman", "say", "continuation"),
    # a fragment whose subject ("China") the reporter supplies
    ("will be more than annoyed", "Nicholas Lardy",
     "Nicholas Lardy of the Peterson Institute for International Economics", "say", "partial"),
    ("It has to be done very carefully", "Frank Vargo",
     "Frank Vargo, VP at the National Association of Manufacturers", "say", "full"),
    ("You know the world has changed", "Frank Vargo", "Frank Vargo", "say", "continuation"),
    # its own "Vargo added": full (dev10)
    ("But...we all know", "Frank Vargo", "Vargo", "add", "full"),
    ("a person of great integrity", "Orrin Hatch", "Senator Orrin Hatch", "say", "partial"),
    ("willing to give Mr. Geithner", "John Cornyn", "Senator John Cornyn", "say", "partial"),
    ("He [Geithner] has not been as candid", "Jon Kyl", "Kyl", "say", "full"),
]
