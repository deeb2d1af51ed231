"""Hand annotations for four dev30 articles (Digital.gov news posts, 7 August 2015 to 7 April
2021), decided by reading each article.

Annotator: one helper session (annotator "b" of dev30), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the
test splits not opened, the other annotator's module not opened), following data/gold/README.md
("who speaks") and the conventions and open calls recorded in tests/real/quotes/README.md (in
particular the dev27, dev28 and dev29 paragraphs on Digital.gov posts and "Conventions used where
the guideline leaves a choice").

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("David Cooper", "Anne Henderson",
"Marina Fox", "Denice Shaw", "Yvonne Cooper", "Alan Zack", "Becca Law", "Marietta Jelks",
"Janis Burl", "Abraham Marinez"), with the surname or pronoun nearest the quote in speaker_text;
pronouns and surnames resolve to the person they point to; the later piece of a split quote
('"...," X said. "..."') is continuation; a new paragraph with its own "he said"/"she said" is
full (dev9/dev28); a label inside someone's reported speech is theirs, partial (dev9/dev22/dev27);
feature and label names in the reporter's voice are scare (dev28/dev29); a whole clause after
"that" is partial (dev8/dev24); a quote after a colon is full (dev13); single marks in these
double-mark articles (‘incomplete narrative’ in the gamification post) are no rows, and single
marks nested inside a double-mark quote (‘knowledge accidents,’) stay inside it (dev27). Two
Cooper's in different posts are different people (David Cooper, Yvonne Cooper).

Open calls:
- Analytics: 'at which points you’re “losing customers” ... make your site “stickier” ..., said
  David Cooper' -> David Cooper, partial (labels inside his reported speech, dev9/dev27).
  Alternative: scare (the reporter's distancing marks).
- Analytics: 'an email newsletter recap that had an “amazing” response, said Anne Henderson' ->
  Anne Henderson, partial, cue "say". Alternative: scare.
- Analytics: Cooper's paragraph '“You need to segment ...,” he explained. “If they aren’t, ...”'
  follows the reporter's paraphrase "Building a behavior flow ..., Cooper said." -> full, then
  continuation.
- Analytics: Fox's last quote follows two paraphrased sentences of hers ("added Fox. You don’t
  have to invest ...") in the same paragraph and carries its own "Fox explained" -> full.
- Marketing: Zack's second paragraph ('“Yes, we are ultimately ...,” he said.') has its own verb
  -> full, not continuation (dev9: a new paragraph with its own "he added" is full).
- Gamification: 'Law defined a “sweet spot” for using MMOWGLI:' -> Becca Law, partial, cue
  "define" (her term inside her reported definition). Alternative: scare.
- Gamification: the definition after that colon ('“Situations where you are struggling ...”') ->
  Becca Law, full, cue "define" (quote after a colon, dev13/dev29's template), though it is a noun
  phrase, not a clause. Alternatives: partial (dev12: a bare noun phrase after "recommended," is
  partial) or continuation (the second piece of her words in the sentence).
- Gamification: 'labeled as a “card,”', '“card chains,”', 'an “action plan,”', 'the “who, what,
  when, where, why and how” of the idea', 'mark a player’s ideas as “super interesting.”' -> scare
  (the game's feature and label names and a stock phrase in the reporter's voice, dev28/dev29).
  Alternative for "super interesting.": "Game Masters", partial (the label they give), but no
  verb of speaking and it names a points category.
- Gamification: Law's first quote nests ‘knowledge accidents,’ in single marks; one row, span to
  the double closing mark.
- Chatbots: 'Marietta Jelks, USA.gov research lead, suggests that one way to start is to ask:
  “Do you have somebody ...?”' -> Marietta Jelks, full, cue "suggest" (the question is her
  wording of a suggestion, as dev29's template "she provided"; after a colon, dev13). Alternative:
  "you" (dev28's question the reader is said to ask), but this text names no asker, only Jelks.
- Chatbots: 'Aidan resonates with “aid,”' -> scare (a word mentioned, no one speaking it).
  Alternative: "Federal Student Aid team", partial.
- Chatbots: 'Burl shared that one of her lessons learned was that "just because nobody else has
  it doesn't mean you can't do it."' -> Janis Burl, partial (a clause after "that", dev8/dev24),
  cue "share".
- Chatbots: Marinez's straight-mark paragraph ('"There is no such thing as failure. ...," he
  said.') after "Marinez said one of the key things is to dare to experiment." -> Abraham
  Marinez, full.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-08-07-digitalgov-summit-recap-leveraging-open-analytics"] = [
    ("losing customers", "David Cooper", "David Cooper", "say", "partial"),
    ("stickier", "David Cooper", "David Cooper", "say", "partial"),
    ("Analytics affords us a way", "David Cooper", "Cooper", "explain", "full"),
    ("amazing", "Anne Henderson", "Anne Henderson", "say", "partial"),
    ("You need to segment your audience", "David Cooper", "he", "explain", "full"),
    ("If they aren’t, find out", "David Cooper", "he", "explain", "continuation"),
    ("We are all analysts these days", "Marina Fox", "Fox", "explain", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-10-28-training-series-offers-marketing-tips-for"] = [
    ("We have found other ways", "Denice Shaw", "Denice Shaw", "say", "full"),
    ("If you are resourceful", "Denice Shaw", "she", "say", "full"),
    ("The earlier marketing is involved", "Yvonne Cooper", "she", "say", "full"),
    ("We turned 40 million Trekkies", "Alan Zack", "Zack", "say", "full"),
    ("Yes, we are ultimately trying", "Alan Zack", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2016-04-15-how-gamification-can-break-down-bureaucracy"] = [
    # single marks ‘knowledge accidents,’ are nested in the second piece: no row of their own
    ("We talk about how we can’t", "Becca Law", "Law", "say", "full"),
    ("Ideas are valued on merit", "Becca Law", "Law", "say", "continuation"),
    ("sweet spot", "Becca Law", "Law", "define", "partial"),
    ("Situations where you are struggling", "Becca Law", "Law", "define", "full"),
    ("card,", "", "", "", "scare"),
    ("card chains,", "", "", "", "scare"),
    ("action plan,", "", "", "", "scare"),
    ("who, what, when, where, why and how", "", "", "", "scare"),
    ("super interesting.", "", "", "", "scare"),
    ("We want MMOWGLI to be accessible", "Becca Law", "Law", "say", "full"),
    ("I’d also like to see it used", "Becca Law", "Law", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2021-04-07-using-chatbots-to-improve-customer-experience"] = [
    ("Do you have somebody on your team", "Marietta Jelks", "Marietta Jelks", "suggest", "full"),
    ("When we first started", "Janis Burl", "Burl", "say", "full"),
    ("aid,", "", "", "", "scare"),
    ("There is no such thing as failure.", "Abraham Marinez", "he", "say", "full"),
    ("just because nobody else has it", "Janis Burl", "Burl", "share", "partial"),
]
