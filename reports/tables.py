"""A table flowable for any number of rows, laid out one page at a time.

ReportLab's own Table lays out every row before it splits, and re-lays the remainder at each
page break, which turns quadratic over thousands of rows and keeps every cell in memory. Here
rows stay plain strings until the page they land on is laid out: only that page's cells become
paragraphs, the header row is drawn again at the top of every page, and a part once drawn is
dropped. Time and memory stay linear in the number of rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from i18n import _

from . import styles

PAD_X = 3.0
PAD_Y = 2.5
FRAME_HEIGHT = styles.FRAME_HEIGHT  # the height of every page's text frame
MIN_PIECE = 40.0  # a row taller than a page is cut only where at least this much room is left
# A word with the spaces or hyphens after it: "санитарно-", "эпидемиологического ".
_BREAK = re.compile(r"[^ \t-]*-+|[^ \t]+[ \t]*|[ \t]+")


class Markup(str):
    """Cell text that already is paragraph markup (<b>, <font color=...>); plain str is
    escaped."""


@dataclass(frozen=True)
class Noted:
    """Cell text with a note under it in small grey type (a title, then the act and
    registration facts), laid out as plain text: no paragraph needed."""

    text: str
    note: str


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
    opens_group: bool = False  # repeated, "(continued)", at the top of the group's next pages
    closes_group: bool = False


def group_heading(text: str) -> Span:
    """The row that opens a group: never last on a page, repeated on the group's next pages."""
    return Span(text, keep_with_next=True, opens_group=True)


def group_total(text: str, *, bold: bool = False) -> Span:
    """The row that closes a group: never alone at the top of a page."""
    return Span(text, style=styles.CELL_BOLD if bold else styles.CELL_RIGHT, fill=None,
                keep_with_previous=True, closes_group=True)


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
    keep: bool = False  # never the last row of a page (a group heading)
    index: int = -1  # the row it shows; -1 for the header and the continued-group line
    source: object = None  # the row itself (a Span opens or closes a group)
    more: bool = False  # a piece of a row taller than a page: the rest follows


