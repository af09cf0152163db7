"""Reading a spreadsheet file into a header row and data rows, whatever it turns out to be.

XLSX is read with openpyxl in read-only mode (cached values, never formulas evaluated); CSV has
its encoding detected (UTF-8 with or without BOM, Windows-1251, ...) and its delimiter sniffed
(comma, semicolon or tab). Anything else (an old .xls, a PDF, binary garbage, an empty file)
is refused with one sentence, never a traceback.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterator

from charset_normalizer import from_bytes

from .problems import TableError

MAX_CELL = 100_000  # characters; a longer cell is not a register's cell
MAX_FILE = 200 * 1024 * 1024
# A workbook is XML in a ZIP file: 2 MB can unpack to gigabytes. Its members' sizes are read
# from the ZIP directory first (zipfile never inflates a member past the size it declares), and
# rows are counted while reading: a register of 100,000 rows of twenty columns fits both.
MAX_UNPACKED = 256 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 500
DELIMITERS = ",;\t"
Cell = str | int | float | date | datetime | bool | None


@dataclass
class Table:
    header: list[str]
    rows: list[list[Cell]]  # data rows, each padded to the header's length
    row_numbers: list[int]  # the spreadsheet's number of each data row (the header is row 1)
    encoding: str = ""
    delimiter: str = ""
    # A table read as it is gone through (`read_table(..., stream=True)`): `rows` and
    # `row_numbers` stay empty; `records()` reads the file again, `size` rows.
    source: Callable[[], Iterator[tuple[int, list[Cell]]]] | None = None
    size: int = 0

    def column(self, name: str) -> int | None:
        try:
            return self.header.index(name)
        except ValueError:
            return None

    @property
    def count(self) -> int:
        """How many data rows."""
        return self.size if self.source is not None else len(self.rows)

    def records(self, release: bool = False) -> Iterator[tuple[int, list[Cell]]]:
        """Each data row with its number; `release`: a row held in memory is let go once
        given (the table is read once)."""
        if self.source is not None:
            yield from self.source()
            return
        rows = self.rows
        for i, number in enumerate(self.row_numbers):
            cells = rows[i]
            if release:
                rows[i] = None
            yield number, cells
        if release:
            self.rows = []


def read_table(path: str | Path, sheet: str | None = None, *, stream: bool = False) -> Table:
    """The file's header and rows. `stream`: a UTF-8 CSV file is checked whole but its rows
    are read only as `Table.records()` goes through them (a big sheet is never held in memory
    as a whole); other files are read at once."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise TableError("The file {path} is too large ({size} MB) for an import.",
                             path=str(path), size=size // 2**20)
        if stream:
            with open(path, "rb") as fh:
                head = fh.read(_HEAD)
            if head.strip() and head[:4] != b"PK\x03\x04" and \
                    (encoding := _utf8(path, head)) is not None:
                return _stream_csv(path, head, encoding)
        data = path.read_bytes()
    except OSError as exc:
        raise TableError("Cannot read {path}: {reason}", path=str(path),
                         reason=exc.strerror or str(exc)) from exc
    if not data.strip():
        raise TableError("The file {path} is empty.", path=str(path))
    if data[:4] == b"PK\x03\x04":
        return _read_xlsx(path, data, sheet)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise TableError("{path} is an old Excel 97-2003 (.xls) file: save it as .xlsx or "
                         ".csv and import that.", path=str(path))
    return _read_csv(path, data)


