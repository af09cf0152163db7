"""Turning registry values into the words a report prints, in the report's language."""

from __future__ import annotations

from i18n import _
from models.dates import format_date
from models.records import InstrumentDetail, InstrumentRow, PartyRef
from models.registry import Registry

IN_FORCE, PENDING, ENDED = "in_force", "pending", "ended"
_GROUPS = {"in_force": IN_FORCE, "provisionally_applied": IN_FORCE, "suspended": IN_FORCE,
           "signed": PENDING, "internal_procedures": PENDING,
           "expired": ENDED, "terminated": ENDED, "superseded": ENDED}

# Strictest first: the mark a report carries is that of its most confidential record.
_MARKS = ("restricted", "official_use")
# A list row names at most this many parties; the card names them all.
LISTED_PARTIES = 6
# A list row prints at most this much of a title; the card prints it whole.
LISTED_TITLE = 400
# More foreign countries than this make an instrument "multilateral" in a counterpart column.
LISTED_COUNTERPARTS = 3
MULTILATERAL = "*multilateral"  # the group key of instruments with several foreign countries


class Names:
    """The names a report prints in its language: countries, titles and parties (the Russian
    text, marked, where a record has none in the report's language), and which country is the
    registry's own."""

    def __init__(self, registry: Registry, lang: str):
        self.lang = lang
        self.home = registry.home_country
        self._countries = {c.code: c for c in registry.countries()}
        self.in_russian = 0  # how many texts were printed in Russian for want of another

    def text(self, ru: str, ky: str = "", en: str = "", limit: int | None = None,
             note: bool = True) -> str:
        """A record's text in the report's language, else its Russian text marked as such;
        `limit` shortens a long one (see short_title) before the mark."""
        own = {"ru": ru, "ky": ky, "en": en}.get(self.lang) or ""
        if own or not ru:
            return short_title(own, limit, note) if limit else own
        self.in_russian += 1
        return _("{text} [in Russian]").format(text=short_title(ru, limit, note) if limit
                                               else ru)

    def title(self, r, limit: int | None = None, note: bool = True) -> str:
        """The title of an instrument row or detail's row in the report's language."""
        return self.text(r.title, r.title_ky, r.title_en, limit, note)

    def party(self, p: PartyRef) -> str:
        return self.text(p.name, p.name_ky, p.name_en)

    def parties(self, row: InstrumentRow, limit: int | None = LISTED_PARTIES) -> str:
        """The parties one a line; beyond `limit` the first few and how many there are in
        all (every party is in the instrument card)."""
        chosen = row.parties if limit is None or len(row.parties) <= limit else \
            row.parties[:limit - 1]
        names = [self.party(p) for p in chosen]
        if len(chosen) < len(row.parties):
            names.append(_("… parties in all: {count} (every one in the instrument card)"
                           ).format(count=len(row.parties)))
        return "\n".join(names)

    def language_note(self) -> list[tuple[str, str]]:
        """The line a report's head gives when it printed Russian texts for want of others."""
        if not self.in_russian:
            return []
        return [(_("Language"), _("where the registry holds no text in this report's "
                                  "language, the Russian text is printed, marked "
                                  "“[in Russian]”"))]

    def is_country(self, code: str) -> bool:
        return code in self._countries

    def country(self, code: str | None) -> str:
        c = self._countries.get(code or "")
        return c.name(self.lang) if c else (code or "")

    def official(self, code: str | None) -> str:
        c = self._countries.get(code or "")
        return c.official(self.lang) if c else (code or "")

    def foreign(self, parties: tuple[PartyRef, ...]) -> list[str]:
        """The codes of the foreign countries among `parties`, in the parties' order."""
        return list(dict.fromkeys(p.country for p in parties
                                  if p.country and p.country != self.home))

    def counterpart(self, parties: tuple[PartyRef, ...]) -> str:
        """The other side(s): foreign countries, else bodies that belong to no country; an
        instrument with many countries is called multilateral with their number."""
        codes = self.foreign(parties)
        if len(codes) > LISTED_COUNTERPARTS:
            return _("multilateral, countries: {count}").format(count=len(codes))
        names = [self.country(c) for c in codes] or [self.party(p) for p in parties
                                                      if not p.country]
        return ", ".join(dict.fromkeys(names))

    def counterpart_groups(self, parties: tuple[PartyRef, ...]) -> str:
        """The group an instrument falls in when a report groups by counterpart: its one
        foreign country (code), MULTILATERAL when it has several, else the body that belongs
        to no country (an international organisation), else "" (no foreign party)."""
        codes = self.foreign(parties)
        if len(codes) > 1:
            return MULTILATERAL
        if codes:
            return codes[0]
        return next((self.party(p) for p in parties if not p.country), "")


def signed(row: InstrumentRow) -> str:
    return format_date(row.signed_date, row.signed_date_precision)


def short_title(title: str, limit: int | None = LISTED_TITLE, note: bool = True) -> str:
    """A title for a list: whole, or cut at a word with a note that the card has it all (or
    just "…", where the full title follows anyway)."""
    if limit is None or len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    if not note:
        return cut + " …"
    return cut + " " + _("… (the full title, {count} characters, is in the instrument card)"
                         ).format(count=len(title))


def term_precision(record: InstrumentDetail | InstrumentRow, deadline: str = "") -> str:
    """How exactly the dates counted from an instrument's start are known. A document that
    took effect on a signature known only by its month or year has its entry into force, its
    end and its deadlines known to the month or year only; the deadline for internal
    procedures counts from the signature always: "day", "month" or "year"."""
    r = getattr(record, "row", record)
    if deadline == "internal_procedures":
        return r.signed_date_precision
    since = getattr(record, "in_force_since", None)
    if r.signed_date_precision != "day" and since == r.signed_date:
        return r.signed_date_precision
    return "day"


def term_date(record: InstrumentDetail | InstrumentRow, day, deadline: str = "") -> str:
    """A date counted from the instrument's start (or a deadline of that kind), as exactly as
    it is known."""
    return format_date(day, term_precision(record, deadline))


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
