"""The program's version, as backups record it and messages name it."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def program_version() -> str:
    try:  # the program's one source of its version, where the package has it
        from app.version import __version__

        return __version__
    except ImportError:
        pass
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version("kelishim")
    except (ImportError, PackageNotFoundError):
        return "unknown"
