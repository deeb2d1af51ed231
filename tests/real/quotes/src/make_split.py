"""Write <split>/<slug>.quotes.csv from the GOLD dicts in src/<split>/gold_*.py, and
<split>/SOURCES.csv from the corpus manifest (the texts come from data/corpus; a split whose
texts come from elsewhere, dev8, keeps the SOURCES.csv written when they were gathered).
Run: python3 tests/real/quotes/src/make_split.py dev3   (plain python3, no project code)."""

import csv, glob, importlib.util, os, sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import goldtool as gt  # noqa: E402

QROOT = os.path.dirname(HERE)  # tests/real/quotes
REPO = os.path.dirname(os.path.dirname(os.path.dirname(QROOT)))
MANIFEST = os.path.join(REPO, "data", "corpus", "manifest.csv")


def gold_of(split):
    gold = {}
    for path in sorted(glob.glob(os.path.join(HERE, split, "gold_*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        gold.update(module.GOLD)
    return gold


def main(split):
    out = os.path.join(QROOT, split)
    gold = gold_of(split)
    bad = 0
    for slug, rows in gold.items():
        got, missing = gt.write(os.path.join(out, slug + ".txt"), rows)
        for m in missing:
            print("UNANNOTATED", slug, m)
            bad += 1
        print("%-75s %3d" % (slug, len(got)))
    manifest = {r["slug"]: r for r in csv.DictReader(open(MANIFEST, encoding="utf-8"))}
    if not gold or not all(slug in manifest for slug in gold):  # nothing annotated yet: keep it
        return 1 if bad else 0  # texts from outside the corpus (dev8): SOURCES.csv written by hand
    with open(os.path.join(out, "SOURCES.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["slug", "split", "title", "date", "source_url", "licence", "where_found"])
        for slug in sorted(gold):
            m = manifest[slug]
            where = "GitHub rsdoiel/antenna RSS archives" if m["outlet"] == "Voice of America" else m["where_found"]
            w.writerow([slug, split, m["title"], m["date"], m["source_url"], m["licence"],
                        "data/corpus of this repository (gathered from %s)" % where])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dev3"))
