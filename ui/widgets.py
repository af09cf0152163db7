"""Widgets shared by the lists, the filter bar and the editors: a combo of one vocabulary, a
searchable country combo, a date field that may stay empty, the status colours with a badge
that shows a status by colour and by text, and the validating dialog both editors build on."""

from __future__ import annotations

import html

from PySide6.QtCore import QCollator, QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QGuiApplication, QKeySequence, QPalette,
                           QShortcut)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter,
                               QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel,
                               QLineEdit, QListView, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget)

from i18n import _, get_language
from models.errors import RegistryError, ValidationError
from models.conflicts import Conflict
from models.locking import Busy
from models.records import CountryView
from models.vocabulary import STATUSES, Vocabulary
from ui import errors
from ui.date_field import OptionalDateEdit, calendar_locale, parse_date  # noqa: F401 (shared)

STATUS_COLOURS = {
    "signed": "#e0a100",  # amber: signed, waiting
    "internal_procedures": "#1e6bc4",  # blue: work in progress at home
    "provisionally_applied": "#00897b",  # teal
    "in_force": "#2e7d32",  # green
    "suspended": "#ef6c00",  # orange
    "expired": "#8a8a8a",  # grey
    "terminated": "#8d5f5f",  # red-grey
    "superseded": "#7d6b91",  # purple-grey
}
UNKNOWN_COLOUR = "#9e9e9e"
# How exactly a date of signature is known (English ids, translated where shown).
DATE_PRECISIONS = (("day", "Exact date"), ("month", "Month and year only"),
                   ("year", "Year only"))
SEARCH_DELAY_MS = 250  # a search runs once typing pauses this long, not at every key
SEARCH_ROLE = Qt.UserRole + 1  # a country's name, abbreviation and code, for the completer
ERROR_COLOUR = "#c62828"


def after_typing(edit: QLineEdit, run) -> QTimer:
    """Call `run` once the user pauses typing in `edit` (SEARCH_DELAY_MS)."""
    timer = QTimer(edit, singleShot=True, interval=SEARCH_DELAY_MS)
    timer.timeout.connect(run)
    edit.textChanged.connect(timer.start)
    return timer


def status_colour(status_code: str | None) -> QColor:
    return QColor(STATUS_COLOURS.get(status_code or "", UNKNOWN_COLOUR))


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    lum = (0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
           + 0.0722 * channel(background.blueF()))
    return QColor("#1a1a1a") if lum > 0.3 else QColor("#ffffff")


class StatusBadge(QLabel):
    """A derived status as a coloured pill with its name in the user's language."""

    def __init__(self, status_code: str | None = None, parent=None):
        super().__init__(parent)
        self.status = ""
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.set_status(status_code)

    def set_status(self, status_code: str | None) -> None:
        self.status = status_code or ""
        label = STATUSES.label(self.status, get_language()) if self.status else "—"
        back = status_colour(self.status)
        self.setText(label)
        self.setAccessibleName(label)
        self.setStyleSheet(
            f"QLabel {{ background: {back.name()}; color: {text_colour_on(back).name()};"
            " border-radius: 9px; padding: 3px 10px; font-weight: bold; }")


class VocabularyCombo(QComboBox):
    """The terms of one vocabulary by their labels in the current language; `code()` is the
    chosen code ("" for the empty choice)."""

    code_changed = Signal(str)

    def __init__(self, vocabulary: Vocabulary, parent=None, allow_empty: bool = False,
                 empty_text: str = ""):
        super().__init__(parent)
        self.vocabulary = vocabulary
        if allow_empty:
            self.addItem(empty_text, "")
        for code, label in vocabulary.choices(get_language()):
            self.addItem(label, code)
        self.currentIndexChanged.connect(lambda _i: self.code_changed.emit(self.code()))

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str | None) -> None:
        """Choose `code`; an unknown code or None chooses the first item (the empty one)."""
        self.setCurrentIndex(max(0, self.findData(code or "")))


class NameCompleter(QCompleter):
    """Matches on a country's name, abbreviation and code (КР, KZ), but puts only its name in
    the field («Казахстан», not «Казахстан РК KZ»)."""

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802 (Qt)
        return index.data(Qt.DisplayRole) or ""


