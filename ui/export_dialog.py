"""Export: the current instrument list to XLSX or CSV, or its deadlines to an .ics calendar,
written off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from app.settings import Settings
from exporters.calendar import export_calendar
from exporters.table import export_table
from i18n import _
from models.errors import RegistryError
from models.records import InstrumentFilter
from models.registry import Registry
from ui import errors
from ui.workers import Task

FORMATS = ("xlsx", "csv", "ics")


def format_names() -> dict[str, str]:
    return {"xlsx": _("Excel workbook (XLSX)"), "csv": _("CSV text (semicolons, UTF-8)"),
            "ics": _("Calendar of deadlines (ICS)")}


def ask_save_path(parent: QWidget, suggested: str, fmt: str) -> str:
    """The file to write ("" when cancelled). (Tests replace this.)"""
    path, _filter = QFileDialog.getSaveFileName(parent, _("Export to"), suggested,
                                                f"{format_names()[fmt]} (*.{fmt})")
    if path and not path.lower().endswith(f".{fmt}"):
        path += f".{fmt}"
    return path


class ExportDialog(QDialog):
    def __init__(self, registry: Registry, settings: Settings,
                 instrument_filter: InstrumentFilter | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.registry, self.settings = registry, settings
        self.filter = instrument_filter or InstrumentFilter()
        self.task: Task | None = None
        self.written: Path | None = None
        self.setWindowTitle(_("Export"))
        self.setMinimumWidth(560)

        self.format = QComboBox()
        for fmt, name in format_names().items():
            self.format.addItem(name, fmt)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path = QLineEdit(str(Path.home() / f"kelishim-{date.today():%Y-%m-%d}.xlsx"))
        browse = QPushButton(_("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.restricted = QCheckBox(_("Include records of restricted access"))
        self.restricted.setChecked(False)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(settings.horizon_days)
        self.days.setSuffix(" " + _("days"))
        self.days_label = QLabel(_("Deadlines due within:"))

        form = QFormLayout()
        form.addRow(_("Format:"), self.format)
        form.addRow(_("File:"), file_row)
        form.addRow(self.days_label, self.days)
        form.addRow("", self.restricted)
        count = registry.count_instruments(self.filter)
        self.scope = QLabel(_("The list as filtered now: {count} instrument(s).").format(
            count=count))
        self.scope.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.export_button = QPushButton(_("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scope)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self._format_changed()

    def current_format(self) -> str:
        return self.format.currentData()

    def _format_changed(self) -> None:
        fmt = self.current_format()
        path = Path(self.path.text().strip() or "kelishim")
        self.path.setText(str(path.with_suffix(f".{fmt}")))
        self.days.setVisible(fmt == "ics")
        self.days_label.setVisible(fmt == "ics")

    def _browse(self) -> None:
        path = ask_save_path(self, self.path.text(), self.current_format())
        if path:
            self.path.setText(path)

    def start(self) -> None:
        if self.task is not None:
            return
        text = self.path.text().strip()
        if not text:
            self.result.setText(_("Choose the file to write."))
            return
        fmt, path, days = self.current_format(), Path(text), self.days.value()
        f = InstrumentFilter(**{**self.filter.__dict__,
                                "include_restricted": self.restricted.isChecked()})
        registry = self.registry

        def work(progress):
            if fmt == "ics":
                return export_calendar(registry, path, days, f)
            return export_table(registry, f, path, fmt, progress)

        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.result.setText(_("Exporting…"))
        self.task = Task(work, self)
        self.task.progressed.connect(lambda done, total: (self.progress.setRange(0, total),
                                                          self.progress.setValue(done)))
        self.task.succeeded.connect(lambda count: self._done(path, fmt, count))
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self.task.start()

    def _done(self, path: Path, fmt: str, count: int) -> None:
        self.written = path
        message = (_("{count} deadline(s) written to {path}.") if fmt == "ics"
                   else _("{count} instrument(s) written to {path}."))
        self.result.setText(message.format(count=count, path=path))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, RegistryError):
            self.result.setText(exc.message())
        else:
            errors.report_unexpected(type(exc), exc, exc.__traceback__)

    def _finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
