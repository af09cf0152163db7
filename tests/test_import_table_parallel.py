"""A big sheet prepared by several processes (`importers.tables.parallel`) plans and writes
exactly what one process does: the same problems at the same rows, the same duplicates, the
same bodies, persons and sectors with the same ids, the same search text; a process that
fails fails the import with nothing written."""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from importers.tables import parallel
from importers.tables.convert import Converter
from importers.tables.mapping import load_mapping
from importers.tables.plan import prepare, write
from importers.tables.reading import read_table
from mappings import resolve
from models.records import InstrumentDraft, InstrumentFilter, PartyDraft
from models.registry import Registry

from conftest import TODAY

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

HEADER = ["Registry number", "Title", "Title in Kyrgyz", "Title in English", "Kind", "Level",
          "Multilateral", "Date of signature", "Place of signature", "Parties", "Subject",
          "Sectors", "Languages of the texts", "Duration (years)", "Tacit renewal (years)",
          "Notice period (months)", "Number of renewals", "Internal act", "Depositary",
          "Responsible body", "Responsible clerk", "Confidentiality",
          "Location of the original", "Notes", "Incomplete record", "Events", "UUID"]
FINANCE = "Министерство финансов Кыргызской Республики"


def _row(title: str, parties: str, sectors: str = "", signed: str = "01.02.2020",
         number: str = "", events: str = "") -> list[str]:
    given = {"Registry number": number, "Title": title, "Kind": "Agreement",
             "Level": "Intergovernmental", "Date of signature": signed, "Parties": parties,
             "Sectors": sectors, "Events": events, "Confidentiality": "Open"}
    return [given.get(column, "") for column in HEADER]


def _sheet(path: Path) -> Path:
    """30 rows, 10 for each of three processes, where what a row is depends on the rows of
    the shares before it."""
    kz = "Правительство Республики Казахстан [KZ]"
    rows = []
    for n in range(30):
        rows.append(_row(f"Соглашение о сотрудничестве № {n} в области торговли",
                         f"Правительство Кыргызской Республики [KG]\n{kz}",
                         signed=f"{n % 28 + 1:02d}.03.2021"))
    # share 1: a body, its signatory, sectors and a number; share 2 and 3 use them again
    rows[2] = _row("Соглашение о туризме", f"{FINANCE} [KG] — А. Б. Иванов (Министр)\n{kz}",
                   "Транспорт; Энергетика", "05.05.2022", number="ТЕСТ-1",
                   events="05.05.2022 | Signed")
    rows[4] = _row("Соглашение о недрах", f"Министерство Связи [KG]\n{kz}", "Энергетика")
    # share 2: the body written otherwise (the first spelling is kept), the signatory's new
    # position, an old sector after a new one, a row with a bad date, an instrument on file
    rows[12] = _row("Соглашение о геологии",
                    f"министерство  финансов кыргызской республики [KG] — А. Б. Иванов "
                    f"(Первый министр)\n{kz}", "Геология; Транспорт", "07.07.2022")
    rows[14] = _row("Соглашение о воде", f"Министерство связи [KG]\n{kz}", "Водные ресурсы")
    rows[15] = _row("Соглашение о почте", f"{FINANCE} [KG]\n{kz}", signed="32.13.2020")
    rows[17] = _row("Соглашение о дорогах на файле", f"Правительство Кыргызской Республики "
                    f"[KG]\n{kz}", signed="10.10.2019")
    # share 3: a row repeating share 1's, a number share 1 gave, the body written otherwise
    rows[21] = rows[2][:]
    rows[21][0] = ""
    rows[23] = _row("Соглашение о связи", f"{FINANCE.upper()} [KG]\n{kz} — В. Г. Петров "
                    f"(Посол)", "Связь; Энергетика; Геология")
    rows[25] = _row("Соглашение о культуре", f"{kz} — В. Г. Петров (Министр)\nМинистерство "
                    f"финансов Кыргызской Республики [KG]", "Культура; Водные ресурсы")
    rows[27] = _row("Соглашение о спорте", f"{FINANCE} [KG]\n{kz}", number="ТЕСТ-1")
    out = path / "sheet.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return out


