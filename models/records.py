"""Plain values that cross the registry API: what callers pass in and what they get back.

No database session is ever attached to these: the UI, reports, importers and command line can
keep them as long as they like.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from operator import attrgetter


@dataclass
class PartyDraft:
    """A party to an instrument: an existing organisation, or a new one named here."""

    organisation_id: int | None = None
    name: str = ""  # nominative; used to find or create the organisation when no id is given
    country: str | None = None  # ISO 3166 alpha-2, or None for an international organisation
    organisation_kind: str | None = None
    signatory_name: str = ""
    signatory_position: str = ""

    def __reduce__(self):  # pickled as its values (see InstrumentDraft.__reduce__)
        return PartyDraft, _PARTY_VALUES(self)


@dataclass
class EventDraft:
    kind: str
    act_date: date | None
    effective_date: date | None = None
    party_organisation_id: int | None = None
    reference: str = ""
    text: str = ""
    id: int | None = None  # set when editing an existing event
    row_version: int | None = None  # the version edited (None: not checked)

    def __reduce__(self):  # pickled as its values (see InstrumentDraft.__reduce__)
        return EventDraft, _EVENT_VALUES(self)


@dataclass(slots=True)  # an import holds one per row: a third of the size without a __dict__
class InstrumentDraft:
    """Everything a clerk enters for an instrument. `id` is None for a new one."""

    title: str = ""
    kind: str = ""
    level: str = ""
    signed_date: date | None = None
    signed_date_precision: str = "day"  # day | month | year
    id: int | None = None
    registry_number: str = ""  # empty: generated from the registry's pattern
    title_ky: str = ""
    title_en: str = ""
    multilateral: bool = False
    subject: str = ""
    sectors: list[str] = field(default_factory=list)  # sector names (ru)
    signed_place: str = ""
    meeting_id: int | None = None
    languages: list[str] = field(default_factory=list)
    duration_years: int | None = None
    renewal_years: int | None = None
    renewal_notice_months: int | None = None
    max_renewals: int | None = None
    effective_on_signature: bool | None = None  # None: the kind's usual rule
    # The internal act it needs (law, resolution, none; vocabulary.INTERNAL_ACTS); None: what
    # effective_on_signature says, else the usual act for its kind and level.
    internal_act: str | None = None
    depositary: str = ""  # multilateral: who keeps the original and receives instruments
    responsible_body: str = ""
    responsible_clerk: str = ""
    confidentiality: str = "open"
    original_location: str = ""
    notes: str = ""
    is_placeholder: bool = False
    parties: list[PartyDraft] = field(default_factory=list)
    events: list[EventDraft] | None = None  # None: leave the events as they are
    uuid: str | None = None  # to load records with known identities (demo, exchange)
    # The version the clerk started from: saving is refused (models.errors.Conflict) when
    # another clerk saved a newer one meanwhile. None: not checked (a new record).
    row_version: int | None = None

    def __reduce__(self):
        # Pickled as its values, given to the constructor (an import spools a draft for every
        # row, and the processes preparing a big sheet send them): 4,000 drafts with their
        # parties and events pickled in 0.034 s instead of 0.044 s, read back in 0.027 s
        # instead of 0.048 s (the default way writes every field's name with each).
        return InstrumentDraft, _DRAFT_VALUES(self)


_PARTY_VALUES, _EVENT_VALUES, _DRAFT_VALUES = (
    attrgetter(*(f.name for f in fields(cls))) for cls in (PartyDraft, EventDraft, InstrumentDraft))


@dataclass
class FollowUpDraft:
    """A follow-up instruction of a meeting: what, who, by when."""

    what: str = ""
    who: str = ""
    due: date | None = None
    done_on: date | None = None
    instrument_id: int | None = None  # one of the meeting's instruments, if it concerns one
    id: int | None = None  # set when editing an existing one


@dataclass
class MeetingDraft:
    title: str = ""
    kind: str = "talks"
    start_date: date | None = None
    end_date: date | None = None  # a meeting of several days (its start known to the day)
    city: str = ""
    venue: str = ""
    level: str | None = None
    countries: list[str] = field(default_factory=list)  # ISO alpha-2 codes
    participants: str = ""
    notes: str = ""
    source_url: str = ""
    id: int | None = None
    uuid: str | None = None
    follow_ups: list[FollowUpDraft] | None = None  # None: leave them as they are
    row_version: int | None = None  # as InstrumentDraft.row_version
    start_date_precision: str = "day"  # day | month | year: «в декабре 2021 года»


@dataclass
class OrganisationDraft:
    name: str = ""
    kind: str = "agency"
    country: str | None = None
    short_name: str = ""
    name_ky: str = ""
    name_en: str = ""
    id: int | None = None
    uuid: str | None = None
    row_version: int | None = None  # as InstrumentDraft.row_version


@dataclass(frozen=True)
class PartyRef:
    organisation_id: int
    name: str
    country: str | None
    short_name: str = ""
    kind: str = ""
    signatory_name: str = ""
    signatory_position: str = ""
    name_ky: str = ""
    name_en: str = ""


@dataclass(frozen=True)
class InstrumentRow:
    """One line of the instrument list."""

    id: int
    uuid: str
    registry_number: str
    title: str
    kind: str
    level: str
    status: str
    signed_date: date | None
    signed_date_precision: str
    counterpart: str
    next_deadline: date | None
    next_deadline_kind: str | None
    meeting_id: int | None
    confidentiality: str
    parties: tuple[PartyRef, ...]
    deleted_at: datetime | None = None
    title_ky: str = ""
    title_en: str = ""
    multilateral: bool = False
    in_force_since: date | None = None


@dataclass(frozen=True)
class EventView:
    id: int
    uuid: str
    kind: str
    act_date: date
    effective_date: date | None
    party_organisation_id: int | None
    party_name: str
    reference: str
    text: str
    entered_by: str
    entered_at: datetime
    row_version: int = 1


@dataclass(frozen=True)
class RelationView:
    id: int
    kind: str
    outgoing: bool  # True: this instrument <kind> the other one ("amends"); False: inverse
    other_id: int
    other_title: str
    other_registry_number: str
    other_signed_date: date | None
    effective_date: date | None
    note: str
    other_title_ky: str = ""
    other_title_en: str = ""
    other_signed_date_precision: str = "day"
    row_version: int = 1


@dataclass(frozen=True)
class AttachmentView:
    id: int
    uuid: str
    kind: str
    language: str
    version: int
    sha256: str
    size: int
    media_type: str
    original_name: str
    added_by: str
    added_at: datetime
    path: str  # where the stored copy lies
    row_version: int = 1  # the record's saved versions (`version` is the document's)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    uuid: str
    title: str
    kind: str
    start_date: date | None
    end_date: date | None
    city: str
    venue: str
    level: str | None
    countries: tuple[str, ...]
    instrument_count: int
    deleted_at: datetime | None = None
    start_date_precision: str = "day"


@dataclass(frozen=True)
class MeetingDetail:
    row: MeetingRow
    participants: str
    notes: str
    source_url: str
    instruments: tuple[InstrumentRow, ...]
    attachments: tuple[AttachmentView, ...]
    follow_ups: tuple[FollowUpDraft, ...] = ()
    row_version: int = 1

    def follow_up_drafts(self) -> list[FollowUpDraft]:
        return [FollowUpDraft(**f.__dict__) for f in self.follow_ups]

    def to_draft(self) -> MeetingDraft:
        """A draft to edit, carrying every field of this meeting, its follow-ups and its
        version."""
        r = self.row
        return MeetingDraft(
            id=r.id, uuid=r.uuid, row_version=self.row_version, title=r.title, kind=r.kind,
            start_date=r.start_date, start_date_precision=r.start_date_precision,
            end_date=r.end_date, city=r.city, venue=r.venue,
            level=r.level, countries=list(r.countries), participants=self.participants,
            notes=self.notes, source_url=self.source_url,
            follow_ups=self.follow_up_drafts())


@dataclass(frozen=True)
class DeadlineItem:
    instrument_id: int
    registry_number: str
    title: str
    kind: str  # deadline kind
    due: date
    days_left: int
    status: str
    counterpart: str
    confidentiality: str
    title_ky: str = ""
    title_en: str = ""

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class InstrumentDetail:
    """One instrument with everything about it, as the editor and the card report need it."""

    row: InstrumentRow
    title_ky: str
    title_en: str
    multilateral: bool
    subject: str
    sectors: tuple[str, ...]
    signed_place: str
    meeting: MeetingRow | None
    languages: tuple[str, ...]
    duration_years: int | None
    renewal_years: int | None
    renewal_notice_months: int | None
    max_renewals: int | None
    effective_on_signature: bool
    responsible_body: str
    responsible_clerk: str
    original_location: str
    notes: str
    is_placeholder: bool
    events: tuple[EventView, ...]
    relations: tuple[RelationView, ...]
    attachments: tuple[AttachmentView, ...]
    deadlines: tuple[DeadlineItem, ...]
    in_force_since: date | None
    expiry_date: date | None
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    internal_act: str = "none"
    depositary: str = ""
    row_version: int = 1

    def to_draft(self) -> InstrumentDraft:
        """A draft to edit, carrying every field and event of this instrument."""
        r = self.row
        return InstrumentDraft(
            id=r.id, uuid=r.uuid, row_version=self.row_version,
            registry_number=r.registry_number, title=r.title,
            kind=r.kind, level=r.level, signed_date=r.signed_date,
            signed_date_precision=r.signed_date_precision, title_ky=self.title_ky,
            title_en=self.title_en, multilateral=self.multilateral, subject=self.subject,
            sectors=list(self.sectors), signed_place=self.signed_place,
            meeting_id=r.meeting_id, languages=list(self.languages),
            duration_years=self.duration_years, renewal_years=self.renewal_years,
            renewal_notice_months=self.renewal_notice_months, max_renewals=self.max_renewals,
            # the act says whether it takes effect on signature (internal_act "none")
            effective_on_signature=None, internal_act=self.internal_act,
            depositary=self.depositary,
            responsible_body=self.responsible_body, responsible_clerk=self.responsible_clerk,
            confidentiality=r.confidentiality, original_location=self.original_location,
            notes=self.notes, is_placeholder=self.is_placeholder,
            parties=[PartyDraft(organisation_id=p.organisation_id, name=p.name,
                                country=p.country, signatory_name=p.signatory_name,
                                signatory_position=p.signatory_position) for p in r.parties],
            events=[EventDraft(id=e.id, kind=e.kind, act_date=e.act_date,
                               effective_date=e.effective_date,
                               party_organisation_id=e.party_organisation_id,
                               reference=e.reference, text=e.text, row_version=e.row_version)
                    for e in self.events],
        )


@dataclass
class InstrumentFilter:
    """What the instrument list shows. Every field narrows the list; None means any."""

    text: str | None = None
    country: str | None = None  # counterpart country (ISO alpha-2)
    organisation_id: int | None = None
    kind: str | None = None
    level: str | None = None
    status: str | None = None
    sector: str | None = None
    signed_from: date | None = None
    signed_to: date | None = None
    meeting_id: int | None = None
    include_restricted: bool = True
    deleted: bool = False  # True: the trash instead of the live records
    ids: list[int] | None = None


@dataclass(frozen=True)
class Page:
    rows: tuple
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class AuditView:
    at: datetime
    user: str
    table: str
    record_uuid: str
    action: str
    changes: dict


@dataclass(frozen=True)
class CountryView:
    code: str
    name_ru: str
    name_ky: str
    name_en: str
    official_ru: str
    official_ky: str
    official_en: str
    abbreviation: str

    def name(self, lang: str = "ru") -> str:
        return getattr(self, f"name_{lang}", "") or self.name_ru

    def official(self, lang: str = "ru") -> str:
        return getattr(self, f"official_{lang}", "") or self.name(lang)


@dataclass(frozen=True)
class OrganisationView:
    id: int
    uuid: str
    name: str
    kind: str
    country: str | None
    short_name: str
    name_ky: str
    name_en: str
    former_names: tuple[str, ...]  # every other name, former or in use beside the name
    instrument_count: int = 0
    other_names: tuple[tuple[str, date | None], ...] = ()  # (name, until): None, an alias
    row_version: int = 1

    def to_draft(self) -> OrganisationDraft:
        return OrganisationDraft(id=self.id, uuid=self.uuid, row_version=self.row_version,
                                 name=self.name, kind=self.kind, country=self.country,
                                 short_name=self.short_name, name_ky=self.name_ky,
                                 name_en=self.name_en)


@dataclass(frozen=True)
class PersonView:
    id: int
    full_name: str
    position: str
    organisation_id: int | None


@dataclass(frozen=True)
class CheckMark:
    """Where the registry's instruments stood when an import looked for duplicates: the
    highest id and the latest change (`Registry.instrument_mark`)."""
    instrument_id: int = 0
    changed_at: datetime | None = None


@dataclass(frozen=True)
class DuplicateMatch:
    """The record a draft repeats: one in the registry (`id`), or an earlier draft of the same
    batch (`draft`, its index, when `id` is None). The flags say what agrees."""

    id: int | None
    registry_number: str
    title: str
    kind: str
    signed_date: date | None
    signed_date_precision: str
    meeting_id: int | None
    similarity: float  # of the titles, 0..1
    same_kind: bool
    same_day: bool
    same_parties: bool
    same_record: bool = False  # the very same record (its UUID), e.g. the registry's export
    deleted: bool = False  # in the trash
    draft: int | None = None
    undated: bool = False  # the draft has no date (its text gave none): found without one


@dataclass(frozen=True)
class MergeResult:
    """What a merge did: how many events, links and files moved to the surviving record."""

    survivor_id: int
    merged_id: int
    events_moved: int
    events_left: int  # the same facts as the survivor's own: they stay with the merged record
    relations_moved: int
    relations_left: int  # would link the survivor to itself, or twice
    attachments_moved: int
