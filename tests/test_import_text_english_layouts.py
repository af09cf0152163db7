"""English layouts of agency reports (probe texts in our own words): «There was also an
agreement ...» after a signing, «A, along with B», a plan for the implementation of an earlier
agreement in a list, and «The sides signed A and B» after «X met with Y in <city>» with a
sentence of talks between."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _read(text: str) -> list[dict]:
    return as_json(parse_press_release(text, date(2026, 12, 6), INDEX))["instruments"]


def test_there_was_also_adds_a_document_to_the_signing_before_it():
    """(before: the agreement after «There was also» was not found)"""
    found = _read(
        "BISHKEK, Kyrgyzstan, May 3. A protocol of intentions was signed between the Ministry "
        "of Health of Kyrgyzstan and Charles University. There was also an agreement between the "
        "Czech Government and the Cabinet of Ministers of Kyrgyzstan on the readmission of "
        "persons.")
    assert [d["title"] for d in found] == [
        "Protocol of intentions",
        "Agreement between the Czech Government and the Cabinet of Ministers of Kyrgyzstan on "
        "the readmission of persons"]


def test_along_with_ends_the_name_before_it():
    """(before: «..., along with» was the end of the first title and of its second party)"""
    found = _read(
        "BISHKEK, Kyrgyzstan, May 3. The sides signed an agreement on cooperation between the "
        "Ministry of Justice of Kyrgyzstan and the Ministry of Justice of Georgia, along with a "
        "cooperation programme between the justice ministries for 2025-2026.")
    assert found[0]["title"] == ("Agreement on cooperation between the Ministry of Justice of "
                                 "Kyrgyzstan and the Ministry of Justice of Georgia")
    assert [p["name"] for p in found[0]["parties"]] == [
        "Ministry of Justice of the Kyrgyz Republic", "Ministry of Justice of Georgia"]


def test_a_plan_for_the_implementation_of_an_earlier_agreement_is_signed_there():
    """The date of the agreement it implements is not the plan's (before: the plan took it and
    was dropped as signed earlier)."""
    found = _read(
        "BISHKEK, April 25, 2024. The following documents were signed:\n\n"
        "- A plan of action for 2024-2026 for the implementation of the Agreement between the "
        "Administration of Tver region and the Office of the Plenipotentiary Representative of "
        "the President of Kyrgyzstan in Talas region on trade and cultural cooperation dated "
        "June 15, 2023;\n\n"
        "- Memorandum of cooperation between Tver State University and Talas State University.")
    plan = found[0]
    assert plan["kind"] == "programme" and plan["title"].startswith(
        "Plan of action for 2024-2026 for the implementation of the Agreement")
    assert plan["relation"] == "implements" and plan["amends"]["date"] == "2023-06-15"
    assert plan["signed_date"] != "2023-06-15"
    assert len(found) == 2


def test_the_sides_who_met_sign_every_document_of_the_sentence():
    """(before: no parties; the meeting's place after the second name was part of its body)"""
    found = _read(
        "ANKARA, May 20, 2024. Minister of Agriculture of the Kyrgyz Republic Bakyt Torobaev "
        "met with Minister of Agriculture and Forestry of Hungary Istvan Nagy in Budapest.\n\n"
        "The ministers discussed seed supplies and joint ventures in food processing.\n\n"
        "Following the talks, the sides signed a memorandum of understanding on cooperation in "
        "veterinary medicine and a work plan for 2024-2025.")
    sides = ["Ministry of Agriculture of the Kyrgyz Republic",
             "Ministry of Agriculture and Forestry of Hungary"]
    assert [[p["name"] for p in d["parties"]] for d in found] == [sides, sides]


def _parties(found: list[dict]) -> list[tuple[str, list[str]]]:
    return [(d["title"], [p["name"] for p in d["parties"]]) for d in found]


def test_documents_signed_between_two_bodies_after_the_list_are_all_theirs():
    """(before: the first got the two governments; the place was part of the second body)"""
    found = _read(
        "15:42\n\nA protocol and a Memorandum of Understanding were signed between the State "
        "Committee for National Security of the Kyrgyz Republic and the Ministry of Public "
        "Security of China in Beijing on Monday.")
    sides = ["State Committee for National Security of the Kyrgyz Republic",
             "Ministry of Public Security of the People's Republic of China"]
    assert _parties(found) == [("Protocol", sides), ("Memorandum of Understanding", sides)]


def test_an_agreement_and_a_protocol_between_two_bodies_are_two_documents_of_theirs():
    """The first keeps its own name (before: it was taken for the agreement named before it)."""
    found = _read(
        "Moscow, 9 May 2024. Several documents were signed: an agreement between the Government "
        "of the Russian Federation and the Government of the Republic of Kazakhstan on civil "
        "aviation; an agreement and a protocol of intent between the Russian Olympic Committee "
        "and the National Olympic Committee of the Republic of Kazakhstan.")
    committees = ["Russian Olympic Committee",
                  "National Olympic Committee of the Republic of Kazakhstan"]
    assert _parties(found)[1:] == [
        ("Agreement", committees),
        ("Protocol of intent between the Russian Olympic Committee and the National Olympic "
         "Committee of the Republic of Kazakhstan", committees)]


def test_an_office_in_a_capital_keeps_the_city_in_its_name():
    found = _read(
        "BISHKEK, 3 May 2024. A memorandum of understanding was signed between the Ministry of "
        "Health of the Kyrgyz Republic and the Country Office of UNICEF in Bishkek.")
    assert [p["name"] for p in found[0]["parties"]] == [
        "Ministry of Health of the Kyrgyz Republic", "Country Office of UNICEF in Bishkek"]


def test_the_parties_also_signed_gives_the_sides_of_the_document_before():
    """(before: the amendment had no parties)"""
    found = _read(
        "BISHKEK, 18 July 2024 - The Kyrgyz Republic and the International Development "
        "Association signed a Financing Agreement for the Naryn Water Project.\n\nThe agreement "
        "was signed on behalf of the Kyrgyz Republic by the Minister of Finance and on behalf "
        "of IDA by its Country Manager.\n\nThe parties also signed an Amendment to the Financing "
        "Agreement for the Heat Supply Project dated 10 June 2021.")
    assert [[p["name"] for p in d["parties"]] for d in found] == [
        ["Kyrgyz Republic", "International Development Association"]] * 2


def test_two_signers_each_named_then_by_post_give_the_bodies_of_their_posts():
    """(before: no parties; «... of Technical Universities» lost its last words as a person's
    name)"""
    found = _read(
        "Yesterday Ivan Petrov, the President of the Russian Association of Technical "
        "Universities, and Kubanych Osmonov, the Chairman of the Council of Rectors of the "
        "Kyrgyz Republic, signed a memorandum about a network of engineering schools.")
    assert [p["name"] for p in found[0]["parties"]] == [
        "Russian Association of Technical Universities",
        "Council of Rectors of the Kyrgyz Republic"]


def test_documents_a_count_announced_then_named_one_a_paragraph():
    """«X and Y signed three financing agreements ... The first, a loan agreement for ...,
    amounts to ...»: the three named, each X's and Y's (before: three copies of «Financing
    agreement in Riyadh today» and the named ones without their sides, the third missed)."""
    found = _read(
        "ABU DHABI, 4th March, 2023 (WAM) - The Saudi Fund for Development (SFD) and the "
        "Government of the Kyrgyz Republic signed three financing agreements worth $95 million "
        "in Riyadh today.\n\nThe first, a loan agreement for the Bishkek-Naryn road, amounts to "
        "$50 million.\n\nThe second, a financing agreement for 20 schools in Osh region, is worth "
        "$30 million.\n\nThe third agreement, on medical equipment for regional hospitals, "
        "amounts to $15 million.")
    sides = ["Saudi Fund for Development", "Cabinet of Ministers of the Kyrgyz Republic"]
    assert _parties(found) == [
        ("Loan agreement for the Bishkek-Naryn road", sides),
        ("Financing agreement for 20 schools in Osh region", sides),
        ("Agreement on medical equipment for regional hospitals", sides)]


def test_the_document_named_again_with_its_sides_in_the_next_sentence():
    """(before: the two governments were guessed for it)"""
    found = _read(
        "BISHKEK, 12 March 2024 - An agreement on the employment of Kyrgyz citizens was signed "
        "in Bishkek on Tuesday.\n\nThe agreement was signed between the Ministry of Labour of "
        "the Kyrgyz Republic and the Ministry of Employment and Labor of the Republic of Korea.")
    assert _parties(found) == [(
        "Agreement on the employment of Kyrgyz citizens",
        ["Ministry of Labour of the Kyrgyz Republic",
         "Ministry of Employment and Labor of the Republic of Korea"])]


def test_the_kyrgyz_and_kazakh_sides_name_no_body():
    """(before: parties «Kyrgyz», «Kazakh sides»)"""
    found = _read(
        "ASTANA, Nov 20, 2019 - The Kyrgyz and Kazakh sides signed an Agreement on amendments to "
        "the Agreement on military facilities of 12 October 2015.")
    assert not any(p.endswith("sides") or p == "Kyrgyz" for p in _parties(found)[0][1])


def test_inked_between_in_the_passive_and_sides_said_as_sides():
    """«... was inked between X and Y» as «was signed» (before: nothing found); «The Kyrgyz side
    and the Korean side concluded ...» names no body (before: «Kyrgyz side», «Korean side»)."""
    found = _read(
        "BISHKEK, 12 March 2024 - A memorandum of understanding on a joint venture for electric "
        "buses was inked between the Bishkek City Hall and Yutong Bus.")
    assert _parties(found) == [("Memorandum of understanding on a joint venture for electric "
                                "buses", ["Bishkek City Hall", "Yutong Bus"])]
    found = _read(
        "BISHKEK, 12 March 2024 - The Kyrgyz side and the Korean side concluded an agreement on "
        "seasonal work.\n\nThe agreement was concluded between the Ministry of Labour of the "
        "Kyrgyz Republic and the Ministry of Employment and Labor of the Republic of Korea.")
    assert _parties(found)[0][1] == ["Ministry of Labour of the Kyrgyz Republic",
                                     "Ministry of Employment and Labor of the Republic of Korea"]


@pytest.mark.parametrize("text, sides", [
    ('BISHKEK, 12 March 2024 - At the end of the forum, the Kyrgyz Investment Agency and the '
     'Chamber of Commerce of Dubai signed the "Agreement on Mutual Support of Investors".',
     ["Investment Agency of the Kyrgyz Republic", "Chamber of Commerce of Dubai"]),
    ("БИШКЕК, 12 марта 2024 года. Министерство экономики Кыргызской Республики и "
     "Торгово-промышленная палата Дубая подписали «Соглашение о взаимной поддержке "
     "инвесторов».",
     ["Министерство экономики Кыргызской Республики", "Торгово-промышленная палата Дубая"]),
])
def test_sides_before_a_quoted_name_sign_it(text, sides):
    """(before: no parties when the name opened with a quote mark, in English and Russian)"""
    assert _parties(_read(text))[0][1] == sides


def test_an_amount_before_the_kind_word_is_no_count_of_documents():
    """(before: «the text says 30»)"""
    proposal = as_json(parse_press_release(
        "BISHKEK, 2 October 2024 - The Ministry of Finance of the Kyrgyz Republic and the OPEC "
        "Fund today signed a $30 million loan agreement for the Balykchy road. Two agreements "
        "were signed in all.", date(2026, 12, 6), INDEX))
    assert proposal["announced_count"] == 2


def test_a_plan_on_cooperation_between_the_two_foreign_ministries():
    """(before: nothing found; «the two foreign ministries» named no bodies)"""
    found = _read(
        "BISHKEK, 3 May 2024 - The foreign ministers of Kyrgyzstan and Kazakhstan signed a plan "
        "on cooperation between the two foreign ministries for 2024-2025.")
    assert _parties(found) == [(
        "Plan on cooperation between the two foreign ministries for 2024-2025",
        ["Ministry of Foreign Affairs of the Kyrgyz Republic",
         "Ministry of Foreign Affairs of the Republic of Kazakhstan"])]


def test_what_else_was_done_after_a_name_is_not_part_of_it():
    """(before: «Joint communique on the results of the talks, and adopted», «... cooperation,
    as well as interagency documents on customs and on statistics»)"""
    found = _read(
        "BISHKEK, 3 May 2024 - The Kyrgyz and Tajik governments signed a joint communique on the "
        "results of the talks, and adopted a joint declaration on friendship. The sides signed "
        "an intergovernmental agreement on military-technical cooperation, as well as "
        "interagency documents on customs and on statistics.")
    assert [d["title"] for d in found] == [
        "Joint communique on the results of the talks", "Joint declaration on friendship",
        "Agreement on military-technical cooperation"]


@pytest.mark.parametrize("between", [
    "between the Chambers of Commerce and Industry",
    "between the chambers of commerce and industry of the two countries",
    "between the chambers of commerce and industry of Kyrgyzstan and Georgia",
])
def test_plural_bodies_of_the_two_countries_are_one_of_each(between):
    """(before: «Chambers of Commerce», «Industry»)"""
    found = _read(
        "Bishkek, 12 June 2023 - The Kyrgyz Republic and Georgia signed a treaty on strategic "
        f"partnership and a memorandum on cooperation {between}.")
    assert _parties(found)[1][1] == ["Chamber of Commerce and Industry of the Kyrgyz Republic",
                                     "Chamber of Commerce and Industry of Georgia"]


def test_took_place_after_the_sides_of_an_introducing_line_is_no_part_of_them():
    """(before: «Georgia took place»)"""
    found = _read(
        "The ceremony of signing documents between Kyrgyzstan and Georgia took place in Bishkek "
        "on 12 June 2023. Following documents have been signed:\nTreaty on strategic "
        "partnership;\nAgreement on visa-free travel.")
    assert _parties(found)[0] == ("Treaty on strategic partnership", ["Kyrgyz Republic", "Georgia"])


def test_as_well_as_with_the_signing_of_ends_the_name_before_it():
    """(before: «Protocol of the 10th meeting of the Council, as well as with the signing of»)"""
    found = _read(
        "BISHKEK, 29 April 2022 - The talks ended with the two heads of government signing the "
        "protocol of the 10th meeting of the Intergovernmental Council, as well as with the "
        "signing of an agreement on a joint investment company.")
    assert [d["title"] for d in found] == [
        "Protocol of the 10th meeting of the Intergovernmental Council",
        "Agreement on a joint investment company"]


@pytest.mark.parametrize("named, first", [
    ("a loan and a grant agreement for the Osh water project", "Loan"),
    ("loan and grant agreements for the Osh water project", "Loan"),
    ("the credit and grant agreements for the Osh water project", "Credit"),
])
def test_a_loan_and_a_grant_agreement_are_two_documents_of_the_same_sides(named, first):
    """(before: the grant agreement alone, without parties)"""
    found = _read(
        "BISHKEK, 12 June 2023 - The Ministry of Finance of the Kyrgyz Republic and the Asian "
        f"Development Bank signed {named}.")
    sides = ["Ministry of Finance of the Kyrgyz Republic", "Asian Development Bank"]
    assert _parties(found) == [(f"{first} agreement for the Osh water project", sides),
                               ("Grant agreement for the Osh water project", sides)]


def test_two_rectors_sign_for_their_universities():
    """(before: «Kyrgyz State Technical University Marat Asanov», «Gazi University Musa
    Yildiz»)"""
    found = _read(
        "News | 14.02.2025\n\nOn February 12, Rector of the Kyrgyz State Technical University "
        "Marat Asanov and Rector of Gazi University (Turkey) Musa Yildiz signed a memorandum of "
        "cooperation between the two universities.")
    assert _parties(found)[0][1] == ["Kyrgyz State Technical University", "Gazi University"]


def test_two_memoranda_one_with_a_and_another_with_b():
    """(before: one document «Memoranda of understanding - one with ... and another with ...»)"""
    found = _read(
        "BISHKEK, Kyrgyzstan, March 14. Furthermore, the Hungarian Ministry of Agriculture "
        "concluded two memoranda of understanding - one with the Ministry of Agriculture of "
        "Kyrgyzstan (on animal health) and another with the Ministry of Emergency Situations of "
        "the country (on forest fire prevention).")
    assert [parties for _t, parties in _parties(found)] == [
        ["Ministry of Agriculture of Hungary", "Ministry of Agriculture of the Kyrgyz Republic"],
        ["Ministry of Agriculture of Hungary",
         "Ministry of Emergency Situations of the Kyrgyz Republic"]]
