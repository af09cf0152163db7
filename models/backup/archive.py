"""Writing and reading the backup file (see manifest.py for its layout).

Writing is engine-neutral: it takes an SQLite snapshot of the registry and the registry's
`FileStore`, so a registry on a server is backed up by first copying it into an SQLite
snapshot. The file is written beside its final name and renamed when complete: a backup
interrupted at any moment leaves no file that looks like a backup.
"""

from __future__ import annotations

import hashlib
import logging
import os
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from ..errors import RegistryError
from ..filestore import CHUNK, FileStore
from ..sqlite_file import fsync_path, temporary_beside
from .manifest import DATABASE, FILES, FORMAT_VERSION, MANIFEST, Manifest, file_member

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
ZIP64_FROM = 1 << 30  # members this large may pass 4 GB once stored: ZIP64 headers


class BackupError(RegistryError):
    """The backup file cannot be written, read or trusted; the message says why."""


def _stamp() -> tuple[int, int, int, int, int, int]:
    return datetime.now().timetuple()[:6]


def _add(zf: zipfile.ZipFile, member: str, source: BinaryIO, size: int, compress: bool,
         step: Callable[[int], None]) -> dict:
    info = zipfile.ZipInfo(member, _stamp())
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info._compresslevel = 1  # the snapshot shrinks to a third even so, at disk speed
    digest = hashlib.sha256()
    written = 0
    with zf.open(info, "w", force_zip64=size >= ZIP64_FROM) as out:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
            written += len(chunk)
            step(len(chunk))
    return {"sha256": digest.hexdigest(), "size": written}


def write_archive(target: Path, database: Path, store: FileStore, hashes: Iterable[str],
                  manifest: Manifest, progress: Progress | None = None) -> Manifest:
    """Write the backup file `target` from the SQLite snapshot `database` and the stored
    files `hashes`. Attachments that cannot be read, or whose content no longer matches its
    hash, are listed in the manifest's `missing` and left out. Returns the manifest written."""
    hashes = sorted(set(hashes))
    sizes = {}
    for sha in hashes:
        try:
            sizes[sha] = store.size(sha)
        except (OSError, AttributeError):
            sizes[sha] = 0
    total = database.stat().st_size + sum(sizes.values())
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_beside(target, "partial")
    try:
        files: dict[str, dict] = {}
        missing: list[str] = []
        with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
            with open(database, "rb") as fh:
                files[DATABASE] = _add(zf, DATABASE, fh, database.stat().st_size, True, step)
            for sha in hashes:
                member = file_member(sha)
                try:
                    with store.open(sha) as fh:
                        entry = _add(zf, member, fh, sizes[sha], False, step)
                except OSError as exc:
                    log.warning("Backup %s: the attached file %s cannot be read: %s", target,
                                sha, exc)
                    missing.append(sha)
                    continue
                files[member] = entry
                if entry["sha256"] != sha:
                    log.warning("Backup %s: the attached file %s is damaged (its content "
                                "hashes to %s); kept as it is but not restored", target, sha,
                                entry["sha256"])
                    missing.append(sha)
            manifest = replace(manifest, files=files, missing=missing)
            zf.writestr(MANIFEST, manifest.to_json())
        fsync_path(tmp)
        os.replace(tmp, target)
        fsync_path(target.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return manifest


class BackupFile:
    """A backup file opened for reading. Raises BackupError when it is no backup at all."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.zip = zipfile.ZipFile(self.path)
        except FileNotFoundError as exc:
            raise BackupError("The backup file {path} does not exist.",
                              path=str(path)) from exc
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise BackupError("{path} is not a Kelishim backup file (or it is damaged): "
                              "{reason}", path=str(path), reason=str(exc)) from exc
        try:
            self.manifest = Manifest.from_json(self.zip.read(MANIFEST).decode("utf-8"))
        except (KeyError, ValueError, TypeError, zipfile.BadZipFile, OSError) as exc:
            self.zip.close()
            raise BackupError("{path} is not a Kelishim backup file (or it is damaged): "
                              "{reason}", path=str(path), reason=str(exc)) from exc
        if self.manifest.format_version > FORMAT_VERSION:
            self.zip.close()
            raise BackupError("The backup {path} was written by a newer version of Kelishim "
                              "({version}); this version cannot read it.", path=str(path),
                              version=self.manifest.program_version)

    def close(self) -> None:
        self.zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def check_members(self, progress: Progress | None = None) -> list[str]:
        """Every member the manifest names is there and reads back to its size and SHA-256.
        Problems as sentences in the user's language (empty: the backup is whole)."""
        from i18n import _

        problems = []
        names = set(self.zip.namelist())
        if DATABASE not in self.manifest.files:
            problems.append(_("The backup holds no database."))
        total = self.manifest.size
        done = 0
        for member, expected in sorted(self.manifest.files.items()):
            if member not in names:
                problems.append(_("The backup lacks the file {name}.").format(name=member))
                continue
            digest = hashlib.sha256()
            size = 0
            try:
                with self.zip.open(member) as fh:
                    while chunk := fh.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                problems.append(_("The file {name} in the backup cannot be read: {reason}")
                                .format(name=member, reason=exc))
                continue
            if digest.hexdigest() != expected.get("sha256") or size != expected.get("size"):
                problems.append(_("The file {name} in the backup does not match its "
                                  "checksum.").format(name=member))
        return problems

    def extract(self, member: str, target: Path) -> None:
        with self.zip.open(member) as src, open(target, "wb") as out:
            while chunk := src.read(CHUNK):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())

    def attachments(self) -> Iterator[tuple[str, str]]:
        """(sha256, member) of every attached file the backup can restore."""
        missing = set(self.manifest.missing)
        for member, entry in sorted(self.manifest.files.items()):
            if member.startswith(FILES):
                sha = member.rsplit("/", 1)[-1]
                if sha not in missing and entry.get("sha256") == sha:
                    yield sha, member

    def open_member(self, member: str) -> BinaryIO:
        return self.zip.open(member)
