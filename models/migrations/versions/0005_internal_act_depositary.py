"""instrument.internal_act and instrument.depositary

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

The act an instrument needs before it enters into force (ratification by a law of the Jogorku
Kenesh, approval by a resolution of the Cabinet of Ministers, or none) and, for multilateral
instruments, the depositary. Existing instruments get the act their stored "takes effect on
signature" and level imply: yes -> none; no -> a law for interstate ones, else a resolution.
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite and PostgreSQL both have it): a batch rebuild of the table would
    # drop the full-text triggers of 0002.
    op.add_column("instrument", sa.Column("internal_act", sa.String(), nullable=False,
                                          server_default=""))
    op.add_column("instrument", sa.Column("depositary", sa.String(), nullable=False,
                                          server_default=""))
    op.execute("UPDATE instrument SET internal_act = CASE "
               "WHEN effective_on_signature THEN 'none' "
               "WHEN level = 'interstate' THEN 'law' ELSE 'resolution' END")


def downgrade() -> None:
    for column in ("depositary", "internal_act"):  # SQLite 3.35+ and PostgreSQL
        op.execute(f"ALTER TABLE instrument DROP COLUMN {column}")
