"""Export: XLSX and CSV that import back unchanged and cannot run formulas; deadlines as an
iCalendar file that calendar programs read."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from cli.app import main
from conftest import TODAY
from exporters.calendar import export_calendar
from exporters.columns import own_mapping
from exporters.table import export_table
from importers.tables.mapping import load_mapping, parse_mapping
from importers.tables.plan import prepare, write
from models.records import InstrumentFilter
from models.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "tables"


def snapshot(registry: Registry) -> dict:
    """What a clerk would compare: every field, party and event of every instrument."""
    out = {}
    for row in registry.list_instruments(limit=None).rows:
        d = registry.instrument(row.id)
        out[row.registry_number] = (
            row.uuid, row.title, row.kind, row.level, row.signed_date, row.signed_date_precision,
            row.status, row.confidentiality, d.title_ky, d.title_en, d.multilateral, d.subject,
            d.sectors, d.signed_place, d.languages, d.duration_years, d.renewal_years,
            d.renewal_notice_months, d.max_renewals, d.effective_on_signature, d.internal_act,
            d.depositary,
            d.responsible_body, d.responsible_clerk, d.original_location, d.notes,
            d.is_placeholder,
            tuple((p.name, p.country, p.signatory_name, p.signatory_position)
                  for p in row.parties),
            tuple((e.kind, e.act_date, e.effective_date, e.reference, e.text)
                  for e in d.events))
    return out


def _enrich(registry: Registry) -> None:
    """Give the demo the fields the demo leaves empty, so that the round trip covers them."""
    treaty = registry.demo.instrument_ids["treaty-2017"]
    draft = registry.instrument(treaty).to_draft()
    draft.title_en = "Treaty on military-technical cooperation"
    draft.duration_years, draft.renewal_years, draft.renewal_notice_months = 5, 5, 6
    draft.responsible_body, draft.confidentiality = "МИД КР", "official_use"
    draft.internal_act, draft.multilateral = "resolution", True
    draft.depositary = "Министерство иностранных дел Российской Федерации"
    draft.notes = "=1+1 — примечание; с точкой с запятой\nи второй строкой"
    draft.parties[0].signatory_name, draft.parties[0].signatory_position = (
        "А. Б. Иванов", "министр")
    draft.events.append(type(draft.events[0])("ratified", date(2018, 3, 1), date(2018, 3, 5),
                                              reference="Закон № 24", text="с оговоркой"))
    registry.save_instrument(draft)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_export_imports_back_into_an_empty_registry_unchanged(demo_registry,
                                                              tmp_path, fmt):
    _enrich(demo_registry)
    out = tmp_path / f"list.{fmt}"
    assert export_table(demo_registry, InstrumentFilter(), out, fmt) == 8
    with Registry.open(tmp_path / "empty.db", today=lambda: TODAY) as empty:
        plan = prepare(empty, out, load_mapping(ROOT / "mappings" / "kelishim-export.json"))
        assert [p.message("en") for p in plan.problems] == []
        assert len(write(empty, plan)) == 8
        assert snapshot(empty) == snapshot(demo_registry)


def test_export_in_kyrgyz_reads_back_with_the_same_mapping(demo_registry, tmp_path):
    out = tmp_path / "ky.xlsx"
    export_table(demo_registry, InstrumentFilter(), out, "xlsx", lang="ky")
    with Registry.open(tmp_path / "empty.db", today=lambda: TODAY) as empty:
        write(empty, prepare(empty, out, parse_mapping(own_mapping())))
        assert snapshot(empty) == snapshot(demo_registry)


HOSTILE = ["=HYPERLINK(\"http://evil.example/\",\"x\")", "+7+cmd|' /C calc'!A0", "-2+3",
           "@SUM(1+1)", "\t=1+1", "\r=1+1"]


def _hostile_registry(registry) -> Registry:
    plan = prepare(registry, DATA / "formulas.csv", load_mapping(DATA / "register-basic.json"))
    write(registry, plan)
    for row, title in zip(registry.list_instruments(sort="registry_number",
                                                    descending=False).rows, HOSTILE):
        draft = registry.instrument(row.id).to_draft()
        draft.title = title if title.strip() else draft.title
        draft.subject = title
        registry.save_instrument(draft)
    return registry


def test_formula_cells_are_neutralised_in_xlsx(registry, tmp_path):
    _hostile_registry(registry)
    out = tmp_path / "x.xlsx"
    export_table(registry, InstrumentFilter(), out, "xlsx")
    ws = load_workbook(out).active
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert all(c.data_type != "f" for c in cells)
    assert not [c.value for c in cells if c.value and c.value[0] in "=+-@\t\r"]
    titles = [ws.cell(r, 2).value for r in range(2, 7)]
    assert "'=HYPERLINK(\"http://evil.example/\",\"x\")" in titles


def test_formula_cells_are_neutralised_in_csv_and_import_back_unchanged(registry, tmp_path):
    _hostile_registry(registry)
    before = snapshot(registry)
    out = tmp_path / "x.csv"
    export_table(registry, InstrumentFilter(), out, "csv")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in list(csv.reader(fh, delimiter=";"))[1:] for c in row]
    assert not [c for c in cells if c and c[0] in "=+-@\t\r"]
    assert "'-2+3" in cells and "'@SUM(1+1)" in cells
    with Registry.open(tmp_path / "empty.db", today=lambda: TODAY) as empty:
        write(empty, prepare(empty, out, parse_mapping(own_mapping())))
        assert snapshot(empty) == before


def test_calendar_holds_the_demo_deadlines_as_all_day_events_with_reminders(demo_registry,
                                                                           tmp_path):
    _enrich(demo_registry)
    treaty = demo_registry.demo.instrument_ids["treaty-2017"]
    draft = demo_registry.instrument(treaty).to_draft()
    draft.is_placeholder = False
    draft.renewal_years = draft.renewal_notice_months = None  # expires 10.01.2027
    draft.events.append(type(draft.events[0])("entered_into_force", date(2022, 1, 10)))
    demo_registry.save_instrument(draft)
    expected = demo_registry.deadlines(800)
    assert any(i.due > TODAY for i in expected) and any(i.due < TODAY for i in expected)
    out = tmp_path / "deadlines.ics"
    assert export_calendar(demo_registry, out, 800) == len(expected)
    cal = Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(expected)
    by_uid = {str(e["UID"]): e for e in events}
    assert len(by_uid) == len(events)
    for item in expected:
        event = next(e for e in events if item.title in str(e["SUMMARY"])
                     and e["DTSTART"].dt == item.due)
        assert event["DTEND"].dt == item.due + timedelta(days=1)
        alarms = list(event.walk("VALARM"))
        assert (len(alarms) == 2) == (item.due > TODAY)
    expiry = next(e for e in events if str(e["SUMMARY"]).startswith("Истечение срока"))
    assert expiry["DTSTART"].dt == date(2027, 1, 10)
    # The UIDs stay the same in a later export: calendars update instead of doubling.
    again = tmp_path / "again.ics"
    export_calendar(demo_registry, again, 800)
    assert {str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")} == \
        set(by_uid)


def test_calendar_summary_follows_the_language(demo_registry, tmp_path):
    out = tmp_path / "ky.ics"
    export_calendar(demo_registry, out, 3650, lang="ky")
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert summaries and all(s.startswith("Ички мамлекеттик жол-жоболор") for s in summaries)


def test_command_line_export_and_errors(demo_registry, db_location, tmp_path, capsys):
    demo_registry.close()

    def run(*args):
        code = main(["--db", db_location, "--lang", "en", *args])
        out, err = capsys.readouterr()
        return SimpleNamespace(returncode=code, stdout=out, stderr=err)

    done = run("export", "csv", "-o", str(tmp_path / "ru.csv"), "--country", "RU",
               "--kind", "agreement")
    assert done.returncode == 0, done.stderr
    assert "3 instrument(s) written" in done.stdout
    ics = run("export", "ics", "-o", str(tmp_path / "d.ics"), "--days", "3650")
    assert ics.returncode == 0 and "deadline(s) written" in ics.stdout
    unknown = run("export", "xlsx", "-o", str(tmp_path / "x.xlsx"), "--country", "XX")
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
    assert not (tmp_path / "x.xlsx").exists()
    (tmp_path / "taken").write_text("a file, not a folder")
    blocked = run("export", "xlsx", "-o", str(tmp_path / "taken" / "x.xlsx"))
    assert blocked.returncode != 0 and "Traceback" not in blocked.stderr
