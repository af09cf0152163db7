"""Sides a Kyrgyz report names only through the people who signed (texts written for the
tests): a mayor for the city hall, a rector named with a first name ending like a case
(«Кудайберди»), a body named by its kind alone («университеттин ректору»), a minister's
foreign colleague («анын өзбекстандык кесиптеши»), the two countries' ministers after the name,
an embassy (its own state's), and the Kyrgyz short names «Орусия», «Беларусь», «Корея» in
their case forms."""

from __future__ import annotations

from tests.kyrgyz_texts import INDEX, names, parse

DATELINE = "Ош, 14-март, 2024-жыл. /Кабар/. "


def test_a_mayor_and_a_rector_sign_for_the_city_hall_and_the_university():
    [found] = parse(DATELINE + "Кызматташтык жөнүндө меморандумга Ош шаарынын мэри Жумабек "
                    "Сариев жана Ош технологиялык университетинин ректору Кудайберди Асанов "
                    "кол коюшту.")
    assert names(found) == ["Ош шаарынын мэриясы", "Ош технологиялык университети"]


def test_bodies_named_by_their_kind_alone_are_those_the_text_names():
    [found] = parse(DATELINE + "Ош шаарында жаштар саясаты боюнча меморандумга кол коюлду. "
                    "Меморандумга шаардын мэри Жумабек Сариев жана университеттин ректору "
                    "Канат Садыков кол коюшту. Документ Ош технологиялык университетинин "
                    "студенттерине практика өтөөгө мүмкүнчүлүк берет.")
    assert names(found) == ["Ош шаарынын мэриясы", "Ош технологиялык университети"]


def test_a_ministers_foreign_colleague_signs_for_the_same_ministry_of_his_country():
    [found] = parse(DATELINE + "Тышкы иштер министри Жээнбек Кулубаев жана анын өзбекстандык "
                    "кесиптеши Бахтиёр Саидов консулдук маселелер боюнча протоколго кол коюшту.")
    assert names(found) == ["Кыргыз Республикасынын Тышкы иштер министрлиги",
                            "Өзбекстан Республикасынын Тышкы иштер министрлиги"]


def test_the_two_countries_ministers_after_the_name():
    [found] = parse("Баку, 14-март, 2024-жыл. /Кабар/. Кыргызстан менен Азербайжандын "
                    "өкмөттөрү жолугушту. Энергетика тармагындагы кызматташтык жөнүндө "
                    "меморандумга эки өлкөнүн энергетика министрлери Парвиз Шахбазов менен "
                    "Таалайбек Ибраев кол коюшту.")
    assert " | ".join(names(found)).casefold() == (
        "кыргыз республикасынын энергетика министрлиги | "
        "азербайжан республикасынын энергетика министрлиги")


def test_an_embassy_is_its_own_states():
    [found] = parse(DATELINE + "Бишкек шаарынын мэриясы жана Корея Республикасынын "
                    "Кыргызстандагы элчилиги өз ара түшүнүшүү жөнүндө меморандумга кол коюшту.")
    assert found["title"] == "Өз ара түшүнүшүү жөнүндө меморандум"
    assert [(p["name"], p["country"]) for p in found["parties"]] == [
        ("Бишкек шаарынын мэриясы", "KG"),
        ("Корея Республикасынын Кыргызстандагы элчилиги", "KR")]


def test_kyrgyz_short_names_of_russia_belarus_and_korea_in_their_cases():
    assert [[m.code for m in INDEX.mentions(w)] for w in
            ("Орусиянын өкмөтү", "Беларустун элчилиги", "Кореянын компаниясы")] == [
        ["RU"], ["BY"], ["KR"]]


def test_signers_with_initials_keep_their_sentence_whole():
    after, before = parse(
        DATELINE + "Маданият тармагындагы кызматташтык жөнүндө меморандумга Кыргызстандын "
        "Маданият министри А. Максутов жана Казакстандын Маданият министри А. Балаева кол "
        "коюшту. Кыргызстандын Билим берүү министри Д. Кенжебаев жана Казакстандын Илим "
        "министри С. Нурбек илимий кызматташтык жөнүндө макулдашууга кол коюшту.")
    assert [f["title"] for f in (after, before)] == [
        "Маданият тармагындагы кызматташтык жөнүндө меморандум",
        "Илимий кызматташтык жөнүндө макулдашуу"]
    assert names(after) == ["Кыргыз Республикасынын Маданият министрлиги",
                            "Казакстан Республикасынын Маданият министрлиги"]
    assert names(before) == ["Кыргыз Республикасынын Билим берүү министрлиги",
                             "Казакстан Республикасынын Илим министрлиги"]


def test_together_with_a_partner():
    [found] = parse(DATELINE + "Маданият министрлиги Түркиянын ТИКА агенттиги менен бирге "
                    "кызматташтык жөнүндө меморандумга кол койду.")
    assert (found["title"], names(found)) == (
        "Кызматташтык жөнүндө меморандум",
        ["Кыргыз Республикасынын Маданият министрлиги", "Түркия Республикасынын ТИКА агенттиги"])
