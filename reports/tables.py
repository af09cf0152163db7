"""A table flowable for any number of rows, laid out one page at a time.

ReportLab's own Table lays out every row before it splits, and re-lays the remainder at each
page break, which turns quadratic over thousands of rows and keeps every cell in memory. Here
rows stay plain strings until the page they land on is laid out: only that page's cells become
paragraphs, the header row is drawn again at the top of every page, and a part once drawn is
dropped. Time and memory stay linear in the number of rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence
import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from . import styles

PAD_X = 3.0
PAD_Y = 2.5
# A word with the spaces or hyphens after it: "санитарно-", "эпидемиологического ".
_BREAK = re.compile(r"[^ \t-]*-+|[^ \t]+[ \t]*|[ \t]+")


class Markup(str):
    """Cell text that already is paragraph markup (<b>, <font color=...>); plain str is
    escaped."""


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # points
    style: ParagraphStyle = styles.CELL


@dataclass(frozen=True)
class Span:
    """A row of one cell across the whole table: a group heading or a total."""

    text: str
    style: ParagraphStyle = styles.CELL_BOLD
    fill: object = styles.GROUP_FILL
    keep_with_next: bool = False  # a heading is never the last row of a page
    keep_with_previous: bool = False  # a total never stands alone at the top of a page


@dataclass(frozen=True)
class Tinted:
    """An ordinary row drawn on a coloured background (an overdue deadline)."""

    cells: tuple
    fill: object


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces (and after hyphens); a word longer than the line is cut
    where it must be. Explicit line breaks are kept."""
    measure = _measurer(font, size)
    out: list[str] = []
    for paragraph in text.split("\n"):
        if pdfmetrics.stringWidth(paragraph, font, size) <= width:
            out.append(paragraph)
            continue
        line, used = "", 0.0  # `used` counts the trailing space of `line`
        for word in _BREAK.findall(paragraph):
            if used + measure(word.rstrip()) <= width:
                line, used = line + word, used + measure(word)
                continue
            if line:
                out.append(line.rstrip())
            line = word.lstrip()
            while measure(line.rstrip()) > width and len(line) > 1:
                cut = _longest_fit(line, font, size, width)
                out.append(line[:cut])
                line = line[cut:]
            used = measure(line)
        out.append(line.rstrip())
    return out


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _measurer(font: str, size: float):
    """stringWidth with a memory of the words already measured (titles repeat their words)."""
    known = _WIDTHS.setdefault((font, size), {})
    if len(known) > 50_000:
        known.clear()

    def measure(word: str) -> float:
        w = known.get(word)
        if w is None:
            w = known[word] = pdfmetrics.stringWidth(word, font, size)
        return w
    return measure


def _longest_fit(text: str, font: str, size: float, width: float) -> int:
    cut = len(text)
    while cut > 1 and pdfmetrics.stringWidth(text[:cut], font, size) > width:
        cut -= 1
    return cut


@dataclass
class _Line:
    cells: list  # Paragraph, or (lines of plain text, style)
    height: float
    fill: object = None
    span: bool = False
    keep: bool = False


