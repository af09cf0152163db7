"""Russian document words beyond the usual kinds: a statement of intent («заявление о намерении
установить побратимские связи», its infinitive part of the name), a communiqué with its adjective
(«Бишкекское коммюнике»); a UN agency called a programme («Программа развития ООН») is a party,
not a document; documents named in plainer words: a «документ о ...» with its subject (kind
other), one named after «Один из них —» going on from the signing statement, a «договор» for a
supply, a purchase, a building or a twinning (a contract, kind other, not a treaty), a report's
clause after a comma («..., однако ...», «..., включая ...») no part of a name; Latin letters
typed inside Russian words; an akim and a mayor signing for two towns alike. Probe texts in our
own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.parser import cyrillic_lookalikes
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _found(body: str) -> list[tuple[str, str]]:
    proposal = parse_press_release("БИШКЕК, 5 мая 2024 года. " + body + "\n", date(2026, 1, 15),
                                   INDEX)
    return [(i.draft.kind, i.draft.title) for i in proposal.instruments]


def test_a_statement_of_intent_is_an_agreement_of_intent_with_its_infinitive():
    assert _found("Мэрия Бишкека и администрация города Казань подписали заявление о намерении "
                  "установить побратимские связи.") == [
        ("agreement_of_intent", "Заявление о намерении установить побратимские связи")]


def test_a_communique_named_by_its_city_is_a_joint_statement():
    assert _found("Главы государств подписали Бишкекское коммюнике.") == [
        ("joint_statement", "Бишкекское коммюнике")]


def test_a_un_programme_is_a_party_not_a_document():
    found = _found("Между Государственным агентством охраны окружающей среды и Программой "
                   "развития ООН подписан Меморандум о сотрудничестве в области лесного "
                   "хозяйства.")
    assert found == [("memorandum_of_cooperation",
                      "Меморандум о сотрудничестве в области лесного хозяйства")]
    assert _found("Всемирная продовольственная программа подписала Соглашение о поставках "
                  "муки.") == [("agreement", "Соглашение о поставках муки")]


def test_objects_before_their_verb_are_all_signed():
    assert _found("Соглашение о строительстве моста через реку Кара-Дарья, а также декларацию о "
                  "добрососедстве подписали в Оше президенты Кыргызстана и Узбекистана.") == [
        ("agreement", "Соглашение о строительстве моста через реку Кара-Дарья"),
        ("declaration", "Декларация о добрососедстве")]


def test_an_amount_in_yen_is_no_part_of_the_name():
    assert _found("Министр экономики КР и посол Японии в КР подписали Обменные ноты о "
                  "предоставлении гранта на сумму 500 млн иен.") == [
        ("exchange_of_notes", "Обменные ноты о предоставлении гранта")]


def test_a_letter_on_a_grant_is_a_document():
    assert _found("Министерство финансов КР и Всемирный банк подписали письмо о грантовой помощи "
                  "для проекта «Чистая вода».") == [
        ("other", "Письмо о грантовой помощи для проекта «Чистая вода»")]
    assert _found("Министр направил письмо о том, что проект одобрен.") == []


def test_signed_copies_exchanged_are_the_documents_in_the_nominative():
    assert _found("Стороны обменялись подписанными экземплярами соглашения о взаимной защите "
                  "инвестиций.") == [("agreement", "Соглашение о взаимной защите инвестиций")]
    assert [t for _k, t in _found("Президенты обменялись подписанными экземплярами Договора о "
                                  "стратегическом партнерстве и Соглашения о воздушном "
                                  "сообщении.")] == [
        "Договор о стратегическом партнерстве", "Соглашение о воздушном сообщении"]


def test_a_heading_of_documents_signed_introduces_the_lines_after_it():
    proposal = parse_press_release("Документы, подписанные в ходе визита\n\nСоглашение о "
                                   "сотрудничестве в области здравоохранения\nМеморандум о "
                                   "взаимопонимании в сфере спорта\n", date(2026, 1, 15), INDEX)
    assert [i.draft.title for i in proposal.instruments] == [
        "Соглашение о сотрудничестве в области здравоохранения",
        "Меморандум о взаимопонимании в сфере спорта"]


def test_a_document_named_again_in_more_words_is_one_by_its_fuller_name():
    assert _found("Университеты подписали дорожную карту совместных мероприятий по охране "
                  "ледников. «Второй подписанный сегодня документ – дорожная карта совместных "
                  "мероприятий, направленных на охрану ледников и водных ресурсов», – сказал "
                  "ректор.") == [
        ("roadmap", "Дорожная карта совместных мероприятий, направленных на охрану ледников и "
                    "водных ресурсов")]
    # two documents of one kind whose names differ are two
    assert len(_found("Министры подписали соглашение о сотрудничестве в области образования и "
                      "соглашение о сотрудничестве в области науки.")) == 2


def test_a_document_said_to_be_the_meetings_second_document_is_signed():
    assert _found("Главным итогом встречи стал договор о стратегическом партнерстве. Вторым "
                  "документом встречи стала декларация о вечной дружбе — подписи под ней "
                  "поставили оба президента.") == [
        ("treaty", "Договор о стратегическом партнерстве"),
        ("declaration", "Декларация о вечной дружбе")]
    assert _found("Важным документом визита стал меморандум о взаимопонимании в сфере "
                  "энергетики – главный документ визита.") == [
        ("memorandum_of_understanding", "Меморандум о взаимопонимании в сфере энергетики")]


def test_a_protocol_to_it_is_named_by_the_document_before_it():
    assert _found("Подписаны Конвенция об избежании двойного налогообложения и Протокол к ней, "
                  "а также Соглашение о туризме.") == [
        ("convention", "Конвенция об избежании двойного налогообложения"),
        ("protocol", "Протокол к Конвенции об избежании двойного налогообложения"),
        ("agreement", "Соглашение о туризме")]


def test_a_document_named_by_its_subject_is_kind_other():
    assert _found("Министры культуры двух стран подписали документ о совместной реставрации "
                  "старинных крепостей.") == [
        ("other", "Документ о совместной реставрации старинных крепостей")]
    assert _found("Стороны обсудили документ об этом и договорились продолжить работу.") == []


def test_one_of_them_goes_on_from_the_signing_statement():
    assert ("other", "Документ о взаимодействии таможенных служб на границе") in _found(
        "По итогам переговоров утверждены меморандумы о сотрудничестве. Один из них — документ о "
        "взаимодействии таможенных служб на границе.")


def test_a_contract_or_a_twinning_called_dogovor_is_no_treaty():
    assert _found("ТОО «Степь» и компания «Алатау» подписали договор о поставках зерна.") == [
        ("other", "Договор о поставках зерна")]
    assert _found("Мэры Оша и Казани подписали договор об установлении побратимских "
                  "связей.")[0][0] == "other"
    assert _found("Президенты подписали Договор о стратегическом партнерстве.") == [
        ("treaty", "Договор о стратегическом партнерстве")]


def test_a_clause_after_a_comma_is_no_part_of_the_name():
    assert _found("Подписан также договор о строительстве моста через реку, однако стороны его "
                  "в сообщении не названы.") == [("other", "Договор о строительстве моста через "
                                                  "реку")]
    assert _found("Подписан меморандум о защите редких птиц, включая беркута и сокола.") == [
        ("memorandum_of_cooperation", "Меморандум о защите редких птиц")]



def test_latin_letters_inside_russian_words_are_read_as_cyrillic():
    assert cyrillic_lookalikes("Mэp гopoдa пoдпиcaл дoкумeнт o дpужбe, Bazalt и OAO") == \
        "Мэр города подписал документ о дружбе, Bazalt и OAO"
    proposal = parse_press_release("БИШКЕК, 5 мая 2024 года. Aким Шымкeнтa и мэp Oшa пoдпиcaли "
                                   "дoкумeнт o coтpудничecтвe двух гopoдoв.\n", date(2026, 1, 15),
                                   INDEX)
    assert [(i.draft.title, [p.name for p in i.draft.parties]) for i in proposal.instruments] == [
        ("Документ о сотрудничестве двух городов", ["Город Шымкент", "Город Ош"])]


def test_an_akim_and_a_mayor_sign_for_two_towns_alike():
    proposal = parse_press_release("БИШКЕК, 5 мая 2024 года. Аким Шымкента и мэр Оша подписали "
                                   "соглашение о побратимстве двух городов.\n", date(2026, 1, 15),
                                   INDEX)
    assert [[p.name for p in i.draft.parties] for i in proposal.instruments] == [
        ["Город Шымкент", "Город Ош"]]


def test_a_councils_decision_in_small_letters_is_a_document():
    assert _found("Подписано решение Совета министров обороны «О плане совместных учений на "
                  "2026 год».") == [
        ("other", "Решение Совета министров обороны «О плане совместных учений на 2026 год»")]
    assert _found("Главы правительств одобрили также решение о Стратегии развития "
                  "гидрометеорологии до 2030 года.") == [
        ("other", "Решение о Стратегии развития гидрометеорологии до 2030 года")]
    # a decision taken, not a document
    assert _found("Стороны приняли решение о создании рабочей группы и подписали меморандум о "
                  "сотрудничестве.") == [("memorandum_of_cooperation",
                                         "Меморандум о сотрудничестве")]


def test_documents_a_count_announces_named_after_it_without_a_verb_of_their_own():
    # «подписали три документа» and then sentences that only place each one in the list
    found = _found("Министры подписали три межведомственных документа. Первым идет "
                   "Меморандум о сотрудничестве в области метрологии. Кроме того, подписана "
                   "программа обмена стажерами на 2025 год. Последним стоит Протокол о "
                   "взаимном признании сертификатов.")
    assert [title for _kind, title in found] == [
        "Меморандум о сотрудничестве в области метрологии",
        "Программа обмена стажерами на 2025 год",
        "Протокол о взаимном признании сертификатов"]
    # none counted: a document named so is one the text speaks of, not one signed there
    assert _found("Министры подписали программу обмена стажерами на 2025 год. Ранее стороны "
                  "обсуждали, как работает Протокол о взаимном признании сертификатов.") == [
        ("programme", "Программа обмена стажерами на 2025 год")]


def test_a_relative_clause_after_a_comma_is_no_part_of_the_name():
    # «..., из средств которого ...», «..., на основании которого ...»: what the report says of
    # the document, after its name
    assert _found("Министр присутствовал на церемонии подписания грантового соглашения, из "
                  "средств которого отремонтируют школы.") == [("agreement",
                                                              "Грантовое соглашение")]
    assert _found("Стороны подписали меморандум о партнерстве, на основании которого откроется "
                  "офис.") == [("memorandum_of_cooperation", "Меморандум о партнерстве")]
    # «(принята)» after a list item's name: what became of it
    assert _found("Итоги встречи:\n- Программа обмена студентами на 2026–2027 годы (принята);\n"
                  "- Меморандум о партнерстве (подписан).") == [
        ("programme", "Программа обмена студентами на 2026–2027 годы"),
        ("memorandum_of_cooperation", "Меморандум о партнерстве")]