class CountryCombo(QComboBox):
    """Countries by their names in the current language. Editable: typing any part of a name
    (or its abbreviation, КР, РФ) offers the matches; leaving the field with a text that names
    no country goes back to the last choice."""

    code_changed = Signal(str)

    def __init__(self, countries: list[CountryView], parent=None, allow_empty: bool = True):
        super().__init__(parent)
        lang = get_language()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self._last = ""
        if allow_empty:
            self.addItem("", "")
        collator_key = collation_key(lang)
        for c in sorted(countries, key=lambda c: collator_key(c.name(lang))):
            self.addItem(c.name(lang), c.code)
            self.setItemData(self.count() - 1, c.official(lang), Qt.ToolTipRole)
            self.setItemData(self.count() - 1,
                             " ".join(filter(None, (c.name(lang), c.abbreviation, c.code))),
                             SEARCH_ROLE)
        self.lineEdit().setPlaceholderText(_("Type to search…"))
        completer = NameCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        completer.activated[QModelIndex].connect(self._completed)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self._index_changed)
        self.lineEdit().editingFinished.connect(self._editing_finished)

    def _completed(self, index: QModelIndex) -> None:
        found = self.findData(index.data(Qt.UserRole))
        if found >= 0:
            self.setCurrentIndex(found)
            self.setEditText(self.itemText(found))

    def _editing_finished(self) -> None:
        text = self.currentText().strip().casefold()
        if not text:
            index = self.findData("")
        else:
            index = next((i for i in range(self.count())
                          if self.itemText(i).casefold() == text
                          or (self.itemData(i) or "").casefold() == text), -1)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(self.itemText(self.currentIndex()))

    def _index_changed(self, _index: int) -> None:
        code = self.code()
        if code != self._last:
            self._last = code
            self.code_changed.emit(code)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str | None) -> None:
        index = self.findData((code or "").upper())
        self.setCurrentIndex(index if index >= 0 else max(0, self.findData("")))
        self.setEditText(self.itemText(self.currentIndex()))


def collation_key(lang: str):
    """Alphabetical order of the language (Kyrgyz Ң Ө Ү in their places, Ё after Е)."""
    collator = QCollator(_locale(lang))
    collator.setCaseSensitivity(Qt.CaseInsensitive)
    return collator.sortKey


def _locale(lang: str) -> QLocale:
    return calendar_locale(lang)


