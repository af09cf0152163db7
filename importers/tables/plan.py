"""A whole import: the file read and converted, duplicates found, then written all or nothing.

    plan = prepare(registry, "register.xlsx", load_mapping("map.json"))
    for p in plan.problems: print(p.message())
    ids = write(registry, plan)             # refuses while any row has a blocking problem
    ids = write(registry, plan, skip_invalid=True)  # the good rows; plan.skipped lists the rest
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from models.errors import RegistryError, ValidationError
from models.parties import name_key
from models.records import InstrumentDraft, InstrumentFilter, InstrumentRow
from models.registry import Registry

from .convert import Converter, RowResult
from .countries import CountryNames
from .mapping import Mapping, fold
from .problems import CellProblem, TableError, cell_problem
from .reading import Table, read_table

Progress = Callable[[int, int], None]


@dataclass
class ImportPlan:
    table: Table
    results: list[RowResult]
    column_of: Callable[[str], str]  # the source column of a field

    @property
    def problems(self) -> list[CellProblem]:
        return [p for r in self.results for p in r.problems]

    @property
    def ready(self) -> list[RowResult]:
        return [r for r in self.results if not r.blocked]

    @property
    def skipped(self) -> list[RowResult]:
        return [r for r in self.results if r.blocked]


class ImportRefused(RegistryError):
    """Nothing was imported; `problems` says why, row by row."""

    def __init__(self, problems: list[CellProblem], rows: int):
        self.problems = problems
        super().__init__("Nothing was imported: {rows} row(s) have problems.", rows=rows)

    def message(self, lang: str | None = None) -> str:
        lines = [p.message(lang) for p in self.problems if p.blocking]
        return "\n".join([*lines, super().message(lang)])


def prepare(registry: Registry, source: str | Path | Table, mapping: Mapping,
            progress: Progress | None = None) -> ImportPlan:
    table = source if isinstance(source, Table) else read_table(source)
    missing = mapping.missing_columns(table.header)
    if missing:
        raise TableError("The file has no column {missing}; its columns are: {columns}.",
                         missing=", ".join(f"“{m}”" for m in missing),
                         columns=", ".join(f"“{h}”" for h in table.header))
    converter = Converter(mapping, table, CountryNames(registry.countries()), registry.today())
    results = []
    total = len(table.rows)
    for n, (cells, row) in enumerate(zip(table.rows, table.row_numbers), 1):
        results.append(converter.convert(cells, row))
        if progress and (n % 200 == 0 or n == total):
            progress(n, total)
    _mark_duplicates(registry, converter, results)
    return ImportPlan(table, results, converter.column_of)


def content_key(title: str, signed, parties) -> tuple:
    """Two records are the same instrument when title, date and parties agree."""
    return (fold(title), signed, tuple(sorted((name_key(p.name), p.country or "")
                                              for p in parties)))


def _mark_duplicates(registry: Registry, converter: Converter,
                     results: list[RowResult]) -> None:
    existing: list[InstrumentRow] = [
        *registry.list_instruments(InstrumentFilter(), limit=None, with_total=False).rows,
        *registry.list_instruments(InstrumentFilter(deleted=True), limit=None,
                                   with_total=False).rows]
    numbers = {r.registry_number: r for r in existing}
    uuids = {r.uuid: r for r in existing}
    contents = {content_key(r.title, r.signed_date, r.parties): r for r in existing}
    seen_numbers: dict[str, int] = {}
    seen_uuids: dict[str, int] = {}
    seen_contents: dict[tuple, int] = {}
    number_column = converter.column_of("registry_number")
    title_column = converter.column_of("title")
    for result in results:
        d = result.draft
        if d is None:
            continue
        number, key = d.registry_number.strip(), content_key(d.title, d.signed_date, d.parties)
        found: CellProblem | None = None
        if number and number in numbers:
            found = cell_problem(result.row, number_column, "Already in the registry: the "
                                 "registry number {number} is taken by “{title}”.",
                                 number=number, title=numbers[number].title)
        elif number and number in seen_numbers:
            found = cell_problem(result.row, number_column, "The registry number {number} is "
                                 "also in row {other}.", number=number,
                                 other=seen_numbers[number])
        elif d.uuid and d.uuid in uuids:
            found = cell_problem(result.row, converter.column_of("uuid"), "Already in the "
                                 "registry: “{title}” ({number}).", title=uuids[d.uuid].title,
                                 number=uuids[d.uuid].registry_number)
        elif d.uuid and d.uuid in seen_uuids:
            found = cell_problem(result.row, converter.column_of("uuid"),
                                 "The same record is also in row {other}.",
                                 other=seen_uuids[d.uuid])
        elif key in contents:
            found = cell_problem(result.row, title_column, "Already in the registry with the "
                                 "same title, date and parties: {number}.",
                                 number=contents[key].registry_number)
        elif key in seen_contents:
            found = cell_problem(result.row, title_column, "Row {other} has the same title, "
                                 "date and parties.", other=seen_contents[key])
        if found:
            result.problems.append(found)
            result.draft = None
            continue
        if number:
            seen_numbers[number] = result.row
        if d.uuid:
            seen_uuids[d.uuid] = result.row
        seen_contents[key] = result.row


def write(registry: Registry, plan: ImportPlan, *, skip_invalid: bool = False,
          progress: Progress | None = None) -> list[int]:
    """Save the rows in one transaction; nothing at all if any row fails (unless skipped)."""
    blocked = plan.skipped
    if blocked and not skip_invalid:
        raise ImportRefused(plan.problems, len(blocked))
    rows = plan.ready
    drafts: list[InstrumentDraft] = [r.draft for r in rows]
    total = len(drafts)
    try:
        return registry.save_instruments(
            drafts, (lambda n: progress(n, total)) if progress else None)
    except ValidationError as exc:
        problems = [CellProblem(rows[p.record - 1].row if p.record else 0,
                                plan.column_of(p.field), p.message_id, p.params)
                    for p in exc.problems]
        raise ImportRefused(problems, len({p.row for p in problems})) from exc

