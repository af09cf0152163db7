"""The A4 page every report is printed on: title block, running header, confidentiality mark,
footer with "page X of Y", PDF metadata.

"Y" is not known until the last page is laid out. Rather than keep every page in memory to
number them afterwards, each footer draws a reference to a small PDF form that is filled in with
the page count just before the file is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, HRFlowable, PageTemplate, Paragraph, \
    Spacer

from app.version import __version__
from i18n import _
from models.dates import format_date
from models.vocabulary import CONFIDENTIALITY

from . import fonts, styles
from .progress import Tracker
from .tables import Column, Markup, RowTable

APP = "Kelishim"
_TOTAL_FORM = "page_total"
_FOOT_SIZE = 8


@dataclass
class Heading:
    """What a report says about itself at its head."""

    title: str
    organisation: str
    printed: date
    lang: str
    subtitle: str = ""
    filters: list[tuple[str, str]] = field(default_factory=list)  # (what, value) lines
    mark: str | None = None  # confidentiality code printed on every page
    subject: str = ""  # PDF metadata


def title_block(head: Heading) -> list:
    """The first lines of page 1: organisation, title, subtitle, print date and filter."""
    width = A4[0] - styles.MARGIN_LEFT - styles.MARGIN_RIGHT
    story = []
    if head.organisation:
        story.append(Paragraph(_escape(head.organisation), styles.ORGANISATION))
    story.append(Paragraph(_escape(_("{title} as of {date}").format(
        title=head.title, date=format_date(head.printed))), styles.TITLE))
    if head.subtitle:
        story.append(Paragraph(_escape(head.subtitle), styles.SUBTITLE))
    facts = [(_("Printed"), format_date(head.printed)), *head.filters]
    label_width = 38 * mm
    story += [Spacer(1, 1.5 * mm), RowTable(
        [Column("", label_width, styles.NOTE), Column("", width - label_width, styles.CELL)],
        [(Markup(f"<font color='#5F6B7A'>{_escape(k)}</font>"), v) for k, v in facts],
        header=False, banded=False)]
    story.append(HRFlowable(width="100%", thickness=1.2, color=styles.ACCENT,
                            spaceBefore=2.5 * mm, spaceAfter=2 * mm))
    return story


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _NumberingCanvas(Canvas):
    """Fills in the page-count form once every page is known."""

    def save(self):
        self.beginForm(_TOTAL_FORM)
        self.setFont(fonts.REGULAR, _FOOT_SIZE)
        self.setFillColor(styles.MUTED)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


class ReportDocument(BaseDocTemplate):
    def __init__(self, out: str | BinaryIO, head: Heading, tracker: Tracker):
        self.head = head
        self.tracker = tracker
        self.mark = CONFIDENTIALITY.label(head.mark, head.lang).upper() if head.mark else ""
        super().__init__(
            out, pagesize=A4, leftMargin=styles.MARGIN_LEFT, rightMargin=styles.MARGIN_RIGHT,
            topMargin=styles.MARGIN_TOP, bottomMargin=styles.MARGIN_BOTTOM,
            title=head.title, author=head.organisation or APP, subject=head.subject,
            creator=f"{APP} {__version__}", lang=head.lang, initialFontName=fonts.REGULAR,
            initialFontSize=9, initialLeading=11)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def build_story(self, story: list) -> None:
        self.build(title_block(self.head) + story, canvasmaker=_NumberingCanvas)

    def _decorate(self, canvas: Canvas, doc) -> None:
        page = canvas.getPageNumber()
        width, height = A4
        left, right = styles.MARGIN_LEFT, width - styles.MARGIN_RIGHT
        top = height - styles.MARGIN_TOP + 7 * mm
        canvas.saveState()
        if page > 1:
            canvas.setFont(fonts.REGULAR, _FOOT_SIZE)
            canvas.setFillColor(styles.MUTED)
            running = " · ".join(x for x in (self.head.organisation, self.head.title) if x)
            room = right - left - (fonts.width(self.mark, 9, True) + 6 * mm if self.mark else 0)
            canvas.drawString(left, top, _fit(running, room, _FOOT_SIZE))
            canvas.setStrokeColor(styles.RULE)
            canvas.setLineWidth(0.5)
            canvas.line(left, top - 2 * mm, right, top - 2 * mm)
        if self.mark:
            canvas.setFont(fonts.BOLD, 9)
            canvas.setFillColor(styles.ALERT)
            canvas.drawRightString(right, top, self.mark)
        bottom = styles.MARGIN_BOTTOM - 9 * mm
        canvas.setStrokeColor(styles.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
        canvas.setFont(fonts.REGULAR, _FOOT_SIZE)
        canvas.setFillColor(styles.MUTED)
        canvas.drawString(left, bottom, _("{app} · printed {date}").format(
            app=APP, date=format_date(self.head.printed)))
        # "Page {page} of {total}": the total comes last, from the form filled in at the end.
        # "Page {page} of {total}": the total comes last, from the form filled in at the end,
        # in a slot wide enough for three digits.
        prefix = _("Page {page} of {total}").split("{total}")[0].format(page=page)
        x = right - fonts.width("000", _FOOT_SIZE)
        canvas.drawRightString(x, bottom, prefix)
        canvas.translate(x, bottom)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()
        self.tracker.check()


def _fit(text: str, room: float, size: float) -> str:
    """`text` shortened with an ellipsis to fit `room` points."""
    if fonts.width(text, size) <= room:
        return text
    while text and fonts.width(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"
