"""Write every article and its gold CSV into dev/ or test/ (split rule: sort all slugs,
every third one -- positions 2, 5, 8, ... -- goes to test/)."""

import json, os, glob, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import goldtool

TEXTS = {}
GOLD = {}
MARKS = {}
for name in sorted(glob.glob(os.path.join(HERE, "*_texts.json"))):
    TEXTS.update(json.load(open(name, encoding="utf-8")))
for name in sorted(glob.glob(os.path.join(HERE, "raw", "*.txt"))):
    TEXTS[os.path.basename(name)[:-4]] = open(name, encoding="utf-8").read()
import importlib

for mod in sorted(glob.glob(os.path.join(HERE, "gold_*.py"))):
    m = importlib.import_module(os.path.basename(mod)[:-3])
    GOLD.update(m.G)
    MARKS.update(getattr(m, "MARKS", {}))

slugs = sorted(TEXTS)
split = {s: ("test" if k % 3 == 2 else "dev") for k, s in enumerate(slugs)}
for f in glob.glob(os.path.join(ROOT, "dev", "*")) + glob.glob(os.path.join(ROOT, "test", "*")):
    os.remove(f)
total = {"dev": [0, 0], "test": [0, 0]}
for s in slugs:
    p = os.path.join(ROOT, split[s], s + ".txt")
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(TEXTS[s])
    if s not in GOLD:
        print("NO GOLD", s)
        continue
    got, missing = goldtool.write(p, GOLD[s], MARKS.get(s, '"“'))
    total[split[s]][0] += 1
    total[split[s]][1] += len(got)
    for m in missing:
        print("UNANNOTATED", s, m)
print(total)
json.dump(split, open(os.path.join(HERE, "split.json"), "w"), indent=0)
