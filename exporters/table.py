"""An instrument list written to XLSX or CSV, every cell safe to open in a spreadsheet program.

    count = export_table(registry, InstrumentFilter(country="RU"), "out.xlsx", "xlsx")
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable

from i18n import get_language, translate
from models.records import InstrumentDetail, InstrumentFilter
from models.registry import Registry

from .files import write_atomically
from .columns import COLUMNS, headers, row_values
from .safety import neutralise

XLSX_CELL_LIMIT = 32_767  # what Excel holds in one cell
Progress = Callable[[int, int], None]


def details(registry: Registry, f: InstrumentFilter,
            progress: Progress | None = None) -> list[InstrumentDetail]:
    """Every instrument the filter matches, in full, in registry-number order."""
    rows = registry.list_instruments(f, sort="registry_number", descending=False,
                                     limit=None, with_total=False).rows
    out = []
    for n, row in enumerate(rows, 1):
        out.append(registry.instrument(row.id))
        if progress:
            progress(n, len(rows))
    return out


def export_table(registry: Registry, f: InstrumentFilter, path: str | Path, fmt: str,
                 progress: Progress | None = None, lang: str | None = None) -> int:
    """Write the list to `path` as "xlsx" or "csv"; returns how many instruments."""
    lang = lang or get_language()
    records = details(registry, f, progress)
    lines = [[neutralise(v) for v in row_values(d, lang)] for d in records]
    writer = {"xlsx": _write_xlsx, "csv": _write_csv}[fmt]
    write_atomically(Path(path), lambda tmp: writer(tmp, headers(lang), lines, lang))
    return len(records)


def _write_csv(path: Path, head: list[str], lines: list[list], lang: str) -> None:
    # UTF-8 with a BOM and semicolons: what Excel opens directly in a Russian or Kyrgyz locale.
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(head)
        writer.writerows([["" if v is None else v for v in line] for line in lines])


def _write_xlsx(path: Path, head: list[str], lines: list[list], lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    ws = book.create_sheet(translate("Instrument list", lang)[:31])
    for i, column in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = column.width
    ws.freeze_panes = "C2"
    bold, top = Font(bold=True), Alignment(vertical="top", wrap_text=True)

    def cell(value, font=None):
        c = WriteOnlyCell(ws, value=_fit(value))
        if isinstance(value, str):
            c.data_type = "s"  # never a formula, whatever the text
        c.alignment = top
        if font:
            c.font = font
        return c

    ws.append([cell(h, bold) for h in head])
    for line in lines:
        ws.append([cell(v) for v in line])
    book.save(path)


def _fit(value):
    if isinstance(value, str) and len(value) > XLSX_CELL_LIMIT:
        return value[:XLSX_CELL_LIMIT - 1] + "…"
    return value
