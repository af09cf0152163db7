"""Reports: choose a report and what it covers, build it in the background, look at it inside the
program, print it or save it as PDF."""

from __future__ import annotations

import io
import threading
from pathlib import Path

from PySide6.QtCore import QDate, QThread, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QSizePolicy, QSpinBox, QSplitter, QStackedWidget,
                               QVBoxLayout, QWidget)

from app.settings import Settings
from i18n import LANGUAGES, _, get_language
from models.dates import format_date
from models.errors import RegistryError, os_reason
from models.records import InstrumentFilter
from models.registry import Registry
from models.vocabulary import KINDS, LEVELS, STATUSES
from reports.build import build_report
from reports.progress import Cancelled
from reports.request import ReportRequest
from ui import errors, pdf_preview
from ui.pdf_preview import PdfPreview
from ui.widgets import fit_to_screen, hint_label

LANGUAGE_NAMES = {"ru": "Русский", "ky": "Кыргызча", "en": "English"}
PICK_LIMIT = 200  # instruments offered at once in the card's picker
_NO_DATE = QDate(1900, 1, 1)


def report_names() -> dict[str, str]:
    return {"status": _("Status report"), "briefing": _("Meeting briefing"),
            "treaty_base": _("Country treaty base"), "deadlines": _("Deadlines"),
            "card": _("Instrument card")}


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """The file to save the PDF to ("" when cancelled). (Tests replace this.)"""
    path, _filter = QFileDialog.getSaveFileName(parent, _("Save report as PDF"), suggested,
                                                _("PDF documents (*.pdf)"))
    if path and not path.lower().endswith(".pdf"):
        path += ".pdf"
    return path


def _combo(items: list[tuple[object, str]], any_label: str | None = None) -> QComboBox:
    box = QComboBox()
    # Long entries (meeting and instrument titles) must not widen the form past its labels.
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)
    if any_label is not None:
        box.addItem(any_label, None)
    for data, text in items:
        box.addItem(text, data)
    return box


def _date_edit() -> QDateEdit:
    """A date that may be left empty ("—")."""
    edit = QDateEdit()
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(_NO_DATE)
    return edit


def _date_of(edit: QDateEdit):
    return None if edit.date() == _NO_DATE else edit.date().toPython()


class ReportBuilder(QThread):
    """Builds one report on its own thread. The report asks `_go_on` at every step, which
    reports the progress and answers False once the user has cancelled."""

    progressed = Signal(int)
    built = Signal(bytes, int)
    failed = Signal(object)
    stopped = Signal()

    def __init__(self, registry: Registry, request: ReportRequest, parent: QWidget):
        super().__init__(parent)
        self.registry, self.request = registry, request
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def _go_on(self, percent: int) -> bool:
        self.progressed.emit(percent)
        return not self._cancelled.is_set()

    def run(self) -> None:
        out = io.BytesIO()
        try:
            pages = build_report(self.registry, self.request, out, self._go_on)
        except Cancelled:
            self.stopped.emit()
        except Exception as exc:  # shown (and an unexpected one logged) on the GUI thread
            self.failed.emit(exc)
        else:
            self.built.emit(out.getvalue(), pages)


