"""Merging two records of one instrument into one, and undoing it.

The surviving record takes the fields the clerk chose from the other (`models.merging`); the
other's events (those the survivor lacks), links and files move to it; the other goes to the
trash. Both records' audit entries say so, and the survivor's keeps what the merge changed, so
that `undo_merge` (also restoring the merged record from the trash) puts everything back: the
fields the merge set (unless changed since), the events, links and files, the record itself.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from sqlalchemy import delete, or_, update
from sqlmodel import Session, select

from ..audit import diff, plain
from ..dates import parse_iso
from ..errors import NotFound, RegistryError, ValidationError, problem
from ..merging import events_to_move, merged_draft
from ..records import MergeResult
from ..tables import (Attachment, AuditEntry, Instrument, InstrumentParty, InstrumentSector,
                      Meeting, Organisation, Relation, StatusEvent, utcnow)
from .base import RegistryBase, writes
from .instruments import _DRAFT_COLUMNS

_COLUMNS = (*_DRAFT_COLUMNS, "languages", "effective_on_signature", "internal_act")
_DATES = ("signed_date",)


class MergingMixin(RegistryBase):
    @writes
    def merge_instruments(self, survivor_id: int, other_id: int, take: Iterable[str] = (),
                          versions: tuple[int, int] | None = None) -> MergeResult:
        """Merge `other_id` into `survivor_id`, taking the fields named in `take` from the
        other record. All of it, audited, in one transaction, or nothing. `versions` are the
        two records' row versions the clerk compared: if another clerk saved either since,
        the merge is refused (`Conflict`). Both records, and the events, links and files that
        move, count a new version, so that an editor open on any of them meets a conflict
        instead of writing over the merge."""
        take = set(take)
        if survivor_id == other_id:
            raise ValidationError([problem("relations", "An instrument cannot be merged with "
                                                        "itself.")])
        a, b = self.instrument(survivor_id), self.instrument(other_id)
        for detail in (a, b):
            if detail.row.deleted_at is not None:
                raise NotFound("The instrument no. {id} does not exist.", id=detail.row.id)
        survivor, other = a.to_draft(), b.to_draft()
        draft = merged_draft(survivor, other, take)
        moving = events_to_move(survivor.events, other.events)
        today = self.today()
        with self._write() as s:
            inst, gone = s.get(Instrument, survivor_id), s.get(Instrument, other_id)
            seen = versions or (a.row_version, b.row_version)
            for row, version in ((inst, seen[0]), (gone, seen[1])):
                if row.deleted_at is not None or row.row_version != version:
                    raise self._conflict(s, "instrument", row, row.title,
                                         state="trashed" if row.deleted_at else "changed")
            whole = replace(draft, events=[*survivor.events,
                                           *(replace(e, id=None) for e in moving)])
            problems = self._draft_problems(
                whole, today, number_taken=lambda _n: False,
                meeting_exists=lambda mid: s.get(Meeting, mid) is not None,
                organisation_of=lambda oid: s.get(Organisation, oid))
            if problems:
                raise ValidationError(problems)
            old = self._snapshot(s, inst)
            before = _state(s, inst)
            self._fill(inst, draft)
            s.add(inst)
            if "parties" in take:
                self._write_parties(s, inst, draft)
            if "sectors" in take:
                s.exec(delete(InstrumentSector).where(InstrumentSector.instrument_id == inst.id))
                for sid in self._sector_ids(s, draft.sectors):
                    s.add(InstrumentSector(instrument_id=inst.id, sector_id=sid))
            event_ids = [e.id for e in moving]
            if event_ids:
                s.exec(update(StatusEvent).where(StatusEvent.id.in_(event_ids))
                       .values(instrument_id=inst.id, row_version=StatusEvent.row_version + 1))
            moved_relations, left = _move_relations(s, gone.id, inst.id)
            files = list(s.exec(select(Attachment.id).where(
                Attachment.instrument_id == gone.id, Attachment.deleted_at.is_(None))).all())
            if files:
                s.exec(update(Attachment).where(Attachment.id.in_(files))
                       .values(instrument_id=inst.id, row_version=Attachment.row_version + 1))
            gone.deleted_at = utcnow()
            inst.row_version += 1
            gone.row_version += 1
            s.add(gone)
            s.flush()
            after = _state(s, inst)
            self._rederive(s, {inst.id, *_related(s, [r for r, _side in moved_relations])})
            changes = diff(old, self._snapshot(s, inst))
            changes["merged_from"] = [None, gone.registry_number]
            changes["_undo"] = plain({
                "other_id": gone.id, "columns": {c: [before["columns"][c], after["columns"][c]]
                                                 for c in _COLUMNS
                                                 if before["columns"][c] != after["columns"][c]},
                "parties": [before["parties"], after["parties"]],
                "sectors": [before["sectors"], after["sectors"]],
                "events": event_ids, "relations": moved_relations, "attachments": files})
            self._audit(s, "instrument", inst, "merge", changes, inst.id)
            self._audit(s, "instrument", gone, "delete",
                        {"deleted_at": [None, plain(gone.deleted_at)],
                         "merged_into": [None, inst.registry_number],
                         "_merge": {"survivor_id": inst.id}}, gone.id)
        return MergeResult(inst.id, gone.id, len(event_ids), len(other.events) - len(moving),
                           len(moved_relations), left, len(files))

    def merged_into(self, instrument_id: int) -> int | None:
        """The record an instrument in the trash was merged into (None if it was not, or the
        merge was undone)."""
        with self._read() as s:
            entry = _last(s, instrument_id, ("delete", "restore", "unmerge"))
            if entry is None or entry.action != "delete" or "_merge" not in entry.changes:
                return None
            return entry.changes["_merge"]["survivor_id"]

    @writes
    def undo_merge(self, merged_id: int) -> int:
        """Take a merged record out of the trash and give back what moved to the survivor;
        the fields the merge set go back too, unless changed since. Returns the survivor."""
        survivor_id = self.merged_into(merged_id)
        if survivor_id is None:
            raise RegistryError("The instrument no. {id} was not merged into another.",
                                id=merged_id)
        with self._write() as s:
            entry = next((e for e in _entries(s, survivor_id, ("merge",))
                          if e.changes.get("_undo", {}).get("other_id") == merged_id), None)
            inst, gone = s.get(Instrument, survivor_id), s.get(Instrument, merged_id)
            if entry is None or inst is None or gone is None:
                raise RegistryError("The instrument no. {id} was not merged into another.",
                                    id=merged_id)
            undo = entry.changes["_undo"]
            old = self._snapshot(s, inst)
            now = _state(s, inst)
            for column, (was, became) in undo["columns"].items():
                if plain(now["columns"][column]) == became:
                    setattr(inst, column, parse_iso(was) if column in _DATES else was)
            s.add(inst)
            for key, restore in (("parties", _restore_parties), ("sectors", _restore_sectors)):
                was, became = undo[key]
                if was != became and now[key] == became:
                    restore(s, inst.id, was)
            if undo["events"]:
                s.exec(update(StatusEvent).where(StatusEvent.id.in_(undo["events"]),
                                                 StatusEvent.instrument_id == inst.id)
                       .values(instrument_id=gone.id, row_version=StatusEvent.row_version + 1))
            relations = _move_back(s, undo["relations"], inst.id, gone.id)
            if undo["attachments"]:
                s.exec(update(Attachment).where(Attachment.id.in_(undo["attachments"]),
                                                Attachment.instrument_id == inst.id)
                       .values(instrument_id=gone.id, row_version=Attachment.row_version + 1))
            deleted_at, gone.deleted_at = gone.deleted_at, None
            inst.row_version += 1
            gone.row_version += 1
            s.add(gone)
            s.flush()
            self._rederive(s, {inst.id, gone.id, *_related(s, relations)})
            changes = diff(old, self._snapshot(s, inst))
            changes["merged_from"] = [gone.registry_number, None]
            self._audit(s, "instrument", inst, "unmerge", changes, inst.id)
            self._audit(s, "instrument", gone, "unmerge",
                        {"deleted_at": [plain(deleted_at), None],
                         "merged_into": [inst.registry_number, None]}, gone.id)
            return inst.id


def _state(s: Session, inst: Instrument) -> dict:
    """What a merge may change of the survivor, as plain values (for undoing it)."""
    parties = [list(r) for r in s.exec(
        select(InstrumentParty.organisation_id, InstrumentParty.signatory_id,
               InstrumentParty.position)
        .where(InstrumentParty.instrument_id == inst.id)
        .order_by(InstrumentParty.position)).all()]
    sectors = sorted(s.exec(select(InstrumentSector.sector_id).where(
        InstrumentSector.instrument_id == inst.id)).all())
    return {"columns": {c: plain(getattr(inst, c)) for c in _COLUMNS}, "parties": parties,
            "sectors": list(sectors)}


def _restore_parties(s: Session, instrument_id: int, parties: list) -> None:
    s.exec(delete(InstrumentParty).where(InstrumentParty.instrument_id == instrument_id))
    s.flush()
    for organisation_id, signatory_id, position in parties:
        s.add(InstrumentParty(instrument_id=instrument_id, organisation_id=organisation_id,
                              signatory_id=signatory_id, position=position))


def _restore_sectors(s: Session, instrument_id: int, sectors: list) -> None:
    s.exec(delete(InstrumentSector).where(InstrumentSector.instrument_id == instrument_id))
    for sector_id in sectors:
        s.add(InstrumentSector(instrument_id=instrument_id, sector_id=sector_id))


def _move_relations(s: Session, source: int, target: int) -> tuple[list, int]:
    """Links of `source` moved to `target`, as [relation id, side]; those that would link
    `target` to itself or repeat a link it has stay (their number is returned)."""
    moved, left = [], 0
    for rel in s.exec(select(Relation).where(or_(Relation.source_id == source,
                                                 Relation.target_id == source))).all():
        side = "source" if rel.source_id == source else "target"
        ends = (target, rel.target_id) if side == "source" else (rel.source_id, target)
        taken = s.exec(select(Relation.id).where(Relation.source_id == ends[0],
                                                 Relation.target_id == ends[1],
                                                 Relation.kind == rel.kind)).first()
        if ends[0] == ends[1] or taken is not None:
            left += 1
            continue
        setattr(rel, f"{side}_id", target)
        rel.row_version += 1
        s.add(rel)
        s.flush()
        moved.append([rel.id, side])
    return moved, left


def _move_back(s: Session, moved: list, survivor: int, merged: int) -> list[int]:
    back = []
    for relation_id, side in moved:
        rel = s.get(Relation, relation_id)
        if rel is not None and getattr(rel, f"{side}_id") == survivor:
            setattr(rel, f"{side}_id", merged)
            rel.row_version += 1
            s.add(rel)
            back.append(rel.id)
    s.flush()
    return back


def _related(s: Session, relation_ids: list[int]) -> set[int]:
    """Every instrument the links touch (their derived status may depend on them)."""
    out: set[int] = set()
    for rid in relation_ids:
        rel = s.get(Relation, rid)
        if rel is not None:
            out |= {rel.source_id, rel.target_id}
    return out


def _entries(s: Session, instrument_id: int, actions: tuple[str, ...]) -> list[AuditEntry]:
    return list(s.exec(select(AuditEntry).where(
        AuditEntry.instrument_id == instrument_id, AuditEntry.table_name == "instrument",
        AuditEntry.action.in_(actions)).order_by(AuditEntry.id.desc())).all())


def _last(s: Session, instrument_id: int, actions: tuple[str, ...]) -> AuditEntry | None:
    found = _entries(s, instrument_id, actions)
    return found[0] if found else None
