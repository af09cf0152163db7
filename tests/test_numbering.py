"""Registry numbers from a configurable pattern: models/numbering.py."""

from __future__ import annotations

import pytest

from models.numbering import DEFAULT_PATTERN, KIND_ABBREVIATIONS, LEVEL_ABBREVIATIONS, \
    check_pattern, format_number, literal_prefix, next_number, number_regex
from models.vocabulary import KINDS, LEVELS


def test_every_kind_and_level_has_a_distinct_abbreviation():
    assert set(KIND_ABBREVIATIONS) == set(KINDS.codes())
    assert set(LEVEL_ABBREVIATIONS) == set(LEVELS.codes())
    assert len(set(KIND_ABBREVIATIONS.values())) == len(KIND_ABBREVIATIONS)
    assert len(set(LEVEL_ABBREVIATIONS.values())) == len(LEVEL_ABBREVIATIONS)


@pytest.mark.parametrize("pattern,values,expected", [
    (DEFAULT_PATTERN, (2025, 3, "agreement", "interstate"), "2025/СГ-0003"),
    (DEFAULT_PATTERN, (2025, 12345, "treaty", "interstate"), "2025/ДГ-12345"),
    ("{level}/{year}/{seq}", (2024, 7, "protocol", "intergovernmental"), "МПР/2024/7"),
    ("№ {seq:03d}-{kind}", (2025, 42, "memorandum_of_understanding", "interagency"),
     "№ 042-МВ"),
    ("{year}-{seq}", (2025, 1, "no_such_kind", "no_such_level"), "2025-1"),
    ("{kind}-{seq}", (2025, 1, "no_such_kind", "other"), "no_such_kind-1"),
    ("{{KG}}{year}.{seq:05d}", (2025, 9, "treaty", "interstate"), "{KG}2025.00009"),
    ("{year:04d}/{seq}", (2025, 9, "treaty", "interstate"), "2025/9"),
], ids=["default", "default beyond padding", "level", "padded before kind",
        "unknown codes", "unknown kind printed as is", "literal braces", "year with spec"])
def test_format_number(pattern, values, expected):
    year, seq, kind, level = values
    assert format_number(pattern, year=year, seq=seq, kind=kind, level=level) == expected


EXISTING = ["2025/СГ-0001", "2025/СГ-0007", "2025/ДГ-0009", "2024/СГ-0012", "2025/СГ-0003a",
            "x2025/СГ-0020", "2025/СГ-", "free text", ""]


@pytest.mark.parametrize("pattern,existing,values,expected", [
    (DEFAULT_PATTERN, [], (2025, "agreement", "interstate"), "2025/СГ-0001"),
    (DEFAULT_PATTERN, EXISTING, (2025, "agreement", "interstate"), "2025/СГ-0008"),
    (DEFAULT_PATTERN, EXISTING, (2025, "treaty", "interstate"), "2025/ДГ-0010"),
    (DEFAULT_PATTERN, EXISTING, (2024, "agreement", "interstate"), "2024/СГ-0013"),
    (DEFAULT_PATTERN, EXISTING, (2026, "agreement", "interstate"), "2026/СГ-0001"),
    (DEFAULT_PATTERN, ["2025/ПР-9999"], (2025, "protocol", "interstate"), "2025/ПР-10000"),
    (DEFAULT_PATTERN, ["2025/ПР-10000", "2025/ПР-9999"], (2025, "protocol", "interstate"),
     "2025/ПР-10001"),
    ("{year}-{seq}", ["2025-4", "2025-11", "2025-2"], (2025, "treaty", "interstate"),
     "2025-12"),
    ("{year}.{seq}", ["2025x7", "2025.3"], (2025, "treaty", "interstate"), "2025.4"),
    ("{level}/{seq}", ["МГС/5", "МПР/9"], (2025, "treaty", "intergovernmental"), "МПР/10"),
    ("{year:04d}/{seq:03d}", ["2025/041"], (2025, "treaty", "interstate"), "2025/042"),
    ("{{KG}}-{seq}", ["{KG}-2", "KG-5"], (2025, "treaty", "interstate"), "{KG}-3"),
], ids=["first", "highest of the same year and kind plus one", "other kind",
        "other year", "new year starts at one", "grows past the padding",
        "numeric not text order", "no kind in pattern", "dot is literal", "level",
        "year with spec", "literal braces"])
