"""Numbers in an article (value, unit, exact span, context) and the market claims built on them.

Regular expressions over headline and body, sentence by sentence; currencies: data/currency_words.csv.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from .article import Article, read_text
from .errors import InputError
from .paths import DATA, display_path

CURRENCY_WORDS = DATA / "currency_words.csv"
NUMBER_COLUMNS = ["value", "unit", "pair", "text", "context", "paragraph", "start", "end"]
CLAIM_COLUMNS = [
    "claim",
    "subject",
    "pair",
    "threshold",
    "direction",
    "relative",
    "checkable",
    "paragraph",
    "start",
    "end",
]
UNITS = ("currency_pair", "percent", "money", "count", "people", "date", "year", "number")
CONTEXT_WORDS = 12
PAIR_WINDOW_WORDS = 8  # "$1.10" is a rate when another currency is named this close before it

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
_UNITS_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_TIME_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries|times)"
_PEOPLE = (
    r"(?:people|persons|civilians|soldiers|troops|servicemen|residents|refugees|migrants|workers"
    r"|employees|staff|children|adults|women|men|students|patients|members|voters|protesters"
    r"|protestors|demonstrators|fighters|officers|personnel|inhabitants|citizens|victims"
    r"|casualties|passengers|visitors|spectators|fans)"
)
_MARKET_NOUN = re.compile(
    r"\b(stocks?|shares|equities|indexes|indices|index|bonds?|yields?|oil|crude|Brent|gold"
    r"|bitcoin|MOEX|RTS|Dow|Nasdaq|FTSE|Nikkei|DAX|S&P 500|markets?)\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(
    r"(?<![\w.,:])(?<![A-Za-z]-)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?!(?!(?:bn|mn|m|k|st|nd|rd|th)\b)\w|[.,:]\d)"
)
_NUMBER_WORD = re.compile(
    rf"\b(?:({'|'.join(_TENS_WORDS)})(?:-({'|'.join(_UNITS_WORDS[1:10])}))?|({'|'.join(_UNITS_WORDS)}))\b",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"\d{4}-(\d{2})-(\d{2})\b")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+\d{{4}}\b)?")
_YEAR_AFTER = re.compile(r",?\s+(\d{4})\b")
_YEAR_CUE = re.compile(
    r"\b(?:since|in|of|from|until|till|by|before|after|during|early|late|mid-?)\s+$", re.IGNORECASE
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion)\b|(bn|mn|m|k)\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s?%|\s+(?:per\s?cent|percent|percentage\s+points?)\b", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"((?:\s+[\w'’-]+){{0,3}}?)\s+{_PEOPLE}\b", re.IGNORECASE)
_COUNT_AFTER = re.compile(rf"-{_TIME_UNIT}(?:-old)?\b|\s+{_TIME_UNIT}\b", re.IGNORECASE)
_WORDS = re.compile(r"\S+")

# Claims: a verb of movement (its sense for the subject), an optional adverb and preposition, then a number.
_UP = (
    r"ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|gain(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)"
    r"|soar(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|strengthen(?:s|ed|ing)?|firm(?:s|ed|ing)?"
    r"|advanc(?:e|es|ed|ing)|spik(?:e|es|ed|ing)|rebound(?:s|ed|ing)?|recover(?:s|ed|ing)?"
    r"|tops|topped|topping|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?"
)
_DOWN = (
    r"fall(?:s|en|ing)?|fell|slip(?:s|ped|ping)|slid(?:e|es|ing)?|drop(?:s|ped|ping)"
    r"|weaken(?:s|ed|ing)?|plung(?:e|es|ed|ing)|plummet(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)"
    r"|sink(?:s|ing)?|sank|sunk|declin(?:e|es|ed|ing)|sag(?:s|ged|ging)|dip(?:s|ped|ping)"
    r"|crash(?:es|ed|ing)?|eas(?:e|es|ed|ing)|retreat(?:s|ed|ing)?|slump(?:s|ed|ing)?"
    r"|los(?:e|es|ing)|lost|collaps(?:e|es|ed|ing)"
)
_NEUTRAL = (
    r"br(?:eak|eaks|oke|oken|eaking)|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|mov(?:e|es|ed|ing)"
    r"|trad(?:e|es|ed|ing)|hover(?:s|ed|ing)?|stay(?:s|ed|ing)?|stood|stand(?:s|ing)?"
    r"|remain(?:s|ed|ing)?|held|hold(?:s|ing)?|was|were|is|are|clos(?:e|es|ed|ing)|end(?:s|ed|ing)?"
    r"|finish(?:es|ed|ing)?|open(?:s|ed|ing)?|hit(?:s|ting)?|reach(?:es|ed|ing)?"
    r"|breach(?:es|ed|ing)?|push(?:es|ed|ing)?"
)
_NO_PREPOSITION = re.compile(
    r"tops|topped|topping|surpass\w*|exceed\w*|breach\w*|cross\w*|pass\w*|hit\w*|reach\w*",
    re.IGNORECASE,
)
_CLAIM_TAIL = re.compile(
    rf"\b(?P<verb>{_UP}|{_DOWN}|{_NEUTRAL})(?:\s+(?:[a-z]+ly|further|again|back|also|still))?"
    r"(?:\s+(?P<prep>past|above|below|beyond|through|over|under|to|towards?))?(?:\s+the)?\s+$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"(?:\b(?P<verb>{_UP}|{_DOWN}|{_NEUTRAL})\s+(?:(?:to|at|near)\s+)?)?"
    r"(?:(?:its|their|a|an|the|new|fresh)\s+)*"
    r"(?P<rel>(?P<word>lowest|highest|weakest|strongest)(?:\s+(?:level|point|close|value|rate))?"
    r"\s+(?:in\s+(?:(?:over|more\s+than|almost|nearly|about|at\s+least)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:years?|months?|weeks?|decades?)"
    rf"|since\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?\d{{4}}|on\s+record|ever)"
    r"|(?:record|all-time)\s+(?P<level>lows?|highs?))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Currencies:
    """Currency words and symbols: each form's ISO code, and each code's market quoting rank."""

    code: dict[str, str]
    rank: dict[str, int]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Any currency word (whole word) or symbol, longest form first, case-insensitive."""
        forms = sorted(self.code, key=len, reverse=True)
        parts = [
            rf"(?<![\w$]){re.escape(f)}(?!\w)"
            if f[0].isalpha() and f[-1].isalpha()
            else re.escape(f)
            for f in forms
        ]
        return re.compile("|".join(parts), re.IGNORECASE)

    @cached_property
    def words(self) -> str:
        """A regex alternative of the currency words only (no symbols), longest first."""
        words = sorted(
            (f for f in self.code if f[0].isalpha() and f[-1].isalpha()), key=len, reverse=True
        )
        return "|".join(re.escape(w) for w in words)

    @cached_property
    def symbol_before(self) -> re.Pattern[str]:
        """A currency symbol ending the text before a number ("$", "US$ ", "£")."""
        symbols = sorted((f for f in self.code if not f[-1].isalpha()), key=len, reverse=True)
        return re.compile(rf"(?:{'|'.join(re.escape(s) for s in symbols)})\s?$")

    @cached_property
    def word_after(self) -> re.Pattern[str]:
        """A currency word right after a number ("80 rubles", "210 million pounds")."""
        return re.compile(rf"\s+({self.words})\b", re.IGNORECASE)

    @cached_property
    def pair_after(self) -> re.Pattern[str]:
        """A quote against a currency after a number ("against the dollar", "rand per euro")."""
        return re.compile(
            rf"(?:\s+({self.words}))?\s+(against|versus|vs\.?|per|to)\s+"
            rf"(?:the\s+|one\s+|a\s+|each\s+|every\s+)?({self.words})\b",
            re.IGNORECASE,
        )

    @cached_property
    def against(self) -> re.Pattern[str]:
        """A reference currency after a relative claim ("... since 2016 against the dollar")."""
        return re.compile(rf"\s+(?:against|versus|to)\s+the\s+({self.words})\b", re.IGNORECASE)

    def code_of(self, form: str) -> str:
        """The ISO code of a word or symbol as written."""
        return self.code[form.lower()]

    def pair(self, first: str, second: str) -> str:
        """The market-convention pair of two codes, "BASE/QUOTE": lower rank is the base (EUR/USD, USD/RUB)."""
        base, quote = sorted((first, second), key=lambda c: (self.rank.get(c, 99), c))
        return f"{base}/{quote}"