def _on_file(registry: Registry) -> None:
    registry.save_instrument(InstrumentDraft(
        title="Соглашение о дорогах на файле", kind="agreement", level="intergovernmental",
        signed_date=date(2019, 10, 10), sectors=["Транспорт"], parties=[
            PartyDraft(name="Правительство Кыргызской Республики", country="KG"),
            PartyDraft(name="Правительство Республики Казахстан", country="KZ")]))


def _contents(registry: Registry) -> dict[str, list]:
    """Every row of the tables an import writes, UUIDs and times aside; the full-text
    index's matches for a few words."""
    volatile = {"uuid", "created_at", "updated_at", "entered_at", "at", "record_uuid",
                "changes"}
    out = {}
    with registry.engine.connect() as conn:
        for table in ("instrument", "instrumentparty", "instrumentsector", "statusevent",
                      "organisation", "organisationformername", "person", "sector",
                      "auditentry"):
            result = conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))
            keep = [i for i, n in enumerate(result.keys()) if n not in volatile]
            out[table] = [tuple(row[i] for i in keep) for row in result]
        out["changes"] = [(c if isinstance(c, str) else json.dumps(c)).replace(u, "")
                          for c, u in conn.execute(text(
                              "SELECT changes, record_uuid FROM auditentry ORDER BY id"))]
        for word in ("геологии", "связь", "финансов", "туризме"):
            out[word] = sorted(r.id for r in registry.list_instruments(
                InstrumentFilter(text=word), limit=None).rows)
    return out


def _in_processes(monkeypatch, count: int = 3) -> list:
    """Sheets of any size prepared by `count` processes; the shares' bounds seen."""
    seen = []
    monkeypatch.setattr(parallel, "PARALLEL_ROWS", 1)
    monkeypatch.setattr(parallel, "processes", lambda: count)
    real = parallel._Worker.__init__

    def worker(self, table, converter, bulk, start, stop):
        seen.append((start, stop))
        real(self, table, converter, bulk, start, stop)

    monkeypatch.setattr(parallel._Worker, "__init__", worker)
    return seen


def _imported(registry: Registry, source) -> tuple:
    plan = prepare(registry, source, load_mapping(resolve("kelishim-export")))
    found = ([p.message("en") for p in plan.problems], plan.planned_rows,
             [r.row for r in plan.repeated], [r.row for r in plan.skipped],
             [plan.draft(r) for r in plan.results])
    write(registry, plan, skip_invalid=True)
    return found, _contents(registry)


@pytest.mark.parametrize("read, batch", [(False, 500), (True, 500), (False, 3)],
                         ids=["file", "table-rows-on-disk", "batches-of-3"])
def test_several_processes_plan_and_write_what_one_does(registry, other_db_location, tmp_path,
                                                        monkeypatch, read, batch):
    sheet = _sheet(tmp_path)
    source = read_table(sheet) if read else sheet
    with Registry.open(other_db_location, today=lambda: TODAY) as single:
        _on_file(single)
        monkeypatch.setattr(parallel, "worth_it", lambda table: False)
        expected = _imported(single, source if not read else read_table(sheet))
    monkeypatch.undo()
    shares = _in_processes(monkeypatch)
    if read:  # and the converted rows kept on disk by the processes, not in memory
        monkeypatch.setattr(parallel, "KEPT_ROWS", 5)
    monkeypatch.setattr(parallel, "BATCH", batch)  # decided, then planned, batch by batch
    _on_file(registry)
    got = _imported(registry, source)
    assert shares == [(0, 10), (10, 20), (20, 30)]
    assert got == expected
    problems, planned, repeated, skipped, _ = got[0]
    assert repeated == [19, 23] and skipped == [17, 29]  # as the spreadsheet numbers rows
    assert problems[-1] == ("row 29, column Registry number: The registry number ТЕСТ-1 is "
                            "also in row 4.")
    assert not multiprocessing.active_children()


