"""The catalogues of the registry core (i18n/locale/<lang>/core.po): complete and consistent."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import polib
import pytest

from i18n import LOCALE_DIR, catalogue, translate

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("ru", "ky")


def entries(lang: str) -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(LOCALE_DIR / lang / "core.po")) if not e.obsolete]


def fields(text: str) -> set[str]:
    """The {placeholders} that str.format fills in ({{seq}} is literal text, not one)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def literal_braces(text: str) -> list[str]:
    return sorted(re.findall(r"\{\{\w*\}\}", text))


def code_message_ids() -> set[str]:
    """Every English message id the models hand to the user: problem(field, "..."), the
    errors of models/errors.py raised with "...", _("...") / translate("...") and the field
    labels of validation."""
    errors = {"RegistryError", "ValidationError", "NotFound", "DatabaseError"}
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in
             sorted((ROOT / "models").rglob("*.py"))}
    for tree in trees.values():  # subclasses of the registry's errors, wherever defined
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Name) and b.id in errors for b in node.bases):
                errors.add(node.name)
    ids: set[str] = set()

    def literal(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            ids.add(node.value)
        elif isinstance(node, ast.IfExp):
            literal(node.body)
            literal(node.orelse)

    for tree in trees.values():
        assigned = {}  # msg = "..." then problem(field, msg)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                    isinstance(node.targets[0], ast.Name):
                assigned.setdefault(node.targets[0].id, []).append(node.value)
                if node.targets[0].id == "FIELD_LABELS" and isinstance(node.value, ast.Dict):
                    for value in node.value.values:
                        literal(value)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else None
            if name == "problem" and len(node.args) >= 2:
                arg = node.args[1]
            elif name in errors | {"_", "translate"} and node.args:
                arg = node.args[0]
            elif name == "__init__" and node.args:  # super().__init__("...") in an error
                arg = node.args[0]
            else:
                continue
            if isinstance(arg, ast.Name):
                for value in assigned.get(arg.id, []):
                    literal(value)
            else:
                literal(arg)
    return ids


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_header(lang):
    po = polib.pofile(str(LOCALE_DIR / lang / "core.po"))
    assert po.metadata["Language"] == lang
    assert "charset=UTF-8" in po.metadata["Content-Type"]
    assert po.encoding.lower() in ("utf-8", "utf8")


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_translated_and_keeps_its_placeholders(lang):
    wrong = []
    for e in entries(lang):
        if not e.msgstr or "fuzzy" in e.flags:
            wrong.append(("untranslated", e.msgid))
            continue
        if fields(e.msgid) != fields(e.msgstr):
            wrong.append(("placeholders", e.msgid, e.msgstr))
        if literal_braces(e.msgid) != literal_braces(e.msgstr):
            wrong.append(("literal braces", e.msgid, e.msgstr))
        try:
            e.msgstr.format(**{name: "x" for name in fields(e.msgid)})
        except (KeyError, IndexError, ValueError) as exc:
            wrong.append(("cannot format", e.msgid, str(exc)))
    assert wrong == []


def test_russian_and_kyrgyz_have_the_same_messages():
    ru, ky = ({e.msgid for e in entries(lang)} for lang in LANGS)
    assert ru == ky
    assert len(ru) == len(entries("ru"))  # no msgid twice


def test_kyrgyz_is_not_a_copy_of_russian():
    ru = {e.msgid: e.msgstr for e in entries("ru")}
    same = [e.msgid for e in entries("ky") if e.msgstr == ru[e.msgid]]
    assert same == []


def test_every_message_of_the_models_is_in_the_catalogues():
    ids = code_message_ids()
    assert "The title is required." in ids  # the scan itself works
    assert "Cannot open the database {path}: {reason}" in ids
    for lang in LANGS:
        known = {e.msgid for e in entries(lang)}
        assert sorted(ids - known) == [], lang


def test_a_validation_problem_renders_in_russian_by_default():
    from datetime import date

    from models.records import InstrumentDraft, PartyDraft
    from models.validation import validate_instrument

    d = InstrumentDraft(title="", kind="agreement", level="interstate",
                        signed_date=date(2025, 11, 26),
                        parties=[PartyDraft(name="Кыргызская Республика", country="KG"),
                                 PartyDraft(name="Российская Федерация", country="RU")])
    problems = validate_instrument(d, date(2026, 11, 25))
    assert [p.message() for p in problems] == ["Название обязательно для заполнения."]
    assert problems[0].message("ky") == "Аталышы милдеттүү түрдө толтурулат."
    assert problems[0].message("en") == "The title is required."


def test_errors_render_in_russian_by_default():
    from models.errors import DatabaseError, NotFound

    err = DatabaseError("The database {path} does not exist.", path="/tmp/x.db")
    assert str(err) == "База данных /tmp/x.db не найдена."
    assert err.message("ky") == "/tmp/x.db маалымат базасы табылган жок."
    assert err.message("en") == "The database /tmp/x.db does not exist."
    assert NotFound("The instrument no. {id} does not exist.", id=7).message() == \
        "Документ № 7 не найден."


def test_core_catalogue_is_loaded_with_the_others():
    assert translate("The title is required.", "ru") == catalogue("ru")["The title is required."]
    assert translate("The title is required.", "en") == "The title is required."


def test_every_country_has_russian_and_kyrgyz_names_in_cyrillic():
    from models.countries import seeds

    latin = re.compile("[A-Za-z]")
    untranslated = [(c.code, c.name_ru, c.name_ky) for c in seeds()
                    if latin.search(c.name_ru + c.name_ky + c.official_ru + c.official_ky)]
    assert untranslated == []
