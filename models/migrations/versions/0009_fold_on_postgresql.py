"""fold() on PostgreSQL: case-blind comparison for any script, as on SQLite

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27

Lists compare Cyrillic text case-blind through fold() (meeting titles, cities): SQLite gets it
from Python at every connection (models.database, models.search.normalise). PostgreSQL gets a
function of its own: lower case by the ICU root collation (whatever the database's locale,
which may be "C" and fold only ASCII) and «ё» as «е».
"""
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("""CREATE OR REPLACE FUNCTION fold(value text) RETURNS text
                  LANGUAGE sql IMMUTABLE PARALLEL SAFE
                  AS $$ SELECT replace(lower(value COLLATE "und-x-icu"), 'ё', 'е') $$""")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS fold(text)")
