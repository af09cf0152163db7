"""The registry's tables (SQLModel). Only the registry API in this package touches them."""

from __future__ import annotations

import uuid as uuid_module
from datetime import date, datetime, timezone

from sqlalchemy import BigInteger, Column, Index, JSON, LargeBinary, UniqueConstraint
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Versioned(SQLModel):
    """A record clerks edit: `row_version` counts its saved versions. A save states the
    version it started from and is refused when the record has moved on (models.conflicts);
    the ORM also makes every UPDATE and DELETE of the row conditional on it (version_id_col),
    so not even two writers racing each other can overwrite a change unseen. The registry
    counts it up itself (one step per save, none for derived columns)."""

    row_version: int = Field(default=1)

    @declared_attr
    def __mapper_args__(cls):  # noqa: N805 (SQLAlchemy's declared attribute)
        return {"version_id_col": cls.__table__.c.row_version, "version_id_generator": False}


class Country(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    code: str = Field(unique=True, max_length=2)  # ISO 3166-1 alpha-2
    name_ru: str
    name_ky: str = ""
    name_en: str = ""
    official_ru: str = ""
    official_ky: str = ""
    official_en: str = ""
    abbreviation: str = ""  # КР, РФ ...
    overridden: bool = False  # a clerk changed the names: seeding leaves them alone


class Organisation(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    name: str = Field(index=True)  # Russian, nominative
    name_key: str = Field(index=True)  # casefolded name, for finding duplicates
    name_ky: str = ""
    name_en: str = ""
    short_name: str = ""
    kind: str = "agency"
    country_id: int | None = Field(default=None, foreign_key="country.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)


class OrganisationFormerName(SQLModel, table=True):
    """A name the body had before it was renamed: still searchable."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    name: str
    name_key: str = Field(index=True)
    until: date | None = None


class Person(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    full_name: str = Field(index=True)
    position: str = ""
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id")


class Meeting(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    kind: str = "talks"
    title: str
    start_date: date | None = Field(default=None, index=True)
    start_date_precision: str = "day"  # day | month | year (the 1st of the month, 1 January)
    end_date: date | None = None
    city: str = ""
    venue: str = ""
    level: str | None = None
    participants: str = ""
    notes: str = ""
    source_url: str = ""
    deleted_at: datetime | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class MeetingCountry(SQLModel, table=True):
    meeting_id: int = Field(foreign_key="meeting.id", primary_key=True)
    country_id: int = Field(foreign_key="country.id", primary_key=True)


class FollowUp(SQLModel, table=True):
    """A follow-up instruction given at a meeting: what is to be done, who does it, by when
    (and whether it is done); may concern one of the instruments signed there."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    instrument_id: int | None = Field(default=None, foreign_key="instrument.id")
    position: int = 0
    what: str
    who: str = ""
    due: date | None = None
    done_on: date | None = None


class Sector(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    name_ru: str = Field(unique=True)
    name_ky: str = ""
    name_en: str = ""


class Instrument(Versioned, table=True):
    __table_args__ = (
        Index("ix_instrument_live_signed", "deleted_at", "signed_date"),
        Index("ix_instrument_live_status", "deleted_at", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    registry_number: str = Field(unique=True)
    title: str
    title_ky: str = ""
    title_en: str = ""
    kind: str
    level: str
    multilateral: bool = False
    subject: str = ""
    signed_date: date | None = None
    signed_date_precision: str = "day"
    signed_place: str = ""
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)
    languages: str = ""  # comma-separated language codes
    duration_years: int | None = None  # None: indefinite
    renewal_years: int | None = None
    renewal_notice_months: int | None = None
    max_renewals: int | None = None
    effective_on_signature: bool = False
    internal_act: str = ""  # law | resolution | none (vocabulary.INTERNAL_ACTS)
    depositary: str = ""
    responsible_body: str = ""
    responsible_clerk: str = ""
    confidentiality: str = "open"
    original_location: str = ""
    notes: str = ""
    is_placeholder: bool = False
    deleted_at: datetime | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str = ""
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = ""
    # Derived by models.status / models.deadlines whenever the record or the date changes;
    # kept as columns only so that the list can filter and sort by them in SQL.
    status: str = "signed"
    in_force_since: date | None = None
    expiry_date: date | None = None
    next_deadline: date | None = None
    next_deadline_kind: str | None = None
    derived_on: date | None = Field(default=None, index=True)  # the day they were computed for
    derived_until: date | None = Field(default=None, index=True)  # recompute from this day
    counterpart: str = ""  # counterpart countries, for sorting
    title_key: str = ""  # casefolded title, for sorting
    search_text: str = ""  # casefolded text of everything searchable


class InstrumentParty(Versioned, table=True):
    __table_args__ = (UniqueConstraint("instrument_id", "organisation_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    instrument_id: int = Field(foreign_key="instrument.id", index=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    position: int = 0
    signatory_id: int | None = Field(default=None, foreign_key="person.id")


class InstrumentSector(SQLModel, table=True):
    instrument_id: int = Field(foreign_key="instrument.id", primary_key=True)
    sector_id: int = Field(foreign_key="sector.id", primary_key=True, index=True)


class StatusEvent(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    instrument_id: int = Field(foreign_key="instrument.id", index=True)
    kind: str
    act_date: date
    effective_date: date | None = None
    party_organisation_id: int | None = Field(default=None, foreign_key="organisation.id")
    reference: str = ""
    text: str = ""
    entered_by: str = ""
    entered_at: datetime = Field(default_factory=utcnow)


class Relation(Versioned, table=True):
    """Directed: source <kind> target ("the protocol amends the treaty"); stored once."""

    __table_args__ = (UniqueConstraint("source_id", "target_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    source_id: int = Field(foreign_key="instrument.id", index=True)
    target_id: int = Field(foreign_key="instrument.id", index=True)
    kind: str
    effective_date: date | None = None
    note: str = ""


class Attachment(Versioned, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    instrument_id: int | None = Field(default=None, foreign_key="instrument.id", index=True)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", index=True)
    kind: str = "other"
    language: str = ""
    version: int = 1
    sha256: str = Field(index=True, max_length=64)
    size: int = 0
    media_type: str = ""
    original_name: str = ""
    added_by: str = ""
    added_at: datetime = Field(default_factory=utcnow)
    deleted_at: datetime | None = None


class AuditEntry(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True, max_length=36)
    at: datetime = Field(default_factory=utcnow, index=True)
    user: str = ""
    table_name: str
    record_id: int | None = None
    record_uuid: str = Field(index=True)
    instrument_id: int | None = Field(default=None, index=True)  # the instrument it concerns
    action: str  # create | update | delete | restore
    changes: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class RegistrySetting(SQLModel, table=True):
    """Settings that belong to the registry itself, not to one desktop (the number pattern)."""

    key: str = Field(primary_key=True)
    value: str = ""


class ChangeCounter(SQLModel, table=True):
    """One row, counted up by every write transaction on PostgreSQL: its lock makes writers
    take turns (models.locking) and its value tells other clerks' screens that something
    changed. SQLite needs neither (BEGIN IMMEDIATE, PRAGMA data_version)."""

    id: int = Field(default=1, primary_key=True)
    value: int = Field(default=0, sa_type=BigInteger)


class StoredFile(SQLModel, table=True):
    """The bytes of an attachment, in a registry on a server (models.filestore.DatabaseStore);
    a SQLite registry keeps them in its folder instead."""

    sha256: str = Field(primary_key=True, max_length=64)
    size: int = Field(default=0, sa_type=BigInteger)
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
