"""Spreadsheet import at scale, side by side with its floor, in one run:

    python -m bench.import_bench [--rows 20000 100000] [--work DIR] [--json]

The spreadsheet is the program's own CSV export of a generated registry (bench.generate, 20,000
instruments of thirty countries, their parties, signatories, sectors and events), without
registry numbers, UUIDs or meetings, its rows repeated with a number in the title (so that each
is an instrument of its own) up to the size measured. Each measure runs in a process of its own
(peak memory is that process's):

* **import**: `importers.tables.plan.prepare` + `write` into a new registry file, as
  `main.py import-table FILE --map kelishim-export` does: reading, checking and converting every
  row, looking for duplicates, the checks, derived columns, audit entries and search text with
  word forms (before the write lock), then numbering and inserting in one transaction (all or
  nothing). `lock_s` is how long that transaction held the write lock, during which other
  clerks' saves wait: up to its commit. SQLite would then copy the WAL into the file in the
  same call (its automatic checkpoint, after the lock is let go: about 0.5 s for 20,000 rows),
  so it is turned off here and the WAL is copied when the registry is closed (`close_s`,
  counted in the import's time).
* **floor**: plain Python writing the same rows into SQLite: the file read with `csv`, each
  row's text and its parties (split, one row each) inserted, and an FTS5 index over the text,
  in one transaction.

Targets (issue 12): 20,000 rows within 5x the floor; 100,000 rows under 30 s and 300 MB. Each
process's CPU time is given beside its wall time (`cpu_s`, the CPU ratio): on a machine shared
with other work the wall times stretch unevenly, the CPU seconds much less. A big sheet is
prepared by several processes (`importers.tables.parallel`): their CPU seconds are given
apart ("theirs", `children_cpu_s`, counted in the CPU ratio), and the peak memory of the
biggest of them (`children_peak_mb`, with the pages it shares with the importing process).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCE_ROWS = 20_000
TARGETS = {"ratio_20000": 5.0, "seconds_100000": 30.0, "mb_100000": 300.0}
MAPPING = "kelishim-export"


def peak_mb() -> float:
    """This process's peak resident memory. Linux's VmHWM is the process's own since it
    started; ru_maxrss also counts the parent's size when it forked (this script's, which
    held a whole sheet in memory while it made it), so it serves only where there is no
    /proc."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the spreadsheet ----------------------------------------------------------------------

def source_table(work: Path) -> Path:
    """The generated registry's export, made once per work folder."""
    out = work / f"export-{SOURCE_ROWS}.csv"
    if out.exists():
        return out
    from bench.generate import generate
    from exporters.table import export_table
    from i18n import set_language
    from models.records import InstrumentFilter
    from models.registry import Registry

    set_language("en")
    db = work / "source.db"
    made = (work / "source.done").exists()  # generated whole earlier: exported again only
    if not made:
        for leftover in work.glob("source.db*"):
            leftover.unlink()
    with Registry.open(db) as registry:
        if not made:
            generate(registry, SOURCE_ROWS, seed=12)
            (work / "source.done").touch()
        export_table(registry, InstrumentFilter(), out.with_suffix(".tmp"), "csv", lang="en")
    out.with_suffix(".tmp").rename(out)
    return out


