"""Reading one cell: dates with their precision, numbers, yes/no, vocabulary codes, parties and
events. Each reader returns a value or raises `ValueProblem`; nothing is guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from models.vocabulary import Vocabulary

from .mapping import Spec, fold
from .problems import ValueProblem

LATEST_YEAR_AHEAD = 50  # a date further ahead than this is a code or a typo, not a date
_UNCERTAIN = re.compile(r"[?~]|\.\.|\bca\.|\bcirca\b|\bоколо\b|\bприм", re.I)
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_DOTTED = re.compile(r"(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})(?:\s*г\.?)?")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
YES = {"yes", "y", "true", "1", "да", "д", "ооба", "x", "+", "✓"}
NO = {"no", "n", "false", "0", "нет", "н", "жок", "-"}


@dataclass(frozen=True)
class PartialDate:
    value: date
    precision: str  # day | month | year


def show(value) -> str:
    """A cell as the problem message quotes it (long texts cut)."""
    text = value.isoformat() if isinstance(value, (date, datetime)) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def read_date(value, today: date, date_order: str = "dmy") -> PartialDate:
    """A date from a cell: a real date, 2025-11-26, 26.11.2025, 11.2025, 2025-11, 2025,
    26/11/2025; zero month or day (1990-00-00) give a month or year precision."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _checked(PartialDate(value, "day"), today, value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value == int(value):
        return _parts(int(value), 0, 0, today, value)
    text = str(value).strip()
    if _UNCERTAIN.search(text):
        raise ValueProblem("The date “{value}” is marked as uncertain; it is not imported as a "
                           "guess. Enter the exact date or leave the cell empty.",
                           value=show(text))
    m = _ISO.fullmatch(text)
    if m:
        return _parts(int(m[1]), int(m[2] or 0), int(m[3] or 0), today, text)
    m = _DOTTED.fullmatch(text)
    if m:
        return _parts(int(m[3]), int(m[2]), int(m[1] or 0), today, text)
    m = _SLASHED.fullmatch(text)
    if m:
        first, second = int(m[1]), int(m[2])
        day, month = (first, second) if date_order == "dmy" else (second, first)
        return _parts(int(m[3]), month, day, today, text)
    raise ValueProblem("“{value}” is not a date.", value=show(text))


def _parts(year: int, month: int, day: int, today: date, raw) -> PartialDate:
    if year == 0:
        raise ValueProblem("The date “{value}” is unknown.", value=show(raw))
    if month == 0 and day:
        raise ValueProblem("The date “{value}” does not exist.", value=show(raw))
    precision = "day" if day else "month" if month else "year"
    try:
        found = date(year, month or 1, day or 1)
    except ValueError:
        raise ValueProblem("The date “{value}” does not exist.", value=show(raw)) from None
    return _checked(PartialDate(found, precision), today, raw)


def _checked(found: PartialDate, today: date, raw) -> PartialDate:
    if found.value.year < 1000 or found.value.year > today.year + LATEST_YEAR_AHEAD:
        raise ValueProblem("The date “{value}” is impossible.", value=show(raw))
    return found


def read_int(value) -> int:
    if isinstance(value, bool):
        raise ValueProblem("“{value}” is not a whole number.", value=show(value))
    if isinstance(value, (int, float)) and value == int(value):
        return int(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"-?\d+(?:[.,]0+)?", text):
        return int(re.split(r"[.,]", text)[0])
    raise ValueProblem("“{value}” is not a whole number.", value=show(value))


def read_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    text = fold(value)
    if text in YES:
        return True
    if text in NO:
        return False
    raise ValueProblem("“{value}” is neither yes nor no.", value=show(value))


def vocabulary_code(value, spec: Spec, vocabulary: Vocabulary) -> str | None:
    """The code a cell stands for: the mapping's values, its word rules, then the vocabulary's
    codes and labels in every language. None when nothing matches."""
    text = fold(value)
    if text in spec.values:
        return spec.values[text]
    for prefix, code in spec.starts_with:
        if text.startswith(prefix):
            return code
    for word, code in spec.contains:
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
            return code
    for term in vocabulary:
        if text in (term.code, fold(term.ru), fold(term.ky), fold(term.en)):
            return term.code
    return None


def unknown_value(value, vocabulary: Vocabulary) -> ValueProblem:
    from i18n import get_language

    return ValueProblem("Unknown value “{value}”; expected one of: {choices}.",
                        value=show(value),
                        choices=", ".join(t.label(get_language()) for t in vocabulary))


def split_list(value, separator: str = "") -> list[str]:
    text = str(value)
    parts = text.split(separator) if separator else re.split(r"[;\n]", text)
    return [p.strip() for p in parts if p.strip()]


_PARTY = re.compile(r"(?P<name>.+?)(?:\s*\[(?P<country>[^\]]*)\])?"
                    r"(?:\s+—\s+(?P<signatory>.+?)(?:\s*\((?P<position>[^()]*)\))?)?")


@dataclass(frozen=True)
class PartyText:
    name: str
    country: str  # as written inside [ ] ("" when not given)
    signatory: str = ""
    position: str = ""


def read_party(text: str) -> PartyText:
    """"Name [KG] — Signatory (Position)"; the brackets and the signatory are optional."""
    m = _PARTY.fullmatch(text.strip())
    return PartyText(m["name"].strip(), (m["country"] or "").strip(),
                     (m["signatory"] or "").strip(), (m["position"] or "").strip())


@dataclass(frozen=True)
class EventText:
    act_date: str
    kind: str
    effective_date: str = ""
    reference: str = ""
    text: str = ""


def read_event(line: str) -> EventText:
    """"26.11.2025 | Signed | effective date | reference | text" (the last three optional)."""
    parts = [p.strip() for p in line.split(" | ", 4)]
    if len(parts) < 2:
        raise ValueProblem("“{value}” is not an event: write “date | kind”.", value=show(line))
    parts += [""] * (5 - len(parts))
    return EventText(*parts)
