"""The clerk's workspace: navigation between the screens, menus, and the status bar with the
counts and the undo of the last delete."""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QPushButton, QStackedWidget, QStyle,
                               QVBoxLayout, QWidget)

from app.settings import Settings
from i18n import _
from models.errors import RegistryError
from models.records import InstrumentDraft, InstrumentFilter
from models.registry import Registry
from ui import errors
from ui.deadlines_view import DeadlinesView
from ui.following import ChangeFollower
from ui.instruments_view import InstrumentsView
from ui.meetings_view import MeetingsView
from ui.parties_view import PartiesView
from ui.settings_dialog import SettingsDialog
from ui.trash_view import TrashView
from ui.ui_state import UiState
from ui.waiting import patiently
from ui.workers import LatestOnly

INSTRUMENTS, MEETINGS, PARTIES, DEADLINES, TRASH = range(5)
NAV_ICONS = (QStyle.SP_FileDialogDetailedView, QStyle.SP_DirIcon, QStyle.SP_DirHomeIcon,
             QStyle.SP_MessageBoxWarning, QStyle.SP_TrashIcon)


def shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class MainWindow(QMainWindow):
    """Opens the editors and dialogs of the other parts of the program (imported when first
    used) and keeps every screen up to date after a change."""

    language_changed = Signal(str)  # the settings chose another language: rebuild the window
    registry_replaced = Signal(str)  # a restore replaced the registry's file: open it again

    def __init__(self, registry: Registry, settings: Settings, state: UiState, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.settings = settings
        self.state = state
        self.last_deleted: tuple[str, list[int]] | None = None
        self._navigated = False
        self.setWindowTitle(_("Kelishim — registry of international instruments"))

        self.instruments = InstrumentsView(registry, state)
        self.meetings = MeetingsView(registry, state)
        self.parties = PartiesView(registry, state)
        self.deadlines = DeadlinesView(registry, state, settings.horizon_days)
        self.trash = TrashView(registry, state)
        self.stack = QStackedWidget()
        for view in (self.instruments, self.meetings, self.parties, self.deadlines, self.trash):
            self.stack.addWidget(view)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setAccessibleName(_("Screens"))
        for icon in NAV_ICONS:
            QListWidgetItem(self.style().standardIcon(icon), "", self.nav)
        self._set_nav_texts(99)  # room for a usual count of things due; a larger one is
        self.nav.setFixedWidth(max(180, self.nav.sizeHintForColumn(0) + 16))  # elided
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.ElideMiddle)  # "Action n…ded (4497)": the count stays
        self._set_nav_texts()
        layout = QHBoxLayout()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 0)
        if registry.read_only:
            from ui import read_only

            self.read_only_banner = read_only.banner(registry)
            column.addWidget(self.read_only_banner)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.nav, self.stack)

        self.counts = QLabel()
        self.message = QLabel()
        self.undo_button = QPushButton(_("Undo"))
        self.undo_button.setFlat(True)
        self.undo_button.setCursor(Qt.PointingHandCursor)
        self.undo_button.setStyleSheet("QPushButton { color: palette(link); "
                                       "text-decoration: underline; padding: 0 6px; }")
        self.undo_button.hide()
        self.statusBar().addWidget(self.message)
        self.statusBar().addWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.counts)

        self.views = (self.instruments, self.meetings, self.parties, self.deadlines, self.trash)
        # Screens other than the instrument list load when first shown, and again when shown
        # after a change: at 100,000 instruments each costs a query of its own.
        self._stale = {MEETINGS, PARTIES, DEADLINES, TRASH}
        self._counter = LatestOnly(self)
        self._due_counter = LatestOnly(self)  # the count beside Action needed
        self._due_check = LatestOnly(self)
        self.follower = ChangeFollower(registry, self)  # other clerks' changes
        self._build_menus()
        self._connect()
        if registry.read_only:
            from ui import read_only

            read_only.switch_off_changes(self)
        if registry.upgrade_backup is not None:  # the log names it too
            self.message.setText(_("Registry upgraded; a backup was made first (Settings → "
                                   "Backups)."))
            self.message.setToolTip(str(registry.upgrade_backup))
        self.nav.setCurrentRow(INSTRUMENTS)
        self._navigated = False
        if not state.restore_geometry("main", self):
            self._default_size()
        self.refresh_counts()
        self._check_due()
        self.follower.start()

    # --- construction ---------------------------------------------------------------------

    def _default_size(self) -> None:
        screen = QApplication.primaryScreen()
        area = screen.availableGeometry() if screen else None
        width, height = 1280, 760
        if area is not None:
            width, height = min(width, area.width()), min(height, area.height() - 30)
        self.resize(width, height)

    def _set_nav_texts(self, due: int = 0) -> None:
        texts = (_("Registry"), _("Meetings"), _("Parties"),
                 _("Action needed ({n})").format(n=due) if due else _("Action needed"),
                 _("Trash"))
        for row, text in enumerate(texts):
            self.nav.item(row).setText(text)

    def _action(self, menu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(_("&File"))
        self.new_action = self._action(file, _("New instrument…"), lambda: self.open_instrument(),
                                       QKeySequence.New)
        new_meeting = self._action(file, _("New meeting…"), lambda: self.open_meeting(),
                                   "Ctrl+Shift+N")
        file.addSeparator()
        imports = [self._action(file, _("Import press release…"), self.import_press_release,
                                "Ctrl+I"),
                   self._action(file, _("Import spreadsheet…"), self.import_spreadsheet)]
        self._action(file, _("Export list…"), self.export_list, "Ctrl+E")
        file.addSeparator()
        self._action(file, _("Reports…"), self.open_reports, "Ctrl+P")
        file.addSeparator()
        self._action(file, _("Settings…"), self.open_settings, "Ctrl+,")
        file.addSeparator()
        self._action(file, _("Quit"), self.close, "Ctrl+Q")

        edit = bar.addMenu(_("&Edit"))
        self._action(edit, _("Find"), self.focus_search, QKeySequence.Find)
        self._action(edit, _("Open selected"), self.open_selected)
        self.delete_action = self._action(edit, _("Delete…"), self.delete_selected,
                                          QKeySequence.Delete)
        self._action(edit, _("Merge two records…"), self.merge_selected)
        self.undo_action = self._action(edit, _("Undo delete"), self.undo_delete,
                                        QKeySequence.Undo)
        self.undo_action.setEnabled(False)
        # what a read-only registry switches off
        self.changing_actions = [self.new_action, new_meeting, *imports, self.delete_action]

        view = bar.addMenu(_("&View"))
        for row in range(self.nav.count()):
            self._action(view, self.nav.item(row).text(),
                         lambda _checked=False, r=row: self.show_page(r), f"Ctrl+{row + 1}")
        view.addSeparator()
        self._action(view, _("Refresh"), self.refresh_all, QKeySequence.Refresh)

        help_menu = bar.addMenu(_("&Help"))
        self._action(help_menu, _("About Kelishim"), self.about)

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self._page_chosen)
        iv = self.instruments
        iv.open_requested.connect(self.open_instrument)
        iv.new_requested.connect(lambda: self.open_instrument())
        iv.delete_requested.connect(self.delete_selected)
        iv.merge_requested.connect(self.merge_selected)
        iv.card_requested.connect(lambda i: self.open_reports(instrument_id=i))
        mv = self.meetings
        mv.open_requested.connect(self.open_meeting)
        mv.new_requested.connect(lambda: self.open_meeting())
        mv.delete_requested.connect(self.delete_selected)
        mv.briefing_requested.connect(lambda m: self.open_reports(meeting_id=m))
        self.parties.country_requested.connect(self.show_country)
        self.parties.changed.connect(self.instruments.refresh)
        self.deadlines.open_requested.connect(self.open_instrument)
        self.deadlines.loaded.connect(self._deadlines_loaded)
        self.trash.restored.connect(self.refresh_all)
        self.undo_button.clicked.connect(self.undo_delete)
        self._counter.ready.connect(self._show_counts)
        self._due_check.ready.connect(self._due_checked)
        self._due_counter.ready.connect(self._set_nav_texts)
        self.follower.changed.connect(self.follow_changes)
        for loader in (self._counter, self._due_counter, self._due_check):
            loader.failed.connect(errors.report_exception)

    # --- navigation -----------------------------------------------------------------------

    def show_page(self, page: int) -> None:
        self._navigated = True  # even to the screen shown: the due check no longer moves away
        self.nav.setCurrentRow(page)

    def _page_chosen(self, page: int) -> None:
        self._navigated = True
        self.stack.setCurrentIndex(page)
        self._refresh_if_stale(page)
        self.delete_action.setEnabled(page in (INSTRUMENTS, MEETINGS, PARTIES)
                                      and not self.registry.read_only)

    def _refresh_if_stale(self, page: int) -> None:
        if page in self._stale:
            self._stale.discard(page)
            self.views[page].refresh()

    def _check_due(self) -> None:
        """Is anything due within the horizon? The earliest next deadline tells, in one query;
        if so the window shows Action needed first."""
        self._due_check.run(lambda: self.registry.list_instruments(
            sort="next_deadline", descending=False, limit=1, with_total=False).rows)

    def _due_checked(self, rows) -> None:
        horizon = self.registry.today() + timedelta(days=self.settings.horizon_days)
        due = rows and rows[0].next_deadline is not None and rows[0].next_deadline <= horizon
        if due and not self._navigated:
            self.show_page(DEADLINES)

    def _deadlines_loaded(self, count: int) -> None:
        self._set_nav_texts(count)

    @property
    def busy(self) -> bool:
        """Some query of the window is still running (tests wait for this)."""
        return (self.instruments.model.loading or self._counter.loading
                or self._due_counter.loading or self._due_check.loading or self.deadlines.loading or self.meetings.loading
                or self.parties.loading or self.trash.instruments.loading)

    def show_country(self, code: str) -> None:
        self.instruments.set_country(code)
        self.show_page(INSTRUMENTS)

    def focus_search(self) -> None:
        page = self.stack.currentIndex()
        if page == MEETINGS:
            self.meetings.focus_search()
        elif page == PARTIES:
            self.parties.focus_search()
        else:
            self.show_page(INSTRUMENTS)
            self.instruments.focus_search()

    # --- keeping the screens up to date ---------------------------------------------------

    def refresh_all(self) -> None:
        """After a change: the instrument list and the counts now, the other screens when
        they are next shown (the one on screen now)."""
        self.instruments.refresh()
        self._stale = {MEETINGS, PARTIES, DEADLINES, TRASH}
        self._refresh_if_stale(self.stack.currentIndex())
        self.refresh_counts()

    def follow_changes(self) -> None:
        """Someone (another clerk, mostly) changed the registry: the list, the screen shown
        and the counts (Action needed's too) reload, keeping the selection and the scroll
        position (ui.following); the other screens when next shown. Open editors are left
        alone."""
        self.instruments.refresh(keep_pages=True)
        self._stale = {MEETINGS, PARTIES, DEADLINES, TRASH}
        self._refresh_if_stale(self.stack.currentIndex())
        self.refresh_counts()

    def refresh_counts(self) -> None:
        """The counts of the status bar and of Action needed, after every change (Action
        needed counts what its list would show, whether or not it was opened)."""
        registry = self.registry
        days = self.deadlines.days.value()
        self._due_counter.run(lambda: len(registry.deadlines(days)))
        self._counter.run(lambda: (
            registry.count_instruments(), registry.meetings(limit=1).total,
            registry.count_instruments(InstrumentFilter(deleted=True))
            + registry.meetings(deleted=True, limit=1).total))

    def _show_counts(self, counts: tuple[int, int, int]) -> None:
        instruments, meetings, trash = counts
        self.counts.setText(_("Instruments: {i} · Meetings: {m} · In the trash: {t}").format(
            i=instruments, m=meetings, t=trash))

    def _record_saved(self, _instrument_id: int) -> None:
        self.refresh_all()

    # --- opening the other parts of the program -------------------------------------------

    def _show_dialog(self, dialog) -> None:
        """Window-modal and deleted when closed; every screen is refreshed afterwards."""
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh_all())
        dialog.open()

    def open_instrument(self, instrument_id: int | None = None,
                        prefill: InstrumentDraft | None = None) -> None:
        from ui.editor.instrument import InstrumentEditor
        editor = InstrumentEditor(self.registry, self.settings, instrument_id=instrument_id,
                                  prefill=prefill, parent=self)
        editor.open_requested.connect(self.open_instrument)
        self._open_editor(editor)

    def open_meeting(self, meeting_id: int | None = None) -> None:
        from ui.editor.meeting import MeetingEditor
        editor = MeetingEditor(self.registry, self.settings, meeting_id=meeting_id, parent=self)
        self._open_editor(editor)

    def _open_editor(self, editor) -> None:
        editor.saved.connect(self._record_saved)
        editor.setAttribute(Qt.WA_DeleteOnClose)
        if self.registry.read_only:
            from ui import read_only

            read_only.view_only(editor)
        editor.open()

    def open_selected(self) -> None:
        page = self.stack.currentIndex()
        if page == INSTRUMENTS and self.instruments.selected_ids():
            self.open_instrument(self.instruments.selected_ids()[0])
        elif page == MEETINGS and self.meetings.selected_ids():
            self.open_meeting(self.meetings.selected_ids()[0])

    def open_reports(self, *, meeting_id: int | None = None,
                     instrument_id: int | None = None) -> None:
        from ui.reports_dialog import ReportsDialog
        dialog = ReportsDialog(self.registry, self.settings, parent=self, meeting_id=meeting_id,
                               instrument_id=instrument_id)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()

    def import_press_release(self) -> None:
        from ui.import_dialog import ImportTextDialog
        self._show_import(ImportTextDialog(self.registry, self.settings, parent=self))

    def import_spreadsheet(self) -> None:
        from ui.table_import_dialog import TableImportDialog
        self._show_import(TableImportDialog(self.registry, self.settings, parent=self))

    def _show_import(self, dialog) -> None:
        """An import dialog whose records already on file can be opened, and whose summary's
        "Show them" lists the records of the import."""
        dialog.open_requested.connect(self.open_instrument)
        dialog.show_requested.connect(self.show_instruments)
        self._show_dialog(dialog)

    def show_instruments(self, ids: list) -> None:
        """List just these instruments (the records of an import) until "Show all"."""
        self.show_page(INSTRUMENTS)
        self.instruments.show_only(list(ids))

    def export_list(self) -> None:
        from ui.export_dialog import ExportDialog
        dialog = ExportDialog(self.registry, self.settings, self.instruments.current_filter(),
                              parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()

    # --- deleting and undoing -------------------------------------------------------------

    def delete_selected(self) -> None:
        page = self.stack.currentIndex()
        if page == INSTRUMENTS:
            rows = self.instruments.selected_rows()
            self._delete("instrument", [r.id for r in rows], [r.title for r in rows])
        elif page == MEETINGS:
            rows = self.meetings.selected_rows()
            self._delete("meeting", [m.id for m in rows], [m.title for m in rows])
        elif page == PARTIES:
            self.parties.organisations.delete_selected()

    def _delete(self, kind: str, ids: list[int], titles: list[str]) -> None:
        if not ids:
            return
        if len(ids) == 1:
            question = _("Move “{title}” to the trash?").format(title=shorten(titles[0], 200))
        elif kind == "instrument":
            question = _("Move {n} instruments to the trash?").format(n=len(ids))
        else:
            question = _("Move {n} meetings to the trash?").format(n=len(ids))
        if not errors.ask(self, _("Delete"), question + "\n" + _(
                "Deleted records can be restored from the trash."), _("Move to trash")):
            return
        delete = (self.registry.delete_instrument if kind == "instrument"
                  else self.registry.delete_meeting)
        try:
            patiently(self, lambda: [delete(record_id) for record_id in ids])
        except RegistryError as exc:  # moved by another clerk meanwhile, or waited too long
            errors.show_registry_error(self, exc)
            self.refresh_all()
            return
        self.last_deleted = (kind, ids)
        if len(ids) == 1:
            self.message.setText(_("Deleted «{title}».").format(title=shorten(titles[0])))
        else:
            self.message.setText(_("Deleted: {n}.").format(n=len(ids)))
        self.undo_button.show()
        self.undo_action.setEnabled(True)
        self.refresh_all()

    def merge_selected(self):
        """Merge the two records selected in the list of instruments (one instrument)."""
        ids = sorted(self.instruments.selected_ids())  # the older record stays by default
        if len(ids) != 2:
            self.show_page(INSTRUMENTS)
            errors.tell(self, _("Merge two records…"),
                        _("Select the two records of one instrument to merge."))
            return None
        from ui.merge_dialog import MergeDialog
        dialog = MergeDialog(self.registry, *ids, parent=self)
        dialog.merged.connect(self._merged)
        self._show_dialog(dialog)
        return dialog

    def _merged(self, result) -> None:
        """Merged: say so, with Undo (restores the merged record and what moved)."""
        number = {i: self.registry.instrument(i).row.registry_number
                  for i in (result.merged_id, result.survivor_id)}
        self.last_deleted = ("merge", [result.merged_id])
        self.message.setText(_("Merged {other} into {number}.").format(
            other=number[result.merged_id], number=number[result.survivor_id]))
        self.undo_button.show()
        self.undo_action.setEnabled(True)
        self.refresh_all()

    def undo_delete(self) -> None:
        if self.last_deleted is None:
            return
        kind, ids = self.last_deleted
        restore = (self.registry.restore_instrument if kind in ("instrument", "merge")
                   else self.registry.restore_meeting)
        try:
            patiently(self, lambda: [restore(record_id) for record_id in ids])
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            self.refresh_all()
            return
        self.last_deleted = None
        self.undo_button.hide()
        self.undo_action.setEnabled(False)
        self.message.setText(_("Merge undone.") if kind == "merge" else _("Restored."))
        self.refresh_all()

    # --- settings and the rest ------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self.registry.location, self,
                                organisation=self.registry.organisation_names(),
                                registry=self.registry)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.backups.restored.connect(lambda result: self._restored(dialog, result))
        dialog.accepted.connect(lambda: self.apply_organisation(dialog))
        dialog.accepted.connect(lambda: self.apply_settings(dialog.chosen()))
        dialog.open()
        return dialog

    def _restored(self, dialog: SettingsDialog, result) -> None:
        """A restore from Settings → Backups replaced the registry: the dialog closes (its
        backup folder kept) and the window is built again on the restored registry."""
        self.settings.backup_folder = dialog.chosen().backup_folder
        self.settings.save()
        dialog.reject()
        text = _("The registry was restored from the backup of {date}.").format(
            date=f"{result.manifest.created:%d.%m.%Y %H:%M}")
        if result.kept:
            text += " " + _("The registry as it was is kept in {name}.").format(
                name=result.kept[0].name)
        self.message.setText(text)
        self.refresh_all()
        self.registry_replaced.emit(text)

    def apply_organisation(self, dialog: SettingsDialog) -> None:
        """The organisation's names belong to the registry: written there, for everyone."""
        if not dialog.organisation_changed():
            return
        try:
            self.registry.set_organisation_names(dialog.organisation_names())
        except RegistryError as exc:
            errors.tell(self, _("The organisation's name was not saved"), exc.message())

    def apply_settings(self, chosen: Settings) -> None:
        old = Settings(**asdict(self.settings))
        for key, value in asdict(chosen).items():
            setattr(self.settings, key, value)
        self.settings.save()
        if chosen.horizon_days != old.horizon_days:
            self.deadlines.days.setValue(chosen.horizon_days)
        if chosen.database != old.database:
            self.message.setText(_("The new database location will be used from the next "
                                   "start."))
            self.undo_button.hide()
        if chosen.language != old.language:
            self.language_changed.emit(chosen.language)

    def about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.registry, self).exec()

    def save_state(self) -> None:
        self.state.save_geometry("main", self)
        for view in (self.instruments, self.meetings, self.parties, self.deadlines):
            view.save_state()
        self.state.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.follower.stop()
        self.save_state()
        super().closeEvent(event)
