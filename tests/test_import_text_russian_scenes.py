"""Russian reports that say on what occasion before the document («По итогам переговоров
Совместная декларация ... подписана», «подписали по итогам переговоров Совместное заявление»).
Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _found(body: str) -> list[tuple[str, list[str]]]:
    proposal = parse_press_release("Итоги\n\nБИШКЕК, 12 марта 2025 года. " + body + "\n",
                                   date(2026, 1, 15), INDEX)
    return [(i.draft.title, [p.name for p in i.draft.parties]) for i in proposal.instruments]


def test_the_occasion_before_the_document_hides_no_signing():
    assert _found("Президенты подписали по итогам переговоров Совместное заявление о дальнейшем "
                  "углублении стратегического партнерства.") == [
        ("Совместное заявление о дальнейшем углублении стратегического партнерства", [])]
    assert _found("По итогам переговоров в узком и расширенном составах Совместная декларация "
                  "о всеобъемлющем партнерстве была подписана главами государств.") == [
        ("Совместная декларация о всеобъемлющем партнерстве", [])]
    assert _found("В рамках реализации Соглашения о торговле стороны подписали Протокол о "
                  "тарифах.") == [("Протокол о тарифах", [])]
