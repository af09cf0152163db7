"""Where the parties of a press-release document come from when its name does not give them: a
shared statement after a list or a run of documents («Документы подписали ...»), the partner
named only in the meeting's words («переговоры с туркменской делегацией», "during the visit to
Tashkent"), and bodies that keep their country as the text writes it."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.party_names import party_drafts
from importers.press_release.visit import capital_of, meeting_partners
from models.countries import seeds

INDEX = CountryIndex(seeds())


def parties_of(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_a_shared_statement_after_a_list_gives_every_document_its_signers():
    text = ("Подписание\n\nБИШКЕК, 3 апреля 2024 года. Подписаны следующие документы:\n"
            "1. Меморандум о сотрудничестве в области высшего образования;\n"
            "2. Программа академического обмена на 2024-2026 годы.\n"
            "Документы подписали министр образования и науки Кыргызской Республики Догдуркул "
            "Кендирбаева и министр высшего образования Республики Узбекистан Конгратбай Шарипов.")
    ministries = ["Министерство образования и науки Кыргызской Республики",
                  "Министерство высшего образования Республики Узбекистан"]
    assert parties_of(text) == [ministries, ministries]


def test_a_shared_statement_of_the_two_ministers_covers_documents_joined_by_and():
    text = ("Визит в Ташкент\n\n12 марта 2025 года в ходе визита в Ташкент подписаны Соглашение "
            "о сотрудничестве в области туризма и Меморандум о взаимопонимании в сфере культуры. "
            "Документы подписали министры иностранных дел двух стран.")
    ministries = ["Министерство иностранных дел Кыргызской Республики",
                  "Министерство иностранных дел Республики Узбекистан"]
    assert parties_of(text) == [ministries, ministries]


def test_a_sentence_about_one_document_is_no_shared_statement_for_a_list():
    text = ("Подписание\n\nБИШКЕК, 3 апреля 2024 года. Подписаны следующие документы:\n"
            "1. Меморандум о сотрудничестве в области высшего образования;\n"
            "2. Программа академического обмена на 2024-2026 годы.\n"
            "Документ подписали ректоры двух университетов.")
    assert parties_of(text)[0] == []


def test_the_partner_named_only_by_its_delegation_makes_the_two_countries():
    text = ("Переговоры\n\nБИШКЕК, 5 мая 2024 года. Состоялись переговоры с туркменской "
            "делегацией. По итогам подписаны двусторонние документы: Соглашение о сотрудничестве "
            "в области образования и Протокол о сотрудничестве в области здравоохранения.")
    governments = ["Кабинет министров Кыргызской Республики", "Правительство Туркменистана"]
    assert parties_of(text) == [governments, governments]


def test_the_capital_of_a_visit_names_the_other_country():
    assert meeting_partners("During the visit to Tashkent, the documents were signed", INDEX) \
        == ["KG", "UZ"]
    assert meeting_partners("В ходе визита в Ашхабад", INDEX) == ["KG", "TM"]
    assert meeting_partners("Talks with the Uzbek President", INDEX) == ["KG", "UZ"]
    assert capital_of("Душанбе") == "TJ" and capital_of("Ташкенте") == "UZ"


def test_the_foreign_capital_of_the_meeting_is_the_other_side_only_beside_the_home_country():
    assert meeting_partners("Kyrgyz delegation held talks", INDEX, "Ашхабад") == ["KG", "TM"]
    assert meeting_partners("Talks were held", INDEX, "Бишкек") == []


def test_two_foreign_countries_of_the_lead_are_the_meeting_without_the_home_country():
    assert meeting_partners("Tajikistan and Mongolia signed ten documents", INDEX) == \
        ["TJ", "MN"]


def test_a_museum_or_an_academy_keeps_its_country_as_written_a_state_body_gets_the_official():
    names = [p.name for p in party_drafts(
        ["National Museum of Tajikistan", "National Academy of Sciences of Tajikistan",
         "Ministry of Culture of Tajikistan",
         "Center for Strategic Studies under the President of Tajikistan"], INDEX)]
    assert names == ["National Museum of Tajikistan", "National Academy of Sciences of Tajikistan",
                     "Ministry of Culture of the Republic of Tajikistan",
                     "Center for Strategic Studies under the President of the Republic of "
                     "Tajikistan"]


def signed_by(sentence: str) -> list[str] | None:
    from importers.press_release.signed_by import signed_after
    return signed_after(sentence, INDEX)


def test_a_mayor_or_vice_mayor_signs_for_the_city_hall_a_city_head_for_its_municipality():
    assert signed_by("Документ скрепили подписями глава администрации города Уфы Ирек Ялалов и "
                     "первый вице-мэр города Бишкека Эрнис Зарлыков.") == \
        ["Администрация города Уфы", "Мэрия города Бишкек"]
    assert signed_by("Документ подписали мэр Бишкека Айбек Джунушалиев и глава муниципалитета "
                     "Рима Франческа Дель Белло.") == ["Мэрия города Бишкек", "Муниципалитет Рима"]


def test_co_chairs_named_between_dashes_sign_for_their_governments():
    text = ("Заседание\n\nБИШКЕК, 3 апреля 2024 года. В Бишкеке состоялось заседание "
            "межправкомиссии. Сопредседатели комиссии — вице-премьер Кыргызстана Данияр "
            "Амангельдиев и вице-премьер Узбекистана Жамшид Ходжаев — подписали Протокол "
            "заседания.")
    assert parties_of(text) == [["Кабинет министров Кыргызской Республики",
                                 "Правительство Республики Узбекистан"]]


def test_the_ministers_of_the_two_countries_named_before_the_verb():
    text = ("Визит\n\nБИШКЕК, 3 апреля 2024 года. В ходе визита в Ташкент министры юстиции двух "
            "стран Аяз Баетов и Акбар Ташкулов подписали Программу сотрудничества на 2024-2025 "
            "годы.")
    assert parties_of(text) == [["Министерство юстиции Кыргызской Республики",
                                 "Министерство юстиции Республики Узбекистан"]]


def test_a_kyrgyz_country_name_goes_on_only_with_its_endings():
    codes = [[m.code for m in INDEX.mentions(t)] for t in (
        "Данияр Амангельдиев", "Кубатбек Боронов", "Кыргызстандын", "Өзбекстандагы",
        "Түркияга", "Тажикстандыктар")]
    assert codes == [[], [], ["KG"], ["UZ"], ["TR"], ["TJ"]]


def test_witnesses_named_by_their_posts_alone_are_not_signers():
    text = ("Визит\n\nБИШКЕК, 3 апреля 2024 года. В присутствии глав государств министр "
            "здравоохранения Кыргызской Республики Алымкадыр Бейшеналиев и министр здравоохранения "
            "Республики Узбекистан Амрилло Иноятов подписали Меморандум о сотрудничестве в сфере "
            "здравоохранения.")
    assert parties_of(text) == [["Министерство здравоохранения Кыргызской Республики",
                                 "Министерство здравоохранения Республики Узбекистан"]]


def test_a_rector_of_a_university_named_by_its_acronym_signs_for_it_as_written():
    text = ("Вузы\n\nОШ, 3 апреля 2024 года. Ректор ОшГУ Канатбек Мурзакулов и ректор "
            "Андижанского государственного университета Дилшод Юлдашев подписали меморандум о "
            "сотрудничестве.")
    assert parties_of(text) == [["ОшГУ", "Андижанский государственный университет"]]


def test_the_heads_of_two_regions_named_with_one_plural_noun():
    text = ("Области\n\nОШ, 3 апреля 2024 года. Руководители Ошской и Иссык-Кульской областей "
            "подписали меморандум о сотрудничестве.")
    assert parties_of(text) == [["Ошская область", "Иссык-Кульская область"]]


def test_the_two_countries_of_a_text_named_outside_its_lead():
    text = ("Переговоры\n\nБИШКЕК, 3 апреля 2024 года. Состоялись переговоры делегаций.\n\n"
            "Стороны обсудили торговлю между Кыргызстаном и Таджикистаном.\n\nПо итогам "
            "подписано Соглашение о сотрудничестве в области туризма.")
    assert parties_of(text) == [["Кабинет министров Кыргызской Республики",
                                 "Правительство Республики Таджикистан"]]


def between(title: str) -> list[str] | None:
    from importers.press_release.parties import find_parties
    found = find_parties(title, INDEX)
    return found.names if found else None


def test_a_committee_on_a_field_is_one_party_a_subject_on_a_field_ends_the_parties():
    assert between("MoU between the Committee on Television and Radio Broadcasting under the "
                   "Government of Tajikistan and the National Television and Radio Company of "
                   "Uzbekistan") == ["Committee on Television and Radio Broadcasting under the "
                                     "Government of Tajikistan",
                                     "National Television and Radio Company of Uzbekistan"]
    assert between("Agreement between Kyrgyzstan and Uzbekistan on Mutual Protection of "
                   "Investments") == ["Kyrgyzstan", "Uzbekistan"]


def test_the_reporters_words_after_the_last_party_are_no_part_of_it():
    assert between("signed between the Association of Universities of the Kyrgyz Republic and "
                   "the Russian Union of Rectors, Trend reports") == \
        ["Association of Universities of the Kyrgyz Republic", "Russian Union of Rectors"]
    assert between("between the Ministry of Energy of Tajikistan and Iran's Ministry of Energy to "
                   "boost cooperation") == ["Ministry of Energy of Tajikistan",
                                            "Iran's Ministry of Energy"]


def test_a_countrys_body_with_and_in_its_name_stays_whole_and_takes_the_country_after():
    names = between("between Kyrgyzstan's National Investment Agency and Mongolia's Investment "
                    "and Trade Agency")
    assert names == ["Kyrgyzstan's National Investment Agency",
                     "Mongolia's Investment and Trade Agency"]
    assert [p.name for p in party_drafts(names, INDEX)] == [
        "National Investment Agency of the Kyrgyz Republic",
        "Investment and Trade Agency of Mongolia"]


def test_the_ministries_or_academies_of_a_field_of_two_countries():
    assert between("between the Ministries of Agriculture of Kazakhstan and Tajikistan") == [
        "Ministry of Agriculture of the Republic of Kazakhstan",
        "Ministry of Agriculture of the Republic of Tajikistan"]
    assert between("between the Academies of Sciences of Uzbekistan and Tajikistan") == [
        "Academy of Sciences of the Republic of Uzbekistan",
        "Academy of Sciences of the Republic of Tajikistan"]


def test_english_posts_with_the_country_before_or_the_field_first():
    text = ("Signing\n\nBISHKEK, April 3, 2024. Kyrgyz Minister of Economy and Commerce Daniyar "
            "Amangeldiev and Uzbek Minister of Investment Laziz Kudratov signed a memorandum of "
            "understanding on investment.")
    assert parties_of(text) == [["Ministry of Economy and Commerce of the Kyrgyz Republic",
                                 "Ministry of Investment of the Republic of Uzbekistan"]]
    text = ("Signing\n\nBISHKEK, April 3, 2024. Health Minister of Kyrgyzstan Alymkadyr "
            "Beishenaliev and Health Minister of Uzbekistan Amrillo Inoyatov signed a memorandum "
            "of understanding on healthcare.")
    health = ["Ministry of Health of the Kyrgyz Republic",
              "Ministry of Health of the Republic of Uzbekistan"]
    assert parties_of(text) == [health]
    text = ("Signing\n\nBISHKEK, April 3, 2024. Kyrgyzstan's Health Ministry and Uzbekistan's "
            "Health Ministry signed a memorandum of understanding on healthcare.")
    assert parties_of(text) == [health]


def test_a_body_left_in_another_case_is_put_in_the_nominative():
    from importers.press_release.party_names import nominative_body
    assert [nominative_body(n) for n in (
        "Министерства экономики и коммерции Кыргызской Республики",
        "Национальной академии наук Кыргызской Республики",
        "Министерству финансов Кыргызской Республики",
        "Правительства Республики Узбекистан",
        "Хякимлик города Ашхабада", "Мэрия города Бишкек",
        "Университет мировой экономики и дипломатии")] == [
        "Министерство экономики и коммерции Кыргызской Республики",
        "Национальная академия наук Кыргызской Республики",
        "Министерство финансов Кыргызской Республики",
        "Правительство Республики Узбекистан",
        "Хякимлик города Ашхабада", "Мэрия города Бишкек",
        "Университет мировой экономики и дипломатии"]
    text = ("Подписание\n\nБИШКЕК, 3 апреля 2024 года. Подписан меморандум о сотрудничестве между "
            "Министерства экономики и коммерции Кыргызской Республики и Министерством инвестиций "
            "Республики Узбекистан.")
    assert parties_of(text) == [["Министерство экономики и коммерции Кыргызской Республики",
                                 "Министерство инвестиций Республики Узбекистан"]]


def test_a_body_without_its_country_in_a_text_about_two_other_countries_is_the_other_ones():
    text = ("Dushanbe, 7 May 2024. Tajikistan and Uzbekistan signed a memorandum of understanding "
            "between the Ministry of Agriculture of Tajikistan and the Ministry of Agriculture.")
    parties = parse_press_release(text, date(2026, 1, 15), INDEX).instruments[0].draft.parties
    assert [(p.name, p.country) for p in parties] == [
        ("Ministry of Agriculture of the Republic of Tajikistan", "TJ"),
        ("Ministry of Agriculture of the Republic of Uzbekistan", "UZ")]
    text = ("Бишкек, 7 мая 2024 г. Кыргызстан и Узбекистан подписали меморандум между "
            "Министерством сельского хозяйства Республики Узбекистан и Министерством сельского "
            "хозяйства.")
    parties = parse_press_release(text, date(2026, 1, 15), INDEX).instruments[0].draft.parties
    assert [p.country for p in parties] == ["UZ", "KG"]


def test_a_state_named_by_its_official_name_signs_for_itself():
    text = ("Грант\n\nБИШКЕК, 5 февраля 2025 года. Кыргызская Республика и Азиатский банк "
            "развития подписали грантовое соглашение на сумму 50 млн долларов.")
    assert parties_of(text) == [["Кыргызская Республика", "Азиатский банк развития"]]


def test_the_sides_that_sign_are_the_two_who_held_talks_in_the_sentence_before():
    text = ("Переговоры\n\nБИШКЕК, 3 апреля 2024 года. Министр сельского хозяйства Кыргызской "
            "Республики Айбек Токтосунов и министр сельского хозяйства Республики Узбекистан "
            "Ибрагим Абдурахмонов провели переговоры. Стороны подписали Меморандум о "
            "сотрудничестве в области ветеринарии.")
    assert parties_of(text) == [["Министерство сельского хозяйства Кыргызской Республики",
                                 "Министерство сельского хозяйства Республики Узбекистан"]]
    text = ("Переговоры\n\nДУШАНБЕ, 3 апреля 2024 года. Министры обороны Кыргызстана и "
            "Таджикистана встретились в Душанбе. Стороны подписали Меморандум о сотрудничестве.")
    assert parties_of(text) == [["Министерство обороны Кыргызской Республики",
                                 "Министерство обороны Республики Таджикистан"]]


def test_ministries_and_lenders_named_by_their_abbreviations_before_the_verb():
    text = ("Программа\n\nАСТАНА, 5 февраля 2025 года. МИД Кыргызстана и МИД Казахстана "
            "подписали Программу сотрудничества на 2025-2026 годы.")
    assert parties_of(text) == [["Министерство иностранных дел Кыргызской Республики",
                                 "Министерство иностранных дел Республики Казахстан"]]
    text = ("Кредит\n\nБИШКЕК, 5 февраля 2025 года. Министерство финансов Кыргызской Республики "
            "и ЕБРР подписали Кредитное соглашение по проекту водоснабжения.")
    assert parties_of(text) == [["Министерство финансов Кыргызской Республики",
                                 "Европейский банк реконструкции и развития"]]


def test_a_passive_signing_after_the_meeting_is_between_the_two_who_met():
    text = ("Встреча\n\nТАШКЕНТ, 3 апреля 2024 года. Министр образования Кыргызской Республики "
            "Догдуркуль Кендирбаева встретилась с министром высшего образования Республики "
            "Узбекистан Конгратбаем Шариповым. По итогам встречи подписан Меморандум о "
            "сотрудничестве в сфере высшего образования.")
    assert parties_of(text) == [["Министерство образования Кыргызской Республики",
                                 "Министерство высшего образования Республики Узбекистан"]]
