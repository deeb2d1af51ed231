"""Sentiment of quotes, speakers and narration, scored by TextBlob and VADER side by side.

Lexicon-based: text is normalised (straight apostrophes, contractions expanded) and scored
offline by TextBlob's pattern lexicon (polarity, subjectivity) and VADER (compound).
"""

from __future__ import annotations

import csv
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from textblob import TextBlob
from textblob.en import sentiment as pattern_sentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .article import Article, read_text
from .errors import InputError
from .paths import DATA, display_path
from .quote_marks import find_quote_marks

CONTRACTIONS = DATA / "contractions.csv"
SCORE_COLUMNS = ["textblob_polarity", "textblob_subjectivity", "vader_compound"]
NEUTRAL_BAND = 0.05  # |score| below this counts as neutral (VADER's own convention)
STRONG = 0.3  # a neutral score against one beyond this also counts as disagreement
NO_SPEAKER = "(no speaker)"
ELLIPSIS = "…"
SPEAKER_COLUMNS = [
    "speaker",
    "quotes",
    "words",
    "textblob_polarity_mean",
    "textblob_polarity_std",
    "textblob_subjectivity_mean",
    "vader_compound_mean",
    "vader_compound_std",
    "disagree_share",
    "anecdotal",
]
SENTENCE_COLUMNS = ["paragraph", "sentence", "start", "end", "text", "quoted_share"]
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "＇": "'"})
_CONTRACTED = re.compile(r"(?<!\w)[^\W\d_]+(?:'[^\W\d_]+)+(?!\w)")
_PUNCTUATION = string.punctuation + "“”‘’«»„…—–"


@dataclass(frozen=True)
class _Contractions:
    """Whole-word contractions and suffixes (longest first), each with its expansion."""

    words: dict[str, str]
    suffixes: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1)
def _contractions() -> _Contractions:
    """Read data/contractions.csv once (lines starting with # are comments)."""
    text = read_text(CONTRACTIONS, what="contraction table (CSV)")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    words: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    for number, row in enumerate(csv.DictReader(lines), start=1):
        contraction = (row.get("contraction") or "").strip().lower().translate(_APOSTROPHES)
        expansion = (row.get("expansion") or "").strip()
        if not contraction or not expansion:
            raise InputError(
                display_path(CONTRACTIONS), f"row {number} needs a contraction and an expansion"
            )
        is_suffix = contraction.startswith(("'", "n'"))
        (suffixes if is_suffix else words)[contraction] = expansion
    ordered = tuple(sorted(suffixes.items(), key=lambda item: -len(item[0])))
    return _Contractions(words, ordered)


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    """The one VADER analyzer (loading its lexicon is the slow part)."""
    return SentimentIntensityAnalyzer()


def _expand(match: re.Match[str]) -> str:
    """The expansion of one contracted word, in the word's case."""
    token = match.group(0)
    table = _contractions()
    lowered = token.lower()
    expansion = table.words.get(lowered)
    if expansion is None:
        suffix = next(
            (s for s in table.suffixes if lowered.endswith(s[0]) and len(lowered) > len(s[0])), None
        )
        if suffix is None:
            return token
        expansion = f"{token[: -len(suffix[0])]} {suffix[1]}"
    if token.isupper() and len(token) > 2:
        return expansion.upper()
    return expansion[:1].upper() + expansion[1:] if token[:1].isupper() else expansion


def normalise_for_scoring(text: str) -> str:
    """The text with curly apostrophes straightened and contractions expanded ("isn’t" -> "is not")."""
    return _CONTRACTED.sub(_expand, text.translate(_APOSTROPHES))


def _disagree(textblob_polarity: float, vader_compound: float) -> bool:
    """Whether the lexicons disagree: opposite signs beyond the neutral band, or neutral vs strong."""
    tb, vd = textblob_polarity, vader_compound
    if (tb >= NEUTRAL_BAND and vd <= -NEUTRAL_BAND) or (tb <= -NEUTRAL_BAND and vd >= NEUTRAL_BAND):
        return True
    return (abs(tb) < NEUTRAL_BAND and abs(vd) >= STRONG) or (
        abs(vd) < NEUTRAL_BAND and abs(tb) >= STRONG
    )


def _round(value: float) -> float:
    """Round to three decimals, without a negative zero."""
    return round(float(value), 3) + 0.0


def _score(text: str) -> tuple[float, float, float]:
    """TextBlob polarity and subjectivity and VADER compound of one text, after normalising."""
    normal = normalise_for_scoring(text)
    # The pattern scorer behind TextBlob's .sentiment, called without building a TextBlob or the
    # named tuple PatternAnalyzer makes anew on every call: the same numbers, less work.
    polarity, subjectivity = pattern_sentiment(normal)[:2]
    compound = _analyzer().polarity_scores(normal)["compound"]
    return _round(polarity), _round(subjectivity), _round(compound)


def score_texts(texts: Iterable[str]) -> pd.DataFrame:
    """One row per text: the text as given, its three scores and lexicons_disagree.

    Scores are of `normalise_for_scoring(text)`, rounded to three decimals.
    lexicons_disagree (on the rounded scores) is True when one lexicon is positive and
    the other negative, each at least NEUTRAL_BAND (0.05) from zero, or when one is
    neutral (|score| < 0.05) and the other at least STRONG (0.3) from zero.
    """
    rows = [(text, *_score(text)) for text in texts]
    table = pd.DataFrame(rows, columns=["text", *SCORE_COLUMNS])
    table["lexicons_disagree"] = [
        _disagree(tb, vd)
        for tb, vd in zip(table["textblob_polarity"], table["vader_compound"], strict=True)
    ]
    return table


