"""Parsing the command line, opening the registry and turning every failure into one line."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from pathlib import Path
from typing import Sequence

from app.logs import log_file, setup_logging
from app.settings import Settings
from app.version import __version__
from i18n import LANGUAGES, _, set_language
from models import locking
from models.dberrors import explain, is_database_error
from models.errors import RegistryError, ValidationError
from models.registry import Registry

log = logging.getLogger(__name__)
PROG = "kelishim"
COMMANDS_DIR = Path(__file__).resolve().parent / "commands"
EXIT_USAGE, EXIT_FAILURE, EXIT_CRASH = 2, 1, 70


class UsageError(Exception):
    pass


# argparse takes its messages from gettext's "argparse" domain; route them through our
# catalogues (cli.po) so that a usage error reads in the user's language like everything else.
argparse._ = _


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting, so main() prints one line."""

    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> Parser:
    parser = Parser(prog=PROG, description=_("Kelishim: registry of international "
                                             "instruments."))
    parser.add_argument("--db", metavar="PATH", help=_("the registry database (file or URL)"))
    parser.add_argument("--lang", choices=LANGUAGES, help=_("language of messages and reports"))
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help=_("show program's version number and exit"))
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    # Every module in cli/commands/ has register(subparsers), which adds its subcommand with
    # set_defaults(run=...).
    for info in sorted(pkgutil.iter_modules([str(COMMANDS_DIR)]), key=lambda m: m.name):
        importlib.import_module(f"cli.commands.{info.name}").register(sub)
    return parser


def registry_location(args) -> str | None:
    """The registry named by --db, else by the settings, else None: the default file."""
    return args.db or Settings.load().database or None


def open_registry(args, *, create: bool) -> Registry:
    """The registry named by --db, else by the settings, else the default file.
    `create=False` refuses a database that does not exist yet and opens a file this user
    cannot change read-only (the commands that only read); writing commands create it."""
    settings = Settings.load()
    return Registry.open(registry_location(args), create=create, read_only_ok=not create,
                         backups=settings.backup_dir())


def _prepare_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8", errors="replace")


def _say_waiting():
    """Once, when a write has waited a second for another clerk's: say why nothing moves."""
    said = []

    def on_wait(_seconds: float) -> None:
        if not said:
            said.append(True)
            print(_("Waiting for another user's change…"), file=sys.stderr, flush=True)
    return on_wait


def main(argv: Sequence[str] | None = None) -> int:
    _prepare_streams()
    setup_logging()
    settings = Settings.load()
    set_language(settings.language)
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--lang" in argv[:-1]:  # before parsing, so that usage errors use it too
        set_language(argv[argv.index("--lang") + 1])
    try:
        args = build_parser().parse_args(argv)
        if args.lang:
            set_language(args.lang)
        if args.command is None:
            from app.display import start_gui
            return start_gui(args.db)
        with locking.waiting(on_wait=_say_waiting()):
            return args.run(args)
    except UsageError as exc:
        print(_("{prog}: error in the command line: {message} (see {prog} --help)").format(
            prog=PROG, message=exc), file=sys.stderr)
        return EXIT_USAGE
    except ValidationError as exc:
        print(exc.message(), file=sys.stderr)
        return EXIT_FAILURE
    except RegistryError as exc:
        print(f"{PROG}: {exc.message()}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (| head): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the last line of defence: log it, say one line
        if is_database_error(exc):  # one the registry did not turn into words itself
            log.exception("Database error in %s", argv)
            print(f"{PROG}: {explain(exc, writing=True).message()}", file=sys.stderr)
            return EXIT_FAILURE
        log.exception("Unexpected error in %s", argv)
        print(_("{prog}: unexpected error: {error}. Details: {log}").format(
            prog=PROG, error=exc.__class__.__name__, log=log_file()), file=sys.stderr)
        return EXIT_CRASH
