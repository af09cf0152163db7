"""What the Kyrgyz press-release tests share: parse a text as the import does on 15 January
2026 and read the parties of a found document."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def parse(text: str) -> list[dict]:
    return as_json(parse_press_release(text, date(2026, 1, 15), INDEX))["instruments"]


def names(found: dict) -> list[str]:
    return [p["name"] for p in found["parties"]]
