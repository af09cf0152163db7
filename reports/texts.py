"""Turning registry values into the words a report prints, in the report's language."""

from __future__ import annotations

from i18n import _
from models.dates import format_date
from models.records import InstrumentRow, PartyRef
from models.registry import Registry

IN_FORCE, PENDING, ENDED = "in_force", "pending", "ended"
_GROUPS = {"in_force": IN_FORCE, "provisionally_applied": IN_FORCE, "suspended": IN_FORCE,
           "signed": PENDING, "internal_procedures": PENDING,
           "expired": ENDED, "terminated": ENDED, "superseded": ENDED}

# Strictest first: the mark a report carries is that of its most confidential record.
_MARKS = ("restricted", "official_use")


class Names:
    """Country names in one language, and which country is the registry's own."""

    def __init__(self, registry: Registry, lang: str):
        self.lang = lang
        self.home = registry.home_country
        self._countries = {c.code: c for c in registry.countries()}

    def country(self, code: str | None) -> str:
        c = self._countries.get(code or "")
        return c.name(self.lang) if c else (code or "")

    def official(self, code: str | None) -> str:
        c = self._countries.get(code or "")
        return c.official(self.lang) if c else (code or "")

    def counterpart(self, parties: tuple[PartyRef, ...]) -> str:
        """The other side(s): foreign countries, else bodies that belong to no country."""
        names = [self.country(p.country) for p in parties if p.country and p.country != self.home]
        if not names:
            names = [p.name for p in parties if not p.country]
        return ", ".join(dict.fromkeys(names))


def signed(row: InstrumentRow) -> str:
    return format_date(row.signed_date, row.signed_date_precision)


def parties(row: InstrumentRow) -> str:
    return "\n".join(p.name for p in row.parties)


def strictest_mark(codes) -> str | None:
    """The confidentiality mark of a set of records: None when all are open."""
    present = set(codes)
    return next((m for m in _MARKS if m in present), None)


def status_group(status: str) -> str:
    """In force (also provisionally or suspended), not yet in force, or no longer in force."""
    return _GROUPS.get(status, PENDING)


def status_group_labels() -> dict[str, str]:
    return {IN_FORCE: _("In force"), PENDING: _("Not yet in force"),
            ENDED: _("No longer in force")}
