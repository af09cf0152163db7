"""A university with a name of its own and the country it is in said after it («Ankara Science
University of the Republic of Turkey», "the University of Pennsylvania of the USA"): the country
is no part of its name (its country stays the party's country); «National University of
Uzbekistan» and «Kyrgyz National University» keep theirs. Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[tuple[str, str | None]]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[(p.name, p.country) for p in i.draft.parties] for i in found.instruments]


def test_a_named_university_without_the_country_after_it():
    assert _parties("Universities\n\nOn 17 March 2025 Ankara Science University of the Republic "
                    "of Turkey and Osh State University of the Kyrgyz Republic signed a memorandum "
                    "of cooperation.") == [
        [("Ankara Science University", "TR"), ("Osh State University", "KG")]]
    assert _parties("Universities\n\nThe National University of Uzbekistan and the University of "
                    "Pennsylvania of the USA signed a memorandum of cooperation on 3 March "
                    "2025.") == [
        [("National University of Uzbekistan", "UZ"), ("University of Pennsylvania", "US")]]