class RowTable(Flowable):
    """`rows` holds tuples of cell texts (str or Markup, one per column), Span or Tinted;
    `on_drawn` is told how many rows each drawn part held (progress).

    A row taller than what is left on the page moves to the next page; a row taller than a
    whole page is cut where the page ends and goes on at the top of the next one, so no record
    can stop a report (one taller than half a page is cut too, rather than leave most of a page
    blank). A page that starts inside a group repeats the group's heading marked
    "(continued)"; a group's total never stands alone at the top of a page, a group heading
    never at its foot."""

    def __init__(self, columns: Sequence[Column], rows: Sequence, *, header: bool = True,
                 banded: bool = True, on_drawn: Callable[[int], None] | None = None,
                 start: int = 0, stop: int | None = None, carry: _Line | None = None,
                 group: Span | None = None):
        super().__init__()
        self.columns, self.rows, self.header, self.banded = columns, rows, header, banded
        self.on_drawn, self.start = on_drawn, start
        self.stop = len(rows) if stop is None else stop
        self.carry = carry  # the rest of row start-1, cut at the foot of the previous page
        self.group = group  # the group row `start` belongs to
        self.widths = [c.width for c in columns]
        self._laid: tuple | None = None

    # --- layout ---------------------------------------------------------------------------

    def _cell(self, value, style: ParagraphStyle, width: float):
        """A cell and its height. Plain text is broken into lines here (a quarter of the time a
        paragraph takes): (lines, style, how many lines are text before the note lines);
        markup goes through a Paragraph."""
        inner = width - 2 * PAD_X
        if isinstance(value, Markup):
            p = Paragraph(value, style)
            return p, p.wrap(inner, 1e6)[1]
        note = []
        if isinstance(value, Noted):
            value, note = value.text, (wrap_text(value.note, styles.CELL_NOTE.fontName,
                                                 styles.CELL_NOTE.fontSize, inner)
                                       if value.note else [])
        lines = wrap_text("" if value is None else str(value), style.fontName, style.fontSize,
                          inner)
        return (lines + note, style, len(lines)), style.leading * max(1, len(lines) + len(note))

    def _line(self, row, index: int) -> _Line:
        if isinstance(row, Span):
            cell, h = self._cell(row.text, row.style, sum(self.widths))
            return _Line([cell], h + 2 * PAD_Y, row.fill, span=True, keep=row.keep_with_next,
                         index=index, source=row)
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
        return _Line(cells, height + 2 * PAD_Y, fill, index=index)

    def _head(self) -> _Line | None:
        if not self.header:
            return None
        cells, height = [], 0.0
        for column in self.columns:
            cell, h = self._cell(column.title, styles.HEAD, column.width)
            cells.append(cell)
            height = max(height, h)
        return _Line(cells, height + 2 * PAD_Y, styles.HEAD_FILL)

    def _continued(self) -> _Line | None:
        """The heading of the group this part starts inside, marked "(continued)"."""
        first = self.rows[self.start] if self.start < self.stop else None
        if self.group is None or (self.carry is None and first is self.group):
            return None
        label = _("{group} (continued)").format(group=self.group.text)
        return self._line(replace(self.group, text=label, keep_with_next=False), -1)

    def _cut(self, line: _Line, room: float) -> tuple[_Line, _Line] | None:
        """`line` cut in two so that the first piece is at most `room` high; None when not
        even one line of text fits."""
        inner = room - 2 * PAD_Y
        widths = [sum(self.widths)] if line.span else self.widths
        heads, tails = [], []
        advanced = False
        for cell, width in zip(line.cells, widths):
            if isinstance(cell, Paragraph):
                if cell.height <= inner:
                    head, tail = cell, None
                else:
                    parts = cell.split(width - 2 * PAD_X, inner)
                    head, tail = (parts[0], parts[1]) if len(parts) == 2 else (None, cell)
                for part in (head, tail):
                    if part is not None:
                        part.wrap(width - 2 * PAD_X, 1e6)
                heads.append(head if head is not None else ([], styles.CELL, 0))
                tails.append(tail if tail is not None else ([], styles.CELL, 0))
                advanced |= head is not None
            else:
                strings, style, main = cell
                n = max(0, int(inner // style.leading))
                heads.append((strings[:n], style, min(main, n)))
                tails.append((strings[n:], style, max(0, main - n)))
                advanced |= n > 0 and bool(strings)
        if not advanced:
            return None
        return (replace(line, cells=heads, height=_height(heads) + 2 * PAD_Y, keep=False,
                        more=True),
                replace(line, cells=tails, height=_height(tails) + 2 * PAD_Y, more=False))

    def _layout(self, avail_height: float) -> tuple:
        """(header, lines, next row, carried rest of a cut row) for the part that fits into
        `avail_height` from `start` on. Laid out once per height (wrap and split ask for the
        same)."""
        if self._laid and self._laid[0] == avail_height:
            return self._laid[1]
        head = self._head()
        lines: list[_Line] = []
        cont = self._continued()
        if cont is not None:
            lines.append(cont)
        used = sum(x.height for x in ([head] if head else []) + lines)
        fresh_room = FRAME_HEIGHT - used  # what a whole page leaves for rows
        at_top = avail_height >= FRAME_HEIGHT - 1
        i, carry, rest = self.start, self.carry, None
        if carry is not None and not at_top:  # the rest of a cut row starts a page
            result = (head, lines, i, carry)
            self._laid = (avail_height, result)
            return result
        while carry is not None or i < self.stop:
            line = carry if carry is not None else self._line(self.rows[i], i)
            if used + line.height <= avail_height:
                lines.append(line)
                used += line.height
                if carry is not None:
                    carry = None
                else:
                    i += 1
                continue
            room = avail_height - used
            # A row taller than half a page is cut rather than moved whole, so that it
            # neither leaves most of this page empty nor stops the report (taller than a page).
            if line.height > fresh_room / 2 and (room >= MIN_PIECE or at_top):
                pieces = self._cut(line, room)
                if pieces is not None:  # a row taller than a page: as much as fits here
                    lines.append(pieces[0])
                    rest = pieces[1]
                    if carry is None:
                        i += 1
                    carry = None
                    break
            # `line` waits for the next page; keep a group total with its last row and a
            # group heading with its first row (unless that would leave this page empty
            # although it is a whole page).
            kept = list(lines)
            source = self.rows[i] if carry is None else None
            if isinstance(source, Span) and source.keep_with_previous:
                i = self._pop(lines, i)
            while lines and lines[-1].keep and lines[-1].index >= 0:
                i = self._pop(lines, i)
            if not _rows_in(lines) and at_top:
                lines, i = kept, self.start + sum(1 for x in kept if x.index >= self.start)
            break
        result = (head, lines, i, rest if rest is not None else carry)
        self._laid = (avail_height, result)
        return result

    def _pop(self, lines: list[_Line], i: int) -> int:
        """Take the last whole row of this part back off the page; returns the next row."""
        if lines and lines[-1].index >= self.start and not lines[-1].more:
            lines.pop()
            return i - 1
        return i

    def _done(self, end: int, carry: _Line | None) -> bool:
        return end >= self.stop and carry is None

    def wrap(self, avail_width, avail_height):
        head, lines, end, carry = self._layout(avail_height)
        self.width = sum(self.widths)
        if not self._done(end, carry):  # does not fit: the frame will ask to split
            self.height = avail_height + 1
        else:
            self.height = (head.height if head else 0) + sum(ln.height for ln in lines)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        head, lines, end, carry = self._layout(avail_height)
        if not _rows_in(lines):
            return []
        group = self.group
        for line in lines:
            if isinstance(line.source, Span) and line.index >= 0:
                if line.source.opens_group:
                    group = line.source
                elif line.source.closes_group:
                    group = None
        options = dict(header=self.header, banded=self.banded, on_drawn=self.on_drawn)
        part = RowTable(self.columns, self.rows, start=self.start, stop=end, carry=self.carry,
                        group=self.group, **options)
        rest = RowTable(self.columns, self.rows, start=end, stop=self.stop, carry=carry,
                        group=group, **options)
        part._laid = (avail_height, (head, lines, end, None))
        return [part, rest]

    # --- drawing --------------------------------------------------------------------------

    def draw(self):
        head, lines, end, _carry = self._laid[1]
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
                    strings, cell_style, main = cell
                    base = top - cell_style.fontSize
                    for n, string in enumerate(strings):
                        style = cell_style if n < main else styles.CELL_NOTE
                        if font != (style.fontName, style.fontSize):
                            font = (style.fontName, style.fontSize)
                            text.setFont(*font)
                        if colour != style.textColor:
                            colour = style.textColor
                            text.setFillColor(colour)
                        left = x + PAD_X
                        if style.alignment in (1, 2):
                            room = w - 2 * PAD_X - pdfmetrics.stringWidth(string, *font)
                            left += room if style.alignment == 2 else room / 2
                        text.setTextOrigin(left, base)
                        text.textOut(string)
                        base -= cell_style.leading
                x += w
        c.drawText(text)
        self._rules(drawn)
        self._laid = None  # the part is on the page: its cells can go
        if self.on_drawn:
            self.on_drawn(sum(1 for x in lines if x.index >= 0 and not x.more))

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


def _height(cells: list) -> float:
    """The height of a row's cells (paragraphs already wrapped)."""
    return max((c.height if isinstance(c, Paragraph) else c[1].leading * len(c[0])
                for c in cells), default=0.0)


def _rows_in(lines: list[_Line]) -> bool:
    """Whether `lines` hold any of the table's rows (not only a "(continued)" heading)."""
    return any(x.index >= 0 for x in lines)
