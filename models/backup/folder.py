"""The backup folder: automatic, manual and pre-upgrade backups side by side, listed from their
manifests and rotated per registry (models.backup.rotation)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..database import data_dir
from ..sqlite_file import remove_stale_temporaries
from .archive import BackupError, BackupFile, Progress
from .manifest import SUFFIX, Manifest
from .rotation import KEEP_LAST, to_delete
from .snapshot import back_up_sqlite

log = logging.getLogger(__name__)


def default_backup_dir() -> Path:
    return data_dir() / "backups"


@dataclass
class BackupEntry:
    path: Path
    size: int  # bytes of the backup file
    manifest: Manifest | None  # None: the file cannot be read as a backup
    problem: str = ""

    @property
    def created(self) -> datetime:
        if self.manifest is not None:
            try:
                return self.manifest.created
            except ValueError:
                pass
        return datetime.fromtimestamp(self.path.stat().st_mtime).astimezone()

    def is_of(self, source: Path | str) -> bool:
        return self.manifest is not None and self.manifest.source == str(source)


class BackupFolder:
    def __init__(self, path: Path | str | None = None):
        self.path = Path(path).expanduser() if path else default_backup_dir()

    def entries(self) -> list[BackupEntry]:
        """Every backup file in the folder, newest first."""
        if not self.path.is_dir():
            return []
        found = []
        for item in self.path.glob(f"*{SUFFIX}"):
            if item.name.startswith("."):
                continue
            try:
                size = item.stat().st_size
                with BackupFile(item) as backup:
                    found.append(BackupEntry(item, size, backup.manifest))
            except BackupError as exc:
                found.append(BackupEntry(item, size, None, exc.message()))
            except OSError:
                continue  # removed meanwhile
        return sorted(found, key=lambda e: e.created, reverse=True)

    def of(self, source: Path) -> list[BackupEntry]:
        """The backups of one registry, newest first."""
        key = str(Path(source).resolve())
        return [e for e in self.entries() if e.is_of(key)]

    def name_for(self, source: Path, reason: str, when: datetime) -> Path:
        base = f"{Path(source).stem}-{when:%Y%m%d-%H%M%S}-{reason}"
        target = self.path / f"{base}{SUFFIX}"
        n = 2
        while target.exists():
            target = self.path / f"{base}-{n}{SUFFIX}"
            n += 1
        return target

    def back_up(self, source: Path, *, reason: str = "manual", rotate: bool = True,
                progress: Progress | None = None) -> BackupEntry:
        """A backup of the SQLite registry `source` into this folder; then the folder is
        rotated for that registry. Raises a RegistryError when it cannot be made."""
        source = Path(source).resolve()
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BackupError("Cannot create the backup folder {path}: {reason}",
                              path=str(self.path), reason=exc.strerror or exc) from exc
        remove_stale_temporaries(self.path / "x", any_name=True)
        target = self.name_for(source, reason, datetime.now())
        manifest = back_up_sqlite(source, target, reason=reason, progress=progress)
        log.info("Backup (%s) of %s written: %s, %d bytes, %s", reason, source, target,
                 target.stat().st_size, manifest.counts)
        if rotate:
            self.rotate(source, keep=target)
        return BackupEntry(target, target.stat().st_size, manifest)

    def rotate(self, source: Path, now: datetime | None = None,
               keep: Path | None = None) -> list[Path]:
        """Remove the backups of `source` that rotation does not keep (never `keep`, the one
        just made); returns them."""
        mine = [e for e in self.of(source) if e.path != keep]
        now = now or datetime.now().astimezone()
        removed = []
        for i in sorted(to_delete([e.created for e in mine], now, keep_last=KEEP_LAST - 1
                                  if keep else KEEP_LAST)):
            try:
                mine[i].path.unlink()
                removed.append(mine[i].path)
            except OSError as exc:
                log.warning("Old backup %s not removed: %s", mine[i].path, exc)
        if removed:
            log.info("Rotation removed %d old backup(s) of %s: %s", len(removed), source,
                     ", ".join(p.name for p in removed))
        return removed

    def newest(self, source: Path) -> BackupEntry | None:
        mine = self.of(source)
        return mine[0] if mine else None

    def changed_since_newest(self, source: Path, audit_entries: int) -> bool:
        """Has the registry changed since its newest backup? Every change writes an audit
        entry, and none is ever removed: a different count means a change."""
        newest = self.newest(source)
        return newest is None or newest.manifest.count("auditentry") != audit_entries

