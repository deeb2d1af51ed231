"""Hand annotations for four dev23 articles (VOA, 16 October to 18 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev23), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen, the test split not
opened), following data/gold/README.md ("who speaks") and the conventions and open calls recorded
in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Robert McBurney", "Julie Adams",
"John Albert", "Lauren Strauss", "Kelly Ricker", "Chris Sargiotto", "Andrew Caggiano", "Donald
Trump", "Louis Kuijs", "Vedant Patel", "Marco Rubio"); pronouns and roles resolve to the person
they point to; the later piece of a split quote and an unattributed paragraph that carries on the
previous paragraph's speaker are continuation; a new paragraph with its own "he added" is full
(dev9); a whole utterance after "said," / "writing," / a colon is full; a whole sentence quoted
after "that" is partial (dev8); a fragment woven into the reporter's sentence is partial; a
campaign's words are the campaign's ("Harris campaign", as dev3's "Trump campaign"); a joint
statement is its authors' jointly, joined with "; "; a judge's words relayed with "state law says"
inside them stay the judge's (dev19); documents that are the subject of the verb speak as the
article names them ("Georgia law", "the report"); a report's title, a database's name and a
"commonly known as" label are scare; single marks in a double-mark article (the crosshead
'most favored nation') are no row; mixed straight/curly pairs are kept as the text has them (dev20).

Open calls:
- Georgia: 'While they are entitled to inspect ..., he wrote, "any delay in receiving such
  information is not a basis ..."' -> Robert McBurney, partial (a lower-case clause that finishes
  the reporter's sentence, dev22), not continuation of the earlier "no election superintendent"
  quote (it has its own "he wrote"); full is the alternative (dev12: a clause after "wrote,").
- Georgia: 'Georgia law says county election superintendents ... "shall" certify' -> "Georgia
  law", partial, cue "say" (a law that is the subject speaks as written). Alternative: scare.
- Georgia: the joint statement of 'State and national Democratic groups that had joined the suit
  on the side of the Cobb election board, along with the Harris campaign' -> "State and national
  Democratic groups; Harris campaign", full (after a colon).
- Georgia: 'Adams sought a declaration that ... she is entitled to "full access" to "election
  materials."' -> Julie Adams, two partials, cue "seek" (the words of her suit, she its subject).
- Georgia: 'The campaign called the ruling a "major legal win."' -> "Harris campaign" (named
  "Harris' campaign" in the sentence before), partial.
- Holidays: 'The company is "studying and talking to consumers, continuously"' (no verb, right
  after Kelly Ricker's statement) -> Kelly Ricker, partial, cue "statement" (dev11: a quote with no
  cue after one speaker is his). Alternative: "American Greetings".
- Holidays: Strauss's paragraph 9 '"Whether or not you think ..."' has no attribution ->
  continuation of her paragraph-8 quote.
- China tariff: '"Scapegoating others can't end U.S.' drug crisis," read the headline of a China
  Daily editorial' -> "a China Daily editorial", full, cue "read" (a document that is the subject
  speaks as written; the headline is the editorial's). Alternatives: "China Daily", or the whole
  "the headline of a China Daily editorial".
- China tariff: 'the Global Times urged the "U.S. not to take China's goodwill ..."' -> "Global
  Times", partial, cue "urge".
- China tariff: '"The world sees clearly ...," it added.' (same paragraph as '"The excuse ...,"
  China Daily said.') -> China Daily, continuation (dev18 "but added:", dev17/dev21 "adding,"); the
  next paragraph '"There are no winners ..."' has no attribution -> continuation.
- China tariff: 'Trump's team maintains China is "attacking" the U.S.' -> Donald Trump (an unnamed
  office or team resolves to its principal, as "the administration" -> Donald Trump), speaker_text
  "Trump's team", partial, cue "maintain". Alternative: "Trump's team" as written.
- Rubio: 'Blinken held a "substantive" face-to-face meeting' -> Vedant Patel, partial (his word in
  the next paragraph's quote, "a good, constructive and substantive conversation"; dev12 "Castro
  dynasty"). Alternative: scare.
- Rubio: '"We continue to stand ready ...," he added.' is a new paragraph with its own "he added"
  -> full (dev9).
- Rubio: 'China sanctioned Rubio ..., citing what it described as "egregious behavior" related to
  "Hong Kong-related issues."' -> China, two partials.
- Rubio: 'Rubio has warned that "Communist China is ..." in a September report titled "The World
  China Made."' -> Marco Rubio, partial (whole sentence after "that"); the title scare.
- Rubio: 'The report asserts that the Chinese Communist Party controls ... through
  "market-distorting subsidies" and "rampant theft."' -> "the report", partials (the document is
  the subject). Alternative: Marco Rubio, the report's author named in the sentence before
  (dev17's "Wiles' announcement").
- Rubio: 'the creation of a "TRUST" database' -> scare (a name); 'Commonly known as "most favored
  nation" status' -> scare.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-10-16-georgia-judge-blocks-ballot-counting-rule-says"] = [
    ("is too much, too late", "Robert McBurney", "Fulton County Superior Court Judge Robert McBurney", "write", "partial"),
    ("no election superintendent", "Robert McBurney", "McBurney", "rule", "partial"),
    ("any delay in receiving", "Robert McBurney", "he", "write", "partial"),
    ("shall", "Georgia law", "Georgia law", "say", "partial"),
    ("The administrative chaos", "Robert McBurney", "he", "write", "full"),
    ("quite wrong.", "Robert McBurney", "McBurney", "write", "partial"),
    ("Anything that adds uncertainty", "Robert McBurney", "He", "write", "full"),
    ("From the beginning, this rule", "State and national Democratic groups; Harris campaign",
     "State and national Democratic groups that had joined the suit on the side of the Cobb election board, along with the Harris campaign",
     "statement", "full"),
    ("full access", "Julie Adams", "Adams", "seek", "partial"),
    ("election materials.", "Julie Adams", "Adams", "seek", "partial"),
    ("concerns about fraud", "Robert McBurney", "he", "write", "partial"),
    ("major legal win.", "Harris campaign", "The campaign", "call", "partial"),
    ("cannot be barred", "Julie Adams", "Adams", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-03-america-s-holiday-calendar-increasingly-diverse"] = [
    ("It was this feeling", "John Albert", "he", "say", "full"),
    ("By doing that in an American context", "Lauren Strauss", "she", "say", "full"),
    ("Whether or not you think", "Lauren Strauss", "she", "say", "continuation"),
    ("Celebrating holidays and occasions", "Kelly Ricker", "Kelly Ricker, chief product officer at American Greetings", "say", "full"),
    ("studying and talking to consumers", "Kelly Ricker", "Kelly Ricker", "statement", "partial"),
    ("It was stores asking", "Chris Sargiotto", "he", "say", "full"),
    ("Whenever we introduce", "Chris Sargiotto", "he", "say", "continuation"),
    ("It's a great opportunity", "Andrew Caggiano", "he", "say", "full"),
    ("to raise awareness", "Andrew Caggiano", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-27-china-state-media-dismiss-trump-s-tariff"] = [
    ("an additional 10% tariff", "Donald Trump", "Trump", "say", "partial"),
    ("Scapegoating others", "a China Daily editorial", "the headline of a China Daily editorial", "read", "full"),
    ("U.S. not to take China", "Global Times", "the Global Times", "urge", "partial"),
    ("The excuse the president-elect", "China Daily", "China Daily", "say", "full"),
    ("The world sees clearly", "China Daily", "it", "add", "continuation"),
    ("There are no winners", "China Daily", "it", "add", "continuation"),
    ("attacking", "Donald Trump", "Trump's team", "maintain", "partial"),
    ("What we assumed in our baseline", "Louis Kuijs", "Louis Kuijs, Chief Asia Economist at S&P Global Ratings", "say", "full"),
    ("For now, the only thing", "Louis Kuijs", "Louis Kuijs", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-18-sanctioned-china-rubio-confident-engaging-beijing-top"] = [
    ("substantive", "Vedant Patel", "State Department deputy spokesperson Vedant Patel", "describe", "partial"),
    ("It was a good, constructive", "Vedant Patel", "State Department deputy spokesperson Vedant Patel", "tell", "full"),
    ("We continue to stand ready", "Vedant Patel", "he", "add", "full"),
    ("egregious behavior", "China", "it", "describe", "partial"),
    ("Hong Kong-related issues.", "China", "China", "cite", "partial"),
    ("to find some solution", "Marco Rubio", "Rubio", "tell", "partial"),
    ("The president sets foreign policy", "Marco Rubio", "Rubio", "say", "full"),
    ("Communist China is the most powerful", "Marco Rubio", "Rubio", "warn", "partial"),
    ("The World China Made.", "", "", "", "scare"),
    ("market-distorting subsidies", "the report", "The report", "assert", "partial"),
    ("rampant theft.", "the report", "The report", "assert", "partial"),
    ("whole-of-society effort", "Marco Rubio", "Rubio", "urge", "partial"),
    ("rebuild our country", "Marco Rubio", "Rubio", "urge", "partial"),
    ("TRUST", "", "", "", "scare"),
    ("most favored nation", "", "", "", "scare"),
    ("the single biggest geopolitical blunder", "Marco Rubio", "Rubio", "call", "partial"),
    ("For over two decades", "Marco Rubio", "he", "argue", "full"),
]
