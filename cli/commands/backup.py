"""`backup`: one self-contained backup file (snapshot, attached files, manifest).

Without -o it goes to the backup folder of the settings (rotated: the last ten and one a month
for a year); `--list` shows that folder.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from i18n import _, size_text


def register(sub) -> None:
    p = sub.add_parser("backup", help=_("write a backup of the registry (database and "
                                        "attached files)"))
    p.add_argument("-o", "--output", metavar="FILE",
                   help=_("the backup file to write (default: a new file in the backup "
                          "folder)"))
    p.add_argument("--list", action="store_true",
                   help=_("list the backups in the backup folder instead"))
    p.set_defaults(run=run)


def sqlite_file_of(args) -> Path:
    """The registry file the command works on; a server database is refused."""
    from cli.app import registry_location
    from models.database import database_url, sqlite_path
    from models.errors import DatabaseError

    location = registry_location(args)
    path = sqlite_path(database_url(location))
    if path is None:
        raise DatabaseError("This command works on a registry file (SQLite); {location} is a "
                            "database server.", location=str(location))
    return path


def server_url(args) -> str | None:
    """The URL of the registry when it is on a database server (None: a file)."""
    from cli.app import registry_location
    from models.database import database_url, sqlite_path

    url = database_url(registry_location(args))
    return None if sqlite_path(url) is not None else url


def back_up_server_registry(args, folder) -> int:
    """A registry on a server: copied, as it was at one moment, into the same kind of file."""
    from models.backup.folder import BackupFolder
    from models.backup.server import back_up_server, backup_name

    url = server_url(args)
    target = Path(args.output) if args.output else backup_name(folder, url, "manual",
                                                               datetime.now())
    if target.is_dir():
        target = backup_name(BackupFolder(target), url, "manual", datetime.now())
    manifest = back_up_server(url, target)
    print(_("Backup written: {path} ({size}; {summary}).").format(
        path=target, size=size_text(target.stat().st_size), summary=manifest.summary()))
    return 0


def run(args) -> int:
    from app.settings import Settings
    from models.backup.folder import BackupFolder
    from models.backup.snapshot import back_up_sqlite

    folder = BackupFolder(Settings.load().backup_dir())
    if args.list:
        return list_backups(folder)
    if server_url(args):
        return back_up_server_registry(args, folder)
    path = sqlite_file_of(args)
    if args.output:
        target = Path(args.output)
        if target.is_dir():
            target = BackupFolder(target).name_for(path, "manual", datetime.now())
        manifest = back_up_sqlite(path, target)
    else:
        entry = folder.back_up(path, reason="manual")
        target, manifest = entry.path, entry.manifest
    print(_("Backup written: {path} ({size}; {summary}).").format(
        path=target, size=size_text(target.stat().st_size), summary=manifest.summary()))
    if manifest.missing:
        print(_("{count} attached file(s) could not be read and are not in the backup; run "
                "check for details.").format(count=len(manifest.missing)), file=sys.stderr)
        return 1
    return 0


def list_backups(folder) -> int:
    entries = folder.entries()
    if not entries:
        print(_("No backups in {path}.").format(path=folder.path))
        return 0
    print(_("Backups in {path}:").format(path=folder.path))
    for e in entries:
        if e.manifest is None:
            print(f"  {e.path.name}: {e.problem}")
            continue
        print(f"  {e.created:%d.%m.%Y %H:%M}  {e.path.name}  {size_text(e.size)}  "
              f"{e.manifest.summary()}")
    return 0
