"""Property tests: on random text with quote marks, apostrophes, names and numbers, nothing crashes
and every offset slices back exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from utils.actors import find_mentions, parse_actors
from utils.article import parse_article, sentences
from utils.errors import InputError
from utils.quotes import RULES, find_quotes

TABLE = parse_actors(
    "id,name,kind,group,gender,roles,aliases\n"
    "ana,Ana Lima,person,Brazil,female,finance minister,Lima\n"
    "bo,Bo Berg,person,Norway,male,union chief,Berg\n"
    "us,United States,country,United States,,,US; U.S.\n"
)
PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "Ana Lima",
        "Lima's",
        "Berg",
        "US",
        "U.S.",
        "us",
        "he",
        "she",
        "said",
        "told",
        "according to",
        "80",
        "1,500",
        "$1.2 billion",
        "5%",
        ",",
        ".",
        ":",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "—",
        "it's",
        "the union chief",
        "the",
        "plan",
        "Talks",
        "\u00a0",
        "\t",
        "é",
        "?",
    ]
)
TEXTS = st.lists(PIECES, min_size=1, max_size=160).map("".join)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _article(text: str):
    try:
        return parse_article(text)
    except InputError:
        return None  # empty or whitespace-only text is a documented error, not a crash


@SETTINGS
@given(TEXTS)
def test_blocks_and_sentences_slice_back(text: str) -> None:
    article = _article(text)
    if article is None:
        return
    for block in article.blocks:
        assert article.text[block.start : block.end] == article.span(block)
        assert article.span(block) == article.span(block).strip()
    for row in sentences(article).itertuples():
        assert article.text[row.start : row.end] == row.text


@SETTINGS
@given(TEXTS)
def test_mentions_slice_back(text: str) -> None:
    article = _article(text)
    if article is None:
        return
    for row in find_mentions(article, TABLE).itertuples():
        assert article.text[row.start : row.end] == row.text


@SETTINGS
@given(TEXTS)
def test_quotes_never_crash_and_slice_back(text: str) -> None:
    article = _article(text)
    if article is None:
        return
    quotes = find_quotes(article, TABLE)
    for row in quotes.itertuples():
        assert article.text[row.start : row.end] == row.quote
        assert row.kind in ("full", "partial", "continuation", "scare")
        assert (row.kind == "scare") == (row.speaker == "") or row.kind != "scare"
    assert set(quotes["method"]) <= set(RULES["id"])


@SETTINGS
@given(TEXTS)
def test_no_quote_falls_back_to_a_failed_attribution(text: str) -> None:
    article = _article(text)
    if article is None:
        return
    assert "X1" not in set(find_quotes(article, TABLE)["method"])
