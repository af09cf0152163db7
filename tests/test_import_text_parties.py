"""The parties of the documents a press release names: each document's own, in the nominative,
with the names a registry keeps for the governments of each country; never another document's."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from importers.press_release.parties import government_name
from models.countries import seeds

INDEX = CountryIndex(seeds())


def parse(text: str):
    return parse_press_release(text, date(2026, 1, 15), INDEX)


def names(instrument) -> list[str]:
    return [p.name for p in instrument.draft.parties]


def test_each_government_by_the_name_it_signs_treaties_with():
    assert government_name("KG", INDEX) == "Кабинет министров Кыргызской Республики"
    assert government_name("UZ", INDEX) == "Правительство Республики Узбекистан"
    assert government_name("KZ", INDEX) == "Правительство Республики Казахстан"
    assert government_name("UZ", INDEX, english=True) == \
        "Government of the Republic of Uzbekistan"
    assert government_name("KG", INDEX, english=True) == \
        "Cabinet of Ministers of the Kyrgyz Republic"


def test_a_document_without_parties_of_its_own_takes_none_from_another():
    proposal = parse("Москва, 18 сентября 2025 года. По итогам встречи министры подписали "
                     "Соглашение между Министерством просвещения Российской Федерации и "
                     "Министерством образования и науки Киргизской Республики о сотрудничестве "
                     "в области общего образования. Кроме того, был подписан План мероприятий "
                     "по направлению российских учителей в школы Киргизской Республики.")
    first, second = proposal.instruments
    assert names(first) == ["Министерство просвещения Российской Федерации",
                            "Министерство образования и науки Киргизской Республики"]
    assert names(second) == []
