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


@pytest.mark.parametrize("text, title, signed", [
    ("BISHKEK, May 5, 2022. Kyrgyzstan and Hungary signed an agreement on police cooperation on "
     "May 4.", "Agreement on police cooperation", "2022-05-04"),
    ("Kyrgyzstan and Hungary signed an agreement on police cooperation on 4 May.",
     "Agreement on police cooperation", None),
    ("Kyrgyzstan and Uzbekistan signed a cooperation programme for the period 2025-2027 on 3 "
     "February.", "Cooperation programme for the period 2025-2027", None),
])
def test_a_day_and_month_after_the_name_date_the_signing_by_the_dateline_s_year(text, title,
                                                                                 signed):
    """(before: «on May 4» stayed in the name and dated nothing; a text with no year gives
    none)"""
    [found] = _read(text)
    assert (found["title"], found["signed_date"]) == (title, signed)


def test_a_date_of_entry_into_force_is_not_the_signing_s():
    """«TASHKENT, Uzbekistan (Trend) - ... signed an agreement on trade, which will enter into
    force on 1 January 2025» (before: signed on 1 January 2025, and the dateline read as the
    sides)"""
    [found] = _read("TASHKENT, Uzbekistan (Trend) - Kyrgyzstan and Uzbekistan signed an agreement "
                    "on trade, which will enter into force on 1 January 2025.")
    assert found["signed_date"] is None
    assert [p["name"] for p in found["parties"]] == [
        "Cabinet of Ministers of the Kyrgyz Republic", "Government of the Republic of Uzbekistan"]


def _parties(text: str) -> list[list[str]]:
    return [[p["name"] for p in d["parties"]] for d in _read(text)]


@pytest.mark.parametrize("words", [
    "aimed at strengthening cooperation in agriculture",
    "in order to develop cooperation in agriculture",
    "meant to build closer ties in agriculture",
    "with the aim of developing agriculture",
])
def test_what_a_document_is_for_is_not_in_its_name(words):
    """(before: «aimed at ...» stayed in the name, «in order to ...» left «in order»)"""
    [found] = _read(f"Kyrgyzstan and Iran signed a memorandum of understanding {words}.")
    assert found["title"] == "Memorandum of understanding"


def test_what_the_report_says_of_a_document_after_a_dash_is_not_in_its_name():
    """(before: «Memorandum on tourism - the document provides for ...»)"""
    [found] = _read("Kyrgyzstan and Hungary signed a memorandum on tourism - the document "
                    "provides for joint promotion of tours.")
    assert found["title"] == "Memorandum on tourism"


def test_the_two_countries_field_ministers_before_the_verb_sign_for_their_ministries():
    """«The Kyrgyz and Hungarian foreign ministers signed ...» (before: no parties)"""
    assert _parties("The Kyrgyz and Hungarian foreign ministers signed a plan of consultations "
                    "for 2024-2025.") == [["Ministry of Foreign Affairs of the Kyrgyz Republic",
                                           "Ministry of Foreign Affairs of Hungary"]]


@pytest.mark.parametrize("between, parties", [
    ("the Ministries of Foreign Affairs of the Kyrgyz Republic and the Republic of Korea",
     ["Ministry of Foreign Affairs of the Kyrgyz Republic",
      "Ministry of Foreign Affairs of the Republic of Korea"]),
    ("the ministries of foreign affairs of Kyrgyzstan and Korea",
     ["Ministry of Foreign Affairs of the Kyrgyz Republic",
      "Ministry of Foreign Affairs of the Republic of Korea"]),
    ("the Foreign Ministries of Kyrgyzstan and Uzbekistan",
     ["Ministry of Foreign Affairs of the Kyrgyz Republic",
      "Ministry of Foreign Affairs of the Republic of Uzbekistan"]),
    ("the Governments of the Kyrgyz Republic and the Republic of Korea",
     ["Cabinet of Ministers of the Kyrgyz Republic", "Government of the Republic of Korea"]),
])
def test_the_genitive_of_a_shared_body_gives_each_country_s_body(between, parties):
    """(before: «Ministries of Foreign Affairs of the Kyrgyz Republic» and «Republic of Korea»)"""
    assert _parties(f"BISHKEK, 3 June 2024 - The Plan of Consultations between {between} for "
                    "2024-2025 was signed.") == [parties]


def test_signing_for_the_two_parties_is_not_in_the_name():
    """«... signed the agreement for the two parties» (before: «Agreement for the two parties», a
    second document)"""
    found = _read("The Khomas Region and Jiangsu Province entered into a twinning agreement. "
                  "Khomas Governor Laura McLeod and Jiangsu Governor Li Xueyong signed the "
                  "agreement for the two parties.")
    assert [d["title"] for d in found] == ["Twinning agreement"]
