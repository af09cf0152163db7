"""A page's date line that opens with a weekday names no city (it gave the meeting «Tuesday»)."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

TEXT = """Tuesday, 5 March 2024

The Ministry of Health of the Kyrgyz Republic and the Ministry of Health of Uzbekistan signed
a memorandum of understanding on cooperation in medical education.
"""


def test_a_weekday_date_line_is_no_city():
    draft = parse_press_release(TEXT, date(2026, 12, 7), CountryIndex(seeds()))
    assert draft.meeting.city == ""
    assert "Tuesday" not in draft.meeting.title
    assert len(draft.instruments) == 1


def test_a_city_dateline_is_still_the_city():
    text = "OSH, 5 March 2024. " + TEXT.split("\n", 2)[2]
    draft = parse_press_release(text, date(2026, 12, 7), CountryIndex(seeds()))
    assert draft.meeting.city == "Osh"
