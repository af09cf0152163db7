"""How fast the program is on a (generated) registry, beside the floor of raw sqlite3:

    python -m bench.run --db PATH [--json OUT] [--repeat N] [--no-gui]

Measures, through the registry API the program itself uses: the first page of the instrument
list (with the number of matches), a sort by each column, searches over a fixed set of typical
queries, filter changes, opening an instrument, and from the outside the time from starting
`main.py --db PATH` to the main window shown with its lists filled. Each figure is also given as
a ratio to the time raw sqlite3 takes to read the same rows. Prints a table and writes JSON
(default: beside the database, NAME.bench.json).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = 200  # rows per page, as the GUI asks for them
TARGETS = {"window": 1.5, "first_page": 0.1, "sort": 0.3, "search": 0.1, "filter": 0.1,
           "open": 0.1}
# What clerks type: whole words in other forms, prefixes while typing, two words, other scripts.
QUERIES = ("соглашение", "соглашения", "СОГЛАШЕНИЙ", "кардиология", "миграции", "санитарн",
           "здравоохранения", "Казахстан", "правительство российской", "меморандум",
           "инвестиций", "транспорт", "министерство образования", "водных ресурсов",
           "снежного барса", "протокол о внесении изменений", "agreement", "Кыргыз",
           "ортосундагы", "со", "сог", "согл", "Ли", "2019")
_NULLABLE = ("signed_date", "next_deadline")  # ordered with NULL last, as the list does
# Raw SQL of the same list: columns the list shows, then the parties of the page.
_ROW = ("SELECT id, registry_number, title, kind, level, status, signed_date, counterpart, "
        "next_deadline, meeting_id, confidentiality FROM instrument WHERE deleted_at IS NULL")
_PARTIES = ("SELECT p.instrument_id, o.id, o.name, o.country_id, pe.full_name "
            "FROM instrumentparty p JOIN organisation o ON o.id = p.organisation_id "
            "LEFT JOIN person pe ON pe.id = p.signatory_id WHERE p.instrument_id IN ({})")


def _timed(fn, repeat: int) -> tuple[float, object]:
    """The median time of `repeat` calls after one warm-up call, and the last result."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Floor:
    """The same reads in raw sqlite3: what the disk and SQLite alone cost."""

    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)

    def page(self, where: str = "", params=(), order: str = "signed_date DESC, id DESC") -> None:
        rows = self.conn.execute(f"{_ROW} {where} ORDER BY {order} LIMIT {PAGE}",
                                 params).fetchall()
        self.conn.execute(f"SELECT count(*) FROM instrument WHERE deleted_at IS NULL {where}",
                          params).fetchone()
        ids = [r[0] for r in rows]
        self.conn.execute(_PARTIES.format(",".join("?" * len(ids))), ids).fetchall()

    def instrument(self, iid: int) -> None:
        self.conn.execute("SELECT * FROM instrument WHERE id = ?", (iid,)).fetchone()
        self.conn.execute(_PARTIES.format("?"), (iid,)).fetchall()
        for table, column in (("statusevent", "instrument_id"), ("relation", "source_id"),
                              ("relation", "target_id"), ("attachment", "instrument_id"),
                              ("instrumentsector", "instrument_id")):
            self.conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", (iid,)).fetchall()


