"""Sentiment: invented sentences whose polarity is not in doubt, contractions, aggregation.

Expected scores are TextBlob 0.20.1 and vaderSentiment 3.3.2 on one-word-driven
sentences; per-speaker means are computed here by hand from those pinned scores.
"""

from __future__ import annotations

import math
import statistics

import pandas as pd
import pytest
from textblob import TextBlob

from utils.article import parse_article
from utils.quotes import QUOTE_COLUMNS
from utils.sentiment import (
    SPEAKER_COLUMNS,
    explain,
    normalise_for_scoring,
    quote_sentiment,
    score_texts,
    sentence_sentiment,
    speaker_sentiment,
)


def _one(text: str) -> pd.Series:
    return score_texts([text]).iloc[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This isn’t good", "This is not good"),
        ("They won’t stop, and we can’t wait.", "They will not stop, and we cannot wait."),
        ("Don't", "Do not"),
        ("WON'T", "WILL NOT"),
        ("I’m sure they’re right; we’ll see.", "I am sure they are right; we will see."),
        ("‘It’s fine,’ she said.", "'It is fine,' she said."),
        ("Ukraine’s borders", "Ukraine's borders"),
        ("rock'n'roll at ten o’clock", "rock'n'roll at ten o'clock"),
    ],
)
def test_normalise_for_scoring(text: str, expected: str) -> None:
    assert normalise_for_scoring(text) == expected


def test_score_texts_columns_and_order() -> None:
    table = score_texts(["This is an excellent, wonderful plan.", "The meeting is on Tuesday."])
    assert list(table.columns) == [
        "text",
        "textblob_polarity",
        "textblob_subjectivity",
        "vader_compound",
        "lexicons_disagree",
    ]
    assert table["text"].tolist() == [
        "This is an excellent, wonderful plan.",
        "The meeting is on Tuesday.",
    ]
    assert table.iloc[1][
        ["textblob_polarity", "textblob_subjectivity", "vader_compound"]
    ].tolist() == [0, 0, 0]


def test_score_texts_clearly_positive() -> None:
    row = _one("This is an excellent, wonderful plan.")
    assert row["textblob_polarity"] == 1.0
    assert row["vader_compound"] == 0.813


def test_score_texts_clearly_negative() -> None:
    row = _one("This is a terrible, awful mistake.")
    assert row["textblob_polarity"] == -1.0
    assert row["vader_compound"] == -0.818


@pytest.mark.parametrize("text", ["This isn't good", "This isn’t good", "This is not good"])
def test_score_texts_negation_after_normalising(text: str) -> None:
    row = _one(text)
    assert row["textblob_polarity"] == -0.35
    assert row["vader_compound"] < 0


def test_score_texts_not_a_good_idea_is_negative() -> None:
    row = _one("This is not a good idea")
    assert row["textblob_polarity"] < 0
    assert row["vader_compound"] < 0


def test_textblob_alone_misreads_the_contraction() -> None:
    """Why we normalise: raw TextBlob drops "n't" and calls this positive."""
    assert TextBlob("This isn’t good").sentiment.polarity > 0
    assert _one("This isn’t good")["textblob_polarity"] <= 0


@pytest.mark.parametrize(
    ("text", "disagree"),
    [
        (
            "We encourage a unilateral approach.",
            True,
        ),  # TextBlob -0.5, VADER +0.511: opposite signs
        (
            "Their conduct is deplorable",
            True,
        ),  # TextBlob -0.6, VADER 0 (word unknown): neutral vs strong
        ("swiftly and decisively", False),  # TextBlob 0, VADER +0.296: below the strong threshold
        ("This is an excellent, wonderful plan.", False),
        ("The meeting is on Tuesday.", False),
    ],
)
def test_score_texts_lexicons_disagree(text: str, disagree: bool) -> None:
    assert bool(_one(text)["lexicons_disagree"]) is disagree


def test_explain_names_the_driving_words() -> None:
    table = explain("This is an excellent plan!")
    assert list(table.columns) == ["lexicon", "word", "score"]
    rows = set(table.itertuples(index=False, name=None))
    assert ("textblob", "excellent!", 1.0) in rows  # TextBlob counts the "!" as a booster
    assert ("vader", "excellent", 2.7) in rows  # VADER's lexicon word, punctuation stripped
    assert table["lexicon"].tolist() == sorted(table["lexicon"])


def test_explain_shows_the_expanded_negation() -> None:
    table = explain("It isn’t good.")
    textblob = table[table["lexicon"] == "textblob"]
    assert textblob[["word", "score"]].values.tolist() == [["not good", -0.35]]
    assert table[table["lexicon"] == "vader"]["word"].tolist() == ["good"]


def test_explain_neutral_text_is_empty() -> None:
    assert explain("The meeting is on Tuesday.").empty


