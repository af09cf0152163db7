"""Parliaments as the sides of a Russian report (probe texts in our own words): a chamber named
short is named by its official name («Государственная Дума» of Russia, not of the home country),
«председатели парламентов A и B» stand for each country's parliament, a speaker for his chamber,
and a document on cooperation between parliaments is not the governments'."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[tuple[str, str | None]]]:
    proposal = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[(p.name, p.country) for p in i.draft.parties] for i in proposal.instruments]


@pytest.mark.parametrize("text, parties", [
    ("Председатель Государственной Думы Олег Петров и председатель Национального собрания "
     "Армении Арам Саакян подписали меморандум о сотрудничестве в области законотворчества.",
     [("Государственная Дума Федерального Собрания Российской Федерации", "RU"),
      ("Национальное собрание Республики Армения", "AM")]),
    ("Между Жогорку Кенешем и Национальным собранием Республики Корея подписан меморандум о "
     "взаимопонимании.",
     [("Жогорку Кенеш Кыргызской Республики", "KG"),
      ("Национальное собрание Республики Корея", "KR")]),
    ("Жогорку Кенеш и Милли Меджлис Азербайджана подписали соглашение об обмене опытом.",
     [("Жогорку Кенеш Кыргызской Республики", "KG"),
      ("Милли Меджлис Азербайджанской Республики", "AZ")]),
    ("Председатель Сената Парламента Казахстана Асет Нурлыбеков и председатель Совета "
     "Федерации Ирина Волкова подписали соглашение о сотрудничестве между палатами.",
     [("Сенат Парламента Республики Казахстан", "KZ"),
      ("Совет Федерации Федерального Собрания Российской Федерации", "RU")]),
    ("Председатели парламентов Кыргызстана и Узбекистана подписали меморандум об обмене "
     "делегациями.",
     [("Жогорку Кенеш Кыргызской Республики", "KG"),
      ("Олий Мажлис Республики Узбекистан", "UZ")]),
])
def test_a_parliament_is_named_by_its_official_name(text, parties):
    """(before: «Государственная Дума» and «Совет Федерации» of the Kyrgyz Republic, «Жогорку
    Кенеш» without its country, «Меджлис Азербайджанской Республики», «Парламенты Кыргызской
    Республики»)"""
    assert _parties(text) == [parties]


def test_a_speaker_signs_for_his_chamber():
    """(before: no side, or the chamber with the speaker's name)"""
    assert _parties("Спикер Мажилиса Парламента Казахстана Арман Сейтов и спикер Государственной "
                    "Думы Олег Петров подписали меморандум о сотрудничестве.") == [[
        ("Мажилис Парламента Республики Казахстан", "KZ"),
        ("Государственная Дума Федерального Собрания Российской Федерации", "RU")]]


def test_a_document_on_cooperation_between_parliaments_is_theirs():
    """(before: the two governments)"""
    text = ("Председатель Жогорку Кенеша Кыргызской Республики Азамат Бекешов провел встречу с "
            "Председателем Олий Мажлиса Республики Узбекистан Бахтиёром Нуриддиновым. "
            "Председатели подписали Соглашение о межпарламентском сотрудничестве.")
    assert _parties(text) == [[("Жогорку Кенеш Кыргызской Республики", "KG"),
                               ("Олий Мажлис Республики Узбекистан", "UZ")]]
