"""A party is named with the official Russian spelling of the Kyrgyz Republic, not the
«Киргизия», «Киргизская Республика» of Russian media (a title keeps the text's words). Probe
texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_the_kyrgyz_republic_by_its_official_spelling():
    assert _parties("Подписан меморандум\n\nКАЗАНЬ, 9 апреля 2025 года. Подписан меморандум между "
                    "Министерством культуры Киргизской Республики и Министерством культуры "
                    "Республики Татарстан о гастролях театров.") == [
        ["Министерство культуры Кыргызской Республики",
         "Министерство культуры Республики Татарстан"]]
    assert _parties("Подписан меморандум\n\nКАЗАНЬ, 9 апреля 2025 года. Государственное агентство "
                    "по туризму Киргизии и компания «Волга Тур» подписали меморандум о турах "
                    "выходного дня.")[0][0] == \
        "Государственное агентство по туризму Кыргызской Республики"
