"""Validation of what a clerk enters: every problem, each with its field, none raised here."""

from __future__ import annotations

import re
from datetime import date

from .errors import Label, Problem, problem
from .numbering import check_pattern
from .records import InstrumentDraft, MeetingDraft, OrganisationDraft
from .vocabulary import (CONFIDENTIALITY, EVENT_KINDS, INTERNAL_ACTS, KINDS, LEVELS,
                         MEETING_KINDS, MEETING_LEVELS, ORGANISATION_KINDS, TEXT_LANGUAGES)

_PRECISIONS = ("day", "month", "year")
INTERNATIONAL = "international_organisation"  # the kind of body that has no country


def party_without_country(n: int) -> Problem:
    return problem("parties", "Choose the country of party {n}, or the kind “International "
                              "organisation”.", n=n)
# Control characters (C0, DEL, C1) but the tab and the line breaks: a NUL from a spreadsheet
# cell or a binary file would be stored, cut texts off in other programs, and never show.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _check_code(problems: list[Problem], field: str, value: str | None, vocabulary,
                required: bool = True) -> None:
    if not value:
        if required:
            problems.append(problem(field, "Choose a value for “{field}”.",
                                    field=field_label(field)))
    elif value not in vocabulary:
        problems.append(problem(field, "Unknown value “{value}” for “{field}”.", value=value,
                                field=field_label(field)))


def field_label(field: str) -> Label:
    """The name of a field, translated where the message is rendered."""
    return Label(FIELD_LABELS.get(field, field))


FIELD_LABELS = {
    "title": "Title", "kind": "Kind", "level": "Level", "signed_date": "Date of signature",
    "parties": "Parties", "events": "Events", "confidentiality": "Confidentiality",
    "duration_years": "Duration (years)", "renewal_years": "Tacit renewal (years)",
    "renewal_notice_months": "Notice period (months)", "max_renewals": "Number of renewals",
    "languages": "Languages of the texts", "registry_number": "Registry number",
    "signed_date_precision": "Date precision", "start_date": "Start date",
    "end_date": "End date", "start_date_precision": "Precision of the start date",
    "name": "Name", "country": "Country",
    "organisation_kind": "Kind of body", "number_pattern": "Registry number pattern",
    "internal_act": "Internal act", "depositary": "Depositary",
    "follow_ups": "Follow-up instructions",
    "title_ky": "Title (Kyrgyz)", "title_en": "Title (English)", "subject": "Subject",
    "sectors": "Sectors", "signed_place": "Place of signature",
    "responsible_body": "Responsible body", "responsible_clerk": "Responsible clerk",
    "original_location": "Location of the original", "notes": "Notes", "city": "City",
    "venue": "Venue", "participants": "Participants", "source_url": "Source link",
    "short_name": "Short name", "name_ky": "Name (Kyrgyz)", "name_en": "Name (English)",
}
_INSTRUMENT_TEXTS = ("title", "registry_number", "title_ky", "title_en", "subject",
                     "signed_place", "responsible_body", "responsible_clerk",
                     "original_location", "notes", "depositary")
_MEETING_TEXTS = ("title", "city", "venue", "participants", "notes", "source_url")
_ORGANISATION_TEXTS = ("name", "short_name", "name_ky", "name_en")


def control_character(text: str) -> tuple[int, str] | None:
    """The first control character in `text` other than a tab or a line break, as (position
    counted from 1, "U+0000"); None when there is none."""
    m = CONTROL.search(text or "")
    return (m.start() + 1, f"U+{ord(m.group()):04X}") if m else None


def _check_controls(p: list[Problem], field: str, texts) -> None:
    texts = [t for t in texts if isinstance(t, str)]
    if not CONTROL.search("\n".join(texts)):  # most texts have none: one search for all
        return
    for text in texts:
        found = control_character(text)
        if found:
            p.append(problem(field, "“{field}” contains a control character ({code}) at "
                                    "position {position}; only tabs and line breaks may be "
                                    "in a text.", field=field_label(field), code=found[1],
                             position=found[0]))
            return


def _check_texts(p: list[Problem], draft, names: tuple[str, ...]) -> None:
    if not CONTROL.search("\n".join(t for name in names
                                     if isinstance(t := getattr(draft, name), str))):
        return  # none in any of them (a line break is no control character here)
    for name in names:
        _check_controls(p, name, [getattr(draft, name)])


