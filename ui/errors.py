"""Message boxes: errors the user should read, yes/no questions, and the last line of defence
for unexpected errors (a short message and the log file's path; the traceback goes to the log).

Everything modal goes through `tell` and `ask`, so that tests can replace them and nothing
blocks a test run. Call them as `errors.tell(...)` (not `from ui.errors import tell`).
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from i18n import _
from models.dberrors import explain, is_database_error
from models.errors import DamagedRegistry, RegistryError

log = logging.getLogger(__name__)
_state = {"log_path": None, "showing": False, "on_damaged": None}


def message_box(parent: QWidget | None, title: str, text: str,
                icon: QMessageBox.Icon = QMessageBox.Warning) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.Ok, parent)
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)  # the log path can be copied
    return box


def tell(parent: QWidget | None, title: str, text: str,
         icon: QMessageBox.Icon = QMessageBox.Warning) -> None:
    message_box(parent, title, text, icon).exec()


def ask(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """A yes/no question whose yes button says what will happen ("Delete")."""
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(QMessageBox.Cancel)
    box.exec()
    return box.clickedButton() is yes


def choice_box(parent: QWidget | None, title: str, text: str,
               options: list[str]) -> tuple[QMessageBox, list]:
    """The box `choose` shows, and its buttons in the order of `options`."""
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, parent)
    buttons = [box.addButton(option, QMessageBox.AcceptRole) for option in options]
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(QMessageBox.Cancel)
    return box, buttons


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
    """A question with several answers, each a button saying what it does; the index of the
    one chosen, or -1 for Cancel (Esc)."""
    box, buttons = choice_box(parent, title, text, options)
    box.exec()
    return buttons.index(box.clickedButton()) if box.clickedButton() in buttons else -1


def show_registry_error(parent: QWidget | None, exc: RegistryError) -> None:
    """An operation the registry refused, in the user's words (nothing was written)."""
    tell(parent, _("The operation was not carried out"), exc.message())


def unexpected_error_text(exc: BaseException, log_path: Path | None) -> str:
    text = _("Something went wrong in the program ({error}). Your data is safe; the last "
             "action may not have been completed.").format(error=type(exc).__name__)
    if log_path:
        text += "\n\n" + _("The details were written to the log file:\n{path}").format(
            path=log_path)
    return text


def report_unexpected(exc_type, exc, tb) -> None:
    """sys.excepthook for the GUI: log the traceback, show a short message."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("Unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if isinstance(exc, DamagedRegistry) and _state["on_damaged"] is not None:
        _state["on_damaged"](exc)  # the damaged-registry dialog instead of an error
        return
    if isinstance(exc, RegistryError):  # a refusal that no slot caught: still the user's words
        text = exc.message()
    elif is_database_error(exc):  # the database's words, said as ours
        text = explain(exc, writing=True).message()
    else:
        text = unexpected_error_text(exc, _state["log_path"])
    if _state["showing"] or QApplication.instance() is None:
        return  # one dialog at a time; the rest is in the log
    _state["showing"] = True
    try:
        tell(QApplication.activeWindow(), _("Error"), text, QMessageBox.Critical)
    finally:
        _state["showing"] = False


def report_exception(exc: BaseException) -> None:
    """An error that reached the GUI thread from a background task."""
    report_unexpected(type(exc), exc, exc.__traceback__)


def on_damaged(handler) -> None:
    """Who handles a damaged registry met by a background query (the program's workspace);
    None: it is told like any other error."""
    _state["on_damaged"] = handler


def install_excepthook(log_path: Path | None) -> None:
    _state["log_path"] = log_path
    sys.excepthook = report_unexpected
