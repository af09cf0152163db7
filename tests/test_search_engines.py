"""Search by word forms and the batch save's sorted pages, alike on SQLite (FTS5) and on
PostgreSQL (its own text search): the suite runs every registry test on both engines (see
tests/conftest.py)."""

from __future__ import annotations

from bench.generate import generate
from models.demo import load_demo
from models.records import InstrumentFilter


def test_search_behaves_as_on_sqlite(registry):
    load_demo(registry)

    def count(query: str) -> int:
        return registry.count_instruments(InstrumentFilter(text=query))

    assert count("КАРДИОЛОГИЯ") == 1
    assert count("соглашения") >= 4
    assert count("миграция") == 1
    assert count("санитарн") == 1
    assert count("КРСУ кампус") == count("кампус крсу") == 1
    assert count("кардиология почта") == 0
    rows = registry.list_instruments(sort="signed_date", descending=False).rows
    assert rows[0].signed_date.year == 2017  # empty dates last, either way


def test_batch_save_and_sorted_pages(registry):
    generate(registry, 120, 2)
    assert registry.count_instruments() == 120
    assert registry.count_instruments(InstrumentFilter(text="соглашения")) > 10
    for descending in (True, False):
        rows = registry.list_instruments(sort="next_deadline", descending=descending,
                                            limit=None).rows
        dates = [r.next_deadline for r in rows if r.next_deadline]
        assert dates == sorted(dates, reverse=descending)
        assert all(r.next_deadline is None for r in rows[len(dates):])
