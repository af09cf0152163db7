"""The installed program's commands (pyproject.toml): `kelishim` is `cli.app.main`, exactly what
`python main.py` runs; `kelishim-gui` is the same program started without a console window on
Windows (the Start-menu entry and the desktop file use it)."""

from __future__ import annotations

import os
import sys


def gui_main() -> int:
    # Windows starts a GUI script with no console: sys.stdout and sys.stderr are None, and the
    # first print would raise. Messages then go to the log alone.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    from cli.app import main

    return main()
