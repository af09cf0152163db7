"""English reports: a date the text does not tie to this signing dates nothing (probe texts in
our own words): a signing recalled as last year's, an earlier meeting's day, a statistics or
approval date, the end of the period a document covers, the page's own date lines."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())
SIGNED = "Kyrgyzstan and Georgia signed a protocol on veterinary control."


def _read(text: str) -> dict:
    return as_json(parse_press_release(text, date(2026, 12, 6), INDEX))


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["title"], d["signed_date"]) for d in _read(text)["instruments"]]


@pytest.mark.parametrize("recalled", [
    "The two countries signed a memorandum on tourism last year.",
    "Last year, on 14 April 2023, the two countries signed a memorandum on tourism.",
    "Two years ago the ministries signed a memorandum on tourism.",
])
def test_a_signing_recalled_as_last_year_s_is_no_document_of_this_one(recalled):
    """(before: the memorandum was proposed as signed, dated 14 April 2023 with the protocol)"""
    assert _dates(f"{SIGNED} {recalled}") == [
        ("Protocol on veterinary control", None)]


@pytest.mark.parametrize("other", [
    "The previous session of the commission was held on 10 May 2023 in Tbilisi.",
    "As of 1 January 2024, trade between the countries stood at $90 million.",
    "The draft had been approved by the government on 20 February 2024.",
])
def test_the_day_of_another_event_does_not_date_the_signing(other):
    """(before: the earlier session's, the statistics' or the approval's day was the meeting's)"""
    found = _read(f"{SIGNED} {other}")
    assert found["meeting"] is None or found["meeting"]["date"] is None
    assert [d["signed_date"] for d in found["instruments"]] == [None]


def test_the_end_of_the_period_a_document_covers_is_not_its_date():
    """(before: signed on 31 December 2027)"""
    assert _dates("Kyrgyzstan and Georgia signed a programme of cultural exchanges for the period "
                  "from 1 January 2025 to 31 December 2027.") == [
        ("Programme of cultural exchanges for the period from 1 January 2025 to 31 December "
         "2027", None)]


@pytest.mark.parametrize("page_line", ["Photo: Kabar, 12 March 2024", "Mar 12, 2024 | Economy"])
def test_a_page_s_date_line_under_the_report_dates_nothing(page_line):
    """A credit or a date line with its rubric, not the page's last line (before: the signing's
    day)."""
    found = _read(f"{SIGNED[:-1]} during talks in Tbilisi.\n{page_line}\nRelated news")
    assert found["report_date"] == "2024-03-12"
    assert [d["signed_date"] for d in found["instruments"]] == [None]


@pytest.mark.parametrize("tail", [", valid for five years", " with a capital of $100 million"])
def test_a_document_s_term_or_capital_is_not_in_its_name(tail):
    """(before: «Agreement on a joint investment fund, valid for five years», «... with a
    capital»)"""
    assert _dates(f"Kyrgyzstan and Georgia signed an agreement on a joint investment fund"
                  f"{tail}.") == [("Agreement on a joint investment fund", None)]


@pytest.mark.parametrize("dateline", ["(Kabar) 12.03.2024 ", "BISHKEK (Kabar) 12.03.2024 - ",
                                      "Tbilisi (AKIpress) 12 March 2024 - "])
def test_an_agency_before_the_date_makes_a_dateline_which_dates_nothing(dateline):
    """The report's day, not the signing's (before: the signing's day, an invented date)."""
    found = _read(f"{dateline}{SIGNED}")
    assert found["report_date"] == "2024-03-12"
    assert [d["signed_date"] for d in found["instruments"]] == [None]


def test_today_after_an_agency_s_dateline_is_its_day():
    found = _read("Kyrgyzstan and Georgia sign protocol\n(Kabar) 12.03.2024 Kyrgyzstan and "
                  "Georgia signed a protocol on veterinary control in Tbilisi on Monday.")
    assert [d["signed_date"] for d in found["instruments"]] == ["2024-03-11"]


@pytest.mark.parametrize("dateline", [
    "Tbilisi, Georgia - 12 March 2024 - ", "BISHKEK, Kyrgyzstan — March 12, 2024 — ",
    "ASTANA – 12 March 2024 – ", "ASTANA (12 March 2024) – ", "Astana, 12 March 2024 (KazTAG) ",
    "12.03.2024 Bishkek – ", "12 March 2024 Bishkek. "])
def test_a_city_and_a_date_opening_the_first_line_make_a_dateline(dateline):
    """A city before or after the date, a dash, a bracket or a full stop around them (before:
    the signing's day, an invented date)."""
    found = _read(f"{dateline}{SIGNED}")
    assert found["report_date"] == "2024-03-12"
    assert [d["signed_date"] for d in found["instruments"]] == [None]


def test_a_date_after_on_opening_the_sentence_still_dates_the_signing():
    assert _dates(f"On 12 March 2024 {SIGNED}") == [("Protocol on veterinary control",
                                                      "2024-03-12")]
