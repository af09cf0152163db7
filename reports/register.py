"""What the real treaty registers print beside each instrument (US "Treaties in Force", the
Kyrgyz foreign ministry's inventories, UN status tables): the act of ratification or approval
with its number and date, the official publication, the registration with the UN Secretariat,
entry into force; for a multilateral instrument each party's signature, ratification or
accession, entry into force and reservations."""

from __future__ import annotations

from dataclasses import dataclass

from i18n import _
from models.dates import format_date
from models.records import EventView, InstrumentRow
from models.vocabulary import EVENT_KINDS

from .texts import Names, term_date

ACT_EVENTS = ("ratified", "approved", "accession")
REGISTER_EVENTS = (*ACT_EVENTS, "published", "registered_un")


def own(row: InstrumentRow, events: tuple[EventView, ...], home: str | None
        ) -> list[EventView]:
    """The events about the instrument as a whole or about the home country's party (a
    multilateral instrument's other parties have their own table)."""
    countries = {p.organisation_id: p.country for p in row.parties}
    return [e for e in events if e.party_organisation_id is None
            or countries.get(e.party_organisation_id) == home]


def event_fact(e: EventView, lang: str) -> str:
    """"Ratified: Law No. 184, 21.11.2024" — the event, its reference and its date."""
    detail = ", ".join(x for x in (e.reference, format_date(e.effective_date or e.act_date))
                       if x)
    return f"{EVENT_KINDS.label(e.kind, lang)}: {detail}"


def register_lines(row: InstrumentRow, events: tuple[EventView, ...], names: Names,
                   in_force: bool = True) -> list[str]:
    """The register's facts of one list row, one a line: the act (the last of each kind),
    publication, UN registration, then (unless `in_force` is False) entry into force."""
    latest: dict[str, EventView] = {}
    for e in own(row, events, names.home):
        if e.kind in REGISTER_EVENTS:
            latest[e.kind] = e
    lines = [event_fact(latest[k], names.lang) for k in REGISTER_EVENTS if k in latest]
    if in_force and row.in_force_since:
        lines.append(_("In force since {date}").format(date=term_date(row, row.in_force_since)))
    return lines


@dataclass(frozen=True)
class PartyStatus:
    """One party's line of a multilateral instrument's status table."""

    name: str
    country: str
    signature: str
    consent: str  # ratification, approval or accession, with its date
    in_force: str
    reservations: str


def party_table(row: InstrumentRow, events: tuple[EventView, ...], names: Names
                ) -> list[PartyStatus]:
    """Per party: the date it signed (its own event, else the instrument's signature unless it
    acceded without signing), its ratification, approval or accession, entry into force for it, and the
    texts of its reservations and declarations (the events' texts)."""
    mine: dict[int, list[EventView]] = {}
    for e in events:
        if e.party_organisation_id is not None:
            mine.setdefault(e.party_organisation_id, []).append(e)
    out = []
    for p in row.parties:
        own_events = mine.get(p.organisation_id, [])
        by_kind = {e.kind: e for e in own_events}
        signed = by_kind.get("signed")
        consent = next((by_kind[k] for k in ACT_EVENTS if k in by_kind), None)
        force = by_kind.get("entered_into_force")
        left = next((by_kind[k] for k in ("withdrawn", "denounced") if k in by_kind), None)
        signature = format_date(signed.act_date) if signed else ""
        if not signature and "accession" not in by_kind and row.signed_date:
            signature = format_date(row.signed_date, row.signed_date_precision)
        consent_text = ""
        if consent:
            consent_text = event_fact(consent, names.lang)
        if left:
            consent_text = "\n".join(x for x in (consent_text, event_fact(left, names.lang))
                                     if x)
        reservations = "\n".join(e.text for e in own_events if e.text)
        out.append(PartyStatus(names.party(p), names.country(p.country), signature,
                               consent_text,
                               format_date(force.effective_date or force.act_date)
                               if force else "", reservations))
    return out


def nested(ids: list[int], amendments: dict[int, tuple[int, ...]]) -> list[tuple[int, int]]:
    """`ids` in their order, as (id, depth): an instrument that amends or supplements another
    one of `ids` moves to right after it, one level deeper (under the first it amends, when it
    amends several); the others keep their place at depth 0."""
    present = set(ids)
    parent: dict[int, int] = {}
    for base in ids:
        for child in amendments.get(base, ()):
            if child in present and child != base and child not in parent:
                parent[child] = base
    out: list[tuple[int, int]] = []
    placed: set[int] = set()

    def place(i: int, depth: int) -> None:
        stack = [(i, depth)]
        while stack:
            current, level = stack.pop()
            if current in placed:
                continue
            placed.add(current)
            out.append((current, level))
            children = [c for c in amendments.get(current, ()) if parent.get(c) == current]
            stack += [(c, level + 1) for c in reversed(children)]

    for i in ids:
        if i not in parent:
            place(i, 0)
    for i in ids:  # links that go round in a circle: whatever is left, in its place
        if i not in placed:
            place(i, 0)
    return out


def numbered(items: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """List numbers for nested items: 1, 2, 2.1, 2.2, 2.2.1, 3 ..."""
    out, path = [], []
    for i, depth in items:
        del path[depth + 1:]
        if len(path) <= depth:
            path.append(0)
        path[depth] += 1
        out.append((i, ".".join(map(str, path[:depth + 1]))))
    return out
