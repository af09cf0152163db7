"""A list introduced by a sentence that says who signed («The following documents were signed
between A and B:», «Следующие документы подписаны между A и B:») gives those sides to every
document it lists, whatever its kind (a memorandum after two agreements had none, a list of
ministries' documents none at all). Probe texts in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


@pytest.mark.parametrize("text, sides", [
    ("Osh, 9 April 2025. The following documents were signed between the Government of the "
     "Kyrgyz Republic and the Government of the Republic of Tajikistan:\n- Agreement on "
     "border crossing points;\n- Agreement on the joint use of pastures;\n- Memorandum of "
     "understanding on youth exchanges.",
     ["Cabinet of Ministers of the Kyrgyz Republic", "Government of the Republic of Tajikistan"]),
    ("Ош, 9 апреля 2025 года. Следующие документы подписаны между Правительством Кыргызской "
     "Республики и Правительством Республики Таджикистан:\n- Соглашение о пунктах пропуска "
     "через границу;\n- Соглашение о совместном использовании пастбищ;\n- Меморандум о "
     "взаимопонимании в сфере молодежных обменов.",
     ["Кабинет министров Кыргызской Республики", "Правительство Республики Таджикистан"]),
    ("Karakol, 2 July 2025. The following documents were signed between the Ministry of "
     "Culture of the Kyrgyz Republic and the Ministry of Culture of Mongolia:\n- Memorandum "
     "of understanding on museum exchanges;\n- Programme of cultural cooperation for "
     "2025-2028.",
     ["Ministry of Culture of the Kyrgyz Republic", "Ministry of Culture of Mongolia"]),
])
def test_every_listed_document_takes_the_sides_its_introduction_names(text, sides):
    found = _parties(text)
    assert len(found) >= 2
    for parties in found:
        assert sorted(parties) == sorted(sides)
