"""Hand annotations for four dev20 articles (VOA, 16 October to 14 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "b" of dev20), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen), following
data/gold/README.md ("who speaks") and the conventions and open calls recorded in
tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Steve Wolfson", "Glenn Cook",
"Pamela Weckerly", "Emily Wilkins", "Katherine Jacobsen", "Rachel Tausendfreund", "Boris
Pistorius", "Ian Lesser", "Joe Biden", "Frank-Walter Steinmeier", "Donald Trump", "Hunter
Biden", "Jared Polis", "Greg Stanton", "Chuck Grassley", "Eric Holder", "Antony Blinken", "Ahmad
al-Sharaa", "Ayman Safadi"); pronouns and roles resolve to the person they point to ("the
prosecutor" -> Pamela Weckerly); organisations by name ("National Press Club", "Committee to
Protect Journalists"); the later piece of a split quote is continuation; a fragment woven into
the reporter's sentence is partial, also a whole sentence after "said that"/"added that"/"because"
(dev8); a fragment that opens the sentence but is finished by the reporter is partial (README);
an unattributed sentence after the same speaker's partial continues it (dev10); single marks
nested inside double ones stay inside the outer quote; mismatched straight/curly pairs (Cook's
and Stanton's and Grassley's quotes) are kept as one span each.

Open calls:
- Las Vegas: '"This type of violence, ...," the prosecutor said, "is unacceptable ..."' -> full
  then continuation, both Pamela Weckerly (the prosecutor named in the paragraph before).
- Las Vegas: Wolfson's '"She gave him the maximum."' after ', adding that the sentence
  represented justice ...' -> continuation (the second piece of his split quote).
- Las Vegas: 'The National Press Club in Washington said the sentence "marks ..."' -> "National
  Press Club", partial; the next paragraph's full quote is its president Emily Wilkins's.
- European allies: 'The U.S. will continue to pivot toward Asia, she said. "That means Europe has
  to step up. ..."' -> Rachel Tausendfreund, full, no cue of its own (a whole utterance after her
  paraphrase; dev11/dev14 calls); cue given as "say".
- European allies: '"There is an assumption of essential continuity" under Harris that's probably
  well-founded, he said' -> partial (the reporter finishes the sentence); the next quote
  '"It's very much the known world, ..."' -> continuation.
- European allies: Ian Lesser's 'said that "above all, ..."' partial, then '"But the potential
  for disruption ..."' continuation; likewise Tausendfreund's 'If Trump wins, "there's every
  indication ..."' partial, then '"And there is also just no way ..."' continuation; Lesser's
  'noting there's "every prospect"' partial and '"Europe is going to face ..."' continuation.
- European allies: 'Trump threatened to abandon " delinquent " countries if they weren't paying
  their "bills."' -> Donald Trump's partials (his words, cue "threaten"), not scare.
- Biden pardon: 'The president's action Sunday pardoned Hunter Biden ..., as well as any offense
  he "has committed or may have committed or taken part"' -> the pardon's wording, given to "the
  president's action" as the article names the document (dev7: an order's words are the order's
  even when the president signs it); partial, cue "pardon".
- Biden pardon: Jared Polis 'understood the "natural desire" of Biden' -> Jared Polis, partial
  (his own words in his reported speech), then '"I am disappointed ..."' after 'he said,' full.
- Biden pardon: Chuck Grassley 'posted on X that he was "shocked" by the pardon because the elder
  Biden "said many, many times ..."' -> both Chuck Grassley, partial, cue "post".
- Blinken: 'a ban on the provision of any "material support"' -> scare (the sanctions law's term
  in the reporter's own voice, no one speaking).
- Blinken: 'Their statement condemned Israel's incursion ... as a "heinous occupation"' -> "Arab
  foreign ministers" (the statement's authors as the article names them, dev17), partial, cue
  "condemn".
- Blinken: the four fragments of paragraph 13 ("the success ...", "a critical mission.", "very
  important at this moment ...", "will seek to regroup ...") are all Antony Blinken's partials.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-16-ex-las-vegas-area-official-gets-least"] = [
    ("The judge couldn't sentence", "Steve Wolfson", "Clark County District Attorney Steve Wolfson", "tell", "full"),
    ("She gave him the maximum.", "Steve Wolfson", "Clark County District Attorney Steve Wolfson", "tell", "continuation"),
    ("There is relief in the Las Vegas", "Glenn Cook", "the paper's executive editor, Glenn Cook", "statement", "full"),
    ("His [Telles'] steadfast", "Glenn Cook", "Cook", "say", "full"),
    ("he didn't like what Mr. German", "Pamela Weckerly", "Prosecutor Pamela Weckerly", "tell", "partial"),
    ("This type of violence", "Pamela Weckerly", "the prosecutor", "say", "full"),
    ("is unacceptable and dangerous", "Pamela Weckerly", "the prosecutor", "say", "continuation"),
    ("marks a decisive victory", "National Press Club", "The National Press Club in Washington", "say", "partial"),
    ("Those who seek to silence", "Emily Wilkins", "club president Emily Wilkins", "say", "full"),
    ("significant milestone", "Committee to Protect Journalists", "The Committee to Protect Journalists", "describe", "partial"),
    ("German's murder by a county", "Katherine Jacobsen", "Katherine Jacobsen, who covers the U.S. for the media watchdog", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-31-european-allies-face-challenging-times-whoever-wins"] = [
    ("The centrality of Europe", "Rachel Tausendfreund", "Rachel Tausendfreund, a senior research fellow at the German Council on Foreign Relations in Berlin", "say", "full"),
    ("And in that way, it is true", "Rachel Tausendfreund", "Rachel Tausendfreund", "say", "continuation"),
    ("That means Europe has to step up.", "Rachel Tausendfreund", "she", "say", "full"),
    ("so it is only a question of", "Boris Pistorius", "Germany’s defense minister, Boris Pistorius", "remark", "partial"),
    ("above all, Europe is looking", "Ian Lesser", "Ian Lesser, a distinguished fellow at the German Marshall Fund in Brussels", "say", "partial"),
    ("But the potential for disruption", "Ian Lesser", "Ian Lesser", "say", "continuation"),
    ("There is an assumption", "Ian Lesser", "he", "say", "partial"),
    ("It's very much the known world", "Ian Lesser", "he", "say", "continuation"),
    ("the potential costs of a shift", "Ian Lesser", "Lesser", "say", "partial"),
    (" delinquent ", "Donald Trump", "Trump", "threaten", "partial"),
    ("bills.", "Donald Trump", "Trump", "threaten", "partial"),
    ("there's every indication", "Rachel Tausendfreund", "Tausendfreund", "say", "partial"),
    ("And there is also just no way", "Rachel Tausendfreund", "Tausendfreund", "say", "continuation"),
    ("Even with a Harris administration", "Ian Lesser", "Lesser", "say", "full"),
    ("We cannot let up.", "Joe Biden", "Biden", "say", "full"),
    ("In my view, we must keep going", "Joe Biden", "Biden", "say", "continuation"),
    ("we should never underestimate", "Joe Biden", "the 81-year-old Biden", "add", "partial"),
    ("In the months to come", "Frank-Walter Steinmeier", "he", "say", "full"),
    ("And I also hope that Americans", "Frank-Walter Steinmeier", "he", "say", "continuation"),
    ("Whatever the outcome next week", "Ian Lesser", "Lesser", "say", "full"),
    ("every prospect", "Ian Lesser", "Lesser", "note", "partial"),
    ("Europe is going to face", "Ian Lesser", "Lesser", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-02-biden-pardons-his-son-hunter-despite-previous"] = [
    ("The charges in his cases", "Joe Biden", "Biden", "say", "full"),
    ("has committed or may have", "the president's action", "The president’s action", "pardon", "partial"),
    ("I have admitted and taken", "Hunter Biden", "Hunter Biden", "statement", "full"),
    ("Americans will understand", "Joe Biden", "The president", "statement", "partial"),
    ("For my entire career", "Joe Biden", "Biden", "say", "full"),
    ("such an abuse and miscarriage", "Donald Trump", "President-elect Donald Trump", "call", "partial"),
    ("natural desire", "Jared Polis", "Jared Polis, the Democratic governor of Colorado", "say", "partial"),
    ("I am disappointed", "Jared Polis", "he", "say", "full"),
    ("I respect President Biden", "Greg Stanton", "Greg Stanton, a Democratic congressman from Arizona", "say", "full"),
    ("shocked", "Chuck Grassley", "Chuck Grassley, a Republican senator from Iowa", "post", "partial"),
    ("said many, many times", "Chuck Grassley", "Chuck Grassley, a Republican senator from Iowa", "post", "partial"),
    ("would have charged this case", "Eric Holder", "He", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-14-blinken-direct-contact-syrian-rebels-that-ousted"] = [
    ("Yes, we have been in contact", "Antony Blinken", "Blinken", "say", "full"),
    ("our message to the Syrian people", "Antony Blinken", "He", "add", "partial"),
    ("the success that we've had", "Antony Blinken", "Blinken", "stress", "partial"),
    ("a critical mission.", "Antony Blinken", "Blinken", "stress", "partial"),
    ("very important at this moment", "Antony Blinken", "he", "say", "partial"),
    ("will seek to regroup", "Antony Blinken", "he", "say", "partial"),
    ("material support", "", "", "", "scare"),
    ("we don't intend to enter", "Ahmad al-Sharaa", "He", "say", "partial"),
    ("We don't want Syria", "Ayman Safadi", "Jordan's foreign minister, Ayman Safadi", "tell", "full"),
    ("heinous occupation", "Arab foreign ministers", "Their statement", "condemn", "partial"),
    ("We have impressed upon everyone", "Antony Blinken", "Blinken", "say", "full"),
    ("the pretexts that Israel uses", "Ahmad al-Sharaa", "Al-Sharaa", "say", "partial"),
    ("the Israelis have crossed", "Ahmad al-Sharaa", "He", "say", "partial"),
]
