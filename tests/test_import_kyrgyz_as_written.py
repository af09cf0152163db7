"""A Kyrgyz party that is no state body (a university, a society, a corps) keeps its country as the
text writes it, as Russian and English names do («Кыргызстандын Улуттук университети», not
«Кыргыз Республикасынын ...»); a ministry takes the official name. Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_universities_keep_the_country_as_written():
    assert _parties("Бишкек, 3-март, 2025-жыл. Кыргызстандын Улуттук университети менен "
                    "Казакстандын Агрардык университети меморандумга кол коюшту.") == [
        ["Кыргызстандын Улуттук университети", "Казакстандын Агрардык университети"]]


def test_ministries_take_the_official_name():
    assert _parties("Бишкек, 3-март, 2025-жыл. Кыргызстандын Энергетика министрлиги менен "
                    "Өзбекстандын Энергетика министрлиги меморандумга кол коюшту.") == [
        ["Кыргыз Республикасынын Энергетика министрлиги",
         "Өзбекстан Республикасынын Энергетика министрлиги"]]
