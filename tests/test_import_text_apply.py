"""apply_import: one meeting, the accepted instruments and their relations, in one
transaction; matched to what the registry already holds."""

from __future__ import annotations

import pytest

from importers.press_release import (CountryIndex, apply_import, match_import,
                                     parse_press_release)
from models.errors import ValidationError
from models.records import InstrumentFilter
from tests.test_import_text import SAMPLE


def proposal_for(registry):
    """The sample's proposal, matched; the text never says when the talks were, so the clerk
    takes the report's own date where no meeting on file gives one (as the review offers)."""
    index = CountryIndex(registry.countries())
    proposal = parse_press_release(SAMPLE.read_text(encoding="utf-8"), registry.today(), index)
    match_import(registry, proposal, index)
    m = proposal.meeting
    if m.start_date is None:
        m.start_date = m.end_date = proposal.report_date
    return proposal


def test_sample_into_an_empty_registry(registry):
    ids = apply_import(registry, proposal_for(registry), range(7))
    assert len(ids) == 7
    meeting, = registry.meetings().rows
    assert (meeting.city, meeting.venue, meeting.instrument_count) == ("Бишкек",
                                                                        "«Ынтымак Ордо»", 7)
    assert set(meeting.countries) == {"KG", "RU"}
    protocol = registry.instrument(ids[5])
    rel, = protocol.relations
    treaty = registry.instrument(rel.other_id)
    assert treaty.is_placeholder and treaty.row.kind == "treaty"
    assert treaty.row.signed_date.isoformat() == "2017-06-20"
    assert registry.count_instruments() == 8
    health = registry.instrument(ids[4]).row
    assert [p.name for p in health.parties] == ["Министерство здравоохранения КР",
                                                "Министерство здравоохранения РФ"]
    assert health.signed_date.isoformat() == "2025-11-26" and health.meeting_id == meeting.id


def test_on_the_demo_the_treaty_meeting_and_bodies_are_matched(demo_registry):
    proposal = proposal_for(demo_registry)
    treaty_id = demo_registry.demo.instrument_ids["treaty-2017"]
    assert proposal.instruments[5].earlier.matched_id == treaty_id
    assert proposal.meeting.id == demo_registry.demo.meeting_id
    assert proposal.meeting.start_date.isoformat() == "2025-11-26"  # the record's
    cabinet = proposal.instruments[1].draft.parties[0]
    assert demo_registry.organisation(cabinet.organisation_id).name == \
        "Кабинет министров Кыргызской Республики"
    before = demo_registry.count_instruments()
    ids = apply_import(demo_registry, proposal, [5])
    assert demo_registry.count_instruments() == before + 1  # no new placeholder
    rel, = demo_registry.instrument(ids[0]).relations
    assert rel.other_id == treaty_id
    assert demo_registry.meetings().total == 1


def test_dropped_documents_are_not_written(registry):
    ids = apply_import(registry, proposal_for(registry), [0, 6])
    titles = [r.title for r in registry.list_instruments(InstrumentFilter(ids=ids)).rows]
    assert len(titles) == 2 and not any("Протокол" in t for t in titles)
    assert registry.count_instruments() == 2


def test_all_or_nothing(registry):
    proposal = proposal_for(registry)
    proposal.instruments[3].draft.parties = proposal.instruments[3].draft.parties[:1]
    with pytest.raises(ValidationError) as caught:
        apply_import(registry, proposal, range(7))
    assert caught.value.problems[0].record == 4
    assert registry.count_instruments() == 0
    assert registry.meetings().total == 0
    assert registry.organisations() == []
