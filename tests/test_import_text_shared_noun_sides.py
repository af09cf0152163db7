"""Sides named as the genitive of a plural noun the two share: «руководители таможенных служб
двух стран», "the heads of the customs services of Kyrgyzstan and Tajikistan", "the chairmen of
the national banks of A and B" — one such body of each country, in the singular (not a «Министерство
таможенных служб», not the governments). Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_russian_heads_of_two_countries_services():
    assert _parties("Таможенники договорились\n\nБИШКЕК, 3 марта 2025. По итогам встречи делегаций "
                    "Кыргызстана и Казахстана руководители таможенных служб двух стран подписали "
                    "протокол о сотрудничестве.") == [
        ["Таможенная служба Кыргызской Республики", "Таможенная служба Республики Казахстан"]]
    assert _parties("Расчеты\n\nВ Ташкенте 3 марта 2025 года состоялась встреча делегаций "
                    "Кыргызстана и Узбекистана. Главы национальных банков двух стран подписали "
                    "соглашение о расчетах в национальных валютах.") == [
        ["Национальный банк Кыргызской Республики", "Национальный банк Республики Узбекистан"]]


def test_russian_ministers_of_a_field_stay_ministries():
    assert _parties("Энергетика\n\nВ Ташкенте 3 марта 2025 года состоялась встреча делегаций "
                    "Кыргызстана и Узбекистана. Министры энергетики двух стран подписали дорожную "
                    "карту.") == [
        ["Министерство энергетики Кыргызской Республики",
         "Министерство энергетики Республики Узбекистан"]]


def test_english_heads_of_plural_bodies_of_two_countries():
    assert _parties("Customs\n\nDUSHANBE, March 3, 2025. The heads of the customs services of "
                    "Kyrgyzstan and Tajikistan signed a protocol on the exchange of information.") == [
        ["Customs Service of the Kyrgyz Republic", "Customs Service of the Republic of Tajikistan"]]
    assert _parties("Payments\n\nTASHKENT, March 3, 2025. The chairmen of the national banks of "
                    "Kyrgyzstan and Uzbekistan signed an agreement on payments in national "
                    "currencies.") == [
        ["National Bank of the Kyrgyz Republic", "National Bank of the Republic of Uzbekistan"]]
