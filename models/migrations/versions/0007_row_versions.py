"""row versions: every record clerks edit counts its saved versions

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

Instruments, meetings, organisations, their parties, events, links and files get
`row_version` (1 for what is there). A save names the version it started from and is refused
when another clerk saved a newer one meanwhile (models.conflicts), instead of overwriting it.
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ("instrument", "meeting", "organisation", "instrumentparty", "statusevent",
          "relation", "attachment")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    for table in TABLES:  # SQLite 3.35+ drops a column in place (the FTS triggers stay)
        op.execute(f"ALTER TABLE {table} DROP COLUMN row_version")
