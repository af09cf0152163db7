"""The editors' catalogues (i18n/locale/<lang>/editor.po): every text the editors show is
there, in Russian and Kyrgyz, with the same placeholders as the English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import polib
import pytest

from i18n import LOCALE_DIR

ROOT = Path(__file__).resolve().parent.parent
MODULES = ("widgets", "editor/instrument", "editor/instrument_form", "editor/fields",
           "editor/parties", "editor/events", "editor/relations", "editor/attachments",
           "editor/history", "editor/meeting", "editor/follow_ups", "conflict_dialog", "waiting",
           "date_field")


def shown_texts() -> set[str]:
    """The English ids the editors translate: `_("...")`, the messages of the problems they
    make, and their tables of ids translated where shown."""
    from ui.conflict_dialog import LABELS
    from ui.editor.history import ACTIONS, MORE_LABELS
    from ui.widgets import DATE_PRECISIONS

    found = {text for _code, text in DATE_PRECISIONS} | set(MORE_LABELS.values()) | \
        set(ACTIONS.values()) | set(LABELS.values())
    for module in MODULES:
        tree = ast.parse((ROOT / "ui" / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            position = {"_": 0, "problem": 1}.get(node.func.id)
            if position is not None and len(node.args) > position and \
                    isinstance(node.args[position], ast.Constant):
                found.add(node.args[position].value)
    return found


def catalogue(lang: str) -> dict[str, str]:
    po = polib.pofile(str(LOCALE_DIR / lang / "editor.po"))
    return {e.msgid: e.msgstr for e in po if not e.obsolete and "fuzzy" not in e.flags}


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_every_text_of_the_editors_is_translated(lang):
    texts = shown_texts()
    assert len(texts) > 150
    entries = catalogue(lang)
    assert sorted(t for t in texts if not entries.get(t)) == []


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_translations_keep_their_placeholders(lang):
    def fields(text):
        return sorted(re.findall(r"\{\w*\}", text))

    assert [m for m, t in catalogue(lang).items() if fields(m) != fields(t)] == []


def test_kyrgyz_is_its_own_language():
    ru, ky = catalogue("ru"), catalogue("ky")
    assert ru.keys() == ky.keys()
    same = {m for m in ru if ru[m] == ky[m] and re.search(r"[а-яё]{4}", ru[m])}
    # words Kyrgyz shares with Russian: Документ, Орган, Текст, Версия
    assert same <= {"Document", "Instrument {number}", "Body", "Text", "Version"}
