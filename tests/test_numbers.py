"""Numbers and market claims on short invented sentences, and on the seed article."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from utils.article import Article, parse_article
from utils.errors import InputError
from utils.numbers import NUMBER_COLUMNS, UNITS, find_market_claims, find_numbers, load_currencies


def numbers_of(text: str) -> list[tuple[str, str, float]]:
    article = parse_article(text)
    table = find_numbers(article)
    assert all(article.text[r.start : r.end] == r.text for r in table.itertuples())
    return [(r.text, r.unit, r.value) for r in table.itertuples()]


def claims_of(text: str) -> pd.DataFrame:
    article = parse_article(text)
    claims = find_market_claims(article)
    assert all(article.text[r.start : r.end] == r.claim for r in claims.itertuples())
    return claims


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials counted 150,000 in all.", [("150,000", "number", 150_000.0)]),
        ("At least 13,200 people were killed.", [("13,200 people", "people", 13_200.0)]),
        ("Some 150,000 or so Russian troops wait.", [("150,000", "people", 150_000.0)]),
        ("The company lost $1.2 billion.", [("$1.2 billion", "money", 1.2e9)]),
        ("Its rival made £210 million.", [("£210 million", "money", 2.1e8)]),
        ("They paid 300 rubles.", [("300 rubles", "money", 300.0)]),
        (
            "Turnout was 60 per cent, up 5% on 2019.",
            [("60 per cent", "percent", 60.0), ("5%", "percent", 5.0), ("2019", "year", 2019.0)],
        ),
        ("The talks on February 21 failed.", [("February 21", "date", 21.0)]),
        ("It was signed on 21 February 2022.", [("21 February 2022", "date", 21.0)]),
        ("Fighting since 2014 went on.", [("2014", "year", 2014.0)]),
        ("It was an eight-year war.", [("eight-year", "count", 8.0)]),
        ("That was five years into the conflict.", [("five years", "count", 5.0)]),
        ("He had waited 3 days.", [("3 days", "count", 3.0)]),
        (
            "The ruble slipped past 80 against the dollar.",
            [("80 against the dollar", "currency_pair", 80.0)],
        ),
    ],
)
def test_units(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert numbers_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In the 1990s the G7 met at 10:30 over COVID-19 and F-16 jets.",
        "The two leaders met one of the envoys on the 3rd day.",
        "No one expected anything.",
    ],
)
def test_what_is_not_a_number(sentence: str) -> None:
    assert numbers_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("The Russian ruble plummeted, slipping past 80 against the dollar.", "USD/RUB"),
        ("The yen weakened to 150 per dollar.", "USD/JPY"),
        ("The euro fell to 1.05 against the dollar.", "EUR/USD"),
        ("The euro rose above $1.10.", "EUR/USD"),
        ("The dollar topped 150 yen.", "USD/JPY"),
        ("Traders said 19 rand to the dollar was too weak.", "USD/ZAR"),
        ("Prices rose. The index was flat at 80 against the dollar.", ""),
    ],
)
def test_currency_pairs(sentence: str, pair: str) -> None:
    table = find_numbers(parse_article(sentence))
    assert list(table["unit"]) == ["currency_pair"]
    assert table.loc[0, "pair"] == pair


def test_pair_from_an_earlier_sentence_of_the_paragraph() -> None:
    table = find_numbers(
        parse_article("The rouble had a bad day. By evening it stood at 80 against the dollar.")
    )
    assert table.loc[0, "pair"] == "USD/RUB"


def test_headline_and_body_but_not_the_credit() -> None:
    article = parse_article(
        "Rand Hits 19 Against Dollar\n\nThe rand fell 2% on Friday.\n\nReporting by 4 agencies"
    )
    table = find_numbers(article)
    assert list(table.columns) == NUMBER_COLUMNS
    assert list(table["text"]) == ["19 Against Dollar", "2%"]
    assert list(table["paragraph"]) == [0, 1]
    assert set(table["unit"]) <= set(UNITS)


def test_context_stays_in_the_sentence_and_is_bounded() -> None:
    words = " ".join(f"w{n}" for n in range(20))
    table = find_numbers(parse_article(f"Before this. {words} 42 {words}. After that."))
    context = table.loc[0, "context"].split()
    assert "42" in context and "this." not in context and "After" not in context
    assert context.index("42") == 12 and len(context) == 25


def test_the_seed_article(seed: Article) -> None:
    table = find_numbers(seed)
    found = set(zip(table["text"], table["unit"], strict=True))
    for item in [
        ("February 21", "date"),
        ("150,000", "people"),
        ("80 against the dollar", "currency_pair"),
        ("eight-year", "count"),
        ("2014", "year"),
        ("13,200 people", "people"),
        ("2019", "year"),
        ("five years", "count"),
    ]:
        assert item in found
    assert table.loc[table["unit"] == "currency_pair", "pair"].tolist() == ["USD/RUB"]
    credit = next(b for b in seed.blocks if b.role == "credit")
    assert (table["start"] < credit.start).all()
    assert all(seed.text[r.start : r.end] == r.text for r in table.itertuples())


@pytest.mark.parametrize(
    ("sentence", "claim", "subject", "pair", "threshold", "direction"),
    [
        (
            "The ruble slipped past 80 against the dollar.",
            "slipped past 80 against the dollar",
            "ruble",
            "USD/RUB",
            80.0,
            "above",
        ),
        (
            "The rand slipped past 19 against the dollar.",
            "slipped past 19 against the dollar",
            "rand",
            "USD/ZAR",
            19.0,
            "above",
        ),
        (
            "The euro rose above $1.10 on Tuesday.",
            "rose above $1.10",
            "euro",
            "EUR/USD",
            1.10,
            "above",
        ),
        ("The euro fell below $1.05.", "fell below $1.05", "euro", "EUR/USD", 1.05, "below"),
        (
            "The rouble weakened beyond 100 per dollar.",
            "weakened beyond 100 per dollar",
            "rouble",
            "USD/RUB",
            100.0,
            "above",
        ),
        (
            "The lira broke through 20 against the dollar.",
            "broke through 20 against the dollar",
            "lira",
            "USD/TRY",
            20.0,
            "above",
        ),
        ("The dollar topped 150 yen.", "topped 150 yen", "dollar", "USD/JPY", 150.0, "above"),
        (
            "The ruble strengthened past 70 against the dollar.",
            "strengthened past 70 against the dollar",
            "ruble",
            "USD/RUB",
            70.0,
            "below",
        ),
        ("The pound fell below $1.20.", "fell below $1.20", "pound", "GBP/USD", 1.20, "below"),
    ],
)
def test_threshold_claims(
    sentence: str, claim: str, subject: str, pair: str, threshold: float, direction: str
) -> None:
    claims = claims_of(sentence)
    assert len(claims) == 1
    row = claims.iloc[0]
    assert (row["claim"], row["subject"], row["pair"], row["direction"]) == (
        claim,
        subject,
        pair,
        direction,
    )
    assert row["threshold"] == pytest.approx(threshold)
    assert row["checkable"] and row["relative"] == ""


@pytest.mark.parametrize(
    ("sentence", "claim", "subject", "relative", "direction"),
    [
        (
            "Stocks plunged to their lowest in over a year.",
            "plunged to their lowest in over a year",
            "stocks",
            "lowest in over a year",
            "below",
        ),
        (
            "Shares fell to their lowest in a year.",
            "fell to their lowest in a year",
            "shares",
            "lowest in a year",
            "below",
        ),
        (
            "The index rose to its highest since 2015.",
            "rose to its highest since 2015",
            "index",
            "highest since 2015",
            "above",
        ),
        ("Gold prices hit a record high.", "hit a record high", "gold", "record high", "above"),
    ],
)
def test_relative_claims(
    sentence: str, claim: str, subject: str, relative: str, direction: str
) -> None:
    claims = claims_of(sentence)
    assert len(claims) == 1
    row = claims.iloc[0]
    assert (row["claim"], row["subject"], row["relative"], row["direction"]) == (
        claim,
        subject,
        relative,
        direction,
    )
    assert math.isnan(row["threshold"]) and not row["checkable"] and row["pair"] == ""


def test_a_relative_currency_claim_has_a_pair_but_is_not_checkable() -> None:
    row = claims_of("The ruble hit its weakest level since 2016 against the dollar.").iloc[0]
    assert (row["pair"], row["direction"], row["relative"]) == (
        "USD/RUB",
        "above",
        "weakest level since 2016",
    )
    assert not row["checkable"]


def test_two_claims_in_one_sentence_get_their_own_subjects() -> None:
    claims = claims_of(
        "The Russian ruble also plummeted, slipping past 80 against the dollar, "
        "while stocks plunged to their lowest in over a year led by a fall in Russian assets."
    )
    assert list(claims["subject"]) == ["ruble", "stocks"]
    assert list(claims["checkable"]) == [True, False]
    assert list(claims["claim"]) == [
        "slipping past 80 against the dollar",
        "plunged to their lowest in over a year",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Profit rose to £210 million.",
        "The company lost $1.2 billion.",
        "Turnout rose above 60 per cent.",
        "The ruble was mentioned 80 times against all odds.",
        "The ruble traded at 75.",
        "At least 13,200 people were killed since 2014.",
        "The team climbed to its highest since 2015.",
        "Voters rose above 60 per cent of the roll.",
    ],
)
def test_no_market_claim(sentence: str) -> None:
    assert claims_of(sentence).empty


def test_a_market_claim_without_a_currency_is_not_checkable() -> None:
    row = claims_of("Stocks fell below 3,000 points.").iloc[0]
    assert (row["claim"], row["subject"], row["pair"], row["direction"]) == (
        "fell below 3,000",
        "stocks",
        "",
        "below",
    )
    assert not row["checkable"]


def test_the_seed_article_claims(seed: Article) -> None:
    claims = find_market_claims(seed)
    assert list(claims["claim"]) == [
        "slipping past 80 against the dollar",
        "plunged to their lowest in over a year",
    ]
    assert list(claims["pair"]) == ["USD/RUB", ""]
    assert list(claims["paragraph"]) == [13, 13]


def test_currency_words_come_from_the_data_file(tmp_path: Path) -> None:
    currencies = load_currencies()
    assert currencies.code_of("Rouble") == "RUB" and currencies.code_of("hryvnia") == "UAH"
    assert currencies.pair("RUB", "USD") == "USD/RUB" and currencies.pair("USD", "EUR") == "EUR/USD"
    bad = tmp_path / "currencies.csv"
    bad.write_text("word,code,rank\nruble,rub,9\n", encoding="utf-8")
    with pytest.raises(InputError, match="3-letter code"):
        load_currencies(bad)
