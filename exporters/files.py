"""Writing an export file whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from models.errors import RegistryError


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write beside the target and rename, so a failure never leaves half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".export-", suffix=path.suffix)
        os.close(fd)
        try:
            write(Path(tmp))
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        raise RegistryError("Cannot write {path}: {reason}", path=str(path),
                            reason=exc.strerror or str(exc)) from exc
