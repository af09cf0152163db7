"""Who signed an English report's document, said after its name: «signed by X on behalf of A and
by Y on behalf of B», «signed on behalf of A by X and on behalf of B by Y» — the bodies signed
for, not the people."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


@pytest.mark.parametrize("signed, parties", [
    ("was signed by Minister of Finance Almaz Baketaev on behalf of the Kyrgyz Republic and by "
     "Director General Kim Sung-hoon on behalf of the Export-Import Bank of Korea",
     ["Kyrgyz Republic", "Export-Import Bank of Korea"]),
    ("was signed on behalf of the Government of the Kyrgyz Republic by Minister of Finance Almaz "
     "Baketaev and on behalf of the Asian Development Bank by Country Director Kanokpan "
     "Lao-Araya", ["Cabinet of Ministers of the Kyrgyz Republic",
      "Asian Development Bank"]),
])
def test_the_bodies_signed_on_behalf_of_are_the_parties(signed, parties):
    """(before: «Ministry of Finance Almaz Baketaev on behalf of the Kyrgyz Republic» and «by»)"""
    found = as_json(parse_press_release(
        f"Seoul, 3 June 2024 - A loan agreement for the construction of a hospital {signed}.",
        date(2026, 12, 6), INDEX))["instruments"]
    assert [[p["name"] for p in d["parties"]] for d in found] == [parties]


@pytest.mark.parametrize("signer, body", [
    ("the EBRD Managing Director for Central Asia Huseyin Ozhan",
     "European Bank for Reconstruction and Development"),
    ("ADB Country Director Kanokpan Lao-Araya", "Asian Development Bank"),
    ("UNICEF Resident Representative Christine Jaulmes", "UNICEF"),
    ("Bishkekteploset director general Almaz Osmonov", "Bishkekteploset"),
])
def test_the_words_of_a_post_before_its_head_word_are_not_the_body(signer, body):
    """«EBRD Managing Director ...»: the EBRD, by its full name as the keys name lenders
    (before: «EBRD Managing», «ADB Country», none for a «Resident Representative» or a
    lower-case «director general»); UNICEF and WHO stay as written."""
    found = as_json(parse_press_release(
        f"Bishkek, 9 October 2022 - The loan agreement for the heating network was signed by "
        f"{signer} and WHO Regional Director Hans Kluge.", date(2026, 12, 6), INDEX))
    assert [p["name"] for p in found["instruments"][0]["parties"]] == [body, "WHO"]


@pytest.mark.parametrize("subject, parties", [
    ("Kyrgyzstan's Tourism Department and Uzbekistan's Tourism Committee",
     ["Tourism Department of the Kyrgyz Republic",
      "Tourism Committee of the Republic of Uzbekistan"]),
    ("Kyrgyzstan's Eldik Bank and Uzbekistan's Tourism Committee",
     ["Eldik Bank", "Tourism Committee of the Republic of Uzbekistan"]),
])
def test_a_countrys_department_or_committee_in_the_possessive(subject, parties):
    """«Kyrgyzstan's Tourism Department and Uzbekistan's Tourism Committee signed»: each
    country's body (before: no parties; a department was no head of a name, and a committee
    lost its country); a bank so named is a company and keeps its name."""
    found = as_json(parse_press_release(
        f"TASHKENT, 19 September 2024 - {subject} have signed a memorandum on tourism.",
        date(2026, 12, 6), INDEX))
    assert [p["name"] for p in found["instruments"][0]["parties"]] == parties


def test_the_body_says_who_signed_the_document_its_headline_names():
    """«Kyrgyzstan, WHO sign agreement on ...», then «BISHKEK, <date> - The document was signed
    by ...»: the signers' bodies (before: none; the headline's line break ended its words)."""
    found = as_json(parse_press_release(
        "Kyrgyzstan, WHO sign agreement on primary health care\n\nBISHKEK, 19 September 2024 - "
        "The document was signed by Kyrgyz Health Minister Alymkadyr Beishenaliev and WHO "
        "Regional Director Hans Kluge in Bishkek.", date(2026, 12, 6), INDEX))
    assert [(d["title"], [p["name"] for p in d["parties"]]) for d in found["instruments"]] == [
        ("Agreement on primary health care", ["Ministry of Health of the Kyrgyz Republic", "WHO"])]


def test_a_ministry_whose_fields_are_listed_with_commas_and_and_is_one_body():
    """«The Ministry of Water Resources, Agriculture and Processing Industry of the Kyrgyz
    Republic signed ... with X»: that ministry and X (before: «Ministry of Water Resources,
    Agriculture» and «Kyrgyz Republic»)."""
    found = as_json(parse_press_release(
        "Bishkek, 22 April 2024 - The Ministry of Water Resources, Agriculture and Processing "
        "Industry of the Kyrgyz Republic signed a memorandum of cooperation with China Railway "
        "20th Bureau Group on the construction of irrigation canals.", date(2026, 12, 6), INDEX))
    assert [p["name"] for p in found["instruments"][0]["parties"]] == [
        "Ministry of Water Resources, Agriculture and Processing Industry of the Kyrgyz Republic",
        "China Railway 20th Bureau Group"]


def test_an_apposition_saying_what_a_side_is_is_not_its_name():
    """«the International Development Association, a member of the World Bank Group, signed»:
    the IDA (before: «International Development Association, a member of the World Bank
    Group»)."""
    found = as_json(parse_press_release(
        "Bishkek, 2 March 2022 - The Kyrgyz Republic and the International Development "
        "Association, a member of the World Bank Group, signed a financing agreement for the "
        "Naryn irrigation project.", date(2026, 12, 6), INDEX))
    assert [p["name"] for p in found["instruments"][0]["parties"]] == [
        "Kyrgyz Republic", "International Development Association"]


@pytest.mark.parametrize("text, parties", [
    ("Minister of Health Alymkadyr Beishenaliev and his Turkish counterpart Fahrettin Koca signed "
     "a memorandum of understanding in the field of medicine.",
     ["Ministry of Health of the Kyrgyz Republic",
      "Ministry of Health of the Republic of Türkiye"]),
    ("Министр здравоохранения Алымкадыр Бейшеналиев и его турецкий коллега Фахреттин Коджа "
     "подписали меморандум о сотрудничестве в области медицины.",
     ["Министерство здравоохранения Кыргызской Республики",
      "Министерство здравоохранения Турецкой Республики"]),
])
def test_a_counterpart_signs_for_the_same_ministry_of_his_country(text, parties):
    """«Minister of Health X and his Turkish counterpart Y» with no country beside the first
    post: Türkiye's ministry of the same name (before: «His Turkish counterpart Fahrettin Koca»,
    or no parties in Russian)."""
    found = as_json(parse_press_release(text, date(2026, 12, 6), INDEX))
    assert [p["name"] for p in found["instruments"][0]["parties"]] == parties


def test_a_governor_and_a_hokim_sign_for_their_regions_not_with_their_names():
    found = as_json(parse_press_release(
        "Osh, 3 June 2024 - The governor of Osh region Zhanyshbek Akimov and the hokim of "
        "Andijan region Shukhratbek Abdurakhmonov signed a memorandum of cooperation.",
        date(2026, 12, 6), INDEX))["instruments"]
    assert [[p["name"] for p in d["parties"]] for d in found] == [["Osh region",
                                                                   "Andijan region"]]


def _parties(text: str) -> list[list[str]]:
    found = as_json(parse_press_release(text, date(2026, 12, 6), INDEX))["instruments"]
    return [[p["name"] for p in d["parties"]] for d in found]


@pytest.mark.parametrize("side", ["On behalf of the Kyrgyz side", "On the Kyrgyz side"])
def test_a_state_service_or_committee_signed_for_a_side_is_that_country_s(side):
    """Its head word stays («Service», «Committee» were read as a first name) and its country is
    the side's; «On behalf of the Kyrgyz side» as «On the Kyrgyz side» (before: none, or «State
    Customs» and «State Revenue»)."""
    other = side.replace("Kyrgyz", "Kazakh").replace("On", "on")
    assert _parties(
        f"A memorandum on customs cooperation was signed. {side}, the document was signed by the "
        "Chairman of the State Customs Service Almaz Sazbakov, and "
        f"{other} by the Chairman of the State Revenue Committee Zhanat Yelimanov.") == [[
            "State Customs Service of the Kyrgyz Republic",
            "State Revenue Committee of the Republic of Kazakhstan"]]


def test_a_rector_s_university_of_a_country_ends_before_his_name():
    """(before: «University of Latvia Indrikis Muiznieks»)"""
    assert _parties("The rector of Osh State University Kanybek Imanaliev and the rector of the "
                    "University of Latvia Indrikis Muiznieks signed a cooperation agreement.") == [
        ["Osh State University", "University of Latvia"]]


@pytest.mark.parametrize("text", [
    "A memorandum on student exchange was signed by Rector Kanybek Imanaliev (Osh State "
    "University) and President Murat Yilmaz (Ankara University).",
    "A memorandum on student exchange was signed on 5 May 2024. It was signed by Kanybek "
    "Imanaliev (rector, Osh State University) and Murat Yilmaz (president, Ankara University).",
    "Rector Kanybek Imanaliev (Osh State University) and President Murat Yilmaz (Ankara "
    "University) signed a memorandum on student exchange.",
])
def test_a_signer_s_body_in_brackets_after_his_name_is_the_party(text):
    """(before: none, or «Kanybek Imanaliev (» and «Osh State University)»)"""
    assert _parties(text) == [["Osh State University", "Ankara University"]]
