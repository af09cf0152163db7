"""English reports: a subject that signs with a partner (probe texts in our own words). The
partner after «with» is a party, not part of the document's name; «has also signed» ends the
subject; «Osh-based» says where a body sits, not its name."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _found(text: str) -> list[tuple[str, list[str]]]:
    found = as_json(parse_press_release(text, date(2026, 12, 6), INDEX))["instruments"]
    return [(d["title"], [p["name"] for p in d["parties"]]) for d in found]


@pytest.mark.parametrize("text, found", [
    ("Bishkek State University has signed a memorandum of cooperation with Osh Technical "
     "University.",
     [("Memorandum of cooperation", ["Bishkek State University", "Osh Technical University"])]),
    ("Bishkek State University signed a memorandum of cooperation with Osh Technical University "
     "and an agreement on academic mobility with Jalal-Abad University.",
     [("Memorandum of cooperation", ["Bishkek State University", "Osh Technical University"]),
      ("Agreement on academic mobility", ["Bishkek State University", "Jalal-Abad University"])]),
    ("The Ministry of Agriculture signed an agreement with the Asian Development Bank on "
     "irrigation.",
     [("Agreement on irrigation", ["Ministry of Agriculture", "Asian Development Bank"])]),
    ("Naryn University has signed a memorandum of cooperation with Talas University. Osh "
     "University also signed a memorandum of cooperation with Batken University.",
     [("Memorandum of cooperation", ["Naryn University", "Talas University"]),
      ("Memorandum of cooperation", ["Osh University", "Batken University"])]),
])
def test_the_partner_after_with_is_a_party_not_part_of_the_name(text, found):
    """(before: «Memorandum of cooperation with Osh Technical University», ...)"""
    assert _found(text) == found


@pytest.mark.parametrize("subject", ["Naryn University has also signed",
                                     "Naryn University has now signed",
                                     "Naryn-based Naryn University signed",
                                     "The Naryn-based Naryn University has signed"])
def test_an_adverb_after_has_and_a_seat_before_the_name_are_no_part_of_the_subject(subject):
    """(before: «Naryn University has», «Naryn-based Naryn University»)"""
    assert _found(f"{subject} a memorandum on joint research with Talas University.") == [
        ("Memorandum on joint research", ["Naryn University", "Talas University"])]


def test_one_side_s_documents_of_one_name_keep_their_partners():
    """«memoranda on water with Tajikistan and Uzbekistan»: the partner tells them apart"""
    assert [t for t, _p in _found("The Ministry of Agriculture of Kyrgyzstan signed memoranda "
                                  "on water with Tajikistan and Uzbekistan.")] == [
        "Memorandum on water with Tajikistan", "Memorandum on water with Uzbekistan"]


@pytest.mark.parametrize("said", ["The memorandum lays down a framework for joint work.",
                                  "Signed by both rectors, the memorandum shows that the two "
                                  "universities value research.",
                                  "It was signed in Osh. Once the new memorandum takes effect, "
                                  "it will replace the old one."])
def test_a_kind_word_before_a_verb_in_the_third_person_is_the_document_spoken_of(said):
    """(before: «Memorandum lays down a plan of joint events» and the like as a second
    document)"""
    assert [t for t, _p in _found("Naryn University signed a memorandum on research with Talas "
                                  f"University. {said}")] == ["Memorandum on research"]


def test_have_entered_into_ends_the_subject():
    """(before: «Ministry of Energy of the Republic of Tajikistan have»)"""
    assert _found("The Ministry of Energy of Kyrgyzstan and the Ministry of Energy of Tajikistan "
                  "have entered into a memorandum on power trade.") == [
        ("Memorandum on power trade", ["Ministry of Energy of the Kyrgyz Republic",
                                       "Ministry of Energy of the Republic of Tajikistan"])]


def test_a_participle_clause_after_the_kind_word_is_no_part_of_the_name():
    """«a new memorandum opening ...» in a headline is the body's memorandum (before:
    «Memorandum opening the way for Korean investors», the body's name taken for a shorter one)"""
    text = ("Kyrgyzstan and Korea deepen ties through a new memorandum opening the way for "
            "Korean investors\n\nThe Ministry of Economy of Kyrgyzstan and the Ministry of "
            "Trade of Korea signed a new Memorandum of Understanding.")
    assert [t for t, _p in _found(text)] == ["Memorandum of Understanding"]


def test_a_name_s_own_participle_stays():
    assert [t for t, _p in _found("Kyrgyzstan and Kazakhstan signed a protocol amending the "
                                  "agreement on the border.")] == [
        "Protocol amending the agreement on the border"]
