"""The alias table and mention finding: validation, longest match, case, unseen articles."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from utils.actors import (
    cooccurrence,
    count_mentions,
    find_mentions,
    load_actors,
    parse_actors,
)
from utils.article import parse_article
from utils.entities import alias_rows_snippet, suggest_unknown_names
from utils.errors import InputError
from utils.evaluate import MENTION_GOLD_COLUMNS, gold_path, load_gold, score_mentions

HEADER = "id,name,kind,group,gender,roles,aliases\n"
TABLE = HEADER + (
    "ana_lima,Ana Lima,person,Brazil,female,finance minister,Lima\n"
    "brazil,Brazil,country,Brazil,,,\n"
    "us,United States,country,United States,,,US; U.S.\n"
    "wto,World Trade Organization,organisation,WTO,,trade body,WTO\n"
)


def test_seed_mentions_match_the_gold_exactly(seed, seed_actors) -> None:
    gold = load_gold(gold_path(seed, "mentions"), MENTION_GOLD_COLUMNS, seed)
    mentions = find_mentions(seed, seed_actors)
    scores = score_mentions(mentions, gold)
    assert scores.iloc[-1]["f1"] == 1.0
    counted = count_mentions(mentions).set_index("actor")["mentions"]
    gold_counted = gold.groupby("actor").size()
    assert counted.sort_index().to_dict() == gold_counted.sort_index().to_dict()


def test_offsets_slice_back(seed, seed_actors) -> None:
    for row in find_mentions(seed, seed_actors).itertuples():
        assert seed.text[row.start : row.end] == row.text


def test_longest_alias_wins_and_possessives_count() -> None:
    actors = parse_actors(TABLE)
    article = parse_article(
        "Ana Lima's plan. Lima spoke to the World Trade Organization and the WTO."
    )
    mentions = find_mentions(article, actors)
    assert mentions["text"].tolist() == ["Ana Lima", "Lima", "World Trade Organization", "WTO"]
    assert mentions["actor"].tolist() == [
        "Ana Lima",
        "Ana Lima",
        "World Trade Organization",
        "World Trade Organization",
    ]


def test_case_and_word_boundaries() -> None:
    actors = parse_actors(TABLE)
    article = parse_article(
        "Let us see. The US and the U.S. differ from USSR and Brazilians in Brazil-backed talks."
    )
    mentions = find_mentions(article, actors)
    assert mentions["text"].tolist() == ["US", "U.S.", "Brazil"]


def test_a_name_inside_a_web_address_is_no_mention() -> None:
    """Global Voices, 12 May 2012 ('Greece: Police Violence Against Immigrants on the Rise',
    tests/real/actors/dev8): 'http://www.youtube.com/watch?v=...' counted as a YouTube mention.
    A full stop with its space left out still lets a name count ('the law.Civil Contempt',
    tests/real/actors/dev9)."""
    actors = parse_actors(
        HEADER + "youtube,YouTube,organisation,,,,youtube\ncc,Civil Contempt,organisation,,,,\n"
    )
    article = parse_article(
        "The clip went up on YouTube: http://www.youtube.com/watch?v=RG4Cf1T8bR4 and "
        "[youtube=http://www.youtube.com/watch?v=aOT9vzNY8sY]. You know the law.Civil "
        "Contempt does not disqualify the PM."
    )
    mentions = find_mentions(article, actors)
    assert mentions["text"].tolist() == ["YouTube", "Civil Contempt"]


def test_a_name_glued_to_an_at_sign_is_no_mention() -> None:
    """Digital.gov, 18 July 2014 ('Improving Content, Increasing Participation: A NARA Usability
    Case Study', tests/real/actors/dev34): the intranet 'NARA@work', seven times, counted for
    NARA, 20 mentions where the gold has 14."""
    actors = parse_actors(HEADER + "nara,NARA,organisation,,,,\n")
    article = parse_article("NARA@work is the intranet. NARA staff use NARA@work daily.")
    assert find_mentions(article, actors)["start"].tolist() == [27]


def test_unseen_article_and_unknown_names() -> None:
    actors = parse_actors(TABLE)
    article = parse_article(
        "Lima Meets Trade Chiefs\n\nFinance Minister Ana Lima met Kenyan negotiator Wanjiru Kamau in Geneva. "
        "Kamau said talks with the WTO would go on. Ana Lima agreed.\n\nWith reporting by Reuters"
    )
    mentions = find_mentions(article, actors)
    assert set(mentions["actor"]) == {"Ana Lima", "World Trade Organization"}
    unknown = suggest_unknown_names(article, actors)
    assert "Wanjiru Kamau" in unknown["name"].tolist()
    assert "Reuters" not in unknown["name"].tolist()
    snippet = alias_rows_snippet(unknown[unknown["name"] == "Wanjiru Kamau"])
    assert snippet.startswith("wanjiru_kamau,Wanjiru Kamau,person")


def test_cooccurrence_counts_paragraphs() -> None:
    mentions = pd.DataFrame({"actor": ["A", "B", "A", "B", "C"], "paragraph": [1, 1, 2, 2, 2]})
    table = cooccurrence(mentions)
    assert table.iloc[0].to_dict() == {"actor_a": "A", "actor_b": "B", "together": 2}
    assert len(table) == 3


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "is empty"),
        ("id,name,kind\nx,X,person\n", "missing column"),
        (HEADER + "a,,person,G,,,\n", "row 2 has an empty name"),
        (HEADER + "a,A,person,G,,,Al\nb,B,person,G,,,Al\n", "row 3 .* repeats alias 'Al' of row 2"),
        (HEADER + "a,A,planet,G,,,\n", "row 2 .* has kind 'planet'"),
        (HEADER + "a,A,person,G,,,\na,B,person,G,,,\n", "row 3 repeats id"),
        (HEADER, "no actor rows"),
    ],
)
def test_malformed_tables_name_the_row(text: str, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        parse_actors(text, "actors.csv")


def test_table_that_is_not_csv(tmp_path: Path) -> None:
    path = tmp_path / "actors.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary"):
        load_actors(path)
