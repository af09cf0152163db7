"""Another clerk saved the record while this one edited it: their version next to mine, field
by field, and the choice: keep mine (their other changes stay), take theirs (mine goes to the
history, not lost), or go back to the form.

    choice = ConflictDialog(conflict, diffs, "instrument", parent).choose()
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from i18n import _, get_language
from models.conflicts import (Conflict, Difference, differences, discarded, merge, snapshot,
                              when_text)
from models.vocabulary import MEETING_KINDS, MEETING_LEVELS, ORGANISATION_KINDS
from ui import errors
from ui.editor.history import field_name, value_text
from ui.widgets import fit_to_screen

KEEP_MINE, TAKE_THEIRS, BACK = "keep", "theirs", "back"
BOTH_COLOUR = QColor("#fff3cd")  # a field both clerks changed
FIELD, THEIRS, MINE = range(3)
# Fields of meetings and organisations the history's labels do not name.
LABELS = {
    "city": "City", "venue": "Venue", "participants": "Participants",
    "countries": "Countries", "source_url": "Source (link)", "short_name": "Short name",
    "name_ky": "Name in Kyrgyz", "name_en": "Name in English", "follow_ups": "Instructions",
}
VOCABULARIES = {("meeting", "kind"): MEETING_KINDS, ("meeting", "level"): MEETING_LEVELS,
                ("organisation", "kind"): ORGANISATION_KINDS}


def label(field: str) -> str:
    return _(LABELS[field]) if field in LABELS else field_name(field)


def describe(table: str, field: str, value, meeting_title: Callable[[int], str] = str) -> str:
    """A value as the clerk reads it in the form."""
    lang = get_language()
    if value is None or value == "" or value == []:
        return "—"
    vocabulary = VOCABULARIES.get((table, field))
    if vocabulary is not None:
        return vocabulary.label(value, lang)
    if field == "meeting_id":
        return meeting_title(value)
    if isinstance(value, list) and field in ("parties", "events", "countries", "sectors",
                                             "follow_ups"):
        return "\n".join(value_text(field, [v], lang) for v in value)
    return value_text(field, value, lang)


class ConflictDialog(QDialog):
    def __init__(self, conflict: Conflict, diffs: list[Difference], table: str, parent=None,
                 meeting_title: Callable[[int], str] = str):
        super().__init__(parent)
        self.choice = BACK
        self.setWindowTitle(_("Another user saved this record"))
        who = _("{user}, {when}").format(user=conflict.user or "?",
                                         when=when_text(conflict.at))
        head = QLabel(conflict.message())
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: bold;")
        explain = QLabel(_("The fields below differ between their version and yours. «Keep "
                           "mine» saves your values over theirs; what they changed and you did "
                           "not stays as they saved it. «Take theirs» shows their version; what "
                           "you typed is kept in the history."))
        explain.setWordWrap(True)

        self.table = QTableWidget(len(diffs), 3)
        self.table.setHorizontalHeaderLabels(
            [_("Field"), _("Their version ({who})").format(who=who), _("Your version")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(THEIRS, QHeaderView.Stretch)
        header.setSectionResizeMode(MINE, QHeaderView.Stretch)
        bold = QFont()
        bold.setBold(True)
        for row, d in enumerate(diffs):
            theirs = describe(table, d.field, d.theirs, meeting_title)
            if d.i_changed:
                mine = describe(table, d.field, d.mine, meeting_title)
            else:
                mine = _("(not changed by you: their value stays)")
            cells = (label(d.field) + (" ⚠" if d.both_changed else ""), theirs, mine)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignTop | Qt.AlignLeft)
                item.setToolTip(text)
                if d.both_changed:
                    item.setBackground(BOTH_COLOUR)
                    if col == FIELD:
                        item.setFont(bold)
                if col == MINE and not d.i_changed:
                    item.setForeground(QColor("#666666"))
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        both = sum(d.both_changed for d in diffs)
        note = QLabel(_("⚠ both of you changed this field: {n}").format(n=both) if both
                      else _("You changed different fields: keeping yours loses none of "
                             "theirs."))
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.keep_button = self._button(_("Keep mine"), QDialogButtonBox.AcceptRole, KEEP_MINE)
        self.theirs_button = self._button(_("Take theirs"), QDialogButtonBox.DestructiveRole,
                                          TAKE_THEIRS)
        self.back_button = self._button(_("Back to editing"), QDialogButtonBox.RejectRole, BACK)
        self.back_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        fit_to_screen(self, 900, min(640, 300 + rows))  # no empty table under a few rows

    def _button(self, text: str, role, choice: str) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != BACK else self.reject()

    def choose(self) -> str:
        """Show the dialog (modal) and return KEEP_MINE, TAKE_THEIRS or BACK."""
        self.exec()
        return self.choice


def settle(parent, registry, conflict: Conflict, base, mine, stored: Callable[[], object],
           reload: Callable[[], None], table: str,
           meeting_title: Callable[[int], str] = str):
    """What an editor does when its save meets `conflict`: the draft to save over theirs
    (mine merged into theirs: `overriding` the conflict), or None when there is nothing more
    to save (the clerk took theirs: mine went to the audit log and `reload()` shows theirs;
    or went back to the form; or the record is in the trash, which the clerk is told).
    `base` is the form as it was loaded, `stored()` reads theirs."""
    from ui.waiting import patiently

    if conflict.deleted:
        errors.tell(parent, _("Another user's change"), conflict.message() + "\n" + _(
            "What you typed is still in the form; restore the record from the trash to save "
            "it."))
        return None
    theirs = stored()
    diffs = differences(snapshot(base), snapshot(mine), snapshot(theirs))
    choice = resolve(parent, conflict, diffs, table, meeting_title) if diffs else KEEP_MINE
    if choice == KEEP_MINE:
        return merge(base, mine, theirs)
    if choice == TAKE_THEIRS:
        lost = discarded(base, mine, theirs)
        if lost:
            patiently(parent, lambda: registry.note_discarded(conflict, lost))
        reload()
    return None


def resolve(parent, conflict: Conflict, diffs: list[Difference], table: str,
            meeting_title: Callable[[int], str] = str) -> str:
    """Ask the clerk (the editors call this; tests may answer in its place)."""
    dialog = ConflictDialog(conflict, diffs, table, parent, meeting_title)
    try:
        return dialog.choose()
    finally:
        dialog.deleteLater()
