"""Never invent a date: «today» dates the meeting only where it is said of the meeting or the
signing, and a text that gives no date still finds the records it repeats (by kind, countries
and title), so a clerk importing it again is warned, and its meeting is the one on file."""

from __future__ import annotations

from datetime import date

import pytest

from importers.press_release import CountryIndex, as_json, match_import, parse_press_release
from models.countries import seeds
from models.records import InstrumentDraft, PartyDraft

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def index():
    return CountryIndex(seeds())


def parsed(text: str, index) -> dict:
    return as_json(parse_press_release(text, TODAY, index))


@pytest.mark.parametrize("text, meeting", [
    # «today» of a fact, not of the signing: the page's date stays the report's
    ("Университеты договорились о сотрудничестве\n\n3 марта 2023\n\nНарынский университет и "
     "Университет Ватерлоо подписали меморандум о сотрудничестве в ходе поездки делегации в "
     "Канаду. Сегодня у университета более сорока партнеров за рубежом.\n", None),
    ("A college and a Korean institute agree on exchanges\n\nMarch 3, 2023\n\nOsh State "
     "University and Keimyung University signed a memorandum of cooperation during a visit of "
     "the rector to Daegu. The university today counts 40 partners abroad, the rector "
     "said.\n", None),
    ("Эки университет меморандумга кол коюшту\n\n03.03.2023\n\nОш мамлекеттик университети "
     "менен Кеймён университети кызматташтык тууралуу меморандумга кол коюшту. Бүгүн "
     "университеттин кырктан ашык өнөктөшү бар.\n", None),
    # «today» of the signing itself dates it
    ("Университеты договорились о сотрудничестве\n\n3 марта 2023\n\nНарынский университет и "
     "Университет Ватерлоо сегодня подписали меморандум о сотрудничестве.\n", "2023-03-03"),
    ("A college and a Korean institute agree on exchanges\n\nMarch 3, 2023\n\nOsh State "
     "University and Keimyung University today signed a memorandum of cooperation.\n",
     "2023-03-03"),
])
def test_today_of_another_fact_dates_no_signing(text, meeting, index):
    found = parsed(text, index)
    assert found["meeting"]["date"] == meeting
    assert [d["signed_date"] for d in found["instruments"]] == [meeting]
    if meeting is None:
        assert found["report_date"] == "2023-03-03"  # offered to the clerk, not assumed


# The demo's sanitary agreement (signed 2025-11-26 in Bishkek), reported again in other words
# and with no date anywhere in the text.
UNDATED = ("Кабмин и правительство России заключили соглашение\n\nВ Бишкеке состоялись "
           "переговоры делегаций Кыргызстана и России. По их итогам подписано соглашение между "
           "Кабинетом министров КР и Правительством РФ о сотрудничестве в области обеспечения "
           "санитарно-эпидемиологического благополучия населения.\n")


def _proposal(registry, text: str):
    countries = CountryIndex(registry.countries())
    proposal = parse_press_release(text, registry.today(), countries)
    match_import(registry, proposal, countries)
    return proposal


def test_a_text_without_a_date_still_finds_the_record_it_repeats(demo_registry):
    proposal = _proposal(demo_registry, UNDATED)
    item, = proposal.instruments
    assert item.draft.signed_date is None  # nothing invented ...
    assert item.duplicate is not None and item.duplicate.undated  # ... and still warned
    assert item.duplicate.id == demo_registry.demo.instrument_ids["sanitary"]
    # its meeting is the one on file in that city, dated by the record, not by the text
    assert proposal.meeting.id == demo_registry.demo.meeting_id
    assert proposal.meeting.start_date == date(2025, 11, 26)


def _undated(**changes) -> InstrumentDraft:
    values = dict(
        title="Соглашение между Кабинетом министров КР и Правительством РФ о сотрудничестве в "
              "области обеспечения санитарно-эпидемиологического благополучия населения",
        kind="agreement", level="intergovernmental", signed_date=None,
        parties=[PartyDraft(name="Кабинет министров КР", country="KG"),
                 PartyDraft(name="Правительство РФ", country="RU")])
    values.update(changes)
    return InstrumentDraft(**values)


def test_without_a_date_kind_countries_and_title_must_all_agree(demo_registry):
    sanitary = demo_registry.demo.instrument_ids["sanitary"]
    assert demo_registry.undated_duplicate(_undated()).id == sanitary
    assert demo_registry.undated_duplicate(_undated(kind="protocol")) is None
    assert demo_registry.undated_duplicate(_undated(parties=[
        PartyDraft(name="Кабинет министров КР", country="KG"),
        PartyDraft(name="Правительство РК", country="KZ")])) is None
    assert demo_registry.undated_duplicate(_undated(
        title="Соглашение между Кабинетом министров КР и Правительством РФ о сотрудничестве в "
              "области ветеринарии")) is None
    # a record signed after the report's own day is not what the report tells of
    assert demo_registry.undated_duplicate(_undated(), not_after=date(2025, 11, 1)) is None
    assert demo_registry.undated_duplicate(_undated(), not_after=date(2025, 11, 26)).id == \
        sanitary
    # a draft with a date is matched by its date (find_duplicates), not here
    assert demo_registry.undated_duplicate(_undated(signed_date=date(2025, 11, 26))) is None


@pytest.mark.parametrize("text, meeting", [
    # the day of other documents, said in a relative clause on them: not this signing's
    ("Ministers agree on a plan for the contracts\n\nMarch 3, 2024\n\nASTANA: The agriculture "
     "ministers of Kazakhstan and Kyrgyzstan signed an action plan to carry out the contracts "
     "that were signed during the prime minister's visit to Bishkek on February 12-13.\n",
     None),
    ("Ministers agree on a plan for the contracts\n\nMarch 3, 2024\n\nASTANA: On February 29 "
     "the agriculture ministers of Kazakhstan and Kyrgyzstan signed an action plan to carry out "
     "the contracts of the prime minister's visit.\n", "2024-02-29"),
])
def test_a_relative_clause_on_other_documents_dates_no_signing(text, meeting, index):
    found = parsed(text, index)
    assert found["meeting"]["date"] == meeting
    assert [d["signed_date"] for d in found["instruments"]] == [meeting]
