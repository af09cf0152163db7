"""Protocols of sessions and meetings in Kyrgyz reports (texts written for the tests): a session's
protocol of a council of two peoples' governments, a bare «протокол» of the two countries'
working groups or of two delegations each led by someone of its country; «макулдашууга
жетишишти» (they came to an agreement) is no document, and the session a document was signed
at is not in its name."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import parse_press_release
from tests.kyrgyz_texts import INDEX, names, parse


@pytest.mark.parametrize("words, other", [
    ("Кыргыз-өзбек өкмөттөр аралык комиссиясынын 15-отуруму өттү. Отурумдун жыйынтыгы боюнча "
     "протоколго кол коюлду.", "Өзбекстан Республикасынын Өкмөтү"),
    ("Кыргыз-тажик өкмөттөр аралык комиссиясынын тең төрагалары соода-экономикалык "
     "кызматташтык боюнча протоколго кол коюшту.", "Тажикстан Республикасынын Өкмөтү"),
])  # (the co-chairs sign a protocol named by its topic for the governments too)
def test_a_councils_session_protocol_is_the_two_governments(words, other):
    [found] = parse("Бишкек, 3-май, 2024-жыл. " + words)
    assert names(found) == ["Кыргыз Республикасынын Министрлер Кабинети", other]


def test_a_bare_protocol_of_the_two_countries_working_groups():
    [found] = parse("Бишкек, 21.08.23. /Кабар/. Кыргыз-тажик комиссиясынын курамындагы эки "
                    "өлкөнүн өкмөттүк делегацияларынын топографиялык жумушчу топтору Баткенде "
                    "жолугушту. Жолугушуунун жыйынтыгы боюнча тиешелүү протоколго кол коюлду.")
    assert found["title"] == "Протокол"
    assert names(found) == [
        "Кыргыз Республикасынын өкмөттүк делегациясынын топографиялык жумушчу тобу",
        "Тажикстан Республикасынын өкмөттүк делегациясынын топографиялык жумушчу тобу"]


def test_the_heads_of_delegations_meeting_is_not_a_body_of_its_own():
    [found] = parse("Бишкек, 3-май, 2024-жыл. Кыргызстан менен Тажикстандын өкмөттүк "
                    "делегацияларынын башчылары жолугушту. Жолугушуунун жыйынтыгында тиешелүү "
                    "протоколго кол коюлду.")
    assert "делегациясынын башчысы" not in " ".join(names(found))


def test_a_bare_protocol_of_two_delegations_each_led_by_its_countrys_minister():
    [found] = parse("Ташкент, 22.04.19. /Кабар/. Кыргызстандын вице-премьер-министри Ж. Разаков "
                    "жетектеген өкмөттүк делегация менен Казакстандын вице-министри А. Омаров "
                    "жетектеген делегациянын жолугушуусу Ташкентте өттү. Сүйлөшүүлөрдүн "
                    "жыйынтыгы боюнча протоколго кол коюлду.")
    assert names(found) == ["Кыргыз Республикасынын өкмөттүк делегациясы",
                            "Казакстан Республикасынын өкмөттүк делегациясы"]


def test_coming_to_an_agreement_is_no_document_and_the_session_is_not_in_the_name():
    found = parse("Бишкек, 3-май, 2024-жыл. Өкмөттөр аралык комиссиянын отурумунда соода "
                  "боюнча макулдашууга кол коюлду. Тараптар ошондой эле биргелешкен жумушчу топ "
                  "түзүү жөнүндө макулдашууга жетишишти.")
    assert [f["title"] for f in found] == ["Соода боюнча макулдашуу"]


def test_delegations_named_by_their_countries_with_a_topic_between():
    [found] = parse("Ош, 2-июнь, 2025-жыл. Кыргызстан менен Тажикстандын суу ресурстарын "
                    "бөлүштүрүү боюнча өкмөттүк делегацияларынын жумушчу топтору Ош шаарында "
                    "жолугушту. Жолугушуунун жыйынтыгында протоколго кол коюлду.")
    assert names(found) == [
        "Кыргыз Республикасынын өкмөттүк делегациясынын жумушчу тобу",
        "Тажикстан Республикасынын өкмөттүк делегациясынын жумушчу тобу"]


def test_a_protocol_reported_as_signed_at_the_meetings_end_and_an_earlier_one():
    text = ("Кыргызстан менен Казакстан делегациялары Бишкекте жолугушту. 2008-жылы 5-майда "
            "эки өлкөнүн өкмөттөрү чек ара тилкеси боюнча протокол бекитишкен. Жолугушуунун "
            "жыйынтыгында тиешелүү протоколго кол коюлган.")
    [found] = parse(text)
    assert (found["title"], found["signed_date"]) == ("Протокол", None)
    assert names(found) == ["Кыргыз Республикасынын делегациясы",
                            "Казакстан Республикасынын делегациясы"]
    meeting = parse_press_release(text, date(2026, 1, 15), INDEX).meeting
    assert meeting.start_date is None  # (2008 is the earlier protocol's)


def test_an_agreement_not_yet_signed_is_not_signed():
    assert parse("Бишкек, 3-май, 2024-жыл. Тараптар чек ара режими жөнүндө макулдашууну "
                 "талкуулашты. Бул макулдашууга азырынча кол коюла элек.") == []


def test_each_countrys_body_of_a_plural_chain_is_singular_throughout():
    [found] = parse("Бишкек, 3-май, 2024-жыл. Кыргызстан менен Өзбекстандын өкмөттүк "
                    "делегацияларынын жумушчу топтору протоколго кол коюшту.")
    assert [n.casefold() for n in names(found)] == [
        "кыргыз республикасынын өкмөттүк делегациясынын жумушчу тобу",
        "өзбекстан республикасынын өкмөттүк делегациясынын жумушчу тобу"]
