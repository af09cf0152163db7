"""Kyrgyz press releases read by their grammar (importers/press_release/kyrgyz): names in the
nominative whatever case the verb gave them, passive and active signing verbs, lists introduced
by a signing statement, parties from the name or the subject, amended instruments with their
dates, and no year where the text gives none. The texts are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from importers.press_release.kyrgyz import is_kyrgyz, reference
from models.countries import seeds


@pytest.fixture(scope="module")
def index():
    return CountryIndex(seeds())


def parse(text: str, index) -> dict:
    return as_json(parse_press_release(text, date(2026, 1, 1), index))


def test_passive_verb_genitive_parties_and_the_amended_agreement(index):
    out = parse("Астана, 2025-жылдын 12-мартында. Тараптар Кыргыз Республикасынын Өкмөтү менен "
                "Казакстан Республикасынын Өкмөтүнүн ортосундагы 2015-жылдын 24-декабрындагы "
                "эмгек миграциясы жөнүндө макулдашууга өзгөртүү киргизүү тууралуу протоколго "
                "кол коюшту.", index)
    [doc] = out["instruments"]
    assert doc["title"].endswith("макулдашууга өзгөртүү киргизүү тууралуу протокол")
    assert doc["signed_date"] is None  # a dateline's date alone is not the signing's
    assert [p["name"] for p in doc["parties"]] == ["Кыргыз Республикасынын Өкмөтү",
                                                    "Казакстан Республикасынын Өкмөтү"]
    assert doc["amends"] == {"title": "Кыргыз Республикасынын Өкмөтү менен Казакстан "
                                      "Республикасынын Өкмөтүнүн ортосундагы эмгек миграциясы "
                                      "жөнүндө макулдашуу", "date": "2015-12-24"}


@pytest.mark.parametrize("text, title, amends", [
    ("Бишкек, 2024-жылдын 3-майы. Сүйлөшүүлөрдүн жыйынтыгында 2019-жылы кол коюлган туризм "
     "тармагындагы кызматташтык жөнүндө макулдашууну өзгөртүү тууралуу протоколго кол коюлду.",
     "Туризм тармагындагы кызматташтык жөнүндө макулдашууну өзгөртүү тууралуу протокол",
     {"title": "Туризм тармагындагы кызматташтык жөнүндө макулдашуу", "date": "2019"}),
    ("Ташкент, 2023-жылдын 5-июну. Ошондой эле 2008-жылдын 10-октябрындагы эркин соода жөнүндө "
     "келишимге кошумча протокол кабыл алынды.",
     "2008-жылдын 10-октябрындагы эркин соода жөнүндө келишимге кошумча протокол",
     {"title": "Эркин соода жөнүндө келишим", "date": "2008-10-10"}),
    ("Бишкек, 2022-жылдын 1-июну. Андан тышкары, эки тарап 2014-жылы кол коюлган кредиттик "
     "макулдашуунун мөөнөтүн узартуу жөнүндө протоколго кол коюшту.",
     "Кредиттик макулдашуунун мөөнөтүн узартуу жөнүндө протокол",
     {"title": "Кредиттик макулдашуу", "date": "2014"}),
])
def test_amended_instruments_keep_their_own_date(index, text, title, amends):
    [doc] = parse(text, index)["instruments"]
    assert (doc["title"], doc["amends"]) == (title, amends)
    assert doc["signed_date"] != amends["date"]  # the new protocol's date is the meeting's


def test_list_under_a_signing_statement_and_subject_parties(index):
    out = parse("Бишкек, 2021-жылдын 3-сентябры. Эки өлкөнүн өкмөт башчыларынын "
                "жолугушуусунан кийин төмөнкү макулдашууларга кол коюлду:\n"
                "• туризм тармагындагы кызматташтык жөнүндө;\n"
                "• эл аралык автомобиль каттамдары жөнүндө.\n\n"
                "Ошондой эле Кыргыз Республикасынын Саламаттык сактоо министрлиги менен "
                "Өзбекстан Республикасынын Саламаттык сактоо министрлиги медицина "
                "тармагындагы кызматташтык жөнүндө меморандумга кол коюшту.", index)
    titles = [d["title"] for d in out["instruments"]]
    assert titles == ["Туризм тармагындагы кызматташтык жөнүндө макулдашуу",
                      "Эл аралык автомобиль каттамдары жөнүндө макулдашуу",
                      "Медицина тармагындагы кызматташтык жөнүндө меморандум"]
    assert [p["name"] for p in out["instruments"][2]["parties"]] == [
        "Кыргыз Республикасынын Саламаттык сактоо министрлиги",
        "Өзбекстан Республикасынын Саламаттык сактоо министрлиги"]
    assert out["instruments"][2]["kind"] == "memorandum_of_cooperation"


def test_among_them_and_the_two_countries_ministries(index):
    out = parse("Бишкек, 2025-жылдын 2-апрели. Сүйлөшүүлөрдөн кийин 5 документке кол коюлду. "
                "Алардын арасында Кыргыз Республикасынын Министрлер Кабинети менен Өзбекстан "
                "Республикасынын Министрлер Кабинетинин ортосундагы инвестицияларды өз ара "
                "коргоо жөнүндө макулдашуу жана эки өлкөнүн тышкы иштер министрликтеринин "
                "ортосундагы кызматташтык программасы бар.", index)
    first, second = out["instruments"]
    assert first["title"].endswith("инвестицияларды өз ара коргоо жөнүндө макулдашуу")
    assert second["title"] == "Кызматташтык программасы"
    assert [p["name"] for p in second["parties"]] == [
        "Кыргыз Республикасынын Тышкы иштер министрлиги",
        "Өзбекстан Республикасынын Тышкы иштер министрлиги"]


def test_planned_and_earlier_documents_are_not_drafts(index):
    out = parse("Бишкек, 2024-жылдын 4-ноябры. Жолугушууда 222 миллион долларлык алкактык "
                "макулдашууга кол коюу пландалууда. Эске салсак, эки өлкө 2019-жылы соода "
                "жөнүндө келишимге кол коюшкан.", index)
    assert out["instruments"] == []


def test_no_year_in_the_text_means_no_year(index):
    out = parse("Ош менен Шымкенттин ортосунда бир тууган шаарлар тууралуу меморандумга 13-мартта "
                "кол коюлду. Ош шаарынын мэриясы маалымдады.", index)
    [doc] = out["instruments"]
    assert doc["signed_date"] is None
    assert out["meeting"] is None or out["meeting"]["date"] is None
    assert [p["name"] for p in doc["parties"]] == ["Ош шаары", "Шымкент шаары"]


def test_kyrgyz_is_told_from_russian_and_empty_names_are_no_reference():
    assert is_kyrgyz("Кыргыз Республикасынын Энергетика министрлиги жана «Росатом» "
                     "корпорациясы тарабынан макулдашууга кол коюлду.")
    assert not is_kyrgyz("Стороны подписали соглашение о сотрудничестве в области энергетики "
                         "между министерствами двух стран.")
    assert reference("") is None


def test_bodies_joined_by_and_on_behalf_and_a_name_given_after_the_verb(index):
    [memo] = parse("Бишкек, 2024-жылдын 10-апрели. Кыргыз Республикасынын Билим берүү жана илим "
                   "министрлиги жана Кореянын Эл аралык кызматташтык агенттиги ортосунда "
                   "санариптик билим берүү боюнча меморандумга кол коюлду.",
                   index)["instruments"]
    assert memo["title"] == "Санариптик билим берүү боюнча меморандум"
    assert [p["name"] for p in memo["parties"]] == [
        "Кыргыз Республикасынын Билим берүү жана илим министрлиги",
        "Корея Республикасынын Эл аралык кызматташтык агенттиги"]  # (by its official name)
    [visa] = parse("Астана, 2023-жылдын 6-июну. Макулдашууга Кыргыз Республикасынын атынан "
                   "Тышкы иштер министри Жээнбек Кулубаев, Казакстан Республикасынын атынан "
                   "Тышкы иштер министри Мурат Нуртлеу кол коюшту. Бул Кыргыз Республикасы менен "
                   "Казакстан Республикасынын ортосундагы визалык режим жөнүндө макулдашуу.",
                   index)["instruments"]
    assert visa["title"] == ("Кыргыз Республикасы менен Казакстан Республикасынын ортосундагы "
                             "визалык режим жөнүндө макулдашуу")
    assert [p["name"] for p in visa["parties"]] == ["Кыргыз Республикасы",
                                                    "Казакстан Республикасы"]


def test_amending_some_provisions_and_extending_the_term(index):
    docs = parse("Бишкек, 2022-жылдын 8-июлу. Тараптар 1998-жылдын 9-июлундагы инвестицияларды "
                 "коргоо жөнүндө макулдашуунун айрым жоболоруна өзгөртүүлөрдү киргизүү жөнүндө "
                 "протоколго жана 2015-жылы кол коюлган туризм жөнүндө макулдашуунун колдонулуу "
                 "мөөнөтүн узартуу тууралуу протоколго кол коюшту.", index)["instruments"]
    assert [d["amends"] for d in docs] == [
        {"title": "Инвестицияларды коргоо жөнүндө макулдашуу", "date": "1998-07-09"},
        {"title": "Туризм жөнүндө макулдашуу", "date": "2015"}]
    assert [d["relation"] for d in docs] == ["amends", "extends"]


def test_protocol_of_two_countries_bodies(index):
    docs = parse("Бишкек, 28.08.20. /Кабар/. Кыргыз Республикасы менен Өзбекстан "
                 "Республикасынын өкмөттүк делегацияларынын 24–27-августта Ташкентте өткөн "
                 "сүйлөшүүлөрүнүн жыйынтыгында эки протоколго кол коюлду. Сүйлөшүүлөрдүн "
                 "соңунда топографиялык жумушчу топтордун протоколуна жана өкмөттүк "
                 "делегациялардын протоколуна кол коюлду.", index)["instruments"]
    assert [d["title"] for d in docs] == ["Топографиялык жумушчу топтордун протоколу",
                                          "Өкмөттүк делегациялардын протоколу"]
    assert [[p["name"] for p in d["parties"]] for d in docs] == [
        ["Кыргыз Республикасынын топографиялык жумушчу тобу",
         "Өзбекстан Республикасынын топографиялык жумушчу тобу"],
        ["Кыргыз Республикасынын өкмөттүк делегациясы",
         "Өзбекстан Республикасынын өкмөттүк делегациясы"]]
    assert {d["signed_date"] for d in docs} == {"2020-08"}  # some day of 24–27 August
