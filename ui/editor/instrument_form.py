"""The instrument editor's form: its widgets on tabs (the document, its parties, its status
and term, links, files, handling, history), how the fields react to each other, and the mapping
between the widgets and an `InstrumentDraft`. `InstrumentEditor` adds loading, checking and
saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from i18n import _, get_language
from models.dates import format_date, span_date
from models.derivation import internal_act, usual_internal_act
from models.records import InstrumentDraft
from models.vocabulary import CONFIDENTIALITY, INTERNAL_ACTS, KINDS, LEVELS, TEXT_LANGUAGES
from ui.date_field import link_precision
from ui.editor.attachments import AttachmentsPanel
from ui.editor.events import EventsEditor, StatusPreview
from ui.editor.fields import caption_alignment, one_line, set_spin, spin, spin_value, text_box
from ui.editor.history import HistoryView
from ui.editor.parties import PartiesEditor
from ui.editor.relations import RelationsPanel
from ui.widgets import (DATE_PRECISIONS, ChosenList, OptionalDateEdit, RecordDialog,
                        StatusBadge, VocabularyCombo, chain_tab_order, hint_label, scrolled)

DOCUMENT, PARTIES, STATUS, LINKS, FILES, HANDLING, HISTORY = range(7)
MEETINGS_LISTED = 300


class InstrumentForm(RecordDialog):
    """Needs `registry` and `instrument_id` set before `_build()`."""

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        registry = self.registry
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.heading_badge = StatusBadge()
        self.parties = PartiesEditor(registry.organisations(), registry.countries(),
                                     lambda name: registry.wording().country_of(name))
        self.events = EventsEditor()
        self.preview = StatusPreview()
        self.relations = RelationsPanel(registry)
        self.attachments = AttachmentsPanel(registry, "instrument")
        self.history = HistoryView(registry)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._document_tab(), _("Document"))
        self.tabs.addTab(self._parties_tab(), _("Parties"))
        self.tabs.addTab(self._status_tab(), _("Status and term"))
        self.tabs.addTab(self.relations, _("Links"))
        self.tabs.addTab(self.attachments, _("Files"))
        self.tabs.addTab(self._handling_tab(), _("Handling"))
        self.tabs.addTab(self.history, _("History"))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.heading_badge, 0, Qt.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._tab_order()
        self.first_field = self.title
        self.parties.changed.connect(self._parties_changed)
        self.events.changed.connect(lambda: self.field_changed("events"))
        self.relations.changed.connect(self._links_or_files_changed)
        self.attachments.changed.connect(self._links_or_files_changed)

    def _document_tab(self) -> QWidget:
        self.title = text_box(2)
        self.title_ky = text_box(2)
        self.title_en = text_box(2)
        self.title.setPlaceholderText(_("As signed, in Russian"))
        self.kind = VocabularyCombo(KINDS, allow_empty=True, empty_text=_("— choose —"))
        self.level = VocabularyCombo(LEVELS, allow_empty=True, empty_text=_("— choose —"))
        self.multilateral = QCheckBox(_("Multilateral (more than two parties)"))
        # What the instrument needs before it enters into force: it decides the status chain.
        self.act = QComboBox()
        self.act.addItem("", None)
        for code, label in INTERNAL_ACTS.choices(get_language()):
            self.act.addItem(label, code)
        self.act.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.act.setMinimumContentsLength(30)
        self.depositary = QLineEdit()
        self.depositary.setPlaceholderText(_("e.g. Secretary-General of the United Nations"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(_("given on saving"))
        self.number_hint = hint_label()
        self.signed_date = OptionalDateEdit(partial=True)
        self.precision = QComboBox()
        for code, text in DATE_PRECISIONS:
            self.precision.addItem(_(text), code)
        link_precision(self.signed_date, self.precision)
        self.place = QLineEdit()
        self.place.setPlaceholderText(_("City"))
        self.meeting = QComboBox()
        self.meeting.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setMinimumContentsLength(40)
        self.meeting.addItem(_("— not signed at a registered meeting —"), None)
        for m in self.registry.meetings(limit=MEETINGS_LISTED).rows:
            self._add_meeting(m)
        self.languages = {code: QCheckBox(label)
                          for code, label in TEXT_LANGUAGES.choices(get_language())}
        sector_picker = QComboBox()
        sector_picker.setEditable(True)
        sector_picker.setInsertPolicy(QComboBox.NoInsert)
        sector_picker.addItems(self.registry.sectors())
        sector_picker.setEditText("")
        sector_picker.lineEdit().setPlaceholderText(_("Choose or type a new sector"))
        self.sectors = ChosenList(sector_picker, lambda p: (lambda t: (t, t) if t else None)(
            " ".join(p.currentText().split())))
        self.subject = text_box(3)
        self.placeholder = QCheckBox(_("Placeholder record of an earlier instrument: details "
                                       "to be completed (parties are not required)"))

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        row = 0

        def add(label: str, widget, field: str | None = None, col: int = 0,
                span: int = 1) -> None:
            caption = QLabel(label)
            caption.setBuddy(widget if isinstance(widget, QWidget) else None)
            grid.addWidget(caption, row, col, caption_alignment(widget))
            if isinstance(widget, QWidget):
                grid.addWidget(widget, row, col + 1, 1, span)
            else:
                grid.addLayout(widget, row, col + 1, 1, span)
            if field:
                grid.addWidget(self.problem_label(field, DOCUMENT), row + 1, col + 1, 1, span)

        add(_("Title:"), self.title, "title", span=3)
        row += 2
        add(_("Title in Kyrgyz:"), self.title_ky, span=3)
        row += 1
        add(_("Title in English:"), self.title_en, span=3)
        row += 1
        add(_("Kind:"), self.kind, "kind")
        add(_("Level:"), self.level, "level", col=2)
        row += 2
        add(_("Needs ratification or approval:"), self.act, "internal_act", span=3)
        row += 2
        add(_("Registry number:"), self.number)
        grid.addWidget(self.multilateral, row, 3)
        grid.addWidget(self.number_hint, row + 1, 1, 1, 3)
        grid.addWidget(self.problem_label("registry_number", DOCUMENT), row + 2, 1, 1, 3)
        row += 3
        add(_("Depositary:"), self.depositary, "depositary", span=3)
        row += 2
        when = QHBoxLayout()
        when.addWidget(self.signed_date)
        when.addWidget(self.precision)
        when.addStretch(1)
        add(_("Date of signature:"), when, "signed_date")
        add(_("Place of signature:"), self.place, col=2)
        row += 2
        add(_("Meeting:"), self.meeting, "meeting_id", span=3)
        row += 2
        languages = QGridLayout()
        for n, box in enumerate(self.languages.values()):
            languages.addWidget(box, n // 6, n % 6)
        add(_("Languages of the texts:"), languages, "languages", span=3)
        row += 2
        add(_("Sectors:"), self.sectors, span=3)
        row += 1
        add(_("Subject:"), self.subject, span=3)
        row += 1
        grid.addWidget(self.placeholder, row, 1, 1, 3)
        grid.setRowStretch(row + 1, 1)

        for text, widget in ((self.title, "title"), (self.title_ky, None),
                             (self.title_en, None), (self.subject, None)):
            text.textChanged.connect(lambda f=widget: self.field_changed(f))
        self.kind.code_changed.connect(lambda _c: self._kind_changed())
        self.level.code_changed.connect(lambda _c: self._level_changed())
        self.multilateral.toggled.connect(self._multilateral_changed)
        self.act.currentIndexChanged.connect(lambda _i: self.field_changed("internal_act"))
        self.depositary.textChanged.connect(lambda _t: self.field_changed("depositary"))
        self.number.textChanged.connect(lambda _t: self.field_changed("registry_number"))
        self.signed_date.date_changed.connect(lambda _d: self._signed_changed())
        self.signed_date.edited.connect(lambda _t: self.field_changed("signed_date"))
        self.precision.currentIndexChanged.connect(
            lambda _i: self.field_changed("signed_date_precision"))
        self.place.textChanged.connect(lambda _t: self.field_changed("signed_place"))
        self.meeting.currentIndexChanged.connect(lambda _i: self.field_changed("meeting_id"))
        self.meeting.activated.connect(self._meeting_chosen)
        for box in self.languages.values():
            box.toggled.connect(lambda _on: self.field_changed("languages"))
        self.sectors.changed.connect(lambda: self.field_changed("sectors"))
        self.placeholder.toggled.connect(lambda _on: self.field_changed("parties"))
        return self._scrolled(grid)

    def _parties_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.parties, 1)
        layout.addWidget(self.problem_label("parties", PARTIES))
        layout.addWidget(self.problem_label("country", PARTIES))
        return page

    def _status_tab(self) -> QWidget:
        self.duration = spin(0, _("not specified"))  # unknown, never shown as "indefinite"
        self.renewal = spin(0, _("none"))
        self.notice = spin(0, _("none"))
        self.max_renewals = spin(-1, _("no limit"))
        grid = QGridLayout()
        fields = ((_("Duration, years:"), self.duration, "duration_years"),
                  (_("Renews tacitly for, years:"), self.renewal, "renewal_years"),
                  (_("Notice of non-renewal, months before:"), self.notice,
                   "renewal_notice_months"),
                  (_("Number of renewals:"), self.max_renewals, "max_renewals"))
        for n, (text, widget, field) in enumerate(fields):
            row, col = divmod(n, 2)  # two to a row: three made the editor too wide in Kyrgyz
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 2 * row, 2 * col)
            grid.addWidget(widget, 2 * row, 2 * col + 1, Qt.AlignLeft)
            if field:
                grid.addWidget(self.problem_label(field, STATUS), 2 * row + 1, 2 * col, 1, 2)
            widget.valueChanged.connect(lambda _v, f=field: self.field_changed(f))
        grid.setColumnStretch(4, 1)
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        line.setFrameShadow(QFrame.Sunken)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(grid)
        layout.addWidget(line)
        layout.addWidget(self.preview)
        layout.addWidget(self.events, 1)
        layout.addWidget(self.problem_label("events", STATUS))
        return page

    def _handling_tab(self) -> QWidget:
        self.responsible_body = QLineEdit()
        self.responsible_body.setPlaceholderText(_("The body that follows up the instrument"))
        self.responsible_clerk = QLineEdit()
        self.confidentiality = VocabularyCombo(CONFIDENTIALITY)
        self.original_location = QLineEdit()
        self.original_location.setPlaceholderText(_("Archive, box, shelf"))
        self.notes = text_box(6)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows = ((_("Responsible body:"), self.responsible_body, None),
                (_("Responsible clerk:"), self.responsible_clerk, None),
                (_("Confidentiality:"), self.confidentiality, "confidentiality"),
                (_("Where the original is kept:"), self.original_location, None),
                (_("Notes:"), self.notes, None))
        for n, (text, widget, field) in enumerate(rows):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, 2 * n, 0, caption_alignment(widget))
            grid.addWidget(widget, 2 * n, 1)
            if field:
                grid.addWidget(self.problem_label(field, HANDLING), 2 * n + 1, 1)
        grid.setRowStretch(2 * len(rows), 1)
        for edit in (self.responsible_body, self.responsible_clerk, self.original_location):
            edit.textChanged.connect(lambda _t: self.field_changed())
        self.notes.textChanged.connect(lambda: self.field_changed())
        self.confidentiality.code_changed.connect(lambda _c: self.field_changed(
            "confidentiality"))
        return self._scrolled(grid)

    def _tab_order(self) -> None:
        """Tab goes down each tab's form in reading order (set once all are in the window)."""
        chain_tab_order([self.title, self.title_ky, self.title_en, self.kind, self.level,
                         self.act, self.number, self.multilateral, self.depositary,
                         self.signed_date, self.precision,
                         self.place, self.meeting, *self.languages.values(),
                         self.sectors.picker, self.sectors.add_button, self.sectors.list,
                         self.subject, self.placeholder])
        chain_tab_order([self.duration, self.renewal, self.notice,
                         self.max_renewals, self.events.table, self.events.add_button])
        chain_tab_order([self.responsible_body, self.responsible_clerk, self.confidentiality,
                         self.original_location, self.notes])

    @staticmethod
    def _scrolled(layout) -> QScrollArea:
        return scrolled(layout)

    def _add_meeting(self, m) -> None:
        text = " — ".join(filter(None, (format_date(m.start_date, m.start_date_precision), m.title,
                                           m.city)))
        self.meeting.addItem(text, m.id)
        self.meeting.setItemData(self.meeting.count() - 1, text, Qt.ToolTipRole)

    # --- reactions ------------------------------------------------------------------------

    def _usual_act_text(self) -> None:
        """The first choice names the act this kind and level usually need."""
        usual = usual_internal_act(self.kind.code() or "", self.level.code() or "")
        self.act.setItemText(0, _("as usual for this kind and level: {act}").format(
            act=INTERNAL_ACTS.label(usual, get_language())))

    def _kind_changed(self) -> None:
        self._usual_act_text()
        self.field_changed("kind")

    def _level_changed(self) -> None:
        self.events.level = self.level.code()
        self._usual_act_text()
        self.field_changed("level")

    def _multilateral_changed(self, on: bool) -> None:
        self.events.set_multilateral(on)
        self.depositary.setEnabled(on or bool(self.depositary.text().strip()))
        self.field_changed("parties")

    def _signed_changed(self) -> None:
        self.events.signed_date = self.signed_date.date()
        self.field_changed("signed_date")

    def _parties_changed(self) -> None:
        self.events.set_party_choices(self.parties.choices())
        self.field_changed("parties")

    def _links_or_files_changed(self) -> None:
        """Written at once for a saved instrument (its history shows them), or waiting for
        the first save of a new one (the form counts as changed)."""
        if self.instrument_id is not None:
            self.history.set_instrument(self.instrument_id)
        self.field_changed()

    def _meeting_chosen(self, index: int) -> None:
        """A meeting chosen by hand gives the date and place of signature, where empty."""
        meeting_id = self.meeting.itemData(index)
        if meeting_id is None:
            return
        row = self.registry.meeting(meeting_id).row
        if self.signed_date.date() is None and not self.signed_date.text().strip():
            self.signed_date.set_date(*span_date(row.start_date, row.end_date,
                                                 row.start_date_precision))
        if not self.place.text().strip():
            self.place.setText(row.city)

    # --- widgets and drafts ----------------------------------------------------------

    def _set_draft(self, d: InstrumentDraft) -> None:
        self._uuid = d.uuid
        self._row_version = d.row_version
        self.title.setPlainText(d.title)
        self.title_ky.setPlainText(d.title_ky)
        self.title_en.setPlainText(d.title_en)
        self.kind.set_code(d.kind)
        self.level.set_code(d.level)
        self._kind_changed()
        self._level_changed()
        self.multilateral.setChecked(d.multilateral)
        self.number.setText(d.registry_number)
        self.signed_date.set_date(d.signed_date, d.signed_date_precision)
        self.precision.setCurrentIndex(max(0, self.precision.findData(d.signed_date_precision)))
        self.place.setText(d.signed_place)
        if d.meeting_id is not None and self.meeting.findData(d.meeting_id) < 0:
            self._add_meeting(self.registry.meeting(d.meeting_id).row)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(d.meeting_id)))
        for code, box in self.languages.items():
            box.setChecked(code in d.languages)
        self.sectors.set_values([(s, s) for s in d.sectors])
        self.subject.setPlainText(d.subject)
        self.placeholder.setChecked(d.is_placeholder)
        self.placeholder.setVisible(d.is_placeholder)
        self.parties.set_parties(d.parties)
        self.events.set_events(d.events or [])
        act = internal_act(d.kind, d.level, d.internal_act, d.effective_on_signature)
        explicit = None if act == usual_internal_act(d.kind, d.level) else act
        self.act.setCurrentIndex(max(0, self.act.findData(explicit)))
        self.depositary.setText(d.depositary)
        self.depositary.setEnabled(d.multilateral or bool(d.depositary))
        set_spin(self.duration, d.duration_years)
        set_spin(self.renewal, d.renewal_years)
        set_spin(self.notice, d.renewal_notice_months)
        set_spin(self.max_renewals, d.max_renewals)
        self.responsible_body.setText(d.responsible_body)
        self.responsible_clerk.setText(d.responsible_clerk)
        self.confidentiality.set_code(d.confidentiality)
        self.original_location.setText(d.original_location)
        self.notes.setPlainText(d.notes)

    def draft(self) -> InstrumentDraft:
        return InstrumentDraft(
            id=self.instrument_id, uuid=self._uuid, row_version=self._row_version,
            title=one_line(self.title),
            title_ky=one_line(self.title_ky), title_en=one_line(self.title_en),
            kind=self.kind.code(), level=self.level.code(),
            multilateral=self.multilateral.isChecked(), registry_number=self.number.text().strip(),
            signed_date=self.signed_date.date(), signed_date_precision=self.precision.currentData(),
            signed_place=self.place.text().strip(), meeting_id=self.meeting.currentData(),
            languages=[c for c, box in self.languages.items() if box.isChecked()],
            sectors=self.sectors.codes(), subject=self.subject.toPlainText().strip(),
            is_placeholder=self.placeholder.isChecked(), parties=self.parties.parties(),
            events=self.events.events(),
            internal_act=self.act.currentData(),
            depositary=self.depositary.text().strip(),
            duration_years=spin_value(self.duration), renewal_years=spin_value(self.renewal),
            renewal_notice_months=spin_value(self.notice),
            max_renewals=spin_value(self.max_renewals),
            responsible_body=self.responsible_body.text().strip(),
            responsible_clerk=self.responsible_clerk.text().strip(),
            confidentiality=self.confidentiality.code(),
            original_location=self.original_location.text().strip(),
            notes=self.notes.toPlainText().strip())
