"""Import from a spreadsheet: choose the file, say which column holds what (with the first rows
shown), check, see every problem by row and column, then import all rows in one transaction.

The mapping chosen for a file layout (its header row) is remembered under the user's config
folder in `mappings/<layout>.json` and offered again for the next file of that layout; a
ready mapping file (for instance from the repository's `mappings/` folder) can be loaded too.
"""

from __future__ import annotations

import copy
import json
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.settings import Settings, config_dir
from exporters.columns import COLUMNS, own_mapping
from i18n import LANGUAGES, _, translate
from importers.tables.mapping import fold, layout_key, parse_mapping
from importers.tables.plan import ImportPlan, ImportRefused, prepare, write
from importers.tables.reading import Table, read_table
from models.errors import RegistryError
from models.registry import Registry
from ui import errors
from ui.widgets import fit_to_screen, scrolled
from ui.workers import Task

log = logging.getLogger(__name__)
PREVIEW_ROWS = 20
SHOWN_PROBLEMS = 2000
# The fields a clerk maps by hand, in the order of the form; labels as the export heads them.
MAPPED = ("title", "registry_number", "kind", "level", "signed_date", "parties",
          "multilateral", "signed_place", "subject", "sectors", "languages", "events", "notes",
          "title_ky", "title_en", "confidentiality", "duration_years", "uuid")
_HEADERS = {c.field: c.header for c in COLUMNS if c.field}
_FROM_FILE = "\x00from-file"


def field_caption(name: str) -> str:
    """A field's caption in the form: as the export heads its column, the identifier
    explained."""
    if name == "uuid":
        return _("Record identifier (UUID):")
    return translate(_HEADERS.get(name, name)) + ":"


def ask_open_path(parent: QWidget, title: str, filters: str) -> str:
    """The file the user picks ("" when cancelled). (Tests replace this.)"""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return path


def remembered_path(header: list[str]) -> Path:
    return config_dir() / "mappings" / f"{layout_key(header)}.json"


def guess_mapping(header: list[str]) -> dict:
    """A mapping for a file never seen: the program's own export if the headers are its, else
    every column whose name is a field's name in any language."""
    own = own_mapping()
    if not parse_mapping(own).missing_columns(header):
        return own
    names = {fold(h): h for h in header}
    raw: dict = {"fields": {}}
    for name in MAPPED:
        label = _HEADERS.get(name, name)
        for candidate in [name, *(translate(label, lang) for lang in LANGUAGES)]:
            if fold(candidate) in names:
                _set_column(raw, name, names[fold(candidate)])
                break
    return raw


def _set_column(raw: dict, name: str, column: str | None) -> None:
    if name == "parties":
        raw.pop("parties", None)
        if column:
            raw["parties"] = {"column": column}
    elif name == "events":
        raw.pop("events", None)
        if column:
            raw["events"] = [{"column": column}]
    else:
        raw.setdefault("fields", {}).pop(name, None)
        if column:
            raw["fields"][name] = {"column": column}


def _column_of(raw: dict, name: str, header: list[str]) -> str | None:
    """The single column a field reads in `raw` (of several a mapping allows, such as the
    export's headers in each language, the one in `header`); _FROM_FILE for anything more
    elaborate."""
    if name == "parties":
        spec = raw.get("parties")
    elif name == "events":
        specs = raw.get("events") or []
        spec = specs[0] if len(specs) == 1 else (specs or None)
    else:
        spec = raw.get("fields", {}).get(name)
    if spec is None:
        return None
    if isinstance(spec, dict) and set(spec) <= {"column", "separator"}:
        column = spec.get("column")
        if isinstance(column, str):
            return column
        return next((c for c in column or [] if c in header), (column or [None])[0])
    return _FROM_FILE


