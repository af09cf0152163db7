"""The history of an instrument from the audit log, as a clerk reads it: when, who, what was
done, and each changed field as "old → new" with its name and values in the user's language."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from i18n import _, get_language
from models.dates import format_date
from models.errors import NotFound
from models.records import AuditView
from models.registry import Registry
from models.validation import FIELD_LABELS
from models.vocabulary import (CONFIDENTIALITY, EVENT_KINDS, INTERNAL_ACTS, KINDS, LEVELS,
                               RELATION_KINDS, TEXT_LANGUAGES)
from ui.widgets import DATE_PRECISIONS

# Audited fields the validation labels do not name (English ids, translated when shown).
MORE_LABELS = {
    "title_ky": "Title in Kyrgyz", "title_en": "Title in English", "multilateral": "Multilateral",
    "subject": "Subject", "sectors": "Sectors", "signed_place": "Place of signature",
    "meeting_id": "Meeting", "effective_on_signature": "Takes effect on signature",
    "responsible_body": "Responsible body", "responsible_clerk": "Responsible clerk",
    "original_location": "Where the original is kept", "notes": "Notes",
    "is_placeholder": "Placeholder record", "relation": "Link", "file": "File",
    "deleted_at": "In the trash since",
    "conflict": "Conflict with the version of",
}
ACTIONS = {
    ("instrument", "create"): "Record created", ("instrument", "update"): "Record changed",
    ("instrument", "delete"): "Moved to the trash", ("instrument", "restore"): "Restored",
    ("relation", "create"): "Link added", ("relation", "delete"): "Link removed",
    ("attachment", "create"): "File attached", ("attachment", "delete"): "File removed",
    ("instrument", "conflict"): "Typed but not saved: the other user's version was kept",
}
# The order of the editor's form, in which changed fields are listed.
FORM_ORDER = (
    "title", "title_ky", "title_en", "kind", "level", "internal_act", "registry_number",
    "multilateral", "depositary", "signed_date", "signed_date_precision", "signed_place",
    "meeting_id", "languages", "sectors", "subject", "is_placeholder", "parties",
    "effective_on_signature", "duration_years", "renewal_years", "renewal_notice_months",
    "max_renewals", "events", "responsible_body", "responsible_clerk", "confidentiality",
    "original_location", "notes",
)
VOCABULARIES = {"kind": KINDS, "level": LEVELS, "confidentiality": CONFIDENTIALITY,
                "internal_act": INTERNAL_ACTS}
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:T[\d:.+]+)?")


def field_name(field: str) -> str:
    return _(FIELD_LABELS.get(field) or MORE_LABELS.get(field) or field)


def _iso_to_local(text: str) -> str:
    """An ISO date or timestamp inside a text as 26.11.2025."""
    return _ISO.sub(lambda m: format_date(date.fromisoformat(m.group(0)[:10])), text)


def _words(text: str, lang: str) -> str:
    """Codes of events and links inside a stored line, in words."""
    tokens = text.split(" ")
    for i, token in enumerate(tokens):
        if token in EVENT_KINDS:
            tokens[i] = EVENT_KINDS.label(token, lang).lower()
        elif token in RELATION_KINDS:
            tokens[i] = RELATION_KINDS.label(token, lang).lower()
    return _iso_to_local(" ".join(tokens))


def value_text(field: str, value, lang: str) -> str:
    """One stored value as the clerk would write it."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if field in VOCABULARIES:
        return VOCABULARIES[field].label(value, lang)
    if field == "signed_date_precision":
        return _(dict(DATE_PRECISIONS).get(value, value))
    if field == "languages":
        return ", ".join(TEXT_LANGUAGES.label(c, lang) for c in str(value).split(",") if c)
    if isinstance(value, list):
        return "; ".join(_words(str(v), lang) for v in value)
    return _words(str(value), lang)


def change_lines(changes: dict, lang: str, meeting_title=str) -> list[str]:
    """Each changed field as "Field: old → new" in the order of the form; lists (parties,
    events) as what was added (+) and removed (−). Fields first set to nothing are left out.
    `meeting_title(id)` names a meeting."""
    lines = []
    order = {f: n for n, f in enumerate(FORM_ORDER)}
    for field in sorted(changes, key=lambda f: order.get(f, len(order))):
        pair = changes[field]
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        if field == "meeting_id":
            old, new = (meeting_title(v) if v else v for v in (old, new))
        if old in (None, "", []) and new in (None, "", [], False):
            continue
        name = field_name(field)
        if isinstance(old, list) or isinstance(new, list):
            gone = [v for v in old or [] if v not in (new or [])]
            came = [v for v in new or [] if v not in (old or [])]
            lines += [f"{name}: + {value_text(field, [v], lang)}" for v in came]
            lines += [f"{name}: − {value_text(field, [v], lang)}" for v in gone]
            continue
        if old in (None, ""):
            lines.append(f"{name}: {value_text(field, new, lang)}")
        else:
            lines.append(f"{name}: {value_text(field, old, lang)} → "
                         f"{value_text(field, new, lang)}")
    return lines


def when_text(at: datetime) -> str:
    local = at.astimezone() if at.tzinfo else at
    return f"{format_date(local.date())} {local:%H:%M}"


class HistoryView(QWidget):
    def __init__(self, registry: Registry, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.table = QTableWidget(0, 4)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels([_("When"), _("Who"), _("What"), _("Changes")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        for col, width in ((0, 130), (1, 120), (2, 190)):
            self.table.setColumnWidth(col, width)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(_("History"))
        self._meetings: dict[int, str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def set_instrument(self, instrument_id: int | None) -> None:
        entries = self.registry.history(instrument_id) if instrument_id else []
        self.show_entries(entries)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        """Rows as tall as their changes at the width the table now has."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self.table.resizeRowsToContents)  # once the table has its size

    def _meeting_title(self, meeting_id: int) -> str:
        if meeting_id not in self._meetings:
            try:
                self._meetings[meeting_id] = self.registry.meeting(meeting_id).row.title
            except NotFound:
                self._meetings[meeting_id] = _("meeting no. {id}").format(id=meeting_id)
        return self._meetings[meeting_id]

    def show_entries(self, entries: list[AuditView]) -> None:
        lang = get_language()
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            what = ACTIONS.get((e.table, e.action))
            cells = (when_text(e.at), e.user, _(what) if what else f"{e.table} {e.action}",
                     "\n".join(change_lines(e.changes, lang, self._meeting_title)))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignTop | Qt.AlignLeft)
                if col == 3:
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
