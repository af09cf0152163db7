"""What a caller asks for: which report, about what, in which language."""

from __future__ import annotations

from dataclasses import dataclass

from models.deadlines import DEFAULT_HORIZON_DAYS
from models.records import InstrumentFilter

KINDS = ("status", "briefing", "treaty_base", "deadlines", "card")
GROUPINGS = ("status", "counterpart")


@dataclass
class ReportRequest:
    kind: str  # one of KINDS
    lang: str = "ru"
    organisation: str = ""  # printed at the head of every report
    include_restricted: bool = False
    filter: InstrumentFilter | None = None  # status report
    group_by: str = "status"  # status report: one of GROUPINGS
    meeting_id: int | None = None  # briefing
    country: str | None = None  # country treaty base, ISO 3166 alpha-2
    instrument_id: int | None = None  # instrument card
    days: int = DEFAULT_HORIZON_DAYS  # deadlines
