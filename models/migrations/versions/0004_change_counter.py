"""change counter: the row writers lock on PostgreSQL, and the count of changes screens poll

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

On PostgreSQL every write transaction begins by counting up the single row of `changecounter`
(models.locking): the row lock makes writers take turns, as BEGIN IMMEDIATE does on SQLite, and
the value lets other clerks' screens notice a change. SQLite registries have the table too
(one schema for both engines; `copy` moves registries between them) but do not use it.
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "changecounter",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("value", sa.BigInteger(), nullable=False, server_default="0"))
    op.bulk_insert(table, [{"id": 1, "value": 0}])


def downgrade() -> None:
    op.drop_table("changecounter")
