"""Merging two records of one instrument: the clerk chooses the record that stays and, for each
field the two records hold differently, whose value it keeps; the other record's events, links
and files move to it and the other goes to the trash (restoring it from there, or Undo in the
main window, takes the merge back)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGridLayout,
                               QHBoxLayout, QLabel, QRadioButton, QScrollArea, QVBoxLayout,
                               QWidget)

from i18n import _, get_language
from models.dates import format_date
from models.errors import RegistryError, ValidationError
from models.merging import LABELS, defaults, differing, events_to_move, value
from models.records import InstrumentDetail, InstrumentDraft
from models.registry import Registry
from models.validation import FIELD_LABELS
from models.vocabulary import CONFIDENTIALITY, INTERNAL_ACTS, KINDS, LEVELS, TEXT_LANGUAGES
from ui import errors
from ui.widgets import ERROR_COLOUR, fit_to_screen, hint_label, scrolled

VOCABULARIES = {"kind": KINDS, "level": LEVELS, "confidentiality": CONFIDENTIALITY,
                "internal_act": INTERNAL_ACTS}
SHOWN_LENGTH = 400


def field_label(field: str) -> str:
    return _(FIELD_LABELS.get(field) or LABELS.get(field) or field)


class MergeDialog(QDialog):
    """Emits `merged(result)` (models.records.MergeResult) once the merge is written."""

    merged = Signal(object)

    def __init__(self, registry: Registry, first_id: int, second_id: int, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.lang = get_language()
        self.details: list[InstrumentDetail] = [registry.instrument(first_id),
                                                registry.instrument(second_id)]
        self.drafts: list[InstrumentDraft] = [d.to_draft() for d in self.details]
        self.setWindowTitle(_("Merge two records of one instrument"))
        hint = hint_label(_("Choose the record that stays and, for each field the two hold "
                            "differently, the value it keeps. The other record's events, links "
                            "and files move to it, and the other record goes to the trash: "
                            "restoring it from there undoes the merge."))
        self.keep = QButtonGroup(self)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(_("Record that stays:")))
        for side, detail in enumerate(self.details):
            button = QRadioButton(detail.row.registry_number)
            button.setToolTip(detail.row.title)
            self.keep.addButton(button, side)
            keep_row.addWidget(button)
        keep_row.addStretch(1)
        self.keep.button(0).setChecked(True)
        self.choices: dict[str, QButtonGroup] = {}
        self.same = QLabel()
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.merge_button = self.buttons.addButton(_("Merge"), QDialogButtonBox.AcceptRole)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(keep_row)
        layout.addWidget(self._fields(), 1)
        layout.addWidget(self.same)
        layout.addWidget(self.moves)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.keep.idToggled.connect(lambda _side, on: on and self._survivor_changed())
        self._survivor_changed()
        fit_to_screen(self, 1000, 660)

    # --- the fields -----------------------------------------------------------------------

    def _fields(self) -> QScrollArea:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(12)
        for side, detail in enumerate(self.details):
            head = QLabel(f"<b>{detail.row.registry_number}</b>")
            grid.addWidget(head, 0, side + 1)
        fields = differing(*self.drafts)
        for n, field in enumerate(fields, 1):
            caption = QLabel(field_label(field) + ":")
            caption.setAlignment(Qt.AlignLeft | Qt.AlignTop)
            grid.addWidget(caption, n, 0, Qt.AlignTop)
            group = QButtonGroup(self)
            for side, draft in enumerate(self.drafts):
                text = self.value_text(draft, field)
                button = QRadioButton(text if len(text) <= SHOWN_LENGTH
                                      else text[:SHOWN_LENGTH].rsplit(" ", 1)[0] + " …")
                button.setToolTip(text)
                button.setStyleSheet("QRadioButton { text-align: left; }")
                group.addButton(button, side)
                grid.addWidget(_wrapping(button), n, side + 1, Qt.AlignTop)
            self.choices[field] = group
        grid.setRowStretch(len(fields) + 1, 1)
        return scrolled(grid)

    def value_text(self, draft: InstrumentDraft, field: str) -> str:
        """A field's value as the clerk would write it."""
        found = value(draft, field)
        if field == "signed_date":
            return format_date(*found) or "—"
        if field == "parties":
            return "; ".join(p.name + (f" ({p.signatory_name})" if p.signatory_name else "")
                             for p in draft.parties) or "—"
        if field == "meeting_id":
            if found is None:
                return _("— not signed at a registered meeting —")
            row = self.registry.meeting(found).row
            return " — ".join(filter(None, (format_date(row.start_date, row.start_date_precision),
                                            row.title, row.city)))
        if field in VOCABULARIES:
            return VOCABULARIES[field].label(found, self.lang) or "—"
        if field == "languages":
            return ", ".join(TEXT_LANGUAGES.label(c, self.lang) for c in found) or "—"
        if isinstance(found, tuple):
            return "; ".join(map(str, found)) or "—"
        if isinstance(found, bool):
            return _("yes") if found else _("no")
        return "—" if found in (None, "") else str(found)

    # --- choosing -------------------------------------------------------------------------

    def survivor(self) -> int:
        return self.keep.checkedId()

    def _survivor_changed(self) -> None:
        """The defaults for the record that now stays: its own values, but the other's where
        it holds nothing (its meeting, its notes) and a complete record over a placeholder."""
        keep = self.survivor()
        other = 1 - keep
        take = defaults(self.drafts[keep], self.drafts[other])
        for field, group in self.choices.items():
            group.button(other if field in take else keep).setChecked(True)
        for side in (0, 1):
            suffix = _("(stays)") if side == keep else _("(to the trash)")
            self.keep.button(side).setText(
                f"{self.details[side].row.registry_number} {suffix}")
        moving = events_to_move(self.drafts[keep].events, self.drafts[other].events)
        gone = self.details[other]
        self.moves.setText(_("To {number}: {events} event(s) move ({same} the same as its own "
                             "stay behind), {links} link(s), {files} file(s). {other} goes to "
                             "the trash.").format(
            number=self.details[keep].row.registry_number, events=len(moving),
            same=len(gone.events) - len(moving), links=len(gone.relations),
            files=len(gone.attachments), other=gone.row.registry_number))
        shown = len(self.choices)
        self.same.setText(_("The other fields are the same in both records.") if shown else
                          _("The two records hold the same values in every field."))

    def take(self) -> set[str]:
        """The fields whose value comes from the record that goes."""
        other = 1 - self.survivor()
        return {f for f, group in self.choices.items() if group.checkedId() == other}

    # --- merging --------------------------------------------------------------------------

    def merge(self) -> None:
        keep = self.survivor()
        survivor, other = self.details[keep].row, self.details[1 - keep].row
        question = _("Merge {other} into {number}? {other} goes to the trash.").format(
            other=other.registry_number, number=survivor.registry_number)
        if not errors.ask(self, _("Merge"), question, _("Merge")):
            return
        try:
            result = self.registry.merge_instruments(
                survivor.id, other.id, self.take(),
                versions=(self.details[keep].row_version, self.details[1 - keep].row_version))
        except ValidationError as exc:
            self.problems.setText(exc.message())
            self.problems.show()
            return
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return
        self.merged.emit(result)
        self.accept()


def _wrapping(button: QRadioButton) -> QWidget:
    """A radio button whose long text wraps: the button with a label beside it."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(button.text())
    label.setWordWrap(True)
    label.setToolTip(button.toolTip())
    label.setBuddy(button)
    label.mousePressEvent = lambda _event: button.setChecked(True)
    button.setText("")
    button.setAccessibleName(label.text())
    row.addWidget(button, 0, Qt.AlignTop)
    row.addWidget(label, 1)
    return box