def validate_instrument(d: InstrumentDraft, today: date) -> list[Problem]:
    """Every problem with an instrument as entered, in the order of the form."""
    p: list[Problem] = []
    if not d.title.strip():
        p.append(problem("title", "The title is required."))
    _check_code(p, "kind", d.kind, KINDS)
    _check_code(p, "level", d.level, LEVELS)
    if d.signed_date is None:
        p.append(problem("signed_date", "The date of signature is required."))
    elif d.signed_date > today:
        p.append(problem("signed_date", "The date of signature {date} is in the future.",
                         date=d.signed_date.strftime("%d.%m.%Y")))
    if d.signed_date_precision not in _PRECISIONS:
        p.append(problem("signed_date_precision", "Unknown value “{value}” for “{field}”.",
                         value=d.signed_date_precision,
                         field=field_label("signed_date_precision")))
    _check_code(p, "confidentiality", d.confidentiality, CONFIDENTIALITY)
    _validate_act(p, d)
    for code in d.languages:
        if code not in TEXT_LANGUAGES:
            p.append(problem("languages", "Unknown language “{value}”.", value=code))

    _check_texts(p, d, _INSTRUMENT_TEXTS)
    _check_controls(p, "sectors", d.sectors)
    _check_controls(p, "parties", [t for x in d.parties for t in (
        x.name, x.signatory_name, x.signatory_position)])
    _check_controls(p, "events", [t for e in d.events or [] for t in (e.reference, e.text)])
    _validate_parties(p, d)
    _validate_term(p, d)
    if d.events is not None:
        _validate_events(p, d)
    return p


def _validate_parties(p: list[Problem], d: InstrumentDraft) -> None:
    if d.is_placeholder:
        return
    if len(d.parties) < 2:
        p.append(problem("parties", "An instrument needs at least two parties; {count} given.",
                         count=len(d.parties)))
    if not d.multilateral and len(d.parties) > 2:
        p.append(problem("parties", "A bilateral instrument has two parties; {count} given. "
                                    "Mark it as multilateral or remove a party.",
                         count=len(d.parties)))
    seen: set = set()
    for i, party in enumerate(d.parties, 1):
        key = party.organisation_id or party.name.strip().lower()
        if not key:
            p.append(problem("parties", "Party {n} has no name.", n=i))
            continue
        if key in seen:
            p.append(problem("parties", "Party {n} is listed twice.", n=i))
        seen.add(key)
        if party.organisation_kind:
            _check_code(p, "parties", party.organisation_kind, ORGANISATION_KINDS)
        # A body on file without its kind here is checked by the registry, which knows it.
        if not party.country and party.organisation_kind != INTERNATIONAL and not (
                party.organisation_id and party.organisation_kind is None):
            p.append(party_without_country(i))


def _validate_act(p: list[Problem], d: InstrumentDraft) -> None:
    """The internal act is one of the vocabulary and agrees with "takes effect on signature"
    where both are given; a depositary is for multilateral instruments."""
    if d.internal_act:
        _check_code(p, "internal_act", d.internal_act, INTERNAL_ACTS)
        if d.internal_act in INTERNAL_ACTS and d.effective_on_signature is not None and \
                d.effective_on_signature != (d.internal_act == "none"):
            p.append(problem("internal_act", "“{act}” does not agree with “takes effect on "
                                             "signature: {answer}”.",
                             act=Label(d.internal_act, INTERNAL_ACTS),
                             answer=Label("yes" if d.effective_on_signature else "no")))
    if d.depositary.strip() and not d.multilateral:
        p.append(problem("depositary", "A depositary is named only for a multilateral "
                                       "instrument."))


def _positive(p: list[Problem], field: str, value: int | None, allow_zero: bool = False) -> bool:
    if value is None:
        return True
    if value < 0 or (value == 0 and not allow_zero):
        p.append(problem(field, "“{field}” must be a positive number, not {value}.",
                         field=field_label(field), value=value))
        return False
    return True


def _validate_term(p: list[Problem], d: InstrumentDraft) -> None:
    _positive(p, "duration_years", d.duration_years)
    _positive(p, "renewal_years", d.renewal_years)
    _positive(p, "renewal_notice_months", d.renewal_notice_months, allow_zero=True)
    _positive(p, "max_renewals", d.max_renewals, allow_zero=True)
    if d.renewal_years and d.duration_years is None:
        p.append(problem("renewal_years",
                         "Tacit renewal needs a fixed duration; the duration is indefinite."))
    if d.renewal_notice_months and not d.renewal_years:
        p.append(problem("renewal_notice_months",
                         "A notice period is set but the instrument does not renew tacitly."))
    shortest = min(x for x in (d.duration_years, d.renewal_years, 10**6) if x and x > 0)
    if d.renewal_notice_months and d.renewal_notice_months >= 12 * shortest:
        p.append(problem("renewal_notice_months",
                         "The notice period of {months} months is not shorter than the term.",
                         months=d.renewal_notice_months))


