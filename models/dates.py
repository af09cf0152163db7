"""Calendar arithmetic the treaty rules need (29 February falls back to 28 February)."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def parse_iso(value: str | date | None) -> date | None:
    """A date from an ISO string; None for empty; ValueError for anything else."""
    if value is None or isinstance(value, date):
        return value
    value = value.strip()
    return date.fromisoformat(value) if value else None


def format_date(day: date | None, precision: str = "day") -> str:
    """26.11.2025, or 11.2025 / 2025 when only the month or the year is known."""
    if day is None:
        return ""
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return f"{day.month:02d}.{day.year}"
    return day.strftime("%d.%m.%Y")