def measure_api(db: str, repeat: int) -> dict:
    from models.records import InstrumentFilter
    from models.registry import SORT_KEYS, Registry
    from models.search import fts5_query

    out: dict = {}
    floor = Floor(db)
    started = time.perf_counter()
    registry = Registry.open(db, create=False)
    out["open_registry_s"] = time.perf_counter() - started

    def page(f=None, sort="signed_date", descending=True):
        return lambda: registry.list_instruments(f or InstrumentFilter(), sort=sort,
                                                 descending=descending, limit=PAGE)

    t, first = _timed(page(), repeat)
    out["instruments"] = first.total
    out["first_page"] = {"s": t, "floor_s": _timed(floor.page, repeat)[0]}

    out["sort"] = {}
    for key in SORT_KEYS:
        column = {"title": "title_key"}.get(key, key)
        for descending in (False, True):
            t, _ = _timed(page(sort=key, descending=descending), repeat)
            order = (f"{column} DESC, id DESC" if descending else
                     f"{column} IS NULL, {column}, id" if key in _NULLABLE else f"{column}, id")
            fl, _ = _timed(lambda: floor.page(order=order), repeat)
            out["sort"][f"{key} {'desc' if descending else 'asc'}"] = {"s": t, "floor_s": fl}

    out["search"] = {}
    for query in QUERIES:
        t, result = _timed(page(InstrumentFilter(text=query)), repeat)
        where = "AND id IN (SELECT rowid FROM instrument_fts WHERE instrument_fts MATCH ?)"
        fl, _ = _timed(lambda: floor.page(where, (fts5_query(query),)), repeat)
        out["search"][query] = {"s": t, "floor_s": fl, "matches": result.total}

    cids = dict(floor.conn.execute("SELECT code, id FROM country"))
    year = (date(2015, 1, 1), date(2015, 12, 31))
    filters = {
        "country KZ": (InstrumentFilter(country="KZ"),
                       "AND EXISTS (SELECT 1 FROM instrumentparty p JOIN organisation o ON "
                       "o.id = p.organisation_id WHERE p.instrument_id = instrument.id AND "
                       "o.country_id = ?)", (cids["KZ"],)),
        "kind memorandum": (InstrumentFilter(kind="memorandum_of_understanding"),
                            "AND kind = ?", ("memorandum_of_understanding",)),
        "level interagency": (InstrumentFilter(level="interagency"), "AND level = ?",
                              ("interagency",)),
        "status in force": (InstrumentFilter(status="in_force"), "AND status = ?",
                            ("in_force",)),
        "status suspended": (InstrumentFilter(status="suspended"), "AND status = ?",
                             ("suspended",)),
        "sector health": (InstrumentFilter(sector="Здравоохранение"),
                          "AND EXISTS (SELECT 1 FROM instrumentsector s JOIN sector x ON "
                          "x.id = s.sector_id WHERE s.instrument_id = instrument.id AND "
                          "x.name_ru = ?)", ("Здравоохранение",)),
        "signed in 2015": (InstrumentFilter(signed_from=year[0], signed_to=year[1]),
                           "AND signed_date BETWEEN ? AND ?", tuple(map(str, year))),
        "country RU + in force": (InstrumentFilter(country="RU", status="in_force"),
                                  "AND status = 'in_force' AND EXISTS (SELECT 1 FROM "
                                  "instrumentparty p JOIN organisation o ON o.id = "
                                  "p.organisation_id WHERE p.instrument_id = instrument.id "
                                  "AND o.country_id = ?)", (cids["RU"],)),
        "search + kind": (InstrumentFilter(text="здравоохранения", kind="agreement"),
                          "AND kind = 'agreement' AND id IN (SELECT rowid FROM instrument_fts "
                          "WHERE instrument_fts MATCH ?)", (fts5_query("здравоохранения"),)),
    }
    out["filter"] = {}
    for name, (f, where, params) in filters.items():
        t, result = _timed(page(f), repeat)
        fl, _ = _timed(lambda: floor.page(where, params), repeat)
        out["filter"][name] = {"s": t, "floor_s": fl, "matches": result.total}

    ids = [r[0] for r in floor.conn.execute("SELECT id FROM instrument")]
    sample = random.Random(5).sample(ids, min(50, len(ids)))
    opened = [_timed(lambda i=i: registry.instrument(i), 1)[0] for i in sample]
    floors = [_timed(lambda i=i: floor.instrument(i), 1)[0] for i in sample]
    out["open"] = {"p50_s": _percentile(opened, 0.5), "p95_s": _percentile(opened, 0.95),
                   "floor_s": statistics.median(floors)}
    t, items = _timed(lambda: registry.deadlines(90), 1)
    out["deadlines_90_days"] = {"s": t, "items": len(items)}
    out["api_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    registry.close()
    return out


def measure_window(db: str, runs: int) -> dict:
    """The median of `runs` starts of the program (see start_window), with every run's time."""
    results = [start_window(db) for _ in range(runs)]
    timed = sorted((r for r in results if "s" in r), key=lambda r: r["s"])
    if not timed:
        return results[0]
    return {**timed[len(timed) // 2], "runs_s": [r["s"] for r in timed]}


def start_window(db: str) -> dict:
    """`main.py --db PATH` in a child process with the offscreen platform, timed from the
    outside until it reports the window shown and filled; settings in a scratch home."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home,
               "XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data",
               "XDG_STATE_HOME": f"{home}/state", "XDG_CACHE_HOME": f"{home}/cache"}
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "bench.gui_probe", "--db", db],
                                 cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        report, elapsed = None, 0.0
        for line in child.stdout:  # the report comes as the window is filled, before exit
            if line.startswith("{"):
                elapsed = time.perf_counter() - started
                report = json.loads(line)
        errors = child.stderr.read()
        child.wait(timeout=60)
    if report is None:
        return {"error": (errors.strip().splitlines() or ["no report"])[-1]}
    return {"s": elapsed, **report}


def _row(name: str, seconds: float, floor: float | None, target: float | None) -> str:
    ratio = f"{seconds / floor:7.1f}×" if floor else " " * 8
    verdict = "" if target is None else ("ok" if seconds <= target else
                                         f"MISSED by {seconds - target:.3f} s")
    floor_text = f"{floor * 1000:9.1f}" if floor else " " * 9
    return f"{name:<34}{seconds * 1000:10.1f}{floor_text}{ratio}  {verdict}"


def table(r: dict) -> str:
    lines = [f"{r['instruments']:,} instruments in {r['db']}",
             f"{'measure':<34}{'ms':>10}{'floor ms':>9}{'ratio':>8}  target",
             "-" * 80]
    w = r.get("window", {})
    if "s" in w:
        lines.append(_row("window shown and filled", w["s"], None, TARGETS["window"]))
        lines += [f"  {step:<32}{w[step] * 1000:10.1f}" for step in (
            "imported_s", "registry_open_s", "window_built_s", "instruments_s", "deadlines_s")
            if step in w]
    elif w:
        lines.append(f"{'window shown and filled':<34}not measured: {w['error']}")
    lines.append(_row("first page + count", r["first_page"]["s"], r["first_page"]["floor_s"],
                      TARGETS["first_page"]))
    for key, v in r["sort"].items():
        lines.append(_row(f"sort {key}", v["s"], v["floor_s"], TARGETS["sort"]))
    s = r["search_summary"]
    lines.append(_row("search p50", s["p50_s"], s["floor_p50_s"], None))
    lines.append(_row("search p95", s["p95_s"], s["floor_p95_s"], TARGETS["search"]))
    f = r["filter_summary"]
    lines.append(_row("filter change p50", f["p50_s"], f["floor_p50_s"], None))
    lines.append(_row("filter change p95", f["p95_s"], f["floor_p95_s"], TARGETS["filter"]))
    lines.append(_row("open instrument p50", r["open"]["p50_s"], r["open"]["floor_s"], None))
    lines.append(_row("open instrument p95", r["open"]["p95_s"], r["open"]["floor_s"],
                      TARGETS["open"]))
    lines.append(_row("deadlines (90 days)", r["deadlines_90_days"]["s"], None, None))
    lines.append(f"{'peak memory, API process':<34}{r['api_maxrss_mb']:10.0f} MB")
    if "maxrss_mb" in w:
        lines.append(f"{'peak memory, window process':<34}{w['maxrss_mb']:10.0f} MB"
                     f"  {'ok' if w['maxrss_mb'] < 400 else 'MISSED'} (target 400 MB)")
    lines.append("")
    lines.append("slowest searches: " + ", ".join(
        f"«{q}» {v['s'] * 1000:.0f} ms ({v['matches']:,})" for q, v in sorted(
            r["search"].items(), key=lambda kv: -kv[1]["s"])[:4]))
    return "\n".join(lines)


def _summary(results: dict) -> dict:
    times = [v["s"] for v in results.values()]
    floors = [v["floor_s"] for v in results.values()]
    return {"p50_s": _percentile(times, 0.5), "p95_s": _percentile(times, 0.95),
            "floor_p50_s": _percentile(floors, 0.5), "floor_p95_s": _percentile(floors, 0.95)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="registry file to measure")
    parser.add_argument("--json", help="where to write the results (default NAME.bench.json)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each query")
    parser.add_argument("--no-gui", action="store_true", help="skip the window start-up")
    args = parser.parse_args(argv)
    if not Path(args.db).is_file():
        parser.error(f"no such database: {args.db}")
    results = {"db": args.db, "when": time.strftime("%Y-%m-%d %H:%M"),
               "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version,
               "cpus": os.cpu_count()}
    if not args.no_gui:
        results["window"] = measure_window(args.db, args.repeat)
    results.update(measure_api(args.db, args.repeat))
    results["search_summary"] = _summary(results["search"])
    results["filter_summary"] = _summary(results["filter"])
    out = Path(args.json or Path(args.db).with_suffix(".bench.json"))
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(table(results))
    print(f"\nJSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
