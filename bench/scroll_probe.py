"""How fast the instrument list reaches its last row, as a clerk gets there: Ctrl+End, and
dragging the scroll bar from the top to the bottom in 60 steps a frame apart (16 ms). Prints
one JSON line; run it on a generated registry (bench.generate):

    python -m bench.scroll_probe --db /tmp/bench/r100k.db

`drag_s` includes the 60 pauses (about 1 s); `last_row_after_drag_s` is how long the last
rows still show "…" after the drag ends; `pages_read` counts the page queries of the drag.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from bench.screenshots import SCREEN, prepare_environment

STEPS = 60
FRAME_S = 0.016


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args(argv)
    prepare_environment(Path(tempfile.mkdtemp(prefix="kelishim-scroll-")))

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.settings import Settings
    from models.registry import Registry
    from ui.main_window import INSTRUMENTS, MainWindow
    from ui.ui_state import UiState

    from ui.qt_workarounds import pin_singletons

    pin_singletons()  # see ui/qt_workarounds.py
    app = QApplication(sys.argv[:1])
    registry = Registry.open(args.db, create=False)

    def wait(done, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not done() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.002)

    window = MainWindow(registry, Settings(), UiState())
    window.resize(*SCREEN)
    window.show()
    wait(lambda: not window.busy)
    window.show_page(INSTRUMENTS)  # it opens on Action needed when something is due
    wait(lambda: not window.busy)
    model, table = window.instruments.model, window.instruments.table
    last = model.total - 1
    table.setFocus()
    table.selectRow(0)

    started = time.perf_counter()
    QTest.keyClick(table, Qt.Key_End, Qt.ControlModifier)
    wait(lambda: model.row_at(last) is not None)
    ctrl_end = time.perf_counter() - started

    table.scrollToTop()
    wait(lambda: model.row_at(0) is not None)
    pages = []
    read = registry.list_instruments

    def counted(*a, **k):
        pages.append(k.get("offset"))
        return read(*a, **k)

    registry.list_instruments = counted
    bar = table.verticalScrollBar()
    started = time.perf_counter()
    for step in range(1, STEPS + 1):
        bar.setValue(bar.maximum() * step // STEPS)
        app.processEvents()
        time.sleep(FRAME_S)
    dragged = time.perf_counter()
    wait(lambda: model.row_at(last) is not None)
    print(json.dumps({
        "rows": model.total, "ctrl_end_s": round(ctrl_end, 3),
        "drag_s": round(dragged - started, 3),
        "last_row_after_drag_s": round(time.perf_counter() - dragged, 3),
        "pages_read": len(pages)}), flush=True)
    window.close()
    registry.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
