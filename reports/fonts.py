"""The reports' typeface: PT Sans (ParaType), shipped by the fontpkg-pt-sans package.

The base-14 PDF fonts have no Cyrillic and a system font is not on every desktop, so the reports
embed this one. PT Sans was drawn for the languages of the former USSR: it has the Kyrgyz
letters Ң Ө Ү as well as the full Russian alphabet.
"""

from __future__ import annotations

from functools import lru_cache

import fontpkg_pt_sans
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "PTSans"
BOLD = "PTSans-Bold"
ITALIC = "PTSans-Italic"
BOLD_ITALIC = "PTSans-BoldItalic"
_FILES = {REGULAR: "Regular", BOLD: "Bold", ITALIC: "Italic", BOLD_ITALIC: "BoldItalic"}


@lru_cache(maxsize=None)
def register() -> str:
    """Register the family with ReportLab once (so <b> and <i> in paragraphs work); returns the
    name of the regular face."""
    folder = fontpkg_pt_sans.ROOT / "files"
    for name, style in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / f"PT_Sans-Web-{style}.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR


def width(text: str, size: float, bold: bool = False) -> float:
    register()
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)
