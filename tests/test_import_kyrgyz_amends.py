"""Kyrgyz protocols that amend an earlier instrument, as real agency and ministry reports name
them (texts written for the tests): the earlier one's date before its sides («2015-жылдын
12-июнундагы A менен Б ортосундагы ...»), «... жылы кол коюлган» before its name or its sides, a
name quoted before the kind word, an organisation's charter («Уставына»), and list items whose
amended instrument was «кол коюлган» earlier, which does not make the item an earlier one."""

from __future__ import annotations

from tests.kyrgyz_texts import names, parse

DATELINE = "Бишкек, 14-март, 2024-жыл. /Кабар/. "


def test_the_amended_ones_date_before_its_sides_is_not_the_signing_date():
    [found] = parse(DATELINE + "Тараптар 2015-жылдын 12-июнундагы Кыргыз Республикасынын Өкмөтү "
                    "менен Казакстан Республикасынын Өкмөтүнүн ортосундагы эл аралык автомобиль "
                    "каттамдары жөнүндө макулдашууга өзгөртүүлөрдү киргизүү жөнүндө протоколго "
                    "кол коюшту.")
    assert found["signed_date"] is None  # the dateline alone dates no signing
    assert found["amends"]["date"] == "2015-06-12"
    assert found["amends"]["title"].endswith("эл аралык автомобиль каттамдары жөнүндө макулдашуу")


def test_signed_in_a_year_before_the_sides_keeps_the_sides_as_states():
    [found] = parse(DATELINE + "Кыргызстан менен Түркиянын ортосунда 2013-жылы кол коюлган "
                    "инвестицияларды өз ара коргоо жөнүндө келишимге өзгөртүү жана "
                    "толуктоолорду киргизүү тууралуу протоколго кол коюлду.")
    assert (found["amends"]["title"], found["amends"]["date"]) == (
        "Инвестицияларды өз ара коргоо жөнүндө келишим", "2013")
    assert names(found) == ["Кыргыз Республикасы", "Түркия Республикасы"]


def test_countries_in_their_short_names_before_between_are_the_states():
    [found] = parse(DATELINE + "Кыргызстан менен Өзбекстандын ортосунда туризм тармагындагы "
                    "кызматташтык жөнүндө макулдашууга кол коюлду.")
    assert names(found) == ["Кыргыз Республикасы", "Өзбекстан Республикасы"]


def test_subject_countries_then_the_amended_ones_year_and_participle():
    [found] = parse(DATELINE + "Кыргызстан менен Өзбекстан 2017-жылы түзүлгөн кош салык "
                    "салуудан качуу жөнүндө келишимге өзгөртүүлөрдү киргизүү тууралуу протоколго "
                    "кол коюшту.")
    assert found["title"].startswith("Кош салык салуудан")
    assert found["amends"]["date"] == "2017"
    assert names(found) == ["Кыргыз Республикасынын Министрлер Кабинети",
                            "Өзбекстан Республикасынын Өкмөтү"]


def test_a_quoted_name_and_a_charter_are_amended():
    quoted, charter = parse(
        DATELINE + "Тараптар «Эл аралык автомобиль каттамдары жөнүндө макулдашууга "
        "өзгөртүүлөрдү киргизүү жөнүндө» протоколго кол коюшту. Ошондой эле Кыргыз-Түрк «Манас» "
        "университетинин Уставына өзгөртүүлөрдү киргизүү тууралуу макулдашууга кол коюлду.")
    assert quoted["amends"]["title"] == "Эл аралык автомобиль каттамдары жөнүндө макулдашуу"
    assert charter["amends"]["title"] == "Кыргыз-Түрк Манас университетинин Уставы"


def test_list_items_amending_instruments_signed_earlier_are_signed_now():
    found = parse(DATELINE + "Жолугушуунун жыйынтыгында төмөнкү документтерге кол коюлду:\n"
                  "1) 2016-жылдын 25-декабрында Астанада кол коюлган туризм жөнүндө "
                  "макулдашуунун айрым беренелерине өзгөртүүлөрдү киргизүү жөнүндө протокол;\n"
                  "2) 2007-жылы Бишкекте кол коюлган эки өлкөнүн ортосундагы кош салык салууга "
                  "жол бербөө жөнүндө келишимге өзгөртүүлөрдү киргизүү жөнүндө протокол.")
    assert [(f["amends"]["title"], f["amends"]["date"], f["signed_date"]) for f in found] == [
        ("Туризм жөнүндө макулдашуу", "2016-12-25", None),
        ("Кош салык салууга жол бербөө жөнүндө келишим", "2007", None)]