def load_currencies(path: Path | str = CURRENCY_WORDS) -> Currencies:
    """Read data/currency_words.csv (word, code, rank)."""
    return _load_currencies(str(path))


@lru_cache(maxsize=4)
def _load_currencies(path: str) -> Currencies:
    text = read_text(path, what="currency-word table (CSV)")
    code: dict[str, str] = {}
    rank: dict[str, int] = {}
    for line, row in enumerate(csv.DictReader(text.splitlines()), start=2):
        word, iso, order = ((row.get(k) or "").strip() for k in ("word", "code", "rank"))
        if not word or not re.fullmatch(r"[A-Z]{3}", iso) or not order.isdigit():
            raise InputError(
                display_path(path), f"row {line} needs a word, a 3-letter code and a rank"
            )
        code[word.lower()] = iso
        rank[iso] = int(order)
    return Currencies(code, rank)


@dataclass(frozen=True)
class _Number:
    value: float
    unit: str
    pair: str
    start: int
    end: int


@dataclass(frozen=True)
class _Scan:
    """One block of an article being scanned: its text, bounds, article and currency table."""

    text: str
    start: int
    end: int
    article: Article
    currencies: Currencies

    def sentences(self) -> list[tuple[int, int]]:
        """The block's sentences as (start, end)."""
        first = self.article.sentence_at(self.start)
        starts, ends = self.article.sentence_table["start"], self.article.sentence_table["end"]
        found = []
        for index in range(max(first, 0), len(starts)):
            start, end = int(starts.iat[index]), int(ends.iat[index])
            if start >= self.end:
                break
            if start >= self.start:
                found.append((start, end))
        return found

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence holding offset (the article's own lookup), else the whole block."""
        start, end = self.article.sentence_bounds(offset)
        return (start, end) if self.start <= start and end <= self.end else (self.start, self.end)


def find_numbers(article: Article) -> pd.DataFrame:
    """One row per number in the headline and body; number words only where a unit follows.

    Digits ("150,000", "1.2", "5%") are always reported. Number words ("five", "eight",
    "twenty-one") are reported only with a unit ("five years", "eight-year", "two million",
    "ten per cent", "three soldiers") and skipped otherwise ("the two leaders"). Money has the
    scaled value ("$1.2 billion" -> 1.2e9); a date has its day as the value ("February 21" ->
    21). An amount such as "$1.10" right after another currency ("the euro rose above $1.10")
    is a currency_pair. `pair` ("BASE/QUOTE": the value is QUOTE per 1 BASE) is filled only for
    currency pairs: "N per/to the dollar" is USD/subject, "$N" after the euro is EUR/USD, and the
    ambiguous "N against the dollar" follows market convention (the `rank` column of the data).
    """
    rows = []
    for scan in _scans(article):
        for number in _scan_numbers(scan):
            rows.append(
                {
                    "value": number.value,
                    "unit": number.unit,
                    "pair": number.pair,
                    "text": article.text[number.start : number.end],
                    "context": _context(scan, number.start, number.end),
                    "paragraph": article.paragraph_at(number.start),
                    "start": number.start,
                    "end": number.end,
                }
            )
    return pd.DataFrame(rows, columns=NUMBER_COLUMNS)


def find_market_claims(article: Article) -> pd.DataFrame:
    """Claims with a subject, a direction and a threshold ("slipped past 80 against the dollar").

    Threshold claims are a movement verb, an optional preposition and a number found as in
    `find_numbers`; relative claims ("lowest in over a year", "highest since 2015") have a
    `relative` description and threshold NaN. Only claims whose nearest subject before the verb
    is a currency or a market (stocks, shares, oil, ...) are kept. The pair is that of the number
    (see `find_numbers`; USD/RUB is roubles per dollar) and the direction is the side of the
    threshold the pair's rate must be on: "the ruble slipped past 80 against the dollar" is
    USD/RUB above 80, "the euro rose above $1.10" is EUR/USD above 1.10. A verb with a sense
    (rose, fell) decides the direction; without one (broke through, hit) "below"/"under" mean
    below, anything else above. Checkable means a currency pair with a threshold.
    """
    rows: list[dict[str, object]] = []
    for scan in _scans(article):
        rows += _threshold_claims(article, scan)
        rows += _relative_claims(article, scan)
    table = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    return table.sort_values("start", kind="stable").reset_index(drop=True)


def _scans(article: Article) -> list[_Scan]:
    """The headline and body blocks, each with its sentences."""
    currencies = load_currencies()
    return [
        _Scan(article.text, b.start, b.end, article, currencies)
        for b in article.blocks
        if b.role != "credit"
    ]


def _scan_numbers(scan: _Scan) -> list[_Number]:
    """Every number of one block, left to right, spans never overlapping."""
    found: list[_Number] = []
    taken = scan.start
    for start, end, value, is_word in _candidates(scan):
        if start < taken:
            continue
        number = _classify(scan, start, end, value, is_word)
        if number is not None and number.start >= taken:
            found.append(number)
            taken = number.end
    return found


def _threshold_claims(article: Article, scan: _Scan) -> list[dict[str, object]]:
    text, rows = scan.text, []
    for number in _scan_numbers(scan):
        if number.unit not in ("currency_pair", "money", "number", "percent"):
            continue
        sentence_start = scan.sentence_of(number.start)[0]
        tail = _CLAIM_TAIL.search(text, sentence_start, number.start)
        if tail is None or not _allowed(tail.group("verb"), tail.group("prep")):
            continue
        start = tail.start("verb")
        subject = _subject(scan, sentence_start, start)
        if subject is None:
            continue
        word, code = subject
        is_pair = number.unit == "currency_pair" and bool(code) and code in number.pair.split("/")
        pair = number.pair if is_pair else ""
        rows.append(
            {
                "claim": text[start : number.end],
                "subject": word,
                "pair": pair,
                "threshold": number.value,
                "direction": _direction(
                    tail.group("verb"), tail.group("prep"), code, pair, scan.currencies
                ),
                "relative": "",
                "checkable": is_pair,
                "paragraph": article.paragraph_at(start),
                "start": start,
                "end": number.end,
            }
        )
    return rows


def _relative_claims(article: Article, scan: _Scan) -> list[dict[str, object]]:
    text, currencies, rows = scan.text, scan.currencies, []
    for sentence_start, sentence_end in scan.sentences():
        for match in _RELATIVE.finditer(text, sentence_start, sentence_end):
            start = match.start("verb") if match.group("verb") else match.start("rel")
            end = match.end()
            subject = _subject(scan, sentence_start, start)
            if subject is None:
                continue
            word, code = subject
            pair = ""
            reference = currencies.against.match(text, end, sentence_end)
            if code and reference and currencies.code_of(reference.group(1)) != code:
                pair, end = (
                    currencies.pair(code, currencies.code_of(reference.group(1))),
                    reference.end(),
                )
            level = (match.group("word") or match.group("level") or "").lower()
            sense = "down" if level.startswith(("low", "weak")) else "up"
            rows.append(
                {
                    "claim": text[start:end],
                    "subject": word,
                    "pair": pair,
                    "threshold": math.nan,
                    "direction": _side(sense, code, pair, currencies),
                    "relative": " ".join(match.group("rel").split()),
                    "checkable": False,
                    "paragraph": article.paragraph_at(start),
                    "start": start,
                    "end": end,
                }
            )
    return rows


def _allowed(verb: str, prep: str | None) -> bool:
    """A verb needs a preposition, except those that carry one (topped, crossed, hit)."""
    if prep is None:
        return bool(_NO_PREPOSITION.fullmatch(verb))
    if prep.lower() in ("to", "toward", "towards"):
        return _sense(verb) is not None
    return True


def _sense(verb: str) -> str | None:
    """Whether a verb says the subject went up, went down, or neither."""
    if re.fullmatch(_UP, verb, re.IGNORECASE):
        return "up"
    if re.fullmatch(_DOWN, verb, re.IGNORECASE):
        return "down"
    return None


def _direction(verb: str, prep: str | None, code: str, pair: str, currencies: Currencies) -> str:
    """The side of the threshold that the pair's rate (or the market's level) must be on."""
    sense = _sense(verb)
    if sense is None:
        return "below" if (prep or "").lower() in ("below", "under") else "above"
    return _side(sense, code, pair, currencies)


def _side(sense: str, code: str, pair: str, currencies: Currencies) -> str:
    """Up for the subject is "above" when the number measures it (a market, or the pair's base)."""
    if not code:
        measured = True
    elif pair:
        measured = pair.split("/")[0] == code
    else:  # no second currency named: the usual quote against the dollar
        measured = currencies.rank.get(code, 99) < currencies.rank.get("USD", 5)
    return "above" if (sense == "up") == measured else "below"


def _subject(scan: _Scan, start: int, end: int) -> tuple[str, str] | None:
    """The nearest currency word or market named in text[start:end]: (word, code or "")."""
    best: tuple[int, str, str] | None = None
    for match in scan.currencies.pattern.finditer(scan.text, start, end):
        if match.group(0)[0].isalpha() and (best is None or match.start() > best[0]):
            best = (match.start(), match.group(0).lower(), scan.currencies.code_of(match.group(0)))
    for match in _MARKET_NOUN.finditer(scan.text, start, end):
        if best is None or match.start() > best[0]:
            best = (match.start(), match.group(0).lower(), "")
    return None if best is None else (best[1], best[2])


def _candidates(scan: _Scan) -> list[tuple[int, int, float, bool]]:
    """Digit runs and number words in a block: (start, end, value, is_word), in order."""
    found = [
        (m.start(), m.end(), float(m.group(0).replace(",", "")), False)
        for m in _DIGITS.finditer(scan.text, scan.start, scan.end)
    ]
    for m in _NUMBER_WORD.finditer(scan.text, scan.start, scan.end):
        tens, unit, single = m.group(1), m.group(2), m.group(3)
        if tens:
            ones = _UNITS_WORDS.index(unit.lower()) if unit else 0
            value = 10 * (_TENS_WORDS.index(tens.lower()) + 2) + ones
        else:
            value = _UNITS_WORDS.index(single.lower())
        found.append((m.start(), m.end(), float(value), True))
    return sorted(found)


def _classify(scan: _Scan, start: int, end: int, value: float, is_word: bool) -> _Number | None:
    """The unit and full span of one number, from the words around it; None to skip it."""
    text, currencies, stop = scan.text, scan.currencies, scan.end
    integer = not is_word and text[start:end].isdigit()
    date = _date_span(scan, start, end, value, integer)
    if date is not None:
        return date
    if not is_word and _ORDINAL.match(text, end, stop):
        return None
    is_year = integer and 1800 <= value <= 2100 and end - start == 4
    if is_year and _YEAR_CUE.search(text, scan.start, start):  # "since 2016 against the dollar"
        return _Number(value, "year", "", start, end)
    symbol = (
        None
        if is_word
        else currencies.symbol_before.search(text, scan.sentence_of(start)[0], start)
    )
    scale, span_end = 1.0, end
    scaled = _SCALE_AFTER.match(text, end, stop)
    if scaled and (scaled.group(1) or symbol is not None):
        word = (scaled.group(1) or scaled.group(2)).lower()
        scale, span_end = _SCALES.get(word) or _SHORT_SCALES[word], scaled.end()
    span_start = symbol.start() if symbol else start
    percent = _PERCENT_AFTER.match(text, span_end, stop)
    if percent:
        return _Number(value * scale, "percent", "", span_start, percent.end())
    if symbol is None and scale == 1.0 and not is_word:
        quoted = _pair_after(scan, start, end)
        if quoted is not None:
            return quoted
    money = _money(scan, symbol, span_end, is_word)
    if money is not None:
        code, span_end = money
        subject = _currency_before(scan, span_start, code, PAIR_WINDOW_WORDS)
        if scale == 1.0 and subject:  # "the euro rose above $1.10": dollars per euro
            return _Number(value, "currency_pair", f"{subject}/{code}", span_start, span_end)
        return _Number(value * scale, "money", "", span_start, span_end)
    count = _COUNT_AFTER.match(text, span_end, stop)
    if count:
        return _Number(value * scale, "count", "", start, count.end())
    people = _PEOPLE_AFTER.match(text, span_end, stop)
    if people:
        return _Number(
            value * scale, "people", "", start, span_end if people.group(1) else people.end()
        )
    if is_year and scale == 1.0:
        return _Number(value, "year", "", start, end)
    if is_word and scale == 1.0:
        return None
    return _Number(value * scale, "number", "", start, span_end)


def _money(
    scan: _Scan, symbol: re.Match[str] | None, end: int, is_word: bool
) -> tuple[str, int] | None:
    """The currency code of an amount ("$5", "80 rubles") and where its span ends; None if none."""
    if symbol is not None:
        return scan.currencies.code_of(symbol.group(0).strip()), end
    named = None if is_word else scan.currencies.word_after.match(scan.text, end, scan.end)
    return (scan.currencies.code_of(named.group(1)), named.end()) if named else None


def _date_span(scan: _Scan, start: int, end: int, value: float, integer: bool) -> _Number | None:
    """A calendar date around a number ("February 21", "21 February 2022", "2022-02-21")."""
    text = scan.text
    iso = _ISO_DATE.match(text, start, scan.end) if integer else None
    if iso and 1 <= int(iso.group(1)) <= 12 and 1 <= int(iso.group(2)) <= 31:
        return _Number(float(iso.group(2)), "date", "", start, iso.end())
    if not integer or not 1 <= value <= 31:
        return None
    before = _MONTH_BEFORE.search(text, max(scan.start, start - 15), start)
    if before:
        year = _YEAR_AFTER.match(text, end, scan.end)
        return _Number(value, "date", "", before.start(), year.end() if year else end)
    after = _MONTH_AFTER.match(text, end, scan.end)
    return _Number(value, "date", "", start, after.end()) if after else None


def _pair_after(scan: _Scan, start: int, end: int) -> _Number | None:
    """A rate quoted against a currency: "80 against the dollar", "19 rand to the dollar".

    "N per/to the Y" is N units of the subject per Y (pair Y/subject); "N against/versus the Y"
    is ambiguous and follows market convention (USD/RUB, EUR/USD).
    """
    currencies = scan.currencies
    match = currencies.pair_after.match(scan.text, end, scan.end)
    if match is None:
        return None
    reference = currencies.code_of(match.group(3))
    if match.group(1):
        subject: str | None = currencies.code_of(match.group(1))
    else:
        subject = _currency_before(scan, start, reference, None)
    pair = ""
    if subject and subject != reference:
        per = match.group(2).lower() in ("per", "to")
        pair = f"{reference}/{subject}" if per else currencies.pair(subject, reference)
    value = float(scan.text[start:end].replace(",", ""))
    return _Number(value, "currency_pair", pair, start, match.end())


def _currency_before(
    scan: _Scan, offset: int, other_than: str, max_words: int | None
) -> str | None:
    """The nearest other currency named before offset: within max_words, else sentence then block."""
    sentence_start = scan.sentence_of(offset)[0]
    if max_words is not None:
        words = list(_WORDS.finditer(scan.text, sentence_start, offset))
        spans = [(words[-max_words].start() if len(words) >= max_words else sentence_start, offset)]
    else:
        spans = [(sentence_start, offset), (scan.start, sentence_start)]
    for lo, hi in spans:
        matches = scan.currencies.pattern.finditer(scan.text, lo, hi)
        codes = [
            c for c in (scan.currencies.code_of(m.group(0)) for m in matches) if c != other_than
        ]
        if codes:
            return codes[-1]
    return None


def _context(scan: _Scan, start: int, end: int) -> str:
    """The span with up to CONTEXT_WORDS words either side, within its sentence, on one line."""
    sentence_start, sentence_end = scan.sentence_of(start)
    lo, hi = min(sentence_start, start), max(sentence_end, end)
    before = list(_WORDS.finditer(scan.text, lo, start))
    after = list(_WORDS.finditer(scan.text, end, hi))
    context_start = before[-CONTEXT_WORDS].start() if len(before) >= CONTEXT_WORDS else lo
    context_end = after[CONTEXT_WORDS - 1].end() if len(after) >= CONTEXT_WORDS else hi
    return " ".join(scan.text[context_start:context_end].split())
