"""Quote marks paired paragraph by paragraph, before anyone is attributed.

The (open, close) pairs of double marks (or of single marks, in an article that
quotes with those) come from data/quote_marks.csv: straight, curly, low-high
(„ “) and guillemets (« »); apostrophes are not marks; a paragraph left open continues into the
next one when that one opens with a mark, a quote left open before the next opening mark ends at
the comma before a reporting clause if one comes first ('... the last minute, said Kimberly
Hennings,'), and any other stray mark becomes a warning naming its paragraph and offset: a row
of `quote_mark_warnings` (the quote ended at a clause gets one too).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pandas as pd

from .article import Article, Block
from .entity_words import speech_verbs
from .paths import DATA
from .patterns import alternation

QUOTE_MARKS = DATA / "quote_marks.csv"


@functools.cache
def quote_mark_pairs() -> pd.DataFrame:
    """data/quote_marks.csv: the (open, close) pairs of each family, double and single."""
    return pd.read_csv(QUOTE_MARKS, dtype=str, keep_default_na=False)


@functools.cache
def _pairs(double: bool) -> frozenset[tuple[str, str]]:
    """The (open, close) pairs of one family, read once: every paragraph asks for them."""
    table = quote_mark_pairs()
    rows = table[table["family"] == ("double" if double else "single")]
    return frozenset(zip(rows["open"], rows["close"], strict=True))


@dataclass
class Mark:
    """One quote mark and whether it opens or closes."""

    pos: int
    char: str
    role: str  # open, close


@dataclass
class QuoteSpan:
    """One pair of marks: the words inside run from start to end."""

    paragraph: int
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    open_pos: int
    close_pos: int | None  # None: runs on into the next paragraph
    continues_previous: bool = False


@dataclass(frozen=True)
class MarkWarning:
    """A quote mark left unpaired: where it is and what is wrong with it."""

    paragraph: int
    offset: int
    problem: str

    def __str__(self) -> str:
        return f"paragraph {self.paragraph}: {self.problem} at offset {self.offset}"


WARNING_COLUMNS = ["paragraph", "offset", "problem"]


def find_quote_marks(article: Article) -> tuple[list[QuoteSpan], list[MarkWarning]]:
    """Pair quote marks paragraph by paragraph, once per article; return the spans and warnings."""
    if "quote_marks" not in article.memo:
        article.memo["quote_marks"] = _pair_quote_marks(article)
    spans, warnings = article.memo["quote_marks"]
    return list(spans), list(warnings)


def _pair_quote_marks(article: Article) -> tuple[list[QuoteSpan], list[MarkWarning]]:
    double = _double_marks_are_primary(article.text)
    spans: list[QuoteSpan] = []
    warnings: list[MarkWarning] = []
    run_on: QuoteSpan | None = None  # a quote whose paragraph ended with no closing mark
    for block in article.blocks:
        if block.role == "credit":
            continue
        marks = _marks(article.text, block, double)
        opens_with_mark = (
            bool(marks)
            and marks[0].role == "open"
            and not article.text[block.start : marks[0].pos].strip()
        )
        if run_on is not None:
            if opens_with_mark:
                spans.append(run_on)
            else:
                warnings.append(_unbalanced(run_on.paragraph, run_on.open_pos))
        continues = run_on is not None and opens_with_mark
        run_on = None
        open_mark: Mark | None = None
        nested = 0  # closing marks of quotes nested inside the open one, still to come
        for index, mark in enumerate(marks):
            if mark.role == "open":
                if open_mark is not None and _nested(marks[index + 1 :]):
                    nested += 1  # '“... I can just search “Facebook” and ... pops up.”'
                    continue
                if open_mark is not None:  # a second opening mark before a close
                    cut = _comma_before_reporting_clause(article.text, open_mark.pos, mark.pos)
                    if cut is None:
                        warnings.append(_unbalanced(block.paragraph, open_mark.pos))
                    else:  # '“... til the last minute, said Kimberly Hennings, ... “We want to'
                        spans.append(
                            QuoteSpan(
                                block.paragraph,
                                open_mark.pos + 1,
                                cut,
                                open_mark.pos,
                                cut,
                                continues,
                            )
                        )
                        warnings.append(_ended_at_clause(block.paragraph, open_mark.pos))
                        continues = False
                open_mark = mark
            elif nested:
                nested -= 1
            elif open_mark is None:
                warnings.append(
                    MarkWarning(
                        block.paragraph, mark.pos, "closing quote mark with no opening mark"
                    )
                )
            else:
                spans.append(
                    QuoteSpan(
                        block.paragraph,
                        open_mark.pos + 1,
                        mark.pos,
                        open_mark.pos,
                        mark.pos,
                        continues,
                    )
                )
                continues, open_mark = False, None
        if open_mark is not None:
            run_on = QuoteSpan(
                block.paragraph, open_mark.pos + 1, block.end, open_mark.pos, None, continues
            )
    if run_on is not None:
        warnings.append(_unbalanced(run_on.paragraph, run_on.open_pos))
    return [s for s in spans if s.end > s.start], warnings


def _nested(rest: list[Mark]) -> bool:
    """Whether an opening mark inside an open quote opens a nested one: two closing marks (its own
    and the outer quote's) come before the paragraph's next opening mark."""
    closes = 0
    for mark in rest:
        if mark.role == "open":
            break
        closes += 1
    return closes >= 2


def _double_marks_are_primary(text: str) -> bool:
    """Whether quotes open with double marks (most outlets) or single ones (many British outlets).

    Single marks win when more of them open a quote (after a space or a dash, before a letter)
    than there are pairs of double marks, which then are quotes nested inside.
    """
    double_pairs = len(re.findall(r"[\"“”„«»]", text)) / 2
    single_openings = len(
        re.findall(r"(?:^|(?<=[\s(\[—–:]))[‘'](?=[A-Za-z0-9])", text, flags=re.MULTILINE)
    )
    return double_pairs > 0 and double_pairs >= single_openings


def _comma_before_reporting_clause(text: str, open_pos: int, next_open: int) -> int | None:
    """Where a quote left open ends, when the words before the next opening mark hold a comma and
    then a reporting clause ('... the last minute, said Kimberly Hennings,', '..., Smith says'):
    one past that comma, so the quote keeps it as a closed one would."""
    clause = _reporting_clause_after_comma().search(text, open_pos + 1, next_open)
    return clause.start() + 1 if clause else None


@functools.cache
def _reporting_clause_after_comma() -> re.Pattern[str]:
    verbs = alternation(speech_verbs())
    return re.compile(rf",(?=\s+(?:[A-Z][\w’'.-]*\s+){{0,3}}(?:{verbs})\b)")


def _ended_at_clause(paragraph: int, offset: int) -> MarkWarning:
    return MarkWarning(
        paragraph, offset, "opening quote mark never closed; ended at the reporting clause after it"
    )


def _unbalanced(paragraph: int, offset: int) -> MarkWarning:
    return MarkWarning(paragraph, offset, "opening quote mark never closed; skipped")


def _marks(text: str, block: Block, double: bool) -> list[Mark]:
    pairs = _pairs(double)
    either = {o for o, c in pairs if o == c}  # straight marks: open or close by context
    opens = {o for o, c in pairs} - either
    closes = {c for o, c in pairs} - either
    marks: list[Mark] = []
    is_open = False
    opened_with = ""
    for pos in range(block.start, block.end):
        char = text[pos]
        if char not in opens and char not in closes and char not in either:
            continue
        before = text[pos - 1] if pos > block.start else " "
        after = text[pos + 1] if pos + 1 < block.end else " "
        if not double and _is_apostrophe(before, after, is_open, text[pos + 1 : pos + 16]):
            continue
        if char in closes and is_open and (opened_with, char) in pairs:
            role = "close"  # '“' closes '„' in German; it opens in English
        elif char in opens:
            role = "open"
        elif char in closes:
            role = "close"
        elif before.isspace() or before in "([{—–-/:":
            role = "open" if not after.isspace() or not is_open else "close"
        elif after.isspace() or after in ".,;:!?)]}—–-" or pos + 1 >= block.end:
            role = "close" if is_open else "open"
        else:
            role = "close" if is_open else "open"
        is_open = role == "open"
        opened_with = char if is_open else ""
        marks.append(Mark(pos, char, role))
    return marks


_NOT_A_NOUN = (
    r"(?:and|or|but|about|to|in|on|at|for|with|from|by|as|that|which|who|he|she|they|it|we|i|said|says"
    r"|told|added|was|were|is|are|had|has|have|would|will|could|the|a|an|of|after|before|when|while)\b"
)


def _is_apostrophe(before: str, after: str, is_open: bool, following: str = "") -> bool:
    """Whether a single mark is an apostrophe rather than a quote mark."""
    if before.isalnum() and after.isalnum():  # it's, Ukraine’s
        return True
    if not is_open and before.isalnum():  # workers' union, with no quote open
        return True
    if (
        is_open
        and before == "s"
        and re.match(r"\s[a-z]", following)
        and not re.match(rf"\s{_NOT_A_NOUN}", following)
    ):
        return True  # a plural possessive inside a quote: ‘It’s a buyers’ market’
    return before.isspace() and after.isdigit()  # ’90s


def quoted_spans(article: Article) -> pd.DataFrame:
    """One row per pair of quote marks, before any attribution: paragraph, start, end, text."""
    spans, _ = find_quote_marks(article)
    rows = [(s.paragraph, s.start, s.end, article.text[s.start : s.end]) for s in spans]
    return pd.DataFrame(rows, columns=["paragraph", "start", "end", "text"])


def quote_mark_warnings(article: Article) -> pd.DataFrame:
    """One row per quote mark left unpaired (skipped; the rest is analysed): paragraph, offset, problem."""
    _, warnings = find_quote_marks(article)
    rows = [(w.paragraph, w.offset, w.problem) for w in warnings]
    return pd.DataFrame(rows, columns=WARNING_COLUMNS).astype({"paragraph": int, "offset": int})


def masked_text(article: Article, spans: list[QuoteSpan]) -> str:
    """The article text with every quote (marks included) blanked out, offsets unchanged.

    A comma just inside the closing mark stays: it belongs to the sentence around the quote
    ('In a report titled "Dollars and Sense," Elaine McCusker ... looked at').
    """
    chars = list(article.text)
    for span in spans:
        stop = span.close_pos + 1 if span.close_pos is not None else span.end
        for i in range(span.open_pos, stop):
            if not chars[i].isspace():
                chars[i] = " "
        if span.close_pos is not None and article.text[span.close_pos - 1] == ",":
            chars[span.close_pos - 1] = ","
    return "".join(chars)
