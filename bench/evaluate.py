"""`make evaluate`: accuracy on real articles, written to bench/accuracy.json for the README.

Actor discovery is scored on tests/real/actors/{dev,test}: hand counts of the people,
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

from utils.evaluate import discovery_summary, score_discovery_folder  # noqa: E402

REAL = ROOT / "tests" / "real"
RESULTS = ROOT / "bench" / "accuracy.json"


def discovery_scores(split: str) -> tuple[dict[str, float | int], pd.DataFrame]:
    """Totals and the per-entity table of actor discovery on one split."""
    scored = score_discovery_folder(REAL / "actors" / split)
    return discovery_summary(scored), scored


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
        "--dev-only", action="store_true", help="score the dev split only; write nothing"
    )
    args = parser.parse_args()
    previous = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results: dict[str, object] = {"first": previous.get("first", {}), "current": {}}
    first = results["first"]
    current = results["current"]
    assert isinstance(first, dict) and isinstance(current, dict)
    for split in ("dev",) if args.dev_only else ("dev", "test"):
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
    if args.dev_only:
        return
    partial = RESULTS.with_suffix(".json.tmp")
    partial.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(partial, RESULTS)


if __name__ == "__main__":
    main()
