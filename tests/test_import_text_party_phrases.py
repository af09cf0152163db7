"""Parties of press-release documents read from the phrasings real reports use: long body names
with «по ...», a partner after «с», companies described by where they are from, and no guessed
governments for loans, grants, contracts or twinnings."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.parties import find_parties
from importers.press_release.partners import governments_may_sign, partner
from importers.press_release.party_names import party_drafts
from models.countries import seeds

INDEX = CountryIndex(seeds())


def parse(text: str):
    return parse_press_release(text, date(2026, 1, 15), INDEX)


def first_parties(text: str) -> list[str]:
    return [p.name for p in parse(text).instruments[0].draft.parties]


def test_a_committee_named_with_its_country_before_its_field_keeps_the_field():
    found = find_parties("Соглашение о сотрудничестве между Государственным комитетом "
                         "Туркменистана по телевидению, радиовещанию и кинематографии и "
                         "Министерством культуры, информации и туризма Кыргызской Республики",
                         INDEX)
    assert found.names == ["Государственный комитет Туркменистана по телевидению, радиовещанию "
                           "и кинематографии",
                           "Министерство культуры, информации и туризма Кыргызской Республики"]


def test_the_subject_after_the_last_party_is_not_its_field():
    found = find_parties("Соглашение между Правительством Кыргызской Республики и "
                         "Правительством Республики Казахстан по вопросам пограничного контроля",
                         INDEX)
    assert found.names == ["Правительство Кыргызской Республики",
                           "Правительство Республики Казахстан"]


def test_a_company_described_by_its_region_is_named_without_the_description():
    found = find_parties("Договор о закупке автотранспорта между синьцзянской компанией "
                         "«Или-Синхэ» и кыргызским ОсОО «БТК»", INDEX)
    assert [p.name for p in party_drafts(found.names, INDEX)] == ["Компания «Или-Синхэ»",
                                                                  "ОсОО «БТК»"]
    assert [(p.name, p.country) for p in party_drafts(["Китайская компания Sinopec"], INDEX)] \
        == [("Компания Sinopec", "CN")]


def test_a_partner_after_s_is_the_one_side_the_name_gives():
    assert partner("Соглашение о медицинском сотрудничестве со Второй больницей "
                   "Синьцзянского медицинского университета", INDEX) == \
        "Вторая больница Синьцзянского медицинского университета"
    assert partner("Соглашение о сотрудничестве с участием трех сторон", INDEX) is None
    assert partner("Соглашение о торговле с Кыргызской Республикой", INDEX) is None


def test_a_document_with_a_partner_gets_no_governments_of_the_meeting():
    parties = first_parties(
        "Бишкек, 12 марта 2025 года. По итогам переговоров Председателя Кабинета министров "
        "Кыргызстана с делегацией Китая подписаны документы:\n"
        "1. Соглашение о медицинском сотрудничестве со Второй больницей Синьцзянского "
        "медицинского университета;\n2. Меморандум об экспорте электроэнергии.")
    assert parties == ["Вторая больница Синьцзянского медицинского университета"]


def test_loans_grants_and_contracts_are_not_guessed_to_be_the_governments():
    assert not governments_may_sign("Соглашение о займе на строительство дороги", INDEX)
    assert not governments_may_sign("Loan agreement for the Taraz-Talas Road Project", INDEX)
    assert not governments_may_sign("Agreement proclaiming Dushanbe and Bishkek sister cities",
                                    INDEX)
    assert governments_may_sign("Соглашение о сотрудничестве в области аккредитации", INDEX)
    proposal = parse("Бишкек, 12 марта 2025 года. В ходе визита Президента Узбекистана Шавката "
                     "Мирзиёева в Кыргызстан подписаны следующие документы:\n"
                     "- Соглашение о займе на строительство дороги;\n"
                     "- Соглашение о сотрудничестве в области таможенного дела.")
    loan, customs = proposal.instruments
    assert loan.draft.parties == []
    assert [p.name for p in customs.draft.parties] == [
        "Кабинет министров Кыргызской Республики", "Правительство Республики Узбекистан"]


def test_a_committee_named_last_keeps_its_field_too():
    found = find_parties("Меморандум о сотрудничестве между Министерством экономики Кыргызской "
                         "Республики и Государственным комитетом Республики Узбекистан по "
                         "инвестициям", INDEX)
    assert found.names[1] == "Государственный комитет Республики Узбекистан по инвестициям"
    found = find_parties("Кредитное соглашение между Кыргызской Республикой и Саудовским фондом "
                         "развития по проекту «Строительство школ»", INDEX)
    assert found.names == ["Кыргызской Республикой", "Саудовский фонд развития"] or \
        found.names[1] == "Саудовский фонд развития"


def test_the_sides_of_the_talks_are_not_the_parties_of_the_document():
    assert find_parties("Joint statement on strategic partnership after talks between "
                        "President Sadyr Japarov and President Shavkat Mirziyoyev", INDEX) is None
    assert find_parties("Совместное заявление по итогам переговоров между президентами", INDEX) \
        is None


def test_heads_of_state_sign_for_their_states():
    assert first_parties("Бишкек, 12 марта 2025 года. Президент Кыргызстана Садыр Жапаров и "
                         "президент Узбекистана Шавкат Мирзиёев провели переговоры. По их итогам "
                         "главы государств подписали Соглашение о сотрудничестве в области "
                         "энергетики.") == ["Кыргызская Республика", "Республика Узбекистан"]
    assert first_parties("BISHKEK, March 12, 2025 – President Sadyr Japarov of Kyrgyzstan and "
                         "President Shavkat Mirziyoyev of Uzbekistan held talks. The heads of "
                         "state signed an agreement on the demarcation of the border.") == \
        ["Kyrgyz Republic", "Republic of Uzbekistan"]


def test_two_governments_named_once_are_each_countrys_government():
    expected = ["Cabinet of Ministers of the Kyrgyz Republic",
                "Government of the Republic of Uzbekistan"]
    for text in ("An agreement on visa-free travel was signed between the Kyrgyz and Uzbek "
                 "governments.",
                 "The Kyrgyz and Uzbek governments signed an agreement on visa-free travel.",
                 "The governments of Kyrgyzstan and Uzbekistan signed an agreement on "
                 "visa-free travel."):
        assert first_parties("BISHKEK, March 12, 2025 – " + text) == expected, text
    assert first_parties("Бишкек, 12 марта 2025 года. Главы правительств Кыргызстана и "
                         "Казахстана подписали соглашение о сотрудничестве в области "
                         "миграции.") == ["Кабинет министров Кыргызской Республики",
                                          "Правительство Республики Казахстан"]


def test_signers_named_with_their_organisation():
    assert first_parties(
        "BISHKEK, March 12, 2025 – During the visit, the Minister of Energy of Uzbekistan "
        "Jurabek Mirzamahmudov and the CEO of ACWA Power Marco Arcelli signed an agreement on "
        "the construction of a wind farm.") == [
        "Ministry of Energy of the Republic of Uzbekistan", "ACWA Power"]
    assert first_parties(
        "Бишкек, 12 марта 2025 года. Соглашение о сотрудничестве в области миграции подписали "
        "министр внутренних дел Кыргызстана Улан Ниязбеков и министр внутренних дел Казахстана "
        "Ержан Саденов.") == ["Министерство внутренних дел Кыргызской Республики",
                              "Министерство внутренних дел Республики Казахстан"]
    assert first_parties(
        "Бишкек, 12 марта 2025 года. Подписан меморандум о сотрудничестве в области энергетики. "
        "Документ подписали глава Минэнерго Кыргызстана Таалайбек Ибраев и министр энергетики "
        "Узбекистана Журабек Мирзамахмудов.") == [
        "Министерство энергетики Кыргызской Республики",
        "Министерство энергетики Республики Узбекистан"]


def test_bodies_in_the_instrumental_after_a_passive_verb():
    assert first_parties(
        "Бишкек, 12 марта 2025 года. Меморандум о сотрудничестве подписан Министерством "
        "энергетики Кыргызской Республики и Министерством энергетики Республики Узбекистан.") \
        == ["Министерство энергетики Кыргызской Республики",
            "Министерство энергетики Республики Узбекистан"]


def test_states_take_their_official_names():
    assert first_parties("Бишкек, 12 марта 2025 года. Заключено соглашение между Кыргызстаном и "
                         "Казахстаном о сотрудничестве в области миграции.") == [
        "Кыргызская Республика", "Республика Казахстан"]
    assert [p.name for p in party_drafts(["Uzbekistan", "КР"], INDEX)] == [
        "Republic of Uzbekistan", "КР"]


TALKS_RU = ("Бишкек, 12 марта 2025 года. Президент Кыргызстана Садыр Жапаров провел переговоры "
            "с президентом Узбекистана Шавкатом Мирзиёевым. ")
TALKS_EN = ("BISHKEK, March 12, 2025 – President of Kyrgyzstan Sadyr Japarov held talks with "
            "President of Uzbekistan Shavkat Mirziyoyev. ")
ENERGY_RU = ["Министерство энергетики Кыргызской Республики",
             "Министерство энергетики Республики Узбекистан"]


def test_signers_named_side_by_side_stand_for_their_sides_bodies():
    assert first_parties(
        TALKS_RU + "Подписан меморандум о сотрудничестве в области энергетики. С кыргызской "
        "стороны документ подписал министр энергетики Таалайбек Ибраев, с узбекской — министр "
        "энергетики Журабек Мирзамахмудов.") == ENERGY_RU
    assert first_parties(
        TALKS_RU + "Подписан меморандум о сотрудничестве в области энергетики. Со стороны "
        "Кыргызстана документ подписал министр энергетики Таалайбек Ибраев, со стороны "
        "Узбекистана — министр энергетики Журабек Мирзамахмудов.") == ENERGY_RU
    assert first_parties(
        TALKS_EN + "A memorandum on energy cooperation was also signed. On the Kyrgyz side, the "
        "document was signed by Energy Minister Taalaibek Ibraev, and on the Uzbek side by "
        "Energy Minister Jurabek Mirzamahmudov.") == [
        "Ministry of Energy of the Kyrgyz Republic",
        "Ministry of Energy of the Republic of Uzbekistan"]


def test_ministers_of_the_two_countries_are_each_countrys_ministry():
    assert first_parties(TALKS_RU + "Подписан меморандум о сотрудничестве в области энергетики. "
                         "Его подписали министры энергетики двух стран.") == ENERGY_RU
    assert first_parties(TALKS_RU + "Главы МИД двух стран подписали программу сотрудничества на "
                         "2025–2026 годы.") == [
        "Министерство иностранных дел Кыргызской Республики",
        "Министерство иностранных дел Республики Узбекистан"]
    assert first_parties(TALKS_EN + "The foreign ministers of the two countries signed a "
                         "cooperation programme for 2025-2026.") == [
        "Ministry of Foreign Affairs of the Kyrgyz Republic",
        "Ministry of Foreign Affairs of the Republic of Uzbekistan"]


def test_bodies_in_the_genitive_after_the_kind_word():
    assert find_parties("Меморандум о взаимопонимании Национального банка Кыргызской Республики "
                        "и Центрального банка Республики Узбекистан", INDEX).names == [
        "Национальный банк Кыргызской Республики", "Центральный банк Республики Узбекистан"]
    assert find_parties("Меморандум Министерства энергетики Кыргызской Республики и компании "
                        "«ACWA Power» о строительстве ветровой электростанции", INDEX).names == [
        "Министерство энергетики Кыргызской Республики", "Компания «ACWA Power»"]
    assert find_parties("Протокол заседания межправительственной комиссии", INDEX) is None


def test_english_signers_with_counterparts_possessives_and_amounts():
    assert first_parties(
        "BISHKEK, March 12, 2025 – Kyrgyz Foreign Minister Jeenbek Kulubaev and his Uzbek "
        "counterpart Bakhtiyor Saidov signed a cooperation programme between the foreign "
        "ministries for 2025-2026.") == [
        "Ministry of Foreign Affairs of the Kyrgyz Republic",
        "Ministry of Foreign Affairs of the Republic of Uzbekistan"]
    assert first_parties(
        "BISHKEK, March 12, 2025 – Kyrgyzstan's Ministry of Economy and Commerce and "
        "Uzbekistan's Ministry of Investment, Industry and Trade signed a memorandum on a joint "
        "investment fund.") == [
        "Ministry of Economy and Commerce of the Kyrgyz Republic",
        "Ministry of Investment, Industry and Trade of the Republic of Uzbekistan"]
    assert first_parties(
        "BISHKEK, March 12, 2025 – The Asian Development Bank (ADB) and the Government of the "
        "Kyrgyz Republic today signed a $50 million grant agreement to improve roads.") == [
        "Asian Development Bank", "Cabinet of Ministers of the Kyrgyz Republic"]
    assert first_parties(
        "TASHKENT, March 12, 2025 – The Ministry of Energy of Uzbekistan and Saudi Arabia's "
        "ACWA Power signed an agreement on the construction of a wind farm.") == [
        "Ministry of Energy of the Republic of Uzbekistan", "ACWA Power"]


def test_regional_heads_sign_for_their_region_or_city():
    from importers.press_release.signers import body_of
    assert body_of("аким Кызылординской области Крымбек Кушербаев", INDEX) == \
        "Кызылординская область"
    assert body_of("мэр города Бишкек Айбек Джунушалиев", INDEX) == "Мэрия города Бишкек"


def test_two_bodies_sharing_one_plural_head():
    assert find_parties("Comprehensive cooperation programme for 2023-2025 between the Issyk-Kul "
                        "and Jizzakh regions", INDEX).names == ["Issyk-Kul region",
                                                                "Jizzakh region"]
    assert find_parties("Программа сотрудничества между Иссык-Кульской и Джизакской областями",
                        INDEX).names == ["Иссык-Кульская область", "Джизакская область"]


def test_ministries_or_governments_of_the_two_countries_as_the_subject():
    assert first_parties(TALKS_EN + "The ministries of justice of the two countries signed a "
                         "cooperation agreement in the legal field.") == [
        "Ministry of Justice of the Kyrgyz Republic",
        "Ministry of Justice of the Republic of Uzbekistan"]
    assert first_parties(TALKS_RU + "Правительства двух стран подписали соглашение о "
                         "сотрудничестве в области миграции.") == [
        "Кабинет министров Кыргызской Республики", "Правительство Республики Узбекистан"]


def test_the_source_said_after_the_last_party_is_no_party():
    text = ("Bishkek, 3 May 2024. A memorandum of understanding was signed between the Ministry "
            "of Agriculture of the Kyrgyz Republic and the Uzbek Ministry of Agriculture, the "
            "ministry said.")
    assert first_parties(text) == ["Ministry of Agriculture of the Kyrgyz Republic",
                                   "Ministry of Agriculture of the Republic of Uzbekistan"]
    text = ("Astana, 5 May 2024. An agreement was signed between JSC Samruk-Energy and Electric "
            "Stations OJSC, the press service of the company reported.")
    assert first_parties(text) == ["JSC Samruk-Energy", "Electric Stations OJSC"]


def test_an_english_description_before_a_company_name_is_left_out():
    text = ("Tashkent, 4 May 2024. A memorandum of cooperation was signed between Uzbekistan's "
            "state railway company Uzbekiston Temir Yollari and the Kazakh national company "
            "Kazakhstan Temir Zholy.")
    parties = parse(text).instruments[0].draft.parties
    assert [(p.name, p.country) for p in parties] == [("Uzbekiston Temir Yollari", "UZ"),
                                                      ("Kazakhstan Temir Zholy", "KZ")]


def test_a_company_ending_in_co_ltd_after_signed_between_keeps_its_whole_name():
    text = ("Bishkek, 4 May 2024. An agreement was signed between Kyrgyzaltyn OJSC and Zijin "
            "Mining Group Co., Ltd. on gold mining.")
    assert first_parties(text) == ["Kyrgyzaltyn OJSC", "Zijin Mining Group Co., Ltd"]


def test_a_company_named_by_capitals_alone_signs_beside_a_ministry():
    text = ("Tashkent, 5 May 2024. The Ministry of Energy of Uzbekistan and ACWA Power signed an "
            "investment agreement on the construction of a wind farm.")
    assert first_parties(text) == ["Ministry of Energy of the Republic of Uzbekistan",
                                   "ACWA Power"]  # not two guessed governments


@pytest.mark.parametrize("sentence, parties", [
    ("The Ministry of Energy of Uzbekistan and Masdar signed an agreement on a solar plant.",
     ["Ministry of Energy of the Republic of Uzbekistan", "Masdar"]),
    ("In addition, the Ministry of Energy of Uzbekistan and ACWA Power signed an agreement on a "
     "wind farm.", ["Ministry of Energy of the Republic of Uzbekistan", "ACWA Power"]),
    ("KazMunayGas and Shell inked an MoU on a gas processing project.", ["KazMunayGas", "Shell"]),
    ("Uzbekneftegaz signed an MoU with Lukoil on a gas chemical project.",
     ["Uzbekneftegaz", "Lukoil"]),
])
def test_a_company_named_by_its_name_alone_signs_beside_another_side(sentence, parties):
    """Not two guessed governments (one of them Kyrgyz), nor the partner alone; a surname
    («Mirziyoyev and Tokayev signed») is no company."""
    assert first_parties(f"Tashkent, 5 May 2024. {sentence}") == parties


def test_a_list_of_projects_after_a_plural_kind_word_names_a_document_per_company():
    """«MoUs were signed with companies on the following projects:» then «- ACWA Power – ...»:
    one memorandum per item, on its project, with the company it names (the text names no
    other side: none is guessed)."""
    proposal = parse("TASHKENT, 12 June 2025 – At the investment forum, memoranda of "
                     "understanding were signed with companies on the following projects:\n"
                     "- ACWA Power – construction of a wind power plant in Karakalpakstan;\n"
                     "- Masdar – a solar power plant in Samarkand region.")
    assert [(i.draft.title, [p.name for p in i.draft.parties])
            for i in proposal.instruments] == [
        ("Memorandum of understanding on construction of a wind power plant in Karakalpakstan",
         ["ACWA Power"]),
        ("Memorandum of understanding on a solar power plant in Samarkand region", ["Masdar"])]


def test_two_surnames_before_the_verb_are_no_companies():
    assert first_parties("Tashkent, 5 May 2024. Mirziyoyev and Tokayev signed an agreement on "
                         "a wind farm.") == []



@pytest.mark.parametrize("sentence, parties", [
    # a prime minister signs for his government (not a «Ministry of Prime»)
    ("Prime Minister of Tajikistan Kokhir Rasulzoda and Chairman of the Cabinet of Ministers of "
     "Kyrgyzstan Adylbek Kasymaliev signed an agreement on energy cooperation.",
     ["Government of the Republic of Tajikistan", "Cabinet of Ministers of the Kyrgyz Republic"]),
    # two countries signing an intergovernmental agreement sign for their governments
    ("Kyrgyzstan and Tajikistan signed an intergovernmental agreement on cooperation in the "
     "field of energy.",
     ["Cabinet of Ministers of the Kyrgyz Republic", "Government of the Republic of Tajikistan"]),
])
def test_governments_named_by_their_heads_or_by_the_kind_of_agreement(sentence, parties):
    assert first_parties("Dushanbe, 5 May 2024. " + sentence) == parties


@pytest.mark.parametrize("text, parties", [
    ("Бишкек, 5 мая 2024 г. Министр сельского хозяйства Кыргызской Республики Бакыт Торобаев "
     "встретился с министром сельского хозяйства Республики Узбекистан Ибрагимом Абдурахмановым. "
     "По итогам встречи стороны подписали меморандум о сотрудничестве в области ветеринарии.",
     ["Министерство сельского хозяйства Кыргызской Республики",
      "Министерство сельского хозяйства Республики Узбекистан"]),
    ("Bishkek, 5 May 2024. Minister of Agriculture of the Kyrgyz Republic Bakyt Torobaev held "
     "talks with Minister of Agriculture of Uzbekistan Ibrokhim Abdurakhmonov. The sides signed "
     "a memorandum of cooperation in veterinary medicine.",
     ["Ministry of Agriculture of the Kyrgyz Republic",
      "Ministry of Agriculture of the Republic of Uzbekistan"]),
    ("Бишкек, 5 мая 2024 г. Министр сельского хозяйства Кыргызской Республики Бакыт Торобаев "
     "провел встречу с делегацией Узбекистана. Министр и его узбекский коллега подписали "
     "меморандум о сотрудничестве в области ветеринарии.",
     ["Министерство сельского хозяйства Кыргызской Республики",
      "Министерство сельского хозяйства Республики Узбекистан"]),
])
def test_the_sides_that_sign_are_the_two_who_met_in_the_sentence_before(text, parties):
    assert first_parties(text) == parties


def test_a_university_named_by_its_fields_and_a_persons_initial_keeps_its_whole_name():
    found = find_parties("Меморандум о сотрудничестве между Кыргызским государственным "
                         "университетом строительства, транспорта и архитектуры имени Н. Исанова "
                         "и Казахским национальным университетом имени аль-Фараби", INDEX)
    assert found.names == ["Кыргызский государственный университет строительства, транспорта и "
                           "архитектуры имени Н. Исанова",
                           "Казахский национальный университет имени аль-Фараби"]


@pytest.mark.parametrize("occasion, parties", [
    ("В рамках заседания межправительственной комиссии Таджикистан и Кыргызстан подписали "
     "межправительственное соглашение", ["Правительство Республики Таджикистан",
                                         "Кабинет министров Кыргызской Республики"]),
    ("В рамках заседания комиссии Таджикистан и Кыргызстан подписали соглашение",
     ["Республика Таджикистан", "Кыргызская Республика"]),
    ("Министры юстиции Таджикистана и Кыргызстана подписали соглашение",
     ["Министерство юстиции Республики Таджикистан",
      "Министерство юстиции Кыргызской Республики"])])
def test_countries_in_the_nominative_after_an_occasion_are_the_sides_not_its_bodies(occasion,
                                                                                      parties):
    assert first_parties(f"Душанбе, 6 мая 2022 года. {occasion} о сотрудничестве в сфере "
                         "транспорта.") == parties


@pytest.mark.parametrize("sentence, parties", [
    ("The Ministry of Natural Resources of the Kyrgyz Republic and the Food and Agriculture "
     "Organization of the United Nations (FAO) signed a project agreement on walnut forests.",
     ["Ministry of Natural Resources of the Kyrgyz Republic",
      "Food and Agriculture Organization of the United Nations"]),
    ("The Cabinet of Ministers of the Kyrgyz Republic signed an agreement with the Saudi Fund "
     "for Development on financing the construction of schools.",
     ["Cabinet of Ministers of the Kyrgyz Republic", "Saudi Fund for Development"]),
])
def test_an_and_or_a_for_between_capitalised_words_is_inside_one_name(sentence, parties):
    """«the Food and Agriculture Organization», «the Saudi Fund for Development»: one body
    (before: «Agriculture Organization ...», «Saudi Fund»)."""
    assert first_parties(f"Bishkek, 21 November 2023 - {sentence}") == parties


def test_a_latin_company_name_with_and_in_a_russian_text_is_one_side():
    assert first_parties("Бишкек, 9 октября 2023 года. Министерство транспорта КР и компания "
                         "China Road and Bridge Corporation подписали соглашение о строительстве "
                         "автодороги.") == ["Министерство транспорта КР",
                                            "Компания China Road and Bridge Corporation"]


@pytest.mark.parametrize("body", [
    "The Saudi Fund for Development signed two agreements with the Ministry of Finance of the "
    "Republic of Tajikistan: a loan agreement for the Dushanbe-Bokhtar road and a grant "
    "agreement for a children's hospital.",
    "The Saudi Fund for Development signed two agreements with the Ministry of Finance of the "
    "Republic of Tajikistan:\n- a loan agreement for the Dushanbe-Bokhtar road;\n- a grant "
    "agreement for a children's hospital.",
])
def test_documents_named_after_n_agreements_with_a_partner_are_signed_with_it(body):
    """«X signed two agreements with Y:» and the names: each is X's and Y's, and «agreements
    with Y» is no document (before: a third document «Agreements with the Ministry ...», and
    the two named had no parties)."""
    found = parse(f"Riyadh, 3 March 2024 - {body}").instruments
    assert [(i.draft.title, [p.name for p in i.draft.parties]) for i in found] == [
        (title, ["Saudi Fund for Development", "Ministry of Finance of the Republic of Tajikistan"])
        for title in ("Loan agreement for the Dushanbe-Bokhtar road",
                      "Grant agreement for a children's hospital")]


def test_a_city_hall_signs_as_a_body_of_its_own():
    """«Bishkek City Hall and the Ankara Metropolitan Municipality signed a twinning agreement
    at the city hall»: the two bodies (before: none, «City Hall» was no body word), and the
    place is not in the name."""
    found = parse("Ankara, 4 October 2022 - Bishkek City Hall and the Ankara Metropolitan "
                  "Municipality signed a twinning agreement at the city hall of Ankara.").instruments
    assert [(i.draft.title, [p.name for p in i.draft.parties]) for i in found] == [
        ("Twinning agreement", ["Bishkek City Hall", "Ankara Metropolitan Municipality"])]


@pytest.mark.parametrize("sides, parties", [
    ("Генеральная прокуратура Кыргызстана и Генеральная прокуратура России",
     ["Генеральная прокуратура Кыргызской Республики",
      "Генеральная прокуратура Российской Федерации"]),
    ("Верховный суд Кыргызстана и Верховный суд Узбекистана",
     ["Верховный суд Кыргызской Республики", "Верховный суд Республики Узбекистан"]),
    ("Национальный статистический комитет Кыргызской Республики и Бюро национальной статистики "
     "Агентства по стратегическому планированию и реформам Республики Казахстан",
     ["Национальный статистический комитет Кыргызской Республики",
      "Бюро национальной статистики Агентства по стратегическому планированию и реформам "
      "Республики Казахстан"])])
def test_prosecutors_courts_and_bureaus_are_bodies_not_their_countries(sides, parties):
    assert first_parties(f"Бишкек, 12 мая 2024 года. {sides} подписали меморандум о "
                         "сотрудничестве.") == parties


def test_two_adjectives_joined_by_and_before_one_body_are_one_name():
    assert first_parties("Бишкек, 12 мая 2024 года. Министерство сельского хозяйства Кыргызской "
                         "Республики и Продовольственная и сельскохозяйственная организация ООН "
                         "(ФАО) подписали рамочное соглашение о сотрудничестве.") == [
        "Министерство сельского хозяйства Кыргызской Республики",
        "Продовольственная и сельскохозяйственная организация ООН"]


def test_a_ministrys_short_name_inside_another_bodys_name_is_spelled_out():
    assert first_parties("Бишкек, 12 мая 2024 года. Дипломатическая академия МИД Кыргызской "
                         "Республики и Государственная налоговая служба при Минфине КР подписали "
                         "меморандум о сотрудничестве.") == [
        "Дипломатическая академия Министерства иностранных дел Кыргызской Республики",
        "Государственная налоговая служба при Министерстве финансов КР"]
