"""Load trials: clerks' programs as processes of their own working on one registry at once, on
each engine (SQLite file, PostgreSQL database). The figures in docs/RELIABILITY.md are these
trials' (each test prints them; `pytest -s -k load_trials` shows them)."""

from __future__ import annotations

import csv
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from cli.app import main as cli_main
from conftest import ROOT

WORKER = Path(__file__).with_name("load_worker.py")
CLERKS, SAVES = 5, 200


def start_clerks(location: str, jobs: list[list[str]], lead: float = 4.0):
    """Start one process per job; each begins at the same moment (`lead` seconds from now:
    time to start Python and open the registry)."""
    start = time.time() + lead
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return [subprocess.Popen([sys.executable, str(WORKER), location, str(start), *job],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            for job in jobs]


def results(processes, timeout: float = 600) -> list[dict]:
    out = []
    for p in processes:
        stdout, stderr = p.communicate(timeout=timeout)
        assert p.returncode == 0, stderr[-1500:]
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


def figures(name: str, runs: list[dict]) -> str:
    seconds = sorted(s for r in runs for s in r["seconds"])
    line = (f"{name}: {sum(len(r['saved']) for r in runs)} saved, "
            f"{sum(len(r['errors']) for r in runs)} errors; a save p50 "
            f"{statistics.median(seconds) * 1000:.0f} ms, p95 "
            f"{seconds[int(len(seconds) * 0.95) - 1] * 1000:.0f} ms, longest {seconds[-1]:.2f} s")
    print(line)
    return line


def test_five_clerks_two_hundred_saves_each(registry, db_location, engine_name):
    started = time.perf_counter()
    runs = results(start_clerks(db_location, [["saves", str(SAVES), f"c{c}"]
                                              for c in range(CLERKS)]))
    figures(f"{engine_name}, {CLERKS} x {SAVES} saves ({time.perf_counter() - started:.0f} s "
            f"with start-up)", runs)
    assert [e for r in runs for e in r["errors"]] == []  # 0 errors shown
    ids = [i for r in runs for i in r["saved"]]
    rows = registry.list_instruments(limit=None, with_total=False).rows
    assert len(ids) == len(set(ids)) == CLERKS * SAVES
    assert {r.id for r in rows} == set(ids)  # 0 lost
    numbers = [r.registry_number for r in rows]
    assert len(set(numbers)) == len(numbers)  # 0 duplicate numbers
    titles = {r.title for r in rows}
    assert len(titles) == CLERKS * SAVES  # every save is there, as saved


def test_two_clerks_saving_the_same_instrument(demo_registry, db_location, tmp_path):
    iid = demo_registry.list_instruments(sort="registry_number", descending=False).rows[0].id
    before = demo_registry.instrument(iid)
    ready = tmp_path / "ready"
    runs = results(start_clerks(db_location, [
        ["same", str(iid), "notes", "Айгуль: оригинал в архиве", str(ready)],
        ["same", str(iid), "subject", "(Бакыт: уточнено)", str(tmp_path / "other-ready")],
    ], lead=3.0))
    told = [r for r in runs if r["conflicts"]]
    assert len(told) == 1  # the second is told…
    assert "after you opened it" in told[0]["errors_told"]
    after = demo_registry.instrument(iid)
    assert after.notes.endswith("Айгуль: оригинал в архиве")  # …and nothing is lost
    assert after.subject.endswith("(Бакыт: уточнено)")
    assert after.row_version == before.row_version + 2


def test_an_import_with_three_editors_working(demo_registry, db_location, tmp_path):
    exported = tmp_path / "export.csv"
    assert cli_main(["--db", db_location, "--lang", "en", "export", "csv", "-o",
                     str(exported)]) == 0
    rows = list(csv.reader(open(exported, encoding="utf-8-sig"), delimiter=";"))
    head, body = rows[0], rows[1:]
    blank = [head.index(n) for n in ("Registry number", "UUID", "Meeting")]
    sheet = tmp_path / "import.csv"
    with open(sheet, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(head)
        for n in range(2000):
            row = list(body[n % len(body)])
            for i in blank:
                row[i] = ""
            # an instrument of its own: its own title and day (as ../shared/checks/several-clerks)
            row[head.index("Title")] = f"Соглашение № {n} о сотрудничестве в области геологии"
            row[head.index("Date of signature")] = (date(2001, 1, 1) + timedelta(days=n)) \
                .strftime("%d.%m.%Y")
            writer.writerow(row)
    ids = [r.id for r in demo_registry.list_instruments(limit=3).rows]
    runs = results(start_clerks(db_location, [["import", str(sheet)]] +
                                [["edits", "40", str(i)] for i in ids]))
    imported, editors = runs[0], runs[1:]
    figures("import of 2,000 rows", [imported])
    figures("three editors during the import", editors)
    assert imported["errors"] == [] and imported["saved"] == [2000]
    assert [e for r in editors for e in r["errors"]][:3] == []
    assert sum(len(r["saved"]) for r in editors) == 120
    assert demo_registry.count_instruments() == 8 + 2000
    for iid in ids:
        assert demo_registry.instrument(iid).notes == "правка 39"
    numbers = [r.registry_number for r in demo_registry.list_instruments(limit=None).rows]
    assert len(set(numbers)) == len(numbers)
    # the longest an editor's save waited: the import's hold of the write lock
    assert max(s for r in editors for s in r["seconds"]) < 30
