"""What the windows remember between runs: geometry, column widths, the last filter.

Kept in an INI file (QSettings) beside the program's settings in the user's config folder.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from app.settings import config_dir
from ui.list_model import keep_titles_whole

log = logging.getLogger(__name__)


class UiState:
    def __init__(self):
        path = config_dir() / "ui.ini"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(path), QSettings.IniFormat)

    def save_geometry(self, key: str, widget: QWidget) -> None:
        self.qsettings.setValue(f"geometry/{key}", widget.saveGeometry())

    def restore_geometry(self, key: str, widget: QWidget) -> bool:
        value = self.qsettings.value(f"geometry/{key}")
        return isinstance(value, QByteArray) and widget.restoreGeometry(value)

    def save_layout(self, key: str, widget: QHeaderView | QSplitter) -> None:
        """Column widths and order of a table header (the widths chosen, not those fitted to
        a small window: ui.column_fit), or the sizes of a splitter."""
        room = getattr(widget.parentWidget(), "title_room", None)
        self.qsettings.setValue(f"layout/{key}", room.save_state() if room is not None
                                else widget.saveState())

    def restore_layout(self, key: str, widget: QHeaderView | QSplitter) -> bool:
        """A header's column titles stay whole, whatever the widths remembered."""
        value = self.qsettings.value(f"layout/{key}")
        restored = isinstance(value, QByteArray) and widget.restoreState(value)
        if restored and isinstance(widget, QHeaderView):
            keep_titles_whole(widget)
        return restored

    def save_json(self, key: str, value) -> None:
        self.qsettings.setValue(f"state/{key}", json.dumps(value, ensure_ascii=False))

    def load_json(self, key: str, default=None):
        raw = self.qsettings.value(f"state/{key}")
        if not raw:
            return default
        try:
            return json.loads(raw)
        except (TypeError, ValueError):
            log.warning("Ignoring damaged UI state %s", key)
            return default

    def sync(self) -> None:
        self.qsettings.sync()
