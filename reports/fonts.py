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


class _Font(TTFont):
    """PT Sans that remembers, per document, how each string it has drawn maps onto the
    embedded subsets: a long list draws the same party names, dates and statuses thousands of
    times, and mapping them again was a third of the time ReportLab spent writing text."""

    _LIMIT = 200_000  # strings remembered per document

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (ReportLab)
        state = self.state.get(doc)
        known = getattr(state, "known_splits", None)
        if known is not None:
            found = known.get(text)
            if found is not None:
                return found
        found = super().splitString(text, doc, encoding)
        state = self.state[doc]
        if not hasattr(state, "known_splits"):
            state.known_splits = {}
        if len(state.known_splits) < self._LIMIT and isinstance(text, str):
            state.known_splits[text] = found
        return found


@lru_cache(maxsize=None)
def register() -> str:
    """Register the family with ReportLab once (so <b> and <i> in paragraphs work); returns the
    name of the regular face."""
    folder = fontpkg_pt_sans.ROOT / "files"
    for name, style in _FILES.items():
        pdfmetrics.registerFont(_Font(name, str(folder / f"PT_Sans-Web-{style}.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR


def width(text: str, size: float, bold: bool = False) -> float:
    register()
    return pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)
