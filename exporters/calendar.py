"""Deadlines as an iCalendar (.ics) file that Outlook, Thunderbird and phone calendars open.

One all-day event per deadline; its UID is made from the instrument's UUID and the deadline's
kind, so importing a newer file updates the events instead of doubling them. Reminders come a
week and a day before (none for deadlines already past).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from i18n import get_language, translate
from models.dates import format_date
from models.records import DeadlineItem, InstrumentFilter
from models.registry import Registry
from models.vocabulary import DEADLINE_KINDS, STATUSES

from .files import write_atomically

REMINDERS = (timedelta(days=7), timedelta(days=1))
_NS = uuid.UUID("6f4f8f1e-2b7a-4c55-9d0e-6b1c3a7e2d10")


def deadline_uid(instrument_uuid: str, kind: str) -> str:
    return f"{uuid.uuid5(_NS, f'{instrument_uuid}/{kind}')}@kelishim"


def deadline_items(registry: Registry, days: int, f: InstrumentFilter) -> list[DeadlineItem]:
    """Deadlines due within `days` (overdue included) of the instruments the filter matches."""
    items = registry.deadlines(days, include_restricted=f.include_restricted)
    if f != InstrumentFilter(include_restricted=f.include_restricted):
        wanted = {r.id for r in registry.list_instruments(f, limit=None,
                                                          with_total=False).rows}
        items = [i for i in items if i.instrument_id in wanted]
    return items


def build_calendar(registry: Registry, items: list[DeadlineItem], lang: str) -> Calendar:
    uuids = {r.id: r.uuid for r in registry.list_instruments(
        InstrumentFilter(ids=sorted({i.instrument_id for i in items})), limit=None,
        with_total=False).rows}
    today = registry.today()
    cal = Calendar()
    cal.add("prodid", "-//Kelishim//Registry of international instruments//RU")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", translate("Deadlines of international instruments", lang))
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    for item in items:
        what = DEADLINE_KINDS.label(item.kind, lang)
        event = Event()
        event.add("uid", deadline_uid(uuids.get(item.instrument_id, str(item.instrument_id)),
                                      item.kind))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due)
        event.add("dtend", item.due + timedelta(days=1))
        event.add("summary", f"{what}: {item.registry_number} {item.title}")
        event.add("description", "\n".join(filter(None, [
            item.title,
            f"{translate('Registry number', lang)}: {item.registry_number}",
            f"{translate('Counterpart', lang)}: {item.counterpart}" if item.counterpart else "",
            f"{translate('Status', lang)}: {STATUSES.label(item.status, lang)}",
            f"{what}: {format_date(item.due)}"])))
        event.add("transp", "TRANSPARENT")
        event.add("categories", [translate("Deadlines", lang)])
        if item.confidentiality != "open":
            event.add("class", "CONFIDENTIAL")
        if item.due > today:
            for before in REMINDERS:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"{what}: {item.title}")
                alarm.add("trigger", -before)
                event.add_component(alarm)
        cal.add_component(event)
    return cal


def export_calendar(registry: Registry, path: str | Path, days: int,
                    f: InstrumentFilter | None = None, lang: str | None = None) -> int:
    """Write the deadlines of the next `days` days to `path`; returns how many."""
    lang = lang or get_language()
    items = deadline_items(registry, days, f or InstrumentFilter())
    cal = build_calendar(registry, items, lang)
    write_atomically(Path(path), lambda tmp: tmp.write_bytes(cal.to_ical()))
    return len(items)
