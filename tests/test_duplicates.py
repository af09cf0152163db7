"""The rule that tells one instrument from two (models.duplicates, models.wording): pure, no
database, no window."""

from __future__ import annotations

from datetime import date

import pytest

from models.countries import seeds
from models.duplicates import compare, facts
from models.wording import GOVERNMENT, Wording

WORDING = Wording(seeds())
DAY = date(2025, 11, 26)
KG_RU = [("Кабинет министров Кыргызской Республики", "KG"),
         ("Правительство Российской Федерации", "RU")]
MIGRATION = ("Соглашение между Кабинетом министров Кыргызской Республики и Правительством "
             "Российской Федерации о правовом статусе представительств компетентных органов по "
             "вопросам внутренних дел и миграции в Кыргызской Республике и Российской Федерации")


def record(title, kind="agreement", signed=DAY, precision="day", parties=KG_RU, **more):
    return facts(WORDING, title=title, kind=kind, signed_date=signed, precision=precision,
                 parties=parties, **more)


def keys(text):
    return [w.key for w in WORDING.words(text)]


def test_countries_read_as_codes_in_any_form_and_language():
    assert keys("между КР и РФ") == ["между", "KG", "и", "RU"]
    assert keys("между Кыргызской Республикой и Российской Федерацией") == \
        ["между", "KG", "и", "RU"]
    assert keys("the Kyrgyz Republic and the Russian Federation") == \
        ["the", "KG", "and", "the", "RU"]
    assert keys("Кыргыз Республикасынын Өкмөтү менен Казакстан Республикасынын") == \
        ["KG", GOVERNMENT, "менен", "KZ"]


def test_every_name_of_a_government_is_one_word():
    assert keys("кабинетом министров") == keys("Правительством") == keys("Government") == \
        [GOVERNMENT]
    assert WORDING.body_key("Правительство Кыргызской Республики") == \
        WORDING.body_key("Кабинет министров КР") == (GOVERNMENT, "KG")


@pytest.mark.parametrize("name, code", [
    ("Правительство Республики Казахстан", "KZ"),
    ("Министерство иностранных дел КР", "KG"),
    ("Министерство здравоохранения Российской Федерации", "RU"),
    ("АО «Почта России»", "RU"),
    ("Ministry of Foreign Affairs of the Republic of Uzbekistan", "UZ"),
    ("Всемирный банк", None),
])
def test_the_country_of_a_body_is_read_from_its_name(name, code):
    assert WORDING.country_of(name) == code


def test_dates_in_titles_agree_whatever_their_form():
    assert [k for k in keys("от 20 июня 2017 года") if k.isdigit()] == \
        [k for k in keys("от 20.06.2017") if k.isdigit()] == ["20", "6", "2017"]


def test_press_release_wording_is_the_official_title():
    release = record("Соглашение между кабинетом министров КР и правительством РФ о правовом "
                     "статусе представительств компетентных органов по вопросам внутренних дел "
                     "и миграции в КР и РФ",
                     parties=[("Кабинет министров КР", "KG"), ("Правительство РФ", "RU")])
    found = compare(release, record(MIGRATION))
    assert found is not None and found.similarity == 1.0
    assert found.same_kind and found.same_day and found.same_parties


def test_documents_of_one_meeting_between_the_same_parties_are_two():
    campus = record("Соглашение между Кабинетом министров Кыргызской Республики и "
                    "Правительством Российской Федерации об условиях строительства в "
                    "Кыргызской Республике кампуса КРСУ")
    assert compare(campus, record(MIGRATION)) is None
    short = record("Соглашение о сотрудничестве в области образования")
    assert compare(short, record("Соглашение о сотрудничестве в области торговли")) is None


def test_kind_date_and_countries_must_agree():
    assert compare(record(MIGRATION), record(MIGRATION, kind="protocol")) is None
    assert compare(record(MIGRATION), record(MIGRATION, signed=date(2025, 11, 27))) is None
    other = [("Кабинет министров КР", "KG"), ("Правительство Республики Казахстан", "KZ")]
    assert compare(record(MIGRATION), record(MIGRATION, parties=other)) is None
    assert compare(record(MIGRATION), record(MIGRATION, kind="other")) is not None


def test_a_date_known_to_the_month_or_year_matches_within_it_and_wants_closer_titles():
    month = record(MIGRATION, signed=date(2025, 11, 1), precision="month")
    assert compare(record(MIGRATION), month) is not None
    assert compare(record(MIGRATION, signed=date(2025, 12, 26)), month) is None
    year = record(MIGRATION, signed=date(2025, 1, 1), precision="year")
    assert compare(record(MIGRATION, signed=date(2025, 3, 3)), year) is not None
    # Two thirds of the words in common do on the same day, not within a year.
    a = "Соглашение о сотрудничестве в области образования и науки"
    b = "Соглашение о сотрудничестве в области образования"
    assert compare(record(a), record(b)) is not None
    assert compare(record(a, signed=date(2025, 1, 1), precision="year"), record(b)) is None


def test_numbers_tell_otherwise_alike_titles_apart():
    base = "Amendments To Annex {} Of The Convention On The Conservation Of Migratory Species"
    none = []
    assert compare(record(base.format("I"), parties=none),
                   record(base.format("II"), parties=none)) is None
    assert compare(record(base.format("I"), parties=none),
                   record(base.format("I"), parties=none)) is not None
    programme = "Программа сотрудничества в области культуры на {} годы"
    assert compare(record(programme.format("2024–2026"), kind="programme"),
                   record(programme.format("2027–2029"), kind="programme")) is None


def test_titles_naming_other_countries_are_two_instruments():
    a = record("Agreement between the Kyrgyz Republic and Kazakhstan on air services",
               parties=[])
    b = record("Agreement between the Kyrgyz Republic and Uzbekistan on air services",
               parties=[])
    assert compare(a, b) is None


def test_titles_in_other_languages_are_compared_too():
    a = record("Соглашение о воздушном сообщении",
               other_titles=["Agreement on air services"])
    b = record("Agreement on Air Services")
    assert compare(a, b) is not None
