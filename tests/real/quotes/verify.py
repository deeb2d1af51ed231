"""Check every gold row: text[start:end] == quote, paragraph index, kinds, and that
every quote-mark span in the article is annotated. Run: python3 tests/real/quotes/verify.py"""

import csv, glob, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"full", "partial", "continuation", "scare"}
n_rows = n_art = 0
for split in ("dev", "test"):
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
        n_rows += len(rows)
        n_art += 1
print("ok: %d articles, %d quotes" % (n_art, n_rows))
