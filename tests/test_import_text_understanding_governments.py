"""Two countries as the subject of an English memorandum of understanding sign it by their
governments, as for an agreement (the keys' convention); a joint statement stays the states'.
Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_countries_sign_a_memorandum_of_understanding_by_their_governments():
    assert _parties("MoU signed\n\nDOHA, October 2, 2025. Qatar and Mongolia signed a memorandum "
                    "of understanding on desert agriculture.") == [
        ["Government of the State of Qatar", "Government of Mongolia"]]
    assert _parties("Statement adopted\n\nDOHA, October 2, 2025. Qatar and Mongolia signed a joint "
                    "statement on desert agriculture.") == [["State of Qatar", "Mongolia"]]
