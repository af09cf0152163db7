"""Backups of a registry on a department's PostgreSQL server, in the same self-contained file as
a registry file's (a snapshot registry in SQLite, every attached file, the manifest): `copy`
writes the server's registry, as it was at one moment, into a snapshot file with its files
beside it, and the archive is written from those. Such a backup opens on any clerk's machine
as a registry file, is checked like any other, and is restored onto a server by copying it
into an empty database (`restore_onto_server`).
"""

from __future__ import annotations

import logging
import tempfile
from datetime import datetime
from pathlib import Path

from ..copying import copy_registry
from ..database import database_url, shown_url
from ..errors import DatabaseError
from ..filestore import store_beside
from ..version import program_version
from .archive import Progress, write_archive
from .folder import BackupFolder
from .manifest import Manifest
from .restore import restore
from .snapshot import snapshot_facts

log = logging.getLogger(__name__)


def backup_name(folder: BackupFolder, url: str, reason: str, when: datetime) -> Path:
    """A name in the backup folder: the database's name stands for the file's."""
    from sqlalchemy.engine import make_url

    return folder.name_for(Path(make_url(database_url(url)).database or "server"), reason,
                           when)


def back_up_server(url: str, target: Path, *, reason: str = "manual",
                   progress: Progress | None = None) -> Manifest:
    """Write a backup of the registry on the server `url` to the file `target`."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".kelishim-backup-", dir=target.parent) as work:
        snapshot = Path(work) / "registry.db"
        copy_registry(url, str(snapshot))
        revision, counts, hashes = snapshot_facts(snapshot)
        manifest = Manifest(program_version=program_version(), schema_revision=revision,
                            created_at=datetime.now().astimezone().isoformat(), reason=reason,
                            source=shown_url(database_url(url)), engine="postgresql",
                            counts=counts, files={})
        try:
            written = write_archive(target, snapshot, store_beside(snapshot), hashes, manifest,
                                    progress)
        except OSError as exc:
            raise DatabaseError("The backup {path} cannot be written: {reason}",
                                path=str(target), reason=exc.strerror or exc) from exc
    log.info("Backup (%s) of %s written: %s, %s", reason, manifest.source, target,
             written.counts)
    return written


def restore_onto_server(backup_path: Path, url: str) -> Manifest:
    """Put the backup `backup_path` into the empty database `url` (a server's registry is
    never written over: IT makes a new database and points the clerks to it). The backup is
    checked whole first; nothing is written to the server when it is not."""
    with tempfile.TemporaryDirectory(prefix="kelishim-restore-") as work:
        registry_file = Path(work) / "registry.db"
        result = restore(Path(backup_path), registry_file, BackupFolder(Path(work) / "kept"))
        copy_registry(str(registry_file), url)  # refused if files are missing: nothing written
    return result.manifest
