"""Hand annotations for four dev39 articles (Wikinews economy stories of 2005-06-05 to 2009-02-06),
decided by reading each article.

Annotator: one helper session (annotator "a" of dev39), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no quote or name finder run,
no system output seen, the test splits not opened, no other annotator's dev39 module opened).
Read: data/gold/README.md ("who speaks"), tests/real/quotes/README.md (conventions, and the open
calls of earlier sets, in particular the dev10, dev11, dev12 and dev38 paragraphs on Wikinews
stories and the dev34 to dev37 paragraphs), the dev38_a and dev11_a gold modules as format
examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Jean Lapierre",
"Bob McCoskrie", "Warren Powell", "Brian Mulroney", "Serge Ménard", "Barack Obama", "Lawrence
Mishel"), with the surname, pronoun or description nearest the quote in speaker_text (as written,
"Muroney" included); each Wikinews body is one paragraph, so a quote with its own attribution ("he
also said", "he stated") is full and only an unattributed later piece of the same speaker is
continuation (dev10); a quote with no verb right after the speaker's own paraphrase with its own
verb is full (dev14/dev25/dev36); a full stop where the comma before the attribution belongs
leaves an ordinary full quote (dev36); a label inside someone's reported words is theirs, partial
(dev9/dev22); product names are scare (dev11); single marks in a double-mark article (the
headline's 'lust') are no row.

Open calls:
- No-fly list (rows rewritten by a later helper after the text was corrected: the copy had lost
  the spaces around the nested terms, the text now reads 'a "no-fly" list and a "selectee" list',
  'A "no-fly" match', 'an "S" or', as the source gives them). Read by hand, EPIC's quote is one
  outer quote, 'which it says "establish that the TSA administers two lists: ... at security."',
  with four nested straight-mark terms ("no-fly", "selectee", "no-fly", "S") inside it, which stay
  inside the outer quote and are no rows of their own (nested double marks, see the conventions).
  goldtool.spans pairs straight marks left to right, so it cuts that quote into five spans at the
  nested terms: "establish that ... two lists: a ", " list and a ", " list, which requires ...
  A ", " match requires ... an ", " or special mark ... at security." (the middle four now open
  and close with the restored spaces). goldtool.build cannot give one row over the whole quote and
  still cover the other four spans (rows are located after the previous row's end), and every span
  must have a row, so the quote is annotated as those five spans, each ending where goldtool ends
  it (spaces kept, no exact-text trimming): all five Electronic Privacy Information Center
  (speaker_text "it", cue "say"), the first partial (a clause finishing the reporter's "which it
  says"), the other four continuation (later pieces of the same split quote, no attribution of
  their own). The nested terms are inside no row. Alternatives: one row from "establish" to
  "security." (exact text), which leaves four spans of goldtool.spans uncovered; or trimming the
  spaces at the pieces' ends with exact text (the leading space cannot be trimmed, as goldtool
  starts a row right after its mark).
- No-fly list: headline 'U.S. wants to impose its "no-fly" list' -> scare (the list's name).
- No-fly list: '“I’m very worried about it. ... no-fly list.” Lapierre said.' -> full (a full
  stop for the comma, dev36).
- Pizza: 'to promote its "Lust" pizza' -> scare (product name).
- Pizza: 'Groups such as Family Life International, Focus on the Family and the Catholic Church
  have condemned the campaign as encouraging children to use the condoms and follow the
  "explicit instructions" contained in the packet' -> the three groups jointly, partial, cue
  "condemn" (words inside their reported condemnation; the reporter uses the phrase unmarked
  earlier, so the marks point to the groups). Alternative: scare.
- Pizza: '"From the feedback we're getting ... and we encourage that." The church had received a
  number of complaints ..., Bishop Browne said.' -> Browne ("Bishop" dropped as a title), full,
  cue "say": the quote has no verb, follows the groups' call for a boycott and is followed by
  the church's paraphrase attributed to Bishop Browne, who is read as its speaker. Alternative:
  Catholic Church, or "unknown".
- Pizza: McCoskrie 'said ... that the connection between "meat-lovers" pizzas and condoms
  cheapened women' -> Bob McCoskrie, partial, cue "say" (his wording inside his reported speech,
  dev9). Alternative: scare, as a product-type name (dev11).
- Pizza: 'McCoskrie says children and families should be protected ... "It is time we started
  ..."' -> full (after his paraphrase with its own verb).
- Pizza: Powell's two unattributed quotes after '..." said Warren Powell.' -> continuation.
- Mulroney: 'To the committee Muroney said: "When I look back ..."' -> Brian Mulroney, full,
  speaker_text as written ("Muroney"); '"I think he seriously misled ..."' after '... ,"
  Mulroney said.' -> continuation.
- Jobs: '"These numbers demand action. ...," he also said, "That's 3.6 million Americans ...,"
  he stated' -> both full (each has its own attribution, dev10); 'stated that the report was
  "very troubling."' -> Barack Obama, partial, cue "state".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-06-05-u-s-wants-impose-no-fly-list"] = [
    ("no-fly", "", "", "", "scare"),
    ("very hot issue,", "Jean Lapierre", "Lapierre", "say", "partial"),
    # full stop where the comma before "Lapierre said" belongs: full (dev36)
    ("I’m very worried about it", "Jean Lapierre", "Lapierre", "say", "full"),
    ("We would have to take a northern route", "Jean Lapierre", "Lapierre", "say", "full"),
    # EPIC's one quote with four nested straight-mark terms; goldtool.spans pairs the marks left
    # to right into five spans at those terms, each of them EPIC's words (the middle four open with
    # the restored space); the nested terms themselves stay in no row
    ("establish that the TSA administers", "Electronic Privacy Information Center", "it", "say", "partial"),
    (" list and a ", "Electronic Privacy Information Center", "it", "say", "continuation"),
    (" list, which requires the passenger", "Electronic Privacy Information Center", "it", "say", "continuation"),
    (" match requires the agent", "Electronic Privacy Information Center", "it", "say", "continuation"),
    (" or special mark is printed", "Electronic Privacy Information Center", "it", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-11-03-pizza-lust-campaign-attracts-numerous-complaints"] = [
    ("Lust", "", "", "", "scare"),
    # inside the groups' reported condemnation: theirs jointly
    ("explicit instructions", "Family Life International; Focus on the Family; Catholic Church",
     "Groups such as Family Life International, Focus on the Family and the Catholic Church",
     "condemn", "partial"),
    # no verb; the next sentence gives the church's paraphrase to Bishop Browne
    ("From the feedback we're getting", "Browne", "Bishop Browne", "say", "full"),
    # his wording inside his reported speech (dev9)
    ("meat-lovers", "Bob McCoskrie", "Bob McCoskrie, national director of the group Family First",
     "say", "partial"),
    ("It is offensive to families", "Bob McCoskrie", "McCoskrie", "say", "full"),
    # after his paraphrase "McCoskrie says ...", no verb of its own: full
    ("It is time we started protecting", "Bob McCoskrie", "McCoskrie", "say", "full"),
    ("While the primary aim of the campaign", "Warren Powell", "Warren Powell", "say", "full"),
    ("Government and public agencies", "Warren Powell", "Warren Powell", "say", "continuation"),
    ("Before this campaign started", "Warren Powell", "Warren Powell", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-12-14-brian-mulroney-testifies-before-canadian-house-commons"] = [
    ("When I look back on it today", "Brian Mulroney", "Muroney", "say", "full"),
    ("Do you realize, Mr. Mulroney", "Serge Ménard", "MP Serge Ménard of Bloc Québécois", "say", "full"),
    ("I never received a cent", "Brian Mulroney", "Mulroney", "say", "full"),
    ("He succeeded. He got what he wanted", "Brian Mulroney", "Mulroney", "say", "full"),
    ("I think he seriously misled", "Brian Mulroney", "Mulroney", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-02-06-us-job-cuts-last-month-highest-since"] = [
    ("All of us in Washington must remember", "Barack Obama", "Obama", "say", "full"),
    ("very troubling.", "Barack Obama", "Obama", "state", "partial"),
    ("These numbers demand action", "Barack Obama", "he", "say", "full"),
    # its own attribution "he stated": full (dev10)
    ("That's 3.6 million Americans", "Barack Obama", "he", "state", "full"),
    ("This is a horror show", "Lawrence Mishel",
     "Lawrence Mishel, an economist and president of the Economic Policy Institute", "state", "full"),
]
