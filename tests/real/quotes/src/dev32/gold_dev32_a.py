"""Hand annotations for five dev32 articles (18F blog posts, 7 April to 2 October 2015),
decided by reading each article.

Annotator: one helper session (annotator "a" of dev32), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, the other annotator's module not opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev29, dev30 and dev31 paragraphs on Digital.gov and 18F posts), the dev30 and
dev31 gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Nick Bristow", "Alan deLevie",
"Jackie Kazil", "Liina Areng", "Andres Kütt", "John Yuda", "Denise Turner Roth", "Shashank
Khandelwal", "Christine Cheung", "Chris Goranson", "Eric Ronne", "Mollie Bates", "Natalia
Fitzgerald"), with the first name, surname, pronoun or description nearest the quote in
speaker_text ("Nick said" -> speaker_text "Nick"); pronouns (including the blog's "we") resolve to
the actor they point to; the second piece of a split quote ('"...," X said. "..."' and '"...," X
said, "..."') is continuation; a second quote in a new sentence with its own verb after the first
has closed ('He added, "..."', 'She added, "..."') is full (dev9/dev25, dev31_a's 'He continued,');
a lower-case fragment finishing the reporter's sentence, and a clause after "that", are partial
(dev8/dev22/dev24); titles of books and words being mentioned in the writer's voice are scare
(dev18/dev30); a hypothetical speaker the sentence names as saying words speaks them (dev28 "you",
dev30 "the agent"); words a person used, quoted back by another, are that person's partials
(dev22); an unattributed paragraph after a paraphrase with its own "he said" is his, full
(dev25/dev27/dev30).

Open calls:
- a11yhack: 'Alan deLevie ... saying, "It was great ..." He added, "When we talk about ..."' ->
  Alan deLevie, full and full (a new sentence with its own verb, dev25). Alternative: continuation
  for the second (dev18's pieces joined by "added").
- a11yhack: 'She echoed the sentiments of fellow 18F colleagues who see accessibility as ... And
  that being 508-compliant is not "just about what the letter of the law says," but ...' ->
  Jackie Kazil, partial, cue "echo" (the sentence continues her echo). Alternative: "fellow 18F
  colleagues" (whose sentiments she echoes), or scare.
- a11yhack: '"The idea that often 508 ...," she said, adding that "bringing the accessibility
  consideration ..."' -> Jackie Kazil, full, then partial (clause after "that", dev8/dev24), cue
  "add". Alternative: continuation for the second.
- Dan Brown (a Q&A whose answers carry no quote marks, so only the marked words inside them are
  rows): the book titles "Communicating Design" (twice) and "Designing Together," -> scare.
- Dan Brown: 'if I said to you "irrelevant comparison," you'd know exactly what I was talking
  about' -> Dan Brown, full, cue "say" (the sentence names "I" as saying the words, as dev30's
  "the agent"; the whole hypothetical utterance after the verb). Alternatives: partial (a noun
  phrase), or scare (the name of one of his collected "situations", like dev31's card labels).
- Dan Brown: 'some stakeholder said, "We want this to be like Apple.com."' -> "some stakeholder",
  full, cue "say" (an unnamed, hypothetical speaker kept as written). Alternatives: "stakeholder",
  or Dan Brown (who tells the anecdote).
- Dan Brown: 'I don't think of parts of design as being a "source" of conflict.' -> "18F",
  partial, cue "ask" (the interviewer's word from the question just before, "the biggest source of
  conflict", quoted back by Brown; dev22: words a person used, quoted back by another, are theirs).
  Alternative: scare (Brown's distancing marks).
- Dan Brown: 'The hard part to grasp is that "shared understanding" doesn't necessarily mean
  "agreement."' -> scare and scare (terms mentioned, not said, in the answering writer's own voice,
  dev30's "aid,"). Alternative: Dan Brown, partial (his words, as dev31's "right").
- Estonia: 'The Atlantic called it, "the world's most tech-savvy government."' -> "The Atlantic",
  partial, cue "call" (a publication's label as its words; a noun phrase woven into the sentence).
  Alternative: full (after "called it,"), or scare.
- Estonia: the last paragraph '"If you do it just right, the horse is going to move."' after 'At
  one point, Kütt shared a story he heard at MIT. An architect's work is like trying to move a
  horse by blowing on its tail, he said.' -> Andres Kütt, full, cue "say" (an unattributed
  paragraph after a paraphrase with its own "he said", dev25/dev27). Alternatives: continuation;
  or an unnamed source at MIT (he retells a story he heard there; the text names no one).
- Every Kid in a Park: 'the phrases "government website" and "for kids," might not seem to go
  hand in hand' -> scare and scare (phrases mentioned in the writer's voice).
- Every Kid in a Park: the crosshead 'the word "federal"', 'We originally called "passes"
  "vouchers,"', 'what "federal" meant' and 'the "grown-ups" pages' -> scare (words mentioned and
  a page label in the writer's voice, dev29/dev30). Alternative for "vouchers,": "18F", partial
  (a name the blog's "we" is named as using, dev26's "New-scum").
- Every Kid in a Park: 'That testing "reminded us of the creativity ...," Presidential Innovation
  Fellow Chris Goranson said.' -> Chris Goranson, partial (lower-case fragment finishing the
  reporter's sentence). Alternative: full.
- Design team: 'The most successful CFPB designers are those who are "pragmatic, collaborative,
  ...," Bates said.' -> Mollie Bates, partial; 'She added, "Of course, ..."' -> Mollie Bates, full
  (own verb, new sentence). '"We have the opportunity ...," Fitzgerald said, "and to practice
  design diplomacy ..."' -> Natalia Fitzgerald, full then continuation.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["18f-2015-04-07-icymi-a11yhack-accessibility-awareness-hackathon"] = [
    ("All the presenters were great", "Nick Bristow",
     "Nick Bristow, one of the event organizers", "say", "full"),
    ("The hackathon itself was also successful.", "Nick Bristow", "Nick", "say", "full"),
    ("It was great to have so many people", "Alan deLevie",
     "Alan deLevie, another organizer", "say", "full"),
    ("When we talk about using technology", "Alan deLevie", "He", "add", "full"),
    ("just about what the letter of the law says,", "Jackie Kazil", "She", "echo", "partial"),
    ("The idea that often 508", "Jackie Kazil", "she", "say", "full"),
    ("bringing the accessibility consideration", "Jackie Kazil", "she", "add", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2015-05-19-five-questions-with-dan-brown"] = [
    ("Communicating Design", "", "", "", "scare"),
    ("Designing Together,", "", "", "", "scare"),
    ("Communicating Design.", "", "", "", "scare"),
    ("irrelevant comparison,", "Dan Brown", "I", "say", "full"),
    ("We want this to be like Apple.com.", "some stakeholder", "some stakeholder", "say",
     "full"),
    ("source", "18F", "18F", "ask", "partial"),
    ("shared understanding", "", "", "", "scare"),
    ("agreement.", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2015-06-17-what-estonia-can-teach-us-about"] = [
    ("the world’s most tech-savvy government.", "The Atlantic", "The Atlantic", "call",
     "partial"),
    ("It’s quite a unique system we have,", "Liina Areng",
     "Liina Areng, the agency’s head of international relations", "say", "full"),
    ("We have lost the ability to go back to paper,", "Andres Kütt",
     "Andres Kütt, chief architect of Estonia’s Information System Authority", "say", "full"),
    ("We don’t have physical rooms", "Andres Kütt",
     "Andres Kütt, chief architect of Estonia’s Information System Authority", "say",
     "continuation"),
    ("We see the same thing in our work:", "John Yuda", "Yuda", "say", "full"),
    ("When we've been successful,", "John Yuda", "Yuda", "say", "continuation"),
    ("If you do it just right,", "Andres Kütt", "he", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2015-09-03-every-kid-in-a-park"] = [
    ("government website", "", "", "", "scare"),
    ("for kids,", "", "", "", "scare"),
    ("I can't wait for my future fourth grader", "Denise Turner Roth",
     "Denise Turner Roth, the head of the General Services Administration (GSA)", "say", "full"),
    ("As both a parent and the Administrator of GSA,", "Denise Turner Roth",
     "Denise Turner Roth, the head of the General Services Administration (GSA)", "say",
     "continuation"),
    ("I'm so proud to be part of this initiative", "Shashank Khandelwal",
     "18F Developer Shashank Khandelwal", "say", "full"),
    ("As a fan and ardent visitor of national parks", "Christine Cheung", "Cheung", "say",
     "full"),
    ("reminded us of the creativity", "Chris Goranson",
     "Presidential Innovation Fellow Chris Goranson", "say", "partial"),
    ("I love to design websites for kids,", "Eric Ronne",
     "Eric Ronne, the site’s lead visual designer", "say", "full"),
    ("That helped make this project", "Eric Ronne",
     "Eric Ronne, the site’s lead visual designer", "say", "continuation"),
    ("federal", "", "", "", "scare"),
    ("passes", "", "", "", "scare"),
    ("vouchers,", "", "", "", "scare"),
    ("federal", "", "", "", "scare"),
    ("grown-ups", "", "", "", "scare"),
]

# ---------------------------------------------------------------------------
GOLD["18f-2015-10-02-building-a-better-government-design-team"] = [
    ("It didn’t happen overnight,", "Mollie Bates", "Bates", "say", "full"),
    ("pragmatic, collaborative, team-driven,", "Mollie Bates", "Bates", "say", "partial"),
    ("Of course, everyone here", "Mollie Bates", "She", "add", "full"),
    ("There’s no need to reinvent the wheel", "Natalia Fitzgerald", "Fitzgerald", "explain",
     "full"),
    ("We have the opportunity to serve", "Natalia Fitzgerald", "Fitzgerald", "say", "full"),
    ("and to practice design diplomacy", "Natalia Fitzgerald", "Fitzgerald", "say",
     "continuation"),
]
