"""Hand annotations for four dev27 articles (VOA, 3 November to 26 December 2024), decided by
reading each article.

Annotator: one helper session (annotator "a" of dev27), by reading the article texts only (no
project code run or read other than make_split.py, no system output seen, the test split and the
other annotator's module not opened), following data/gold/README.md ("who speaks") and the
conventions and open calls recorded in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Salil Gaonkar", "Milan Vaishnav",
"Sumitra Badrinathan", "Angana Shah", "Dharmendra Jaiswal", "Suhag Shukla", "Pallavi Guha",
"Rupal Shah", "Mike Waltz", "Mike Rogers", "Michael McCaul", "Tom Cole", "Kamala Harris",
"Antony Blinken", "Cai Shenkun", "Si Ling", "Kristalina Georgieva", "Ziad Aunallah", "Sam Gude",
"Kathleen Kendrick"); pronouns and roles resolve to the person they point to; the later piece of
a split quote is continuation; a new paragraph with its own "he said" is full (dev9); a whole
utterance after a verb or "said," is full, also in lower case (dev12); a fragment woven into the
reporter's sentence, or a whole clause after "that", is partial (dev8/dev24); a label inside
someone's reported words is theirs (dev22/dev23); a programme title is scare (dev17/dev22);
nested single marks stay inside the outer quote.

Open calls:
- Indian Americans: 'supposedly "traditional" elders' -> scare (the reporter's distancing word in a
  sentence about what the survey revealed; alternative: the Carnegie survey, partial).
- Indian Americans: 'But Jaiswal said, "illegal immigrant is illegal immigrant."' -> Dharmendra
  Jaiswal, full (a whole clause after "said," in lower case, dev12).
- Indian Americans: '"poised to make the margin of difference ...," the group said in a
  statement' -> "Indian American Impact Fund" (the group named in the paragraph before), partial.
- Indian Americans: Rupal Shah's second paragraph with its own "Shah said" -> full (dev9).
- Republicans: Harris's '"Instead, they are proposals for surrender ...," she said.' finishes the
  thought of her partial in the paragraph before but has its own "she said" -> full (dev9);
  alternative: continuation.
- Republicans: Waltz's 'told VOA that "the president has been clear ..."' -> partial (a whole
  clause after "that", dev24).
- Republicans: 'he said discussions about the war were happening "off to the side."' -> Mike Waltz
  (the "he" of Waltz's sentence), partial.
- China: 'Beijing's "5% target" is clearly based on political necessity' inside Cai's reported
  words -> Cai Shenkun, partial (a label inside his reported speech); alternative: scare.
- China: the unattributed paragraph "In the past, people saw property ..." after the paraphrase
  "A new wave of property market challenges ..., Cai said." -> Cai Shenkun, full (dev25: an
  unattributed paragraph after a paraphrase with its own "said X" is X's, full).
- China: Cai's "‘Maintaining the 5% target’ means ..." opens with nested single marks; the
  double-mark span is one continuation row.
- TV ratings: "Morning Joe" -> scare (a programme title).
- TV ratings: Aunallah's last paragraph with its own "he said" -> full (dev9).
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-03-indian-americans-show-shifting-political-loyalties-ahead"] = [
    ("I was shocked,", "Salil Gaonkar", "Gaonkar, a progressive Democrat who is supporting Harris", "say", "full"),
    ("Most of them voted for Biden", "Salil Gaonkar", "Gaonkar, a progressive Democrat who is supporting Harris", "say", "continuation"),
    ("We are seeing some signs", "Milan Vaishnav", "Vaishnav", "say", "full"),
    ("There has been this idea", "Milan Vaishnav", "he", "say", "full"),
    ("Clearly, there are many signs", "Milan Vaishnav", "he", "say", "continuation"),
    ("They vote like Americans", "Sumitra Badrinathan",
     "Sumitra Badrinathan, a professor at the American University and one of three co-authors of the report", "say", "full"),
    ("traditional", "", "", "", "scare"),
    ("The Democrats don't have a problem", "Milan Vaishnav", "Vaishnav", "say", "full"),
    ("They have a problem with males", "Milan Vaishnav", "Vaishnav", "say", "continuation"),
    ("People who came in 1990", "Angana Shah",
     "Angana Shah, a Michigan-based social justice lobbyist and lawyer", "say", "full"),
    ("Indians hate the illegal immigration", "Salil Gaonkar", "Gaonkar", "say", "full"),
    ("We know what hoops", "Salil Gaonkar", "Gaonkar", "say", "continuation"),
    ("People are pissed off,", "Dharmendra Jaiswal", "he", "say", "full"),
    ("Illegal immigrants are getting", "Dharmendra Jaiswal", "he", "say", "continuation"),
    ("illegal immigrant is illegal immigrant.", "Dharmendra Jaiswal", "Jaiswal", "say", "full"),
    ("People should not be in limbo", "Suhag Shukla", "Shukla", "say", "full"),
    ("largest deportation operation", "Donald Trump", "Trump", "vow", "partial"),
    ("looking beyond identity politics.", "Pallavi Guha", "Towson University professor Pallavi Guha", "say", "partial"),
    ("People who are supporting Vice President Harris", "Pallavi Guha", "Guha", "say", "full"),
    ("poised to make the margin", "Indian American Impact Fund", "the group", "statement", "partial"),
    ("I’m second generation", "Rupal Shah", "Shah", "say", "full"),
    ("And then when you talk to my parents", "Rupal Shah", "Shah", "say", "continuation"),
    ("Their fiscal concerns", "Rupal Shah", "Shah", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-15-republican-lawmakers-optimistic-trump-can-end-russia"] = [
    ("the president has been clear", "Mike Waltz",
     "Republican Representative Mike Waltz, who was nominated by Trump this week to be his national security adviser",
     "tell", "partial"),
    ("off to the side.", "Mike Waltz", "he", "say", "partial"),
    ("I expect the president", "Mike Rogers", "he", "tell", "full"),
    ("I have an idea what it is", "Mike Rogers", "he", "say", "full"),
    ("very strong military presence", "Michael McCaul",
     "Republican Representative Michael McCaul, chairman of the House Foreign Affairs Committee", "tell", "partial"),
    ("path of deterrence", "Michael McCaul",
     "Republican Representative Michael McCaul, chairman of the House Foreign Affairs Committee", "tell", "partial"),
    ("I think you have to persuade", "Tom Cole", "Republican Representative Tom Cole", "tell", "full"),
    ("I think there is just hope", "Tom Cole", "He", "say", "full"),
    ("can work out something", "Donald Trump", "Trump", "say", "partial"),
    ("We'll see what happens.", "Donald Trump", "Trump", "say", "full"),
    ("are not proposals for peace.", "Kamala Harris", "Vice President Kamala Harris", "say", "partial"),
    ("Instead, they are proposals", "Kamala Harris", "she", "say", "full"),
    ("in the strongest possible position", "Antony Blinken", "U.S. Secretary of State Antony Blinken", "assure", "partial"),
    ("President Biden has committed", "Antony Blinken", "Blinken", "tell", "full"),
    ("not a surrender.", "Donald Trump", "Trump", "tell", "partial"),
    ("What my strategy is", "Donald Trump", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-27-can-china-hit-its-5-growth-target"] = [
    ("an additional 10% Tariff", "Donald Trump", "He", "write", "partial"),
    ("5% target", "Cai Shenkun", "Cai Shenkun, an independent commentator in the United States", "tell", "partial"),
    ("will have to give the CCP", "Cai Shenkun", "Cai", "say", "partial"),
    ("He must make a good gesture.", "Cai Shenkun", "Cai", "say", "continuation"),
    ("China has taken into account", "Si Ling", "Si", "say", "full"),
    ("China's advantages in industrial", "Si Ling", "Si", "say", "full"),
    ("Can the domestic market", "Si Ling", "Si", "say", "continuation"),
    ("Private capital does not dare", "Cai Shenkun", "Cai", "say", "full"),
    ("‘Maintaining the 5% target’", "Cai Shenkun", "Cai", "say", "continuation"),
    ("In the past, people saw property", "Cai Shenkun", "Cai", "say", "full"),
    ("well below 4%.", "Kristalina Georgieva",
     "Kristalina Georgieva, managing director of the International Monetary Fund", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-12-26-americans-are-exhausted-political-news-tv-ratings"] = [
    ("People are mentally exhausted,", "Ziad Aunallah", "Aunallah, 45, of San Diego", "say", "full"),
    ("Everyone knows what is coming", "Ziad Aunallah", "Aunallah, 45, of San Diego", "say", "continuation"),
    ("The last thing I want to watch", "Sam Gude", "Gude, a Democrat and no fan of President-elect Donald Trump", "say", "full"),
    ("Morning Joe", "", "", "", "scare"),
    ("I'll be tuning back in", "Ziad Aunallah", "Aunallah", "say", "full"),
    ("You have no choice.", "Ziad Aunallah", "Aunallah", "say", "continuation"),
    ("then you have to talk about issues", "Sam Gude", "Gude", "say", "partial"),
    ("You get a story but only part", "Kathleen Kendrick", "Kendrick", "say", "full"),
    ("It would be nice", "Kathleen Kendrick", "Kendrick", "say", "continuation"),
    ("in watching the angry man", "Ziad Aunallah", "he", "say", "partial"),
    ("It's kind of their own fault", "Ziad Aunallah", "he", "say", "full"),
    ("I felt they spent all this time", "Ziad Aunallah", "he", "say", "continuation"),
]
