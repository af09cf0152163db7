"""Directed links between instruments (“amends”, “replaces” ...), stored once."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from ..errors import NotFound, ValidationError, problem
from ..records import InstrumentDraft
from ..tables import Instrument, Relation
from ..vocabulary import RELATION_KINDS
from .base import RegistryBase, writes


class RelationsMixin(RegistryBase):
    @writes
    def add_relation(self, source_id: int, target_id: int, kind: str,
                     effective_date: date | None = None, note: str = "") -> int:
        """`source` <kind> `target`: "the protocol amends the treaty"."""
        problems = []
        if kind not in RELATION_KINDS:
            problems.append(problem("relations", "Unknown value “{value}” for “{field}”.",
                                    value=kind, field="relations"))
        if source_id == target_id:
            problems.append(problem("relations", "An instrument cannot refer to itself."))
        if problems:
            raise ValidationError(problems)
        with self._write() as s:
            source, target = s.get(Instrument, source_id), s.get(Instrument, target_id)
            for rid, row in ((source_id, source), (target_id, target)):
                if row is None:
                    raise NotFound("The instrument no. {id} does not exist.", id=rid)
            if s.exec(select(Relation.id).where(Relation.source_id == source_id,
                                                Relation.target_id == target_id,
                                                Relation.kind == kind)).first():
                raise ValidationError([problem("relations", "This link already exists.")])
            rel = Relation(source_id=source_id, target_id=target_id, kind=kind,
                           effective_date=effective_date, note=note.strip())
            s.add(rel)
            s.flush()
            change = {"relation": [None, f"{source.registry_number} {kind} "
                                         f"{target.registry_number}"]}
            self._audit(s, "relation", rel, "create", change, source.id)
            self._audit(s, "relation", rel, "create", change, target.id)
            self._derive(s, target, self.today())
            return rel.id

    @writes
    def remove_relation(self, relation_id: int, row_version: int | None = None) -> None:
        """Remove a link; from a version older than the stored one (or once another clerk
        removed it): `Conflict`, who and when."""
        with self._write() as s:
            rel = s.get(Relation, relation_id)
            if rel is None:
                raise self._gone(s, "relation", relation_id) or NotFound(
                    "The link no. {id} does not exist.", id=relation_id)
            source, target = s.get(Instrument, rel.source_id), s.get(Instrument, rel.target_id)
            if row_version not in (None, rel.row_version):
                raise self._conflict(s, "relation", rel, f"{source.registry_number} "
                                                         f"{rel.kind} {target.registry_number}")
            change = {"relation": [f"{source.registry_number} {rel.kind} "
                                   f"{target.registry_number}", None]}
            self._audit(s, "relation", rel, "delete", change, source.id)
            self._audit(s, "relation", rel, "delete", change, target.id)
            s.delete(rel)
            s.flush()
            self._derive(s, target, self.today())

    def create_placeholder(self, title: str, kind: str, signed_date: date | None,
                           level: str = "interstate", precision: str = "day") -> int:
        """A record for an earlier instrument that is referred to but not yet registered."""
        return self.save_instrument(InstrumentDraft(
            title=title, kind=kind, level=level, signed_date=signed_date,
            signed_date_precision=precision, is_placeholder=True, events=[]))