def _validate_events(p: list[Problem], d: InstrumentDraft) -> None:
    fmt = "%d.%m.%Y"
    party_ids = {x.organisation_id for x in d.parties if x.organisation_id}
    for i, e in enumerate(d.events or [], 1):
        label = Label(e.kind, EVENT_KINDS) if e.kind in EVENT_KINDS else e.kind
        if e.kind not in EVENT_KINDS:
            p.append(problem("events", "Event {n}: unknown kind “{value}”.", n=i, value=e.kind))
        if e.act_date is None:
            p.append(problem("events", "Event {n} ({event}): the date is required.", n=i,
                             event=label))
            continue
        if e.effective_date and e.effective_date < e.act_date:
            p.append(problem("events", "Event {n} ({event}): takes effect {effective} before "
                                       "it happened {act}.", n=i, event=label,
                             effective=e.effective_date.strftime(fmt),
                             act=e.act_date.strftime(fmt)))
        when = e.effective_date or e.act_date
        if d.signed_date and when < d.signed_date and e.kind != "signed":
            if e.kind == "entered_into_force":
                msg = "Entry into force ({date}) is before signature ({signed})."
            else:
                msg = "Event {n} ({event}) on {date} is before signature ({signed})."
            p.append(problem("events", msg, n=i, event=label, date=when.strftime(fmt),
                             signed=d.signed_date.strftime(fmt)))
        if e.party_organisation_id and party_ids and e.party_organisation_id not in party_ids:
            p.append(problem("events", "Event {n} ({event}) concerns a body that is not a party.",
                             n=i, event=label))
    forces = sorted((e.effective_date or e.act_date) for e in d.events or []
                    if e.kind == "entered_into_force" and e.act_date)
    ends = [(e.effective_date or e.act_date) for e in d.events or []
            if e.kind in ("expired", "terminated", "denounced") and e.act_date]
    if forces:
        for end in ends:
            if end < forces[0]:
                p.append(problem("events", "The instrument ends ({date}) before it enters into "
                                           "force ({force}).", date=end.strftime(fmt),
                                 force=forces[0].strftime(fmt)))


def validate_meeting(m: MeetingDraft) -> list[Problem]:
    p: list[Problem] = []
    if not m.title.strip():
        p.append(problem("title", "The title is required."))
    _check_code(p, "kind", m.kind, MEETING_KINDS)
    _check_code(p, "level", m.level, MEETING_LEVELS, required=False)
    if m.start_date is None:
        p.append(problem("start_date", "The start date is required."))
    if m.start_date_precision not in _PRECISIONS:
        p.append(problem("start_date_precision", "Unknown value “{value}” for “{field}”.",
                         value=m.start_date_precision,
                         field=field_label("start_date_precision")))
    elif m.start_date_precision != "day" and m.end_date and m.end_date != m.start_date:
        p.append(problem("end_date", "An end date needs a start date known to the day."))
    if m.start_date and m.end_date and m.end_date < m.start_date:
        p.append(problem("end_date", "The meeting ends ({end}) before it starts ({start}).",
                         end=m.end_date.strftime("%d.%m.%Y"),
                         start=m.start_date.strftime("%d.%m.%Y")))
    for n, f in enumerate(m.follow_ups or [], 1):
        if not f.what.strip():
            p.append(problem("follow_ups", "Instruction {n}: say what is to be done.", n=n))
        if not f.who.strip():
            p.append(problem("follow_ups", "Instruction {n}: say who is to do it.", n=n))
        if f.due is None:
            p.append(problem("follow_ups", "Instruction {n}: the due date is required.", n=n))
        elif m.start_date and f.due < m.start_date:
            p.append(problem("follow_ups", "Instruction {n}: due {due}, before the meeting "
                                           "({start}).", n=n, due=f.due.strftime("%d.%m.%Y"),
                             start=m.start_date.strftime("%d.%m.%Y")))
    _check_texts(p, m, _MEETING_TEXTS)
    _check_controls(p, "follow_ups", [t for f in m.follow_ups or [] for t in (f.what, f.who)])
    return p


def validate_organisation(o: OrganisationDraft) -> list[Problem]:
    p: list[Problem] = []
    if not o.name.strip():
        p.append(problem("name", "The name is required."))
    _check_code(p, "organisation_kind", o.kind, ORGANISATION_KINDS)
    if not o.country and o.kind != INTERNATIONAL:
        p.append(problem("country", "Choose the country, or the kind “International "
                                    "organisation”."))
    _check_texts(p, o, _ORGANISATION_TEXTS)
    return p


def validate_number_pattern(pattern: str) -> list[Problem]:
    bad = check_pattern(pattern)
    if not bad:
        return []
    return [problem("number_pattern", "The pattern needs {{seq}} and may use only {{year}}, "
                                      "{{seq}}, {{kind}} and {{level}}; wrong: {tokens}.",
                    tokens=", ".join(bad))]
