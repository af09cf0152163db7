"""Rules about the bodies that sign instruments: pure functions over names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_COMPANY = re.compile(r"^(ОАО|АО|ЗАО|ООО|ПАО|ГП|МП|ОсОО|ААК|ЖАК|JSC|LLC|OJSC)\b|«", re.I)
_PREFIXES = (
    ("министерство", "ministry"), ("министрлиги", "ministry"), ("ministry", "ministry"),
    ("правительство", "government"), ("кабинет министров", "government"),
    ("министрлер кабинети", "government"), ("government", "government"),
    ("cabinet of ministers", "government"),
)
_STATE_WORDS = ("республика", "федерация", "королевство", "государство", "республикасы",
                "республики", "republic", "federation", "kingdom")


def guess_organisation_kind(name: str) -> str:
    """The most likely kind of a body from its name, for a new party typed by a clerk."""
    text = name.strip()
    low = text.casefold()
    for prefix, kind in _PREFIXES:
        if low.startswith(prefix):
            return kind
    if _COMPANY.search(text):
        return "company"
    if any(low.startswith(w) or low.endswith(w) for w in _STATE_WORDS) and len(low.split()) <= 4:
        return "state"
    return "agency"


def name_key(name: str) -> str:
    """The form under which two spellings of one name are the same body."""
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").casefold().split())


# Bodies renamed by law, with the name they had before (the registry records both, so that
# either finds the body): country, current name, former name, the day the new name took effect.
KNOWN_RENAMINGS = (
    # The Constitution of 5 May 2021 made the Government the Cabinet of Ministers.
    ("KG", "Кабинет министров Кыргызской Республики", "Правительство Кыргызской Республики",
     date(2021, 5, 5)),
)


def known_former_names(name: str, country: str | None) -> list[tuple[str, date]]:
    """The former names (with the day they ended) the registry knows for a body."""
    key = name_key(name)
    return [(former, until) for code, current, former, until in KNOWN_RENAMINGS
            if code == country and name_key(current) == key]


def other_name_text(name: str, until: date | None) -> str:
    """Another name as the audit log keeps it: «Правительство КР (until 2021-05-05)»."""
    return f"{name} (until {until.isoformat()})" if until else name


@dataclass(frozen=True)
class Suggestion:
    """A body offered for what the clerk types; `via` is the other name that matched (a
    former name or an alias), None when its own name did."""

    organisation: object  # OrganisationView
    via: str | None = None
    until: date | None = None


def suggest_organisations(text: str, organisations, limit: int = 30) -> list[Suggestion]:
    """The bodies whose name or another name contains what is typed: those beginning with it
    first, then a word of them, then anywhere; at each of those, a body found by a former
    name or an alias before one found by its own name (the body now bears another name),
    then alphabetically."""
    wanted = name_key(text)
    if not wanted:
        return []
    ranked = []
    for org in organisations:
        best = None
        for name, until, via in ((org.name, None, False),
                                 *((n, u, True) for n, u in org.other_names)):
            place = _place(name_key(name), wanted)
            if place is not None and (best is None or (place, not via) < best[:2]):
                best = (place, not via, name if via else None, until)
        if best is not None:
            ranked.append(((best[0], best[1], name_key(org.name)),
                           Suggestion(org, best[2], best[3])))
    ranked.sort(key=lambda pair: pair[0])
    return [s for _key, s in ranked[:limit]]


def _place(name: str, wanted: str) -> int | None:
    """0: the name begins with what is typed; 1: a word of it does; 2: it is inside."""
    at = name.find(wanted)
    if at < 0:
        return None
    if at == 0:
        return 0
    return 1 if f" {wanted}" in name else 2
