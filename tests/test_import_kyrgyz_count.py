"""The count a Kyrgyz text announces («7 документке кол коюлду», «жети документке», a headline
«... 5 документке кол коюшту») is the proposal's and the review compares it with the number of
documents found («в тексте сказано 3, найдено 2»)."""

from __future__ import annotations

from datetime import date

import pytest

from i18n import language
from importers.press_release import CountryIndex, count_note, parse_press_release
from importers.press_release.kyrgyz import announced_count
from models.countries import seeds
from tests.kyrgyz_texts import parse

INDEX = CountryIndex(seeds())


@pytest.mark.parametrize("text, count", [
    ("Сүйлөшүүлөрдүн жыйынтыгында 7 документке кол коюлду.", 7),
    ("Тараптар жети документке кол коюшту. Алардын арасында ...", 7),
    ("Кыргызстан менен Азербайжан 10 эки тараптуу документке кол коюшту.", 10),
    ("Жалпысынан он эки документ кабыл алынды.", 12),
    ("Делегациялардын сүйлөшүүлөрүнүн жыйынтыгында эки протоколго кол коюлду.", 2),
    ("Үч макулдашууга жана эки меморандумга кол коюлду.", 5),
    ("Эки өлкөнүн ортосундагы документтерге кол коюлду.", None),  # two countries
    ("Эки тараптуу документтердин пакетине кол коюлду.", None),  # bilateral
    ("Бир катар документтерге кол коюлду.", None),  # a number of them
    ("Сапардын алкагында 10 документке кол коюлат.", None),  # planned
    ("Депутаттар дагы эки документти ратификациялоону колдошту.", None),  # ratified
    ("2024-жылы кол коюлган документтер.", None),  # a year
])
def test_the_kyrgyz_announced_count(text, count):
    assert announced_count(text) == count


def test_a_headline_count_when_the_body_gives_none():
    text = ("Кыргызстан менен Казакстан 5 документке кол коюшту\n\n"
            "Бишкек, 3-июнь 2023-жыл. Жыйындын жыйынтыгы боюнча бир катар документтерге кол "
            "коюлду.\n")
    assert announced_count(text, text.index("Бишкек")) == 5


def test_the_review_says_the_kyrgyz_text_announces_more_than_found():
    text = ("Бишкек, 12-март, 2024-жыл. /Кабар/. Кыргыз Республикасынын Президенти менен "
            "Өзбекстан Республикасынын Президентинин сүйлөшүүлөрүнүн жыйынтыгында 3 документке "
            "кол коюлду.\n\nАлардын арасында энергетика тармагындагы кызматташтык жөнүндө "
            "макулдашуу жана туризмди өнүктүрүү боюнча жол картасы бар.\n")
    proposal = parse_press_release(text, date(2026, 1, 15), INDEX)
    assert proposal.announced == 3 and len(proposal.instruments) == 2
    with language("ru"):
        assert count_note(proposal) == "в тексте сказано 3, найдено 2"
    with language("ky"):
        assert count_note(proposal) == "текстте 3 деп айтылат, 2 табылды"


@pytest.mark.parametrize("count", ["9", "бир катар", "бир нече"])
def test_documents_named_after_a_count_in_the_singular_are_all_signed(count):
    """Kyrgyz keeps the noun singular after a number («9 документке кол коюлду»): the next
    sentence's names are all signed there, not only the first."""
    text = (f"Ташкент, 2025-жылдын 14-марты. Сүйлөшүүлөрдүн жыйынтыгы боюнча {count} документке "
            "кол коюлду. Атап айтканда, эл аралык автомобиль каттамдары жөнүндө макулдашуу, "
            "темир жол тармагындагы кызматташтык тууралуу меморандум, ошондой эле стратегиялык "
            "өнөктөштүктү тереңдетүү жөнүндө биргелешкен билдирүү.")
    assert [d["kind"] for d in parse(text)] == ["agreement", "memorandum_of_cooperation",
                                                "joint_statement"]


def test_one_document_signed_then_others_named_gives_one():
    text = ("Ташкент, 2025-жылдын 14-марты. Сүйлөшүүлөрдүн жыйынтыгы боюнча документке кол "
            "коюлду. Бул эл аралык автомобиль каттамдары жөнүндө макулдашуу. Ошондой эле "
            "темир жол тармагындагы кызматташтык тууралуу меморандумду даярдоо талкууланды.")
    assert [d["kind"] for d in parse(text)] == ["agreement"]


