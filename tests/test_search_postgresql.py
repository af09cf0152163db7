"""The same search and batch save on PostgreSQL, through its own full-text search.

Runs when KELISHIM_TEST_POSTGRESQL holds the URL of a server database the tests may use to
create and drop scratch databases, e.g.
postgresql+psycopg://postgres@/postgres?host=/tmp/pg&port=55432 (docs/PERFORMANCE.md shows
how to start a throwaway server); skipped otherwise.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.generate import generate
from models.demo import load_demo
from models.records import InstrumentFilter
from models.registry import Registry

from conftest import TODAY

SERVER = os.environ.get("KELISHIM_TEST_POSTGRESQL")
pytestmark = pytest.mark.skipif(not SERVER, reason="KELISHIM_TEST_POSTGRESQL is not set")


@pytest.fixture
def pg_registry():
    name = f"kelishim_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    registry = Registry.open(make_url(SERVER).set(database=name).render_as_string(False),
                             today=lambda: TODAY)
    yield registry
    registry.close()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name}"))
    admin.dispose()


def test_search_behaves_as_on_sqlite(pg_registry):
    load_demo(pg_registry)

    def count(query: str) -> int:
        return pg_registry.count_instruments(InstrumentFilter(text=query))

    assert count("КАРДИОЛОГИЯ") == 1
    assert count("соглашения") >= 4
    assert count("миграция") == 1
    assert count("санитарн") == 1
    assert count("КРСУ кампус") == count("кампус крсу") == 1
    assert count("кардиология почта") == 0
    rows = pg_registry.list_instruments(sort="signed_date", descending=False).rows
    assert rows[0].signed_date.year == 2017  # empty dates last, either way


def test_batch_save_and_sorted_pages(pg_registry):
    generate(pg_registry, 120, 2)
    assert pg_registry.count_instruments() == 120
    assert pg_registry.count_instruments(InstrumentFilter(text="соглашения")) > 10
    for descending in (True, False):
        rows = pg_registry.list_instruments(sort="next_deadline", descending=descending,
                                            limit=None).rows
        dates = [r.next_deadline for r in rows if r.next_deadline]
        assert dates == sorted(dates, reverse=descending)
        assert all(r.next_deadline is None for r in rows[len(dates):])
