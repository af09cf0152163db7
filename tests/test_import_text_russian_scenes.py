"""Russian reports that say when, where and on what occasion before the signers or the document
(«По итогам переговоров Совместная декларация ... подписана», «Во вторник, 4 марта, в Бишкеке
министерства ... подписали», «подписали в Астане план ...»), the Kyrgyz parliament and bodies
named by their own name before their state («Олий Мажлис Республики Узбекистан»), documents
recalled («в прошлом году») or approved by a parliament, misspelt kind words, a shared noun in
the genitive plural («министерств образования двух стран»), a dateline ending in «г.», no
governments for what rectors sign, an organisation's secretary, signers in the instrumental
after the name («подписание Соглашения ... министром ... и министром ...»). Probe texts in our
own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.kinds import respelled
from importers.press_release.signers import subject_parties
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _found(body: str) -> list[tuple[str, list[str]]]:
    proposal = parse_press_release("Итоги\n\nБИШКЕК, 12 марта 2025 года. " + body + "\n",
                                   date(2026, 1, 15), INDEX)
    return [(i.draft.title, [p.name for p in i.draft.parties]) for i in proposal.instruments]


def test_the_occasion_before_the_document_hides_no_signing():
    assert _found("Президенты подписали по итогам переговоров Совместное заявление о дальнейшем "
                  "углублении стратегического партнерства.") == [
        ("Совместное заявление о дальнейшем углублении стратегического партнерства", [])]
    assert _found("По итогам переговоров в узком и расширенном составах Совместная декларация "
                  "о всеобъемлющем партнерстве была подписана главами государств.") == [
        ("Совместная декларация о всеобъемлющем партнерстве", [])]
    assert _found("В рамках реализации Соглашения о торговле стороны подписали Протокол о "
                  "тарифах.") == [("Протокол о тарифах", [])]


def test_when_and_where_before_the_signers():
    assert _found("Во вторник, 11 марта, в Бишкеке министерства энергетики Кыргызстана и "
                  "Таджикистана подписали меморандум о поставках электроэнергии.") == [
        ("Меморандум о поставках электроэнергии",
         ["Министерство энергетики Кыргызской Республики",
          "Министерство энергетики Республики Таджикистан"])]
    assert _found("Министерства внутренних дел Кыргызстана и Казахстана подписали в Астане план "
                  "сотрудничества до 2030 года.") == [
        ("План сотрудничества до 2030 года",
         ["Министерство внутренних дел Кыргызской Республики",
          "Министерство внутренних дел Республики Казахстан"])]


def test_the_kyrgyz_parliament_is_no_state_nor_government():
    assert _found("Жогорку Кенеш и Сенат Парламента Республики Казахстан подписали Соглашение "
                  "о межпарламентском сотрудничестве.")[0][1] == [
        "Жогорку Кенеш Кыргызской Республики", "Сенат Парламента Республики Казахстан"]
    assert _found("Торага Жогорку Кенеша Марат Асанов и председатель Сената Казахстана Ерлан "
                  "Серикбаев подписали Меморандум о сотрудничестве.")[0][1][0] == \
        "Жогорку Кенеш Кыргызской Республики"


def test_a_body_named_by_its_own_name_before_its_state():
    assert subject_parties("Олий Мажлис Республики Узбекистан и Жогорку Кенеш", INDEX) == [
        "Олий Мажлис Республики Узбекистан", "Жогорку Кенеш Кыргызской Республики"]


def test_recalled_and_approved_documents_were_not_signed_there():
    assert _found("Стороны подписали Соглашение о сотрудничестве в сфере культуры. В прошлом "
                  "году стороны подписали Меморандум о сотрудничестве в сфере спорта.") == [
        ("Соглашение о сотрудничестве в сфере культуры", [])]
    assert _found("Сенат Казахстана ратифицировал соглашение с Кыргызстаном о пересечении "
                  "границы. Кроме того, депутаты одобрили протокол о внесении изменений в "
                  "соглашение о торговле.") == []


def test_a_misspelt_kind_word_names_a_document():
    assert respelled("Подписан Мемарандум, соглашене и протакол. Договорились о встрече.") == \
        "Подписан Меморандум, соглашение и протокол. Договорились о встрече."
    assert respelled("Компания Ротокол") == "Компания Ротокол"  # (not its first letter)
    assert [t for t, _p in _found("Подписан Мемрандум о взаимопонимании в области зеленой "
                                  "экономики.")] == [
        "Меморандум о взаимопонимании в области зеленой экономики"]


def test_a_shared_noun_in_the_genitive_plural_names_a_body_of_each_country():
    assert _found("Подписано соглашение о сотрудничестве министерств образования Кыргызстана и "
                  "Таджикистана.")[0][1] == ["Министерство образования Кыргызской Республики",
                                            "Министерство образования Республики Таджикистан"]
    assert _found("Подписано соглашение о сотрудничестве министерств здравоохранения двух "
                  "стран. Встреча министров Кыргызстана и Узбекистана прошла в Бишкеке.")[0][1] == [
        "Министерство здравоохранения Кыргызской Республики",
        "Министерство здравоохранения Республики Узбекистан"]


def test_a_dateline_ending_in_the_abbreviated_year_dates_nothing():
    proposal = parse_press_release("Итоги\n\nБишкек, 5 марта 2025 г. Министерства энергетики "
                                   "Кыргызстана и Таджикистана подписали меморандум о поставках "
                                   "электроэнергии.\n", date(2026, 1, 15), INDEX)
    assert [i.draft.signed_date for i in proposal.instruments] == [None]
    proposal = parse_press_release("Итоги\n\nБишкек, 5 марта 2025 г. Во вторник министерства "
                                   "энергетики Кыргызстана и Таджикистана подписали меморандум "
                                   "о поставках электроэнергии.\n", date(2026, 1, 15), INDEX)
    assert [i.draft.signed_date for i in proposal.instruments] == [date(2025, 3, 4)]


def test_no_governments_for_a_document_other_bodies_sign():
    proposal = parse_press_release("Визит\n\nАСТАНА, 12 марта 2025 года. Президенты Кыргызстана "
                                   "и Казахстана провели переговоры. Ректоры ведущих вузов двух "
                                   "стран подписали соглашение о сотрудничестве.\n",
                                   date(2026, 1, 15), INDEX)
    assert [[p.name for p in i.draft.parties] for i in proposal.instruments] == [[]]


def test_a_secretary_signs_for_his_organisation():
    assert subject_parties("Министр иностранных дел России Олег Белов и исполнительный секретарь "
                           "Содружества Независимых Государств Игорь Седов", INDEX) == [
        "Министерство иностранных дел России", "Содружество Независимых Государств"]


def test_signers_in_the_instrumental_after_the_name():
    assert _found("Состоялось подписание Соглашения о сотрудничестве в сфере образования "
                  "министром образования Кыргызстана Асель Токтогуловой и министром высшего "
                  "образования Азербайджана Эльчином Гасановым.") == [
        ("Соглашение о сотрудничестве в сфере образования",
         ["Министерство образования Кыргызской Республики",
          "Министерство высшего образования Азербайджанской Республики"])]
