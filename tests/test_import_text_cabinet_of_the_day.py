"""The Kyrgyz government is named as it was called on the day of the signing: a text of 2024
that writes «правительство Кыргызстана» or "the Government of Kyrgyzstan" speaks of the Cabinet
of Ministers (since 5 May 2021), one of 2019 of the Government. Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_the_government_named_after_may_2021_is_the_cabinet():
    assert _parties("Подписано соглашение\n\nОШ, 14 июня 2024 года. Правительство Кыргызстана и "
                    "правительство Таджикистана подписали соглашение о совместном использовании "
                    "пастбищ.") == [["Кабинет министров Кыргызской Республики",
                                     "Правительство Республики Таджикистан"]]
    assert _parties("Agreement signed\n\nOSH, June 14, 2024. The Government of Kyrgyzstan and the "
                    "Government of Tajikistan signed an agreement on shared use of pastures.") == [
        ["Cabinet of Ministers of the Kyrgyz Republic", "Government of the Republic of Tajikistan"]]


def test_the_government_named_before_may_2021_stays_the_government():
    assert _parties("Подписано соглашение\n\nОШ, 14 июня 2019 года. Правительство Кыргызстана и "
                    "правительство Таджикистана подписали соглашение о совместном использовании "
                    "пастбищ.") == [["Правительство Кыргызской Республики",
                                     "Правительство Республики Таджикистан"]]
