"""The columns of an exported instrument list, shared by XLSX and CSV, and the mapping that
reads such a file back (`mappings/kelishim-export.json` is this mapping, written out)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from i18n import LANGUAGES, translate
from models.dates import format_date
from models.records import EventView, InstrumentDetail, PartyRef
from models.vocabulary import (CONFIDENTIALITY, DEADLINE_KINDS, EVENT_KINDS, INTERNAL_ACTS, KINDS,
                               LEVELS, STATUSES, TEXT_LANGUAGES)

Value = str | int | None


@dataclass(frozen=True)
class Column:
    field: str  # the mapping field it fills on import ("" : shown only, derived)
    header: str  # English message id
    width: int
    value: Callable[[InstrumentDetail, str], Value]


def _yes(flag: bool, lang: str) -> str:
    return translate("yes" if flag else "no", lang)


def party_text(p: PartyRef) -> str:
    """"Name [KG] — Signatory (Position)", as the import reads it."""
    text = p.name + (f" [{p.country}]" if p.country else "")
    if p.signatory_name:
        text += f" — {p.signatory_name}" + (f" ({p.signatory_position})"
                                            if p.signatory_position else "")
    return text


def event_text(e: EventView, lang: str) -> str:
    """"26.11.2025 | Signed | effective date | reference | text", empty tail parts left off."""
    parts = [format_date(e.act_date), EVENT_KINDS.label(e.kind, lang),
             format_date(e.effective_date), e.reference, e.text]
    parts = [" ".join(p.replace(" | ", " / ").split()) for p in parts]
    while parts and not parts[-1]:
        parts.pop()
    return " | ".join(parts)


def _status(d: InstrumentDetail, lang: str) -> str:
    return STATUSES.label(d.row.status, lang)


def _deadline(d: InstrumentDetail, lang: str) -> str:
    r = d.row
    if not r.next_deadline:
        return ""
    return f"{format_date(r.next_deadline)} {DEADLINE_KINDS.label(r.next_deadline_kind, lang)}"


def _meeting(d: InstrumentDetail, lang: str) -> str:
    m = d.meeting
    return f"{m.title} ({format_date(m.start_date, m.start_date_precision)})" if m else ""


COLUMNS: tuple[Column, ...] = (
    Column("registry_number", "Registry number", 16, lambda d, lang: d.row.registry_number),
    Column("title", "Title", 60, lambda d, lang: d.row.title),
    Column("title_ky", "Title in Kyrgyz", 30, lambda d, lang: d.title_ky),
    Column("title_en", "Title in English", 30, lambda d, lang: d.title_en),
    Column("kind", "Kind", 22, lambda d, lang: KINDS.label(d.row.kind, lang)),
    Column("level", "Level", 20, lambda d, lang: LEVELS.label(d.row.level, lang)),
    Column("multilateral", "Multilateral", 10, lambda d, lang: _yes(d.multilateral, lang)),
    Column("signed_date", "Date of signature", 12,
           lambda d, lang: format_date(d.row.signed_date, d.row.signed_date_precision)),
    Column("signed_place", "Place of signature", 16, lambda d, lang: d.signed_place),
    Column("parties", "Parties", 50,
           lambda d, lang: "\n".join(party_text(p) for p in d.row.parties)),
    Column("subject", "Subject", 30, lambda d, lang: d.subject),
    Column("sectors", "Sectors", 24, lambda d, lang: "; ".join(d.sectors)),
    Column("languages", "Languages of the texts", 16,
           lambda d, lang: "; ".join(TEXT_LANGUAGES.label(x, lang) for x in d.languages)),
    Column("duration_years", "Duration (years)", 10, lambda d, lang: d.duration_years),
    Column("renewal_years", "Tacit renewal (years)", 10, lambda d, lang: d.renewal_years),
    Column("renewal_notice_months", "Notice period (months)", 10,
           lambda d, lang: d.renewal_notice_months),
    Column("max_renewals", "Number of renewals", 10, lambda d, lang: d.max_renewals),
    Column("internal_act", "Internal act", 24,
           lambda d, lang: INTERNAL_ACTS.label(d.internal_act, lang)),
    Column("depositary", "Depositary", 20, lambda d, lang: d.depositary),
    Column("responsible_body", "Responsible body", 24, lambda d, lang: d.responsible_body),
    Column("responsible_clerk", "Responsible clerk", 18, lambda d, lang: d.responsible_clerk),
    Column("confidentiality", "Confidentiality", 16,
           lambda d, lang: CONFIDENTIALITY.label(d.row.confidentiality, lang)),
    Column("original_location", "Location of the original", 18,
           lambda d, lang: d.original_location),
    Column("notes", "Notes", 30, lambda d, lang: d.notes),
    Column("is_placeholder", "Incomplete record", 10, lambda d, lang: _yes(d.is_placeholder,
                                                                           lang)),
    Column("events", "Events", 50,
           lambda d, lang: "\n".join(event_text(e, lang) for e in d.events)),
    Column("", "Status", 20, _status),
    Column("", "Next deadline", 24, _deadline),
    Column("", "Meeting", 30, _meeting),
    Column("uuid", "UUID", 36, lambda d, lang: d.row.uuid),
)


def headers(lang: str) -> list[str]:
    return [translate(c.header, lang) for c in COLUMNS]


def row_values(detail: InstrumentDetail, lang: str) -> list[Value]:
    return [c.value(detail, lang) for c in COLUMNS]


def own_mapping() -> dict:
    """The mapping that reads an exported list back, whatever language its headers are in."""
    def names(column: Column) -> list[str]:
        return list(dict.fromkeys(translate(column.header, lang) for lang in LANGUAGES))

    fields = {c.field: {"column": names(c)} for c in COLUMNS
              if c.field and c.field not in ("parties", "events")}
    by_field = {c.field: c for c in COLUMNS}
    return {
        "description": "Kelishim's own export (XLSX or CSV, headers in Russian, Kyrgyz or "
                       "English): imports an exported list back unchanged.",
        "date_order": "dmy",
        "fields": fields,
        "parties": {"column": names(by_field["parties"]), "separator": "\n"},
        "events": [{"column": names(by_field["events"]), "separator": "\n"}],
    }
