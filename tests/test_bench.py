"""The synthetic registry generator and the benchmark, on small sizes."""

from __future__ import annotations

import json

from bench import run
from bench.generate import generate, main as generate_main
from models.records import InstrumentFilter
from models.registry import Registry

from conftest import TODAY


def _listing(path) -> list[tuple]:
    with Registry.open(path, today=lambda: TODAY) as registry:
        rows = registry.list_instruments(InstrumentFilter(), sort="registry_number",
                                         descending=False).rows
        return [(r.uuid, r.registry_number, r.title, r.kind, r.status, r.signed_date,
                 tuple(p.name for p in r.parties)) for r in rows]


def test_generator_is_deterministic_for_a_seed(tmp_path):
    for name, seed in (("a.db", 3), ("b.db", 3), ("c.db", 4)):
        with Registry.open(tmp_path / name, today=lambda: TODAY) as registry:
            generate(registry, 60, seed)
    a, b, c = (_listing(tmp_path / n) for n in ("a.db", "b.db", "c.db"))
    assert len(a) == 60 and a == b
    assert a != c


def test_generated_registry_is_varied_and_consistent(tmp_path, capsys):
    path = tmp_path / "g.db"
    assert generate_main(["--n", "400", "--db", str(path), "--seed", "2"]) == 0
    assert "400 instruments" in capsys.readouterr().out
    with Registry.open(path, today=lambda: TODAY) as registry:
        rows = registry.list_instruments(limit=None).rows
        assert len(rows) == 400
        assert len({r.status for r in rows}) >= 6
        assert len({r.kind for r in rows}) >= 10
        assert len({p.country for r in rows for p in r.parties}) >= 15
        assert registry.meetings().total > 10
        assert any(r.meeting_id for r in rows)
        detail = [registry.instrument(r.id) for r in rows[:400:7]]
        assert all(len(d.row.parties) >= 2 and d.events for d in detail)
        assert registry.count_instruments(InstrumentFilter(text="соглашения")) > 50
        assert registry.check_integrity() == []
        assert any(registry.instrument(r.id).relations for r in rows
                   if r.kind in ("protocol", "agreement", "treaty"))


def test_benchmark_reports_every_measure(tmp_path, capsys):
    path = tmp_path / "b.db"
    with Registry.open(path, today=lambda: TODAY) as registry:
        generate(registry, 80, 1)
    out = tmp_path / "b.json"
    assert run.main(["--db", str(path), "--json", str(out), "--repeat", "1", "--no-gui"]) == 0
    printed = capsys.readouterr().out
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["instruments"] == 80
    assert set(result["search"]) == set(run.QUERIES)
    assert len(result["sort"]) == 16 and all(v["floor_s"] > 0 for v in result["sort"].values())
    for line in ("first page + count", "sort title desc", "search p95", "filter change p95",
                 "open instrument p95", "peak memory"):
        assert line in printed


def test_import_benchmark_measures_the_import_beside_its_floor(tmp_path):
    """bench.import_bench on the demo's export, repeated to 20 rows: every row imported (each
    copy an instrument of its own), the floor writes as many, the figures are there."""
    from bench import import_bench
    from exporters.table import export_table
    from models.demo import load_demo

    with Registry.open(tmp_path / "demo.db", today=lambda: TODAY) as registry:
        load_demo(registry)
        export_table(registry, InstrumentFilter(), tmp_path / "export-20000.csv", "csv",
                     lang="en")
    results = import_bench.run([20], tmp_path)
    measured = results[20]
    assert measured["import"]["imported"] == measured["floor"]["rows"] == 20
    assert measured["ratio"] > 0 and measured["import"]["peak_mb"] > 0
    assert "20" in import_bench.table(results)
    # the write lock up to the commit; the WAL copied into the file when closing, after it
    assert 0 < measured["import"]["lock_s"] <= measured["import"]["write_s"]
    assert measured["import"]["close_s"] > 0 and "close s" in import_bench.table(results)
