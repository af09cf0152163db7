"""Work off the GUI thread: a `Task` runs a function on a thread pool and reports back by signal.

The function runs on a worker thread and must not touch widgets. It gets a `Progress` to report
steps and to learn that the user cancelled (calling it then raises `Cancelled`). Results,
errors and progress arrive on the GUI thread as the signals of the `Task`:

    task = Task(lambda progress: registry.list_instruments(f), parent=self)
    task.succeeded.connect(self._show_rows)
    task.start()

`run_with_progress` adds a modal progress dialog with a Cancel button.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from i18n import _

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the work function when the user cancelled it."""


class Progress:
    """Handed to the work function: `progress(done, total)` reports a step and raises
    `Cancelled` once the user has cancelled; `progress.cancelled` only asks."""

    def __init__(self, emit: Callable[[int, int], None], cancel_event: threading.Event):
        self._emit = emit
        self._cancel = cancel_event

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def __call__(self, done: int, total: int = 0) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(done, total)


class _Relay(QObject):
    """Carries the worker's news across threads (queued to the Task on the GUI thread)."""

    progressed = Signal(int, int)
    done = Signal(object)
    error = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn, relay: _Relay, progress: Progress):
        super().__init__()
        self.fn, self.relay, self.progress = fn, relay, progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._deliver(self.relay.error, exc)
        else:
            self._deliver(self.relay.done, result)

    @staticmethod
    def _deliver(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the program is quitting and Qt has destroyed the receiver
            log.info("A background task finished after its window was gone: %r", value)


class Task(QObject):
    """One piece of background work. Emits exactly one of `succeeded(result)`,
    `failed(exception)` or `cancelled()`, then `finished()`; `progressed(done, total)` before.
    A task runs once and deletes itself after `finished`. Deleting it frees the callables
    connected to it, so its parent must be kept alive by something else too (its own parent
    or a variable): if a lambda on the task held the last reference, the parent would die
    inside the task's destructor and delete the task a second time."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: Callable[[Progress], object], parent: QObject | None = None,
                 pool: QThreadPool | None = None):
        super().__init__(parent)
        self._fn = fn
        self._pool = pool or QThreadPool.globalInstance()
        self._cancel = threading.Event()
        # The relay is the task's child: Qt deletes it with the task, on the GUI thread. Owned
        # by Python it died with the last reference, which the worker thread may drop while
        # its queued signals are still pending: a crash after some thousands of tasks.
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress, Qt.QueuedConnection)
        self._relay.done.connect(self._on_done, Qt.QueuedConnection)
        self._relay.error.connect(self._on_error, Qt.QueuedConnection)
        self.running = False
        self.finished.connect(self.deleteLater)

    def start(self) -> "Task":
        self.running = True
        progress = Progress(self._relay.progressed.emit, self._cancel)
        self._pool.start(_Runnable(self._fn, self._relay, progress))
        return self

    def cancel(self) -> None:
        """Ask the work to stop; it does at its next progress report. Its result, if it still
        comes, is dropped."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._cancel.is_set():
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_done(self, result) -> None:
        self.running = False
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, exc) -> None:
        self.running = False
        if isinstance(exc, Cancelled) or self._cancel.is_set():
            self.cancelled.emit()
        else:
            if not isinstance(exc, Exception):
                log.error("Background task stopped by %r", exc)
            self.failed.emit(exc)
        self.finished.emit()


class LatestOnly(QObject):
    """Background queries where only the answer to the latest one matters (a search while
    typing, a list reloaded after a change): answers to older ones are dropped."""

    ready = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool
        self._generation = 0
        self.loading = False

    def run(self, fn: Callable[[], object]) -> None:
        self._generation += 1
        generation = self._generation
        self.loading = True
        task = Task(lambda _progress: fn(), self, self._pool)
        task.succeeded.connect(lambda result: self._answer(generation, self.ready, result))
        task.failed.connect(lambda exc: self._answer(generation, self.failed, exc))
        task.start()

    def _answer(self, generation: int, signal, value) -> None:
        if generation == self._generation:
            self.loading = False
            signal.emit(value)


def run_with_progress(parent: QWidget, label: str, fn: Callable[[Progress], object]) -> Task:
    """Start `fn` in the background behind a window-modal progress dialog with Cancel.
    Connect to the returned task's signals; the dialog closes by itself when the task ends."""
    dialog = QProgressDialog(label, _("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(_("Please wait"))
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    task = Task(fn, parent)

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)

    task.progressed.connect(on_progress)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    dialog.canceled.connect(task.cancel)
    task.start()
    return task


def wait_for(parent: QWidget | None, label: str, fn: Callable[[Progress], object]):
    """Run `fn` off the GUI thread behind a progress dialog and return its result here, or
    raise its error here (`Cancelled` when the clerk cancelled). The window stays drawn
    meanwhile; for work the program must finish before going on (opening, a restore)."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict = {}
    task = run_with_progress(parent, label, fn)
    task.succeeded.connect(lambda result: outcome.setdefault("result", result))
    task.failed.connect(lambda exc: outcome.setdefault("error", exc))
    task.cancelled.connect(lambda: outcome.setdefault("error", Cancelled()))
    task.finished.connect(loop.quit)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def in_kilobytes(progress: Progress) -> Callable[[int, int], None]:
    """A progress report in bytes (a backup of gigabytes) passed on in KB, which Qt's int
    signals carry."""
    return lambda done, total: progress(done >> 10, total >> 10)
