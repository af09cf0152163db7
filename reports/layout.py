"""Building blocks the reports share: paragraphs, field lists, count tables."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph

from i18n import _

from . import styles
from .tables import Column, Markup, RowTable

CONTENT_WIDTH = A4[0] - styles.MARGIN_LEFT - styles.MARGIN_RIGHT


def para(text: str, style: ParagraphStyle = styles.BODY) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def heading(text: str, style: ParagraphStyle = styles.H1, room: float = 40 * mm) -> list:
    """A heading that starts a new page unless `room` is left below it for what it heads."""
    return [CondPageBreak(room), Paragraph(escape(text), style)]


def fields(items: list[tuple[str, str]], label_width: float = 45 * mm) -> RowTable:
    """A two-column list of labelled values; empty values are left out."""
    rows = [(Markup(f"<font color='#5F6B7A'>{escape(k)}</font>"), v) for k, v in items if v]
    return RowTable([Column("", label_width, styles.CELL),
                     Column("", CONTENT_WIDTH - label_width, styles.CELL)],
                    rows, header=False, banded=False)


def summary_table(what: str, counts: list[tuple[str, int]], total_label: str) -> RowTable:
    """Label | count lines with a total."""
    count_width = 30 * mm
    rows: list = [(label, str(n)) for label, n in counts]
    rows.append((Markup(f"<b>{escape(total_label)}</b>"),
                 Markup(f"<b>{sum(n for _, n in counts)}</b>")))
    return RowTable([Column(what, CONTENT_WIDTH * 0.6 - count_width),
                     Column(_("Instruments"), count_width, styles.CELL_RIGHT)], rows)
