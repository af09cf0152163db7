"""drop the index on instrument.confidentiality, which no query can use

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

The program asks of the confidentiality only `confidentiality != 'restricted'` (the lists,
the deadlines), which neither SQLite nor PostgreSQL answers from an index: EXPLAIN QUERY PLAN of
every read of `bench.run`, the trash, the deadlines, the derived columns' refresh and a
meeting's instruments at 100,000 instruments named every other index of `instrument` and
never this one. It only cost every insert and update of an instrument.
"""
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_instrument_confidentiality", table_name="instrument")


def downgrade() -> None:
    op.create_index("ix_instrument_confidentiality", "instrument", ["confidentiality"])
