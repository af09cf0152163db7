"""A whole import: the file read and converted, duplicates found, then written all or nothing.

    plan = prepare(registry, "register.xlsx", load_mapping("map.json"))
    for p in plan.problems: print(p.message())
    ids = write(registry, plan)             # refuses while any row has a blocking problem
    ids = write(registry, plan, skip_invalid=True)  # the good rows; plan.skipped lists the rest
    plan.repeated                           # rows already in the registry: left out
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from models.bulk import BulkPlan
from models.errors import RegistryError, ValidationError
from models.records import CheckMark, InstrumentDraft
from models.registry import Registry

from . import parallel
from .convert import Converter, RowResult
from .countries import CountryNames
from .mapping import Mapping
from .problems import CellProblem, TableError, cell_problem
from .reading import Table, read_table

Progress = Callable[[int, int], None]


@dataclass
class ImportPlan:
    table: Table
    results: list[RowResult]
    column_of: Callable[[str], str]  # the source column of a field
    mark: CheckMark | None = None  # the registry's instruments when duplicates were looked
    # for (see write)
    bulk: BulkPlan | None = None  # the rows to import, checked and planned by the registry
    planned_rows: list[int] = field(default_factory=list)  # the row of each planned record

    def draft(self, result: RowResult) -> InstrumentDraft | None:
        """A row's draft: as converted, or (a row planned) as the plan keeps it on disk."""
        if result.draft is not None or self.bulk is None or self.bulk.written:
            return result.draft
        try:
            return self.bulk.drafts[self.planned_rows.index(result.row)]
        except ValueError:  # not planned: it has a problem
            return None

    @property
    def problems(self) -> list[CellProblem]:
        return [p for r in self.results for p in r.problems]

    @property
    def ready(self) -> list[RowResult]:
        """The rows to import: without problems, not in the registry yet."""
        return [r for r in self.results if not r.blocked and r.duplicate is None]

    @property
    def repeated(self) -> list[RowResult]:
        """Rows of instruments already in the registry (or in an earlier row): left out."""
        return [r for r in self.results if not r.blocked and r.duplicate is not None]

    @property
    def skipped(self) -> list[RowResult]:
        """Rows with problems."""
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
    """Read and convert every row, check each draft (the registry's checks, once), look for
    duplicates, and plan the rows to import (`Registry.planning`: their columns, search text
    and audit entries computed, kept on disk until `write`). `progress(done, total)`."""
    own = not isinstance(source, Table)  # read here: as its rows are converted
    table = read_table(source, stream=True) if own else source
    missing = mapping.missing_columns(table.header)
    if missing:
        raise TableError("The file has no column {missing}; its columns are: {columns}.",
                         missing=", ".join(f"“{m}”" for m in missing),
                         columns=", ".join(f"“{h}”" for h in table.header))
    converter = Converter(mapping, table, CountryNames(registry.countries()), registry.today())
    mark = registry.instrument_mark()
    with registry.planning() as bulk:
        duplicates = _Duplicates(registry, converter, bulk)

        def plan_batch(batch: list[RowResult], plan: Callable[[InstrumentDraft], list]) -> None:
            """`plan` each row of the batch to import: `bulk.add`, or (the rows planned by
            other processes: `parallel`) `bulk.enter`."""
            duplicates.mark(batch)
            for r in batch:
                if not r.blocked and r.duplicate is None:
                    problems = plan(r.draft)
                    if problems:  # checked above: none (unless the draft changed since)
                        converter.add_problems(r, problems)
                        continue
                    duplicates.planned(r)
                    r.draft = None  # kept on disk by the plan

        if parallel.worth_it(table):
            results = parallel.prepare_rows(table, converter, bulk, duplicates, plan_batch,
                                            progress)
        else:
            results = _prepare_rows(table, own, converter, bulk, plan_batch, progress)
    return ImportPlan(table, results, converter.column_of, mark, bulk, duplicates.planned_rows)


def _prepare_rows(table: Table, own: bool, converter: Converter, bulk: BulkPlan,
                  plan_batch, progress: Progress | None) -> list[RowResult]:
    """Each row converted, checked and planned in this process, a batch at a time."""
    results: list[RowResult] = []
    batch: list[RowResult] = []
    total = table.count
    for n, (row, cells) in enumerate(table.records(release=own), 1):
        result = converter.convert(cells, row)
        if result.draft is not None:
            converter.add_problems(result, bulk.check(result.draft))
        results.append(result)
        batch.append(result)
        if len(batch) == BATCH:
            plan_batch(batch, bulk.add)
            batch = []
        if progress and (n % 200 == 0 or n == total):
            progress(n, total)
    if batch:
        plan_batch(batch, bulk.add)
    return results


BATCH = 500  # rows converted, checked for duplicates and planned at a time


