"""Logging to a file in the user's log folder; uncaught errors are written there in full."""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
from pathlib import Path

from .settings import log_dir
from .version import __version__

LOG_FILENAME = "kelishim.log"


def log_file() -> Path:
    return log_dir() / LOG_FILENAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to a rotating file. Returns its path (None if the folder is unusable:
    the program still runs, logging to stderr)."""
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "kelishim", False)]:
        if getattr(h, "baseFilename", None) == os.path.abspath(log_file()):
            return log_file()
        # set up for another log folder (or none was usable): log where the settings say now
        root.removeHandler(h)
        h.close()
    root.setLevel(level)
    try:
        log_dir().mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=2_000_000,
                                                       backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
        path = None
    else:
        path = log_file()
    handler.kelishim = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # The first line of every run: which program wrote what follows, and on what.
    logging.getLogger("kelishim").info("Kelishim %s starting (Python %s, %s)", __version__,
                                       platform.python_version(), platform.platform())
    return path
