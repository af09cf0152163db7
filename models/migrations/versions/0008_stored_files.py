"""stored files: attachments inside the database of a registry on a server

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

A department's registry lives on a PostgreSQL server that every clerk reaches; a folder beside
the database file would not be. Its attachments are rows of `storedfile` (sha256, size, the
bytes), written in the transaction that attaches them (models.filestore.DatabaseStore). A
SQLite registry has the table too but keeps its files in the folder beside it.
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "storedfile",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("size", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("content", sa.LargeBinary(), nullable=False))


def downgrade() -> None:
    op.drop_table("storedfile")
