"""full-text search: instrument_fts (SQLite FTS5) or a GIN index (PostgreSQL); sort indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

`instrument.search_text` gains the dictionary forms of its Russian words (models.search.document)
and is indexed. On SQLite the FTS5 table reads its text from `instrument` (external content) and
triggers keep it in step with every insert, update and delete, however the row is written.
A later migration that rebuilds the `instrument` table (batch mode) drops these triggers with it
and must create them again.

The instrument list reads one page in the order of any column; an index on (deleted_at, column)
lets the database walk that order instead of sorting every row. SQLite puts NULL first, so an
ascending nullable column is ordered by (column IS NULL, column), indexed as such.
"""
from alembic import op
import sqlalchemy as sa

from models.search import FTS_TABLE, document

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_BATCH = 2000
_TRIGGERS = {
    "instrument_fts_insert": f"""
        CREATE TRIGGER instrument_fts_insert AFTER INSERT ON instrument BEGIN
            INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
        END""",
    "instrument_fts_delete": f"""
        CREATE TRIGGER instrument_fts_delete AFTER DELETE ON instrument BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
        END""",
    "instrument_fts_update": f"""
        CREATE TRIGGER instrument_fts_update AFTER UPDATE OF search_text ON instrument BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
            INSERT INTO {FTS_TABLE}(rowid, search_text) VALUES (new.id, new.search_text);
        END""",
}
_PG_INDEX = "ix_instrument_search_text_fts"
_SORT_INDEXES = {"ix_instrument_live_number": "registry_number",
                 "ix_instrument_live_title": "title_key", "ix_instrument_live_kind": "kind",
                 "ix_instrument_live_level": "level",
                 "ix_instrument_live_counterpart": "counterpart",
                 "ix_instrument_live_deadline": "next_deadline"}
_NULLS_LAST_INDEXES = {"ix_instrument_live_signed_nulls_last": "signed_date",
                       "ix_instrument_live_deadline_nulls_last": "next_deadline"}


def _add_lemmas() -> None:
    """Existing rows hold the casefolded text only: append the lemmas of its words."""
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(sa.text("SELECT id, search_text FROM instrument WHERE id > :last "
                                    "ORDER BY id LIMIT :n"), {"last": last, "n": _BATCH}).all()
        if not rows:
            return
        conn.execute(sa.text("UPDATE instrument SET search_text = :text WHERE id = :id"),
                     [{"id": i, "text": document([t])} for i, t in rows])
        last = rows[-1][0]


def upgrade() -> None:
    _add_lemmas()
    for name, column in _SORT_INDEXES.items():
        op.create_index(name, "instrument", ["deleted_at", column])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX {_PG_INDEX} ON instrument "
                   "USING gin (to_tsvector('russian'::regconfig, search_text))")
        return
    op.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_text, content='instrument', "
               "content_rowid='id', tokenize='unicode61 remove_diacritics 0')")
    for name, column in _NULLS_LAST_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON instrument (deleted_at, {column} IS NULL, {column})")
    for sql in _TRIGGERS.values():
        op.execute(sql)
    op.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def downgrade() -> None:
    for name in [*_SORT_INDEXES, *_NULLS_LAST_INDEXES, _PG_INDEX]:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    if op.get_bind().dialect.name == "postgresql":
        return
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
