"""«Deputy Chairman of the Cabinet of Ministers Edil Baisalov»: «Ministers» is a word of the body,
not of the signer's name (the side was «Cabinet of»). Probe text in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def test_the_cabinet_of_ministers_keeps_its_last_word():
    found = parse_press_release(
        "Tourism\n\nBISHKEK, March 3, 2025. The memorandum was signed by Deputy Chairman of the "
        "Cabinet of Ministers Edil Baisalov and Deputy Prime Minister of Uzbekistan Jamshid "
        "Khodjaev. The memorandum of understanding concerns cooperation in tourism.",
        date(2026, 1, 15), INDEX)
    assert [[p.name for p in i.draft.parties] for i in found.instruments] == [
        ["Cabinet of Ministers of the Kyrgyz Republic", "Government of the Republic of Uzbekistan"]]