def _check_unpacked_size(path: Path, data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise TableError("{path} is not a readable XLSX workbook: {reason}", path=str(path),
                         reason=str(exc) or type(exc).__name__) from exc
    if unpacked > MAX_UNPACKED:
        raise TableError("The workbook {path} unpacks to {size} MB, more than the {limit} MB an "
                         "import reads. Split it, or save it as CSV.", path=str(path),
                         size=unpacked // 2**20, limit=MAX_UNPACKED // 2**20)


def _read_xlsx(path: Path, data: bytes, sheet: str | None) -> Table:
    from openpyxl import load_workbook

    _check_unpacked_size(path, data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise TableError("{path} is not a readable XLSX workbook: {reason}", path=str(path),
                         reason=str(exc) or type(exc).__name__) from exc
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise TableError("The workbook has no sheet “{sheet}”.", sheet=sheet)
        ws = book[sheet] if sheet else book.worksheets[0]
        ws.reset_dimensions()  # the declared size may claim a million columns: read what is
        rows: list[list[Cell]] = []
        numbers: list[int] = []
        header: list[str] | None = None
        shared = Shared()
        for number, values in enumerate(ws.iter_rows(values_only=True), 1):
            if len(rows) >= MAX_ROWS:
                raise TableError("The workbook {path} has more than {limit} rows, more than an "
                                 "import reads. Split it into several files.", path=str(path),
                                 limit=MAX_ROWS)
            if len(values) > MAX_COLUMNS:
                raise TableError("Row {row} of {path} has {count} columns, more than the {limit} "
                                 "an import reads.", row=number, path=str(path),
                                 count=len(values), limit=MAX_COLUMNS)
            cells = [shared(_clean(v)) for v in values]
            if header is None:
                if any(c not in (None, "") for c in cells):
                    header = _header(cells, path)
                continue
            if any(c not in (None, "") for c in cells):
                rows.append(cells)
                numbers.append(number)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise TableError("{path} is not a readable XLSX workbook: {reason}", path=str(path),
                         reason=str(exc) or type(exc).__name__) from exc
    finally:
        book.close()
    if header is None:
        raise TableError("The file {path} is empty.", path=str(path))
    return Table(header, [_pad(r, len(header)) for r in rows], numbers)


class Shared(dict):
    """`shared(text)`: one text object for every cell written alike. A big sheet repeats its
    short values (kinds, dates, places, names) in row after row; kept once, they take less
    memory (and the database driver's UTF-8 copy of each is made once)."""

    LONGEST = 80  # characters: longer texts (titles, notes) are each a text of their own

    def __call__(self, value):
        if isinstance(value, str) and len(value) <= self.LONGEST:
            return self.setdefault(value, value)
        return value


def _clean(value) -> Cell:
    if isinstance(value, str):
        if len(value) > MAX_CELL:
            return value  # reported per cell by the conversion, with its row and column
        return value.strip()
    if isinstance(value, (int, float, date, bool)) or value is None:
        return value
    return str(value)


def _header(cells: list[Cell], path: Path) -> list[str]:
    names = [("" if c is None else str(c)).strip() for c in cells]
    while names and not names[-1]:
        names.pop()
    if any(len(n) > 500 for n in names):
        raise TableError("The first row of {path} is not a header row of column names.",
                         path=str(path))
    seen: dict[str, int] = {}
    out = []
    for i, name in enumerate(names, 1):
        name = name or f"#{i}"
        if name in seen:  # two columns of one name: keep both apart
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out


def _pad(row: list[Cell], width: int) -> list[Cell]:
    return (row + [None] * width)[:width] if len(row) != width else row


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        for bom, enc in ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
            if data.startswith(bom):
                return data.decode(enc), enc
        raise TableError("{path} is neither a CSV text nor an XLSX workbook.", path=str(path))
    best = from_bytes(data[:200_000], cp_isolation=["cp1251", "koi8_r", "cp866", "cp1252",
                                                     "latin_1"]).best()
    if best is None:
        raise TableError("{path} is neither a CSV text nor an XLSX workbook.", path=str(path))
    try:
        return data.decode(best.encoding), best.encoding
    except UnicodeDecodeError as exc:
        raise TableError("{path} is neither a CSV text nor an XLSX workbook.",
                         path=str(path)) from exc


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return controls > max(5, len(sample) // 100)


def sniff_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=DELIMITERS).delimiter
    except csv.Error:
        head = lines[0] if lines else ""
        return max(DELIMITERS, key=head.count) if any(d in head for d in DELIMITERS) else ","


# A line as `newline=""` reads it: ended by \r\n, \r or \n, kept with its ending.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str):
    """The lines of a text one by one (a StringIO would hold a second copy of it, at four
    bytes a character)."""
    return (m.group() for m in _LINE.finditer(text))


_HEAD = 200_000  # bytes read to tell what a file is


def _utf8(path: Path, head: bytes) -> str | None:
    """The file's encoding when it is UTF-8 text as a whole (read a block at a time), else
    None."""
    encoding = "utf-8-sig" if head.startswith(b"\xef\xbb\xbf") else "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return encoding


def _stream_csv(path: Path, head: bytes, encoding: str) -> Table:
    """A UTF-8 CSV file as a `Table` read again as it is gone through: read once here to
    find its header and count its rows (and its problems: no row is kept), then by
    `records()`."""
    text = head.decode(encoding, errors="ignore")  # a character cut at the end: dropped
    if _looks_binary(text):
        raise TableError("{path} is neither a CSV text nor an XLSX workbook.", path=str(path))
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(MAX_CELL * 10)

    def lines(keep: bool):
        """(line number, cells) of every data row; the header row first (number 0)."""
        header = None
        with open(path, encoding=encoding, newline="") as fh:
            reader = csv.reader(fh, delimiter=delimiter)
            one = Shared().setdefault  # one text object for short cells written alike
            longest = Shared.LONGEST
            try:
                for line, record in enumerate(reader, 1):
                    if header is not None and not keep:  # counted: has it a cell?
                        if any(c if len(c) > MAX_CELL else c.strip() for c in record):
                            yield line, None
                        continue
                    cells = [c if len(c) > MAX_CELL else c.strip() for c in record]
                    if not any(cells):
                        continue
                    if header is None:
                        header = _header(list(cells), path)
                        yield 0, header
                        continue
                    yield line, _pad([(c if len(c) > longest else one(c, c)) if c else None
                                      for c in cells], len(header))
            except csv.Error as exc:
                raise TableError("{path}, line {line}: the CSV text is malformed ({reason}).",
                                 path=str(path), line=reader.line_num,
                                 reason=str(exc)) from exc

    header, count = None, 0
    for number, cells in lines(keep=False):
        if number == 0:
            header = cells
            continue
        count += 1
        if count > MAX_ROWS:
            raise TableError("{path} has more than {limit} rows, more than an import reads. "
                             "Split it into several files.", path=str(path), limit=MAX_ROWS)
    if header is None:
        raise TableError("The file {path} is empty.", path=str(path))

    def records():
        rows = lines(keep=True)
        next(rows)  # the header
        yield from rows

    return Table(header, [], [], encoding, delimiter, source=records, size=count)


def _read_csv(path: Path, data: bytes) -> Table:
    text, encoding = decode(data, path)
    if _looks_binary(text):
        raise TableError("{path} is neither a CSV text nor an XLSX workbook.", path=str(path))
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(MAX_CELL * 10)
    reader = csv.reader(_lines(text), delimiter=delimiter)
    shared = Shared()
    header: list[str] | None = None
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    try:
        for line, record in enumerate(reader, 1):  # as a spreadsheet program numbers rows
            cells = [c if len(c) > MAX_CELL else c.strip() for c in record]
            if not any(cells):
                continue
            if header is None:
                header = _header(list(cells), path)
                continue
            if len(rows) >= MAX_ROWS:
                raise TableError("{path} has more than {limit} rows, more than an import reads. "
                                 "Split it into several files.", path=str(path), limit=MAX_ROWS)
            rows.append([shared(c) if c else None for c in cells])
            numbers.append(line)
    except csv.Error as exc:
        raise TableError("{path}, line {line}: the CSV text is malformed ({reason}).",
                         path=str(path), line=reader.line_num, reason=str(exc)) from exc
    if header is None:
        raise TableError("The file {path} is empty.", path=str(path))
    return Table(header, [_pad(r, len(header)) for r in rows], numbers, encoding, delimiter)
