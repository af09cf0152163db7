"""Import from a press release: paste or open a text, let the program propose the meeting and
one draft per signed document, review each beside the words it came from, and import the
accepted ones in one transaction. Nothing is written before "Import" is confirmed. A document
already in the registry is marked with the record it repeats and left unticked; the import
ends with a summary of what was added and what was left out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout,
                               QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QProgressBar, QPushButton, QSplitter,
                               QStackedWidget, QTextEdit, QVBoxLayout, QWidget)

from app.settings import Settings
from i18n import _, get_language
from importers.press_release import (CountryIndex, ProposedImport, apply_import, count_note,
                                     match_import, parse_press_release, read_text)
from models.errors import RegistryError, ValidationError
from models.records import MeetingDraft
from models.registry import Registry
from models.vocabulary import MEETING_KINDS
from ui.duplicates import describe
from ui.import_document import CheckedEntryDelegate, DocumentPanel, entry_label, entry_text
from ui.import_summary import ImportSummary
from models.dates import format_date
from ui.date_field import ERROR_COLOUR, link_precision
from ui.widgets import DATE_PRECISIONS, OptionalDateEdit, VocabularyCombo, fit_to_screen
from ui import errors
from ui.workers import Task

INPUT, REVIEW, SUMMARY = range(3)

_HIGHLIGHT = QColor("#fff2a8")


def ask_text_file(parent: QWidget) -> str:
    """The text file to open ("" when cancelled). (Tests replace this.)"""
    path, _filter = QFileDialog.getOpenFileName(parent, _("Open a press release"), "",
                                                _("Text files (*.txt);;All files (*)"))
    return path


class ImportTextDialog(QDialog):
    """Emits `imported(ids)` with the new instruments' ids once the import is written,
    `open_requested(id)` for a record on file the clerk wants to see and `show_requested(ids)`
    for the records of the text to be listed."""

    imported = Signal(list)
    open_requested = Signal(int)
    show_requested = Signal(list)

    def __init__(self, registry: Registry, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.registry = registry
        self.settings = settings
        self.lang = get_language()
        self.proposal: ProposedImport | None = None
        self.current = -1
        self.task: Task | None = None
        self.countries = registry.countries()
        self.index = CountryIndex(self.countries)
        self.document = DocumentPanel(self.countries, self.lang)
        self.document.open_requested.connect(self.open_requested)
        self.setWindowTitle(_("Import from a press release"))
        fit_to_screen(self, 1280, 820)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._input_page())
        self.pages.addWidget(self._review_page())
        self.pages.addWidget(self._summary_page())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("problems")
        self.message.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)

    # --- page 1: the text -------------------------------------------------------------------

    def _input_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(_("Paste the text of a press release or a news item that reports a meeting "
                        "and the documents signed there, or open a text file. The program "
                        "proposes the meeting and the documents; you check them before anything "
                        "is saved."))
        hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(_("Text of the press release"))
        self.text.textChanged.connect(self._update_analyse)
        self.open_button = QPushButton(_("Open file…"))
        self.open_button.clicked.connect(self.open_file)
        self.analyse_button = QPushButton(_("Analyse the text"))
        self.analyse_button.setDefault(True)
        self.analyse_button.setEnabled(False)
        self.analyse_button.clicked.connect(self.analyse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        close = QPushButton(_("Cancel"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.busy, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.analyse_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        return page

    def _update_analyse(self) -> None:
        self.analyse_button.setEnabled(bool(self.text.toPlainText().strip()) and
                                       self.task is None)

    def open_file(self) -> None:
        path = ask_text_file(self)
        if not path:
            return
        try:
            self.text.setPlainText(read_text(path))
        except RegistryError as exc:
            errors.show_registry_error(self, exc)

    def analyse(self) -> None:
        """Parse the text and match it to the registry, off the GUI thread."""
        text = self.text.toPlainText()
        if not text.strip() or self.task is not None:
            return
        registry, index, today = self.registry, self.index, self.registry.today()

        def work(progress):
            proposal = parse_press_release(text, today, index)
            match_import(registry, proposal, index)
            return proposal

        self.message.clear()
        self.busy.setVisible(True)
        self.analyse_button.setEnabled(False)
        self.task = Task(work, self)
        self.task.succeeded.connect(self._show_proposal)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._task_done)
        self.task.start()

    def _task_done(self) -> None:
        self.task = None
        self.busy.setVisible(False)
        self.import_button.setEnabled(True)
        self._update_analyse()

    def _failed(self, exc) -> None:
        if isinstance(exc, ValidationError):
            self.message.setText(exc.message())
        elif isinstance(exc, RegistryError):
            errors.show_registry_error(self, exc)
        else:
            errors.report_exception(exc)

    # --- page 3: the summary ----------------------------------------------------------------

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary = ImportSummary()
        self.summary.show_requested.connect(self._show_them)
        close = QPushButton(_("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary, 1)
        layout.addLayout(buttons)
        return page

    def _show_them(self, ids: list) -> None:
        self.show_requested.emit(ids)
        self.accept()

    def _show_summary(self, added: list[int]) -> None:
        chosen = set(self.accepted())
        skipped = [(entry_text(item.draft, self.lang), item.duplicate)
                   for n, item in enumerate(self.proposal.instruments)
                   if item.duplicate is not None and n not in chosen]
        self.summary.set_result(added, skipped)
        self.pages.setCurrentIndex(SUMMARY)

    # --- page 2: the review -----------------------------------------------------------------

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.meeting_box = QGroupBox(_("Meeting (the documents are linked to it)"))
        self.meeting_box.setCheckable(True)
        self.meeting_title = QLineEdit()
        self.meeting_kind = VocabularyCombo(MEETING_KINDS)
        self.meeting_date = OptionalDateEdit(partial=True)  # its first day, or month, or year
        self.meeting_precision = QComboBox()
        for code, label in DATE_PRECISIONS:
            self.meeting_precision.addItem(_(label), code)
        link_precision(self.meeting_date, self.meeting_precision)
        self.meeting_end = OptionalDateEdit()
        self.meeting_end.edit.setPlaceholderText(_("same day"))
        self.meeting_precision.currentIndexChanged.connect(self._meeting_precision_chosen)
        self.meeting_date.date_changed.connect(lambda _d: self._ask_for_date())
        self.meeting_box.toggled.connect(lambda _on: self._ask_for_date())
        self.date_request = QLabel()  # the text gives no date (or no year): the clerk's turn
        self.date_request.setWordWrap(True)
        self.date_request.setObjectName("date_request")
        self.date_request.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.use_report_date = QPushButton()  # the report's own date, offered, never assumed
        self.use_report_date.setObjectName("use_report_date")
        self.use_report_date.clicked.connect(self._take_report_date)
        self.meeting_city = QLineEdit()
        self.meeting_venue = QLineEdit()
        self.meeting_participants = QLineEdit()
        self.meeting_note = QLabel()
        self.meeting_note.setWordWrap(True)
        left = QFormLayout()
        left.addRow(_("Title"), self.meeting_title)
        left.addRow(_("Kind"), self.meeting_kind)
        when = QHBoxLayout()
        when.addWidget(self.meeting_date)
        when.addWidget(self.meeting_precision)
        when.addStretch(1)
        left.addRow(_("Date"), when)
        until = QHBoxLayout()  # a date needs no half a window
        until.addWidget(self.meeting_end)
        until.addStretch(1)
        left.addRow(_("End date"), until)
        right = QFormLayout()
        right.addRow(_("City"), self.meeting_city)
        right.addRow(_("Venue"), self.meeting_venue)
        right.addRow(_("Participants"), self.meeting_participants)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        box = QVBoxLayout(self.meeting_box)
        box.addLayout(row)
        request = QHBoxLayout()
        request.addWidget(self.date_request, 1)
        request.addWidget(self.use_report_date, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(request)
        box.addWidget(self.meeting_note)

        self.documents = QListWidget()
        self.documents.setWordWrap(True)
        self.documents.setItemDelegate(CheckedEntryDelegate(self.documents))
        self.documents.setSpacing(2)
        self.documents.setAlternatingRowColors(True)  # where one title ends and the next begins
        self.documents.setTextElideMode(Qt.ElideNone)
        self.documents.setResizeMode(QListView.Adjust)  # rows as tall as their wrapped text
        self.documents.setAccessibleName(_("Documents found"))
        self.documents.currentRowChanged.connect(self._show_document)
        self.documents.itemChanged.connect(self._update_count)
        self.count = QLabel()
        documents = QWidget()
        documents_layout = QVBoxLayout(documents)
        documents_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(_("Documents found: tick those to import"))
        heading.setWordWrap(True)
        documents_layout.addWidget(heading)
        documents_layout.addWidget(self.documents, 1)
        documents_layout.addWidget(self.count)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(documents)
        splitter.addWidget(self.document)
        splitter.addWidget(self._source_view())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([300, 560, 400])
        splitter.setChildrenCollapsible(False)

        back = QPushButton(_("Back to the text"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(INPUT))
        self.import_button = QPushButton(_("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.confirm_import)
        cancel = QPushButton(_("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(page)
        layout.addWidget(self.meeting_box)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return page

    def _source_view(self) -> QWidget:
        self.source = QTextEdit()
        self.source.setReadOnly(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(_("Where it comes from in the text"))
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.source, 1)
        return box

    def _show_proposal(self, proposal: ProposedImport) -> None:
        self.proposal = proposal
        self.current = -1
        m = proposal.meeting
        self.meeting_box.setChecked(m is not None)
        self.meeting_title.setText(m.title if m else "")
        self.meeting_kind.set_code(m.kind if m else "talks")
        precision = m.start_date_precision if m else "day"
        self.meeting_date.set_date(m.start_date if m else None, precision)
        self.meeting_precision.setCurrentIndex(
            max(0, self.meeting_precision.findData(precision)))
        self.meeting_end.set_date(m.end_date if m and m.end_date != m.start_date else None)
        self.meeting_city.setText(m.city if m else "")
        self.meeting_venue.setText(m.venue if m else "")
        self.meeting_participants.setText(m.participants if m else "")
        note = ""
        if m is not None and m.id:
            note = _("This meeting is already in the registry: the documents will be linked to "
                     "it.")
        elif m is None:
            note = _("The text names no meeting; tick the box to create one.")
        self.meeting_note.setText(note)
        self.meeting_note.setVisible(bool(note))
        self._ask_for_date()
        self.documents.blockSignals(True)
        self.documents.clear()
        for item in proposal.instruments:
            entry = QListWidgetItem(entry_label(item, self.lang))
            entry.setFlags(entry.flags() | Qt.ItemIsUserCheckable)
            entry.setCheckState(Qt.Unchecked if item.duplicate else Qt.Checked)
            if item.duplicate:
                entry.setToolTip(describe(item.duplicate))
            self.documents.addItem(entry)
        self.documents.blockSignals(False)
        self.source.setPlainText(proposal.text)
        self.document.setEnabled(bool(proposal.instruments))
        self.pages.setCurrentIndex(REVIEW)
        self._update_count()
        if proposal.instruments:
            self.documents.setCurrentRow(0)
        else:
            self.message.setText(_("No signed documents were found in the text. Documents that "
                                   "are only planned or discussed are not proposed."))

    def _update_count(self) -> None:
        chosen = len(self.accepted())
        total = self.documents.count()
        text = _("{chosen} of {total} selected").format(chosen=chosen, total=total)
        said = count_note(self.proposal) if self.proposal else ""
        if said:
            text += "; " + said
        there = sum(1 for item in (self.proposal.instruments if self.proposal else ())
                    if item.duplicate is not None)
        if there:
            text += "; " + _("{count} already in the registry").format(count=there)
        self.count.setText(text)

    def accepted(self) -> list[int]:
        return [i for i in range(self.documents.count())
                if self.documents.item(i).checkState() == Qt.Checked]

    def _show_document(self, row: int) -> None:
        self._store()
        self.current = row
        if self.proposal is None or row < 0:
            return
        item = self.proposal.instruments[row]
        self.document.show_item(item)
        self._highlight(item.start, item.end)

    def _store(self) -> None:
        """Keep what the clerk changed in the draft shown."""
        if self.proposal is None or not 0 <= self.current < len(self.proposal.instruments):
            return
        item = self.proposal.instruments[self.current]
        self.document.store(item.draft)
        entry = self.documents.item(self.current)
        if entry is not None:
            entry.setText(entry_label(item, self.lang))

    def _highlight(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.source.document())
        fmt = QTextCharFormat()
        cursor.select(QTextCursor.Document)
        cursor.setCharFormat(fmt)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        fmt.setBackground(_HIGHLIGHT)
        cursor.setCharFormat(fmt)
        view = QTextCursor(self.source.document())
        view.setPosition(end)
        self.source.setTextCursor(view)
        view.setPosition(start)
        self.source.setTextCursor(view)

    def _meeting(self):
        m = self.proposal.meeting if self.proposal else None
        if not self.meeting_box.isChecked():
            return None
        m = m or MeetingDraft()
        m.title = self.meeting_title.text().strip()
        m.kind = self.meeting_kind.code()
        m.start_date = self.meeting_date.date()
        m.start_date_precision = self.meeting_precision.currentData()
        by_day = m.start_date_precision == "day"
        m.end_date = (self.meeting_end.date() or m.start_date) if by_day else None
        m.city = self.meeting_city.text().strip()
        m.venue = self.meeting_venue.text().strip()
        m.participants = self.meeting_participants.text().strip()
        return m

    def _meeting_precision_chosen(self, _index: int) -> None:
        """A meeting known only to the month or the year has no end day."""
        by_day = self.meeting_precision.currentData() == "day"
        self.meeting_end.setEnabled(by_day)
        if not by_day:
            self.meeting_end.set_date(None)

    def _ask_for_date(self) -> None:
        """Where the text gives the meeting no date, or one without a year («12 октября»),
        say so beside the field until the clerk enters it: nothing is guessed."""
        m = self.proposal.meeting if self.proposal else None
        missing = self.proposal is not None and self.meeting_box.isChecked() and \
            not (m and m.id) and self.meeting_date.date() is None
        text = ""
        offered = self.proposal.report_date if missing else None
        if missing and self.proposal.yearless:
            text = _("The text gives the date of the meeting without a year («{words}»): enter "
                     "the date with its year.").format(words=self.proposal.yearless)
        elif offered:
            text = _("The text does not say when the documents were signed; the report itself "
                     "is dated {date}. Enter the date of the signing, or take the report's date "
                     "if they were signed that day.").format(date=format_date(offered))
        elif missing:
            text = _("The text gives no date of the meeting: enter it, at least the year.")
        self.date_request.setText(text)
        self.date_request.setVisible(bool(text))
        self.use_report_date.setText(
            _("Signed on {date}").format(date=format_date(offered)) if offered else "")
        self.use_report_date.setVisible(bool(offered))

    def _take_report_date(self) -> None:
        """The clerk confirms that the documents were signed on the report's day."""
        self.meeting_precision.setCurrentIndex(self.meeting_precision.findData("day"))
        self.meeting_date.set_date(self.proposal.report_date, "day")

    # --- importing --------------------------------------------------------------------------

    def confirm_import(self) -> None:
        if self.proposal is None or self.task is not None:
            return
        self._store()
        chosen = self.accepted()
        meeting = self._meeting()
        if not chosen and any(item.duplicate for item in self.proposal.instruments):
            self._show_summary([])  # everything is on file already: nothing to import
            return
        if not chosen:
            self.message.setText(_("Tick at least one document to import."))
            return
        if meeting is not None and meeting.id is None and meeting.start_date is None:
            self._ask_for_date()
            self.message.setText(self.date_request.text())
            self.meeting_date.setFocus()
            return  # (apply_import would refuse it too)
        if meeting is not None and meeting.id is None:
            meeting.countries = sorted({p.country for n in chosen
                                        for p in self.proposal.instruments[n].draft.parties
                                        if p.country})
        text = _("Import {count} document(s) into the registry?").format(count=len(chosen))
        again = sum(1 for n in chosen if self.proposal.instruments[n].duplicate is not None)
        if again:
            text += "\n" + _("{count} of them are already in the registry: they will be there "
                             "twice.").format(count=again)
        if meeting is not None and meeting.id is None:
            text += "\n" + _("The meeting “{title}” will be created.").format(title=meeting.title)
        if not errors.ask(self, _("Import"), text, _("Import")):
            return
        proposal = ProposedImport(self.proposal.text, meeting, self.proposal.instruments)
        registry = self.registry
        self.message.clear()
        self.import_button.setEnabled(False)
        self.busy.setVisible(True)
        self.task = Task(lambda progress: apply_import(registry, proposal, chosen), self)
        self.task.succeeded.connect(self._imported)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._task_done)
        self.task.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.source.ensureCursorVisible()  # the passage of the document shown stays in view
        if self.documents.currentItem() is not None:
            self.documents.scrollToItem(self.documents.currentItem())

    def _imported(self, ids: list) -> None:
        self.imported.emit(list(ids))
        self._show_summary(list(ids))
