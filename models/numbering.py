"""Registry numbers from a configurable pattern, e.g. "{year}/{kind}-{seq:04d}" -> "2025/СГ-0003".

Tokens: {year} of signature, {seq} running number within everything else the pattern names
(a format spec such as {seq:04d} pads it), {kind} and {level} as short Russian abbreviations.
"""

from __future__ import annotations

import re
import string

DEFAULT_PATTERN = "{year}/{kind}-{seq:04d}"

KIND_ABBREVIATIONS = {
    "treaty": "ДГ", "agreement": "СГ", "convention": "КН", "protocol": "ПР",
    "memorandum_of_understanding": "МВ", "memorandum_of_cooperation": "МС",
    "agreement_of_intent": "СН", "programme": "ПГ", "roadmap": "ДК", "joint_statement": "СЗ",
    "declaration": "ДЛ", "exchange_of_notes": "ОН", "other": "ИН",
}
LEVEL_ABBREVIATIONS = {
    "interstate": "МГС", "intergovernmental": "МПР", "interagency": "МВД", "other": "ИН",
}
_FIELDS = {"year", "seq", "kind", "level"}


def check_pattern(pattern: str) -> list[str]:
    """Unknown tokens in a pattern, or ["seq"] if it has no running number.
    A pattern that cannot be used at all (an unmatched brace, a format spec that does not fit
    its value such as {kind:04d}) comes back whole."""
    try:
        names = [f for _, f, _, _ in string.Formatter().parse(pattern) if f is not None]
    except ValueError:
        return [pattern]
    bad = [n or "{}" for n in names if n not in _FIELDS]
    if "seq" not in names:
        bad.append("seq")
    if not bad:
        # The number must come out, and its running number must read back (not {seq:x}).
        try:
            number = format_number(pattern, year=2025, seq=123, kind="treaty", level="interstate")
            match = number_regex(pattern, year=2025, kind="treaty", level="interstate").match(
                number)
            if not match or int(match.group(1)) != 123:
                return [pattern]
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            return [pattern]
    return bad


def format_number(pattern: str, *, year: int, seq: int, kind: str, level: str) -> str:
    return pattern.format(year=year, seq=seq, kind=KIND_ABBREVIATIONS.get(kind, kind),
                          level=LEVEL_ABBREVIATIONS.get(level, level))


def number_regex(pattern: str, *, year: int, kind: str, level: str) -> re.Pattern:
    """A regex matching numbers of this pattern for these values, capturing the sequence."""
    parts = []
    for literal, name, spec, conversion in string.Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if name == "seq":
            parts.append(r"(\d+)")
        elif name is not None:
            # The field with its own conversion and spec ({year:04d} needs the int year).
            field = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            value = format_number("{" + field + "}", year=year, seq=0, kind=kind, level=level)
            parts.append(re.escape(value))
    return re.compile("^" + "".join(parts) + "$")


def next_number(pattern: str, existing: list[str], *, year: int, kind: str, level: str) -> str:
    """The next free number: one more than the highest already used for the same values."""
    regex = number_regex(pattern, year=year, kind=kind, level=level)
    used = [int(m.group(1)) for n in existing if (m := regex.match(n))]
    return format_number(pattern, year=year, seq=max(used, default=0) + 1, kind=kind,
                         level=level)


def literal_prefix(pattern: str, *, year: int, kind: str, level: str) -> str:
    """The fixed text before the running number: lets the database narrow the candidates."""
    regex_free = pattern.split("{seq", 1)[0]
    return format_number(regex_free, year=year, seq=0, kind=kind, level=level)
