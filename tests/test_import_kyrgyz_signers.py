"""Who signed a document in a Kyrgyz report (texts written for the tests): a subject and its
partner «A B менен ... кол койду» (universities, ministries, a company by its legal form), the
signers said after the name or in the next sentence («Документке кыргыз тараптан ... министри
..., өзбек тараптан ...»), a bracketed abbreviation after a side, and a ministry named without
its country beside a foreign side."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())
DATELINE = "Бишкек, 3-май, 2024-жыл. /Кабар/. "


def parse(text: str) -> list[dict]:
    return as_json(parse_press_release(text, date(2026, 1, 15), INDEX))["instruments"]


def names(found: dict) -> list[str]:
    return [p["name"] for p in found["parties"]]


@pytest.mark.parametrize("words, title, parties", [
    ("Кыргыз улуттук университети Казан федералдык университети менен академиялык "
     "кызматташтык жөнүндө меморандумга", "Академиялык кызматташтык жөнүндө меморандум",
     ["Кыргыз улуттук университети", "Казан федералдык университети"]),
    ("Кыргыз Республикасынын Билим берүү жана илим министрлиги Түркия Республикасынын Улуттук "
     "билим берүү министрлиги менен кесиптик билим берүү тармагындагы кызматташтык тууралуу "
     "протоколго", "Кесиптик билим берүү тармагындагы кызматташтык тууралуу протокол",
     ["Кыргыз Республикасынын Билим берүү жана илим министрлиги",
      "Түркия Республикасынын Улуттук билим берүү министрлиги"]),
    ("Энергетика министрлиги «Газпром Кыргызстан» ЖЧКсы менен газ менен камсыздоо боюнча "
     "келишимге", "Газ менен камсыздоо боюнча келишим",
     ["Кыргыз Республикасынын Энергетика министрлиги", "«Газпром Кыргызстан» ЖЧКсы"]),
])
def test_the_subject_and_its_partner_with_menen(words, title, parties):
    [found] = parse(DATELINE + words + " кол койду.")
    assert (found["title"], names(found)) == (title, parties)


def test_signers_in_the_next_sentence_by_their_side():
    [found] = parse(DATELINE + "Эки өлкөнүн ортосунда соода-экономикалык кызматташтыкты "
                    "өнүктүрүү боюнча жол картасына кол коюлду. Документке кыргыз тараптан "
                    "Экономика жана коммерция министри Данияр Амангелдиев, өзбек тараптан "
                    "Инвестициялар, өнөр жай жана соода министри Лазиз Кудратов кол койду.")
    assert names(found) == ["Кыргыз Республикасынын Экономика жана коммерция министрлиги",
                            "Өзбекстан Республикасынын Инвестициялар, өнөр жай жана соода "
                            "министрлиги"]


def test_signers_after_the_name_in_its_own_sentence_and_by_country():
    first, second = parse(
        DATELINE + "Соода боюнча жол картасына кыргыз тараптан экономика министри Данияр "
        "Амангелдиев, казак тараптан соода министри Арман Шаккалиев кол коюшту. Тараптар "
        "медицина тармагындагы кызматташтык жөнүндө меморандумга да кол коюшту. Документке "
        "Кыргызстандын Саламаттык сактоо министри Алымкадыр Бейшеналиев жана Казакстандын "
        "Саламаттык сактоо министри Ажар Гиният кол коюшту.")
    assert names(first) == ["Кыргыз Республикасынын Экономика министрлиги",
                            "Казакстан Республикасынын Соода министрлиги"]
    assert names(second) == ["Кыргыз Республикасынын Саламаттык сактоо министрлиги",
                             "Казакстан Республикасынын Саламаттык сактоо министрлиги"]


def test_a_bracketed_abbreviation_after_a_side_is_left_out():
    [found] = parse(DATELINE + "Кыргызстандын Финансы министрлиги менен Европа реконструкция "
                    "жана өнүктүрүү банкынын (ЕРӨБ) ортосунда насыя макулдашуусуна кол коюлду.")
    assert names(found) == ["Кыргыз Республикасынын Финансы министрлиги",
                            "Европа реконструкция жана өнүктүрүү банкы"]
