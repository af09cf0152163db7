"""drop the instrument indexes that another index already serves

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

Every list, filter, sort and count asks for live instruments (`deleted_at IS NULL`) or for those
in the trash (`deleted_at IS NOT NULL`), so the indexes that begin with `deleted_at` (migration
0002: `ix_instrument_live_*`) answer them: the single-column indexes on kind, level, status,
counterpart, title key, date of signature and next deadline are not the ones SQLite chooses for
any of the program's queries once those exist (EXPLAIN QUERY PLAN of every query of
`bench.run`, the deadlines, the trash and an import's check for duplicates: the same plans
without them). Each costs its share of every insert and update of an instrument: they were
about a fifth of SQLite's work inserting 20,000 instruments with the full-text index, inside
the write lock of an import. The index on `deleted_at` alone stays: a count of the matches of a
search or a country (`deleted_at IS NULL AND id IN (...)`) looks each id up in it, which the
indexes with more columns cannot do.
"""
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_DROPPED = ("kind", "level", "status", "counterpart", "title_key", "signed_date", "next_deadline")


def upgrade() -> None:
    for column in _DROPPED:
        op.drop_index(f"ix_instrument_{column}", table_name="instrument")


def downgrade() -> None:
    for column in _DROPPED:
        op.create_index(f"ix_instrument_{column}", "instrument", [column])