@pytest.mark.parametrize("intro", ["Алардын катарында:", "Алардын арасында:"])
def test_a_list_under_a_line_that_goes_on_about_the_documents_signed(intro):
    """«... бир катар документтерге кол коюлду. Алардын катарында:» over a list: the items were
    signed there (the verb is in the sentence before the line introducing them); a list under
    a line that only plans gives none."""
    items = ("\n- туризм тармагындагы кызматташтык жөнүндө макулдашуу;\n- маданият жаатындагы "
             "кызматташтык программасы.")
    signed = f"Душанбе, 22-август 2025-жыл. Жыйындын жыйынтыгында бир катар документтерге кол " \
             f"коюлду. {intro}{items}"
    assert [d["kind"] for d in parse(signed)] == ["agreement", "programme"]
    planned = f"Душанбе, 22-август 2025-жыл. Жыйындын жүрүшүндө бир катар документтерге кол " \
              f"коюу пландалууда. {intro}{items}"
    assert parse(planned) == []


@pytest.mark.parametrize("header", ["Меморандумдар:", "Кол коюлган документтер:"])
def test_a_list_under_a_kind_header_spaced_by_blank_lines(header):
    """«... үч меморандумга кол коюлду.» then a paragraph, then «Меморандумдар:» over items
    parted by blank lines: every item was signed (the header only names their kind); the
    signing said of plans gives none."""
    items = ("\n\n- суу чарбасы жаатындагы кызматташтык жөнүндө өз ара түшүнүшүү меморандуму;"
             "\n\n- китепканалардын ортосундагы кызматташтык тууралуу меморандум;\n\n- жаштар "
             "саясаты боюнча өз ара түшүнүшүү меморандуму.")
    said = "Ташкент, 4-март, 2025-жыл. Сапардын алкагында үч меморандумга {verb}.\n\nБул " \
           "тууралуу министрликтин басма сөз кызматы кабарлады.\n\n" + header + items
    found = parse(said.format(verb="кол коюлду"))
    assert [d["title"] for d in found] == [
        "Суу чарбасы жаатындагы кызматташтык жөнүндө өз ара түшүнүшүү меморандуму",
        "Китепканалардын ортосундагы кызматташтык тууралуу меморандум",
        "Жаштар саясаты боюнча өз ара түшүнүшүү меморандуму"]
    if header == "Меморандумдар:":  # (a header «Кол коюлган ...» says they were signed)
        assert parse(said.format(verb="кол коюу пландалууда")) == []


def test_documents_counted_by_their_worth_alone_are_not_proposed():
    assert parse("Ош, 3-октябрь, 2024-жыл. Инвестициялык форумдун жүрүшүндө жалпы наркы 500 "
                 "миллион долларлык 30 келишимге кол коюлду. Алар курулуш жана туризм "
                 "тармактарын камтыйт.") == []


def test_a_count_before_the_names_words_is_no_document_of_its_own():
    """«... беш өз ара түшүнүшүү меморандумуна кол коюлду» over a list of the five: the count
    is the text's (for the review), not a sixth document; an item for a body («X борбору
    үчүн ...») keeps the body in its name."""
    text = ("Ханой, 2-июнь, 2024-жыл. Вьетнам менен Лаостун ортосунда үч өз ара түшүнүшүү "
            "меморандумуна кол коюлду. Документтер:\n- ТИЙЕН борбору үчүн окуу жабдууларын "
            "берүү жөнүндө өз ара түшүнүшүү меморандуму;\n- туризм жаатындагы өз ара "
            "түшүнүшүү меморандуму;\n- маданият жаатындагы өз ара түшүнүшүү меморандуму.")
    assert [d["title"] for d in parse(text)] == [
        "ТИЙЕН борбору үчүн окуу жабдууларын берүү жөнүндө өз ара түшүнүшүү меморандуму",
        "Туризм жаатындагы өз ара түшүнүшүү меморандуму",
        "Маданият жаатындагы өз ара түшүнүшүү меморандуму"]
    assert announced_count(text) == 3
