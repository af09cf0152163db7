"""An English deputy's or acting minister's rank is no part of the ministry he signs for
(«Kyrgyz First Deputy Economy Minister X» signs for the Ministry of Economy, not a «Ministry of
First Deputy Economy»), and «signed by the Deputy Minister of ... of A, Name, and the Ambassador
of B, Name» names both sides. Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[str]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    assert len(found.instruments) == 1
    return [p.name for p in found.instruments[0].draft.parties]


def test_a_deputy_or_acting_minister_signs_for_the_ministry():
    assert _parties("Naryn, 3 September 2025. The protocol was signed by Kyrgyz First Deputy "
                    "Agriculture Minister Bolot Osmonov and Tajik Acting Energy Minister Rustam "
                    "Nazarov.") == ["Ministry of Agriculture of the Kyrgyz Republic",
                                    "Ministry of Energy of the Republic of Tajikistan"]
    assert _parties("Naryn, 3 September 2025. The memorandum on road safety was signed by Kyrgyz "
                    "Deputy Foreign Minister Bolot Osmonov and Latvian Deputy Foreign Minister "
                    "Janis Ozols.") == ["Ministry of Foreign Affairs of the Kyrgyz Republic",
                                        "Ministry of Foreign Affairs of the Republic of Latvia"]


def test_posts_named_before_their_holders_between_commas():
    assert _parties("Naryn, 3 September 2025. The memorandum on road safety was signed by the "
                    "Deputy Minister of Foreign Affairs of the Kyrgyz Republic, Bolot Osmonov, "
                    "and the Ambassador of Latvia to the Kyrgyz Republic, Janis Ozols.") == \
        ["Ministry of Foreign Affairs of the Kyrgyz Republic", "Government of the Republic of "
         "Latvia"]