def quote_sentiment(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes table (one row per quote) with the three scores and lexicons_disagree added.

    Scare quotes stay, marked by kind == "scare", and are scored like the rest;
    `speaker_sentiment` leaves them out. An empty speaker becomes "(no speaker)".
    """
    added = [*SCORE_COLUMNS, "lexicons_disagree"]
    table = quotes.drop(columns=added, errors="ignore").reset_index(drop=True)
    table["speaker"] = [str(s).strip() or NO_SPEAKER for s in table["speaker"].fillna("")]
    scores = score_texts(table["quote"].astype(str).tolist())
    for column in added:
        table[column] = scores[column].to_numpy()
    return table


def speaker_sentiment(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per speaker, scare quotes excluded, sorted by quotes (descending) then speaker.

    Columns: speaker, quotes (n), words (quoted words), textblob_polarity_mean and _std,
    textblob_subjectivity_mean, vader_compound_mean and _std, disagree_share (share of
    the speaker's quotes where the lexicons disagree), anecdotal (only one quote).
    Standard deviations are sample ones (ddof=1), so NaN for a single quote.
    """
    scored = quote_sentiment(quotes)
    scored = scored[scored["kind"] != "scare"]
    if scored.empty:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    scored = scored.assign(words=scored["quote"].astype(str).str.count(r"\S+"))
    table = (
        scored.groupby("speaker", sort=True)
        .agg(
            quotes=("quote", "size"),
            words=("words", "sum"),
            textblob_polarity_mean=("textblob_polarity", "mean"),
            textblob_polarity_std=("textblob_polarity", "std"),
            textblob_subjectivity_mean=("textblob_subjectivity", "mean"),
            vader_compound_mean=("vader_compound", "mean"),
            vader_compound_std=("vader_compound", "std"),
            disagree_share=("lexicons_disagree", "mean"),
        )
        .round(3)
        .reset_index()
    )
    table["anecdotal"] = table["quotes"] == 1
    table = table.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return table[SPEAKER_COLUMNS].reset_index(drop=True)


def _quoted_ranges(article: Article) -> list[tuple[int, int]]:
    """Each quoted span with its marks, as [start, end) offsets (a run-on quote ends with its paragraph)."""
    spans, _ = find_quote_marks(article)
    return [(s.open_pos, s.close_pos + 1 if s.close_pos is not None else s.end) for s in spans]


def _narration(text: str, start: int, ranges: list[tuple[int, int]]) -> tuple[str, int]:
    """The sentence with each quoted span (marks included) replaced by an ellipsis, and the quoted characters."""
    pieces, position, quoted = [], start, 0
    end = start + len(text)
    for lo, hi in ranges:
        lo, hi = max(lo, start), min(hi, end)
        if lo >= hi:
            continue
        pieces += [text[position - start : lo - start], ELLIPSIS]
        quoted += hi - lo
        position = hi
    pieces.append(text[position - start :])
    narration = re.sub(r"\s+", " ", "".join(pieces)).strip()
    return (narration if re.search(r"\w", narration.replace(ELLIPSIS, "")) else ""), quoted


def sentence_sentiment(article: Article) -> pd.DataFrame:
    """One row per sentence (headline and body) scored on the reporter's own words.

    Columns: paragraph, sentence, start, end, text (the sentence with every quoted
    span, marks included, replaced by "…"), quoted_share (share of the sentence's
    characters within quote marks, the marks counted), the three scores and
    lexicons_disagree. A sentence with no words outside quotes keeps its row with
    empty text and NaN scores.
    """
    sentences = article.sentence_table
    ranges = _quoted_ranges(article)
    rows = []
    for paragraph, number, start, end, text in zip(
        *(sentences[c].tolist() for c in ["paragraph", "sentence", "start", "end", "text"]),
        strict=True,
    ):
        narration, quoted = _narration(text, start, ranges)
        rows.append(
            (paragraph, number, start, end, narration, _round(quoted / max(end - start, 1)))
        )
    table = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    spoken = table["text"] != ""
    scores = score_texts(table.loc[spoken, "text"].tolist())
    for column in SCORE_COLUMNS:
        table[column] = float("nan")
        table.loc[spoken, column] = scores[column].to_numpy()
    table["lexicons_disagree"] = False
    table.loc[spoken, "lexicons_disagree"] = scores["lexicons_disagree"].to_numpy()
    return table


def explain(text: str) -> pd.DataFrame:
    """The words behind each score: one row per word or phrase with lexicon, word, score.

    The text is normalised first, as for scoring. TextBlob rows are its assessments
    (a phrase such as "not good", or "good!" when "!" boosted it, with its polarity
    in [-1, 1]); VADER rows are the tokens found in its lexicon (lower-cased,
    punctuation stripped) with their raw valence in [-4, 4], before VADER's rules
    (negation, boosters, "but", capitals, "!") modify them. Sorted by lexicon, then
    strongest |score| first, then word.
    """
    normal = normalise_for_scoring(text)
    assessments = TextBlob(normal).sentiment_assessments.assessments
    rows = [
        ("textblob", " ".join(words).replace(" !", "!"), _round(polarity))
        for words, polarity, *_ in assessments
    ]
    lexicon = _analyzer().lexicon
    for token in normal.split():
        word = token.strip(_PUNCTUATION).lower()
        if word in lexicon:
            rows.append(("vader", word, _round(lexicon[word])))
    table = pd.DataFrame(rows, columns=["lexicon", "word", "score"])
    order = table.assign(strength=-table["score"].abs()).sort_values(
        ["lexicon", "strength", "word"], kind="stable"
    )
    return order.drop(columns="strength").reset_index(drop=True)
