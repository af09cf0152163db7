"""Heads of towns (a mayor, an akim, a hokim) sign for their towns, named as the answer keys name
a town («Город Алматы», "City of Astana"); a town's body has its town's country («Мэрия города
Бишкек» is Kyrgyz). Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[tuple[str, str | None]]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[(p.name, p.country) for p in i.draft.parties] for i in found.instruments]


def test_english_mayors_of_two_capitals_sign_for_the_cities():
    assert _parties("Capitals agree\n\nASTANA, March 3, 2025. The Mayor of Astana Zhenis Kassymbek "
                    "and the Mayor of Bishkek Aibek Junushaliev signed a memorandum of cooperation "
                    "between the two capitals on urban transport.") == [
        [("City of Astana", "KZ"), ("City of Bishkek", "KG")]]


def test_english_akims_and_hokims_of_towns():
    assert _parties("Twin towns\n\nBISHKEK, March 3, 2025. Bishkek Mayor Aibek Junushaliev and "
                    "Tashkent Hokim Shavkat Umurzakov signed a twinning agreement.") == [
        [("City of Bishkek", "KG"), ("City of Tashkent", "UZ")]]
    assert _parties("Tourism\n\nOSH, March 3, 2025. The akim of the city of Almaty Yerbolat "
                    "Dossayev and the mayor of Osh signed a memorandum on tourism.") == [
        [("City of Almaty", "KZ"), ("City of Osh", "KG")]]


def test_an_akims_region_is_no_town():
    parties = _parties("Regions\n\nASTANA, March 3, 2025. The Akim of Almaty region Marat "
                       "Sultangaziyev and the Governor of Chui region signed an agreement on "
                       "trade.")
    assert all(not name.startswith("City of") for name, _c in parties[0])


def test_russian_akim_of_an_indeclinable_town():
    assert _parties("Меморандум\n\n3 марта 2025 года мэр Бишкека Айбек Джунушалиев и аким Алматы "
                    "Ерболат Досаев подписали меморандум о сотрудничестве.") == [
        [("Город Бишкек", "KG"), ("Город Алматы", "KZ")]]


def test_a_town_body_has_its_towns_country():
    assert _parties("Меморандум\n\nМэрия города Бишкек и администрация города Ташкента подписали "
                    "меморандум о сотрудничестве 3 марта 2025 года.") == [
        [("Мэрия города Бишкек", "KG"), ("Администрация города Ташкента", "UZ")]]
