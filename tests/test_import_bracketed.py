"""Sides a list item names in brackets after its document («Меморандум о ... (Министерство
сельского хозяйства КР – Комитет ветеринарии РУз);»), in Russian, English and Kyrgyz: the
document's parties, and no part of its title or of the instrument it amends."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from importers.press_release.bracketed import bracketed_sides
from models.countries import seeds

INDEX = CountryIndex(seeds())


@pytest.mark.parametrize("words, expected", [
    ("Меморандум о сотрудничестве (Министерство культуры КР – Министерство культуры РФ);",
     ("Меморандум о сотрудничестве", ["Министерство культуры КР", "Министерство культуры РФ"])),
    ("Программа сотрудничества (2025 – 2027 годы)", ("Программа сотрудничества (2025 – 2027 "
                                                     "годы)", [])),
    ("Соглашение об автобусном маршруте (Бишкек – Ташкент)",
     ("Соглашение об автобусном маршруте (Бишкек – Ташкент)", [])),
    ("Agreement on tourism (the Kyrgyz Republic)", ("Agreement on tourism (the Kyrgyz Republic)",
                                                    [])),
])
def test_a_bracket_of_two_bodies_only(words, expected):
    assert bracketed_sides(words) == expected


TEXTS = {
    "ru": ("Бишкек, 15 мая 2025 года. По итогам заседания межправительственной комиссии "
           "подписаны следующие документы:\n1. Протокол о внесении изменений в Соглашение о "
           "международном автомобильном сообщении (Министерство транспорта и коммуникаций "
           "Кыргызской Республики – Министерство транспорта Республики Узбекистан);\n2. "
           "Меморандум о сотрудничестве в области ветеринарии (Министерство сельского хозяйства "
           "Кыргызской Республики – Комитет ветеринарии Республики Узбекистан).",
           ["Протокол о внесении изменений в Соглашение о международном автомобильном "
            "сообщении", "Меморандум о сотрудничестве в области ветеринарии"],
           [["Министерство транспорта и коммуникаций Кыргызской Республики",
             "Министерство транспорта Республики Узбекистан"],
            ["Министерство сельского хозяйства Кыргызской Республики",
             "Комитет ветеринарии Республики Узбекистан"]]),
    "en": ("Bishkek, 15 May 2025. The following documents were signed following the meeting "
           "of the intergovernmental commission:\n1. Memorandum of Understanding on cooperation "
           "in veterinary medicine (Ministry of Agriculture of the Kyrgyz Republic – Veterinary "
           "Committee of the Republic of Uzbekistan);\n2. Agreement on cooperation in tourism "
           "(Ministry of Culture of the Kyrgyz Republic – Tourism Committee of the Republic of "
           "Uzbekistan).",
           ["Memorandum of Understanding on cooperation in veterinary medicine",
            "Agreement on cooperation in tourism"],
           [["Ministry of Agriculture of the Kyrgyz Republic",
             "Veterinary Committee of the Republic of Uzbekistan"],
            ["Ministry of Culture of the Kyrgyz Republic",
             "Tourism Committee of the Republic of Uzbekistan"]]),
    "ky": ("Бишкек, 15-май 2025-жыл. Кыргыз-өзбек өкмөттөр аралык комиссиясынын отурумунда "
           "төмөнкү документтерге кол коюлду:\n1. Эл аралык автомобиль каттамдары жөнүндө "
           "макулдашууга өзгөртүү киргизүү тууралуу протокол (Кыргыз Республикасынын Транспорт "
           "министрлиги – Өзбекстан Республикасынын Транспорт министрлиги);\n2. Ветеринария "
           "тармагындагы кызматташтык жөнүндө меморандум (Кыргыз Республикасынын Айыл чарба "
           "министрлиги – Өзбекстан Республикасынын Ветеринария комитети).",
           ["Эл аралык автомобиль каттамдары жөнүндө макулдашууга өзгөртүү киргизүү тууралуу "
            "протокол", "Ветеринария тармагындагы кызматташтык жөнүндө меморандум"],
           [["Кыргыз Республикасынын Транспорт министрлиги",
             "Өзбекстан Республикасынын Транспорт министрлиги"],
            ["Кыргыз Республикасынын Айыл чарба министрлиги",
             "Өзбекстан Республикасынын Ветеринария комитети"]]),
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_bracketed_sides_are_each_documents_own(lang):
    text, titles, parties = TEXTS[lang]
    found = as_json(parse_press_release(text, date(2026, 1, 15), INDEX))["instruments"]
    assert [d["title"] for d in found] == titles
    assert [[p["name"] for p in d["parties"]] for d in found] == parties
    assert [p["country"] for p in found[0]["parties"]] == ["KG", "UZ"]
    assert all("(" not in d["amends"]["title"] for d in found if d["amends"])


def test_bracketed_sides_named_by_side():
    """«(со стороны КР – Министерство ..., со стороны Турции – Министерство ...)» and «(с
    кыргызской стороны – ..., с турецкой – ...)»: each body of its side's country."""
    text = ("Анкара, 12 марта 2025 года. В ходе визита подписаны следующие документы:\n1. "
            "Меморандум о сотрудничестве в области торговли (со стороны КР – Министерство "
            "экономики и коммерции, со стороны Турции – Министерство торговли);\n2. Соглашение о "
            "сотрудничестве в области образования (с кыргызской стороны – Министерство "
            "образования и науки, с турецкой – Министерство национального образования).")
    found = as_json(parse_press_release(text, date(2026, 1, 15), INDEX))["instruments"]
    assert [d["title"] for d in found] == ["Меморандум о сотрудничестве в области торговли",
                                           "Соглашение о сотрудничестве в области образования"]
    assert [[p["name"] for p in d["parties"]] for d in found] == [
        ["Министерство экономики и коммерции Кыргызской Республики",
         "Министерство торговли Турецкой Республики"],
        ["Министерство образования и науки Кыргызской Республики",
         "Министерство национального образования Турецкой Республики"]]
