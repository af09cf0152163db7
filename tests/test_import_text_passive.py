"""Documents whose signing the text says with an English passive after the name («An agreement
on ... was also exchanged», «MoUs were exchanged between A and B, and between C and D»), named
beside another («together with MoUs on ...»), a body named like a document («the Prime
Minister's Youth Programme»), and a signing statement's count that is not a document
(«Nineteen agreements in fields ranging from ...»)."""

from __future__ import annotations

from datetime import date

from importers.press_release import CountryIndex, parse_press_release
from models.countries import seeds

INDEX = CountryIndex(seeds())


def titles(text: str) -> list[str]:
    proposal = parse_press_release(text, date(2026, 1, 15), INDEX)
    return [i.draft.title for i in proposal.instruments]


def test_a_passive_verb_after_the_name_ends_it_and_says_it_was_signed():
    assert titles("ISLAMABAD, Dec 4, 2025 – The two leaders held talks.\n\n"
                  "An agreement on the transfer of sentenced persons was also exchanged, "
                  "together with MoUs on customs data interchange and on cooperation in "
                  "tourism.\n") == [
        "Agreement on the transfer of sentenced persons",
        "Memorandum of understanding on customs data interchange",
        "Memorandum of understanding on cooperation in tourism"]


def test_a_plural_exchanged_between_several_pairs_is_one_document_per_pair():
    assert titles("ISLAMABAD, Dec 4, 2025 – The two leaders held talks.\n\n"
                  "Memoranda of understanding were exchanged between the Ministry of Justice "
                  "of the Kyrgyz Republic and the Ministry of Law and Justice of Pakistan, and "
                  "between the Prime Minister's Youth Programme of Pakistan and the Ministry "
                  "of Culture of the Kyrgyz Republic.\n") == [
        "Memorandum of understanding between the Ministry of Justice of the Kyrgyz Republic "
        "and the Ministry of Law and Justice of Pakistan",
        "Memorandum of understanding between the Prime Minister's Youth Programme of Pakistan "
        "and the Ministry of Culture of the Kyrgyz Republic"]


def test_a_document_planned_in_the_passive_is_not_taken():
    assert titles("BISHKEK, March 3, 2025 – Talks were held.\n\n"
                  "An agreement on air services was discussed, and a memorandum on tourism "
                  "was signed by the two ministers.\n") == ["Memorandum on tourism"]


def test_the_count_of_the_statement_is_not_a_document():
    assert titles("BISHKEK, November 5, 2024 – Nineteen agreements in fields ranging from "
                  "security to culture were signed on Tuesday. Among them are a memorandum of "
                  "understanding on cooperation in migration and an agreement on debt "
                  "reduction.\n") == [
        "Memorandum of understanding on cooperation in migration",
        "Agreement on debt reduction"]
