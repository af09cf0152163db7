"""The filter a report was made with, as lines a reader understands."""

from __future__ import annotations

from i18n import _
from models.dates import format_date
from models.records import InstrumentFilter
from models.registry import Registry
from models.vocabulary import KINDS, LEVELS, STATUSES

from .texts import Names


def describe(f: InstrumentFilter, registry: Registry, names: Names) -> list[tuple[str, str]]:
    """(what, value) lines for every criterion of `f`; one "all instruments" line when none."""
    lang = names.lang
    lines: list[tuple[str, str]] = []
    if f.country:
        lines.append((_("Counterpart"), names.official(f.country.upper())))
    if f.organisation_id:
        o = registry.organisation(f.organisation_id)
        lines.append((_("Party"), names.text(o.name, o.name_ky, o.name_en)))
    if f.kind:
        lines.append((_("Kind"), KINDS.label(f.kind, lang)))
    if f.level:
        lines.append((_("Level"), LEVELS.label(f.level, lang)))
    if f.status:
        lines.append((_("Status"), STATUSES.label(f.status, lang)))
    if f.sector:
        lines.append((_("Sector"), f.sector))
    if f.signed_from or f.signed_to:
        lines.append((_("Signed"), period(f)))
    if f.meeting_id:
        lines.append((_("Meeting"), registry.meeting(f.meeting_id).row.title))
    if f.text:
        lines.append((_("Search"), f"«{f.text}»"))
    if not lines:
        lines.append((_("Selection"), _("all instruments of the registry")))
    return lines


def period(f: InstrumentFilter) -> str:
    if f.signed_from and f.signed_to:
        return _("from {start} to {end}").format(start=format_date(f.signed_from),
                                                   end=format_date(f.signed_to))
    if f.signed_from:
        return _("from {start}").format(start=format_date(f.signed_from))
    return _("until {end}").format(end=format_date(f.signed_to))


def restricted_line(included: bool) -> tuple[str, str]:
    return (_("Restricted records"), _("included") if included else _("not included"))
