"""English sides said «on behalf of <country> by <post> <name>» or «On the Kyrgyz side ..., on the
Turkish side by ...» (a comma between): each signer's body of its side's country, not the
governments the countries' names would give. Probe texts in our own words."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [[p.name for p in i.draft.parties] for i in found.instruments]


def test_on_behalf_of_a_country_by_its_minister():
    assert _parties("Health\n\nThe agreement on cooperation in health was signed on behalf of "
                    "Kyrgyzstan by Health Minister Alymkadyr Beishenaliev and on behalf of Turkey by "
                    "Health Minister Kemal Memisoglu on March 3, 2025.") == [
        ["Ministry of Health of the Kyrgyz Republic", "Ministry of Health of the Republic of Turkey"]]
    assert _parties("Health\n\nThe agreement on cooperation in health was signed on March 3, 2025. "
                    "It was signed on behalf of Kyrgyzstan by Health Minister Alymkadyr Beishenaliev "
                    "and on behalf of Turkey by Health Minister Kemal Memisoglu.") == [
        ["Ministry of Health of the Kyrgyz Republic", "Ministry of Health of the Republic of Turkey"]]


def test_an_ambassador_signs_for_his_sides_government():
    assert _parties("Loan\n\nThe loan agreement was signed on March 3, 2025 on behalf of Kyrgyzstan "
                    "by Finance Minister Almaz Baketaev and on behalf of China by Ambassador Du "
                    "Dewen in Bishkek.") == [
        ["Ministry of Finance of the Kyrgyz Republic", "Government of the People's Republic of China"]]


def test_sides_after_a_comma():
    assert _parties("Health\n\nOn March 3, 2025 an agreement on cooperation in health was signed. On "
                    "the Kyrgyz side the document was signed by Health Minister Alymkadyr "
                    "Beishenaliev, on the Turkish side by Health Minister Kemal Memisoglu.") == [
        ["Ministry of Health of the Kyrgyz Republic", "Ministry of Health of the Republic of Türkiye"]]


def test_a_lender_on_whose_behalf_stays_itself():
    assert _parties("Grant\n\nThe grant agreement was signed on March 3, 2025 on behalf of the Kyrgyz "
                    "Republic by Finance Minister Almaz Baketaev and on behalf of the ADB by Country "
                    "Director Hong Wei.") == [["Kyrgyz Republic", "Asian Development Bank"]]
