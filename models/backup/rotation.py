"""Which backups to keep: the newest few, and one a month for a year."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

KEEP_LAST = 10
KEEP_MONTHS = 12


def month_index(when: datetime) -> int:
    return when.year * 12 + when.month - 1


def to_delete(created: Sequence[datetime], now: datetime, *, keep_last: int = KEEP_LAST,
              keep_months: int = KEEP_MONTHS) -> set[int]:
    """The positions in `created` of the backups rotation removes: all but the `keep_last`
    newest and, for each of the `keep_months` calendar months up to `now`, the newest of that
    month (the month as it ended)."""
    order = sorted(range(len(created)), key=lambda i: created[i], reverse=True)
    keep = set(order[:keep_last])
    first_month = month_index(now) - keep_months + 1
    months: set[int] = set()
    for i in order:
        month = month_index(created[i])
        if month >= first_month and month not in months:
            months.add(month)
            keep.add(i)
    return set(range(len(created))) - keep
