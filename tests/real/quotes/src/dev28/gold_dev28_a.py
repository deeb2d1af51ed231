"""Hand annotations for four dev28 articles (Digital.gov news posts, 21 October 2013 to 27 April
2015), decided by reading each article.

Annotator: one helper session (annotator "a" of dev28), by reading the article texts only (no
project code run or read other than goldtool.py and make_split.py, no system output seen, the test
splits not opened, the other annotator's module not opened), following data/gold/README.md ("who
speaks") and the conventions and open calls recorded in tests/real/quotes/README.md.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row.

Conventions followed: full names as the article gives them ("Kevin Bush", "Larry Cooper",
"Maurice Kent", "Sam Bronson", "Jill James", "Ashley Gordon", "Stephanie Thum", "Kevin Cropper",
"Dana Chisnell"), with "HUD's Kevin Bush", "Bush", "he", "Kent's", "Cropper" etc. kept in
speaker_text; pronouns resolve to the person they point to; the second piece of a split quote
("...," said X. "...") is continuation; a quote after a colon with no verb is full (dev13); a
bracketed edit opening or inside the span stays inside it (dev14: "[NASA] offers ...", "[to
ask]"); single marks nested inside double ones stay inside the one row (‘What does your team
lack ...'?, ‘These are the metrics ...’, ‘FAQ’); single marks in these double-mark articles
(the crosshead "Don’t Be a ‘Report Monkey’") are no rows; a label inside someone's reported
words is theirs (dev22/dev23/dev25/dev27); names and titles no one speaks are scare.

Open calls:
- Partnerships: 'you've probably had to ask: "Do we have the tools and capabilities ...?"' -> the
  hypothetical reader the post addresses, speaker "you" as written, full, cue "ask" (a whole
  utterance after "ask:"; the guideline gives scare only to marks no one is said to speak).
  Alternative: scare.
- Partnerships: 'Often times, the answer is, "no."' -> scare (the post's own generalisation, no
  reporting verb and no one named as giving the answer). Alternative: "you", partial.
- Partnerships: Kent's closing line ('Kent's short and central takeaway: "The lesson to take to
  heart here is [to ask]... ‘What does ...?'"') -> Maurice Kent, full, cue "takeaway" (a quote
  after a colon with no verb, dev13; the nested single-mark question stays inside it).
- Analytics: in 'His number-one tip in this area: Make sure your analytics tool tracks visits
  across ... sub-domains (for example, "site.agency.gov") and "vanity URLs" named for a program.'
  the example domain "site.agency.gov" is a name, not words -> scare; "vanity URLs" is a label
  inside Sam Bronson's reported tip -> Sam Bronson, partial, cue "tip" (dev22/dev23 rule).
  Alternative for "vanity URLs": scare (a standing industry term, dev25).
- Analytics: 'He recommended ... encouraging "evangelists" to spread the word' -> Sam Bronson,
  partial, cue "recommend" (a label inside his reported recommendation); alternative: scare.
- Analytics: the second piece of each Bronson paragraph ("Keep people accountable. ...", "It's the
  difference ...", "What you really want ...", "You may be the only one ...") -> continuation;
  the ellipsis inside the last one stays in the span, and the author's credit line glued right
  after its closing mark ("..._Hannah Gladfelter Rubin is ...") is outside it.
- Ed.gov and FAQs: every quote paragraph is '"...," said X / X said. "..."' -> full, then
  continuation, all spoken by the named person of that paragraph.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["digitalgov-2013-10-21-partnerships-can-add-value-to-prize"] = [
    ("Do we have the tools and capabilities", "you", "you", "ask", "full"),
    ("no.", "", "", "", "scare"),
    ("Partnerships allow you to tap", "Kevin Bush", "Bush", "say", "full"),
    ("[NASA] offers the prize", "Larry Cooper", "he", "say", "full"),
    ("We’ve had situations where", "Larry Cooper", "he", "say", "full"),
    ("It takes a lot of effort", "Larry Cooper", "he", "say", "continuation"),
    ("The lesson to take to heart", "Maurice Kent", "Kent’s", "takeaway", "full"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2014-10-17-secrets-to-dynamite-public-sector-analytics"] = [
    ("No matter what the project", "Sam Bronson", "he", "say", "full"),
    ("Keep people accountable.", "Sam Bronson", "he", "say", "continuation"),
    ("site.agency.gov", "", "", "", "scare"),
    ("vanity URLs", "Sam Bronson", "His", "tip", "partial"),
    ("It’s a crucial step,", "Sam Bronson", "Bronson", "say", "full"),
    ("It’s the difference between", "Sam Bronson", "Bronson", "say", "continuation"),
    ("You don’t want to become a report monkey,", "Sam Bronson", "Bronson", "say", "full"),
    ("What you really want to be doing", "Sam Bronson", "Bronson", "say", "continuation"),
    ("evangelists", "Sam Bronson", "He", "recommend", "partial"),
    ("You want to make sure that", "Sam Bronson", "he", "say", "full"),
    ("You may be the only one", "Sam Bronson", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-02-12-building-brick-by-brick-ed-govs"] = [
    ("We use three different CMSs,", "Jill James",
     "Jill James, Web director at the Department of Education", "say", "full"),
    ("We timed the phases", "Jill James",
     "Jill James, Web director at the Department of Education", "say", "continuation"),
    ("The entire redesign process", "Jill James", "James", "say", "full"),
    ("If you have the funds", "Jill James", "James", "say", "continuation"),
    ("As we looked at Bootstrap", "Jill James", "James", "say", "full"),
    ("It provided a big shortcut", "Jill James", "James", "say", "continuation"),
    ("We did not remove any pages", "Jill James", "James", "say", "full"),
    ("In some cases, there were links", "Jill James", "James", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["digitalgov-2015-04-27-are-faqs-still-relevant"] = [
    ("We are going through a three phased", "Ashley Gordon", "Gordon", "say", "full"),
    ("Is it a content issue", "Ashley Gordon", "Gordon", "say", "continuation"),
    ("As a new agency,", "Ashley Gordon", "Gordon", "say", "full"),
    ("We want them to know", "Ashley Gordon", "Gordon", "say", "continuation"),
    ("The nature of the work we do", "Stephanie Thum", "Thum", "say", "full"),
    ("There is also the matter of a vernacular", "Stephanie Thum", "Thum", "say", "continuation"),
    ("We use Yammer with our user community", "Kevin Cropper", "Cropper", "say", "full"),
    ("It blurs the ‘FAQ’ structure", "Kevin Cropper", "Cropper", "say", "continuation"),
    ("My personal opinion,", "Dana Chisnell", "Chisnell", "say", "full"),
    ("FAQs are meant to fill in gaps", "Dana Chisnell", "Chisnell", "say", "continuation"),
    ("Design your website to answer", "Dana Chisnell", "Chisnell", "say", "full"),
    ("Instead, use the questions users have", "Dana Chisnell", "Chisnell", "say", "continuation"),
]
