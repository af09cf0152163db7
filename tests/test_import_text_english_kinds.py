"""English kind words of news reports beside «agreement»: «an accord on ...», «a pact on ...»
(agreements), «the minutes of the commission's meeting» (its protocol); a bare «The accord was
signed ...» names no document of its own."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, parse_press_release
from importers.press_release.kinds import kind_of
from models.countries import seeds

INDEX = CountryIndex(seeds())


def _found(body: str) -> list[tuple[str, str]]:
    return [(d["kind"], d["title"]) for d in as_json(parse_press_release(
        f"BISHKEK, 19 September 2024 - {body}", date(2026, 12, 6), INDEX))["instruments"]]


@pytest.mark.parametrize("named, kind, title", [
    ("an accord on visa-free travel", "agreement", "Accord on visa-free travel"),
    ("a pact on visa-free travel", "agreement", "Pact on visa-free travel"),
    ("the minutes of the intergovernmental commission meeting", "protocol",
     "Minutes of the intergovernmental commission meeting"),
])
def test_an_accord_a_pact_and_minutes_are_documents(named, kind, title):
    """(before: none was found)"""
    assert _found(f"The Government of the Kyrgyz Republic and the Government of Mongolia "
                  f"signed {named}.") == [(kind, title)]


def test_accord_as_a_plain_word_or_alone_names_no_document():
    assert _found("The sides signed an agreement on trade in accord with the decision of the "
                  "presidents. The accord was signed on Tuesday.") == [
        ("agreement", "Agreement on trade in accord with the decision of the presidents")]


def test_an_abbreviation_in_brackets_is_part_of_the_name_before_it():
    """«a Memorandum of Understanding (MoU) on tourism»: one memorandum (before: «Memorandum of
    understanding) on tourism»)."""
    assert _found("Among the documents signed are a Memorandum of Understanding (MoU) on "
                  "tourism.") == [("memorandum_of_understanding",
                                   "Memorandum of Understanding on tourism")]


def test_an_english_name_in_quotes_ends_at_its_closing_quote():
    """(before: «Treaty on Allied Relations" and witnessed the signing of the"»)"""
    assert _found('The presidents signed the "Treaty on Allied Relations" and witnessed the '
                  'signing of the "Agreement on the Demarcation of the State Border".') == [
        ("treaty", "Treaty on Allied Relations"),
        ("agreement", "Agreement on the Demarcation of the State Border")]


@pytest.mark.parametrize("title, kind", [
    ("Memorandum on academic mobility", "memorandum_of_cooperation"),
    ("Memorandum on the establishment of the Council of Turkic Central Banks",
     "memorandum_of_cooperation"),
    ("Меморандум о создании совместного фонда", "memorandum_of_cooperation"),
    ("Memorandum of cooperation in tourism", "memorandum_of_cooperation"),
    ("Memorandum of Understanding on tourism", "memorandum_of_understanding"),
    ("Меморандум о взаимопонимании в сфере туризма", "memorandum_of_understanding"),
    ("Меморандум о намерениях по обмену опытом", "memorandum_of_understanding"),
])
def test_a_memorandum_not_of_understanding_is_one_of_cooperation(title, kind):
    """As the answer keys write them: «Memorandum on ...», «Меморандум о ...» (before: of
    understanding unless its name said «cooperation»)."""
    assert kind_of(title) == kind


@pytest.mark.parametrize("named, title", [
    ("a cooperation strategy for 2019-2022", "Cooperation strategy for 2019-2022"),
    ("a Member Country Partnership Strategy for 2025-2028",
     "Member Country Partnership Strategy for 2025-2028"),
])
def test_a_lenders_cooperation_or_partnership_strategy_is_a_document(named, title):
    """A lender's strategy signed with a government (before: nothing was found)."""
    assert _found(f"The Asian Development Bank and the Government of the Kyrgyz Republic "
                  f"signed {named}.") == [("other", title)]


def test_a_strategy_only_mentioned_is_no_document():
    found = _found("The Ministry of Economy and the Asian Development Bank signed a loan "
                   "agreement for the Osh bypass road in line with the bank's partnership "
                   "strategy.")
    assert [kind for kind, _ in found] == ["agreement"]


def test_a_side_at_the_start_of_a_quote_has_no_quote_mark_or_article():
    """(before: the party was '"The Asian Development Bank')"""
    proposal = as_json(parse_press_release(
        'BISHKEK, 19 September 2024 - "The Asian Development Bank and the Government of the '
        'Kyrgyz Republic signed a grant agreement for school buildings," the ministry said.',
        date(2026, 12, 6), INDEX))
    assert [p["name"] for p in proposal["instruments"][0]["parties"]] == [
        "Asian Development Bank", "Cabinet of Ministers of the Kyrgyz Republic"]


def test_a_host_country_agreement_keeps_host_in_its_name():
    """(before: «Country agreement on the UNDP office»)"""
    assert _found("The Cabinet of Ministers of the Kyrgyz Republic and the United Nations "
                  "Development Programme signed a host country agreement on the UNDP office.") \
        == [("agreement", "Host country agreement on the UNDP office")]
