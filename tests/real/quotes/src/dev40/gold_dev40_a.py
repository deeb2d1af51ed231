"""Hand annotations for four dev40 articles (Wikinews economy stories of 2005-04-13 to 2009-01-28),
decided by reading each article.

Annotator: one helper session (annotator "a" of dev40), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, no other annotator's dev40 module opened). Read: data/gold/README.md ("who
speaks"), tests/real/quotes/README.md (conventions, and the open calls of earlier sets, in
particular the dev10, dev11, dev12, dev38 and dev39 paragraphs on Wikinews stories), the dev38_a
and dev39_b gold modules as format examples, goldtool.py and make_split.py.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row, save the one stray
span noted below (New Zealand surplus).

Conventions followed: full names as the article gives them, titles dropped ("Manmohan Singh",
"Sun Yuxi", "Wen Jiabao", "M.K. Narayanan", "Swaran Singh", "John Key", "Michael Cullen" for
"Doctor Michael Cullen", "Phil O'Reilly", "Lauri Myllyvirta", "Risto Rinne", "Kanu Virani",
"George A. Pauwels Jr.", "Melody Roth"), with the surname, pronoun or description nearest the
quote in speaker_text; each Wikinews body is one paragraph, so a quote with its own attribution
("the Chinese Premier said", "Myllyvirta continues", "O'Reilly added") is full and only an
unattributed later piece of the same speaker is continuation (dev10/dev38); a whole clause after
"said" or "said:" is full even in lower case (dev12); a whole sentence after "that" is partial
(dev8/dev24/dev38); a company's statement is the company's by its full name (dev18); a document
that is the subject of the reporting verb speaks as written (dev9/dev20); "according to" a
newspaper's report is the newspaper's (dev38's Buffalo News, dev9's Wells Fargo); nested double
marks are paired left to right as the annotation tool pairs them, every piece the speaker's, the
nested term without a row of its own (dev39's no-fly text).

Open calls:
- India-China: 'India agreed also "not to allow Tibetans to engage in anti-China political
  activities on its soil", according to a report in The Economic Times of India' -> The Economic
  Times of India, partial, cue "according to" (the paper's report relays the words; dev38's
  Buffalo News). Alternatives: "a report in The Economic Times of India" (as written), or India
  (the party agreeing to the wording).
- India-China: 'The treaty "respect[s the] status quo, and is tantamount to ...," said Swaran
  Singh' -> partial (the quote finishes the reporter's subject "The treaty"), Swaran Singh; the
  next '"The next two years ...," he cautioned.' -> Swaran Singh, full, cue "caution".
- India-China: '"A growing and stable China ...," the Chinese Premier said.' -> Wen Jiabao, full
  (its own attribution, dev10), not continuation.
- New Zealand: 'Cullen said: "The Government's "robust" financial position was a firm base ...
  how much room he had for tax cuts or spending."' -> the tool pairs the marks left to right, so
  two pieces, "The Government's " (full) and " financial position ..." (continuation), both
  Michael Cullen's; "robust" has no row of its own (dev39). The words are third person ("he
  had") but marked as his, after "said:".
- New Zealand: 'Phil O'Reilly ... said: "The business tax reduction ... revenue nearly tripled.
  "It [tax] should be put to use ...," O'Reilly added.' -> the source leaves out the closing mark
  after "tripled.", so the mark before "It" closes the first quote in the tool's pairing: rows
  "The business tax ..." (Phil O'Reilly, full, "say") and "It [tax] should ..." (Phil O'Reilly,
  full, "add", its own attribution). The mark after "Zealand," then opens a stray span in
  goldtool.spans, " O'Reilly added." to the paragraph's end, which quotes nothing and is left
  without a row: it is the span opened at the mark closing an annotated quote, which verify.py
  does not count (dev5). make_split.py will list it as UNANNOTATED.
- Neste: 'Neste CEO Risto Rinne said in response, "we have learned our lesson," regarding ...'
  -> full (a whole clause after "said ...,", lower case, dev12).
- Neste: 'Neste said in a statement that the investment was "part of Neste Oil's strategic goal
  ..."' -> Neste Oil (the full name the article gives, "Finnish company Neste Oil"), partial, cue
  "statement".
- Michigan: 'the company says that they are now "looking at our website ... We obviously need to
  get the word out."' -> Bay City Electric Light & Power (the company's full name in the text;
  also "Bay City power"), partial (after "that"), though the quote runs on over a second
  sentence (dev39's Carolina Barco).
- Michigan: 'The autopsy performed on Schur's body concluded that he had died "a slow, painful
  death"' -> "the autopsy performed on Schur's body", partial, cue "conclude" (a document-like
  finding that is the subject of the verb speaks as written). Alternative: Kanu Virani, who
  performed it and is quoted next.
- Michigan: 'Virani commented that ... in which "the person froze to death indoors."' -> Kanu
  Virani, partial, cue "comment".
- Michigan: '... said Melody Roth of the city's administrative office, who also added that people
  from all over are "calling all city departments, not just our office."' -> Melody Roth (named
  spokesperson speaks for herself), partial, cue "add".
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["wikinews-2005-04-13-india-china-border-treaty-hoped-improve-ties"] = [
    ("India and China can together reshape", "Manmohan Singh",
     "Indian Prime Minister Manmohan Singh", "say", "full"),
    ("China has a large manufacturing base", "Sun Yuxi",
     "Chinese Ambassador to India, Sun Yuxi", "say", "full"),
    # the paper's report relays the agreement's wording ("according to", dev38's Buffalo News)
    ("not to allow Tibetans to engage", "The Economic Times of India",
     "a report in The Economic Times of India", "according to", "partial"),
    ("This matter tells us that as long as", "Wen Jiabao", "Wen", "say", "full"),
    # its own attribution: full (dev10)
    ("A growing and stable China", "Wen Jiabao", "the Chinese Premier", "say", "full"),
    ("It shows a lot of give and take", "M.K. Narayanan",
     "National Security Adviser M.K. Narayanan, India's special representative for the border talks",
     "say", "full"),
    # finishes the reporter's subject "The treaty": partial
    ("respect[s the] status quo", "Swaran Singh",
     "Swaran Singh, a China expert at the Jawaharlal Nehru University in New Delhi", "say", "partial"),
    ("The next two years are very crucial", "Swaran Singh", "he", "caution", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2006-10-11-new-zealand-government-announces-record-surplus"] = [
    ("The surplus makes a mockery", "John Key",
     "John Key, finance spokesman for National", "say", "full"),
    # nested "robust": the tool pairs marks left to right, two pieces, both Cullen's (dev39)
    ("The Government's ", "Michael Cullen", "Cullen", "say", "full"),
    (" financial position was a firm base", "Michael Cullen", "Cullen", "say", "continuation"),
    # closing mark after "tripled." missing in the source; the mark before "It" closes this
    ("The business tax reduction", "Phil O'Reilly",
     "Phil O'Reilly, Chief Executive of Business New Zealand", "say", "full"),
    # its own attribution "O'Reilly added": full (dev10); the stray span the tool opens at this
    # quote's closing mark (" O'Reilly added.") quotes nothing and has no row (dev5)
    ("It [tax] should be put to use", "Phil O'Reilly", "O'Reilly", "add", "full"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2007-12-03-neste-oil-build-worlds-largest-biodiesel-plant"] = [
    ("The new plantations are to be set up", "Lauri Myllyvirta",
     "Greenpeace's Lauri Myllyvirta", "say", "full"),
    # its own attribution "Myllyvirta continues": full (dev10)
    ("In the years that follow", "Lauri Myllyvirta", "Myllyvirta", "continue", "full"),
    # a whole clause after "said in response,", lower case: full (dev12)
    ("we have learned our lesson,", "Risto Rinne", "Neste CEO Risto Rinne", "say", "full"),
    ("part of Neste Oil's strategic goal", "Neste Oil", "Neste", "statement", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["wikinews-2009-01-28-93-year-old-michigan-man-freezes-death"] = [
    # after "the company says that they are now": partial
    ("looking at our website", "Bay City Electric Light & Power", "the company", "say", "partial"),
    # the autopsy is the subject of the verb: as written (dev9/dev20)
    ("a slow, painful death", "the autopsy performed on Schur's body",
     "The autopsy performed on Schur's body", "conclude", "partial"),
    ("Hypothermia shuts the whole system down", "Kanu Virani",
     "Dr. Kanu Virani, who performed the autopsy", "explain", "full"),
    ("the person froze to death indoors.", "Kanu Virani", "Virani", "comment", "partial"),
    ("His furnace was not running", "George A. Pauwels Jr.",
     "George A. Pauwels Jr., who was with his wife when they found Schur's body", "say", "full"),
    ("I've taken calls from Canada", "Melody Roth",
     "Melody Roth of the city's administrative office", "say", "full"),
    ("calling all city departments", "Melody Roth", "who", "add", "partial"),
]