class RowTable(Flowable):
    """`rows` holds tuples of cell texts (str or Markup, one per column), Span or Tinted;
    `on_drawn` is told how many rows each drawn part held (progress)."""

    def __init__(self, columns: Sequence[Column], rows: Sequence, *, header: bool = True,
                 banded: bool = True, on_drawn: Callable[[int], None] | None = None,
                 start: int = 0, stop: int | None = None):
        super().__init__()
        self.columns, self.rows, self.header, self.banded = columns, rows, header, banded
        self.on_drawn, self.start = on_drawn, start
        self.stop = len(rows) if stop is None else stop
        self.widths = [c.width for c in columns]
        self._laid: tuple | None = None

    # --- layout ---------------------------------------------------------------------------

    def _cell(self, value, style: ParagraphStyle, width: float):
        """A cell and its height. Plain text is broken into lines here (a quarter of the time a
        paragraph takes); markup goes through a Paragraph."""
        inner = width - 2 * PAD_X
        if isinstance(value, Markup):
            p = Paragraph(value, style)
            return p, p.wrap(inner, 1e6)[1]
        lines = wrap_text("" if value is None else str(value), style.fontName, style.fontSize,
                          inner)
        return (lines, style), style.leading * max(1, len(lines))

    def _line(self, row, index: int) -> _Line:
        if isinstance(row, Span):
            cell, h = self._cell(row.text, row.style, sum(self.widths))
            return _Line([cell], h + 2 * PAD_Y, row.fill, span=True, keep=row.keep_with_next)
        fill = None
        if isinstance(row, Tinted):
            fill, row = row.fill, row.cells
        elif self.banded and index % 2:
            fill = styles.BAND_FILL
        cells, height = [], 0.0
        for value, column in zip(row, self.columns):
            cell, h = self._cell(value, column.style, column.width)
            cells.append(cell)
            height = max(height, h)
        return _Line(cells, height + 2 * PAD_Y, fill)

    def _head(self) -> _Line | None:
        if not self.header:
            return None
        cells, height = [], 0.0
        for column in self.columns:
            cell, h = self._cell(column.title, styles.HEAD, column.width)
            cells.append(cell)
            height = max(height, h)
        return _Line(cells, height + 2 * PAD_Y, styles.HEAD_FILL)

    def _layout(self, avail_height: float) -> tuple[_Line | None, list[_Line], int]:
        """The lines that fit into `avail_height` from `start` on, and where the next part
        starts. Laid out once per height (wrap and split ask for the same)."""
        if self._laid and self._laid[0] == avail_height:
            return self._laid[1]
        head = self._head()
        used = head.height if head else 0.0
        lines: list[_Line] = []
        i = self.start
        while i < self.stop:
            line = self._line(self.rows[i], i)
            if used + line.height > avail_height:
                break
            lines.append(line)
            used += line.height
            i += 1
        if i < self.stop:
            row = self.rows[i]
            if isinstance(row, Span) and row.keep_with_previous and len(lines) > 1:
                lines.pop()
                i -= 1
            while lines and lines[-1].keep:
                lines.pop()
                i -= 1
        result = (head, lines, i)
        self._laid = (avail_height, result)
        return result

    def wrap(self, avail_width, avail_height):
        head, lines, end = self._layout(avail_height)
        self.width = sum(self.widths)
        if end < self.stop:  # does not fit: the frame will ask to split
            self.height = avail_height + 1
        else:
            self.height = (head.height if head else 0) + sum(ln.height for ln in lines)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        head, lines, end = self._layout(avail_height)
        if not lines:
            return []
        part, rest = (RowTable(self.columns, self.rows, header=self.header, banded=self.banded,
                               on_drawn=self.on_drawn, start=a, stop=b)
                      for a, b in ((self.start, end), (end, self.stop)))
        part._laid = (avail_height, (head, lines, end))
        return [part, rest]

    # --- drawing --------------------------------------------------------------------------

    def draw(self):
        head, lines, end = self._laid[1]
        c = self.canv
        width = sum(self.widths)
        drawn = ([head] if head else []) + lines
        y = self.height
        for line in drawn:
            y -= line.height
            if line.fill is not None:
                c.setFillColor(line.fill)
                c.rect(0, y, width, line.height, stroke=0, fill=1)
        # All plain text of the part in one text object: far cheaper than a drawString each.
        text = c.beginText()
        font = colour = None
        y = self.height
        for line in drawn:
            top = y - PAD_Y
            y -= line.height
            x = 0.0
            for cell, w in zip(line.cells, [width] if line.span else self.widths):
                if isinstance(cell, Paragraph):
                    cell.drawOn(c, x + PAD_X, top - cell.height)
                else:
                    strings, style = cell
                    if font != (style.fontName, style.fontSize):
                        font = (style.fontName, style.fontSize)
                        text.setFont(*font)
                    if colour != style.textColor:
                        colour = style.textColor
                        text.setFillColor(colour)
                    base = top - style.fontSize
                    for string in strings:
                        left = x + PAD_X
                        if style.alignment in (1, 2):
                            room = w - 2 * PAD_X - pdfmetrics.stringWidth(string, *font)
                            left += room if style.alignment == 2 else room / 2
                        text.setTextOrigin(left, base)
                        text.textOut(string)
                        base -= style.leading
                x += w
        c.drawText(text)
        self._rules(drawn)
        self._laid = None  # the part is on the page: its cells can go
        if self.on_drawn:
            self.on_drawn(len(lines))

    def _rules(self, drawn: list[_Line]) -> None:
        c = self.canv
        width = sum(self.widths)
        c.setStrokeColor(styles.GRID)
        c.setLineWidth(0.4)
        y = self.height
        xs = [0.0]
        for w in self.widths:
            xs.append(xs[-1] + w)
        for line in drawn:
            c.line(0, y, width, y)
            bottom = y - line.height
            for x in (xs[1:-1] if not line.span else []):
                c.line(x, y, x, bottom)
            y = bottom
        c.line(0, y, width, y)
        c.line(0, y, 0, self.height)
        c.line(width, y, width, self.height)
