"""Hand annotations for eight dev10 articles (Wikinews, 2006 to 2008), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article (headline included) has a row.
Speakers were decided by reading the article text only, following data/gold/README.md ("who
speaks") and the open calls recorded in tests/real/quotes/README.md. Single marks in these
double-mark articles (the headlines 'clean water' and 'furious') are not rows.

The Wikinews bodies are one paragraph each (breaks lost upstream), so a second quote of the same
speaker cannot be placed in its original paragraph. As in the earlier Wikinews gold
(gold_wikinews_dk.py, "continued Manber" -> full), a quote with its own attribution ("he added",
"added Dadullah", "Al-Zawahiri said") is full; only an unattributed later piece is continuation.
A few snippets are not unique in their article ("still alive", "VT", "Taiwan"); goldtool searches
from the end of the previous row, so text order resolves them.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-08-06-no-full-recount-mexican-election"] = [
    ("peaceful civic resistance", "Andres Manuel Lopez Obrador", "Lopez Obrador", "tell", "partial"),
    ("We maintain our demand,", "Andres Manuel Lopez Obrador", "he", "say", "full"),
    ("We disagree with the tribunal", "Andres Manuel Lopez Obrador", "he", "say", "continuation"),
    # chants that a named crowd ("His supporters, chanting ...") shouts are the crowd's; the
    # pronoun resolved to Lopez Obrador; objects of "chanting" inside the sentence: partial
    ("vote-by-vote", "Andres Manuel Lopez Obrador's supporters", "His supporters", "chant", "partial"),
    ("if there is no solution, there will be", "Andres Manuel Lopez Obrador's supporters", "His supporters", "chant", "partial"),
    # introduced by "stated his point of view on democracy," (a comma, not "said:"): a whole utterance
    ("Let's bear in mind that democracy", "Andres Manuel Lopez Obrador", "Lopez Obrador", "state", "full"),
    ("The most decisive proof that we won", "Andres Manuel Lopez Obrador", "he", "state", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-09-11-al-qaeda-releases-911-message"] = [
    # the article never gives his first name: speaker as written
    ("Your leaders are hiding from you", "al-Zawahiri", "al-Zawahiri, the fugitive deputy to al-Qaeda leader Osama bin Laden", "say", "full"),
    ("And the days are pregnant", "al-Zawahiri", "al-Zawahiri", "say", "continuation"),
    ("...the reality of international politics", "al-Zawahiri", "Al-Zawahiri", "say", "partial"),
    # the video is the subject of "presents a threat ... that": a document that is the subject of
    # the verb speaks under the description as written (dev9), though al-Zawahiri "says in a video"
    ("Dr. Brydon won't be returning", "the video", "The video", "threat", "partial"),
    ("Israel has been able to dominate", "al-Zawahiri", "Al-Zawahiri", "say", "partial"),
    ("We tell you not to concern yourselves", "al-Zawahiri", "he", "say", "full"),
    # its own attribution ("Al-Zawahiri said"): full; "(their presence, red.)" is an editor's insert
    # inside the quote
    ("You should worry about your presence", "al-Zawahiri", "Al-Zawahiri", "say", "full"),
    ("It would be very, very weird", "Peter Bergen", "Bergen", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-03-01-taliban-leader-bin-laden-alive"] = [
    # headline "Taliban leader: ... is "still alive"": the headline's colon gives the words to
    # the Taliban leader the body names (Mullah Dadullah)
    ("still alive", "Mullah Dadullah", "Taliban leader", "say", "partial"),
    # headline words not quoted in the body (a summary of his threats), still set after
    # "Taliban leader:" in marks: his, partial
    ("Taliban ready to strike Americans", "Mullah Dadullah", "Taliban leader", "say", "partial"),
    ("still alive", "Mullah Dadullah", "Mullah Dadullah, a high ranking official for the Taliban in Afghanistan", "say", "partial"),
    ("messages are exchanged to share plans", "Mullah Dadullah", "Mullah Dadullah", "say", "partial"),
    ("go to the battlefield together.", "Mullah Dadullah", "Dadullah", "say", "partial"),
    ("Only his comrades see him", "Mullah Dadullah", "Dadullah", "say", "full"),
    ("hundreds", "Mullah Dadullah", "Dadullah", "claim", "partial"),
    ("reap the crop for a long time", "Mullah Dadullah", "Dadullah", "claim", "partial"),
    ("revenge", "Mullah Dadullah", "Dadullah", "say", "partial"),
    ("The Americans have sown a seed.", "Mullah Dadullah", "Dadullah", "say", "full"),
    # its own attribution ("added Dadullah"): full
    ("The suicide martyrs, those willing", "Mullah Dadullah", "Dadullah", "add", "full"),
    ("is more important than anything.", "Mullah Dadullah", "Dadullah", "say", "partial"),
    # unattributed sentence right after his partial ("Dadullah also says that Islam ..."):
    # continues his quoted words
    ("For the Taliban, Islam is more important", "Mullah Dadullah", "Dadullah", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-07-04-djibouti-clean-water-funding"] = [
    ("The two-year water supply project", "Joaquin Gonzalez", "Joaquin Gonzalez, EU Representative in Djibouti", "say", "full"),
    # named spokesperson: he, not WFP
    ("What we are trying to do together", "Simon Pluess", "Simon Pluess, WFP spokesman", "say", "full"),
    ("And, together with the UN Food", "Simon Pluess", "Simon Pluess", "say", "continuation"),
    ("Life is harder and harder for us.", "Anou Amada", "Anou Amada, farmer in the village of Andoli", "say", "full"),
    ("WFP couldn’t do this alone", "Benoit Thiry", "Benoit Thiry, Director, WFP in Djibouti", "say", "full"),
    ("The advantage of solar", "Omar Habib", "Omar Habib, UNICEF communication specialist", "say", "full"),
    # its own attribution ("he added"): full (see the docstring)
    ("We want the people to participate", "Omar Habib", "he", "add", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-10-16-china-furious-dalai-lama-award"] = [
    ("We are furious,", "Zhang Qingli", "Tibet's Communist Party boss, Zhang Qingli", "tell", "full"),
    ("If the Dalai Lama can receive", "Zhang Qingli", "Zhang Qingli", "tell", "continuation"),
    # the title is the only name the article gives him; follows "said" without a colon, a whole
    # utterance: full
    ("What we demand from the Chinese authority", "Dalai Lama", "the Dalai Lama", "say", "full"),
    # named spokesperson: he, not the Foreign Ministry
    ("The presence of the U.S. president", "Liu Jianchao", "Foreign Ministry spokesman Liu Jianchao", "say", "full"),
    ("We solemnly demand that the US", "Yang Jiechi", "Mr Yang", "tell", "full"),
    ("We understand the concerns of the Chinese,", "Tony Fratto", "White House deputy press secretary Tony Fratto", "say", "full"),
    ("This is a meeting with a spiritual leader.", "Tony Fratto", "Tony Fratto", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-11-05-taiwan-run-for-un-relay"] = [
    # the event's name (headline and body): no one speaking it
    ("Taiwan Run for UN", "", "", "", "scare"),
    ("Taiwan Run For UN", "", "", "", "scare"),
    # the name under which Taiwan applies ("under the name of "Taiwan""): a name, scare
    ("Taiwan", "", "", "", "scare"),
    # a whole sentence after "declared that" in a statement: partial (dev8)
    ("Taiwan and China are different countries", "Chen Shui-bian", "Chen", "declare", "partial"),
    # slogan printed on T-shirts, no one said to speak it: scare
    ("UN for Taiwan", "", "", "", "scare"),
    ("VT", "", "", "", "scare"),
    # product labels ("Made in China" as in dev8; the "MIC" mark): scare
    ("Made in China", "", "", "", "scare"),
    ("MIC", "", "", "", "scare"),
    ("VT", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-03-19-serbia-neighbours-recognize-kosovo"] = [
    # a joint statement the three countries "announced in": theirs jointly, in text order
    # (dev2: a statement issued by several agencies is theirs jointly)
    ("The decision on the recognition of Kosovo", "Croatia; Bulgaria; Hungary", "the statement", "say", "full"),
    # named party spokesman: he
    ("multi-ethnic and democratic country.", "Angel Naidenov", "Angel Naidenov, spokesman of the Bulgarian Socialist Party", "praise", "partial"),
    ("In these circumstances the change", "Croatia; Bulgaria; Hungary", "the statement", "say", "full"),
    # "The three nations express ... they wish to develop ties with a Kosovo that "..."": theirs
    ("maintains good relations with its neighbors", "Croatia; Bulgaria; Hungary", "they", "wish", "partial"),
    ("Every country that decides to recognize", "Vuk Jeremić", "he", "say", "full"),
    ("cannot have good ties with Serbia.", "Vuk Jeremić", "he", "add", "partial"),
    ("I call on states, particularly", "Vuk Jeremić", "Jeremić", "say", "full"),
    ("We want to have the best possible relations", "Boris Tadić", "Tadić", "say", "full"),
    ("But recognition of Kosovo is certainly", "Boris Tadić", "Tadić", "say", "continuation"),
    # no attribution of its own; the sentence before paraphrases him ("Sanader says he does not
    # expect relations to worsen") without quoting: his words, a whole utterance (dev4, dev8)
    ("I do understand this is a difficult one", "Ivo Sanader", "Croatian Prime Minister Ivo Sanader", "say", "full"),
    ("very good for the Serbian perception", "Hajredin Kuçi", "Kosovo's deputy prime minister, Hajredin Kuçi", "say", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2008-09-25-pakistani-us-troops-gun-battle"] = [
    # unnamed officials stay as written (dev7)
    ("were well within", "officials for the Pakistani army", "Officials for the Pakistani army", "statement", "partial"),
    # unattributed sentence right after the partial of the same statement: continues it
    ("On this, the helicopters returned fire", "officials for the Pakistani army", "Officials for the Pakistani army", "statement", "continuation"),
    ("flares", "Asif Ali Zardari", "Pakistan's president, Asif Ali Zardari", "state", "partial"),
    ("so mixed", "Asif Ali Zardari", "Asif Ali Zardari", "state", "partial"),
    ("Sometimes the border is so mixed", "Asif Ali Zardari", "Zardari", "add", "full"),
    # named spokesperson (called "White House spokesman" by the article): he
    ("They were U.S. helicopters.", "Bryan Whitman", "White House spokesman, Bryan Whitman", "say", "full"),
    ("very serious", "Bryan Whitman", "Whitman", "say", "partial"),
    # the article gives this ISAF statement to "the Pakistani military" (the sentence before
    # speaks of "Afghan military officials"); the text's own attribution is kept
    ("ISAF helicopters received small-arms fire", "Pakistani military", "the Pakistani military", "say", "full"),
]
