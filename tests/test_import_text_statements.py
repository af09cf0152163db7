"""The signing statement: the count a text announces, and documents named after it without a
verb of their own (a list under «В пакет вошли:», a sentence «Это ...», «They include ...»)."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, count_note, parse_press_release
from importers.press_release.statements import announced_count, number_value
from models.countries import seeds

INDEX = CountryIndex(seeds())
DAY = date(2026, 1, 15)


@pytest.mark.parametrize("words, value", [
    ("13", 13), ("тринадцать", 13), ("семью", 7), ("шестнадцати", 16), ("Thirteen", 13),
    ("twenty-one", 21), ("двадцать один", 21), ("пакет", None)])
def test_number_words_in_any_case(words, value):
    assert number_value(words) == value


@pytest.mark.parametrize("text, count", [
    ("По итогам переговоров подписано 13 документов. Среди них ...", 13),
    ("Делегации обменялись еще семью двусторонними документами.", 7),
    ("Документов в пакете шесть. Это соглашение ...", 6),
    ("Thirteen documents were signed on Wednesday.", 13),
    ("Pakistan, Kyrgyzstan sign 15 accords", 15),
    ("Планируется подписать 5 документов. Подписано соглашение о туризме.", None),
    ("Подписан ряд документов в 2024 году.", None),
    ("Подписаны документы: 1) Соглашение о туризме; 2) Меморандум о спорте.", None),
    ("Министры иностранных дел двух стран подписали Соглашение о визах.", None),
    ("Президенты двух стран подписали 7 документов.", 7),
    # a day before its month is no count (before: 12, 3)
    ("Министры 12 сентября подписали меморандум о сотрудничестве в сфере туризма.", None),
    ("Стороны 3 марта подписали два соглашения.", 2),
])
def test_the_announced_count(text, count):
    assert announced_count(text) == count


def parse(text: str):
    return parse_press_release(text, DAY, INDEX)


def test_a_list_under_a_line_that_says_nothing_takes_the_statement_before_it():
    proposal = parse("26 ноября 2025\n\nПрезиденты провели переговоры. Следом делегации "
                     "обменялись еще двумя документами.\n\nВ пакет вошли:\n"
                     "- соглашение о сотрудничестве в области здравоохранения;\n"
                     "- меморандум о взаимопонимании в области кардиологии.\n")
    assert [i.draft.kind for i in proposal.instruments] == ["agreement",
                                                            "memorandum_of_understanding"]
    assert proposal.announced == 2 and count_note(proposal) == ""


def test_a_sentence_going_on_from_the_statement():
    proposal = parse("12 октября 2023\n\nСтороны оформили пакет двусторонних документов. "
                     "Документов в пакете три. Это соглашение об условиях деятельности "
                     "университета, протокол о намерениях между министерствами образования, "
                     "а также меморандум о взаимопонимании по вопросам биологической "
                     "безопасности.\n")
    assert len(proposal.instruments) == 3
    assert proposal.announced == 3


def test_a_list_under_a_plan_is_not_signed():
    proposal = parse("12 октября 2023\n\nВ ходе визита планируется подписать ряд документов."
                     "\n\nВ их числе:\n- соглашение о туризме;\n- меморандум о спорте.\n")
    assert proposal.instruments == []


def test_no_year_in_the_text_means_no_year_in_the_draft():
    proposal = parse("Сегодня, 7 октября, в Габале прошел саммит. Подписаны следующие "
                     "документы:\n- Габалинская декларация Организации тюркских государств.\n")
    assert len(proposal.instruments) == 1
    assert proposal.instruments[0].draft.signed_date is None
    assert proposal.meeting is None or proposal.meeting.start_date is None


def test_a_pasted_table_gives_each_row_its_sides_and_status():
    proposal = parse("29 июня 2021\n\nВ ходе визита подписаны документы:\n\n"
                     "№\tДокумент\tКыргызская сторона\tТуркменская сторона\n"
                     "1\tМеморандум о взаимопонимании\tМинистерство энергетики КР\t"
                     "Министерство энергетики Туркменистана\n"
                     "2\tМеморандум о взаимопонимании\tАкадемия государственного управления КР\t"
                     "Академия государственной службы Туркменистана\n")
    assert [i.draft.title for i in proposal.instruments] == ["Меморандум о взаимопонимании"] * 2
    assert [p.name for p in proposal.instruments[1].draft.parties] == [
        "Академия государственного управления КР", "Академия государственной службы "
        "Туркменистана"]


def test_a_table_row_says_whether_it_was_signed():
    proposal = parse("14 июня 2019\n\nОсновные документы саммита:\n\n"
                     "Документ\tУровень\tСтатус\n"
                     "Бишкекская декларация Совета глав государств\tГлавы государств\tподписана\n"
                     "План мероприятий по сотрудничеству в области экологии\tМинистры\t"
                     "утвержден\n"
                     "Соглашение о сотрудничестве в области туризма\tМинистры\tперенесено\n")
    assert [i.draft.title for i in proposal.instruments] == [
        "Бишкекская декларация Совета глав государств",
        "План мероприятий по сотрудничеству в области экологии"]


def test_a_sentence_that_only_lists_the_documents_after_the_count():
    proposal = parse("12 марта 2025\n\nПо итогам переговоров подписаны три документа. "
                     "Соглашение о сотрудничестве в области туризма, меморандум о "
                     "взаимопонимании между министерствами сельского хозяйства и протокол о "
                     "внесении изменений в Соглашение о воздушном сообщении от 5 мая 1997 "
                     "года.\n")
    assert [i.draft.kind for i in proposal.instruments] == [
        "agreement", "memorandum_of_understanding", "protocol"]
    assert count_note(proposal) == ""


def test_one_document_said_after_the_statement_is_not_taken_without_a_verb():
    proposal = parse("12 марта 2025\n\nПо итогам переговоров подписаны три документа о "
                     "туризме. Программа действует с 2015 года.\n")
    assert proposal.instruments == []


def test_a_sentence_of_also_and_names_takes_the_signing_before_it():
    proposal = parse("12 марта 2025\n\nГлавы государств подписали Совместное заявление. Также "
                     "Соглашение о безвизовых поездках и Протокол о консультациях.\n")
    assert [i.draft.kind for i in proposal.instruments] == ["joint_statement", "agreement",
                                                            "protocol"]


@pytest.mark.parametrize("text", [
    "Главы государств подписали Совместное заявление. Также Соглашение о безвизовых поездках "
    "предусматривает отмену виз.",
    "Планируется подписать Совместное заявление. Также Соглашение о безвизовых поездках и "
    "Протокол о консультациях.",
    "Главы государств обсудили сотрудничество. Также Соглашение о безвизовых поездках и "
    "Протокол о консультациях."])
def test_an_also_sentence_with_a_verb_or_after_no_signing_adds_nothing(text):
    proposal = parse("12 марта 2025\n\n" + text + "\n")
    assert "agreement" not in [i.draft.kind for i in proposal.instruments]



def listed(lines: str) -> list[str]:
    return [i.draft.title for i in parse("12 марта 2025\n\n" + lines).instruments]


@pytest.mark.parametrize("item", [
    "- Между Министерством экономики Кыргызской Республики и Министерством инвестиций "
    "Республики Узбекистан – Меморандум о сотрудничестве в сфере инвестиций;",
    "Министерство экономики Кыргызской Республики и Министерство инвестиций Республики "
    "Узбекистан – Меморандум о сотрудничестве в сфере инвестиций;"])
def test_a_list_item_that_names_the_sides_before_a_dash_names_the_document_after_it(item):
    assert listed("Подписаны документы:\n" + item + "\n- Соглашение о сотрудничестве в "
                  "области образования.\n") == [
        "Меморандум о сотрудничестве в сфере инвестиций",
        "Соглашение о сотрудничестве в области образования"]


def test_who_signed_a_listed_document_in_brackets_is_not_in_its_name():
    assert listed("В ходе визита подписаны документы:\n– Соглашение о сотрудничестве в "
                  "области образования (со стороны Кыргызстана документ подписал министр "
                  "образования);\n– Меморандум о сотрудничестве в сфере инвестиций – между "
                  "министерствами экономики.\n") == [
        "Соглашение о сотрудничестве в области образования",
        "Меморандум о сотрудничестве в сфере инвестиций между министерствами экономики"]


def test_names_after_the_signing_of_n_documents_are_put_in_the_nominative():
    assert listed("Итогом визита стало подписание четырех документов: соглашения о "
                  "сотрудничестве в области культуры, меморандума о сотрудничестве в сфере "
                  "спорта, протокола о консультациях и программы сотрудничества.\n") == [
        "Соглашение о сотрудничестве в области культуры",
        "Меморандум о сотрудничестве в сфере спорта", "Протокол о консультациях",
        "Программа сотрудничества"]


def test_an_also_sentence_ending_its_paragraph_takes_the_signing_before_it():
    assert listed("Министры подписали Совместное заявление. Кроме того, Соглашение о "
                  "сотрудничестве в области ветеринарии.\n\nСледующая встреча пройдет в мае.\n"
                  ) == ["Совместное заявление", "Соглашение о сотрудничестве в области ветеринарии"]


def test_a_list_under_a_title_and_a_dateline_takes_the_title_as_its_introduction():
    """«List of documents signed during ...», then «Seoul, 4 December 2024», then the items:
    the title says they were signed (before: the dateline said nothing, and none was taken)."""
    proposal = parse("List of documents signed during the official visit of the President of "
                     "the Kyrgyz Republic to the Republic of Korea\n\nSeoul, 4 December 2024\n\n"
                     "1) Intergovernmental agreement on cooperation in labour migration;\n"
                     "2) Memorandum of understanding on cooperation in health care.")
    assert [(i.draft.title, str(i.draft.signed_date)) for i in proposal.instruments] == [
        ("Agreement on cooperation in labour migration", "None"),
        ("Memorandum of understanding on cooperation in health care", "None")]
