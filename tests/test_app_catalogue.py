"""The texts of start-up and of the About dialog (i18n/locale/<lang>/app.po) are all there, in
Russian and Kyrgyz, with the placeholders of the English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import polib
import pytest

from i18n import LOCALE_DIR, catalogue

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "app").glob("*.py")), ROOT / "ui" / "about_dialog.py"]


def shown_texts() -> set[str]:
    from ui.about_dialog import FOLDER_LINES

    found = {line.label for line in FOLDER_LINES}
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                    node.func.id == "_" and node.args and isinstance(node.args[0], ast.Constant):
                found.add(node.args[0].value)
    return found


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_every_text_is_translated(lang):
    texts = shown_texts()
    assert len(texts) >= 10
    table = catalogue(lang)
    assert sorted(t for t in texts if not table.get(t)) == []


@pytest.mark.parametrize("lang", ["ru", "ky"])
def test_translations_keep_their_placeholders(lang):
    def fields(text):
        return sorted(re.findall(r"\{\w*\}", text))

    po = polib.pofile(str(LOCALE_DIR / lang / "app.po"))
    assert [e.msgid for e in po if fields(e.msgid) != fields(e.msgstr)] == []
