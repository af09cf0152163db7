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


def test_a_headline_s_two_ministries_sign_the_body_s_document():
    """«Kyrgyz, Turkish foreign ministries sign consultation plan», then «The sides signed a
    plan ...» (before: no parties)"""
    assert _parties("Kyrgyz, Turkish foreign ministries sign consultation plan\n\nThe sides "
                    "signed a plan of consultations for 2024-2025.") == [[
                        "Ministry of Foreign Affairs of the Kyrgyz Republic",
                        "Ministry of Foreign Affairs of the Republic of Türkiye"]]


@pytest.mark.parametrize("verb", ["signed", "ended their talks in Tashkent by signing"])
def test_the_signers_of_a_count_and_a_colon_list_sign_each_document(verb):
    """«The foreign ministers of A and B ended their talks by signing two documents: a ... and a
    ...» (before: the first had no parties, the second the governments)"""
    assert _parties(f"The foreign ministers of Uzbekistan and Turkmenistan {verb} two documents: "
                    "a Cooperation Program for 2025-2026 and a Protocol on the Inventory of the "
                    "Legal Framework.") == [[
                        "Ministry of Foreign Affairs of the Republic of Uzbekistan",
                        "Ministry of Foreign Affairs of Turkmenistan"]] * 2


@pytest.mark.parametrize("text", [
    "A roadmap for investment projects was signed by Serik Zhumangarin, Deputy Prime Minister "
    "and Minister of Trade and Integration of Kazakhstan, and Jamshid Khodjaev, Minister of "
    "Investments and Foreign Trade of Uzbekistan.",
    "The sides adopted a roadmap for investment projects. The roadmap was signed by Serik "
    "Zhumangarin, Minister of Trade and Integration of Kazakhstan, and Jamshid Khodjaev, Minister "
    "of Investments and Foreign Trade of Uzbekistan.",
])
def test_signers_named_with_their_posts_after_them_sign_for_their_ministries(text):
    """(before: the «and» inside a post split it, and a signing said in the next sentence of the
    document named again went unread)"""
    assert _parties(text) == [["Ministry of Trade and Integration of the Republic of Kazakhstan",
                               "Ministry of Investments and Foreign Trade of the Republic of "
                               "Uzbekistan"]]



def test_entered_into_on_a_weekday_dates_the_signing_by_the_page_s_date():
    """«... on Friday entered into a twinning agreement.» (before: no date: «entered into» was
    no signing, so the weekday counted from the page's date dated nothing)"""
    found = _read("20 Jun 2015\n\nWINDHOEK, 20 JUN (NAMPA) - The Khomas Region and China's "
                  "Jiangsu Province on Friday entered into a twinning agreement.\n\nKhomas "
                  "Governor Laura McLeod and Jiangsu Governor Li Xueyong signed the agreement "
                  "for the two parties.")
    assert [(d["title"], d["signed_date"]) for d in found] == [
        ("Twinning agreement", "2015-06-19")]


def test_the_day_a_delegation_arrived_does_not_date_the_signing():
    """(before: the agreement was signed on the day of arrival)"""
    [found] = _read("BISHKEK, Nov. 20, 2023. The Uzbek delegation, which arrived in Bishkek on "
                    "November 18, signed an agreement on trade.")
    assert found["signed_date"] is None


@pytest.mark.parametrize("text, parties", [
    ("Kyrgyz Foreign Minister Jeenbek Kulubaev met with Turkish Foreign Minister Hakan Fidan. "
     "Kulubaev and Fidan signed a plan of consultations for 2024-2025.",
     ["Ministry of Foreign Affairs of the Kyrgyz Republic",
      "Ministry of Foreign Affairs of the Republic of Türkiye"]),
    ("Министр иностранных дел Кыргызстана Жээнбек Кулубаев встретился с министром иностранных "
     "дел Турции Хаканом Фиданом. Кулубаев и Фидан подписали план консультаций на 2024-2025 "
     "годы.", ["Министерство иностранных дел Кыргызской Республики",
               "Министерство иностранных дел Турецкой Республики"]),
])
def test_the_two_who_met_sign_by_their_names_for_their_bodies(text, parties):
    """(before: no parties)"""
    assert _parties(text) == [parties]