def test_a_process_failing_fails_the_import_with_nothing_written(registry, tmp_path,
                                                                  monkeypatch):
    _in_processes(monkeypatch)
    real = Converter.convert

    def convert(self, cells, row):
        if row == 25:  # the third process's
            raise ValueError("Row 25 could not be read.")
        return real(self, cells, row)

    monkeypatch.setattr(Converter, "convert", convert)
    with pytest.raises(ValueError, match="Row 25 could not be read."):
        prepare(registry, _sheet(tmp_path), load_mapping(resolve("kelishim-export")))
    assert not registry.list_instruments(limit=None).rows
    assert not multiprocessing.active_children()


def test_a_process_ending_without_a_word_fails_the_import(registry, tmp_path, monkeypatch):
    _in_processes(monkeypatch, 2)
    real = Converter.convert

    def convert(self, cells, row):
        if row == 20:
            os._exit(3)
        return real(self, cells, row)

    monkeypatch.setattr(Converter, "convert", convert)
    with pytest.raises(parallel.WorkerFailed, match=r"rows 16-30 ended \(exit code 3\)"):
        prepare(registry, _sheet(tmp_path), load_mapping(resolve("kelishim-export")))
    assert not registry.list_instruments(limit=None).rows
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("load, count", [(0.2, 2), (1.3, 2), (2.0, 1), (3.5, 1)])
def test_as_many_processes_as_the_other_work_leaves_cores_idle(monkeypatch, load, count):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    assert parallel.processes() == count


@pytest.mark.parametrize("rows, cores, count", [
    (4_999, 4, 1), (5_000, 2, 2), (25_000, 4, 4), (25_001, 4, 2), (100_000, 2, 2),
    (100_000, 1, 1)])
def test_big_sheets_are_prepared_by_two_processes_at_most(monkeypatch, rows, cores, count):
    """(small ones are not worth it; in big ones each process's memory adds to the import's:
    two keep it under 300 MB)"""
    monkeypatch.setattr(parallel, "processes", lambda: cores)
    sheet = type("Sheet", (), {"count": rows})()
    assert parallel.worth_it(sheet) is (count > 1)
    if count > 1:
        assert parallel._count(sheet) == count


def test_a_process_holds_no_draft_it_has_put_on_disk(registry, tmp_path, monkeypatch):
    """The registry's check no longer keeps each draft a process has checked (and spooled)
    until it is planned: the process's memory does not grow with its share."""
    _in_processes(monkeypatch, 2)
    monkeypatch.setattr(parallel, "KEPT_ROWS", 5)
    real = parallel.BulkPlan.add

    def add(self, draft):
        assert list(self._checked.values()) in ([draft], []), len(self._checked)
        return real(self, draft)

    monkeypatch.setattr(parallel.BulkPlan, "add", add)
    plan = prepare(registry, _sheet(tmp_path), load_mapping(resolve("kelishim-export")))
    assert len(plan.planned_rows) > 10


def test_a_process_plans_its_rows_as_soon_as_they_are_decided(registry, tmp_path, monkeypatch):
    """The second share's process plans its first batch of rows while this process is still
    deciding its later ones (it used to wait for the whole share: a core left idle)."""
    _in_processes(monkeypatch, 2)
    monkeypatch.setattr(parallel, "BATCH", 3)
    real_add, real_enter = parallel.BulkPlan.add, parallel.BulkPlan.enter
    marker = tmp_path / "planned"

    def add(self, draft):  # in the processes
        if draft.title.endswith("№ 16 в области торговли"):  # the second share's first batch
            marker.touch()
        return real_add(self, draft)

    seen = []

    def enter(self, draft):  # in this process
        if draft.title.endswith("№ 29 в области торговли"):  # the last batch
            waited = 0.0
            while not marker.exists() and waited < 10:
                time.sleep(0.05)
                waited += 0.05
            seen.append(marker.exists())
        return real_enter(self, draft)

    monkeypatch.setattr(parallel.BulkPlan, "add", add)
    monkeypatch.setattr(parallel.BulkPlan, "enter", enter)
    plan = prepare(registry, _sheet(tmp_path), load_mapping(resolve("kelishim-export")))
    assert seen == [True]
    assert plan.planned_rows[-1] == 31  # the last row planned all the same
