"""Hand annotations for four dev39 articles (Wikinews economy stories of 2006-01-20 to 2009-03-16),
decided by reading each article.

Annotator: one helper session (annotator "b" of dev39), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev39 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11, dev12 and dev38 paragraphs on Wikinews stories and the dev34 to dev37
paragraphs), the dev38_a and dev11_a gold modules as format examples, goldtool.py and
make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them, titles dropped ("Anna Duever",
"Carolina Barco", "Peter Jackson", "Robert Shaye", "Gustiono Kustianto", "Adam Suherman", "Ben
Bernanke"), with the surname, pronoun or description nearest the quote in speaker_text; each
Wikinews body is one paragraph, so a quote with its own attribution ("Mr Shaye said", "he told
Reuters") is full and only an unattributed later piece of the same speaker is continuation
(dev10); an unattributed sentence after the same speaker's partial continues it (dev10/dev38); a
quote with no verb right after the speaker's own paraphrase with its own verb is full
(dev14/dev25/dev36/dev38); a whole clause after "said" or "saying:" is full (dev12/dev16); a whole
sentence after "that" is partial even with a capital (dev8/dev24/dev38); a label inside someone's
reported words is theirs, partial (dev9/dev22); a gloss of a name and a programme's title are
scare (dev11/dev18); single marks in a text that quotes with double marks are not rows (the
Jackson story's stray "titled ' to The Lord of the Rings", left by the link conversion).

Open calls:
- Danish T-shirts: 'Duever believes the fact the FARC has been included by the EU in its terrorist
  group list is a "political game".' -> Anna Duever, partial, cue "believe" (a label inside her
  reported view, dev9/dev22). Alternative: scare.
- Danish T-shirts: 'Carolina Barco, said to local media that "financing terrorist groups is
  unacceptable ... demanded an explanation."' -> partial (after "that", though it runs on over
  two sentences, dev8/dev24).
- Danish T-shirts: 'a Danish NGO named Oprør ("Rebelion")' -> scare (a gloss of a name, dev11).
- Jackson: 'Mr Jackson described it as "financial anomalies," which New Line refused to account
  for. "Fundamentally, our legal action is about ..."' -> the second is Peter Jackson's
  continuation of his partial (an unattributed sentence after the same speaker's partial, dev10),
  cue "describe"; "our" (Jackson and Fran Walsh) not made joint, as only Jackson is named with
  the words. Alternative: full (dev36's quote after a paraphrase).
- Jackson: 'Robert Shaye ... said that New Line does not want to do any films ... "I do not want
  to make a movie ..."' and 'Mr Shaye said he has been offended ... "He got a quarter of a
  billion ..."' -> Robert Shaye, full, cue "say" (after his paraphrase with its own verb).
- Jackson: 'Mr Jackson claims that ..., saying: "We attempted ..."' -> full, cue "say".
- Adam Air: 'Suherman said "We have defaulted ..."' -> "Adam Suherman" (the "founder Adam
  Suherman" named earlier), full.
- Adam Air: 'GTS director Gustiono Kustianto said that "Since we joined, ..." but that ...' and
  'He went on to say that a cash injection is required, and that "There is a possibility ..."'
  -> partial (whole sentences after "that").
- Bernanke: 'Speaking on the CBS network "60 Minutes"' -> scare (programme title, dev18/dev27).
- Bernanke: 'the absence of "political will"' and 'it was an "extraordinary time"' after "The
  chairman said that ..." -> Ben Bernanke, partial. The unmarked poll line "Is the United States
  on the right track ...?" (a leftover Wikinews template) has no row.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-01-20-danish-clothing-company-sells-t-shirts-support"] = [
    ("defend freedom and social justice", "Anna Duever",
     "Anna Duever, Fighters and Lovers PR chief", "say", "partial"),
    # a label inside her reported view (dev9/dev22)
    ("political game", "Anna Duever", "Duever", "believe", "partial"),
    ("We pay our taxes in Denmark", "Anna Duever", "she", "say", "full"),
    # after "said to local media that": partial (dev8/dev24)
    ("financing terrorist groups is unacceptable", "Carolina Barco",
     "Colombian Foreign Affairs Minister, Carolina Barco", "say", "partial"),
    # gloss of the NGO's name (dev11)
    ("Rebelion", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-01-12-peter-jackson-banned-from-working-new-line"] = [
    ("financial anomalies,", "Peter Jackson", "Mr Jackson", "describe", "partial"),
    # unattributed sentence right after his partial (dev10/dev38)
    ("Fundamentally, our legal action", "Peter Jackson", "Mr Jackson", "describe", "continuation"),
    ("We don't understand why New Line", "Peter Jackson", "Mr Jackson", "say", "full"),
    # after his paraphrase "Robert Shaye ... said that New Line does not want ...": full (dev36)
    ("I do not want to make a movie", "Robert Shaye",
     "Robert Shaye, co-chairman of New Line and executive producer of The Lord of the Rings",
     "say", "full"),
    ("I don't care about Peter Jackson", "Robert Shaye", "Mr Shaye", "say", "full"),
    # after his paraphrase "Mr Shaye said he has been offended ...": full
    ("He got a quarter of a billion", "Robert Shaye", "Mr Shaye", "say", "full"),
    ("We attempted to discuss the issues", "Peter Jackson", "Mr Jackson", "say", "full"),
    ("[Jackson's] either had very poor counsel", "Robert Shaye", "Mr Shaye", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-03-17-adam-air-hits-severe-financial-problems-may"] = [
    # a whole sentence after "said that": partial (dev8/dev24)
    ("Since we joined, our priority", "Gustiono Kustianto",
     "GTS director Gustiono Kustianto", "say", "partial"),
    # "Suherman" = "founder Adam Suherman" named earlier; a whole clause after "said": full
    ("We have defaulted and the investors", "Adam Suherman", "Suherman", "say", "full"),
    ("Out of 22 planes, now we only have 10", "Adam Suherman", "he", "tell", "full"),
    # "He went on to say ... and that "..."": partial
    ("There is a possibility starting on March 21", "Adam Suherman", "He", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-03-16-us-fed-chairman-bernanke-says-recession-could"] = [
    ("probably", "Ben Bernanke",
     "the chairman of the United States Federal Reserve, Ben Bernanke", "say", "partial"),
    # programme title
    ("60 Minutes", "", "", "", "scare"),
    ("We've seen some progress", "Ben Bernanke", "he", "say", "full"),
    ("political will", "Ben Bernanke", "The chairman", "say", "partial"),
    ("extraordinary time", "Ben Bernanke", "The chairman", "say", "partial"),
]
