"""«подписаны соглашения между A и B, а также между C и D»: a plural kind word with two pairs of
sides is two documents, each with its own pair (the second pair was cut off as a clause of its
own and lost). A singular kind word keeps its one document. Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _documents(text: str) -> list[tuple[str, list[str]]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [(i.draft.title, [p.name for p in i.draft.parties]) for i in found.instruments]


def test_a_plural_kind_word_with_two_pairs_of_sides_is_two_documents():
    found = _documents("Каракол, 8 мая 2025 года. На инвестиционном форуме подписаны меморандумы "
                       "между ОАО «Иссык-Кульская энергия» и турецкой компанией «Анадолу Гюнеш», "
                       "а также между ЗАО «Каракольский курорт» и казахстанской компанией "
                       "«Алатау Тур».")
    assert [parties for _title, parties in found] == [
        ["ОАО «Иссык-Кульская энергия»", "Компания «Анадолу Гюнеш»"],
        ["ЗАО «Каракольский курорт»", "Компания «Алатау Тур»"]]
    assert all(title.startswith("Меморандум между ") for title, _parties in found)


def test_a_singular_kind_word_stays_one_document():
    found = _documents("Каракол, 8 мая 2025 года. Подписан меморандум между ОАО «Иссык-Кульская "
                       "энергия» и турецкой компанией «Анадолу Гюнеш», а также между ЗАО "
                       "«Каракольский курорт» и казахстанской компанией «Алатау Тур».")
    assert len(found) == 1
