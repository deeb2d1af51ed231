"""Write dev2/<slug>.quotes.csv from gold_dev2.GOLD and dev2/SOURCES.csv from the corpus manifest.
Run: python3 tests/real/quotes/src/dev2/make_dev2.py  (plain python3, no project code)."""

import csv, os, sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the offset helper of dev and test, src/goldtool.py
import goldtool as gt
from gold_dev2 import GOLD

QROOT = os.path.dirname(os.path.dirname(HERE))          # tests/real/quotes
REPO = os.path.dirname(os.path.dirname(os.path.dirname(QROOT)))
OUT = os.path.join(QROOT, "dev2")
MANIFEST = os.path.join(REPO, "data", "corpus", "manifest.csv")

bad = 0
for slug, rows in GOLD.items():
    got, missing = gt.write(os.path.join(OUT, slug + ".txt"), rows)
    for m in missing:
        print("UNANNOTATED", slug, m)
        bad += 1
    print("%-75s %3d" % (slug, len(got)))

man = {r["slug"]: r for r in csv.DictReader(open(MANIFEST, encoding="utf-8"))}
with open(os.path.join(OUT, "SOURCES.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["slug", "split", "title", "date", "source_url", "licence", "where_found"])
    for slug in sorted(GOLD):
        m = man[slug]
        w.writerow([slug, "dev2", m["title"], m["date"], m["source_url"],
                    "Public domain (VOA staff-produced, US government work)",
                    "data/corpus of this repository (gathered from GitHub rsdoiel/antenna RSS archives)"])
sys.exit(1 if bad else 0)
