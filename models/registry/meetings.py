"""Meetings: talks, visits and sessions at which instruments are signed."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, exists, func, or_
from sqlmodel import Session, select

from .. import search
from ..audit import diff
from ..conflicts import MEETING_FIELDS, Conflict, follow_up_line
from ..errors import NotFound, ValidationError, problem
from ..records import (FollowUpDraft, InstrumentFilter, MeetingDetail, MeetingDraft, MeetingRow,
                       Page)
from ..tables import Attachment, FollowUp, Instrument, Meeting, MeetingCountry, utcnow
from ..validation import validate_meeting
from .base import RegistryBase, writes


class MeetingsMixin(RegistryBase):
    @writes
    def save_meeting(self, draft: MeetingDraft, *, overriding: Conflict | None = None) -> int:
        """Create or update a meeting; an update from an older version than the stored one
        is refused with `Conflict` (see save_instrument, also for `overriding`)."""
        problems = validate_meeting(draft)
        for code in draft.countries:
            if code.upper() not in self._country_ids:
                problems.append(problem("countries", "Unknown country code “{code}”.",
                                        code=code))
        if problems:
            raise ValidationError(problems)
        values = {f: getattr(draft, f) for f in MEETING_FIELDS}
        values["title"] = draft.title.strip()
        codes = sorted({c.upper() for c in draft.countries})
        with self._write() as s:
            if draft.id is None:
                meeting = Meeting(**values, **({"uuid": draft.uuid} if draft.uuid else {}))
                s.add(meeting)
                s.flush()
                old = {}
                action = "create"
            else:
                meeting = s.get(Meeting, draft.id)
                if meeting is None:
                    raise NotFound("The meeting no. {id} does not exist.", id=draft.id)
                if meeting.deleted_at is not None and draft.row_version is not None or \
                        draft.row_version not in (None, meeting.row_version):
                    raise self._conflict(s, "meeting", meeting, meeting.title,
                                         state="trashed" if meeting.deleted_at else "changed")
                old = {f: getattr(meeting, f) for f in MEETING_FIELDS}
                old["countries"] = self._meeting_countries(s, [meeting.id]).get(meeting.id, [])
                for k, v in values.items():
                    setattr(meeting, k, v)
                meeting.updated_at = utcnow()
                meeting.row_version += 1
                s.add(meeting)
                s.exec(delete(MeetingCountry).where(MeetingCountry.meeting_id == meeting.id))
                action = "update"
            for code in codes:
                s.add(MeetingCountry(meeting_id=meeting.id, country_id=self._country_ids[code]))
            new = {**values, "countries": codes}
            if draft.follow_ups is not None:
                old["follow_ups"] = [follow_up_line(f) for f in self._follow_ups(s, meeting.id)]
                self._write_follow_ups(s, meeting.id, draft.follow_ups)
                new["follow_ups"] = [follow_up_line(f) for f in draft.follow_ups]
            changes = diff(old, new)
            if overriding is not None:
                changes["conflict"] = [None, overriding.stamp()]
            self._audit(s, "meeting", meeting, action, changes)
            if action == "update":
                ids = s.exec(select(Instrument.id)
                             .where(Instrument.meeting_id == meeting.id)).all()
                self._rederive(s, ids)
            return meeting.id

    def _follow_ups(self, s: Session, meeting_id: int) -> list[FollowUpDraft]:
        rows = s.exec(select(FollowUp).where(FollowUp.meeting_id == meeting_id)
                      .order_by(FollowUp.position, FollowUp.id)).all()
        return [FollowUpDraft(f.what, f.who, f.due, f.done_on, f.instrument_id, f.id)
                for f in rows]

    def _write_follow_ups(self, s: Session, meeting_id: int,
                          drafts: list[FollowUpDraft]) -> None:
        """Make the meeting's instructions what `drafts` say: changed, added, the rest
        removed. An instruction may concern only one of the meeting's own instruments."""
        problems = []
        for n, f in enumerate(drafts, 1):
            if f.instrument_id is not None and s.exec(select(Instrument.id).where(
                    Instrument.id == f.instrument_id,
                    Instrument.meeting_id == meeting_id)).first() is None:
                problems.append(problem("follow_ups", "Instruction {n} concerns an instrument "
                                                      "not signed at this meeting.", n=n))
        if problems:
            raise ValidationError(problems)
        kept = {f.id for f in drafts if f.id}
        for row in s.exec(select(FollowUp).where(FollowUp.meeting_id == meeting_id)):
            if row.id not in kept:
                s.delete(row)
        for position, f in enumerate(drafts):
            row = s.get(FollowUp, f.id) if f.id else None
            if row is None or row.meeting_id != meeting_id:
                row = FollowUp(meeting_id=meeting_id, what="")
            row.what, row.who = " ".join(f.what.split()), " ".join(f.who.split())
            row.due, row.done_on, row.instrument_id = f.due, f.done_on, f.instrument_id
            row.position = position
            s.add(row)
        s.flush()

    def meetings(self, text: str | None = None, *, deleted: bool = False, offset: int = 0,
                 limit: int | None = None, country: str | None = None) -> Page:
        with self._read() as s:
            counts = (select(Instrument.meeting_id, func.count(Instrument.id).label("n"))
                      .where(Instrument.deleted_at.is_(None))
                      .group_by(Instrument.meeting_id).subquery())
            q = select(Meeting, func.coalesce(counts.c.n, 0)).outerjoin(
                counts, counts.c.meeting_id == Meeting.id)
            q = q.where(Meeting.deleted_at.is_not(None) if deleted else Meeting.deleted_at.is_(
                None))
            for word in search.query_words(text or ""):
                like = f"%{word}%"
                q = q.where(or_(func.fold(Meeting.title).like(like),
                                func.fold(Meeting.city).like(like),
                                func.fold(Meeting.venue).like(like)))
            if country:
                q = q.where(exists(select(MeetingCountry.meeting_id).where(
                    MeetingCountry.meeting_id == Meeting.id,
                    MeetingCountry.country_id == self._country_id(country))))
            total = s.exec(select(func.count()).select_from(q.subquery())).one()
            q = q.order_by(Meeting.start_date.desc(), Meeting.id.desc()).offset(offset)
            if limit:
                q = q.limit(limit)
            rows = s.exec(q).all()
            countries = self._meeting_countries(s, [m.id for m, _ in rows])
            return Page(tuple(meeting_row(m, n, countries.get(m.id, ())) for m, n in rows),
                        total, offset, limit or total)

    def meetings_on(self, day) -> list[MeetingRow]:
        """The live meetings that begin on a day (through the index of start dates); their
        instruments are not counted (instrument_count -1)."""
        with self._read() as s:
            rows = s.exec(select(Meeting).where(Meeting.start_date == day,
                                                Meeting.deleted_at.is_(None))
                          .order_by(Meeting.id)).all()
            countries = self._meeting_countries(s, [m.id for m in rows])
            return [meeting_row(m, -1, countries.get(m.id, ())) for m in rows]

    def _meeting_countries(self, s: Session, ids: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = defaultdict(list)
        if ids:
            for mid, cid in s.exec(select(MeetingCountry.meeting_id, MeetingCountry.country_id)
                                   .where(MeetingCountry.meeting_id.in_(ids))):
                out[mid].append(self._country_codes[cid])
        return {k: sorted(v) for k, v in out.items()}

    def meeting(self, meeting_id: int) -> MeetingDetail:
        with self._read() as s:
            m = s.get(Meeting, meeting_id)
            if m is None:
                raise NotFound("The meeting no. {id} does not exist.", id=meeting_id)
        instruments = self.list_instruments(InstrumentFilter(meeting_id=meeting_id),
                                            sort="registry_number", descending=False).rows
        with self._read() as s:
            countries = self._meeting_countries(s, [m.id]).get(m.id, ())
            attachments = s.exec(select(Attachment).where(Attachment.meeting_id == m.id,
                                                          Attachment.deleted_at.is_(None))
                                 .order_by(Attachment.added_at)).all()
            return MeetingDetail(meeting_row(m, len(instruments), countries), m.participants,
                                 m.notes, m.source_url, instruments,
                                 tuple(self._attachment_view(a) for a in attachments),
                                 tuple(self._follow_ups(s, m.id)), m.row_version)

    def delete_meeting(self, meeting_id: int) -> None:
        self._set_deleted(Meeting, meeting_id, "meeting", True)

    def restore_meeting(self, meeting_id: int) -> None:
        self._set_deleted(Meeting, meeting_id, "meeting", False)


def meeting_row(m: Meeting, count: int, countries) -> MeetingRow:
    return MeetingRow(m.id, m.uuid, m.title, m.kind, m.start_date, m.end_date, m.city, m.venue,
                      m.level, tuple(countries), count, m.deleted_at, m.start_date_precision)
