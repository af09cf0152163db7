"""How an instrument's links to other instruments read in a report."""

from __future__ import annotations

from i18n import _
from models.dates import format_date
from models.records import InstrumentDetail, RelationView
from models.vocabulary import RELATION_INVERSE_LABELS, RELATION_KINDS


def relation_label(rel: RelationView, lang: str) -> str:
    """"Amends" from the amending side, "Amended by" from the other."""
    return (RELATION_KINDS if rel.outgoing else RELATION_INVERSE_LABELS).label(rel.kind, lang)


def other_instrument(rel: RelationView) -> str:
    """The linked instrument: title, date of signature and registry number."""
    facts = [x for x in (format_date(rel.other_signed_date),
                         _("reg. no. {number}").format(number=rel.other_registry_number)
                         if rel.other_registry_number else "") if x]
    return f"{rel.other_title} ({', '.join(facts)})" if facts else rel.other_title


def relation_lines(detail: InstrumentDetail, lang: str) -> list[str]:
    return [f"{relation_label(r, lang)}: {other_instrument(r)}" for r in detail.relations]
