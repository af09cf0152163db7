"""Translations for everything people read: English message ids, Russian and Kyrgyz catalogues.

Catalogues are gettext .po files under `i18n/locale/<lang>/`, one per area of the program
(core.po, ui.po, reports.po, importers.po ...), so translators edit them with ordinary tools.
English is the source language; Russian is the default.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import polib

LANGUAGES = ("ru", "ky", "en")
DEFAULT_LANGUAGE = "ru"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_state = threading.local()
_default = {"lang": DEFAULT_LANGUAGE}


def set_language(lang: str) -> None:
    """Set the language for the whole process (the GUI and command line call this once)."""
    _default["lang"] = lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def get_language() -> str:
    return getattr(_state, "lang", None) or _default["lang"]


class language:
    """Context manager: translate in `lang` on this thread (a report in another language)."""

    def __init__(self, lang: str | None):
        self.lang = lang if lang in LANGUAGES else None

    def __enter__(self):
        self.previous = getattr(_state, "lang", None)
        _state.lang = self.lang or get_language()
        return self

    def __exit__(self, *exc):
        _state.lang = self.previous


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[str, str]:
    """msgid -> translation for one language, from every .po file of that language."""
    table: dict[str, str] = {}
    folder = LOCALE_DIR / lang
    if folder.is_dir():
        for path in sorted(folder.glob("*.po")):
            for entry in polib.pofile(str(path)):
                if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags:
                    table[entry.msgid] = entry.msgstr
    return table


def translate(msgid: str, lang: str | None = None) -> str:
    lang = lang or get_language()
    if lang == "en":
        return msgid
    return catalogue(lang).get(msgid, msgid)


def _(msgid: str) -> str:
    """Translate into the current language; English text is the id."""
    return translate(msgid)


def size_text(size: int) -> str:
    """A file's size as a clerk reads it, in the current language: "54,4 КБ", "1.2 GB"."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            text = f"{size / scale:.1f} {_(unit)}"
            return text if get_language() == "en" else text.replace(".", ",")
    return f"{size} {_('B')}"
