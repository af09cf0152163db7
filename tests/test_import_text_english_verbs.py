"""English signing verbs and verb phrases of real reports beside «signed»: «put their names to»,
«penned», «struck», «clinched», «executed», «signed off on», a headline's present «sign»; each
is a signing there, with its subject as the sides."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


@pytest.mark.parametrize("verb", ["have put their names to", "penned", "put pen to", "struck",
                                  "clinched", "executed", "signed off on"])
def test_a_signing_verb_phrase_gives_the_document_and_its_sides(verb):
    found = as_json(parse_press_release(
        f"BISHKEK, 19 September 2024 - Kyrgyzstan's Eldik Bank and the Azerbaijan-Kyrgyz "
        f"Development Fund {verb} a memorandum of cooperation on joint investment projects.",
        date(2026, 12, 6), INDEX))["instruments"]
    assert [(d["title"], [p["name"] for p in d["parties"]], d["signed_date"]) for d in found] == [
        ("Memorandum of cooperation on joint investment projects",
         ["Eldik Bank", "Azerbaijan-Kyrgyz Development Fund"], None)]


@pytest.mark.parametrize("headline, titles", [
    ("Kyrgyzstan, WHO sign agreement on primary health care",
     ["Agreement on primary health care"]),
    ("Kyrgyzstan and Turkey ink memorandum on tourism", ["Memorandum on tourism"]),
    ("Kyrgyzstan, Turkey to sign agreement on energy", []),
    ("Kyrgyzstan and Turkey will sign agreement on energy", []),
])
def test_a_headline_in_the_present_says_the_document_was_signed(headline, titles):
    """«X, Y sign agreement on ...» over a body that says «The document was signed by ...»:
    the headline's document (before: none); «to sign», «will sign»: a plan."""
    found = as_json(parse_press_release(
        f"{headline}\n\nBISHKEK, 19 September 2024 - The document was signed by the two "
        f"ministers in Bishkek. It provides for training of family doctors.",
        date(2026, 12, 6), INDEX))["instruments"]
    assert [d["title"] for d in found] == titles


@pytest.mark.parametrize("sentence, titles", [
    ("The intergovernmental agreement on the Kambarata HPP, which was signed in January, is "
     "expected to be ratified soon.", []),
    ("The agreement on the Kambarata HPP, which was signed in Bishkek today, provides for joint "
     "financing.", ["Agreement on the Kambarata HPP"]),
])
def test_a_relative_clause_of_signing_gives_way_to_the_sentences_predicate(sentence, titles):
    """«..., which was signed in January, is expected to be ratified»: a document the sentence
    says will be ratified, not one signed there (before: a draft on the text's date)."""
    found = as_json(parse_press_release(f"19 September 2024\n\n{sentence}", date(2026, 12, 6),
                                        INDEX))["instruments"]
    assert [d["title"] for d in found] == titles
