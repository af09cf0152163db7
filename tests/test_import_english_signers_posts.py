"""English reports whose sides are people with posts (probe texts in our own words): the scene
before the subject, an agency's name left by the dateline, the heads of regions."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _parties(text: str) -> list[list[str]]:
    found = as_json(parse_press_release(text, date(2026, 12, 7), INDEX))["instruments"]
    return [[p["name"] for p in d["parties"]] for d in found]


@pytest.mark.parametrize("scene", [
    "At the talks in Osh,", "During a working visit to Namangan,",
    "On the sidelines of the investment forum,", "Following their meeting,"])
def test_the_scene_before_the_subject_is_no_side(scene):
    """(before: the scene stayed in the first side's name: «Ministry of At the talks ...»)"""
    text = (f"OSH, June 4, 2024. {scene} Uzbekistan's Health Minister Amrillo Inoyatov and "
            "Kyrgyzstan's Health Minister Alymkadyr Beishenaliev signed a memorandum on "
            "telemedicine.")
    assert _parties(text) == [["Ministry of Health of the Republic of Uzbekistan",
                               "Ministry of Health of the Kyrgyz Republic"]]


def test_the_heads_of_two_regions_stand_for_their_regions():
    """(before: the agency's name and the heads' names were the sides)"""
    text = ("PAVLODAR. KAZINFORM Pavlodar region's akim Asain Baikhanov and Omsk Region "
            "Governor Vitaly Khotsenko signed a roadmap on trade in farm produce for 2025.")
    assert _parties(text) == [["Pavlodar region", "Omsk Region"]]


def test_signers_posts_between_dashes_give_their_bodies():
    """(before: the words after the first dash were cut as the report's, no sides left)"""
    text = ("ALMATY, June 4, 2024. A memorandum on joint field work has been signed by Dana "
            "Kairatovna Serikova – Director of the Shokan Institute of Geography, Doctor of "
            "Sciences – and Timur Aliyev – Rector of Bukhara State University, Professor.")
    assert _parties(text) == [["Shokan Institute of Geography", "Bukhara State University"]]


def test_signed_by_two_bodies_with_a_third():
    """(before: «(NU)» and «with ...» stayed in the second side's name)"""
    text = ("ALMATY, June 4, 2024. A memorandum on student exchange has been signed by Narxoz "
            "University (NU) and Satbayev University (SU) with the University of Leeds (UoL).")
    assert _parties(text) == [["Narxoz University", "Satbayev University",
                               "University of Leeds"]]


def test_provinces_signing_are_named_by_their_own_names():
    """(before: «Kazakh province of Turkestan», «... province at a ceremony in Shymkent»)"""
    text = ("ALMATY, June 4, 2024. A memorandum on trade fairs was signed by the southern Kazakh "
            "province of Turkestan and Uzbekistan's Tashkent province at a ceremony in Shymkent.")
    assert _parties(text) == [["Turkestan Province", "Tashkent province"]]


def test_the_universities_signing_are_the_two_named_before():
    """(before: «the universities signed» named no one; a university named again shorter is
    the same one)"""
    text = ("ALMATY, June 4, 2024. Zh. Abishev Karaganda Technical University hosted a "
            "delegation of Samarkand State University of Foreign Languages. Karaganda Technical "
            "University showed the guests its laboratories.\n\nAt the meeting the two "
            "universities signed a memorandum on joint summer schools.")
    assert _parties(text) == [["Zh. Abishev Karaganda Technical University",
                               "Samarkand State University of Foreign Languages"]]


@pytest.mark.parametrize("between, sides", [
    ("the Kazakhstan Institute of Economic and Social Research (KIESR) and the Tajik Centre "
     "for Policy and Reform Studies (TCPRS)", ["Kazakhstan Institute of Economic and Social "
                                              "Research", "Tajik Centre for Policy and Reform "
                                              "Studies"]),
    ("the Union of Builders and Engineers (UBE) and Almaty Chamber of Crafts",
     ["Union of Builders and Engineers", "Almaty Chamber of Crafts"]),
])
def test_a_bracketed_abbreviation_ends_a_name_with_and_in_it(between, sides):
    """(before: the bracket ended the parties, which split at the «and» inside the first)"""
    text = ("ASTANA, May 3, 2023. The sides signed a memorandum of understanding between "
            f"{between} on joint surveys.")
    assert _parties(text) == [sides]


@pytest.mark.parametrize("tail", [", which is based in Tashkent", " then"])
def test_what_is_said_after_the_last_side_is_no_part_of_it(tail):
    """(before: «..., which is based in ...» and «then» stayed in the last side's name)"""
    text = ("ASTANA, May 3, 2023. A memorandum on joint surveys was signed between Nazarbayev "
            f"University and Westminster International University{tail}." if tail[0] == "," else
            "ASTANA, May 3, 2023. Nazarbayev University and Westminster International University"
            f"{tail} signed a memorandum on joint surveys.")
    assert _parties(text) == [["Nazarbayev University", "Westminster International University"]]


def test_a_cooperation_document_signed_by_two_mayors():
    """(before: «a cooperation document» was no document, a mayor no side)"""
    found = as_json(parse_press_release(
        "OSH, May 3, 2023. Osh Mayor Jenishbek Toktorbaev and Andijan Mayor Dilshod Ergashev "
        "signed a cooperation document on public transport.", date(2026, 12, 7),
        INDEX))["instruments"]
    assert [(d["kind"], [p["name"] for p in d["parties"]]) for d in found] == [
        ("other", ["City of Osh", "City of Andijan"])]