def test_an_organisation_s_post_before_a_name_signs_for_the_organisation():
    """«WHO Representative Nazira Artykova» (before: the whole words, the name with them)"""
    assert _parties("Minister of Health Alymkadyr Beishenaliev and WHO Representative Nazira "
                    "Artykova signed a memorandum of understanding on primary health care.") == [
                        ["Ministry of Health", "WHO"]]


@pytest.mark.parametrize("named, kind, title", [
    ("a mou on tourism", "memorandum_of_understanding", "Mou on tourism"),
    ("a road-map on trade", "roadmap", "Road-map on trade"),
    ("a memorandum of understading on tourism", "memorandum_of_understanding",
     "Memorandum of understading on tourism"),
    ("an aggreement on tourism", "agreement", "Aggreement on tourism"),
    ("a deal on gas supplies", "agreement", "Deal on gas supplies"),
])
def test_lower_case_and_misspelt_kind_words_and_a_deal(named, kind, title):
    """(before: none was found, or a memorandum «of understading» was one of cooperation)"""
    [found] = _read(f"Kyrgyzstan and Uzbekistan signed {named}.")
    assert (found["kind"], found["title"]) == (kind, title)


def test_deals_said_in_passing_are_no_document():
    assert _read("Kyrgyzstan and Uzbekistan signed deals worth $5 billion.") == []


@pytest.mark.parametrize("when, signed", [
    ("on the 4th of June", "2024-06-04"), ("on 3-4 June", "2024-06"),
    ("yesterday", "2024-06-04"),
])
def test_when_it_was_signed_after_the_name_is_not_in_it(when, signed):
    """(before: «Agreement on police cooperation on the 4th of June», «... on 3-4 June», «...
    yesterday»)"""
    [found] = _read(f"BISHKEK, June 5, 2024. Kyrgyzstan and Hungary signed an agreement on police "
                    f"cooperation {when}.")
    assert (found["title"], found["signed_date"]) == ("Agreement on police cooperation", signed)


@pytest.mark.parametrize("who", ["The Embassy of the Kyrgyz Republic in Malaysia informs that",
                                 "The press service reported that", "Last week,"])
def test_when_and_where_after_a_reporting_clause_open_the_document_s_sentence(who):
    """«... informs that on 3 April 2024 a memorandum ... was signed» (before: no document)"""
    assert [(d["title"], d["signed_date"]) for d in _read(
        f"{who} on 3 April 2024 a memorandum of understanding on trade was signed in Kuala "
        "Lumpur.")] == [
        ("Memorandum of understanding on trade", "2024-04-03")]


@pytest.mark.parametrize("then", ["and witnessed the exchange of eight bilateral documents",
                                  "and visited the technopark"])
def test_another_predicate_of_the_subject_after_and_is_not_in_the_name(then):
    """(before: «Joint Declaration on Strategic Partnership and witnessed the exchange ...»)"""
    assert [d["title"] for d in _read(
        f"Kyrgyzstan and Hungary adopted a Joint Declaration on Strategic Partnership {then}.")] \
        == ["Joint Declaration on Strategic Partnership"]


@pytest.mark.parametrize("occasion", [
    "as part of the state visit", "within the framework of the forum",
    "in the framework of the official visit", "on the margins of the summit"])
def test_the_occasion_of_the_signing_after_a_name_is_not_in_it(occasion):
    """(before: «Agreement on police cooperation as part of the state visit»); the framework a
    document belongs to stays («... within the framework of the Organization of Turkic
    States»)."""
    assert [d["title"] for d in _read(
        f"Kyrgyzstan and Hungary signed an agreement on police cooperation {occasion}.")] == [
        "Agreement on police cooperation"]
    assert [d["title"] for d in _read(
        "Kyrgyzstan and Hungary signed a memorandum on cooperation within the framework of the "
        "Organization of Turkic States.")] == [
        "Memorandum on cooperation within the framework of the Organization of Turkic States"]
