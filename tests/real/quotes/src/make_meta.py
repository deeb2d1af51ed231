"""Write SOURCES.csv from the article files, split.json and meta.py."""

import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from meta import M, wn

split = json.load(open(os.path.join(HERE, "split.json")))
rows = []
for slug in sorted(split):
    text = open(os.path.join(ROOT, split[slug], slug + ".txt"), encoding="utf-8").read()
    title = text.split("\n", 1)[0]
    if slug in M:
        url, lic, where, note = M[slug]
    elif slug.startswith("wikinews-"):
        url, lic, where, note = wn(title)
    else:
        raise SystemExit("no meta for " + slug)
    date = slug.split("-", 1)[1][:10]
    if note:
        where = where + "; " + note
    rows.append(
        dict(
            slug=slug,
            split=split[slug],
            title=title,
            date=date,
            source_url=url,
            licence=lic,
            where_found=where,
        )
    )
with open(os.path.join(ROOT, "SOURCES.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(
        f,
        fieldnames=["slug", "split", "title", "date", "source_url", "licence", "where_found"],
        lineterminator="\n",
    )
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows")
