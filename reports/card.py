"""Instrument card: one instrument with every field, its history, its links to other
instruments and its attached files."""

from __future__ import annotations

from reportlab.lib.units import mm

from i18n import _
from models.dates import format_date
from models.errors import RegistryError
from models.records import InstrumentDetail
from models.registry import Registry
from models.vocabulary import (ATTACHMENT_KINDS, CONFIDENTIALITY, DEADLINE_KINDS, EVENT_KINDS,
                               INTERNAL_ACTS, KINDS, LEVELS, STATUSES, TEXT_LANGUAGES)

from . import styles
from .document import Heading
from .filters import restricted_line
from .layout import CONTENT_WIDTH, fields, heading, para
from .progress import Tracker
from .relations import other_instrument, relation_label
from .request import ReportRequest
from .tables import Column, RowTable
from .outstanding import ending
from .register import REGISTER_EVENTS, event_fact, own, party_table
from .texts import Names, strictest_mark, term_date


def compose(registry: Registry, req: ReportRequest, tracker: Tracker) -> tuple[Heading, list]:
    d = registry.instrument(req.instrument_id)
    r = d.row
    if r.confidentiality == "restricted" and not req.include_restricted:
        raise RegistryError("The instrument no. {id} is of restricted access: ask for "
                            "restricted records to print its card.", id=r.id)
    names = Names(registry, req.lang)
    today = registry.today()
    shown = names.title(r, 300, note=False)  # the whole title follows in the main facts
    tracker.stage(0.0, 1.0, 1)
    story = [para(_("Main facts"), styles.H1), _main(d, names)]
    parts = [(_("Parties and signatories"), _parties(d, names)),
             (_("Terms and status"), _terms(d, names, today))]
    if d.multilateral:
        parts.append((_("Status of the parties"), _party_status(d, names)))
    for title, part in (*parts,
                        (_("History"), _events(d, names)),
                        (_("Related instruments"), _relations(d, names)),
                        (_("Attached files"), _attachments(d, names.lang)),
                        (_("Record"), _record(d))):
        story += [*heading(title, room=30 * mm), part]
    head = Heading(
        title=_("Instrument card"), organisation=req.organisation, printed=today,
        lang=req.lang, subtitle=f"{r.registry_number} · {shown}",
        filters=[(_("Instrument"), r.registry_number), restricted_line(req.include_restricted),
                 *names.language_note()],
        mark=strictest_mark([r.confidentiality]), subject=shown)
    return head, story


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def _main(d: InstrumentDetail, names: Names):
    r, lang = d.row, names.lang
    meeting = ""
    if d.meeting:
        when = format_date(d.meeting.start_date, d.meeting.start_date_precision)
        meeting = f"{d.meeting.title} ({when}, {d.meeting.city})"
    return fields([
        (_("Registry number"), r.registry_number),
        (_("Title (Russian)"), r.title),
        (_("Title (Kyrgyz)"), d.title_ky),
        (_("Title (English)"), d.title_en),
        (_("Kind"), KINDS.label(r.kind, lang)),
        (_("Level"), LEVELS.label(r.level, lang)),
        (_("Form"), _("multilateral") if d.multilateral else _("bilateral")),
        (_("Depositary"), d.depositary),
        (_("Subject"), d.subject),
        (_("Sectors"), ", ".join(d.sectors)),
        (_("Date of signature"), format_date(r.signed_date, r.signed_date_precision)),
        (_("Place of signature"), d.signed_place),
        (_("Signed at the meeting"), meeting),
        (_("Languages of the authentic texts"),
         ", ".join(TEXT_LANGUAGES.label(x, lang) for x in d.languages)),
        (_("Confidentiality"), CONFIDENTIALITY.label(r.confidentiality, lang)),
        (_("Paper original kept at"), d.original_location),
        (_("Responsible body"), d.responsible_body),
        (_("Responsible clerk"), d.responsible_clerk),
        (_("Notes"), d.notes),
        (_("Placeholder record"), _("yes: the instrument is referred to but not yet "
                                    "registered in full") if d.is_placeholder else ""),
        (_("In the trash since"), format_date(r.deleted_at.date()) if r.deleted_at else ""),
    ])


def _parties(d: InstrumentDetail, names: Names) -> RowTable:
    rows = [(str(n), names.party(p), names.country(p.country), p.signatory_name,
             p.signatory_position)
            for n, p in enumerate(d.row.parties, 1)]
    return RowTable([Column(_("#"), 9 * mm, styles.CELL_RIGHT),
                     Column(_("Party"), CONTENT_WIDTH - 129 * mm),
                     Column(_("Country"), 30 * mm), Column(_("Signatory"), 40 * mm),
                     Column(_("Position"), 50 * mm)], rows or [("", "—", "", "", "")])


