"""A permanent representative to an international organisation signs, like an ambassador, for
his country's government («Kyrgyz Republic to the UN Office in Geneva» was a party). Probe texts
in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_english_permanent_representative_signs_for_the_government():
    assert _parties("Intellectual property\n\nGENEVA, May 4, 2024. The Permanent Representative "
                    "of the Kyrgyz Republic to the UN Office in Geneva and the Director-General of "
                    "WIPO signed a memorandum of understanding on intellectual property.") == [
        ["Cabinet of Ministers of the Kyrgyz Republic", "WIPO"]]
    assert _parties("Children\n\nNEW YORK, May 4, 2024. Kyrgyzstan's Permanent Representative to "
                    "the UN Marat Imankulov and UNICEF Executive Director signed an agreement.") == [
        ["Cabinet of Ministers of the Kyrgyz Republic", "UNICEF"]]


def test_russian_permanent_representative_signs_for_the_government():
    assert _parties("Меморандум\n\nЖЕНЕВА. Постоянный представитель Кыргызской Республики при "
                    "Отделении ООН в Женеве и Генеральный директор ВОИС подписали меморандум о "
                    "взаимопонимании 4 мая 2024 года.")[0][0] == \
        "Кабинет министров Кыргызской Республики"
