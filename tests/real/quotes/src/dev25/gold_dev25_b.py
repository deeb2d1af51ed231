"""Hand annotations for four dev25 articles (VOA, 11 November to 22 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "b" of dev25), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen, the test split not
opened, the other annotator's module not opened), following data/gold/README.md ("who speaks")
and the conventions and open calls recorded in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Brian Leija", "DaSean Gallishaw",
"Juan Proano", "Derrick Harkins" for "The Rev. Derrick Harkins", "Alexis Uscanga", "Terrance
Woodbury", "David Means", "Joe Biden", "Xi Jinping", "Jake Sullivan", "Zack Cooper", "Donald
Trump", "Masayoshi Son", "Jake Schneider", "Lionel Barber"); pronouns and roles resolve to the
person they point to; the later piece of a split quote and an unattributed paragraph that carries
on the previous speaker's quote are continuation; a new quote with its own "he said"/"he added"
after the previous one has closed is full (dev9); a whole utterance after "saying" is full
(dev16); a fragment woven into the reporter's sentence is partial; words relayed along a chain
are the first speaker's (dev13, dev17); a label inside someone's reported speech is theirs
("Trump Effect" as Schneider's, dev9/dev22); single marks (headlines 'Apprentice', the crosshead
‘Trump effect’, ‘China is doing a lot ...’ and Son's paraphrased words nested in Barber's quotes)
are no rows; mixed straight/curly pairs are kept as the text has them (dev20).

Open calls:
- Young men: 'A clear majority of young Black voters described the economy as "not so good" or
  "poor"' -> two scare rows (answer options of the AP VoteCast survey, poll labels as in dev12).
  Alternative: "a clear majority of young Black voters", partial, cue "describe".
- Young men: 'And if it were to be a woman, Means said, "I'd rather have ..."' (second quote of
  the paragraph, after his first quote closed, with its own "Means said") -> David Means, full.
  Alternative: continuation.
- Young men: paragraph 26 '"For a long time, we talked ..." Woodbury said.' follows his own
  paragraph-25 quote with its own attribution -> full (dev9). Alternative: continuation.
- Biden-Xi: 'Sullivan said Biden reiterated concern over Beijing's "unfair nonmarket economic
  practices ..."' -> Joe Biden, partial (the words of Biden's concern as Sullivan relays them,
  first speaker of a chain, dev13/dev17). Alternative: Jake Sullivan.
- Biden-Xi: '... which, according to Biden, is a "deeply dangerous development" ..., Sullivan
  said.' -> Joe Biden, partial, cue "according to" (relayed by Sullivan).
- Biden-Xi: paragraph 30 '"And then you look at the numbers ..." he said' after Sullivan's
  closed paragraph-29 quote -> Jake Sullivan, full (own "he said"). Alternative: continuation.
- SoftBank: 'Paraphrasing Son, Barber said, "He basically said, ‘We understand ...’"' -> Lionel
  Barber, full (his paraphrase; Son's nested words no row); the next paragraph '"So, I see his
  getting into Mar-a-Lago as [saying], ..."' has no attribution -> Lionel Barber, continuation.
- SoftBank: 'He added, "In January, ..."' (new paragraph, own verb) -> Jake Schneider, full.
- Burnett: 'footage in which he said he could ... get away with it because he was a "star."' ->
  Donald Trump, partial (his words in the footage). Alternative: scare.
- Burnett: 'listing many of his biggest hits including, "most notably, The Apprentice" and noting
  that Burnett "has won 13 Emmy Awards!"' -> Donald Trump, two partials (fragments of his
  statement woven into the reporter's sentence), cues "list" and "note".
- Burnett: 'a "special relationship" with the U.S.' -> scare (a standing term no one is named as
  saying).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-11-young-black-latino-men-say-they-chose"] = [
    ("I am a blue-collar worker", "Brian Leija", "Leija", "say", "full"),
    ("So, tax breaks", "Brian Leija", "Leija", "say", "continuation"),
    ("It's been a very long time", "DaSean Gallishaw", "he", "say", "full"),
    ("minority community outreach", "DaSean Gallishaw", "he", "say", "partial"),
    ("I think it's important to say", "Juan Proano", "Proano", "say", "full"),
    ("[Latino] men certainly", "Juan Proano", "Proano", "say", "continuation"),
    ("I think that Trump with this bogus", "Derrick Harkins", "Harkins", "say", "full"),
    ("And I think unfortunately", "Derrick Harkins", "Harkins", "say", "continuation"),
    ("not so good", "", "", "", "scare"),
    ("poor", "", "", "", "scare"),
    ("Everything just got a lot", "Alexis Uscanga", "Uscanga", "say", "full"),
    ("Gas, grocery shopping", "Alexis Uscanga", "Uscanga", "say", "continuation"),
    ("I was not very fond", "Alexis Uscanga", "Uscanga", "say", "full"),
    ("I just felt that we lived", "Alexis Uscanga", "Uscanga", "say", "continuation"),
    ("Men of color are really", "Terrance Woodbury", "Terrance Woodbury", "say", "full"),
    ("For a long time, we talked", "Terrance Woodbury", "Woodbury", "say", "full"),
    ("I'm satisfied with the result", "David Means", "he", "say", "full"),
    ("I'd rather have", "David Means", "Means", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-16-ahead-his-meeting-biden-xi-champions-free"] = [
    ("most important", "Joe Biden", "Biden", "say", "partial"),
    ("These conversations prevent", "Joe Biden", "Biden", "say", "full"),
    ("Over the last four years", "Joe Biden", "he", "say", "continuation"),
    ("should bear in mind", "Xi Jinping", "Xi", "say", "partial"),
    ("We are now building a foundation", "Jake Sullivan", "national security adviser Jake Sullivan", "tell", "full"),
    ("deeply dangerous development", "Joe Biden", "Biden", "according to", "partial"),
    ("dictator", "Joe Biden", "Biden", "call", "partial"),
    ("biggest source of chaos", "Xi Jinping", "Xi", "accuse", "partial"),
    ("unfair nonmarket economic", "Joe Biden", "Biden", "reiterate", "partial"),
    ("multilateralism and an open economy", "Xi Jinping", "Xi", "present", "partial"),
    ("tear down the walls", "Xi Jinping", "he", "urge", "partial"),
    ("The world will be able to judge", "Jake Sullivan", "he", "say", "full"),
    ("countermeasures against", "Jake Sullivan", "he", "add", "partial"),
    ("new impetus", "Xi Jinping", "Xi", "champion", "partial"),
    ("open Asia-Pacific economy", "Xi Jinping", "Xi", "champion", "partial"),
    ("But the reality is", "Zack Cooper", "he", "tell", "full"),
    ("Every time we fly", "Jake Sullivan", "he", "say", "full"),
    ("And then you look at the numbers", "Jake Sullivan", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-17-trump-softbank-ceo-announce-100-billion-investment"] = [
    ("I would really like to celebrate", "Masayoshi Son", "Son", "say", "full"),
    ("My confidence level", "Masayoshi Son", "Son", "say", "continuation"),
    ("And they did", "Donald Trump", "Trump", "say", "full"),
    ("They kept that promise", "Donald Trump", "Trump", "say", "continuation"),
    ("I’m going to ask him right now", "Donald Trump", "The president-elect", "say", "full"),
    ("try", "Masayoshi Son", "Son", "say", "partial"),
    ("All right. $200 billion", "Donald Trump", "Trump", "say", "full"),
    ("a great negotiator", "Masayoshi Son", "Son", "tell", "partial"),
    ("Trump Effect", "Jake Schneider", "Jake Schneider", "call", "partial"),
    ("President Trump is already delivering", "Jake Schneider", "Schneider", "write", "full"),
    ("It's all centered around", "Jake Schneider", "Schneider", "write", "continuation"),
    ("In January, President Trump", "Jake Schneider", "He", "add", "full"),
    ("Trump wanted a big signal", "Lionel Barber", "Barber", "tell", "full"),
    ("Obviously, the world looks", "Lionel Barber", "Barber", "say", "full"),
    ("He basically said", "Lionel Barber", "Barber", "say", "full"),
    ("So, I see his getting", "Lionel Barber", "Barber", "say", "continuation"),
    ("I’m not saying it's impossible", "Lionel Barber", "Barber", "say", "full"),
    ("You can't write him off", "Lionel Barber", "Barber", "say", "full"),
    ("That's what he does", "Lionel Barber", "Barber", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-22-trump-taps-apprentice-producer-special-envoy-united"] = [
    ("With a distinguished career", "Donald Trump", "Trump", "announce", "full"),
    ("star.", "Donald Trump", "he", "say", "partial"),
    ("Mark is known for creating", "Donald Trump", "Trump", "write", "full"),
    ("most notably, The Apprentice", "Donald Trump", "Trump", "list", "partial"),
    ("has won 13 Emmy Awards!", "Donald Trump", "Trump", "note", "partial"),
    ("special relationship", "", "", "", "scare"),
    ("will work to enhance", "Donald Trump", "The president-elect", "say", "partial"),
]