def _quotes(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    """A quotes table from (quote, speaker, kind) triples, other columns filled in."""
    return pd.DataFrame(
        [
            {"quote": q, "speaker": s, "speaker_text": s, "cue": "say", "paragraph": i + 1,
             "start": 10 * i, "end": 10 * i + len(q), "kind": k, "method": "test"}
            for i, (q, s, k) in enumerate(rows)
        ],
        columns=QUOTE_COLUMNS,
    )  # fmt: skip


HAND_MADE = _quotes(
    [
        ("The plan is good", "Ana Lima", "full"),  # TextBlob 0.7, subjectivity 0.6, VADER 0.440
        ("It was an excellent speech", "Ana Lima", "full"),  # 1.0, 1.0, 0.572
        ("Their conduct is deplorable", "Ana Lima", "partial"),  # -0.6, 0.9, 0.000; disagree
        ("wonderful", "Ana Lima", "scare"),  # excluded
        ("We are happy", "Ben Cole", "full"),  # 0.8, 1.0, 0.572
        ("a great success", "Cara Diaz", "full"),  # 0.55, 0.375, 0.832
        ("a horrible failure", "Cara Diaz", "full"),  # -0.658, 0.65, -0.778
        ("a terrible plan", "", "partial"),  # -1.0, 1.0, -0.477
        ("so-called", "", "scare"),  # excluded
    ]
)


def test_quote_sentiment_keeps_every_row() -> None:
    table = quote_sentiment(HAND_MADE)
    assert len(table) == len(HAND_MADE)
    assert list(table.columns) == [
        *QUOTE_COLUMNS,
        "textblob_polarity",
        "textblob_subjectivity",
        "vader_compound",
        "lexicons_disagree",
    ]
    assert table["kind"].tolist() == HAND_MADE["kind"].tolist()
    assert table["speaker"].tolist()[-2:] == ["(no speaker)", "(no speaker)"]
    assert table["speaker"].tolist()[:3] == ["Ana Lima"] * 3
    assert table["textblob_polarity"].tolist()[:3] == [0.7, 1.0, -0.6]


def test_quote_sentiment_missing_speaker() -> None:
    quotes = _quotes([("good", "x", "full")]).assign(speaker=[None])
    assert quote_sentiment(quotes)["speaker"].tolist() == ["(no speaker)"]


def test_speaker_sentiment_by_hand() -> None:
    table = speaker_sentiment(HAND_MADE)
    assert list(table.columns) == SPEAKER_COLUMNS
    assert table["speaker"].tolist() == ["Ana Lima", "Cara Diaz", "(no speaker)", "Ben Cole"]
    assert table["quotes"].tolist() == [3, 2, 1, 1]
    assert table["words"].tolist() == [4 + 5 + 4, 3 + 3, 3, 3]
    assert table["anecdotal"].tolist() == [False, False, True, True]
    ana = table.iloc[0]
    assert ana["textblob_polarity_mean"] == pytest.approx((0.7 + 1.0 - 0.6) / 3, abs=1e-3)
    assert ana["textblob_polarity_std"] == pytest.approx(
        statistics.stdev([0.7, 1.0, -0.6]), abs=1e-3
    )
    assert ana["textblob_subjectivity_mean"] == pytest.approx((0.6 + 1.0 + 0.9) / 3, abs=1e-3)
    assert ana["vader_compound_mean"] == pytest.approx((0.440 + 0.572 + 0.0) / 3, abs=1e-3)
    assert ana["vader_compound_std"] == pytest.approx(
        statistics.stdev([0.440, 0.572, 0.0]), abs=1e-3
    )
    assert ana["disagree_share"] == pytest.approx(1 / 3, abs=1e-3)
    cara = table.iloc[1]
    assert cara["vader_compound_mean"] == pytest.approx((0.832 - 0.778) / 2, abs=1e-3)
    assert cara["disagree_share"] == 0
    ben = table.iloc[3]
    assert ben["textblob_polarity_mean"] == 0.8
    assert math.isnan(ben["textblob_polarity_std"]) and math.isnan(ben["vader_compound_std"])
    assert table.iloc[2]["vader_compound_mean"] == -0.477


def test_speaker_sentiment_only_scare_quotes_is_empty() -> None:
    table = speaker_sentiment(_quotes([("so-called", "", "scare")]))
    assert table.empty
    assert list(table.columns) == SPEAKER_COLUMNS


ARTICLE = (
    "Plan row\n\n"
    "The minister called the plan “an excellent idea” on Monday. “Everything is wonderful.”\n\n"
    "Critics said it was a terrible plan."
)


def test_sentence_sentiment_scores_narration_only() -> None:
    article = parse_article(ARTICLE)
    table = sentence_sentiment(article)
    assert table["sentence"].tolist() == [0, 1, 2, 3]
    first = table.iloc[1]
    assert first["text"] == "The minister called the plan … on Monday."
    sentence = article.text[first["start"] : first["end"]]
    assert first["quoted_share"] == round(len("“an excellent idea”") / len(sentence), 3)
    assert (
        first["textblob_polarity"] == 0 and first["vader_compound"] == 0
    )  # "excellent" was quoted
    critics = table.iloc[3]
    assert critics["quoted_share"] == 0
    assert critics["textblob_polarity"] == -1.0 and critics["vader_compound"] < 0


def test_sentence_sentiment_all_quote_sentence_has_no_scores() -> None:
    row = sentence_sentiment(parse_article(ARTICLE)).iloc[2]
    assert row["text"] == ""
    assert row["quoted_share"] == 1.0
    assert math.isnan(row["textblob_polarity"]) and math.isnan(row["vader_compound"])
    assert not row["lexicons_disagree"]


def test_sentence_sentiment_seed_article(seed) -> None:
    table = sentence_sentiment(seed)
    assert len(table) == len(seed.sentence_table)
    assert table["quoted_share"].between(0, 1).all()
    scored = table.dropna(subset=["vader_compound"])
    assert scored["textblob_polarity"].between(-1, 1).all()
    assert scored["vader_compound"].between(-1, 1).all()
    assert (table["text"] == "").sum() == table["vader_compound"].isna().sum()