class TableImportDialog(QDialog):
    """Emits `imported(count)` once rows are written, `open_requested(id)` for the record on
    file a row repeats (double click on its note) and `show_requested(ids)` for the records of
    the import (added, and those already there) to be listed."""

    imported = Signal(int)
    open_requested = Signal(int)
    show_requested = Signal(list)

    def __init__(self, registry: Registry, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.registry, self.settings = registry, settings
        self.table: Table | None = None
        self.path: Path | None = None
        self.raw: dict = {"fields": {}}
        self.plan: ImportPlan | None = None
        self.task: Task | None = None
        self.setWindowTitle(_("Import from a spreadsheet"))
        fit_to_screen(self, 1100, 720)

        self.file_edit = QLineEdit(readOnly=True)
        self.file_edit.setPlaceholderText(_("XLSX or CSV file"))
        choose = QPushButton(_("Choose file…"))
        choose.clicked.connect(self._choose_file)
        self.load_button = QPushButton(_("Load mapping…"))
        self.load_button.clicked.connect(self._choose_mapping)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("File:")))
        top.addWidget(self.file_edit, 1)
        top.addWidget(choose)
        top.addWidget(self.load_button)
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)

        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for name in MAPPED:
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
            box.currentIndexChanged.connect(lambda _i, n=name: self._combo_changed(n))
            self.combos[name] = box
            form.addRow(field_caption(name), box)
        self.combos["uuid"].setToolTip(_("The record's unique identifier, as the program's "
                                         "export writes it: a row with one finds its record"))
        mapping_box = QGroupBox(_("Which column holds what"))
        mapping = scrolled(form)  # 18 fields: taller than a 768-pixel screen
        mapping.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        mapping.setMinimumWidth(mapping.widget().minimumSizeHint().width()
                                + mapping.verticalScrollBar().sizeHint().width())
        QVBoxLayout(mapping_box).addWidget(mapping)

        self.preview = QTableWidget()

        self.preview.setTabKeyNavigation(False)  # Tab leaves the table
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        preview_box = QGroupBox(_("First rows of the file"))
        QVBoxLayout(preview_box).addWidget(self.preview)

        self.problems = QTableWidget(0, 3)

        self.problems.setTabKeyNavigation(False)  # Tab leaves the table
        self.problems.setHorizontalHeaderLabels([_("Row"), _("Column"), _("Problem")])
        self.problems.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.problems.setWordWrap(True)
        self.summary = QLabel(_("Choose a file to import."))
        self.summary.setWordWrap(True)
        problems_box = QGroupBox(_("Check results"))
        QVBoxLayout(problems_box).addWidget(self.problems)

        right = QSplitter(Qt.Vertical)
        right.addWidget(preview_box)
        right.addWidget(problems_box)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(mapping_box)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([420, 680])
        right.setSizes([260, 440])

        self.skip_invalid = QCheckBox(_("Import the rows without problems and leave out "
                                        "the others"))
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.allow_duplicates = QCheckBox(_("Import also the rows already in the registry"))
        self.allow_duplicates.toggled.connect(self._update_buttons)
        self.show_button = QPushButton(_("Show them in the list"))
        self.show_button.setToolTip(_("The records added and those already in the registry, "
                                      "in the list of instruments"))
        self.show_button.setVisible(False)
        self.show_button.clicked.connect(self._show_them)
        self.shown_ids: list[int] = []
        self.problems.cellDoubleClicked.connect(self._open_row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.check_button = QPushButton(_("Check"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(_("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        options = QVBoxLayout()
        options.addWidget(self.skip_invalid)
        options.addWidget(self.allow_duplicates)
        buttons.addLayout(options)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.file_info)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._fill_combos()
        self._update_buttons()

    # --- file and mapping -----------------------------------------------------------------

    def _choose_file(self) -> None:
        path = ask_open_path(self, _("Choose a spreadsheet"),
                             _("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        """Read the file, show its first rows and the mapping for its layout."""
        try:
            table = read_table(path)
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return False
        self.path, self.table, self.plan = Path(path), table, None
        self.file_edit.setText(str(path))
        details = _("{rows} row(s), {columns} column(s)").format(rows=len(table.rows),
                                                               columns=len(table.header))
        if table.encoding:
            details += "; " + _("encoding {encoding}, separator “{delimiter}”").format(
                encoding=table.encoding, delimiter="Tab" if table.delimiter == "\t"
                else table.delimiter)
        remembered = remembered_path(table.header)
        raw = None
        if remembered.is_file():
            try:
                raw = json.loads(remembered.read_text(encoding="utf-8"))
                parse_mapping(raw)
                details += "; " + _("the mapping used last time for this layout is restored")
            except (OSError, ValueError, RegistryError) as exc:
                log.warning("Remembered mapping %s unusable: %s", remembered, exc)
                raw = None
        self.raw = raw or guess_mapping(table.header)
        self.file_info.setText(details)
        self._fill_preview()
        self._fill_combos()
        self._clear_problems(_("Check the file before importing it."))
        return True

    def _choose_mapping(self) -> None:
        path = ask_open_path(self, _("Load a mapping"), _("Mappings (*.json);;All files (*)"))
        if path:
            self.load_mapping(path)

    def load_mapping(self, path: str | Path) -> bool:
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8-sig"))
            parse_mapping(raw)
        except (OSError, ValueError) as exc:
            errors.tell(self, _("The mapping cannot be used"), str(exc))
            return False
        except RegistryError as exc:
            errors.show_registry_error(self, exc)
            return False
        self.raw = raw
        self._fill_combos()
        self._clear_problems(_("Mapping loaded: {name}").format(name=Path(path).name))
        return True

    def _fill_preview(self) -> None:
        table = self.table
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(table.header))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(table.header)
        self.preview.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:len(rows)]])
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                text = "" if value is None else str(value)
                item = QTableWidgetItem(" ".join(text.split())[:200])
                item.setToolTip(text[:2000])
                self.preview.setItem(r, c, item)
        header = self.preview.horizontalHeader()
        for c in range(len(table.header)):
            header.resizeSection(c, min(220, max(80, header.sectionSizeHint(c))))

    def _fill_combos(self) -> None:
        header = self.table.header if self.table else []
        for name, box in self.combos.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(_("— not imported —"), None)
            current = _column_of(self.raw, name, header)
            if current == _FROM_FILE:
                box.addItem(_("as the mapping file says"), _FROM_FILE)
            for column in header:
                box.addItem(column, column)
            index = box.findData(current) if current else 0
            box.setCurrentIndex(max(index, 0))
            box.setEnabled(self.table is not None)
            box.blockSignals(False)

    def _combo_changed(self, name: str) -> None:
        value = self.combos[name].currentData()
        if value != _FROM_FILE:
            _set_column(self.raw, name, value)
        self.plan = None
        self._clear_problems(_("Check the file before importing it."))

    # --- check and import -----------------------------------------------------------------

    def mapping(self):
        raw = copy.deepcopy(self.raw)
        raw.setdefault("fields", {})
        return parse_mapping(raw)

    def check(self) -> None:
        if self.table is None or self._busy():
            return
        try:
            mapping = self.mapping()
        except RegistryError as exc:
            self._clear_problems(exc.message())
            return
        table = self.table
        self._start(lambda progress: prepare(self.registry, table, mapping, progress),
                    self._checked, _("Checking…"))

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._show_problems(plan.problems)
        ready, skipped, repeated = len(plan.ready), len(plan.skipped), len(plan.repeated)
        if skipped:
            text = _("{skipped} row(s) have problems and {ready} row(s) are ready. Correct the "
                     "file or the mapping and check again, or import only the rows without "
                     "problems.").format(skipped=skipped, ready=ready)
        elif repeated and not ready:
            text = _("Every row is already in the registry: there is nothing to import (see "
                     "the notes; a double click opens the record).")
        else:
            text = _("All {ready} row(s) are ready to import.").format(ready=ready)
        if repeated and (ready or skipped):
            text += " " + _("{count} row(s) already in the registry are left out (see the "
                            "notes; a double click opens the record).").format(count=repeated)
        self.summary.setText(text)
        self._update_buttons()

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or self._busy() or not self._can_import():
            return
        skip, again = self.skip_invalid.isChecked(), self.allow_duplicates.isChecked()
        self._start(lambda progress: write(self.registry, plan, skip_invalid=skip,
                                           allow_duplicates=again, progress=progress),
                    self._imported, _("Importing…"))

    def _imported(self, ids: list[int]) -> None:
        self._remember()
        left_out = [r.row for r in self.plan.skipped] if self.plan else []
        repeated = [] if self.plan is None or self.allow_duplicates.isChecked() else \
            self.plan.repeated
        self.plan = None
        text = _("Imported {count} instrument(s).").format(count=len(ids))
        if repeated:
            text += " " + _("Left out {count} row(s) already in the registry: {rows}.").format(
                count=len(repeated), rows=_rows(r.row for r in repeated))
        if left_out:
            text += " " + _("Left out {count} row(s) with problems: {rows}.").format(
                count=len(left_out), rows=_rows(left_out))
        self.summary.setText(text)
        self.shown_ids = list(dict.fromkeys(
            [*ids, *(r.duplicate.id for r in repeated if r.duplicate.id)]))
        self.show_button.setVisible(bool(self.shown_ids))
        self._update_buttons()
        self.imported.emit(len(ids))

    def _show_them(self) -> None:
        self.show_requested.emit(list(self.shown_ids))
        self.accept()

    def _open_row(self, row: int, _column: int) -> None:
        """A double click on the note of a row already in the registry opens that record."""
        item = self.problems.item(row, 0)
        record = item.data(Qt.UserRole + 1) if item else None
        if record:
            self.open_requested.emit(record)

    def _remember(self) -> None:
        path = remembered_path(self.table.header)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(self.raw, ensure_ascii=False, indent=2),
                            encoding="utf-8")
        except OSError as exc:
            log.warning("Cannot remember the mapping in %s: %s", path, exc)

    def _start(self, fn, done, label: str) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setFormat(label + " %p%")
        self.task = Task(fn, self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(done)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self._update_buttons(busy=True)
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ImportRefused):
            self._show_problems(exc.problems)
            self.summary.setText(exc.message().splitlines()[-1])
            self.plan = None
        elif isinstance(exc, RegistryError):
            self._clear_problems(exc.message())
        else:
            errors.report_unexpected(type(exc), exc, exc.__traceback__)

    def _finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _busy(self) -> bool:
        return self.task is not None

    def _can_import(self) -> bool:
        plan = self.plan
        rows = plan and (plan.ready or (self.allow_duplicates.isChecked() and plan.repeated))
        return bool(rows and (not plan.skipped or self.skip_invalid.isChecked()))

    def _update_buttons(self, *_args, busy: bool = False) -> None:
        busy = busy or self._busy()
        self.check_button.setEnabled(self.table is not None and not busy)
        self.import_button.setEnabled(self._can_import() and not busy)

    def _clear_problems(self, text: str) -> None:
        self.problems.setRowCount(0)
        self.summary.setText(text)
        self._update_buttons()

    def _show_problems(self, problems) -> None:
        shown = problems[:SHOWN_PROBLEMS]
        repeats = {r.row: r.duplicate.id for r in (self.plan.repeated if self.plan else ())}
        self.problems.setRowCount(len(shown))
        for r, p in enumerate(shown):
            row = QTableWidgetItem(str(p.row))
            row.setData(Qt.UserRole, p.blocking)
            row.setData(Qt.UserRole + 1, None if p.blocking else repeats.get(p.row))
            text = p.text() if p.blocking else _("Note: {message}").format(message=p.text())
            cells = (row, QTableWidgetItem(p.column), QTableWidgetItem(text))
            for c, item in enumerate(cells):
                item.setToolTip(text)
                if not p.blocking:
                    item.setForeground(Qt.darkGray)
                self.problems.setItem(r, c, item)
        self.problems.resizeColumnToContents(0)
        self.problems.resizeRowsToContents()
        self.problems.setColumnWidth(1, min(200, max(90, self.problems.sizeHintForColumn(1))))


def _rows(numbers) -> str:
    """Row numbers for a summary line: the first fifty, then "…"."""
    numbers = [str(n) for n in numbers]
    return ", ".join(numbers[:50]) + (" …" if len(numbers) > 50 else "")
