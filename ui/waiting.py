"""Saving while other clerks save: a write runs on a worker thread and the window stays alive.

A write that meets another clerk's change waits for it (models.locking). After the first second
the clerk reads "Waiting for another user's change…" where the window shows its news; after the
limit the registry gives up (`Busy`, nothing written) and the clerk is asked whether to try
again. The form cannot be changed while its save runs, so that what was typed meanwhile is not
lost under the saved record when it reloads.

    record_id = patiently(self, lambda: registry.save_instrument(draft), self.show_news)
"""

from __future__ import annotations

import threading
from typing import Callable, Iterable, TypeVar

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from i18n import _
from models import locking
from ui import errors

T = TypeVar("T")
POLL_MS = 50


def waiting_text() -> str:
    return _("Waiting for another user's change…")


def patiently(parent: QWidget, fn: Callable[[], T], news: Callable[[str], None] | None = None,
              frozen: Iterable[QWidget] = ()) -> T:
    """Run the registry write `fn` off the GUI thread and return its result (or raise its
    error here). `news(text)` shows the waiting notice ("" takes it away); the widgets in
    `frozen` take no input meanwhile. After the limit: try again, or raise `Busy`."""
    news = news or _window_news(parent)
    frozen = [w for w in frozen if w.isEnabled()]
    for w in frozen:
        w.setEnabled(False)
    try:
        while True:
            try:
                return _run(fn, news)
            except locking.Busy as exc:
                if not errors.ask(parent, _("Another user's change"), exc.message(),
                                  _("Try again")):
                    raise
    finally:
        if news:
            news("")
        for w in frozen:
            w.setEnabled(True)


def _window_news(widget: QWidget) -> Callable[[str], None] | None:
    """Where `widget`'s window shows news: an editor's summary line, a main window's status
    bar."""
    window = widget.window()
    if hasattr(window, "_news"):
        return window._news
    if hasattr(window, "statusBar"):
        return lambda text: window.statusBar().showMessage(text)
    return None


def _run(fn: Callable[[], T], news: Callable[[str], None] | None) -> T:
    outcome: dict = {}
    state = {"waited": 0.0}

    def work() -> None:
        try:
            with locking.waiting(on_wait=lambda seconds: state.update(waited=seconds)):
                outcome["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 (handed to the GUI thread)
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="registry-write", daemon=True)
    worker.start()
    worker.join(0.2)  # most saves end here, without turning the event loop at all
    if worker.is_alive():
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(POLL_MS)
        shown = {"text": ""}

        def poll() -> None:
            if not worker.is_alive():
                loop.quit()
            elif state["waited"] and news and not shown["text"]:
                shown["text"] = waiting_text()
                news(shown["text"])

        timer.timeout.connect(poll)
        timer.start()
        loop.exec(QEventLoop.ExcludeUserInputEvents)
        timer.stop()
        worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
