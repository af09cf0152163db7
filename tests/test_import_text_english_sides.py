"""English reports: who signed, said another way than by the sides' names (probe texts in our own
words): two adjectives before one plural noun («the Kyrgyz and Georgian sides»), a reporting
clause before the subject («The ministry said that ...», «According to ...,»)."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())
GOVERNMENTS = ["Cabinet of Ministers of the Kyrgyz Republic", "Government of Georgia"]


def _parties(text: str) -> list[list[str]]:
    found = as_json(parse_press_release(text, date(2026, 12, 6), INDEX))["instruments"]
    return [[p["name"] for p in d["parties"]] for d in found]


@pytest.mark.parametrize("who", ["The Kyrgyz and Georgian sides", "Kyrgyz and Georgian officials",
                                 "The Kyrgyz and Georgian delegations"])
def test_two_adjectives_before_one_plural_noun_are_the_two_countries(who):
    """(before: no parties)"""
    assert _parties(f"{who} signed a protocol on consular matters.") == [GOVERNMENTS]


@pytest.mark.parametrize("text, parties", [
    ("The Kyrgyz Foreign Ministry said that Kyrgyzstan and Georgia signed a protocol on consular "
     "matters.", GOVERNMENTS),
    ("According to the press service, Kyrgyzstan and Georgia signed a protocol on consular "
     "matters.", GOVERNMENTS),
    ("The Ministry of Agriculture reported that it had signed a memorandum with the FAO on plant "
     "protection.", ["Ministry of Agriculture", "FAO"]),
])
def test_who_reports_the_signing_is_no_part_of_its_subject(text, parties):
    """(before: «Foreign Ministry said that Kyrgyzstan», «Service, Kyrgyzstan», «Ministry of
    Agriculture reported that it had»)"""
    assert _parties(text) == [parties]


@pytest.mark.parametrize("text, found", [
    ("Kyrgyzstan signed agreements on visa-free travel with Armenia and Georgia.", [
        ("Agreement on visa-free travel with Armenia",
         ["Cabinet of Ministers of the Kyrgyz Republic", "Government of the Republic of Armenia"]),
        ("Agreement on visa-free travel with Georgia", GOVERNMENTS)]),
    ("Kyrgyzstan signed agreements on readmission with the governments of Armenia and Georgia.", [
        ("Agreement on readmission with the government of Armenia",
         ["Cabinet of Ministers of the Kyrgyz Republic", "Government of the Republic of Armenia"]),
        ("Agreement on readmission with the government of Georgia", GOVERNMENTS)]),
    ("The Kyrgyz Ministry of Digital Development signed memoranda with Huawei and ZTE on "
     "digital skills.", [
         ("Memorandum with Huawei on digital skills",
          ["Ministry of Digital Development of the Kyrgyz Republic", "Huawei"]),
         ("Memorandum with ZTE on digital skills",
          ["Ministry of Digital Development of the Kyrgyz Republic", "ZTE"])]),
])
def test_one_plural_kind_word_over_several_partners_is_one_document_each(text, found):
    """(before: one document «... with Armenia and Georgia», its partner «Armenia and Georgia»)"""
    docs = as_json(parse_press_release(text, date(2026, 12, 6), INDEX))["instruments"]
    assert [(d["title"], [p["name"] for p in d["parties"]]) for d in docs] == found


def test_a_name_with_and_inside_is_one_partner():
    """«with China Road and Bridge Corporation» is one company, not two partners"""
    [doc] = as_json(parse_press_release(
        "The Ministry of Transport signed a contract with China Road and Bridge Corporation on "
        "the Bishkek bypass.", date(2026, 12, 6), INDEX))["instruments"]
    assert doc["title"] == "Contract on the Bishkek bypass"  # (the partner is a party)
    assert doc["parties"][-1]["name"] == "China Road and Bridge Corporation"


def test_between_one_plural_ministry_of_three_countries_is_each_country_s():
    """(before: «Kazakhstan, Kyrgyzstan» and «Republic of Tajikistan»)"""
    assert _parties("A memorandum on water use was signed between the energy ministries of "
                    "Kazakhstan, Kyrgyzstan and Tajikistan.") == [[
                        "Ministry of Energy of the Republic of Kazakhstan",
                        "Ministry of Energy of the Kyrgyz Republic",
                        "Ministry of Energy of the Republic of Tajikistan"]]


def test_a_ministry_named_by_its_field_first_in_small_letters_is_that_ministry():
    """«the foreign ministry of Georgia» (before: «Ministry of Georgia»)"""
    assert _parties("The Kyrgyz Foreign Ministry signed a memorandum of understanding with the "
                    "foreign ministry of Georgia.") == [[
                        "Ministry of Foreign Affairs of the Kyrgyz Republic",
                        "Ministry of Foreign Affairs of Georgia"]]


@pytest.mark.parametrize("signed", [
    "Following the talks, the sides signed a memorandum on medical tourism.",
    "At the end of the meeting, a memorandum on medical tourism was signed.",
])
def test_two_ministers_who_met_sign_for_their_ministries(signed):
    """«A met B» without «with», and a passive after the meeting (before: no parties)"""
    assert _parties("Kyrgyz Health Minister Asan Usenov met Georgian Health Minister Giorgi "
                    f"Beridze in Tbilisi. {signed}") == [[
                        "Ministry of Health of the Kyrgyz Republic",
                        "Ministry of Health of Georgia"]]


@pytest.mark.parametrize("text", [
    "The Kazakh and Uzbek ministries of health signed a memorandum on telemedicine.",
    "A memorandum on telemedicine was signed between the Kazakh and Uzbek ministries of health.",
    "A memorandum on telemedicine was signed by the Kazakh and Uzbek ministers of health.",
])
def test_two_adjectives_before_ministries_of_a_field_are_each_country_s_ministry(text):
    """(before: none, or «Kazakh» and «Uzbek ministries of health»)"""
    assert _parties(text) == [["Ministry of Health of the Republic of Kazakhstan",
                               "Ministry of Health of the Republic of Uzbekistan"]]


def test_a_field_of_two_words_after_two_adjectives_and_ministries():
    assert _parties("The Kyrgyz and Uzbek ministries of education and science have signed an "
                    "agreement on school exchanges.") == [[
                        "Ministry of Education and Science of the Kyrgyz Republic",
                        "Ministry of Education and Science of the Republic of Uzbekistan"]]


@pytest.mark.parametrize("text, parties", [
    ("Kyrgyz Foreign Minister Jeenbek Kulubaev signed a memorandum on diplomatic training with "
     "the foreign ministry of Georgia.",
     ["Ministry of Foreign Affairs of the Kyrgyz Republic",
      "Ministry of Foreign Affairs of Georgia"]),
    ("The Ministry of Economy of Kyrgyzstan signed an agreement on investment cooperation with "
     "the national development agency of Uzbekistan.",
     ["Ministry of Economy of the Kyrgyz Republic",
      "National Development Agency of the Republic of Uzbekistan"]),
    ("The Ministry of Health of Kyrgyzstan signed a memorandum on medical education with the "
     "ministry of health of Uzbekistan.",
     ["Ministry of Health of the Kyrgyz Republic",
      "Ministry of Health of the Republic of Uzbekistan"]),
])
def test_a_partner_in_small_letters_after_the_name_s_own_words_is_the_other_side(text, parties):
    """(before: no parties, or the two governments for the agreement)"""
    assert _parties(text) == [parties]


BANKS = ["National Bank of the Kyrgyz Republic", "National Bank of the Republic of Kazakhstan"]


@pytest.mark.parametrize("text, parties", [
    ("The national banks of Kyrgyzstan and Kazakhstan signed an agreement on currency swaps.",
     BANKS),
    ("The Kyrgyz and Kazakh national banks signed an agreement on currency swaps.", BANKS),
    ("An agreement on currency swaps was signed by the national banks of Kyrgyzstan and "
     "Kazakhstan.", BANKS),
    ("An agreement on currency swaps was signed between the national banks of Kyrgyzstan and "
     "Kazakhstan on 3 May 2024.", BANKS),
    ("The customs services of Kyrgyzstan and China signed a protocol on the exchange of data.",
     ["Customs Service of the Kyrgyz Republic",
      "Customs Service of the People's Republic of China"]),
])
def test_one_plural_body_of_two_countries_outside_the_name_is_each_country_s(text, parties):
    """(before: the two governments, none, or «Customs services of the Kyrgyz Republic»)"""
    assert _parties(text) == [parties]
