"""A big sheet prepared by several processes at once (on Linux): the rows converted, checked
and planned on every core, the plan the same as one process makes.

Each process is forked after the registry's plan has read what is on file (bodies, persons,
sectors, meetings), and takes its own share of the rows, one after the other:

1. it converts and checks its rows (`Converter.convert`, `BulkPlan.check`) and writes to a
   file of its own what this process needs of them to decide on them (`_brief`);
2. this process reads the shares in the order of the sheet, a batch at a time, and decides
   what only the whole sheet in order can decide: duplicates (of the registry and of earlier
   rows), registry numbers given twice, and each row's registry number, sequence, bodies,
   signatories and sectors found or planned as new, with their temporary ids
   (`BulkPlan.enter`), exactly as one process does. It sends each share's process the
   bodies, persons and sectors planned as new before its rows, then after each batch which
   of its rows to plan;
3. each process plans those rows (`BulkPlan.add`: derived columns, search text, audit entry)
   from there, a batch as soon as it is decided (the next share's process need not wait
   for its whole share: the cores are not left idle meanwhile), into files of its own that
   the plan then reads in order (`Spool.joined`), and sends back the whole drafts of the
   rows left out.

A process that fails fails the import as one process would: its exception is raised here and
nothing is planned. Small sheets and systems other than Linux are prepared by one process,
big ones by two at most (the processes' memory adds up).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import tempfile
import traceback
from multiprocessing.connection import Connection, wait
from typing import Callable

from models.bulk import CHUNK, BulkPlan
from models.records import InstrumentDraft
from models.search import load_dictionary
from models.spool import Spool

from .convert import Converter, RowResult
from .reading import Table

PARALLEL_ROWS = 5_000  # sheets of fewer rows are prepared by one process
MOST_PROCESSES = 4
# Sheets of more rows by two at most: an import keeps under 300 MB however big the sheet (issue
# 12), and each process adds about 70 MB to it (measured, summed PSS of all the processes:
# 100,000 rows in two 273 MB while preparing, the writing process alone 283 MB after).
BIG_ROWS = 25_000
BIG_PROCESSES = 2
KEPT_ROWS = 20_000  # a process keeps this many converted rows in memory, more on disk
BATCH = 500  # rows written, read and decided on at a time (as `plan.BATCH`)
Progress = Callable[[int, int], None]


def processes() -> int:
    """How many processes prepare a big sheet: one per core this process may run on and that
    other work leaves idle (as `make -l` does, by the load average of the last minute, this
    process counted as one), on Linux only (Windows cannot fork; on macOS a process that has
    loaded the system's frameworks, as Qt does, is not safe to fork). Measured on a shared
    2-core machine: with another process busy, two processes took longer than one (their
    CPU seconds are a tenth more, and they only take turns)."""
    if not sys.platform.startswith("linux"):
        return 1
    cores = len(os.sched_getaffinity(0))
    idle = cores + 1 - os.getloadavg()[0]
    return max(1, min(cores, MOST_PROCESSES, round(idle)))


def worth_it(table: Table) -> bool:
    return table.count >= PARALLEL_ROWS and _count(table) > 1


def _count(table: Table) -> int:
    """How many processes prepare `table`."""
    count = processes()
    return min(count, BIG_PROCESSES) if table.count > BIG_ROWS else count


class WorkerFailed(RuntimeError):
    """A process preparing a share of the rows failed in a way that cannot be sent back."""


def prepare_rows(table: Table, converter: Converter, bulk: BulkPlan, duplicates,
                 plan_batch: Callable, progress: Progress | None) -> list[RowResult]:
    """Every row's result, the rows to import planned into `bulk` (see the module)."""
    count, total = _count(table), table.count
    bounds = [total * k // count for k in range(count + 1)]
    bulk.read_meetings()
    load_dictionary()  # for the search text's word forms: one copy shared by the processes
    workers: list[_Worker] = []
    try:
        gc.freeze()  # the objects read so far stay shared with the processes, not copied
        try:
            workers = [_Worker(table, converter, bulk, bounds[k], bounds[k + 1])
                       for k in range(count)]
        finally:
            gc.unfreeze()
        bulk.registry.wording()  # meanwhile, for the rows that may repeat others
        results = _decide(workers, bulk, duplicates, plan_batch, progress, total)
        waiting = {w.connection: w for w in workers}
        while waiting:
            for connection in wait(list(waiting)):
                if waiting[connection].receive() == "planned":
                    del waiting[connection]
                _report(progress, workers, total)
        bulk.planned = Spool.joined([(w.files[1], w.planned) for w in workers], CHUNK)
        bulk.drafts = Spool.joined([(w.files[2], w.drafts) for w in workers], CHUNK)
        for w in workers:
            for result, draft in zip(w.left_out, Spool.joined([(w.files[3], w.rest)])):
                result.draft = draft
            w.files[1:3] = []  # the plan's now
        if len(bulk.planned) != bulk.entered:
            raise WorkerFailed(f"{bulk.entered} rows entered, {len(bulk.planned)} planned")
        if progress:
            progress(total, total)
        return results
    finally:
        for w in workers:
            w.end()


def _decide(workers: list[_Worker], bulk: BulkPlan, duplicates, plan_batch: Callable,
            progress: Progress | None, total: int) -> list[RowResult]:
    """Step 2 (see the module), each batch of rows as soon as it is converted: every row's
    result, in order."""
    results: list[RowResult] = []
    converted: dict[int, tuple[Spool, int]] = {}  # row -> where its draft is (duplicates)
    duplicates.planned_draft = lambda row: _at(*converted[row]).draft

    def entered(draft: InstrumentDraft) -> list:
        problems = bulk.enter(draft)
        return problems if isinstance(problems, list) else []

    for worker in workers:
        worker.order(bulk.new_entities())  # as they stand before its rows
        planned, decided, place = len(duplicates.planned_rows), 0, 0
        while True:
            for batch in worker.rows.chunks(decided):
                for result in batch:
                    converted[result.row] = (worker.rows, place)
                    place += 1
                plan_batch(batch, entered)
                results += batch
                worker.left_out += [r for r in batch if r.draft is not None]
                decided += 1
                # its rows decided so far, and which of them to plan: it plans them
                # meanwhile (the next share's process need not wait for the whole share)
                worker.order((len(batch), set(duplicates.planned_rows[planned:])))
                planned = len(duplicates.planned_rows)
                while not worker.converted and worker.connection.poll():
                    worker.receive()  # has it converted them all? then it is sent orders
            if decided < worker.rows.chunk_count:
                continue  # rows received meanwhile
            if worker.converted:
                break
            worker.receive()
            _report(progress, workers, total)
    return results


def _at(spool: Spool, place: int) -> RowResult:
    return spool[place]


def _report(progress: Progress | None, workers: list[_Worker], total: int) -> None:
    """Converting is the first half of the way, planning the second."""
    if progress:
        progress(sum(w.done for w in workers) // 2, total)


class _Worker:
    """A process preparing the rows `start` to `stop` (places among the table's rows) and
    this process's end of it."""

    def __init__(self, table: Table, converter: Converter, bulk: BulkPlan, start: int,
                 stop: int):
        self.start, self.stop = start, stop
        # written there, read here: the rows converted (in brief), the rows planned, their
        # drafts, the drafts of the rows left out; written and read there: the rows converted
        self.files = [tempfile.TemporaryFile(prefix="kelishim-share-") for _ in range(5)]
        self.rows = Spool(BATCH)  # the rows converted so far
        self.converted = False  # every row
        self.planned = self.drafts = self.rest = None  # places, once written
        self.left_out: list[RowResult] = []  # rows not planned, with a draft (in brief)
        self.done = 0  # rows converted, plus rows planned
        self.orders_kept: list = []  # not sent yet: it is converting (see `order`)
        # a pipe each way: what was sent before a process ended is still read after
        self.connection, their_end = multiprocessing.Pipe(duplex=False)
        their_start, self.orders = multiprocessing.Pipe(duplex=False)
        self.process = multiprocessing.get_context("fork").Process(
            target=_work, args=(table, converter, bulk, start, stop, self.files, their_start,
                                their_end), daemon=True)
        self.process.start()
        their_end.close()
        their_start.close()

    def order(self, message) -> None:
        """Send the process `message` once it has converted its rows (until then it reads
        none: the orders kept are sent together, not to fill the pipe meanwhile)."""
        self.orders_kept.append(message)
        if self.converted:
            self.send(self.orders_kept)
            self.orders_kept = []

    def send(self, message) -> None:
        try:
            self.orders.send(message)
        except OSError:  # it has ended: its last words say why
            while True:
                self.receive()

    def receive(self) -> str:
        """The process's next message (what it did)."""
        try:
            kind, *value = self.connection.recv()
        except EOFError:
            self.process.join(5)
            raise WorkerFailed(f"The process preparing rows {self.start + 1}-{self.stop} "
                               f"ended (exit code {self.process.exitcode}).") from None
        if kind == "failed":
            raise value[0]
        if kind == "rows":
            self.rows.take(self.files[0], value[0])
            self.done = len(self.rows)
        elif kind == "converted":
            self.converted = True
            if self.orders_kept:
                self.send(self.orders_kept)
                self.orders_kept = []
        elif kind == "progress":
            self.done = value[0]
        else:
            self.planned, self.drafts, self.rest = value
        return kind

    def end(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()
        self.orders.close()
        for file in self.files:
            file.close()


def _work(table: Table, converter: Converter, bulk: BulkPlan, start: int, stop: int,
          files: list, orders: Connection, connection: Connection) -> None:
    """The forked process: steps 1 and 3 (see the module) for its rows."""
    try:
        kept = [] if stop - start <= KEPT_ROWS else Spool(BATCH, files[4])
        brief = Spool(BATCH, files[0])
        for n, (row, cells) in enumerate(table.records()):
            if n < start:
                continue
            if n >= stop:
                break
            result = converter.convert(cells, row)
            if result.draft is not None:
                # not remembered: the draft is held (kept, or spooled to disk) until
                # planned, then said to be checked again (`checked`)
                converter.add_problems(result, bulk.check(result.draft, remember=False))
            kept.append(result)
            brief.append(_brief(result))
            if len(brief) % BATCH == 0:
                connection.send(("rows", brief.finish(brief.chunk_count - 1)))
        connection.send(("rows", brief.finish(len(brief) // BATCH)))
        connection.send(("converted",))
        # the orders: the new bodies, persons and sectors before its rows, then batch after
        # batch, how many of its rows were decided and which of them to plan
        orders_kept = orders.recv()
        bulk.take_entities(orders_kept.pop(0))
        bulk.planned, bulk.drafts = Spool(CHUNK, files[1]), Spool(CHUNK, files[2])
        rest = Spool(BATCH, files[3])
        done = len(brief)
        decided, rows = 0, set()
        for n, result in enumerate(kept):
            while n >= decided:
                if not orders_kept:
                    orders_kept = orders.recv()
                count, planned = orders_kept.pop(0)
                decided += count
                rows |= planned
            if result.row not in rows:
                if result.draft is not None:
                    rest.append(result.draft)
                continue
            bulk.checked(result.draft)
            problems = bulk.add(result.draft)
            if problems:  # entered without a problem in the same state
                raise WorkerFailed(f"Row {result.row} could not be planned: "
                                   f"{problems[0].message()}")
            done += 1
            if done % BATCH == 0:
                connection.send(("progress", done))
        connection.send(("planned", bulk.planned.finish(), bulk.drafts.finish(),
                         rest.finish()))
    except BaseException as exc:  # noqa: BLE001 - raised again in the importing process
        try:
            connection.send(("failed", exc))
        except Exception:  # it cannot be sent as it is
            connection.send(("failed", WorkerFailed(traceback.format_exc())))


def _brief(result: RowResult) -> RowResult:
    """A row as step 2 needs it: its draft but what duplicates, numbers, bodies, persons and
    sectors are decided by (a third of the time to read back)."""
    d = result.draft
    if d is None:
        return result
    return RowResult(result.row, InstrumentDraft(
        title=d.title, kind=d.kind, level=d.level, signed_date=d.signed_date,
        signed_date_precision=d.signed_date_precision, id=d.id,
        registry_number=d.registry_number, title_ky=d.title_ky, title_en=d.title_en,
        sectors=d.sectors, meeting_id=d.meeting_id, parties=d.parties, uuid=d.uuid),
        result.problems, result.duplicate)
