"""Hand annotations for eight dev6 articles (VOA), decided by reading each article.

Row spec: (snippet, speaker, speaker_text, cue, kind[, exact quote text]) -- snippet = first
characters of the quote right after its opening mark; goldtool turns it into exact offsets.
Rows are in text order; every double-mark span of each article has a row. Single marks
(the subheading 'Significant hit' and the headline 'high-threat illegal aliens') are not
double-mark spans and get no row, following the article's own double-mark convention.
"""

GOLD = {}

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-05-key-county-swing-state-georgia-counting"] = [
    ("And then, kind of a long night begins", "Zach Manifold", "Manifold", "tell", "full"),
    # second piece of the split quote; the paragraph ends with no closing mark
    ("Our first precinct usually arrives", "Zach Manifold", "Manifold", "tell", "continuation"),
    # new paragraph that continues the open quote of the previous one
    ("After you get past midnight", "Zach Manifold", "Manifold", "say", "continuation"),
    ("We have a very large Hispanic population", "Zach Manifold", "Manifold", "say", "full"),
    ("It is a very much a mixture", "Zach Manifold", "Manifold", "say", "continuation"),
    # "he" = Manifold (the only person named in the preceding paragraph)
    ("It's about a 24-hour day", "Zach Manifold", "he", "say", "full"),
    ("I'll start at our warehouse", "Zach Manifold", "he", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2024-11-07-china-expects-bumpy-relations-under-trump"] = [
    # Trump's words in the WSJ interview, opened with a curly mark and closed with a straight one
    ("go into Taiwan", "Donald Trump", "Trump", "say", "partial"),
    ("It’s hard to look at Trump’s victory", "a Chinese netizen in the capital, Beijing", "a Chinese netizen in the capital, Beijing", "write", "full"),
    # "the person" = the same Beijing netizen; a closed quote with its own attribution -> full
    ("How will the lives of normal citizens", "a Chinese netizen in the capital, Beijing", "the person", "add", "full"),
    ("Trump’s approach of being", "Niu Chun-bao", "Niu Chun-bao", "post", "full"),
    ("As long as there are no major internal problems", "another netizen in the eastern Chinese province of Shandong", "another netizen in the eastern Chinese province of Shandong", "write", "full"),
    # unnamed plural speaker: "analysts say this move would be ..."
    ("a significant hit", "analysts", "analysts", "say", "partial"),
    # preceded by a reporter's if-clause, but the quoted words are whole sentences -> full
    ("This would be a return to a big-picture trade war", "Jacob Gunter", "Jacob Gunter", "tell", "full"),
    ("We could see a return to the deal-making", "Jacob Gunter", "Gunter", "say", "full"),
    ("One big question is whether Trump", "Alicia Garcia-Herrero", "Alicia Garcia-Herrero", "tell", "full"),
    ("Economic and political tensions", "Zhiqun Zhu", "Zhiqun Zhu", "tell", "full"),
    ("Trump is more likely to push ahead", "Zhiqun Zhu", "Zhu", "tell", "full"),
    # nested ‘divide-and-conquer’ stays inside this quote
    ("China can take a ‘divide-and-conquer’", "Zhiqun Zhu", "Zhu", "add", "full"),
    ("Competition itself is not necessarily harmful", "Zhiqun Zhu", "Zhu", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-20-trump-seeks-return-military-equipment-afghan"] = [
    ("They [Biden administration] gave billions", "Donald Trump", "Trump", "say", "full"),
    ("If we’re going to pay billions", "Donald Trump", "Trump", "state", "full"),
    # title of Burchett's bill, no one speaking
    ("No Tax Dollars for Terrorists Act", "", "", "", "scare"),
    ("All these funds are then distributed", "U.N. Assistance Mission in Afghanistan", "the mission", "according to", "full"),
    # "a Taliban statement": the statement of a named organisation resolves to the Taliban
    ("Instead, it (U.S.) has confiscated", "Taliban", "a Taliban statement", "statement", "full"),
    # "he" = Ruttig, named at the start of the previous paragraph ("Ruttig warns")
    ("Today, the US-Taliban Doha Agreement", "Thomas Ruttig", "he", "say", "full"),
    ("the incoming U.S. administration will adopt", "Taliban foreign ministry", "The Taliban foreign ministry", "statement", "partial"),
    ("decisive", "Sher Mohammad Abbas Stanikzai", "Taliban Deputy Foreign Minister Sher Mohammad Abbas Stanikzai", "commend", "partial"),
    ("courageous", "Sher Mohammad Abbas Stanikzai", "Taliban Deputy Foreign Minister Sher Mohammad Abbas Stanikzai", "commend", "partial"),
    ("We want to build good relations", "Sher Mohammad Abbas Stanikzai", "Stanikzai", "say", "full"),
    # second piece of a split quote in the same paragraph, even though it has its own "he added"
    ("An enemy doesn’t remain an enemy", "Sher Mohammad Abbas Stanikzai", "he", "add", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-22-tiktok-reprieve-comes-other-countries-limit"] = [
    ("Social media is doing harm to our kids", "Anthony Albanese", "Australian Prime Minister Anthony Albanese", "tell", "full"),
    # the government as an organisation; not resolved to Albanese
    ("take reasonable steps", "Australian government", "The Australian government", "say", "partial"),
    ("I think people will manage", "Theodore Cagé", "15-year-old Theodore Cagé", "tell", "full"),
    ("big distraction from school", "Theodore Cagé", "Cagé", "concede", "partial"),
    ("I reckon it definitely should be more targeted", "Theodore Cagé", "he", "say", "full"),
    ("Social media serves as a lifeline", "Lisa Given", "Lisa Given", "tell", "full"),
    ("are pretty important for engaging", "Pablo Lane", "17-year-old Pablo Lane of Singapore", "tell", "partial"),
    ("It [social media] has had big benefits", "Pablo Lane", "17-year-old Pablo Lane of Singapore", "tell", "continuation"),
    # name of a device setting required by the guidelines; treated as a term, no one speaking
    ("minors mode", "", "", "", "scare"),
    # the article's typo "he Daum" (for "he said"); Jeremy Daum either way
    ("They're really trying, from a number", "Jeremy Daum", "he Daum", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-01-31-deportations-china-continue-shifts-immigration-crackdown"] = [
    # anonymous official on background: the description as written (no alias table to resolve to ICE)
    ("ICE continues to conduct removals", "a U.S. Immigration and Customs Enforcement official", "the ICE official", "say", "full"),
    ("These [Biden administration] flights", "U.S. Department of Homeland Security", "DHS", "statement", "full"),
    # the Federal Register notice implementing the Jan. 21 order
    ("The effect of this change", "the notice", "the notice", "read", "full"),
    ("extreme options", "Joanna Derman", "Joanna Derman", "tell", "partial"),
    ("especially in the event of a significant escalation", "Joanna Derman", "Joanna Derman", "tell", "partial"),
    ("But on the other hand", "Joanna Derman", "she", "say", "full"),
    ("we're also rapidly mobilizing", "Joanna Derman", "she", "say", "continuation"),
    # official designations, no one quoted
    ("recalcitrant", "", "", "", "scare"),
    ("uncooperative.", "", "", "", "scare"),
    # named spokesperson is the speaker
    ("I’d refer you to competent authorities", "Mao Ning", "she", "say", "full"),
    ("Let me say more broadly", "Mao Ning", "she", "say", "continuation"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-04-rubio-el-salvador-push-migration-crackdown"] = [
    # "The top U.S. diplomat" = Rubio
    ("a clear message", "Marco Rubio", "The top U.S. diplomat", "say", "partial"),
    ("This is an effective way to stem", "Marco Rubio", "Rubio", "tell", "full"),
    ("This flight today was possible", "Marco Rubio", "he", "add", "full"),
    ("We’re going to issue a broader one", "Marco Rubio", "he", "add", "continuation"),
    ("take necessary measures", "Marco Rubio", "Rubio", "warn", "partial"),
    ("influence and control", "Donald Trump", "U.S. President Donald Trump", "describe", "partial"),
    ("Secretary Rubio made clear", "Tammy Bruce", "State Department spokesperson Tammy Bruce", "statement", "full"),
    ("We'll study the possibility", "José Raúl Mulino", "Mulino", "add", "full"),
    ("is fueled by China's mission", "United States", "The United States", "caution", "partial"),
    ("totally false", "Fu Cong", "Chinese Ambassador Fu Cong", "dismiss", "partial"),
    ("pointless.", "Fu Cong", "Chinese Ambassador Fu Cong", "dismiss", "partial"),
    ("regrettable.", "Fu Cong", "The Chinese ambassador", "call", "partial"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-05-10-high-threat-illegal-aliens-arrive"] = [
    # attributed here only to unnamed "U.S. officials" (Noem's use comes later)
    ("the worst of the worst\" —", "U.S. officials", "U.S. officials", "describe", "partial", "the worst of the worst"),
    ("high-threat illegal aliens", "Pentagon", "The Pentagon", "confirm", "partial"),
    ("is taking this measure to ensure", "Pentagon", "the Pentagon", "statement", "partial"),
    ("the worst of the worst,", "Kristi Noem", "U.S. Homeland Security Secretary Kristi Noem", "call", "partial"),
    ("convicted murderers, rapists", "Kristi Noem", "Noem", "post", "partial"),
    ("The number of service members", "U.S. Southern Command", "U.S. Southern Command", "statement", "full"),
    ("If you're a violent gang banger", "Pete Hegseth", "Secretary of Defense Pete Hegseth", "tell", "full"),
    ("Some of them are so bad", "Donald Trump", "Trump", "say", "full"),
    ("The Trump administration may find", "Sue Hendrickson", "Hendrickson", "say", "full"),
]

# ---------------------------------------------------------------------------
GOLD["voa-2025-02-11-modi-meet-trump-focus-trade-immigration"] = [
    ("this has been one of our strongest", "Vikram Misri", "Indian foreign secretary Vikram Misri", "say", "partial"),
    ("very big tariff abusers.", "Donald Trump", "Trump", "name", "partial"),
    # "he" = Kevin Hassett, named in the sentence just before
    ("India has enormously high", "Kevin Hassett", "he", "say", "partial"),
    ("New Delhi thought it would take a first step", "Chintamani Mahapatra", "Chintamani Mahapatra", "say", "full"),
    ("India also bargains very well", "Chintamani Mahapatra", "Chintamani Mahapatra", "say", "continuation"),
    ("The U.S. is a little concerned", "Rahul Bedi", "Rahul Bedi", "according to", "full"),
    ("There is likely to be initiatives", "Rahul Bedi", "Rahul Bedi", "according to", "continuation"),
    ("People-to-people relationships", "Subrahmanyam Jaishankar", "Indian foreign minister, Subrahmanyam Jaishankar", "tell", "full"),
    ("It was president Trump in his first term", "Chintamani Mahapatra", "Mahapatra", "say", "full"),
    ("This is an area where both the countries", "Chintamani Mahapatra", "Mahapatra", "say", "continuation"),
]
