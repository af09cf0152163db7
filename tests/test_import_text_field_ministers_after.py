"""«(Документ) подписали министры образования» after the document, the countries said only by the
meeting: the two countries' ministries of that field (the same words before the document were
read already). Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_ministers_of_a_field_in_the_next_sentence():
    assert _parties("Образование\n\nБИШКЕК, 3 марта 2025. В ходе визита делегации Узбекистана в "
                    "Бишкеке подписан меморандум о сотрудничестве в сфере образования. Документ "
                    "подписали министры образования Догдургуль Кендирбаева и Конгратбай "
                    "Шарипов.") == [
        ["Министерство образования Кыргызской Республики",
         "Министерство образования Республики Узбекистан"]]
    assert _parties("Энергетика\n\n3 марта 2025 года в ходе переговоров президентов Кыргызстана и "
                    "Казахстана подписана дорожная карта. Её подписали министры энергетики.") == [
        ["Министерство энергетики Кыргызской Республики",
         "Министерство энергетики Республики Казахстан"]]


def test_the_headline_names_the_countries():
    assert _parties("Кыргызстан и Турция подписали меморандум о сотрудничестве в сфере образования"
                    "\n\nБИШКЕК, 3 марта 2025. Сегодня в Бишкеке состоялась церемония подписания "
                    "меморандума о сотрудничестве в сфере образования. Документ подписали министры "
                    "образования.") == [
        ["Министерство образования Кыргызской Республики",
         "Министерство образования Турецкой Республики"]]
