"""English kind words of news reports beside «agreement»: «an accord on ...», «a pact on ...»
(agreements), «the minutes of the commission's meeting» (its protocol); a bare «The accord was
signed ...» names no document of its own."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _found(body: str) -> list[tuple[str, str]]:
    return [(d["kind"], d["title"]) for d in as_json(parse_press_release(
        f"BISHKEK, 19 September 2024 - {body}", date(2026, 12, 6), INDEX))["instruments"]]


@pytest.mark.parametrize("named, kind, title", [
    ("an accord on visa-free travel", "agreement", "Accord on visa-free travel"),
    ("a pact on visa-free travel", "agreement", "Pact on visa-free travel"),
    ("the minutes of the intergovernmental commission meeting", "protocol",
     "Minutes of the intergovernmental commission meeting"),
])
def test_an_accord_a_pact_and_minutes_are_documents(named, kind, title):
    """(before: none was found)"""
    assert _found(f"The Government of the Kyrgyz Republic and the Government of Mongolia "
                  f"signed {named}.") == [(kind, title)]


def test_accord_as_a_plain_word_or_alone_names_no_document():
    assert _found("The sides signed an agreement on trade in accord with the decision of the "
                  "presidents. The accord was signed on Tuesday.") == [
        ("agreement", "Agreement on trade in accord with the decision of the presidents")]
