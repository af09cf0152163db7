"""A registry open read-only in the window: a banner that says so and why, and the ways of
changing anything switched off (list, search, reports and export stay)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from i18n import _
from models.registry import Registry


def banner(registry: Registry) -> QLabel:
    text = _("Read-only: {reason}. You can list, search, print reports and export (File → "
             "Export list…); nothing can be changed.").format(reason=registry.read_only_reason())
    label = QLabel(text)
    label.setObjectName("readOnlyBanner")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setStyleSheet("QLabel#readOnlyBanner { background: #fff3cd; color: #5c4400; "
                        "border: 1px solid #e0c068; border-radius: 3px; padding: 6px 8px; }")
    return label


def switch_off_changes(window) -> None:
    """Hide every button and switch off every menu entry that would change the registry."""
    for action in window.changing_actions:
        action.setEnabled(False)
    views = (window.instruments, window.meetings, window.parties.organisations)
    hidden: list[QWidget] = [v.new_button for v in views] + [v.delete_button for v in views]
    hidden += [window.trash.restore_instruments, window.trash.restore_meetings]
    for widget in hidden:
        widget.hide()


def view_only(editor) -> None:
    """An editor opened on a read-only registry shows the record; it has no Save."""
    editor.save_button.hide()