def test_the_amended_ones_name_before_its_date_and_participle_stays_whole():
    [found] = parse(DATELINE + "Тараптар эл аралык автомобиль каттамдары жөнүндө 2010-жылы "
                    "Астанада кол коюлган макулдашууга кошумча протоколго кол коюшту.")
    assert (found["amends"]["title"], found["amends"]["date"]) == (
        "Эл аралык автомобиль каттамдары жөнүндө макулдашуу", "2010")
    assert found["signed_date"] is None  # the dateline alone dates no signing


def test_the_participle_is_no_part_of_the_amended_ones_title():
    [found] = parse(DATELINE + "Тараптар 2010-жылы кол коюлган Кыргыз Республикасы менен "
                    "Казакстан Республикасынын ортосундагы мамлекеттик чек ара жөнүндө "
                    "келишимге кошумча протоколго кол коюшту.")
    assert (found["amends"]["title"], found["amends"]["date"]) == (
        "Кыргыз Республикасы менен Казакстан Республикасынын ортосундагы мамлекеттик чек ара "
        "жөнүндө келишим", "2010")


def test_other_words_for_changes_and_a_protocol_to_an_agreement():
    changes, corrections, to_it = parse(
        DATELINE + "Тараптар 2015-жылдын 12-июнундагы туризм жөнүндө макулдашууга "
        "өзгөрүүлөрдү киргизүү тууралуу протоколго кол коюшту. Ошондой эле соода жөнүндө "
        "макулдашууга түзөтүүлөрдү киргизүү жөнүндө протоколго кол коюлду. Мындан тышкары "
        "2008-жылдагы транзит жөнүндө макулдашууга карата протоколго кол коюлду.")
    assert [(f["relation"], f["amends"]["title"], f["amends"]["date"])
            for f in (changes, corrections, to_it)] == [
        ("amends", "Туризм жөнүндө макулдашуу", "2015-06-12"),
        ("amends", "Соода жөнүндө макулдашуу", None),
        ("supplements", "Транзит жөнүндө макулдашуу", "2008")]


def test_an_amended_instrument_the_text_does_not_name_is_not_given():
    [found] = parse(DATELINE + "Тараптар 2010-жылы кол коюлган макулдашууга өзгөртүү "
                    "киргизүүчү протоколго кол коюшту.")
    assert found["amends"] is None


def test_a_protocol_to_an_agreement_named_in_the_dative_before_it():
    found = parse(DATELINE + "Тараптар 2015-жылдын 12-июнундагы Кыргыз Республикасынын Өкмөтү "
                  "менен Казакстан Республикасынын Өкмөтүнүн ортосундагы эл аралык автомобиль "
                  "каттамдары жөнүндө макулдашууга протоколго, туризм жөнүндө макулдашууга жана "
                  "биргелешкен декларацияга кол коюшту.")
    assert [(f["kind"], f["signed_date"]) for f in found] == [
        ("protocol", None), ("agreement", None), ("declaration", None)]
    assert (found[0]["relation"], found[0]["amends"]["date"]) == ("supplements", "2015-06-12")
    assert found[0]["amends"]["title"].endswith("эл аралык автомобиль каттамдары жөнүндө макулдашуу")


def test_earlier_said_of_the_amended_one_inside_the_name_is_no_earlier_signing():
    [found] = parse(DATELINE + "Тараптар мурда Астанада кол коюлган туризм жөнүндө макулдашууга "
                    "өзгөртүүлөрдү киргизүү тууралуу протоколго кол коюшту.")
    assert (found["kind"], found["amends"]["title"]) == ("protocol", "Туризм жөнүндө макулдашуу")
    assert parse(DATELINE + "Мурда тараптар туризм жөнүндө макулдашууга кол коюшту.") == []