def test_next_number(pattern, existing, values, expected):
    year, kind, level = values
    assert next_number(pattern, existing, year=year, kind=kind, level=level) == expected


@pytest.mark.parametrize("pattern,number,seq", [
    (DEFAULT_PATTERN, "2025/СГ-0003", 3),
    (DEFAULT_PATTERN, "2025/СГ-3", 3),
    (DEFAULT_PATTERN, "2025/ДГ-0003", None),
    (DEFAULT_PATTERN, "2025/СГ-0003 ", None),
    ("{year:04d}/{seq}", "2025/17", 17),
], ids=["padded", "unpadded", "other kind", "trailing space", "year with spec"])
def test_number_regex(pattern, number, seq):
    match = number_regex(pattern, year=2025, kind="agreement", level="interstate").match(number)
    assert (int(match.group(1)) if match else None) == seq


@pytest.mark.parametrize("pattern,expected", [
    (DEFAULT_PATTERN, "2025/СГ-"),
    ("{seq}", ""),
    ("{level}/{year}/{seq:04d}", "МГС/2025/"),
    ("{{KG}}{year}-{seq}", "{KG}2025-"),
    ("{seq}/{year}", ""),
], ids=["default", "only seq", "level first", "literal braces", "seq first"])
def test_literal_prefix(pattern, expected):
    assert literal_prefix(pattern, year=2025, kind="agreement", level="interstate") == expected


@pytest.mark.parametrize("pattern,bad", [
    (DEFAULT_PATTERN, []),
    ("{seq}", []),
    ("{level}/{year}/{kind}/{seq:06d}", []),
    ("{year:04d}/{seq:05}", []),
    ("{{seq}}-{seq}", []),
    ("{year}/{kind}", ["seq"]),
    ("plain text", ["seq"]),
    ("{year}/{month}-{seq}", ["month"]),
    ("{year}/{month}", ["month", "seq"]),
    ("{}-{seq}", ["{}"]),
    ("{0}-{seq}", ["0"]),
    ("{{seq}}", ["seq"]),
    ("{year}/{seq", ["{year}/{seq"]),
    ("{year}}/{seq}", ["{year}}/{seq}"]),
    ("{kind:04d}-{seq}", ["{kind:04d}-{seq}"]),
    ("{seq:x}", ["{seq:x}"]),
], ids=["default", "only seq", "every token", "specs", "escaped braces", "no seq",
        "no tokens", "unknown token", "unknown and no seq", "empty braces", "positional",
        "escaped seq only", "unclosed brace", "stray closing brace", "spec not for text",
        "hex seq cannot be read back"])
def test_check_pattern(pattern, bad):
    assert check_pattern(pattern) == bad


@pytest.mark.parametrize("pattern", [DEFAULT_PATTERN, "{level}/{year}/{seq}",
                                     "{year:04d}-{kind}-{seq:03d}", "{{KG}}{seq}"],
                         ids=["default", "level", "specs", "literal braces"])
def test_round_trip(pattern):
    """A number made by a valid pattern is found again by the same pattern."""
    values = dict(year=2025, kind="roadmap", level="interagency")
    numbers = []
    for _ in range(3):
        numbers.append(next_number(pattern, numbers, **values))
    regex = number_regex(pattern, **values)
    assert [int(regex.match(n).group(1)) for n in numbers] == [1, 2, 3]
    assert all(n.startswith(literal_prefix(pattern, **values)) for n in numbers)
