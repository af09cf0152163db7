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
   the plan reads in order (`Shares`: each chunk of 500 rows as soon as it is written), and
   sends back the whole drafts of the rows left out.

Once every row is decided, the command line's import (`prepare(overlap=True)`, then `write`)
need not wait for the processes to plan the last rows: the write transaction begins while
they plan, once at most 40 % of the rows are left to plan (`LOCK_SHARE`),
and writes each chunk of planned rows as it comes (`models.spool.Arriving`). Every row is
decided before the write lock is taken, so the bodies, persons, sectors, numbers given and
sequences the write needs at its start are known, and the checks inside the lock are those
of a plan prepared whole.

A process that fails fails the import as one process would: its exception is raised here (or
in the write transaction, which is rolled back) and nothing is written. Small sheets and systems other than Linux are prepared by one process,
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
from models.spool import Arriving, Spool

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
                 plan_batch: Callable, progress: Progress | None,
                 overlap: bool = False) -> tuple[list[RowResult], Shares | None]:
    """Every row's result, the rows to import planned into `bulk` (see the module). With
    `overlap`, it returns as soon as every row is decided, with the processes still planning
    (the `Shares`: the plan's rows and drafts read as they come)."""
    count, total = _count(table), table.count
    bounds = [total * k // count for k in range(count + 1)]
    bulk.read_meetings()
    load_dictionary()  # for the search text's word forms: one copy shared by the processes
    workers: list[_Worker] = []
    shares = None
    try:
        gc.freeze()  # the objects read so far stay shared with the processes, not copied
        try:
            workers = [_Worker(table, converter, bulk, bounds[k], bounds[k + 1])
                       for k in range(count)]
        finally:
            gc.unfreeze()
        bulk.registry.wording()  # meanwhile, for the rows that may repeat others
        results = _decide(workers, bulk, duplicates, plan_batch, progress, total)
        shares = Shares(workers, bulk, progress, total)
        if overlap:
            return results, shares
        shares.finish()
        shares.end(failed=False)
        return results, None
    except BaseException:
        for w in workers:
            w.end()
        raise


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
        first = planned
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
        worker.to_plan = len(duplicates.planned_rows) - first
    return results


# The write lock (`importers.tables.plan.write` of a plan prepared with `overlap`) is taken once
# at most LOCK_SHARE of the rows to write are left to plan. On an idle 2-core machine the two
# processes plan about 15,000 rows a second, and the write inserts about 14,000 a second (then
# 0.7 s of its end at 20,000 rows: the full-text index, the title index, the commit) using
# about 1.2 cores, so that the processes left planning while it writes plan at about 6,000
# a second: 40 % of the rows are planned by the time the write needs them. Locked earlier,
# the write would wait for the rows with the lock held, or share the cores with the
# planning, and hold the lock longer than a write after the planning (the rates slow
# alike on a busy machine: the share holds). The processes still planning are made nicer
# (PLANNING_NICE) meanwhile: the write goes first.
LOCK_SHARE = 0.4
PLANNING_NICE = 5


class Shares:
    """The processes planning the rows decided (step 3 of the module), and the plan's
    planned rows and drafts (`Arriving` spools) as they write them: reading them waits for
    them (in the write transaction too: `models.bulk_write`). `finish` takes in the rest,
    `end` stops the processes."""

    def __init__(self, workers: list[_Worker], bulk: BulkPlan, progress: Progress | None,
                 total: int):
        self.workers, self.bulk, self.progress, self.total = workers, bulk, progress, total
        chunk_count = sum(-(-w.to_plan // CHUNK) for w in workers)
        bulk.planned = Arriving(bulk.entered, chunk_count, self.more)
        bulk.drafts = Arriving(bulk.entered, chunk_count, self.more)
        self.poured = 0  # the processes whose rows are all in the plan's spools
        self._pour()

    @property
    def planned(self) -> int:
        return sum(w.planned_count for w in self.workers)

    def more(self) -> None:
        """Take in the next messages of the processes still planning (raises what one of
        them raised)."""
        waiting = {w.connection: w for w in self.workers if not w.finished}
        if not waiting:
            raise WorkerFailed(f"{self.bulk.entered} rows entered, {self.planned} planned")
        for connection in wait(list(waiting)):
            waiting[connection].receive()
        _report(self.progress, self.workers, self.total)
        self._pour()

    def _pour(self) -> None:
        """The chunks written so far into the plan's spools, in the order of the shares."""
        for w in self.workers[self.poured:]:
            planned, drafts = w.places
            self.bulk.planned.take(w.planned_file, planned[w.taken:])
            self.bulk.drafts.take(w.drafts_file, drafts[w.taken:])
            w.taken = len(planned)
            if not w.finished:
                break
            if w.planned_count != w.to_plan:
                raise WorkerFailed(f"The process preparing rows {w.start + 1}-{w.stop} was "
                                   f"to plan {w.to_plan} rows, it planned {w.planned_count}.")
            self.poured += 1

    def wait_to_write(self) -> None:
        """Until at most LOCK_SHARE of the rows are left to plan: then the write lock may be
        taken (see LOCK_SHARE)."""
        while self.poured < len(self.workers) and \
                self.bulk.entered - self.planned > LOCK_SHARE * self.bulk.entered:
            self.more()
        for w in self.workers:  # the write first: the lock is held no longer than it needs
            if not w.finished and PLANNING_NICE:
                try:
                    os.setpriority(os.PRIO_PROCESS, w.process.pid, PLANNING_NICE
                                   + os.getpriority(os.PRIO_PROCESS, w.process.pid))
                except OSError:  # it has ended meanwhile
                    pass

    def finish(self) -> None:
        """Everything the processes send taken in: the drafts of the rows left out too."""
        while self.poured < len(self.workers):
            self.more()
        for w in self.workers:
            for result, draft in zip(w.left_out, Spool.joined([(w.files[3], w.rest)])):
                result.draft = draft
        if self.progress:
            self.progress(self.total, self.total)

    def end(self, failed: bool = True) -> None:
        """The processes stopped (`failed`: the plan's files closed too)."""
        for w in self.workers:
            w.end(failed)


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
        self.to_plan = 0  # of its rows, once decided
        self.planned_count = 0  # rows planned so far
        # the chunks of its planned rows and their drafts written so far (places in their
        # files), how many of them are in the plan's spools; the drafts of the rows left out
        self.places: tuple[list, list] = ([], [])
        self.taken = 0
        self.rest = None
        self.finished = False  # it has planned every row it was to plan
        self.planned_file, self.drafts_file = self.files[1], self.files[2]  # the plan's
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
        else:  # "chunk" of planned rows (and their drafts) written, or all "planned"
            self.planned_count = value[0]
            self.done = len(self.rows) + value[0]
            self.places[0].extend(value[1])
            self.places[1].extend(value[2])
            if kind == "planned":
                self.rest, self.finished = value[3], True
        return kind

    def end(self, failed: bool = True) -> None:
        """The process stopped, its files closed (but those of the plan's rows and drafts,
        unless it `failed`)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()
        self.orders.close()
        for file in self.files:
            if failed or file not in (self.planned_file, self.drafts_file):
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
        decided, rows, sent = 0, set(), 0
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
            planned = len(bulk.planned)
            if planned % bulk.planned.chunk == 0:  # a chunk of each on disk: it can be read
                connection.send(("chunk", planned, bulk.planned.finish(sent),
                                 bulk.drafts.finish(sent)))
                sent = bulk.planned.chunk_count
        connection.send(("planned", len(bulk.planned), bulk.planned.finish(sent),
                         bulk.drafts.finish(sent), rest.finish()))
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