class _Duplicates:
    """Rows already in the registry (the same record, or the same kind, date, countries and
    title: `Registry.find_duplicates`) or repeating an earlier row word for word (a list names
    each instrument once: a row worded otherwise is another entry) are left out and listed;
    a registry number that another instrument holds keeps its row out as a problem. A batch
    of rows at a time: the drafts of earlier rows are not kept (a planned row's is read back
    from the plan when a later row may repeat it)."""

    def __init__(self, registry: Registry, converter: Converter, bulk: BulkPlan):
        self.registry, self.bulk = registry, bulk
        self.finder = registry.duplicate_finder(listed=True)
        self.rows: list[RowResult] = []  # every row compared, in order
        self.planned_rows: list[int] = []  # the rows planned, in order (the plan's records)
        self.planned_at: dict[int, int] = {}  # row -> its place in the plan
        self.number_column = converter.column_of("registry_number")
        self.title_column = converter.column_of("title")
        self.seen_numbers: dict[str, int] = {}

    def planned(self, result: RowResult) -> None:
        self.planned_at[result.row] = len(self.planned_rows)
        self.planned_rows.append(result.row)

    def _draft(self, n: int) -> InstrumentDraft:
        result = self.rows[n]
        if result.draft is not None:
            return result.draft
        return self.planned_draft(result.row)

    def planned_draft(self, row: int) -> InstrumentDraft:
        """The draft of a planned row, as the plan keeps it."""
        return self.bulk.drafts[self.planned_at[row]]

    def mark(self, batch: list[RowResult]) -> None:
        rows = [r for r in batch if r.draft is not None]
        self.rows += rows
        found = self.finder.find([r.draft for r in rows], self._draft)
        taken = self.registry.instruments_by_number([r.draft.registry_number for r in rows])
        seen_numbers = self.seen_numbers
        for result, match in zip(rows, found):
            number = result.draft.registry_number.strip()
            if match is not None:
                result.duplicate = match
                if match.id is None:
                    result.problems.append(cell_problem(
                        result.row, self.title_column, "The same instrument as row {other}; "
                        "the row is left out.", blocking=False,
                        other=self.rows[match.draft].row))
                else:
                    result.problems.append(cell_problem(
                        result.row, self.title_column, "Already in the registry: {number} "
                        "“{title}”; the row is left out.", blocking=False,
                        number=match.registry_number, title=match.title))
                continue
            if number and number in taken:
                result.problems.append(cell_problem(
                    result.row, self.number_column, "Already in the registry: the registry "
                    "number {number} is taken by “{title}”.", number=number,
                    title=taken[number][1]))
            elif number and number in seen_numbers:
                result.problems.append(cell_problem(
                    result.row, self.number_column, "The registry number {number} is also in "
                    "row {other}.", number=number, other=seen_numbers[number]))
            if number:
                seen_numbers.setdefault(number, result.row)


def write(registry: Registry, plan: ImportPlan, *, skip_invalid: bool = False,
          allow_duplicates: bool = False, progress: Progress | None = None) -> list[int]:
    """Save the rows in one transaction; nothing at all if any row fails (unless skipped).
    Rows already in the registry are left out, unless `allow_duplicates`; a row repeating an
    instrument another clerk saved or changed after `prepare` looked for duplicates refuses
    the import (checked inside the write lock)."""
    blocked = plan.skipped
    if blocked and not skip_invalid:
        raise ImportRefused(plan.problems, len(blocked))
    repeated = plan.repeated if allow_duplicates else []
    if repeated:  # planned again with the repeated rows, in the order of the file
        rows = sorted([*plan.repeated, *(_Planned(row, d) for row, d in zip(
            plan.planned_rows, plan.bulk.drafts))], key=lambda r: r.row)
        total = len(rows)
        return _refused_as_rows(lambda: registry.save_instruments(
            [r.draft for r in rows], (lambda n: progress(n, total)) if progress else None),
            [r.row for r in rows], plan)
    total = len(plan.planned_rows)
    if not total:
        return []
    return _refused_as_rows(lambda: registry.save_plan(
        plan.bulk, (lambda n: progress(n, total)) if progress else None,
        checked_up_to=plan.mark), plan.planned_rows, plan)


@dataclass
class _Planned:
    row: int
    draft: InstrumentDraft


def _refused_as_rows(save: Callable[[], list[int]], rows: list[int],
                     plan: ImportPlan) -> list[int]:
    """The registry's refusal (its problems numbered by record) as problems of the rows."""
    try:
        return save()
    except ValidationError as exc:
        problems = [CellProblem(rows[p.record - 1] if p.record else 0,
                                plan.column_of(p.field), p.message_id, p.params)
                    for p in exc.problems]
        raise ImportRefused(problems, len({p.row for p in problems})) from exc
