"""`make evaluate`: accuracy on real articles, written to bench/accuracy.json for the README.

Actor discovery is scored on tests/real/actors/{dev,test,dev2,...,dev6}: hand counts of the people,
organisations and places each article names (tests/real/actors/README.md). The dev
split's errors are printed to work on; the test split prints its totals only, so its
errors stay unread. The first score of each split is kept as it was first recorded.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from utils.evaluate import (  # noqa: E402
    discovery_summary,
    score_discovery_folder,
    score_quote_folder,
)

REAL = ROOT / "tests" / "real"
RESULTS = ROOT / "bench" / "accuracy.json"


def discovery_scores(split: str) -> tuple[dict[str, float | int], pd.DataFrame]:
    """Totals and the per-entity table of actor discovery on one split."""
    scored = score_discovery_folder(REAL / "actors" / split)
    return discovery_summary(scored), scored


README_MEASURES = ("found", "count within 1 or 20%", "reported right")


def _splits(last: int) -> tuple[str, ...]:
    """dev, test, then dev2 to dev<last>, in the order the sets arrived."""
    return ("dev", "test", *(f"dev{i}" for i in range(2, last + 1)))


# dev2: sixteen news reports (VOA, Wikinews) counted later by other hands, scored once on arrival;
# dev3: fourteen more (VOA, Global Voices), scored once on arrival after tuning on dev2; dev4:
# twelve more VOA reports, after tuning on dev3; dev5: twelve Global Voices round-ups of May 2012,
# the test split's genre, after tuning on dev4; dev6: twelve more round-ups, scored on arrival
# after tuning on dev5; dev7: twelve more round-ups, scored on arrival after tuning on dev6;
# dev8: twelve more round-ups, scored on arrival after tuning on dev7; dev9: twelve more round-ups,
# scored on arrival after tuning on dev8; dev10: sixteen Wikinews stories of 2005-2008 (the quote
# set's dev11 texts), scored on arrival after tuning on dev9; dev11: twelve more round-ups of May
# 2012, scored on arrival after the first fixes from dev10; dev12: eleven more round-ups of May
# 2012, scored on arrival (code of 5834b70) after tuning on dev11; dev13: twelve VOA reports of
# October to December 2024 from outside the corpus, scored on arrival (code of 86f8509); dev14:
# twelve more VOA reports of October to December 2024, scored on arrival (code of 2d91ca2); dev15:
# twelve more of the same list, scored on arrival (code of 8ad4de5); dev16: twelve more of the same
# list, scored on arrival after the first fixes from dev15 (code of bc561c1); dev17: twelve more of
# the same list, scored on arrival (code of e7bc174); dev18: twelve more Global Voices round-ups of
# May 2012 from the corpus, the test split's genre, scored on arrival (code of 9c59744); dev19: twelve
# more of the same, scored on arrival after the first fixes from dev18 (c819dc2); dev20: twelve more
# of the same (every third, from the second on, of the 44 unused ones left), scored on arrival (e79acf5);
# dev21: eleven more (every third, from the first on, of the 32 left), scored on arrival after the
# first fixes from dev20 (0c4bb6f); dev22: eleven more (every second, from the first on, of the 21
# left), scored on arrival after the first fixes from dev21 (1292330); dev23: the ten left, scored on
# arrival (78c946d); dev24: the 23 short Wikinews stories of the corpus no set used, scored on arrival
# after the first fixes from dev23 (cd96829); dev25: the six VOA reports of the corpus no set used and
# its six round-ups of May 2012 of 1300-1450 words, scored on arrival (fab31f6, the code at arrival);
# dev26: the eight VOA reports of quote set dev27 (the corpus used up), scored on arrival; dev27:
# eight Digital.gov news posts (public domain, a new source), the texts of quote set dev28, scored
# on arrival (4ef0ba1); dev28: eight more Digital.gov posts, every eighth from the second of the same
# 64, the texts of quote set dev29, scored on arrival (6f64461); dev29: eight more, every eighth from
# the third, the texts of quote set dev30, scored on arrival (cb3b689); dev30: nine posts of 18F's blog
# (public domain, a new source), every second of the 18 with three 'said' or more and 400 to 1500
# words, the texts of quote set dev31, scored on arrival (20518d3); dev31: the other nine of those 18,
# the texts of quote set dev32, and dev32: eight more Digital.gov posts, every eighth from the fourth,
# the texts of quote set dev33, both scored on arrival (2e136e5); dev33: seven more, every eighth from
# the fifth (the eighth drawn, a copy of a dev32 post, dropped), the texts of quote set dev34, scored
# on arrival (34766f9); dev34: eight more, every eighth from the sixth, the texts of quote set dev35,
# scored on arrival (c4a5406); dev35: eight more, every eighth from the seventh, the texts of quote
# set dev36, scored on arrival (8687412); dev36: the last eight, every eighth from the eighth, the
# texts of quote set dev37, scored on arrival (842b479); dev37: sixteen Wikinews economy stories of
# 2005 to 2009 (a new file of the Docma-TU/tosca copy), every 115/16th by page id of the 115 with
# four pairs of marks and three reporting verbs or more, the texts of quote set dev38, scored on
# arrival (2fd37b8); dev38: sixteen more of the 99 of that pool left, spread the same way from
# half a step on, the texts of quote set dev39, scored on arrival (6d1d5a6); dev39: sixteen more
# of the 83 left, spread the same way from a quarter step on, the texts of quote set dev40, scored
# on arrival (40fa000); dev40: sixteen more of the 67 left, from three quarters of a step on, the
# texts of quote set dev41, scored on arrival (d8dd4f5); dev41: the first sixteen of the 51 left,
# from the start of each step, the texts of quote set dev42, scored on arrival (bef9a12); dev42:
# sixteen of the 35 left, from half a step on, the texts of quote set dev43, scored on arrival
# (f3d1123); dev43: the last nineteen of that pool, the texts of quote set dev44, scored on
# arrival (05bc8a5).
ACTOR_SPLITS = _splits(43)


def readme_rows(results: dict[str, dict[str, dict[str, float | int]]]) -> list[str]:
    """The rows of the README's accuracy table, as `make evaluate` prints them."""
    rows = []
    for when in ("first", "current"):
        for split in ACTOR_SPLITS:
            r = results[when][f"actors_{split}"]
            cells = [when, split, r["articles"], r["gold people and organisations"]]
            cells += [r[m] for m in README_MEASURES]
            rows.append("| " + " | ".join(str(c) for c in cells) + " |")
    return rows