class ReportsDialog(QDialog):
    def __init__(self, registry: Registry, settings: Settings, parent: QWidget | None = None,
                 meeting_id: int | None = None, instrument_id: int | None = None):
        super().__init__(parent)
        self.registry = registry
        self.settings = settings
        self.task: ReportBuilder | None = None
        self.pages = 0
        self.setWindowTitle(_("Reports"))
        fit_to_screen(self, 1180, 800)
        self.lang = get_language()

        self.kind = _combo(list(report_names().items()))
        self.kind.setAccessibleName(_("Report"))
        self.params = QStackedWidget()
        self.params.addWidget(self._status_page())
        self.params.addWidget(self._briefing_page())
        self.params.addWidget(self._treaty_base_page())
        self.params.addWidget(self._deadlines_page())
        self.params.addWidget(self._card_page())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._fit_choices(0)

        self.language = _combo([(code, LANGUAGE_NAMES[code]) for code in LANGUAGES])
        self.language.setCurrentIndex(LANGUAGES.index(settings.language)
                                      if settings.language in LANGUAGES else 0)
        self.restricted = QCheckBox(_("Include records of restricted access"))
        self.restricted.setToolTip(_("Every page of the report then carries the "
                                     "confidentiality mark."))
        common = QFormLayout()
        common.addRow(_("Report"), self.kind)
        common.addRow(_("Language"), self.language)
        common.addRow(self.restricted)

        self.build_button = QPushButton(_("Build report"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.message = QLabel()
        self.message.setWordWrap(True)

        side = QVBoxLayout()
        side.addLayout(common)
        side.addWidget(self.params)
        buttons = QHBoxLayout()  # right under the choices it acts on
        buttons.addWidget(self.build_button, 1)
        buttons.addWidget(self.cancel_button)
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(self.message)
        side.addStretch(1)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMinimumWidth(400)

        self.preview = PdfPreview()
        self.preview.setAccessibleName(_("Preview"))
        self.print_button = QPushButton(_("Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(_("Save as PDF…"))
        self.save_button.clicked.connect(self.save_report)
        self.close_button = QPushButton(_("Close"))
        self.close_button.clicked.connect(self.close)
        self.page_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.page_label, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(bar)
        viewer = QWidget()
        viewer.setLayout(right)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(panel)
        splitter.addWidget(viewer)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([410, 770])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._set_ready(False)

        if meeting_id is not None:
            self._choose("briefing", self.meeting, meeting_id)
        elif instrument_id is not None:
            self._load_instrument(instrument_id)
            self._choose("card", self.instrument, instrument_id)

    # --- the parameters of each report -----------------------------------------------------

    def _page(self, rows: list[tuple[str, QWidget]], note: str = "") -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in rows:
            form.addRow(label, widget)
        if note:
            form.addRow(hint_label(note))
        return page

    def _countries(self, any_label: str | None) -> QComboBox:
        """Countries by name in the interface language; those the registry has instruments
        with come first."""
        lang = self.lang
        countries = sorted(self.registry.countries(), key=lambda c: c.name(lang).casefold())
        used = {o.country for o in self.registry.organisations() if o.instrument_count}
        used.discard(self.registry.home_country)
        first = [c for c in countries if c.code in used]
        box = _combo([(c.code, f"{c.name(lang)} ({c.code})") for c in first], any_label)
        if first:
            box.insertSeparator(box.count())
        for c in countries:
            if c.code not in used:
                box.addItem(f"{c.name(lang)} ({c.code})", c.code)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.NoInsert)
        return box

    def _kind_changed(self, index: int) -> None:
        self._fit_choices(index)
        if self.pages:  # the report shown is of another kind: not to be printed by mistake
            self.preview.clear()
            self.pages = 0
            self.page_label.clear()
            self._set_ready(False)

    def _fit_choices(self, index: int) -> None:
        """Show the choices of one report; the panel is as tall as those choices (the build
        button stays right under them), not as tall as the longest set."""
        self.params.setCurrentIndex(index)
        for n in range(self.params.count()):
            policy = QSizePolicy.Preferred if n == index else QSizePolicy.Ignored
            self.params.widget(n).setSizePolicy(policy, policy)
        self.params.updateGeometry()

    def _status_page(self) -> QWidget:
        lang = self.lang
        self.group_by = _combo([("status", _("by status")), ("counterpart",
                                                              _("by counterpart"))])
        self.status_country = self._countries(_("any"))
        self.status_kind = _combo(KINDS.choices(lang), _("any"))
        self.status_level = _combo(LEVELS.choices(lang), _("any"))
        self.status_status = _combo(STATUSES.choices(lang), _("any"))
        self.status_sector = _combo([(s, s) for s in self.registry.sectors()], _("any"))
        self.signed_from, self.signed_to = _date_edit(), _date_edit()
        self.status_text = QLineEdit()
        self.status_text.setPlaceholderText(_("words in the title, parties, subject …"))
        return self._page([(_("Group"), self.group_by), (_("Counterpart"), self.status_country),
                           (_("Kind"), self.status_kind), (_("Level"), self.status_level),
                           (_("Status"), self.status_status), (_("Sector"), self.status_sector),
                           (_("Signed from"), self.signed_from), (_("Signed until"),
                                                                   self.signed_to),
                           (_("Search"), self.status_text)])

    def _briefing_page(self) -> QWidget:
        meetings = self.registry.meetings().rows
        self.meeting = _combo([(m.id, f"{format_date(m.start_date, m.start_date_precision)} · {m.title}")
                               for m in meetings])
        return self._page([(_("Meeting"), self.meeting)],
                          _("The meeting, the documents signed at it, where each stands today "
                            "and what is still to be done.") if meetings else
                          _("There are no meetings in the registry yet."))

    def _treaty_base_page(self) -> QWidget:
        self.base_country = self._countries(None)
        return self._page([(_("Counterpart"), self.base_country)],
                          _("Every instrument with this country: counts by level, status and "
                            "kind, a chart per year, and the lists."))

    def _deadlines_page(self) -> QWidget:
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(self.settings.horizon_days)
        self.days.setSuffix(" " + _("days"))
        return self._page([(_("Due within"), self.days)],
                          _("Expiries, renewal notices and internal procedures due in this "
                            "period, and everything overdue."))

    def _card_page(self) -> QWidget:
        self.instrument_search = QLineEdit()
        self.instrument_search.setPlaceholderText(_("registry number or words of the title"))
        self.instrument_search.textChanged.connect(self._find_instruments)
        self.instrument = _combo([])
        self._find_instruments("")
        return self._page([(_("Find"), self.instrument_search),
                           (_("Instrument"), self.instrument)])

    def _find_instruments(self, text: str) -> None:
        rows = self.registry.list_instruments(InstrumentFilter(text=text.strip() or None),
                                              sort="signed_date", limit=PICK_LIMIT,
                                              with_total=False).rows
        self._fill_instruments(rows)

    def _load_instrument(self, instrument_id: int) -> None:
        rows = self.registry.list_instruments(InstrumentFilter(ids=[instrument_id]),
                                              limit=1, with_total=False).rows
        if rows:
            self._fill_instruments(rows)

    def _fill_instruments(self, rows) -> None:
        self.instrument.clear()
        for r in rows:
            self.instrument.addItem(f"{r.registry_number} · {r.title}", r.id)
            self.instrument.setItemData(self.instrument.count() - 1, r.title, Qt.ToolTipRole)

    def _choose(self, kind: str, picker: QComboBox, value) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        index = picker.findData(value)
        if index >= 0:
            picker.setCurrentIndex(index)
            self.build()

    # --- building ------------------------------------------------------------------------

    def request(self) -> ReportRequest | None:
        """What the form asks for; None (with a message) when something is missing."""
        kind = self.kind.currentData()
        lang = self.language.currentData()
        req = ReportRequest(kind=kind, lang=lang,
                            organisation=self.registry.organisation_name(lang) or
                            self.settings.organisation_name,
                            include_restricted=self.restricted.isChecked())
        if kind == "status":
            req.group_by = self.group_by.currentData()
            req.filter = InstrumentFilter(
                text=self.status_text.text().strip() or None,
                country=self.status_country.currentData(), kind=self.status_kind.currentData(),
                level=self.status_level.currentData(), status=self.status_status.currentData(),
                sector=self.status_sector.currentData(), signed_from=_date_of(self.signed_from),
                signed_to=_date_of(self.signed_to))
        elif kind == "briefing":
            req.meeting_id = self.meeting.currentData()
            if req.meeting_id is None:
                return self._missing(_("Choose a meeting."))
        elif kind == "treaty_base":
            req.country = self.base_country.currentData()
            if req.country is None:
                return self._missing(_("Choose a country."))
        elif kind == "deadlines":
            req.days = self.days.value()
        else:
            req.instrument_id = self.instrument.currentData()
            if req.instrument_id is None:
                return self._missing(_("Choose an instrument."))
        return req

    def _missing(self, text: str) -> None:
        self._say(text, error=True)
        return None

    def build(self) -> None:
        if self.task is not None:
            return
        req = self.request()
        if req is None:
            return
        self._say(_("Building the report…"))
        self.progress.setValue(0)
        self._busy(True)
        self.task = ReportBuilder(self.registry, req, self)
        self.task.progressed.connect(self.progress.setValue)
        self.task.built.connect(self._built)
        self.task.failed.connect(self._failed)
        self.task.stopped.connect(self._stopped)
        self.task.finished.connect(self._finished)
        self.task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _stopped(self) -> None:
        self._say(_("The report was cancelled."))

    def _built(self, data: bytes, pages: int) -> None:
        self.pages = self.preview.show_pdf(data)
        self.page_label.setText(_("Pages: {count}").format(count=pages))
        self._say("")
        self._set_ready(True)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, RegistryError):
            self._say(exc.message(), error=True)
        else:
            self._say("")
            errors.report_exception(exc)

    def _finished(self) -> None:
        self.task.deleteLater()
        self.task = None
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.build_button.setEnabled(not busy)
        self.params.setEnabled(not busy)
        self.kind.setEnabled(not busy)
        if busy:
            self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b3261e;" if error else "")
        self.message.setText(text)

    # --- the finished report -------------------------------------------------------------

    def print_report(self) -> None:
        printer = pdf_preview.ask_printer(self, self.preview.page_count())
        if printer is not None:
            pdf_preview.print_pdf(self.preview.pdf, printer)

    def save_report(self) -> None:
        name = report_names()[self.kind.currentData()]
        suggested = str(Path.home() / f"{name} {format_date(self.registry.today())}.pdf")
        path = ask_save_path(self, suggested)
        if not path:
            return
        try:
            Path(path).write_bytes(self.preview.data)
        except OSError as exc:
            errors.tell(self, _("The report was not saved"),
                        _("Cannot write {path}: {reason}").format(
                            path=path, reason=os_reason(exc).render(None)))
            return
        self._say(_("Saved to {path}").format(path=path))

    def done(self, result: int) -> None:
        """Esc, Close and the window's close button all end here. A running build is cancelled
        and waited for (it stops at its next step): the dialog is deleted on close and must not
        take a running thread with it."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().done(result)
