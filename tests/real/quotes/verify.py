"""Check every gold row: text[start:end] == quote, paragraph index, kinds, and that
every double-mark quote span in the article is annotated (src/goldtool.py finds them), and that
SOURCES.csv and each devN/SOURCES.csv list every article. Run: python3 tests/real/quotes/verify.py"""

import csv, glob, os, re, sys

sys.dont_write_bytecode = True
ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))
import goldtool  # noqa: E402  (the offset helper the annotations were written with)

SPLITS = ("dev", "test", *sorted(
    (d for d in os.listdir(ROOT) if re.fullmatch(r"dev\d+", d)), key=lambda d: int(d[3:])
))
# Spans between double marks that are no quote: a quote opened with a single mark and closed with
# a double one ('We will step up ... aggressor," Kallas said. "Today, ...), as the feed printed it.
NOT_QUOTES = {
    ("voa-2025-02-28-zelenskyy-meeting-devolves-heated-exchange", " Kallas said. "),
    # one mark too many: 'do not stop at the border," " said John Tak, conference Chair, "I am'
    ("wikinews-2009-06-02-hydrogen-fuel-cell-cars-promoted-various-states", " said John Tak, conference Chair, "),
}
# Quotes whose closing mark the source lacks: the gold gives them no row (dev42 to dev44; README).
UNCLOSED = {
    ("wikinews-2005-12-12-demonstration-hong-kong-denounces-wto", "We will be escalating"),
    ("wikinews-2007-11-29-wikimedia-foundation-among-world-economic-forums-2008", "innovative technology"),
    ("wikinews-2008-03-18-indonesia-grounds-adam-air-may-be-permanently", "The Transport Ministry"),
    ("wikinews-2009-03-24-worlds-cheapest-car-launched-india-will-go", "I hope it will provide"),
    ("wikinews-2006-05-21-snowy-hydro-scheme-go-public", "I think it's a national disgrace"),
    ("wikinews-2009-09-19-uk-energy-companies-announce-that-prices-bills", "energy companies were overcharging"),
}
KINDS = {"full", "partial", "continuation", "scare"}
n_rows = n_art = 0
for split in SPLITS:
    for txt in sorted(glob.glob(os.path.join(ROOT, split, "*.txt"))):
        raw = open(txt, "rb").read()
        assert b"\r" not in raw, txt
        text = raw.decode("utf-8")
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "", txt  # headline, blank line
        assert "\n\n\n" not in text, txt
        rows = list(csv.DictReader(open(txt[:-4] + ".quotes.csv", encoding="utf-8")))
        assert rows, txt
        prev = -1
        for r in rows:
            s, e, p = int(r["start"]), int(r["end"]), int(r["paragraph"])
            assert text[s:e] == r["quote"], (txt, r)
            assert s >= prev, (txt, r)
            prev = s
            assert p == len(re.findall(r"\n\n", text[:s])), (txt, r)
            assert r["kind"] in KINDS, (txt, r)
            assert (r["speaker"] == "") == (r["kind"] == "scare"), (txt, r)
            before = text[s - 1] if s else ""
            assert before in "\"“‘'", (txt, r)
        starts = {int(r["start"]) for r in rows}
        ends = {int(r["end"]) for r in rows}  # the mark closing an annotated quote opens nothing
        slug = os.path.basename(txt)[:-4]
        missing = [
            text[a:b][:50]
            for a, b in goldtool.spans(text)
            if a not in starts and a - 1 not in ends and (slug, text[a:b]) not in NOT_QUOTES
            and not any(slug == u and text[a:b].startswith(w) for u, w in UNCLOSED)
        ]
        assert not missing, (txt, missing)
        assert len(starts) == len(rows), txt
        n_rows += len(rows)
        n_art += 1
sources = [
    row
    for listing in [os.path.join(ROOT, "SOURCES.csv")]
    + [os.path.join(ROOT, split, "SOURCES.csv") for split in SPLITS[2:]]
    for row in csv.DictReader(open(listing, encoding="utf-8"))
]
texts = [t for split in SPLITS for t in glob.glob(os.path.join(ROOT, split, "*.txt"))]
assert sorted(row["slug"] for row in sources) == sorted(os.path.basename(t)[:-4] for t in texts)
print("ok: %d articles, %d quotes" % (n_art, n_rows))
