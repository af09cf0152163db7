"""meeting.start_date_precision: a meeting known only to the month or the year

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

A press release may say only «в декабре 2021 года» of a visit; the meeting keeps its start date
with how exactly it is known (day, month or year, as an instrument's date of signature does);
a meeting of several days keeps its first day and its end date. Existing meetings are known to
the day.
"""
from alembic import op
import sqlalchemy as sa

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite and PostgreSQL both have it): a batch rebuild of the table is
    # refused by the foreign keys that point at meetings.
    op.add_column("meeting", sa.Column("start_date_precision", sa.String(), nullable=False,
                                       server_default="day"))


def downgrade() -> None:
    op.execute("ALTER TABLE meeting DROP COLUMN start_date_precision")  # SQLite 3.35+, PostgreSQL