_AT_COMMIT = """
import json, sys
from utils.evaluate import discovery_summary, score_discovery_folder
print(json.dumps({s: discovery_summary(score_discovery_folder(sys.argv[1] + "/" + s)) for s in ("dev", "test")}))
"""


def _scores_at(commit: str) -> dict[str, dict[str, object]]:
    """Discovery totals on today's splits by the code (and word lists) of an earlier commit."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="media-first-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "-f", "-q", str(tree), commit], cwd=ROOT, check=True
        )
        try:
            done = subprocess.run(
                [sys.executable, "-c", _AT_COMMIT, str(REAL / "actors")],
                cwd=tree,
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONPATH": str(tree)},
            )
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True
            )
    scores = json.loads(done.stdout)
    return {f"actors_{split}": {**totals, "commit": commit} for split, totals in scores.items()}


# dev2: twelve more VOA reports annotated later by another hand, scored once on arrival;
# dev3: sixteen more (VOA, Wikinews) by two more hands, likewise; dev4: fourteen more (VOA,
# Global Voices), scored once on arrival after tuning on dev3; dev5: twelve more VOA reports,
# after tuning on dev4; dev6: sixteen more VOA reports, after tuning on dev5; dev7: sixteen
# more, after tuning on dev6; dev8: fifteen VOA reports from outside the corpus, after tuning on dev7;
# dev9: fourteen more VOA reports of February 2025 from outside the corpus, after tuning on dev8;
# dev10: fourteen Wikinews stories of 2005-2008 and two VOA reports, after tuning on dev9;
# dev11: sixteen more Wikinews stories of 2005-2008 from the same copy, after tuning on dev10;
# dev12: the eight left of that copy's screened pages, after tuning on dev11; dev13: fourteen VOA
# reports of January and February 2025 from outside the corpus, scored on arrival (code of 04149b9);
# dev14: the five VOA reports of February 2025 left in the archive, scored on arrival (a63aa0c);
# dev15: six VOA reports of October 2024 from outside the corpus, scored on arrival (86f8509);
# dev16: seven VOA reports of October and November 2024, scored on arrival (2d91ca2); dev17: eight
# VOA reports of November and December 2024, scored on arrival (8ad4de5); dev18: eight more of
# November and December 2024, scored on arrival after the first fixes from dev17 (bc561c1); dev19:
# eight VOA reports of October to December 2024 on a new walk, scored on arrival (e7bc174); dev20:
# eight more on another walk, scored on arrival (9c59744); dev21: eight more on a third walk, scored
# on arrival after the first fixes from dev20 (2bf78b9); dev22: eight more on a fourth walk, scored
# on arrival (e79acf5); dev23: eight more on a fifth walk, scored on arrival after the first fixes
# from dev22 (3ea3da8); dev24: eight more on a sixth walk, scored on arrival (94c6672, the code of
# 78c946d); dev25: eight more on a seventh walk, scored on arrival after the first fixes from dev24
# (04515d8); dev26: eight more on an eighth walk, scored on arrival after the first fixes from actor
# set dev25 and quote set dev25 (76d87d6); dev27: the eight items left of the list, with
# replacements, scored on arrival after the holiday fix (the same texts are actor set dev26); dev28:
# eight Digital.gov news posts, every eighth of the 64 with four 'said' or more and 400 to 1500
# words, scored on arrival (4ef0ba1; the same texts are actor set dev27); dev29: eight more, every
# eighth from the second, scored on arrival (6f64461; the same texts are actor set dev28); dev30:
# eight more, every eighth from the third, scored on arrival (cb3b689; actor set dev29); dev31: nine
# posts of 18F's blog, scored on arrival (20518d3; actor set dev30); dev32: the other nine 18F posts
# (actor set dev31) and dev33: eight more Digital.gov posts, every eighth from the fourth (actor set
# dev32), both scored on arrival (2e136e5); dev34: seven more, every eighth from the fifth, scored on
# arrival (34766f9; actor set dev33); dev35: eight more, every eighth from the sixth, scored on
# arrival (c4a5406; actor set dev34); dev36: eight more, every eighth from the seventh, scored on
# arrival (8687412; actor set dev35); dev37: the last eight, every eighth from the eighth, scored
# on arrival (842b479; actor set dev36); dev38: sixteen Wikinews economy stories of 2005 to 2009
# from a new file of the Docma-TU/tosca copy, scored on arrival (2fd37b8; actor set dev37); dev39:
# sixteen more of the same pool, scored on arrival (6d1d5a6; actor set dev38); dev40: sixteen more,
# scored on arrival (40fa000; actor set dev39); dev41: sixteen more, scored on arrival (d8dd4f5;
# actor set dev40); dev42: sixteen more, scored on arrival (bef9a12; actor set dev41); dev43:
# sixteen more, scored on arrival (f3d1123; actor set dev42); dev44: the pool's last nineteen,
# scored on arrival (05bc8a5; actor set dev43).
QUOTE_SPLITS = _splits(44)


def quote_scores(split: str) -> dict[str, float | int]:
    """Quote F1 (exact spans) and speaker accuracy on one split of tests/real/quotes."""
    table = score_quote_folder(REAL / "quotes" / split)
    total = table.iloc[-1]
    return {
        "articles": len(table) - 1,
        "gold quotes": int(total["gold"]),
        "quote F1 (exact)": round(float(total["quote_f1_exact"]), 3),
        "speaker accuracy": round(float(total["speaker_accuracy"]), 3),
    }


def readme_quote_rows(results: dict[str, dict[str, dict[str, float | int]]]) -> list[str]:
    """The rows of the README's real-text quote table."""
    rows = []
    for when in ("first", "current"):
        for split in QUOTE_SPLITS:
            r = results[when][f"quotes_{split}"]
            cells = [when, split, r["articles"], r["gold quotes"], r["quote F1 (exact)"]]
            cells += [r["speaker accuracy"]]
            rows.append("| " + " | ".join(str(c) for c in cells) + " |")
    return rows


