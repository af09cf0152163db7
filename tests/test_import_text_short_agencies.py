"""State agencies a Russian text names by their abbreviation («глава ГКНБ Кыргызстана», «директор
ФСБ России», «ГТС», «Росстат») are written out with their country, as the keys name parties (the
signers after the verb gave the two governments). Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_heads_of_agencies_named_short_after_the_verb():
    assert _parties("Граница\n\n3 марта 2025 года протокол о сотрудничестве в сфере пограничной "
                    "безопасности подписали глава ГКНБ Кыргызстана Камчыбек Ташиев и директор ФСБ "
                    "России Александр Бортников.") == [
        ["Государственный комитет национальной безопасности Кыргызской Республики",
         "Федеральная служба безопасности Российской Федерации"]]


def test_agencies_named_short_as_the_subject():
    assert _parties("Таможня\n\n3 марта 2025 года ГТС и ФТС России подписали протокол об обмене "
                    "информацией.") == [
        ["Государственная таможенная служба Кыргызской Республики",
         "Федеральная таможенная служба Российской Федерации"]]
    assert _parties("Статистика\n\n3 марта 2025 года Нацстатком и Росстат подписали меморандум о "
                    "взаимопонимании.") == [
        ["Национальный статистический комитет Кыргызской Республики",
         "Федеральная служба государственной статистики Российской Федерации"]]
