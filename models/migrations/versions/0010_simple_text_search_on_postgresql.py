"""text search on PostgreSQL without its stemmer, as on SQLite

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27

The searchable text already carries the dictionary forms of its Russian words
(models.search.document). PostgreSQL's 'russian' configuration stemmed every word once more,
query words too, so that «кардиологияя» found «кардиология» there and nothing on SQLite. The
'simple' configuration only lower-cases, as FTS5's unicode61 does: the same query finds the
same records on both engines.
"""
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

_INDEX = "ix_instrument_search_text_fts"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {_INDEX}")
    op.execute(f"CREATE INDEX {_INDEX} ON instrument "
               "USING gin (to_tsvector('simple'::regconfig, search_text))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {_INDEX}")
    op.execute(f"CREATE INDEX {_INDEX} ON instrument "
               "USING gin (to_tsvector('russian'::regconfig, search_text))")
