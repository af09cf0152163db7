"""Folders of work in the user's cache folder (copies of a registry opened read-only or
salvaged), removed when done and, when a process was killed, by the next one."""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
from pathlib import Path

import platformdirs

from .sqlite_file import process_alive

log = logging.getLogger(__name__)
_NAME = re.compile(r"^copy-(\d+)-[0-9a-f]+$")


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("Kelishim", appauthor=False)) / "copies"


class WorkFolder:
    def __init__(self, path: Path):
        self.path = path

    def __truediv__(self, name: str) -> Path:
        return self.path / name

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def work_folder() -> WorkFolder:
    """A new folder of this process's own; those of processes gone are removed first."""
    root = cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    for item in root.iterdir():
        m = _NAME.match(item.name)
        if m and not process_alive(int(m.group(1))):
            log.info("Removing the work folder %s of a process that ended", item)
            shutil.rmtree(item, ignore_errors=True)
    path = root / f"copy-{os.getpid()}-{secrets.token_hex(4)}"
    path.mkdir()
    return WorkFolder(path)
