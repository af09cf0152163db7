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


def span_date(start: date | None, end: date | None,
              precision: str = "day") -> tuple[date | None, str]:
    """A meeting's days as one date with its precision: its day; its month or year when only
    that is known; for several days what they share («18–19.07.2024»: 07.2024, «30.06–02.07»:
    the year); nothing for days in two years. The date of a document signed there that gives
    none of its own."""
    if start is None or precision != "day":
        return start, precision if start else "day"
    if end is None or end == start:
        return start, "day"
    if (start.year, start.month) == (end.year, end.month):
        return start.replace(day=1), "month"
    return (start.replace(month=1, day=1), "year") if start.year == end.year else (None, "day")


def format_span(start: date | None, end: date | None, precision: str = "day") -> str:
    """A meeting's dates: 26.11.2025, 11.10.2022 – 12.10.2022, or 12.2021 when only the month
    is known."""
    first = format_date(start, precision)
    if precision == "day" and end is not None and start is not None and end != start:
        return f"{first} – {format_date(end)}"
    return first
