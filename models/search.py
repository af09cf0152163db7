"""Free-text search over instruments.

Each instrument keeps `search_text`: the casefolded text of its titles, parties (current and
former names), countries, subject, sectors and notes. A query matches when every one of its
words occurs in that text.
"""

from __future__ import annotations

import re

from sqlalchemy import and_, true
from sqlalchemy.sql.elements import ColumnElement

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Casefold for any script (SQLite's lower() folds only ASCII); ё is searched as е."""
    return (text or "").casefold().replace("ё", "е")


def document(parts: list[str]) -> str:
    return normalise(" \n".join(p for p in parts if p))


def query_words(query: str) -> list[str]:
    return _WORD.findall(normalise(query))


def text_condition(column, query: str) -> ColumnElement:
    """Every word of the query, in any order, somewhere in the column."""
    words = query_words(query)
    if not words:
        return true()
    return and_(*[column.like(f"%{w}%") for w in words])
