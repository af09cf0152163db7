"""`restore FILE`: check a backup, keep the current registry as a backup of its own, then put
the backup in its place. `--dry-run` only checks."""

from __future__ import annotations

import sys
from pathlib import Path

from i18n import _


def register(sub) -> None:
    p = sub.add_parser("restore", help=_("restore the registry from a backup file (the current "
                                         "one is kept as a backup)"))
    p.add_argument("file", metavar="FILE", help=_("the backup file"))
    p.add_argument("--dry-run", action="store_true",
                   help=_("only check that the backup is whole; change nothing"))
    p.set_defaults(run=run)


def run(args) -> int:
    from app.settings import Settings
    from cli.commands.backup import server_url, sqlite_file_of
    from models.backup.folder import BackupFolder
    from models.backup.restore import check_backup, restore

    source = Path(args.file)
    if args.dry_run:
        manifest, problems = check_backup(source)
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            print(_("The backup {path} cannot be restored: {count} problem(s).").format(
                path=source, count=len(problems)), file=sys.stderr)
            return 1
        print(_("The backup {path} of {date} is whole ({summary}).").format(
            path=source, date=f"{manifest.created:%d.%m.%Y %H:%M}", summary=manifest.summary()))
        return 0
    if server_url(args):  # onto a server: into an empty database, by copy
        from models.backup.server import restore_onto_server
        from models.database import shown_url

        manifest = restore_onto_server(source, server_url(args))
        print(_("The registry {path} was restored from the backup of {date} ({summary}).")
              .format(path=shown_url(server_url(args)), date=f"{manifest.created:%d.%m.%Y %H:%M}",
                      summary=manifest.summary()))
        return 0
    target = sqlite_file_of(args)
    result = restore(source, target, BackupFolder(Settings.load().backup_dir()))
    print(_("The registry {path} was restored from the backup of {date} ({summary}).").format(
        path=target, date=f"{result.manifest.created:%d.%m.%Y %H:%M}",
        summary=result.manifest.summary()))
    for kept in result.kept:
        print(_("The registry as it was before is kept in {path}.").format(path=kept))
    if result.manifest.missing:
        print(_("{count} attached file(s) were not in the backup and could not be restored.")
              .format(count=len(result.manifest.missing)), file=sys.stderr)
        return 1
    return 0
