"""Files attached to instruments and meetings, stored by content hash."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import func
from sqlmodel import select

from ..errors import NotFound, RegistryError, ValidationError, problem
from ..records import AttachmentView
from ..tables import Attachment, Instrument, Meeting, utcnow
from ..vocabulary import ATTACHMENT_KINDS
from .base import RegistryBase, writes


class AttachmentsMixin(RegistryBase):
    @writes
    def add_attachment(self, source: str | os.PathLike, *, instrument_id: int | None = None,
                       meeting_id: int | None = None, kind: str = "other",
                       language: str = "") -> int:
        """Copy a file into the registry (the original stays where it is) and attach it."""
        self.check_writable()
        source = Path(source)
        problems = []
        if kind not in ATTACHMENT_KINDS:
            problems.append(problem("attachments", "Unknown value “{value}” for “{field}”.",
                                    value=kind, field="attachments"))
        if not source.is_file():
            problems.append(problem("attachments", "The file {path} does not exist.",
                                    path=str(source)))
        if (instrument_id is None) == (meeting_id is None):
            problems.append(problem("attachments", "Attach the file to one instrument or one "
                                                   "meeting."))
        if problems:
            raise ValidationError(problems)
        try:
            sha, size, media = self.files.put(source)
        except OSError as exc:
            raise RegistryError("Cannot copy {path}: {reason}", path=str(source),
                                reason=exc.strerror or exc) from exc
        with self._write() as s:
            owner = s.get(Instrument, instrument_id) if instrument_id else s.get(Meeting,
                                                                                 meeting_id)
            if owner is None:
                raise NotFound("The record no. {id} does not exist.",
                               id=instrument_id or meeting_id)
            try:
                self.files.keep(s, sha, source)  # on a server: the bytes, in this transaction
            except OSError as exc:
                raise RegistryError("Cannot copy {path}: {reason}", path=str(source),
                                    reason=exc.strerror or exc) from exc
            same = s.exec(select(func.max(Attachment.version)).where(
                Attachment.instrument_id == instrument_id, Attachment.meeting_id == meeting_id,
                Attachment.kind == kind, Attachment.language == language)).one()
            att = Attachment(instrument_id=instrument_id, meeting_id=meeting_id, kind=kind,
                             language=language, version=(same or 0) + 1, sha256=sha, size=size,
                             media_type=media, original_name=source.name, added_by=self.user)
            s.add(att)
            s.flush()
            self._audit(s, "attachment", att, "create",
                        {"file": [None, f"{source.name} ({sha[:12]})"]}, instrument_id)
            return att.id

    @writes
    def remove_attachment(self, attachment_id: int, row_version: int | None = None) -> None:
        """Detach a file. The stored copy stays (it may be shared and the audit refers to it).
        From an older version than the stored one, or once another clerk detached it:
        `Conflict`, who and when."""
        with self._write() as s:
            att = s.get(Attachment, attachment_id)
            if att is None:
                raise NotFound("The file no. {id} does not exist.", id=attachment_id)
            if att.deleted_at is not None or row_version not in (None, att.row_version):
                raise self._conflict(s, "attachment", att, att.original_name,
                                     "removed" if att.deleted_at else "changed")
            att.deleted_at = utcnow()
            att.row_version += 1
            s.add(att)
            self._audit(s, "attachment", att, "delete",
                        {"file": [f"{att.original_name} ({att.sha256[:12]})", None]},
                        att.instrument_id)

    def attachment_path(self, attachment_id: int) -> Path:
        with self._read() as s:
            att = s.get(Attachment, attachment_id)
            if att is None:
                raise NotFound("The file no. {id} does not exist.", id=attachment_id)
        try:
            return self.files.fetch(att.sha256)
        except OSError as exc:
            raise RegistryError("Cannot copy {path}: {reason}", path=str(
                self.files.path(att.sha256)), reason=exc.strerror or exc) from exc

    def _attachment_view(self, a: Attachment) -> AttachmentView:
        return AttachmentView(a.id, a.uuid, a.kind, a.language, a.version, a.sha256, a.size,
                              a.media_type, a.original_name, a.added_by, a.added_at,
                              str(self.files.path(a.sha256)), a.row_version)