def spreadsheet(work: Path, rows: int) -> Path:
    """`rows` rows made from the export: no numbers, UUIDs or meetings; titles numbered."""
    out = work / f"import-{rows}.csv"
    if out.exists():
        return out
    with open(source_table(work), encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    head, body = table[0], table[1:]
    blank = [head.index(n) for n in ("Registry number", "UUID", "Meeting")]
    title = head.index("Title")
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(head)
        for n in range(rows):
            row = list(body[n % len(body)])
            for i in blank:
                row[i] = ""
            if rows > len(body):  # every copy an instrument of its own: a number of its own
                row[title] = f"{row[title]} (№ {n // len(body) + 1})"
            writer.writerow(row)
    return out


# --- the measures, each in a process of its own -------------------------------------------

def measure_import(path: Path, db: Path) -> dict:
    from importers.tables.mapping import load_mapping
    from importers.tables.plan import prepare, write
    from mappings import resolve
    from models.registry import Registry

    _no_automatic_checkpoint()
    started, cpu = time.perf_counter(), time.process_time()
    with Registry.open(db) as registry:
        opened = time.perf_counter()
        plan = prepare(registry, path, load_mapping(resolve(MAPPING)))
        prepared = time.perf_counter()
        ids = write(registry, plan)
        written = time.perf_counter()
    done = time.perf_counter()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the processes preparing rows
    return {"rows": len(plan.results), "imported": len(ids), "s": done - started,
            "open_s": opened - started, "prepare_s": prepared - opened,
            "write_s": written - prepared, "close_s": done - written,
            # the write transaction, from its lock to its commit
            "lock_s": registry.last_batch_lock_seconds,
            "cpu_s": time.process_time() - cpu, "peak_mb": peak_mb(),
            "children_cpu_s": children.ru_utime + children.ru_stime,
            # the biggest one's, with the pages it shares with this process
            "children_peak_mb": children.ru_maxrss / 1024}


def _no_automatic_checkpoint() -> None:
    """This process's SQLite connections copy their WAL into the file only when closed, not
    in the commit's call (whose time would be counted in the write lock's)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "connect")
    def connected(dbapi_connection, record) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")


def measure_floor(path: Path, db: Path) -> dict:
    started, cpu = time.perf_counter(), time.process_time()
    conn = sqlite3.connect(db)
    conn.executescript("""
        PRAGMA journal_mode=WAL;
        CREATE TABLE instrument (id INTEGER PRIMARY KEY, title TEXT, kind TEXT, signed TEXT,
                                 text TEXT);
        CREATE TABLE party (id INTEGER PRIMARY KEY, instrument_id INTEGER, name TEXT);
        CREATE INDEX ix_party ON party (instrument_id);
        CREATE VIRTUAL TABLE instrument_fts USING fts5(text, content='instrument',
                                                       content_rowid='id');""")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        head = next(reader)
        title, kind, signed, parties = (head.index(n) for n in (
            "Title", "Kind", "Date of signature", "Parties"))
        with conn:
            n = 0
            for n, row in enumerate(reader, 1):
                text = " ".join(row).casefold()
                conn.execute("INSERT INTO instrument VALUES (?, ?, ?, ?, ?)",
                             (n, row[title], row[kind], row[signed], text))
                conn.executemany("INSERT INTO party (instrument_id, name) VALUES (?, ?)",
                                 [(n, p.strip()) for p in re.split(r"[;\n]", row[parties])
                                  if p.strip()])
                conn.execute("INSERT INTO instrument_fts (rowid, text) VALUES (?, ?)",
                             (n, text))
    conn.close()
    return {"rows": n, "s": time.perf_counter() - started,
            "cpu_s": time.process_time() - cpu, "peak_mb": peak_mb()}


def child(kind: str, path: Path, work: Path) -> dict:
    """Run one measure in a new process; its figures."""
    db = Path(tempfile.mkdtemp(dir=work)) / "registry.db"
    out = subprocess.run([sys.executable, "-m", "bench.import_bench", "--child", kind,
                          str(path), str(db)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
    shutil.rmtree(db.parent, ignore_errors=True)
    if out.returncode:
        raise SystemExit(f"{kind} of {path.name} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(sizes: list[int], work: Path) -> dict:
    results = {}
    for rows in sizes:
        path = spreadsheet(work, rows)
        floor = child("floor", path, work)
        imported = child("import", path, work)
        results[rows] = {"import": imported, "floor": floor,
                         "ratio": imported["s"] / floor["s"],
                         "cpu_ratio": (imported["cpu_s"] + imported["children_cpu_s"])
                         / max(floor["cpu_s"], 1e-9)}
    return results


def table(results: dict) -> str:
    lines = [f"{'rows':>8} {'import s':>9} {'lock s':>7} {'close s':>7} {'CPU s':>6} "
             f"{'(theirs)':>8} {'MB':>6} {'(theirs)':>8} {'floor s':>8} {'CPU s':>6} "
             f"{'floor MB':>8} {'ratio':>6} {'CPU ratio':>9}"]
    for rows, r in results.items():
        i, f = r["import"], r["floor"]
        lines.append(f"{int(rows):>8,} {i['s']:>9.1f} {i['lock_s']:>7.1f} {i['close_s']:>7.1f} "
                     f"{i['cpu_s']:>6.1f} {i['children_cpu_s']:>8.1f} {i['peak_mb']:>6.0f} "
                     f"{i['children_peak_mb']:>8.0f} {f['s']:>8.2f} {f['cpu_s']:>6.2f} "
                     f"{f['peak_mb']:>8.0f} {r['ratio']:>5.1f}× {r['cpu_ratio']:>8.1f}×")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.import_bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[20_000, 100_000])
    parser.add_argument("--work", type=Path, help="where the spreadsheets are kept "
                                                  "(default: a temporary folder)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, path, db = args.child
        measure = measure_import if kind == "import" else measure_floor
        print(json.dumps(measure(Path(path), Path(db))))
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="kelishim-import-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = run(args.rows, work)
    print(json.dumps(results, indent=1) if args.json else table(results))
    ok = True
    if 20_000 in results:
        ok &= results[20_000]["ratio"] <= TARGETS["ratio_20000"]
    if 100_000 in results:
        big = results[100_000]["import"]
        ok &= big["s"] < TARGETS["seconds_100000"] and big["peak_mb"] < TARGETS["mb_100000"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
