"""The attribution rule table: every rule the code applies is in it, and every row is applied somewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from utils.actors import load_actors
from utils.article import load_article
from utils.paths import DEFAULT_ACTORS, SEED_ARTICLE
from utils.quotes import RULES, find_quotes, load_quote_rules

SOURCE = Path(__file__).resolve().parent.parent / "utils" / "quotes.py"
RULE_ID = r"[ANCFX]\d+"


def test_rule_ids_are_unique_and_described() -> None:
    assert RULES["id"].is_unique
    assert RULES["id"].str.fullmatch(RULE_ID).all()
    assert (RULES["description"].str.len() > 20).all()
    assert set(RULES["stage"]) == {
        "not speech",
        "clause after",
        "clause before",
        "clause",
        "context",
        "check",
        "failure",
    }


def test_the_code_and_the_table_name_the_same_rules() -> None:
    used = set(re.findall(rf'"({RULE_ID})"', SOURCE.read_text(encoding="utf-8")))
    assert used == set(RULES["id"])


def test_every_method_on_the_seed_is_a_rule_id() -> None:
    quotes = find_quotes(load_article(SEED_ARTICLE), load_actors(DEFAULT_ACTORS))
    assert set(quotes["method"]) <= set(RULES["id"])
    assert quotes["method"].str.fullmatch(RULE_ID).all()


def test_the_table_is_read_from_its_data_file(tmp_path: Path) -> None:
    edited = RULES.copy()
    edited.loc[0, "description"] = "a changed description"
    path = tmp_path / "rules.csv"
    edited.to_csv(path, index=False)
    pd.testing.assert_frame_equal(load_quote_rules(path), edited)
