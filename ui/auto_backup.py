"""Automatic backups while the program runs: at least once a day (checked every hour) and when
it closes, each only if the registry changed since its newest backup, always off the GUI thread,
into the backup folder of the settings (rotated there)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from i18n import _
from models.backup.folder import BackupEntry, BackupFolder
from models.registry import Registry
from ui.workers import Progress, Task, in_kilobytes

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000
FIRST_CHECK_MS = 5 * 60 * 1000  # not in the clerk's way while the program starts
PERIOD = timedelta(hours=24)


def back_up_if_due(registry: Registry, folder: Path, reason: str,
                   progress: Progress | None = None) -> BackupEntry | None:
    """A backup when one is due, else None. Due: the registry changed since its newest
    backup, and (except on closing) that backup is a day old."""
    if registry.path is None or registry.read_only:
        return None
    backups = BackupFolder(folder)
    newest = backups.newest(registry.path)
    if newest is not None:
        if newest.manifest.count("auditentry") == registry.summary().audit_entries:
            return None
        if reason == "automatic" and datetime.now().astimezone() - newest.created < PERIOD:
            return None
    return backups.back_up(registry.path, reason=reason,
                           progress=in_kilobytes(progress) if progress else None)


class AutoBackup(QObject):
    """`done(entry)` after a backup was made, `failed(error)` when one could not be."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, registry: Registry, folder: Path, parent: QObject | None = None,
                 first_ms: int = FIRST_CHECK_MS, every_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self.registry = registry
        self.folder = folder
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.setInterval(every_ms)
        QTimer.singleShot(first_ms, self.check)
        self.timer.start()

    @property
    def running(self) -> bool:
        return self.task is not None

    def check(self) -> None:
        """Back up in the background when due (nothing while a backup runs)."""
        if self.task is None:
            self._start("automatic")

    def _start(self, reason: str) -> Task:
        registry, folder = self.registry, self.folder
        self.task = Task(lambda progress: back_up_if_due(registry, folder, reason, progress),
                         self)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        return self.task.start()

    def _succeeded(self, entry: BackupEntry | None) -> None:
        if entry is not None:
            self.done.emit(entry)

    def _failed(self, exc: BaseException) -> None:
        log.error("Automatic backup of %s failed: %r", self.registry.location, exc)
        self.failed.emit(exc)

    def _finished(self) -> None:
        self.task = None

    def stop(self) -> None:
        self.timer.stop()

    def on_closing(self, parent: QWidget | None = None) -> BackupEntry | None:
        """The backup when the program closes: waits for one running, then makes its own if
        due, behind a small progress window. Returns the backup made, if any."""
        from PySide6.QtCore import QEventLoop

        self.stop()
        loop = QEventLoop()
        if self.task is not None:
            self.task.finished.connect(loop.quit)
            loop.exec()
        outcome: dict = {}
        task = self._start("closing")
        dialog = QProgressDialog(_("Saving a backup of the registry…"), _("Skip"), 0, 0, parent)
        dialog.setWindowTitle(_("Kelishim"))
        dialog.setMinimumDuration(500)
        task.progressed.connect(lambda done, total: (dialog.setMaximum(max(total, 0)),
                                                     dialog.setValue(done)))
        dialog.canceled.connect(task.cancel)
        task.succeeded.connect(lambda entry: outcome.setdefault("entry", entry))
        task.failed.connect(lambda exc: outcome.setdefault("error", exc))
        task.finished.connect(loop.quit)
        loop.exec()
        dialog.close()
        dialog.deleteLater()
        if "error" in outcome:
            from models.errors import RegistryError
            from ui import errors

            exc = outcome["error"]
            errors.tell(parent, _("The backup was not made"), exc.message()
                        if isinstance(exc, RegistryError) else str(exc))
        return outcome.get("entry")
