"""The README's accuracy tables are what `make evaluate` recorded, and what the code gives now.

Not a threshold: a change that moves a score fails here until `make evaluate` records the new
score and the README shows it.
"""

from __future__ import annotations

import json
import sys

import pytest

from utils.paths import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import evaluate as bench_evaluate

RECORD = json.loads((ROOT / "bench" / "accuracy.json").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_shows_the_recorded_scores() -> None:
    rows = [
        *bench_evaluate.readme_rows(RECORD),
        *bench_evaluate.readme_quote_rows(RECORD),
        *bench_evaluate.readme_invented_rows(RECORD),
    ]
    for row in rows:
        assert row in README, f"README lacks the row {row}; run `make evaluate`"


@pytest.mark.parametrize("split", bench_evaluate.ACTOR_SPLITS)
def test_recorded_discovery_scores_are_the_code_s_scores_now(split: str) -> None:
    totals, _ = bench_evaluate.discovery_scores(split)
    assert totals == RECORD["current"][f"actors_{split}"], "run `make evaluate`"


@pytest.mark.parametrize("split", bench_evaluate.QUOTE_SPLITS)
def test_recorded_quote_scores_are_the_code_s_scores_now(split: str) -> None:
    assert bench_evaluate.quote_scores(split) == RECORD["current"][f"quotes_{split}"]


def test_first_scores_are_kept_with_their_commit() -> None:
    keys = [f"actors_{split}" for split in bench_evaluate.ACTOR_SPLITS]
    for key in keys + [f"quotes_{split}" for split in bench_evaluate.QUOTE_SPLITS]:
        assert RECORD["first"][key]["commit"]


def test_readme_shows_the_recorded_benchmark() -> None:
    import run as bench_run

    results = json.loads((ROOT / "bench" / "results.json").read_text(encoding="utf-8"))
    for row in bench_run.readme_rows(results):
        assert row in README, f"README lacks the row {row}; run `make bench`"


def test_the_readme_describes_the_shipped_corpus() -> None:
    from utils import audit

    manifest = audit.load_manifest(ROOT / "data" / "corpus" / "manifest.csv")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for row in audit.composition_rows(manifest):
        assert row in readme, f"README lacks the corpus row {row}"
    assert len(list((ROOT / "data" / "corpus").glob("*.txt"))) == len(manifest)


def test_the_readme_s_headline_share_is_the_test_split_s_score() -> None:
    import re

    words = {
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
    }
    said = re.search(r"Expect about (\w+) quotes in (\w+) to get the right speaker", README)
    assert said is not None, "the README's headline sentence is gone"
    share = words[said.group(1)] / words[said.group(2)]
    score = RECORD["current"]["quotes_test"]["speaker accuracy"]
    assert abs(share - score) <= 0.03, f"the README says {share:.3f}, the test split gives {score}"
