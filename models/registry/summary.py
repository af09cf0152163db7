"""What a registry holds, in a few numbers: what a clerk compares before a restore, and how
the automatic backup tells whether anything changed since the last one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import select

from ..tables import Attachment, AuditEntry, Instrument, Meeting
from .base import RegistryBase


@dataclass(frozen=True)
class RegistrySummary:
    instruments: int  # not in the trash
    meetings: int  # not in the trash
    attachments: int  # stored files (as a backup counts them)
    audit_entries: int  # one or more per change, never removed: a different count, a change
    last_change: datetime | None


class SummaryMixin(RegistryBase):
    def summary(self) -> RegistrySummary:
        with self._read() as s:
            instruments = s.exec(select(func.count()).select_from(Instrument)
                                 .where(Instrument.deleted_at.is_(None))).one()
            meetings = s.exec(select(func.count()).select_from(Meeting)
                              .where(Meeting.deleted_at.is_(None))).one()
            files = s.exec(select(func.count(func.distinct(Attachment.sha256)))).one()
            entries, last = s.exec(select(func.count(), func.max(AuditEntry.at))).one()
        return RegistrySummary(instruments, meetings, files, entries, last)
