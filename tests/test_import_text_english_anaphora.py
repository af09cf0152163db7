"""English reports name a document, then speak of it again by its bare kind word («The memorandum
was signed by ...»): one document, whatever subkind the full name gives it."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def test_the_bare_kind_word_after_a_memorandum_of_cooperation_is_that_memorandum():
    """(before: a second document «Memorandum», of understanding)"""
    found = as_json(parse_press_release(
        "Bishkek, 7 June 2024 - The Ministry of Digital Development of the Kyrgyz Republic and "
        "Huawei Technologies signed a memorandum of cooperation on the construction of a "
        "national data centre.\n\nThe memorandum was signed by Talantbek Imanov, Minister of "
        "Digital Development of the Kyrgyz Republic, and Li Peng, Vice President of Huawei "
        "Technologies.", date(2026, 12, 6), INDEX))["instruments"]
    assert [(d["kind"], d["title"]) for d in found] == [
        ("memorandum_of_cooperation",
         "Memorandum of cooperation on the construction of a national data centre")]
