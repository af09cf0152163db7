"""A general, managing or executive director's post before «of <body>» is no part of the body
(«Managing Director of the Eurasian Development Bank» was a party; «General Director of the Kazakh
company KEGOC Name» too). Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_directors_sign_for_their_bodies():
    assert _parties("Loan\n\nThe Managing Director of the Eurasian Development Bank Nikolai "
                    "Podguzov and the Minister of Finance of Kyrgyzstan Almaz Baketaev signed a loan "
                    "agreement on March 3, 2025.") == [
        ["Eurasian Development Bank", "Ministry of Finance of the Kyrgyz Republic"]]
    assert _parties("Power\n\nChairman of the State Committee for Industry, Energy and Subsoil Use "
                    "of Kyrgyzstan Ibraev and General Director of the Kazakh company KEGOC Bakytzhan "
                    "Kazhiyev signed a memorandum on power exchange on March 3, 2025.") == [
        ["State Committee for Industry, Energy and Subsoil Use of the Kyrgyz Republic", "KEGOC"]]
