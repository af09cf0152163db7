"""English reports in phrasings real pages use (probe texts in our own words): kind words in
capitals, dates after a name and in relative clauses, purpose clauses, posts and counterparts,
the genitive of a shared noun («the Ministries of ... of A and B»)."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from importers.press_release.kinds import kind_of
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _read(text: str) -> list[dict]:
    return as_json(parse_press_release(text, date(2026, 12, 6), INDEX))["instruments"]


def test_an_mou_in_capitals_is_a_memorandum_of_understanding():
    """(before: «MOU» named no document)"""
    [found] = _read("Kyrgyzstan and Uzbekistan signed an MOU on tourism.")
    assert (found["kind"], found["title"]) == ("memorandum_of_understanding", "MOU on tourism")


@pytest.mark.parametrize("title, kind", [
    ("Mevlana Exchange Program Protocol", "protocol"),
    ("Cooperation Programme Agreement", "agreement"),
    ("Programme of cooperation", "programme"),
    ("Protocol on the programme of consultations", "protocol"),
])
def test_of_two_english_kind_words_in_a_row_the_last_is_the_head(title, kind):
    """(before: «Mevlana Exchange Program Protocol» was a programme)"""
    assert kind_of(title) == kind
