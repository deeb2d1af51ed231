"""Build article .txt files from the dimitrakatseli/Wikinews copy (data/english.json).

Cleanup applied (markup only, words untouched): leading image captions / "200px" image
residue removed, trailing "== Sources ==", gallery and category sections removed,
wiki italic/bold marks ('' and ''') removed.  The source copy had already merged each
article's paragraphs into one, so each body is a single paragraph.
"""

import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
d = json.load(open(os.path.join(HERE, "dimitrakatseli_english.json"), encoding="utf-8"))

# index: (slug, strip_prefix, drop_sentences)
ARTS = {
    0: ("wikinews-2007-03-15-bbc-jam-to-close", "BBC Jam promotional image, with logo. ", []),
    6: ("wikinews-2007-12-14-google-knol-testing", "200px ", []),
    15: ("wikinews-2007-11-26-vaile-steps-down", "", []),
    17: ("wikinews-2005-04-01-world-bank-wolfowitz-security", "", []),
    19: ("wikinews-2005-09-21-google-sued-by-authors", "250px ", []),
    23: ("wikinews-2006-01-09-paedophile-flees-town", "", []),
    25: (
        "wikinews-2006-09-12-mercury-food-chain",
        "",
        ["Chickens become contaminated with mercury from eating contaminated insects. "],
    ),
    26: ("wikinews-2005-04-06-iraq-elects-kurdish-president", "", []),
    32: (
        "wikinews-2008-07-25-sony-vaio-refresh",
        'The "VAIO Experience 2008" Press Conference in Taiwan. ',
        [],
    ),
    37: ("wikinews-2007-03-21-bloc-supports-budget", "", []),
    40: ("wikinews-2006-05-11-nsa-call-logs", "", []),
    43: (
        "wikinews-2007-07-24-uk-rail-white-paper",
        'The "Delivering a Sustainable Railway" white paper Secretary of State for Transport, Ruth Kelly ',
        [],
    ),
    45: ("wikinews-2008-02-12-apology-stolen-generations", "", []),
    46: ("wikinews-2008-10-20-scientology-accuses-anonymous", "", []),
    49: ("wikinews-2007-02-05-independent-jewish-voices", "", []),
}


def clean(i, prefix, drops):
    c = d[i]["content"]
    c = re.split(r"\s*==\s*[A-Z]", c)[0]
    assert c.startswith(prefix), (i, c[:80])
    c = c[len(prefix) :]
    for s in drops:
        assert s in c, (i, s)
        c = c.replace(s, "", 1)
    c = c.replace("'''", "").replace("''", "")
    return c.strip()


def split_of(slugs):
    # fixed rule: sort all slugs of the whole set; every third (positions 2, 5, 8, ...) goes to test
    return {s: ("test" if k % 3 == 2 else "dev") for k, s in enumerate(sorted(slugs))}


if __name__ == "__main__":
    out = {}
    for i, (slug, prefix, drops) in ARTS.items():
        out[slug] = d[i]["bestTitle"].strip() + "\n\n" + clean(i, prefix, drops) + "\n"
    json.dump(
        {s: t for s, t in out.items()},
        open(os.path.join(HERE, "wikinews_dk_texts.json"), "w"),
        ensure_ascii=False,
        indent=0,
    )
    print(len(out))
