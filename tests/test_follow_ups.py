"""Follow-up instructions of a meeting (what, who, by when): stored with the meeting, checked,
audited, entered in the meeting editor and printed by the briefing."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from models.errors import ValidationError
from models.records import FollowUpDraft
from reports.build import build_report
from reports.request import ReportRequest


def _meeting_draft(registry):
    detail = registry.meeting(registry.demo.meeting_id)
    m = detail.row
    from models.records import MeetingDraft

    return detail, MeetingDraft(id=m.id, uuid=m.uuid, title=m.title, kind=m.kind,
                                start_date=m.start_date, end_date=m.end_date, city=m.city,
                                venue=m.venue, level=m.level, countries=list(m.countries),
                                participants=detail.participants, notes=detail.notes,
                                source_url=detail.source_url)


def test_instructions_are_kept_changed_removed_and_audited(demo_registry):
    detail, draft = _meeting_draft(demo_registry)
    protocol = demo_registry.demo.instrument_ids["protocol"]
    draft.follow_ups = [
        FollowUpDraft("Внести в Жогорку Кенеш проект закона о ратификации Протокола",
                      "Министерство иностранных дел", date(2026, 1, 26), instrument_id=protocol),
        FollowUpDraft("Подготовить план мероприятий по реализации договорённостей",
                      "Кабинет министров", date(2026, 2, 15))]
    demo_registry.save_meeting(draft)
    saved = demo_registry.meeting(draft.id).follow_ups
    assert [(f.what[:6], f.who, f.instrument_id) for f in saved] == [
        ("Внести", "Министерство иностранных дел", protocol),
        ("Подгот", "Кабинет министров", None)]
    # done, one removed, the meeting's other fields untouched when follow_ups is None
    first = saved[0]
    draft.follow_ups = [FollowUpDraft(**{**first.__dict__, "done_on": date(2026, 1, 20)})]
    demo_registry.save_meeting(draft)
    again = demo_registry.meeting(draft.id).follow_ups
    assert len(again) == 1 and again[0].id == first.id and again[0].done_on == date(2026, 1, 20)
    draft.follow_ups = None
    draft.notes = "Другие заметки"
    demo_registry.save_meeting(draft)
    assert len(demo_registry.meeting(draft.id).follow_ups) == 1
    changes = [a.changes for a in demo_registry.audit_log(20) if a.table == "meeting"]
    assert any("follow_ups" in c and len(c["follow_ups"][1]) == 2 for c in changes)
    assert any("follow_ups" in c and "✓2026-01-20" in c["follow_ups"][1][0] for c in changes)


@pytest.mark.parametrize("follow_up, says", [
    (FollowUpDraft("", "МИД", date(2026, 1, 1)), "что нужно сделать"),
    (FollowUpDraft("Подготовить", "", date(2026, 1, 1)), "кто"),
    (FollowUpDraft("Подготовить", "МИД", None), "срок"),
    (FollowUpDraft("Подготовить", "МИД", date(2025, 1, 1)), "до встречи"),
])
def test_an_instruction_needs_what_who_and_when(demo_registry, follow_up, says):
    _detail, draft = _meeting_draft(demo_registry)
    draft.follow_ups = [follow_up]
    with pytest.raises(ValidationError) as caught:
        demo_registry.save_meeting(draft)
    assert says in caught.value.message("ru")
    assert demo_registry.meeting(draft.id).follow_ups == ()


def test_an_instruction_concerns_only_a_document_of_its_meeting(demo_registry):
    other = demo_registry.list_instruments().rows
    stranger = next(r.id for r in other if r.meeting_id is None)
    _detail, draft = _meeting_draft(demo_registry)
    draft.follow_ups = [FollowUpDraft("Подготовить", "МИД", date(2026, 1, 1),
                                      instrument_id=stranger)]
    with pytest.raises(ValidationError, match="не подписанного на этой встрече"):
        demo_registry.save_meeting(draft)


def test_the_briefing_lists_the_instructions_with_their_state(demo_registry):
    _detail, draft = _meeting_draft(demo_registry)
    draft.follow_ups = [
        FollowUpDraft("Внести проект закона о ратификации", "Министерство иностранных дел",
                      date(2026, 1, 26), instrument_id=demo_registry.demo.instrument_ids[
                          "protocol"]),
        FollowUpDraft("Провести заседание рабочей группы", "Министерство экономики",
                      date(2026, 12, 20)),
        FollowUpDraft("Направить ноту", "Посольство", date(2026, 1, 10),
                      done_on=date(2026, 1, 9))]
    demo_registry.save_meeting(draft)
    out = io.BytesIO()
    build_report(demo_registry, ReportRequest("briefing", meeting_id=draft.id), out)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Поручения по итогам встречи" in text
    assert "Внести проект закона о ратификации" in text and "2025/ПР-0001" in text
    assert "просрочено на 303" in text  # due 26.01.2026, today 25.11.2026
    assert "выполнено 09.01.2026" in text and "предстоит" in text
    # the document's own section repeats what concerns it, and names the next step's owner
    assert "Внести проект закона о ратификации — Министерство иностранных дел" in text
    assert "Жогорку Кенеш (законопроект вносит Кабинет министров)" in text
    assert "Уведомление другой стороны не получено" in text or "не получено" in text


def test_the_meeting_editor_enters_instructions(qtbot, demo_registry):
    from app.settings import Settings
    from ui.editor.meeting import FOLLOW_UPS, MeetingEditor

    editor = MeetingEditor(demo_registry, Settings(), meeting_id=demo_registry.demo.meeting_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(FOLLOW_UPS)
    panel = editor.follow_ups
    panel.add_button.click()
    assert panel.table.rowCount() == 1
    cell = panel.table.cellWidget
    cell(0, 0).setText("Подготовить проект закона о ратификации")
    cell(0, 1).setText("Министерство юстиции")
    cell(0, 2).set_date(date(2026, 2, 1))
    concerns = cell(0, 4)
    concerns.setCurrentIndex(concerns.findData(demo_registry.demo.instrument_ids["protocol"]))
    assert editor.save()
    saved = demo_registry.meeting(demo_registry.demo.meeting_id).follow_ups
    assert [(f.who, f.due, f.instrument_id) for f in saved] == [
        ("Министерство юстиции", date(2026, 2, 1), demo_registry.demo.instrument_ids["protocol"])]
    # a row without who: the problem is shown and nothing is written
    panel.add_button.click()
    cell(1, 0).setText("Ещё одно поручение")
    cell(1, 2).set_date(date(2026, 3, 1))
    assert not editor.save()
    assert len(demo_registry.meeting(demo_registry.demo.meeting_id).follow_ups) == 1
    panel.table.cellWidget(1, 5).click()  # ✕ removes the row
    assert editor.save()
