"""Paragraph styles and colours shared by every report (A4, PT Sans)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from . import fonts

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1F3A5F")  # titles, rules
RULE = colors.HexColor("#AEB8C5")
GRID = colors.HexColor("#C9D0DA")
HEAD_FILL = colors.HexColor("#E4EAF2")
BAND_FILL = colors.HexColor("#F5F7FA")
GROUP_FILL = colors.HexColor("#EEF2F7")
ALERT = colors.HexColor("#B3261E")  # overdue, confidentiality mark
DONE = colors.HexColor("#2E6B30")
PENDING = colors.HexColor("#8A5A00")

MARGIN_LEFT = 22 * mm  # room to bind or file the printed sheets
MARGIN_RIGHT = 14 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM  # the room for text on every page

FONT = fonts.register()
BOLD = fonts.BOLD


def _style(name: str, size: float, leading: float, *, bold: bool = False, color=INK,
           before: float = 0, after: float = 0, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=BOLD if bold else FONT, fontSize=size, leading=leading,
                          textColor=color, spaceBefore=before, spaceAfter=after, **extra)


ORGANISATION = _style("organisation", 10, 13, bold=True, color=MUTED, after=1 * mm)
TITLE = _style("title", 17, 21, bold=True, color=ACCENT, after=1.5 * mm)
SUBTITLE = _style("subtitle", 11.5, 14.5, color=INK, after=1 * mm)
H1 = _style("h1", 12.5, 15.5, bold=True, color=ACCENT, before=5 * mm, after=2 * mm)
H2 = _style("h2", 10.5, 13, bold=True, color=INK, before=3.5 * mm, after=1.5 * mm)
BODY = _style("body", 9.5, 12.5, after=1.5 * mm)
NOTE = _style("note", 8.5, 11, color=MUTED, after=1 * mm)
CELL = _style("cell", 8.5, 10.5)
CELL_BOLD = _style("cell_bold", 8.5, 10.5, bold=True)
CELL_NOTE = _style("cell_note", 7.5, 10.5, color=MUTED)  # facts under a title, same leading
CELL_RIGHT = _style("cell_right", 8.5, 10.5, alignment=TA_RIGHT)
CELL_CENTER = _style("cell_center", 8.5, 10.5, alignment=TA_CENTER)
HEAD = _style("head", 8, 10, bold=True, color=ACCENT)
MARK = _style("mark", 10, 13, bold=True, color=ALERT)
