"""Documents of one kind named with one plural kind word, parties given as a pair of like bodies
(«между правительствами двух стран»), and state bodies named with their country's official name."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.party_names import official_country
from models.countries import seeds

INDEX = CountryIndex(seeds())


def parse(text: str):
    return parse_press_release(text, date(2026, 1, 15), INDEX)


def test_a_plural_kind_word_with_several_complements_is_several_documents():
    proposal = parse("Бишкек, 07.06.2023. По итогам переговоров подписано 5 документов. Среди них — "
                     "меморандумы о взаимопонимании в области спорта, между министерствами "
                     "финансов и в банковской сфере, а также соглашения о военном "
                     "сотрудничестве и о сотрудничестве в области ветеринарии.")
    assert [i.draft.title for i in proposal.instruments] == [
        "Меморандум о взаимопонимании в области спорта",
        "Меморандум о взаимопонимании между министерствами финансов",
        "Меморандум о взаимопонимании в банковской сфере",
        "Соглашение о военном сотрудничестве",
        "Соглашение о сотрудничестве в области ветеринарии"]
    assert {i.draft.kind for i in proposal.instruments[:3]} == {"memorandum_of_understanding"}


def test_english_plural_and_mous():
    proposal = parse("BISHKEK, June 7, 2023 - Documents were signed today. They include "
                     "agreements on cooperation in the military field, in agriculture and in "
                     "health care, and MoUs on tourism and on surgical instruments.")
    assert [i.draft.title for i in proposal.instruments] == [
        "Agreement on cooperation in the military field",
        "Agreement on cooperation in agriculture", "Agreement on cooperation in health care",
        "Memorandum of understanding on tourism",
        "Memorandum of understanding on surgical instruments"]


@pytest.mark.parametrize("body", [
    "the Ministry of Energy of Kyrgyzstan entered into two memoranda of understanding: one with "
    "the Ministry of Energy of Azerbaijan on renewable energy, another with SOCAR on the supply "
    "of petroleum products.",
    "the Ministry of Energy of Kyrgyzstan signed two memoranda of understanding: one with the "
    "Ministry of Energy of Azerbaijan on renewable energy, and the other with SOCAR on the "
    "supply of petroleum products.",
    "the Ministry of Energy of Kyrgyzstan signed memoranda of understanding with two partners: "
    "with the Ministry of Energy of Azerbaijan on renewable energy, and with SOCAR on the supply "
    "of petroleum products."])
def test_english_documents_each_named_by_its_partner(body):
    """«two memoranda: one with X on ..., another with Y on ...»: a document for each partner,
    signed by the subject of the sentence and that partner."""
    proposal = parse(f"BAKU, 14 May 2025 - During the Baku Energy Week {body}")
    assert [(i.draft.title, [p.name for p in i.draft.parties]) for i in proposal.instruments] == [
        ("Memorandum of understanding on renewable energy",
         ["Ministry of Energy of the Kyrgyz Republic",
          "Ministry of Energy of the Republic of Azerbaijan"]),
        ("Memorandum of understanding on the supply of petroleum products",
         ["Ministry of Energy of the Kyrgyz Republic", "SOCAR"])]


def test_one_document_with_and_in_its_title_stays_one():
    proposal = parse("Бишкек, 07.06.2023. Подписано соглашение о сотрудничестве в области "
                     "здравоохранения и медицинских наук.")
    assert [i.draft.title for i in proposal.instruments] == [
        "Соглашение о сотрудничестве в области здравоохранения и медицинских наук"]


def test_the_bodies_of_the_two_countries():
    proposal = parse("Бишкек, 12 октября 2023 года. Кыргызстан и Россия подписали документы: "
                     "соглашение между правительствами двух стран об условиях деятельности "
                     "университета и соглашение о сотрудничестве между министерствами юстиции "
                     "КР и РФ.")
    parties = [[p.name for p in i.draft.parties] for i in proposal.instruments]
    assert parties == [
        ["Кабинет министров Кыргызской Республики", "Правительство Российской Федерации"],
        ["Министерство юстиции Кыргызской Республики", "Министерство юстиции Российской "
                                                        "Федерации"]]


def test_the_foreign_ministries_of_the_two_countries_in_english():
    proposal = parse("BISHKEK, March 13, 2025 - Kyrgyzstan and Tajikistan signed an agreement "
                     "between the foreign ministries of the two countries on motorways.")
    assert [p.name for p in proposal.instruments[0].draft.parties] == [
        "Ministry of Foreign Affairs of the Kyrgyz Republic",
        "Ministry of Foreign Affairs of the Republic of Tajikistan"]


@pytest.mark.parametrize("dateline", ["Dushanbe, 14 February 2024 - ", "DUSHANBE, Feb 14 (Kabar) - ",
                                      "DUSHANBE - ", "Dushanbe, 14 February 2024. "])
def test_like_bodies_of_two_countries_as_the_subject_after_a_dateline(dateline):
    """«<dateline> - The foreign ministries of X and Y signed ...»: the dateline's dash does not
    hide the subject (before: the two states)."""
    proposal = parse(f"{dateline}The foreign ministries of Kyrgyzstan and Tajikistan signed a "
                     "programme of cooperation for 2024-2025.")
    assert [p.name for p in proposal.instruments[0].draft.parties] == [
        "Ministry of Foreign Affairs of the Kyrgyz Republic",
        "Ministry of Foreign Affairs of the Republic of Tajikistan"]


def test_state_bodies_take_the_official_name_of_their_country():
    assert official_country("Министерство здравоохранения России", INDEX) == \
        "Министерство здравоохранения Российской Федерации"
    assert official_country("Ministry of Health of Kyrgyzstan", INDEX) == \
        "Ministry of Health of the Kyrgyz Republic"
    assert official_country("Korea's Ministry of Foreign Affairs", INDEX) == \
        "Ministry of Foreign Affairs of the Republic of Korea"
    # a former or another formal name of the country: its name today, said once
    assert official_country("Ministry of Trade of the Republic of Turkey", INDEX) == \
        "Ministry of Trade of the Republic of Türkiye"
    for kept in ("«Почта России»", "Министерство юстиции КР", "Национальный музей Монголии",
                 "Министерство экономики Киргизской Республики"):
        assert official_country(kept, INDEX) == kept



@pytest.mark.parametrize("body, titles", [
    # a plural kind word with quoted titles: one document per title
    ("В числе подписанных — решения «О проекте декларации Совета»; «О проекте заявления "
     "Совета об укреплении сотрудничества» и «О бюджете Организации на 2026 год».",
     ["Решение «О проекте декларации Совета»",
      "Решение «О проекте заявления Совета об укреплении сотрудничества»",
      "Решение «О бюджете Организации на 2026 год»"]),
    # list items complete the plural kind word of the line before
    ("По итогам встречи подписаны соглашения о двустороннем сотрудничестве:\n\n1. между "
     "Ошским государственным университетом и Северо-Западным университетом;\n2. между "
     "Бишкекским государственным университетом и Северо-Западным университетом.",
     ["Соглашение о двустороннем сотрудничестве между Ошским государственным университетом "
      "и Северо-Западным университетом",
      "Соглашение о двустороннем сотрудничестве между Бишкекским государственным "
      "университетом и Северо-Западным университетом"]),
    # a document right after the signing words
    ("Министры иностранных дел скрепили подписями Программу сотрудничества на 2025–2026 "
     "годы.", ["Программа сотрудничества на 2025–2026 годы"]),
    # one preposition, then the fields of several documents of one plural kind word
    ("Also signed were memorandums of cooperation in innovation, public service, finance, and "
     "enforcement of judicial decisions.", [
         "Memorandum of cooperation in innovation", "Memorandum of cooperation in public service",
         "Memorandum of cooperation in finance",
         "Memorandum of cooperation in enforcement of judicial decisions"]),
    ("The sides signed agreements in education and culture.",
     ["Agreement in education", "Agreement in culture"]),
    ("Подписаны меморандумы в области сельского хозяйства и образования.",
     ["Меморандум в области сельского хозяйства", "Меморандум в области образования"]),
    # an area's fields after a comma, each opening with a noun in the genitive
    ("Подписаны документы. В их числе соглашения в таможенной сфере, в области "
     "предупреждения и ликвидации чрезвычайных ситуаций, исследования и использования "
     "космического пространства, о создании центра кооперации.", [
         "Соглашение в таможенной сфере",
         "Соглашение в области предупреждения и ликвидации чрезвычайных ситуаций",
         "Соглашение в области исследования и использования космического пространства",
         "Соглашение о создании центра кооперации"]),
    # a noun the fields share: one document
    ("The sides signed agreements on trade and economic cooperation.",
     ["Agreements on trade and economic cooperation"]),
    ("Подписаны соглашения в области торгового и экономического сотрудничества.",
     ["Соглашения в области торгового и экономического сотрудничества"]),
    ("Turkey and Kyrgyzstan signed nineteen agreements in fields ranging from security, energy "
     "to education.", []),
    # a plan for the implementation of measures
    ("The sides signed a plan for the implementation of measures in mining for 2026-2028.",
     ["Plan for the implementation of measures in mining for 2026-2028"]),
])
def test_documents_named_after_a_plural_head_or_the_signing_words(body, titles):
    proposal = parse(f"12 марта 2025 года\n\n{body}\n")
    assert [i.draft.title for i in proposal.instruments] == titles


def test_an_amending_protocol_keeps_its_own_words_before_a_program_between_ministries():
    found = parse("Визит\n\nАСТАНА, 14 марта 2025 года. Подписаны Протокол о внесении изменений "
                  "в Соглашение о взаимных поездках граждан от 2 июня 2010 года и Программа "
                  "сотрудничества между министерствами иностранных дел двух стран на 2025-2026 "
                  "годы.")
    assert [i.draft.title for i in found.instruments] == [
        "Протокол о внесении изменений в Соглашение о взаимных поездках граждан от 2 июня 2010 "
        "года", "Программа сотрудничества между министерствами иностранных дел на 2025-2026 годы"]


def test_documents_numbered_by_ordinal_words_are_one_each_without_the_numbers():
    titles = lambda text: [i.draft.title for i in parse(text).instruments]  # noqa: E731
    assert titles("На полях форума заключены три соглашения. Первое – соглашение о поставках "
                  "угля, второе – соглашение о строительстве склада, третье – соглашение о "
                  "подготовке водителей.") == [
        "Соглашение о поставках угля", "Соглашение о строительстве склада",
        "Соглашение о подготовке водителей"]
    assert titles("Подписаны два документа. Во-первых, соглашение о сотрудничестве в туризме, "
                  "во-вторых, меморандум о взаимопонимании в сфере спорта.") == [
        "Соглашение о сотрудничестве в туризме", "Меморандум о взаимопонимании в сфере спорта"]
    assert titles("Подписаны три соглашения: первое – о поставках зерна, второе – о "
                  "строительстве элеватора, третье – о подготовке агрономов.") == [
        "Соглашение о поставках зерна", "Соглашение о строительстве элеватора",
        "Соглашение о подготовке агрономов"]
    # an ordinal inside a name stays
    assert titles("Стороны подписали соглашение о пятой очереди строительства и протокол о "
                  "втором этапе проекта.") == [
        "Соглашение о пятой очереди строительства", "Протокол о втором этапе проекта"]
