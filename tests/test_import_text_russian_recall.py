"""Russian signing statements and document names beyond the first tuned phrasings: «скрепили
своими подписями», a «План практических действий», «указал на важность подписания» (a wish, no
signing), a word of ratification inside one document's name that says nothing of the next
document, bodies the dictionary reads as names («Хокимиятом города Ташкента»)."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.kinds import DOCUMENT_RU
from importers.press_release.morphology import inflect_phrase
from importers.press_release.parties import find_parties
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _proposal(body: str):
    return parse_press_release("Визит\n\nБИШКЕК, 5 мая 2024 года. " + body + "\n",
                               date(2026, 1, 15), INDEX)


def titles(body: str) -> list[str]:
    return [i.draft.title for i in _proposal(body).instruments]


def test_sealed_with_their_signatures_is_a_signing():
    assert titles("Лидеры двух государств скрепили своими подписями Декларацию о союзнических "
                  "отношениях.") == ["Декларация о союзнических отношениях"]


def test_a_plan_of_practical_actions_is_a_document():
    assert DOCUMENT_RU.match("План практических действий по доведению товарооборота")
    assert DOCUMENT_RU.match("Плана первоочередных мероприятий")
    assert not DOCUMENT_RU.match("план на будущее")
    assert titles("Главы государств подписали и План практических действий по доведению "
                  "товарооборота до 10 миллиардов долларов.") == [
        "План практических действий по доведению товарооборота до 10 миллиардов долларов"]


def test_the_importance_of_signing_is_no_signing():
    assert titles("Он указал на важность подписания трехстороннего соглашения о "
                  "международных автомобильных перевозках и присоединения к действующему "
                  "соглашению о перевозках по сети азиатских автомобильных дорог.") == []


def test_ratification_in_one_name_says_nothing_of_the_next():
    found = _proposal("Президенты подписали три документа. Это Протокол об обмене "
                      "ратификационными грамотами к Договору о государственной границе, "
                      "Соглашение о сотрудничестве в области туризма и Соглашение о "
                      "сотрудничестве в области спорта.").instruments
    assert [i.draft.title for i in found] == [
        "Протокол об обмене ратификационными грамотами к Договору о государственной границе",
        "Соглашение о сотрудничестве в области туризма",
        "Соглашение о сотрудничестве в области спорта"]
    assert all(i.draft.signed_date == date(2024, 5, 5) for i in found)


def test_a_body_the_dictionary_reads_as_a_name_is_a_party():
    found = find_parties("Соглашение между Исполнительным органом государственной власти города "
                         "Душанбе и Хокимиятом города Ташкента о сотрудничестве", INDEX)
    assert found.names == ["Исполнительный орган государственной власти города Душанбе",
                           "Хокимият города Ташкента"]
    assert inflect_phrase("Хокимиятом города Ташкента", case="ablt") == "Хокимият города Ташкента"


def test_a_party_ends_before_a_target():
    found = find_parties("План действий по доведению товарооборота между Республикой Узбекистан "
                         "и Республикой Казахстан до 10 миллиардов долларов", INDEX)
    assert found.names == ["Республика Узбекистан", "Республика Казахстан"]


def _parties(body: str) -> list[tuple[str, list[str]]]:
    return [(i.draft.title, [p.name for p in i.draft.parties])
            for i in _proposal(body).instruments]


def test_sides_before_a_dash_are_the_parties_of_each_item():
    found = _parties("Подписаны:\n"
                     "Между Национальным банком Кыргызской Республики и Центральным банком "
                     "Монголии – Меморандум о взаимопонимании;\n"
                     "Между ОАО «Кыргызалтын» и Центральным банком Монголии – Меморандум о "
                     "взаимопонимании;\n"
                     "Между Агентством защиты депозитов Кыргызской Республики и Корпорацией "
                     "страхования депозитов Монголии – Меморандум о взаимопонимании.")
    assert found == [
        ("Меморандум о взаимопонимании", ["Национальный банк Кыргызской Республики",
                                          "Центральный банк Монголии"]),
        ("Меморандум о взаимопонимании", ["ОАО «Кыргызалтын»", "Центральный банк Монголии"]),
        ("Меморандум о взаимопонимании", ["Агентство защиты депозитов Кыргызской Республики",
                                          "Корпорация страхования депозитов Монголии"])]


def test_agreements_recorded_in_a_memorandum_are_a_signing():
    found = _parties("Национальное инвестиционное агентство при Президенте Кыргызской "
                     "Республики и Агентство по инвестициям и торговле Монголии закрепили "
                     "договоренности о сотрудничестве в Меморандуме о взаимопонимании.")
    assert found == [("Меморандум о взаимопонимании", [
        "Национальное инвестиционное агентство при Президенте Кыргызской Республики",
        "Агентство по инвестициям и торговле Монголии"])]


def test_what_an_agreement_records_is_no_document_signed():
    assert titles("Стороны закрепили в соглашении намерение развивать торговлю.") == []


def test_bodies_that_sign_named_with_posts_and_titles():
    from importers.press_release.signers import signer_parties
    assert signer_parties("Администрация президента Кыргызстана и посольство Республики Корея "
                          "подписали ", INDEX) == ["Администрация президента Кыргызстана",
                                                   "Посольство Республики Корея"]
    assert signer_parties("ректор Международного университета Кыргызстана (МУК) д-р Елена "
                          "Савченко и исполняющая обязанности директора Академии ОБСЕ д-р "
                          "Индира Сатаркулова подписали ", INDEX) == [
        "Международный университет Кыргызстана", "Академия ОБСЕ"]
    assert signer_parties("Мэрия Бишкека и акимат Алматы подписали ", INDEX) == [
        "Мэрия города Бишкек", "Акимат Алматы"]


def test_a_party_list_ends_at_a_dash():
    found = find_parties("Совместная декларация об установлении всеобъемлющего партнерства "
                         "между Монголией и Кыргызской Республикой – главный документ визита",
                         INDEX)
    assert found.names == ["Монголия", "Кыргызская Республика"]


def test_documents_after_such_as_and_after_it_is_about():
    assert titles("Были подписаны такие документы, как Соглашение о туризме и Меморандум о "
                  "спорте.") == ["Соглашение о туризме", "Меморандум о спорте"]
    assert titles("По итогам переговоров подписано четыре документа. Речь идет о Соглашении о "
                  "туризме, Меморандуме о спорте и Протоколе о здравоохранении.") == [
        "Соглашение о туризме", "Меморандум о спорте", "Протокол о здравоохранении"]


def test_two_adjectives_before_one_kind_word_are_two_documents():
    assert _parties("Министерство финансов Кыргызской Республики и Азиатский банк развития "
                    "подписали кредитное и грантовое соглашение по проекту «Вода».") == [
        ("Кредитное соглашение по проекту «Вода»", [
            "Министерство финансов Кыргызской Республики", "Азиатский банк развития"]),
        ("Грантовое соглашение по проекту «Вода»", [
            "Министерство финансов Кыргызской Республики", "Азиатский банк развития"])]
    assert titles("Подписаны кредитное и грантовое соглашения по проекту «Вода».") == [
        "Кредитное соглашение по проекту «Вода»", "Грантовое соглашение по проекту «Вода»"]
    assert titles("Подписаны Соглашение о туризме и совместное заявление.") == [
        "Соглашение о туризме", "Совместное заявление"]
