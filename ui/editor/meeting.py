"""The meeting editor: talks, visits, summits and commission sessions, the documents signed at
them, the follow-up instructions given there, and their files. "New instrument" starts an
instrument already dated, placed and with the counterpart's country filled in from the
meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from app.settings import Settings
from i18n import _, get_language
from models.dates import format_date, span_date
from models.errors import problem
from models.records import InstrumentDraft, MeetingDetail, MeetingDraft, PartyDraft
from models.registry import Registry
from models.validation import validate_meeting
from models.vocabulary import KINDS, MEETING_KINDS, MEETING_LEVELS, STATUSES
from ui.editor.attachments import AttachmentsPanel
from ui.editor.follow_ups import FollowUpsEditor
from ui.editor.fields import caption_alignment, one_line, text_box
from ui.editor.instrument import InstrumentEditor
from ui.instruments_model import status_icon
from ui.list_model import configure_table
from ui.own_language import title_of
from ui.date_field import link_precision
from ui.widgets import (DATE_PRECISIONS, ChosenList, CountryCombo, OptionalDateEdit,
                        RecordDialog, VocabularyCombo, chain_tab_order, fit_to_screen,
                        hint_label)

MEETING, DOCUMENTS, FOLLOW_UPS, FILES = range(4)
NUMBER, TITLE, KIND, STATUS = range(4)


class MeetingEditor(RecordDialog):
    def __init__(self, registry: Registry, settings: Settings, meeting_id: int | None = None,
                 parent=None):
        super().__init__(parent)
        self.registry = registry
        self.settings = settings
        self.meeting_id = meeting_id
        self._uuid: str | None = None
        self._row_version: int | None = None  # the version the form was loaded from
        self._instrument_ids: list[int] = []
        self._build()
        if meeting_id is not None:
            self._load(registry.meeting(meeting_id))
        else:
            self.kind.set_code("talks")
            self._show_heading(None)
        self.mark_clean()
        fit_to_screen(self, 1000, 680)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = text_box(2)
        self.title.setPlaceholderText(_("e.g. Talks of the Presidents of the Kyrgyz Republic "
                                        "and the Russian Federation"))
        self.kind = VocabularyCombo(MEETING_KINDS)
        self.level = VocabularyCombo(MEETING_LEVELS, allow_empty=True,
                                     empty_text=_("— not set —"))
        self.start = OptionalDateEdit(partial=True)  # «в декабре 2021 года»: the month only
        self.precision = QComboBox()
        for code, label in DATE_PRECISIONS:
            self.precision.addItem(_(label), code)
        link_precision(self.start, self.precision)
        self.start_row = QWidget()
        start_row = QHBoxLayout(self.start_row)
        start_row.setContentsMargins(0, 0, 0, 0)
        start_row.addWidget(self.start)
        start_row.addWidget(self.precision)
        self.start_row.setFocusProxy(self.start)
        self.end = OptionalDateEdit()
        self.end.edit.setPlaceholderText(_("same day"))
        self.precision.currentIndexChanged.connect(self._precision_chosen)
        self.city = QLineEdit()
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(_("e.g. State residence «Ынтымак Ордо»"))
        self.countries = ChosenList(CountryCombo(self.registry.countries(), allow_empty=True),
                                    lambda c: (c.code(), c.currentText()) if c.code() else None)
        self.participants = text_box(3)
        self.notes = text_box(4)
        self.notes.setPlaceholderText(_("What was discussed, figures named…"))
        self.source = QLineEdit()
        self.source.setPlaceholderText("https://")
        self.open_source = QPushButton(_("Open"))
        self.open_source.setAutoDefault(False)
        self.open_source.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl(self.source.text().strip())))
        self.attachments = AttachmentsPanel(self.registry, "meeting")
        self.follow_ups = FollowUpsEditor()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._form_tab(), _("Meeting"))
        self.tabs.addTab(self._documents_tab(), _("Documents signed"))
        self.tabs.addTab(self._follow_ups_tab(), _("Instructions"))
        self.tabs.addTab(self.attachments, _("Files"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.title.textChanged.connect(lambda: self.field_changed("title"))
        self.kind.code_changed.connect(lambda _c: self.field_changed("kind"))
        self.level.code_changed.connect(lambda _c: self.field_changed("level"))
        self.start.date_changed.connect(lambda _d: self.field_changed("start_date"))
        self.end.date_changed.connect(lambda _d: self.field_changed("end_date"))
        self.start.edited.connect(lambda _t: self.field_changed("start_date"))
        self.end.edited.connect(lambda _t: self.field_changed("end_date"))
        for edit in (self.city, self.venue, self.source):
            edit.textChanged.connect(lambda _t: self.field_changed())
        for box in (self.participants, self.notes):
            box.textChanged.connect(lambda: self.field_changed())
        self.countries.changed.connect(lambda: self.field_changed("countries"))
        self.attachments.changed.connect(self.field_changed)
        self.follow_ups.changed.connect(lambda: self.field_changed("follow_ups"))
        self.first_field = self.title
        chain_tab_order([self.title, self.kind, self.level, self.start, self.precision,
                         self.end, self.city,
                         self.venue, self.countries.picker, self.countries.add_button,
                         self.countries.list, self.participants, self.notes, self.source,
                         self.open_source])

    def _form_tab(self) -> QWidget:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        cells = (
            (_("Title:"), self.title, "title", 0, 3),
            (_("Kind:"), self.kind, "kind", 0, 1), (_("Level:"), self.level, "level", 2, 1),
            (_("Start date:"), self.start_row, "start_date", 0, 1),
            (_("End date:"), self.end, "end_date", 2, 1),
            (_("City:"), self.city, None, 0, 1), (_("Venue:"), self.venue, None, 2, 1),
            (_("Countries:"), self.countries, "countries", 0, 3),
            (_("Participants:"), self.participants, None, 0, 3),
            (_("Notes:"), self.notes, None, 0, 3),
        )
        row = 0
        for text, widget, field, col, span in cells:
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, col, caption_alignment(widget))
            narrow = widget in (self.start_row, self.end)  # a date needs no half a window
            grid.addWidget(widget, row, col + 1, 1, span,
                           Qt.AlignLeft if narrow else Qt.AlignmentFlag(0))
            if field:
                grid.addWidget(self.problem_label(field, MEETING), row + 1, col + 1, 1, span)
            if col + span >= 3:
                row += 2
        source = QHBoxLayout()
        source.addWidget(self.source, 1)
        source.addWidget(self.open_source)
        grid.addWidget(QLabel(_("Source (link):")), row, 0)
        grid.addLayout(source, row, 1, 1, 3)
        grid.setRowStretch(row + 1, 1)
        page = QWidget()
        page.setLayout(grid)
        return page

    def _follow_ups_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.follow_ups, 1)
        layout.addWidget(self.problem_label("follow_ups", FOLLOW_UPS))
        return page

    def _documents_tab(self) -> QWidget:
        self.documents = QTableWidget(0, 4)
        self.documents.setTabKeyNavigation(False)  # Tab leaves the table
        self.documents.setHorizontalHeaderLabels([_("Reg. no."), _("Title"), _("Kind"),
                                                  _("Status")])
        header = self.documents.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        for col, width in ((NUMBER, 110), (KIND, 190), (STATUS, 230)):
            self.documents.setColumnWidth(col, width)
        configure_table(self.documents)  # the look of the instrument list
        self.documents.setSelectionMode(QTableWidget.SingleSelection)
        self.documents.itemDoubleClicked.connect(
            lambda item: self.open_instrument(self._instrument_ids[item.row()]))
        self.new_button = QPushButton(_("New instrument…"))
        self.new_button.setToolTip(_("Register a document signed at this meeting: its date, "
                                     "place and counterpart are filled in"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_instrument)
        self.documents_hint = hint_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.documents_hint, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.documents, 1)
        layout.addLayout(buttons)
        return page

    def _precision_chosen(self, _index: int) -> None:
        """A meeting known only to the month or the year has no end day."""
        by_day = self.precision.currentData() == "day"
        self.end.setEnabled(by_day)
        if not by_day:
            self.end.set_date(None)
        self.field_changed("start_date")

    # --- loading --------------------------------------------------------------------------

    def _load(self, detail: MeetingDetail) -> None:
        m = detail.row
        self.meeting_id = m.id
        self._uuid = m.uuid
        self._row_version = detail.row_version
        self.title.setPlainText(m.title)
        self.kind.set_code(m.kind)
        self.level.set_code(m.level)
        self.start.set_date(m.start_date, m.start_date_precision)
        self.precision.setCurrentIndex(max(0, self.precision.findData(m.start_date_precision)))
        self.end.set_date(m.end_date if m.start_date_precision == "day" else None)
        self.city.setText(m.city)
        self.venue.setText(m.venue)
        names = {c.code: c.name(get_language()) for c in self.registry.countries()}
        self.countries.set_values([(c, names.get(c, c)) for c in m.countries])
        self.participants.setPlainText(detail.participants)
        self.notes.setPlainText(detail.notes)
        self.source.setText(detail.source_url)
        self.attachments.set_owner(m.id, detail.attachments)
        self.follow_ups.set_follow_ups(detail.follow_up_drafts(),
                                       [(r.id, f"{r.registry_number} · {title_of(r)}")
                                        for r in detail.instruments])
        self._show_documents(detail)
        self._show_heading(detail)

    def _show_heading(self, detail: MeetingDetail | None) -> None:
        saved = detail is not None
        self.setWindowTitle(_("Meeting of {date}").format(
            date=format_date(detail.row.start_date, detail.row.start_date_precision))
                            if saved else _("New meeting"))
        self.new_button.setEnabled(saved)
        self.documents_hint.setText(
            _("Double-click a document to open it.") if saved
            else _("Save the meeting first; then register the documents signed at it here."))
        count = len(detail.instruments) if saved else 0
        self.tabs.setTabText(DOCUMENTS, _("Documents signed ({count})").format(count=count))

    def _show_documents(self, detail: MeetingDetail) -> None:
        lang = get_language()
        rows = detail.instruments
        self._instrument_ids = [r.id for r in rows]
        self.documents.setRowCount(len(rows))
        for n, r in enumerate(rows):
            cells = (r.registry_number, title_of(r, lang), KINDS.label(r.kind, lang),
                     STATUSES.label(r.status, lang))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == STATUS:  # by colour and by text, as in the instrument list
                    item.setIcon(status_icon(r.status))
                self.documents.setItem(n, col, item)

    # --- documents ------------------------------------------------------------------------

    def prefill(self) -> InstrumentDraft:
        """A new instrument as signed at this meeting: its date, city and counterpart."""
        draft = self.draft()
        foreign = [c for c in draft.countries if c != self.registry.home_country]
        signed, precision = span_date(draft.start_date, draft.end_date,
                                      draft.start_date_precision)
        return InstrumentDraft(signed_date=signed, signed_date_precision=precision,
                               signed_place=draft.city,
                               meeting_id=self.meeting_id,
                               parties=[PartyDraft(country=foreign[0])] if foreign else [])

    def new_instrument(self) -> InstrumentEditor:
        return self.open_instrument(None, self.prefill())

    def open_instrument(self, instrument_id: int | None,
                        prefill: InstrumentDraft | None = None) -> InstrumentEditor:
        editor = InstrumentEditor(self.registry, self.settings, instrument_id=instrument_id,
                                  prefill=prefill, parent=self)
        editor.setAttribute(Qt.WA_DeleteOnClose)
        editor.saved.connect(self._documents_changed)
        editor.open()
        return editor

    def _documents_changed(self, _instrument_id: int) -> None:
        detail = self.registry.meeting(self.meeting_id)
        self._show_documents(detail)
        self._show_heading(detail)
        self.saved.emit(self.meeting_id)

    # --- RecordDialog ---------------------------------------------------------------------

    def is_new(self) -> bool:
        return self.meeting_id is None

    def has_pending(self) -> bool:
        return bool(self.attachments.pending)

    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            id=self.meeting_id, uuid=self._uuid, row_version=self._row_version,
            title=one_line(self.title),
            kind=self.kind.code(), level=self.level.code() or None,
            start_date=self.start.date(), start_date_precision=self.precision.currentData(),
            end_date=self.end.date() if self.precision.currentData() == "day" else None,
            city=self.city.text().strip(), venue=self.venue.text().strip(),
            countries=self.countries.codes(),
            participants=self.participants.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(), source_url=self.source.text().strip(),
            follow_ups=self.follow_ups.follow_ups())

    def problems(self, draft: MeetingDraft) -> list:
        found = validate_meeting(draft)
        for field, edit in (("start_date", self.start), ("end_date", self.end)):
            if not edit.is_valid():
                found = [p for p in found if p.field != field]
                found.append(problem(field, "“{text}” is not a date; type it as 26.11.2025.",
                                     text=edit.text()))
        return found + self.follow_ups.date_problems()

    TABLE = "meeting"

    def detail(self) -> MeetingDetail:
        return self.registry.meeting(self.meeting_id)

    def write(self, draft: MeetingDraft, overriding=None) -> int:
        new = draft.id is None
        meeting_id = self.registry_write(lambda: self.registry.save_meeting(
            draft, overriding=overriding))
        refused = self.attachments.apply_pending(meeting_id) if new else []
        self._load(self.registry.meeting(meeting_id))
        self.mark_clean()
        self.tell_refused(_("The meeting was saved, but not all of its files:"), refused)
        return meeting_id
