"""Per-user settings of the program (not of a registry): a small JSON file in the user's config
folder. Window geometry and column widths live in QSettings, next to it."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

from i18n import DEFAULT_LANGUAGE, LANGUAGES

APP_NAME = "Kelishim"
log = logging.getLogger(__name__)


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass
class Settings:
    language: str = DEFAULT_LANGUAGE
    database: str = ""  # a file path or a database URL; empty: the default file
    organisation_name: str = ""  # printed in report headers
    horizon_days: int = 90  # "Action needed" looks this far ahead
    backup_folder: str = ""  # automatic and pre-upgrade backups; empty: the default folder

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> "Settings":
        """The saved settings; defaults when there are none or the file is damaged."""
        try:
            data = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Settings file %s unreadable, using defaults: %s", cls.path(), exc)
            return cls()
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in data.items() if k in known})
        if settings.language not in LANGUAGES:
            settings.language = DEFAULT_LANGUAGE
        if not isinstance(settings.horizon_days, int) or settings.horizon_days <= 0:
            settings.horizon_days = 90
        return settings

    def backup_dir(self) -> Path:
        """The folder of the backups: the one chosen, else `backups` in the data folder."""
        from models.backup.folder import default_backup_dir

        return Path(self.backup_folder).expanduser() if self.backup_folder.strip() \
            else default_backup_dir()

    def save(self) -> None:
        """Write atomically, so a crash never leaves half a file."""
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(self), fh, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
