"""Start the desktop program exactly as `python main.py --db PATH` does, and quit as soon as the
main window is shown with its instrument list and deadlines filled, printing one JSON line:

    python -m bench.gui_probe --db PATH

bench.run starts this in a child process and times it from the outside.
"""

from __future__ import annotations

import json
import resource
import sys
import time

STARTED = time.perf_counter()


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cli.app import main as program
    from ui import main_window

    build = main_window.MainWindow.__init__
    waiting = {"instruments", "deadlines"}
    marks = {"imported_s": time.perf_counter() - STARTED}  # when each step was done

    def report(window) -> None:
        window.grab()  # paint the filled window once
        print(json.dumps({
            "filled_s": time.perf_counter() - STARTED, **marks, "visible": window.isVisible(),
            "rows": window.instruments.model.rowCount(),
            "total": window.instruments.model.total,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }), flush=True)
        QApplication.instance().quit()

    def filled(window, part: str) -> None:
        marks.setdefault(f"{part}_s", time.perf_counter() - STARTED)
        waiting.discard(part)
        if not waiting:
            QTimer.singleShot(0, lambda: report(window))

    def probed_init(window, *args, **kwargs) -> None:
        marks["registry_open_s"] = time.perf_counter() - STARTED
        build(window, *args, **kwargs)
        marks["window_built_s"] = time.perf_counter() - STARTED
        window.instruments.model.loaded.connect(lambda: filled(window, "instruments"))
        window.deadlines.loaded.connect(lambda _count: filled(window, "deadlines"))

    main_window.MainWindow.__init__ = probed_init
    return program(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