def hint_label(text: str = "") -> QLabel:
    """Grey, wrapping help text beside or under the fields it explains: the text colour three
    fifths of the way to the background, readable in light and dark themes alike (the
    palette's "mid" grey is too pale to read on the light one)."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    text_colour = palette.color(QPalette.WindowText)
    background = palette.color(QPalette.Window)
    palette.setColor(QPalette.WindowText, QColor(*(
        (3 * getattr(text_colour, part)() + 2 * getattr(background, part)()) // 5
        for part in ("red", "green", "blue"))))
    label.setPalette(palette)
    return label


class ProblemLabel(QLabel):
    """Red text under a field: what is wrong with it. Hidden while there is nothing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setWordWrap(True)
        self.hide()

    def set_problems(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


class ChosenList(QWidget):
    """Values picked one by one (sectors of an instrument, countries of a meeting): a picker,
    an Add button, and the chosen values as a wrapping list; Delete or the Remove button takes
    the selected ones off. `value_of(picker)` gives (code, label) of the picker's value, or
    None when it holds nothing to add."""

    changed = Signal()

    def __init__(self, picker: QComboBox, value_of, parent=None):
        super().__init__(parent)
        self.picker = picker
        self.value_of = value_of
        self.add_button = QPushButton(_("Add"))
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(_("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.list = QListWidget()
        self.list.setFlow(QListView.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.Adjust)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setFixedHeight(self.list.fontMetrics().height() * 3 + 14)
        self.list.setAccessibleName(_("Chosen"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(picker, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))
        if picker.isEditable():
            picker.lineEdit().returnPressed.connect(self.add_current)
        QShortcut(QKeySequence.Delete, self.list, self.remove_selected,
                  context=Qt.WidgetShortcut)

    def add_current(self) -> None:
        value = self.value_of(self.picker)
        if value and self.add(*value):
            self.changed.emit()
        if self.picker.isEditable():
            self.picker.setEditText("")

    def add(self, code: str, label: str) -> bool:
        if not code or code in self.codes():
            return False
        item = QListWidgetItem(label)
        item.setData(Qt.UserRole, code)
        self.list.addItem(item)
        return True

    def remove_selected(self) -> None:
        items = self.list.selectedItems()
        for item in items:
            self.list.takeItem(self.list.row(item))
        if items:
            self.changed.emit()

    def set_values(self, values: list[tuple[str, str]]) -> None:
        self.list.clear()
        for code, label in values:
            self.add(code, label)

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())]


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window `width` x `height`, or smaller where the screen is (a 1366x768 laptop
    with its taskbar), and let its layout shrink with it."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width() - 40), min(height, area.height() - 60)
    window.resize(width, height)


def scrolled(layout) -> QScrollArea:
    """A layout in a frameless area that scrolls when the window is too small for it."""
    inner = QWidget()
    inner.setLayout(layout)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setFocusPolicy(Qt.NoFocus)  # a Tab stop that shows nothing: Tab goes to the fields
    scroll.setWidget(inner)
    return scroll


class DownToList(QObject):
    """Down (or Page Down) in a search box moves to the list of results, its first row chosen
    when none is: then Enter opens it, as a double click does."""

    def __init__(self, edit: QLineEdit, table: QAbstractItemView):
        super().__init__(edit)
        self.table = table
        edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Down, Qt.Key_PageDown):
            model = self.table.model()
            if model is None or model.rowCount() == 0:
                return False
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(model.index(0, 0))
            self.table.setFocus(Qt.TabFocusReason)
            return True
        return False


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab moves through `widgets` in this order (the order of the form)."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel: what to do with changes not yet saved."""
    return QMessageBox.question(
        parent, _("Unsaved changes"), _("The changes have not been saved. Save them?"),
        QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)


class RecordDialog(QDialog):
    """What the instrument and meeting editors share: validation as the clerk types (after a
    short pause), each problem shown under its field and summed up beside the buttons, Save
    enabled only while the record is valid, Ctrl+S, and a question before unsaved changes are
    closed away (Esc, Close, the window's ×).

    Subclasses build the form and implement `draft`, `problems`, `write` and `has_pending`,
    register each field's ProblemLabel with `problem_label(field, tab)`, and call
    `field_changed(field)` from every input's change signal."""

    saved = Signal(int)
    VALIDATE_DELAY_MS = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self._labels: dict[str, list[ProblemLabel]] = {}
        self._tabs_of: dict[str, int] = {}
        self.tabs: QTabWidget | None = None
        self.first_field: QWidget | None = None  # where the cursor is when the form opens
        self._opened = False
        self._tab_texts: list[str] = []
        self._touched: set[str] = set()
        self._show_all = False
        self._baseline = None
        self.current_problems: list = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.revalidate)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.summary.linkActivated.connect(lambda _link: self.show_all_problems())
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.button(QDialogButtonBox.Close).clicked.connect(self.reject)
        self.save_button.setToolTip(_("Save (Ctrl+S)"))
        QShortcut(QKeySequence.Save, self, self.save)

    # --- for subclasses -------------------------------------------------------------------

    def draft(self):
        raise NotImplementedError

    def problems(self, draft) -> list:
        """Every problem of `draft` (models.errors.Problem), in the order of the form."""
        raise NotImplementedError

    def write(self, draft, overriding: Conflict | None = None) -> int:
        """Save through the registry (`overriding`: the conflict the clerk decided to save
        over); returns the record's id (raises RegistryError)."""
        raise NotImplementedError

    TABLE = ""  # which records: "instrument", "meeting"

    def detail(self):
        """The record as the registry holds it now (its InstrumentDetail, MeetingDetail)."""
        raise NotImplementedError

    def stored(self):
        """The record as the registry holds it now, as a draft (after a conflict)."""
        return self.detail().to_draft()

    def reload(self) -> None:
        """Show the record as the registry holds it now, the form clean."""
        self._load(self.detail())
        self.mark_clean()

    def meeting_title(self, meeting_id: int) -> str:
        return str(meeting_id)

    def has_pending(self) -> bool:
        """Something added that is written only with the record (links, files of a new one)."""
        return False

    def before_write(self, draft) -> bool:
        """Hook: a last question before a valid record is written (is it already there?);
        False keeps the form as it is, unsaved."""
        return True

    def is_new(self) -> bool:
        raise NotImplementedError

    def problem_label(self, field: str, tab: int = 0) -> ProblemLabel:
        label = ProblemLabel()
        self._labels.setdefault(field, []).append(label)
        self._tabs_of.setdefault(field, tab)
        return label

    def field_changed(self, field: str | None = None) -> None:
        if field:
            self._touched.add(field)
        self._timer.start()

    def mark_clean(self) -> None:
        """The form as it is now is what the registry holds."""
        self._baseline = self.draft()
        self._touched.clear()
        self._show_all = not self.is_new()
        if self.tabs is not None:
            self._tab_texts = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        self.revalidate()

    def registry_write(self, fn):
        """Run the registry write `fn` (see ui.waiting): the summary beside the buttons says
        when it waits for another clerk's change."""
        from ui.waiting import patiently

        return patiently(self, fn, self._news)

    def _news(self, text: str) -> None:
        if text:
            self.summary.setText(f"<b>{html.escape(text)}</b>")
            self.summary.setToolTip("")
        else:
            self._show(self.current_problems)

    def tell_refused(self, head: str, refused: list[str]) -> None:
        """After a first save: what of the links and files waiting for it was refused."""
        if refused:
            errors.tell(self, _("Saved, with exceptions"), head + "\n" + "\n".join(refused))

    # --- state ----------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.draft() != self._baseline or self.has_pending()

    def revalidate(self) -> None:
        self._timer.stop()
        draft = self.draft()
        self.current_problems = self.problems(draft)
        self._show(self.current_problems)
        dirty = draft != self._baseline or self.has_pending()
        self.save_button.setEnabled(not self.current_problems and (dirty or self.is_new()))
        self.after_validation(draft)

    def after_validation(self, draft) -> None:
        """Hook: refresh what depends on the draft (the status preview)."""

    def show_all_problems(self) -> None:
        self._show_all = True
        self._show(self.current_problems)

    def _show(self, problems: list) -> None:
        lang = get_language()
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field if p.field in self._labels else "", []).append(
                p.message(lang))
        visible = lambda f: self._show_all or f in self._touched  # noqa: E731
        for field, labels in self._labels.items():
            messages = by_field.get(field, []) if visible(field) else []
            for label in labels:
                label.set_problems(messages)
                label.setToolTip("\n".join(messages))
        self._mark_tabs({self._tabs_of[f] for f in by_field if f in self._tabs_of})
        if not problems:
            self.summary.setText("")
            self.summary.setToolTip("")
            return
        other = by_field.get("", [])
        text = _("{count} problem(s) to fix before saving.").format(count=len(problems))
        if not self._show_all:
            text += f' <a href="#show">{_("Show them")}</a>'
        lines = "<br>".join(html.escape(m) for m in other)
        self.summary.setText(f'<span style="color:{ERROR_COLOUR}">{text}'
                             + (f"<br>{lines}" if other else "") + "</span>")
        self.summary.setToolTip("\n".join(p.message(lang) for p in problems))

    def _mark_tabs(self, tabs_with_problems: set[int]) -> None:
        if self.tabs is None or not self._tab_texts:
            return
        bar = self.tabs.tabBar()
        for i, text in enumerate(self._tab_texts):
            bad = i in tabs_with_problems
            self.tabs.setTabText(i, f"{text} ⚠" if bad else text)
            bar.setTabTextColor(i, QColor(ERROR_COLOUR) if bad else QColor())

    # --- saving and closing ---------------------------------------------------------------

    def save(self) -> bool:
        """Save if valid; True when the record was written."""
        self.revalidate()
        if self.current_problems:
            self.show_all_problems()
            return False
        draft, overriding = self.draft(), None
        if not self.before_write(draft):
            return False
        try:
            while True:
                try:
                    record_id = self.write(draft, overriding) if overriding else \
                        self.write(draft)
                    break
                except Conflict as exc:
                    draft = self._resolve(exc, draft)
                    if draft is None:
                        return False
                    overriding = exc
        except ValidationError as exc:
            self.current_problems = exc.problems
            self.show_all_problems()
            self.save_button.setEnabled(False)
            return False
        except Busy:  # the clerk chose not to wait longer: the form stays as it is
            return False
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return False
        self.saved.emit(record_id)
        return True

    def _resolve(self, conflict: Conflict, mine):
        """Another clerk saved the record since it was opened here: show both versions and
        let the clerk choose. The draft to save over theirs, or None (nothing more to save:
        theirs was taken, or the clerk went back to the form)."""
        from ui.conflict_dialog import settle

        return settle(self, self.registry, conflict, self._baseline, mine, self.stored,
                      self.reload, self.TABLE, self.meeting_title)

    def reject(self) -> None:
        """Close, asking first when there are unsaved changes (Esc, Close, the ×)."""
        if self.is_dirty():
            answer = ask_unsaved(self)
            if answer == QMessageBox.Cancel or (answer == QMessageBox.Save and not self.save()):
                return
        self._baseline = self.draft()
        super().reject()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        """The cursor in the first field (the title), not on the tabs: typing goes in."""
        super().showEvent(event)
        if not self._opened and self.first_field is not None:
            self._opened = True
            if self.tabs is None or self.tabs.currentIndex() == 0:  # not opened at a tab
                self.first_field.setFocus(Qt.OtherFocusReason)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        """Enter in a field neither saves nor closes (QDialog would press Save); Ctrl+S saves."""
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        if self.is_dirty():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
