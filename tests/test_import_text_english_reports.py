"""English agency reports (probe texts in our own words): the report's words after a name (who
said it, «and others»), the partner after «with», plural kind words shared by several fields,
three or more sides, appositions and signers' posts."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _read(text: str) -> list[dict]:
    return as_json(parse_press_release(text, date(2026, 12, 6), INDEX))["instruments"]


@pytest.mark.parametrize("text, title", [
    ("BISHKEK, May 5, 2022. Kyrgyzstan and Hungary signed an agreement on police cooperation "
     "and a memorandum on cultural exchanges, the press service of the Cabinet said.",
     "Memorandum on cultural exchanges"),
    ("BAKU, April 10. Azerbaijan and Kyrgyzstan signed an agreement on readmission and a "
     "protocol on consular matters, reports Trend.", "Protocol on consular matters"),
    ("TASHKENT, June 2, 2023. Uzbekistan and Tajikistan signed an agreement on trade and a "
     "memorandum on mutual recognition of diplomas, according to the Ministry of Higher "
     "Education.", "Memorandum on mutual recognition of diplomas"),
    ("DUSHANBE, May 5, 2022. The sides signed an agreement on transit and a protocol on customs "
     "cooperation and others.", "Protocol on customs cooperation"),
])
def test_the_report_s_words_after_the_last_name_are_not_in_it(text, title):
    """(before: «, the press service of the Cabinet said», «, reports Trend», «, according to
    ...» and «and others» stayed in the last title)"""
    assert _read(text)[-1]["title"] == title


def test_other_documents_end_a_name_but_other_crimes_do_not():
    """(before: the plan's name ended before «and other crimes»)"""
    found = _read(
        "DUSHANBE, May 5, 2022. The ministers signed an Action Plan on cooperation in the fight "
        "against terrorism, drug trafficking and other crimes for 2022-2023. A memorandum on "
        "police training and other documents were signed as well.")
    assert [d["title"] for d in found] == [
        "Action Plan on cooperation in the fight against terrorism, drug trafficking and other "
        "crimes for 2022-2023", "Memorandum on police training"]


@pytest.mark.parametrize("text, title", [
    ("ASTANA, May 5, 2022. An intergovernmental agreement on checkpoints across the state "
     "border was signed in Astana.", "Agreement on checkpoints across the state border"),
    ("TOKYO, May 5, 2022. The sides exchanged notes between the governments of Japan and the "
     "Kyrgyz Republic on a grant for school equipment.", "Exchange of notes on a grant for school "
     "equipment"),
    ("BERLIN, May 5, 2022. An agreement on financial cooperation between the governments of the "
     "two countries, Kyrgyzstan and Germany, was signed.", "Agreement on financial cooperation"),
    ("DOHA, May 5, 2022. The sides signed a memorandum of understanding on cooperation between "
     "the two countries' ministries of justice.",
     "Memorandum of understanding on cooperation between the ministries of justice"),
    ("DUSHANBE, May 5, 2022. An agreement between the interior ministries of the two countries "
     "on police training was signed.",
     "Agreement between the interior ministries on police training"),
    ("ULAANBAATAR, May 5, 2022. The presidents signed a Joint Statement on strategic partnership "
     "between the two countries.", "Joint Statement on strategic partnership"),
])
def test_an_english_name_without_the_words_that_only_say_the_governments_sign_it(text, title):
    """(before: «Intergovernmental», «between the governments of ...», «of the two countries»
    stayed in the name; the corpus keys leave them out, as in Russian)"""
    assert _read(text)[0]["title"] == title


def _parties(text: str) -> list[list[str]]:
    return [[p["name"] for p in d["parties"]] for d in _read(text)]


def test_china_keeps_its_official_name_as_a_party():
    """(before: «People's» was read as the possessive of a body's country: «Republic of
    China»)"""
    assert _parties("ASTANA, May 5, 2022. Kazakhstan and China signed a memorandum on "
                    "e-commerce.") == [["Republic of Kazakhstan", "People's Republic of China"]]


@pytest.mark.parametrize("text, parties", [
    ("BISHKEK, May 5, 2022. Kyrgyzstan, Kazakhstan and Uzbekistan signed an agreement on the "
     "construction of a hydropower plant on the Naryn.",
     ["Cabinet of Ministers of the Kyrgyz Republic", "Government of the Republic of Kazakhstan",
      "Government of the Republic of Uzbekistan"]),
    ("BISHKEK, May 5, 2022. The energy ministers of Kyrgyzstan, Kazakhstan and Uzbekistan "
     "signed a roadmap on water and energy.",
     ["Ministry of Energy of the Kyrgyz Republic", "Ministry of Energy of the Republic of "
      "Kazakhstan", "Ministry of Energy of the Republic of Uzbekistan"]),
    ("TASHKENT, May 5, 2022. The ministers of agriculture of Uzbekistan and Tajikistan signed a "
     "memorandum on locust control.",
     ["Ministry of Agriculture of the Republic of Uzbekistan",
      "Ministry of Agriculture of the Republic of Tajikistan"]),
])
def test_three_sides_or_ministers_of_several_countries(text, parties):
    """(before: «Kyrgyzstan, Kazakhstan» was one side; «the energy ministers of A and B» were
    the states)"""
    assert _parties(text) == [parties]


@pytest.mark.parametrize("text, parties", [
    ("BISHKEK, May 5, 2022. Kyrgyz Railways and Kazakhstan Temir Zholy, the national railway "
     "operator of Kazakhstan, signed an agreement on freight tariffs.",
     ["Kyrgyz Railways", "Kazakhstan Temir Zholy"]),
    ("BISHKEK, May 5, 2022. The memorandum was signed between the Kyrgyz Investment and Export "
     "Promotion Agency (KIEPA) and KOTRA.",
     ["Kyrgyz Investment and Export Promotion Agency", "KOTRA"]),
    ("BISHKEK, May 5, 2022. The Ministry of Economy and Commerce and KOTRA signed a memorandum "
     "on investment.", ["Ministry of Economy and Commerce", "KOTRA"]),
    ("BISHKEK, May 5, 2022. A memorandum was signed between Kyrgyzaltyn OJSC and Korea Zinc "
     "Co., Ltd.", ["Kyrgyzaltyn OJSC", "Korea Zinc Co., Ltd"]),
])
def test_an_apposition_or_an_abbreviation_does_not_move_the_sides(text, parties):
    """(before: the apposition's country replaced the company; the name was cut at the «and»
    inside «Investment and Export»; a side named by its abbreviation alone was lost)"""
    assert _parties(text) == [parties]



def test_a_government_named_by_its_country_s_adjective():
    """(before: «The Kyrgyz government» was kept as written)"""
    assert _parties("BISHKEK, May 5, 2022. The Kyrgyz government and the Asian Development Bank "
                    "signed a loan agreement for irrigation.") == [
        ["Cabinet of Ministers of the Kyrgyz Republic", "Asian Development Bank"]]


@pytest.mark.parametrize("text, titles", [
    ("BISHKEK, May 5, 2022. Kyrgyzstan and Qatar signed MoUs in the fields of agriculture, "
     "healthcare and tourism.",
     ["Memorandum of understanding in the field of agriculture",
      "Memorandum of understanding in the field of healthcare",
      "Memorandum of understanding in the field of tourism"]),
    ("BISHKEK, May 5, 2022. Kyrgyzstan and Qatar signed memoranda in areas such as youth, "
     "sports and media.",
     ["Memorandum in the area of youth", "Memorandum in the area of sports",
      "Memorandum in the area of media"]),
    ("BISHKEK, May 5, 2022. Kyrgyzstan and Turkey signed memorandums on cooperation in energy, "
     "mining, and transport.",
     ["Memorandum on cooperation in energy", "Memorandum on cooperation in mining",
      "Memorandum on cooperation in transport"]),
    ("BISHKEK, May 5, 2022. Kyrgyzstan and Qatar signed three MoUs covering healthcare, "
     "education and investment.",
     ["Memorandum of understanding covering healthcare",
      "Memorandum of understanding covering education",
      "Memorandum of understanding covering investment"]),
])
def test_a_plural_kind_word_over_several_fields_names_one_document_each(text, titles):
    """(before: one document for «in fields such as», «on cooperation in A, B, and C»,
    «covering A, B and C»; «in the fields of A» for the first of the others)"""
    assert [d["title"] for d in _read(text)] == titles


@pytest.mark.parametrize("text, title, parties", [
    ("Kyrgyzstan, Saudi Fund sign $30 mln loan agreement for school construction\n\n"
     "BISHKEK, May 5, 2022. The document was signed at the Ministry of Finance. The Saudi Fund "
     "for Development will lend the money for twenty schools.",
     "Loan agreement for school construction",
     ["Cabinet of Ministers of the Kyrgyz Republic", "Saudi Fund for Development"]),
    ("BISHKEK, May 5, 2022. The Kyrgyz government and the Asian Development Bank finalized a loan "
     "agreement for irrigation canals.", "Loan agreement for irrigation canals",
     ["Cabinet of Ministers of the Kyrgyz Republic", "Asian Development Bank"]),
])
def test_a_signing_told_in_the_headline_or_finalized(text, title, parties):
    """(before: «sign $30 mln loan agreement» in a headline was no signing, nor «finalized a loan
    agreement»: no document; a state named in a headline borrows by its government, and a name
    the headline shortens is the body's)"""
    found = _read(text)
    assert [(d["title"], [p["name"] for p in d["parties"]]) for d in found] == [(title, parties)]


def test_the_text_of_an_agreement_finalized_is_no_signing():
    assert _read("BISHKEK, May 5, 2022. The experts finalized the text of the agreement on "
                 "transit.") == []


@pytest.mark.parametrize("text, kind, title", [
    ("BISHKEK, May 5, 2022. The Ministry of Education and the British Council signed a letter of "
     "understanding on English teaching.", "memorandum_of_understanding",
     "Letter of understanding on English teaching"),
    ("BERLIN, May 5, 2022. Kyrgyzstan and Germany signed a statement of intent on energy "
     "partnership.", "agreement_of_intent", "Statement of intent on energy partnership"),
    ("ASTANA, May 5, 2022. The heads of state signed the Charter of the Council of Elders.",
     "other", "Charter of the Council of Elders"),
    ("BISHKEK, May 5, 2022. The ministers signed a new edition of the Agreement on cooperation "
     "in the field of tourism.", "agreement",
     "Agreement on cooperation in the field of tourism"),
    ("BISHKEK, May 5, 2022. The sides signed Kyrgyzstan's agreement with the Eurasian "
     "Development Bank on a credit line.", "agreement",
     "Agreement on a credit line"),  # (the bank is a party)
])
def test_english_kinds_and_what_stands_before_them(text, kind, title):
    """(before: none of these was found: «letter of understanding», «statement of intent»,
    «Charter of», «a new edition of the Agreement», a country's possessive before the kind
    word)"""
    assert [(d["kind"], d["title"]) for d in _read(text)] == [(kind, title)]


def test_a_body_s_programme_after_a_possessive_is_still_no_document():
    assert _read("BISHKEK, May 5, 2022. Students of the Prime Minister's Youth Programme visited "
                 "the ministry, which signed nothing.") == []


@pytest.mark.parametrize("text, parties", [
    ("BISHKEK, May 5, 2022. The memorandum was signed by Kanat Sadykov, rector of the Kyrgyz "
     "State Technical University, and Ahmet Yilmaz, rector of Ankara University.",
     ["Kyrgyz State Technical University", "Ankara University"]),
    ("BISHKEK, May 5, 2022. KSTU rector Kanat Sadykov and Ankara University rector Ahmet Yilmaz "
     "signed a memorandum of cooperation.", ["KSTU", "Ankara University"]),
    ("BISHKEK, May 5, 2022. Bakyt Torobaev, Minister of Agriculture of Kyrgyzstan, and Ali "
     "Karimov, CEO of the Dubai company Al Ghurair, signed an investment agreement.",
     ["Ministry of Agriculture of the Kyrgyz Republic", "Al Ghurair"]),
    ("ANKARA, 5 May 2022. The youth ministries of Kyrgyzstan and Turkey signed a memorandum on "
     "youth exchanges.", ["Ministry of Youth of the Kyrgyz Republic",
                          "Ministry of Youth of the Republic of Turkey"]),
])
def test_persons_sign_for_their_bodies(text, parties):
    """(before: no parties for «A, rector of X, and B, rector of Y»; «X rector A» kept whole; a
    company's name after «company» read as a person's; «the youth ministries of A and B» were
    the states)"""
    assert _parties(text) == [parties]


def test_the_signing_ceremony_of_a_document():
    """(before: «The signing ceremony of the memorandum ... took place» named no document)"""
    found = _read("BISHKEK, May 5, 2022. The signing ceremony of the memorandum of understanding "
                  "between the Ministry of Health and UNICEF took place in Bishkek.")
    assert [d["title"] for d in found] == [
        "Memorandum of understanding between the Ministry of Health and UNICEF"]


@pytest.mark.parametrize("words, title", [
    ("signed the 2026 plan of consultations", "2026 plan of consultations"),
    ("signed a 2026 cooperation programme", "2026 cooperation programme"),
])
def test_a_year_between_the_article_and_the_name_is_in_the_name_and_dates_nothing(words, title):
    """(before: a year after the article hid the document)"""
    [plan] = _read("The foreign ministries of Kyrgyzstan and Mongolia " + words + ".")
    assert (plan["title"], plan["signed_date"]) == (title, None)


@pytest.mark.parametrize("field, ministry", [("commerce", "Commerce"), ("tourism", "Tourism"),
                                             ("emergency", "Emergency Situations")])
def test_the_field_ministries_of_the_two_countries_are_each_a_side(field, ministry):
    """(before: fields outside a short list gave no sides)"""
    [memo] = _read(f"Kyrgyzstan and Pakistan held talks in Bishkek. The {field} ministries of the "
                   "two countries signed a memorandum of understanding on joint training.")
    assert [p["name"] for p in memo["parties"]] == [
        f"Ministry of {ministry} of the Kyrgyz Republic",
        f"Ministry of {ministry} of the Islamic Republic of Pakistan"]


@pytest.mark.parametrize("text, title, signed", [
    ("On 5 April 2023 a cooperation agreement was signed between Ala-Too University and the "
     "Technical University of Munich.", "Cooperation agreement", "2023-04-05"),
    ("12 марта 2024 года Соглашение о торговле было подписано Кыргызстаном и Венгрией.",
     "Соглашение о торговле", "2024-03-12"),
])
def test_a_sentence_opening_with_the_date_then_the_document(text, title, signed):
    """(before: a date and an article before the name, with no comma, hid the document)"""
    [found] = _read(text)
    assert (found["title"], found["signed_date"]) == (title, signed)
