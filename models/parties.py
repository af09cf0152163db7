"""Rules about the bodies that sign instruments: pure functions over names."""

from __future__ import annotations

import re

_COMPANY = re.compile(r"^(ОАО|АО|ЗАО|ООО|ПАО|ГП|МП|ОсОО|ААК|ЖАК|JSC|LLC|OJSC)\b|«", re.I)
_PREFIXES = (
    ("министерство", "ministry"), ("министрлиги", "ministry"), ("ministry", "ministry"),
    ("правительство", "government"), ("кабинет министров", "government"),
    ("министрлер кабинети", "government"), ("government", "government"),
    ("cabinet of ministers", "government"),
)
_STATE_WORDS = ("республика", "федерация", "королевство", "государство", "республикасы",
                "республики", "republic", "federation", "kingdom")


def guess_organisation_kind(name: str) -> str:
    """The most likely kind of a body from its name, for a new party typed by a clerk."""
    text = name.strip()
    low = text.casefold()
    for prefix, kind in _PREFIXES:
        if low.startswith(prefix):
            return kind
    if _COMPANY.search(text):
        return "company"
    if any(low.startswith(w) or low.endswith(w) for w in _STATE_WORDS) and len(low.split()) <= 4:
        return "state"
    return "agency"


def name_key(name: str) -> str:
    """The form under which two spellings of one name are the same body."""
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").casefold().split())