def _terms(d: InstrumentDetail, names: Names, today):
    lang = names.lang
    deadlines = "\n".join(
        f"{DEADLINE_KINDS.label(x.kind, lang)}: {term_date(d, x.due, x.kind)}"
        for x in d.deadlines)
    end = ending(d)
    # The registry cannot tell an indefinite term from one nobody entered: both print as not
    # specified, never as "indefinite", so that no card says "expired" beside "indefinite".
    return fields([
        (_("Status on {date}").format(date=format_date(today)),
         STATUSES.label(d.row.status, lang)),
        (_("Needs ratification or approval"), INTERNAL_ACTS.label(d.internal_act, lang)),
        (_("Act, publication, registration"),
         "\n".join(event_fact(e, lang) for e in own(d.row, d.events, names.home)
                   if e.kind in REGISTER_EVENTS)),
        (_("In force since"), term_date(d, d.in_force_since)),
        (_("Duration, years"), str(d.duration_years) if d.duration_years else
         _("not specified")),
        (_("Tacit renewal, years"), _number(d.renewal_years)),
        (_("Notice of non-renewal, months before the end of the term"),
         _number(d.renewal_notice_months)),
        (_("Renewals at most"), _number(d.max_renewals)),
        (_("Ended on") if end else _("Ends on"),
         format_date(end.on, end.precision) if end else term_date(d, d.expiry_date)),
        (_("Open deadlines"), deadlines),
    ], label_width=60 * mm)


def _party_status(d: InstrumentDetail, names: Names) -> RowTable:
    """A UN-style status table: each party's signature, consent to be bound, entry into force
    and reservations."""
    rows = [(str(n), p.name, p.signature, p.consent, p.in_force, p.reservations)
            for n, p in enumerate(party_table(d.row, d.events, names), 1)]
    return RowTable([Column(_("#"), 9 * mm, styles.CELL_RIGHT),
                     Column(_("Party"), CONTENT_WIDTH - 144 * mm),
                     Column(_("Signature"), 19 * mm),
                     Column(_("Ratification, approval or accession"), 45 * mm),
                     Column(_("Entry into force"), 21 * mm),
                     Column(_("Reservations and declarations"), 50 * mm)],
                    rows or [("", "—", "", "", "", "")])


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _events(d: InstrumentDetail, names: Names):
    if not d.events:
        return para(_("No events recorded."), styles.NOTE)
    parties = {p.organisation_id: names.party(p) for p in d.row.parties}
    rows = [(format_date(e.act_date), EVENT_KINDS.label(e.kind, names.lang),
             format_date(e.effective_date), parties.get(e.party_organisation_id, e.party_name),
             e.reference, e.text)
            for e in d.events]
    return RowTable([Column(_("Date"), 19 * mm), Column(_("Event"), 38 * mm),
                     Column(_("Takes effect"), 19 * mm), Column(_("Party"), 32 * mm),
                     Column(_("Reference"), 30 * mm),
                     Column(_("Text or note"), CONTENT_WIDTH - 138 * mm)], rows)


def _relations(d: InstrumentDetail, names: Names):
    if not d.relations:
        return para(_("No links to other instruments."), styles.NOTE)
    rows = [(relation_label(x, names.lang), other_instrument(x, names),
             format_date(x.effective_date), x.note) for x in d.relations]
    return RowTable([Column(_("Link"), 34 * mm),
                     Column(_("Instrument"), CONTENT_WIDTH - 94 * mm),
                     Column(_("Takes effect"), 20 * mm), Column(_("Note"), 40 * mm)], rows)


def _attachments(d: InstrumentDetail, lang: str):
    if not d.attachments:
        return para(_("No files attached."), styles.NOTE)
    rows = [(ATTACHMENT_KINDS.label(a.kind, lang), a.original_name,
             TEXT_LANGUAGES.label(a.language, lang) if a.language else "", str(a.version),
             _size(a.size), f"{a.added_by}, {format_date(a.added_at.date())}", a.sha256[:12])
            for a in d.attachments]
    return RowTable([Column(_("Kind"), 32 * mm), Column(_("File"), CONTENT_WIDTH - 140 * mm),
                     Column(_("Language"), 20 * mm), Column(_("Version"), 12 * mm),
                     Column(_("Size"), 16 * mm), Column(_("Added"), 34 * mm),
                     Column(_("SHA-256"), 26 * mm)], rows)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return _("{size} MB").format(size=f"{n / 1024 / 1024:.1f}")
    return _("{size} KB").format(size=max(1, round(n / 1024)))


def _record(d: InstrumentDetail):
    return fields([
        (_("Created"), f"{format_date(d.created_at.date())}, {d.created_by}"),
        (_("Last changed"), f"{format_date(d.updated_at.date())}, {d.updated_by}"),
        (_("Identifier"), d.row.uuid),
    ])
