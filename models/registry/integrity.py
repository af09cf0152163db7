"""The registry's own check of its database and stored files."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import select

from ..database import head_revision, schema_revision
from ..tables import Attachment, StatusEvent
from ..vocabulary import EVENT_KINDS
from .base import RegistryBase


class IntegrityMixin(RegistryBase):
    def check_integrity(self) -> list[str]:
        """Problems with the database and the stored files, as sentences (empty: all well)."""
        from i18n import _

        found: list[str] = []
        with self._read() as s:
            if self.engine.dialect.name == "sqlite":
                result = [r[0] for r in s.exec(text("PRAGMA integrity_check")).all()]
                if result != ["ok"]:
                    found += [_("SQLite integrity check: {detail}").format(detail=r)
                              for r in result]
                for table, rowid, parent, _fk in s.exec(text("PRAGMA foreign_key_check")).all():
                    found.append(_("Table {table}, row {row}: refers to a missing record in "
                                   "{parent}.").format(table=table, row=rowid, parent=parent))
            unknown = s.exec(select(StatusEvent.id, StatusEvent.kind)).all()
            for eid, kind in unknown:
                if kind not in EVENT_KINDS:
                    found.append(_("Event no. {id} has an unknown kind “{kind}”.").format(
                        id=eid, kind=kind))
            for a in s.exec(select(Attachment).where(Attachment.deleted_at.is_(None))).all():
                if not self.files.verify(a.sha256):
                    found.append(_("The stored file of “{name}” is missing or damaged: {path}")
                                 .format(name=a.original_name, path=self.files.path(a.sha256)))
        if schema_revision(self.engine) != head_revision(self.engine):
            found.append(_("The database schema is not up to date."))
        return found
