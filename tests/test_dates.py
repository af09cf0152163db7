"""Calendar arithmetic of the treaty rules: models/dates.py."""

from __future__ import annotations

from datetime import date

import pytest

from models.dates import add_months, add_years, format_date, parse_iso

D = date


@pytest.mark.parametrize("day,months,expected", [
    (D(2025, 11, 26), 0, D(2025, 11, 26)),
    (D(2025, 11, 26), 1, D(2025, 12, 26)),
    (D(2025, 12, 31), 1, D(2026, 1, 31)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2023, 1, 31), 1, D(2023, 2, 28)),
    (D(2025, 1, 31), 3, D(2025, 4, 30)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2024, 2, 29), 48, D(2028, 2, 29)),
    (D(2024, 2, 29), 1, D(2024, 3, 29)),
    (D(2025, 1, 15), -1, D(2024, 12, 15)),
    (D(2024, 3, 31), -1, D(2024, 2, 29)),
    (D(2024, 8, 31), -6, D(2024, 2, 29)),
    (D(2025, 5, 31), -6, D(2024, 11, 30)),
    (D(2025, 6, 1), -6, D(2024, 12, 1)),
    (D(2025, 3, 1), -24, D(2023, 3, 1)),
    (D(2025, 1, 1), 1200, D(2125, 1, 1)),
], ids=["zero", "next month", "over new year", "31 Jan to 29 Feb", "31 Jan to 28 Feb",
        "31 Jan to 30 Apr", "29 Feb plus a year", "29 Feb plus four years",
        "29 Feb plus a month", "back over new year", "31 Mar back to 29 Feb",
        "31 Aug back six months", "31 May back six months", "1 Jun back six months",
        "back two years", "a century"])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_add_months_clamps_and_does_not_come_back():
    there = add_months(D(2024, 1, 31), 1)
    assert there == D(2024, 2, 29)
    assert add_months(there, -1) == D(2024, 1, 29)


@pytest.mark.parametrize("day,years,expected", [
    (D(2025, 11, 26), 5, D(2030, 11, 26)),
    (D(2024, 2, 29), 1, D(2025, 2, 28)),
    (D(2024, 2, 29), 4, D(2028, 2, 29)),
    (D(2024, 2, 29), -1, D(2023, 2, 28)),
    (D(2024, 2, 29), 100, D(2124, 2, 29)),
    (D(2000, 2, 29), 100, D(2100, 2, 28)),
    (D(2017, 6, 20), 0, D(2017, 6, 20)),
], ids=["five years", "29 Feb plus 1", "29 Feb plus 4", "29 Feb minus 1", "2124 is leap",
        "2100 is not leap", "zero"])
def test_add_years(day, years, expected):
    assert add_years(day, years) == expected


@pytest.mark.parametrize("value,expected", [
    (None, None),
    ("", None),
    ("   ", None),
    ("2025-11-26", D(2025, 11, 26)),
    (" 2025-11-26\n", D(2025, 11, 26)),
    ("2024-02-29", D(2024, 2, 29)),
    (D(2017, 6, 20), D(2017, 6, 20)),
], ids=["none", "empty", "blank", "iso", "with spaces", "29 February", "a date"])
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected


@pytest.mark.parametrize("value", ["26.11.2025", "2025-02-30", "2023-02-29", "tomorrow",
                                   "2025-13-01"],
                         ids=["russian order", "30 February", "29 Feb of 2023", "word",
                              "month 13"])
def test_parse_iso_refuses(value):
    with pytest.raises(ValueError):
        parse_iso(value)


@pytest.mark.parametrize("day,precision,expected", [
    (None, "day", ""),
    (None, "year", ""),
    (D(2025, 11, 26), "day", "26.11.2025"),
    (D(2025, 1, 5), "day", "05.01.2025"),
    (D(2024, 2, 29), "day", "29.02.2024"),
    (D(2025, 11, 26), "month", "11.2025"),
    (D(2025, 3, 1), "month", "03.2025"),
    (D(2025, 11, 26), "year", "2025"),
    (D(2025, 11, 26), "other", "26.11.2025"),
], ids=["none", "none with year", "day", "padded", "29 February", "month", "padded month",
        "year", "unknown precision as day"])
def test_format_date(day, precision, expected):
    assert format_date(day, precision) == expected


def test_format_date_default_precision_is_day():
    assert format_date(D(2017, 6, 20)) == "20.06.2017"
