"""Capitals as the subject of a signing stand for their countries («Рим и Киев подписали ...»,
"Tashkent and Bishkek signed ..."), but sign for themselves in a document of towns (a twinning);
a verb joined to the signing verb («обсудили и подписали», "negotiated and signed") is no part
of the subject. Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_two_capitals_sign_for_their_countries():
    assert _parties("Документы подписаны\n\n4 февраля 2025 года Рим и Киев подписали меморандум "
                    "о сотрудничестве в сфере судостроения.") == [
        ["Итальянская Республика", "Украина"]]
    assert _parties("Documents signed\n\nASTANA, February 4, 2025. Astana, Bishkek and Tashkent "
                    "signed a memorandum on water management.") == [
        ["Republic of Kazakhstan", "Kyrgyz Republic", "Republic of Uzbekistan"]]


def test_capitals_of_a_twinning_sign_for_themselves():
    assert _parties("Documents signed\n\nBISHKEK, February 4, 2025. Tashkent and Bishkek signed a "
                    "memorandum on twin city relations.") == [["Tashkent", "Bishkek"]]


def test_a_verb_joined_to_the_signing_verb_is_no_part_of_the_subject():
    assert _parties("Документы подписаны\n\n4 февраля 2025 года Рим и Киев обсудили и подписали "
                    "меморандум о сотрудничестве в сфере судостроения.") == [
        ["Итальянская Республика", "Украина"]]
    assert _parties("Документы подписаны\n\n4 февраля 2025 года министерства энергетики "
                    "Кыргызстана и Узбекистана разработали и подписали дорожную карту.") == [
        ["Министерство энергетики Кыргызской Республики",
         "Министерство энергетики Республики Узбекистан"]]