INVENTED = {
    "development articles, other outlets' styles (`tests/articles/`)": "tests/articles",
    "held-out set 1 (`tests/heldout/`)": "tests/heldout",
    "held-out set 2 (`tests/heldout2/`)": "tests/heldout2",
    "held-out set 3 (`tests/heldout3/`)": "tests/heldout3",
    "held-out set 4, errors never read (`tests/heldout4/`)": "tests/heldout4",
    "held-out set 5 (`tests/heldout5/`)": "tests/heldout5",
}


def invented_scores() -> dict[str, dict[str, float | int]]:
    """Quote scores of the invented sets (unit-case style articles written for the collection)."""
    scores = {}
    for label, folder in INVENTED.items():
        total = score_quote_folder(ROOT / folder).iloc[-1]
        scores[label] = {
            "gold quotes": int(total["gold"]),
            "quote F1 (exact)": round(float(total["quote_f1_exact"]), 3),
            "speaker accuracy": round(float(total["speaker_accuracy"]), 3),
        }
    return scores


def readme_invented_rows(results: dict[str, dict[str, dict[str, float | int]]]) -> list[str]:
    """The rows of the README's table of invented sets."""
    return [
        f"| {label} | {r['gold quotes']} | {r['quote F1 (exact)']} | {r['speaker accuracy']} |"
        for label, r in results["invented"].items()
    ]


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    )
    return done.stdout.strip() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show-dev-errors", action="store_true", help="list the dev split's misses"
    )
    parser.add_argument(
        "--dev-only", action="store_true", help="score the dev splits only; write nothing"
    )
    parser.add_argument(
        "--first-at",
        metavar="COMMIT",
        help="record as first score what the code of COMMIT gives on today's splits "
        "(when articles join or move, their first score is the code from before any tuning)",
    )
    args = parser.parse_args()
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results: dict[str, object] = {"first": previous.get("first", {}), "current": {}}
    if args.first_at:
        results["first"] = {**results["first"], **_scores_at(args.first_at)}  # type: ignore[dict-item]
    first = results["first"]
    current = results["current"]
    assert isinstance(first, dict) and isinstance(current, dict)
    for split in [s for s in ACTOR_SPLITS if s != "test"] if args.dev_only else ACTOR_SPLITS:
        totals, scored = discovery_scores(split)
        key = f"actors_{split}"
        current[key] = totals
        if key not in first:
            first[key] = {**totals, "commit": _commit()}
        print(f"actor discovery, {split} split:")
        for measure, value in totals.items():
            print(f"  {measure:42} {value}")
        if split == "dev" and args.show_dev_errors:
            misses = scored[~scored["right"] | ~scored["count_ok"]]
            with pd.option_context("display.width", 200, "display.max_rows", 500):
                print(misses.drop(columns=["gender", "gold_gender"]).to_string(index=False))
    for split in [s for s in QUOTE_SPLITS if s != "test"] if args.dev_only else QUOTE_SPLITS:
        key = f"quotes_{split}"
        current[key] = quote_scores(split)
        if key not in first:
            first[key] = {**current[key], "commit": _commit()}
        print(f"quotes and speakers, {split} split:")
        for measure, value in current[key].items():
            print(f"  {measure:42} {value}")
    if args.dev_only:
        return
    results["invented"] = invented_scores()
    print("README rows:\n" + "\n".join(readme_rows(results)))  # type: ignore[arg-type]
    print("\n".join(readme_quote_rows(results)))  # type: ignore[arg-type]
    print("\n".join(readme_invented_rows(results)))  # type: ignore[arg-type]
    partial = RESULTS.with_suffix(".json.tmp")
    partial.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(partial, RESULTS)


if __name__ == "__main__":
    main()
