"""Türkiye's English name follows the text: a report that writes «Turkey» (and never «Türkiye»)
names its bodies «... of the Republic of Turkey», one that writes «Türkiye» «... of the Republic
of Türkiye». Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_turkey_as_the_text_writes_it():
    said = ("Memorandum signed\n\nIZMIR, May 6, 2025. The customs ministers of {a} and Georgia "
            "signed a memorandum on electronic transit declarations.")
    assert _parties(said.format(a="Turkey"))[0][0] == \
        "Ministry of Customs of the Republic of Turkey"
    assert _parties(said.format(a="Türkiye"))[0][0] == \
        "Ministry of Customs of the Republic of Türkiye"
