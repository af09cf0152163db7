"""How an instrument's links to other instruments read in a report."""

from __future__ import annotations

from i18n import _
from models.dates import format_date
from models.records import InstrumentDetail, RelationView
from models.vocabulary import RELATION_INVERSE_LABELS, RELATION_KINDS

from .texts import Names


def relation_label(rel: RelationView, lang: str) -> str:
    """"Amends" from the amending side, "Amended by" from the other."""
    return (RELATION_KINDS if rel.outgoing else RELATION_INVERSE_LABELS).label(rel.kind, lang)


def other_instrument(rel: RelationView, names: Names) -> str:
    """The linked instrument: title (in the report's language), date of signature and
    registry number."""
    title = names.text(rel.other_title, rel.other_title_ky, rel.other_title_en)
    facts = [x for x in (format_date(rel.other_signed_date, rel.other_signed_date_precision),
                         _("reg. no. {number}").format(number=rel.other_registry_number)
                         if rel.other_registry_number else "") if x]
    return f"{title} ({', '.join(facts)})" if facts else title


def relation_lines(detail: InstrumentDetail, names: Names) -> list[str]:
    return [f"{relation_label(r, names.lang)}: {other_instrument(r, names)}"
            for r in detail.relations]
