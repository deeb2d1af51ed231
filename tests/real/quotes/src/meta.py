# slug -> (source_url, licence, where_found, date_note)
ANT = 'GitHub rsdoiel/antenna, archives/2025/north_america_2025.07.md (commit 3a5860dfd0), RSS item "from: VOA News USA"; text as in the feed, credit lines and video pointers removed'
DK = "GitHub dimitrakatseli/Wikinews, data/english.json (commit of snapshot; Wikinews API extract, paragraphs already merged by that copy); captions, wiki markup and source lists removed"
VOA_L = "Public domain (VOA staff-produced, US government work)"
WN_L = "CC BY 2.5 (Wikinews)"


def voa(u):
    return ("https://www.voanews.com/a/" + u, VOA_L, ANT, "")


def wn(title, note="date inferred from the article content; the source copy has no date"):
    return ("https://en.wikinews.org/wiki/" + title.replace(" ", "_"), WN_L, DK, note)


M = {
    "voa-2025-02-23-kyiv-minerals-deal": voa(
        "washington-kyiv-near-deal-for-ukrainian-critical-minerals-rights-/7985223.html"
    ),
    "voa-2025-02-22-us-uzbekistan-security": voa(
        "us-uzbekistan-reaffirm-commitment-to-central-asia-security/7984698.html"
    ),
    "voa-2025-02-22-cpac-goes-global": voa(
        "amid-rising-worldwide-populism-america-s-premier-conservative-conference-goes-global/7984267.html"
    ),
    "voa-2025-02-22-cpac-waltz-cartels": voa(
        "in-cpac-remarks-white-house-national-security-adviser-pledges-crackdown-on-mexican-cartels/7984247.html"
    ),
    "voa-2025-02-21-states-election-security-letter": voa(
        "us-states-push-back-against-possible-election-security-changes-/7983778.html"
    ),
    "voa-2025-02-21-trump-expects-mineral-deal": voa(
        "white-house-official-expects-ukraine-to-accept-mineral-deal-/7983752.html"
    ),
    "voa-2025-02-21-g20-lack-of-consensus": voa(
        "lack-of-consensus-as-g20-meets-amid-turbulent-times-/7983605.html"
    ),
    "voa-2025-02-21-rubio-afghanistan-terror-threat": voa(
        "rubio-highlights-emerging-terror-threat-in-afghanistan/7983365.html"
    ),
    "voa-2025-02-21-trump-order-fcc-independence": voa(
        "trump-order-challenges-independence-of-fcc-other-agencies/7982860.html"
    ),
    "voa-2025-02-21-state-dept-china-fact-sheet": voa(
        "us-state-department-tweaks-online-fact-sheet-on-china/7982577.html"
    ),
    "voa-2025-02-20-patel-takes-helm-of-fbi": voa(
        "trump-loyalist-kash-patel-takes-helm-of-fbi/7982428.html"
    ),
    "voa-2025-02-20-zelenskyy-kellogg-talks": voa(
        "us-envoy-kellogg-zelenskyy-talk-in-kyiv/7982134.html"
    ),
    "voa-2025-02-20-trump-egypt-gaza-counterplan": voa(
        "trump-says-he-has-not-seen-the-egyptian-counter-to-his-plan-for-gaza/7981543.html"
    ),
    "voa-2025-02-20-lawmakers-react-ukraine-comments": voa(
        "trump-s-comments-on-ukraine-draw-mixed-reaction-from-us-lawmakers/7981476.html"
    ),
    "voa-2025-02-20-ukraine-spending-figures": voa(
        "us-figures-do-not-support-trump-claims-on-ukraine-spending/7981441.html"
    ),
    "voa-2025-02-19-europe-frozen-out-of-talks": voa(
        "europe-frozen-out-of-peace-talks-as-russia-s-war-on-ukraine-enters-fourth-year/7981053.html"
    ),
    "voa-2025-02-19-kellogg-in-ukraine-after-us-russia-meeting": voa(
        "us-envoy-in-ukraine-for-talks-following-us-russia-meeting/7980256.html"
    ),
    "voa-2025-02-19-uae-rejects-displacement": voa(
        "uae-says-it-rejects-any-attempt-to-displace-palestinian-people-/7980294.html"
    ),
    "voa-2025-02-19-saudi-prince-crucial-to-trump": voa(
        "saudi-prince-proving-crucial-to-trump-efforts-to-end-ukraine-gaza-wars/7980148.html"
    ),
    "voa-2025-02-18-guantanamo-migrant-detainees": voa(
        "more-than-170-migrants-now-detained-at-guantanamo-bay/7979741.html"
    ),
    "voa-2025-02-18-rubio-snubs-g20-meeting": voa(
        "rubio-snubs-south-africa-s-g20-meeting-amid-diplomatic-tensions/7979557.html"
    ),
    "voa-2025-02-21-four-scenarios-peace-ukraine": voa(
        "four-scenarios-for-securing-peace-in-ukraine/7983483.html"
    ),
    "voa-2025-02-17-rubio-saudi-arabia-gaza-talks": voa(
        "rubio-visits-saudi-arabia-as-israel-hamas-move-closer-to-end-of-first-phase-of-ceasefire-/7977580.html"
    ),
    "voa-2025-02-16-rubio-plays-down-breakthrough": voa(
        "us-ukrainian-officials-head-to-saudi-arabia-as-talks-loom-on-ending-russia-s-war/7977072.html"
    ),
    "voa-2025-02-16-border-czar-migrant-arrests": voa(
        "us-border-czar-unhappy-with-pace-of-migrant-arrests/7977021.html"
    ),
    "voa-2025-02-09-white-house-defends-usaid-shutdown": (
        voa("white-house-defends-efforts-to-shut-down-foreign-aid-agency/7968670.html")[0],
        VOA_L,
        ANT.replace(
            "north_america_2025.07.md (commit 3a5860dfd0)",
            "north_america_2025.06.md (commit 27ce9eef32)",
        ),
        "",
    ),
}
