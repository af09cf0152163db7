"""A table pasted from a web page or a word processor, its cells separated by tabs, as the list
items the rest of the import reads: «1\tМеморандум о ...\tМинистерство А\tМинистерство Б» becomes
«1. Меморандум о ... между Министерством А и Министерством Б». The header row, when there is one,
says what each column holds (№, the document, a side, the status); without one, the cell naming
a document is the title, the cells after it are the sides, a cell that says «подписано»,
«утвержден», «signed» is the row's status. A row whose status is a plan is left out."""

from __future__ import annotations

import re

from . import kyrgyz
from .documents import DOCUMENT_EN, DOCUMENT_RU
from .segmentation import PLANNED, cues

NUMBER, TITLE, SIDE, STATUS, OTHER = "number", "title", "side", "status", "other"
_HEADERS = [(NUMBER, r"^(?:№|#|no\.?|n)$"),
            (TITLE, r"документ|наименование|название|title|document|instrument|аталыш|"
                    r"долбоор"),
            (SIDE, r"сторон|подписант|стороны|side|part(?:y|ies)|signator|от\s+\w+|тараптар"),
            (STATUS, r"статус|отметка|status|result|итог")]
_HEADERS = [(role, re.compile(p, re.I)) for role, p in _HEADERS]


def _names_document(cell: str) -> bool:
    for pattern in (DOCUMENT_RU, DOCUMENT_EN):
        m = pattern.search(cell)
        if m and len(cell[:m.start()].split()) <= 3:
            return True
    return False


def _header_roles(cells: list[str]) -> list[str] | None:
    """The role of each column, when the row is a header (no document named, every cell a
    heading word)."""
    if any(_names_document(c) and len(c.split()) > 2 for c in cells):
        return None
    roles = []
    for cell in cells:
        role = next((r for r, pattern in _HEADERS if pattern.search(cell)), None)
        if role is None and len(cell.split()) > 3:
            return None
        roles.append(role or OTHER)
    return roles if TITLE in roles or SIDE in roles or NUMBER in roles else None


def _guess_roles(cells: list[str]) -> list[str]:
    roles, seen_title = [], False
    for n, cell in enumerate(cells):
        if n == 0 and re.fullmatch(r"\d{1,3}[.)]?", cell):
            roles.append(NUMBER)
        elif not seen_title and _names_document(cell):
            roles.append(TITLE)
            seen_title = True
        elif cues(cell) and len(cell.split()) <= 3:
            roles.append(STATUS)
        elif seen_title and re.search(r"[A-ZА-ЯЁ]", cell):
            roles.append(SIDE)
        else:
            roles.append(OTHER)
    if not seen_title:  # «1\tТекст без слова вида документа\tСтороны»: the first text cell
        first = next((n for n, r in enumerate(roles) if r != NUMBER), None)
        if first is not None:
            roles[first] = TITLE
    return roles


def _row(cells: list[str], roles: list[str]) -> tuple[str, str, list[str]]:
    """(the row as a list item, its title, its two sides when the row names them)."""
    get = {role: [c for c, r in zip(cells, roles) if r == role] for role in set(roles)}
    title = " ".join(get.get(TITLE, [])).strip()
    if not title:
        return "\t".join(cells), "", []
    for cell in get.get(OTHER, []):  # «... жөнүндө | Чечим»: a Kyrgyz kind in its own column
        title = kyrgyz.table_title(title, cell)
    status = [kind for cell in get.get(STATUS, []) for _p, kind, _w in cues(cell)]
    if status and status[-1] == PLANNED:
        return "", "", []  # «Соглашение о ...\tперенесено»: not signed there
    sides = get.get(SIDE, [])
    if len(sides) == 1:
        sides = re.split(r"\s+[–—-]\s+|\s*;\s*", sides[0])
    number = get.get(NUMBER, [""])[0].rstrip(".)")
    line = f"{number}. {title}" if number else f"- {title}"
    if status:  # «Бишкекская декларация\tГлавы государств\tподписана»: the row says it
        line += " — " + " ".join(get[STATUS])
    return line, title, sides if len(sides) == 2 else []


def _rows(text: str):
    """(line, title, sides) of every line of `text`: a table row made a list item, any other
    line as it is (title "")."""
    roles: list[str] | None = None
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if "\t" not in line or len(cells) < 2:
            roles = None  # the table ended
            yield line, "", []
            continue
        header = _header_roles(cells)
        if header is not None:
            roles = header
            yield "", "", []  # the header row goes
            continue
        use = roles if roles is not None and len(roles) == len(cells) else _guess_roles(cells)
        yield _row(cells, use)


def tables_as_lists(text: str) -> str:
    """Every run of lines with tabs in `text` as list items (see the module's note)."""
    return "\n".join(line for line, _title, _sides in _rows(text))


def table_sides(text: str) -> dict[str, list[list[str]]]:
    """The two sides a table gives for each document, by its title (words casefolded), in the
    order of the rows (two rows may have one title: «Меморандум о взаимопонимании»): the
    parties of that document, whatever its title says."""
    out: dict[str, list[list[str]]] = {}
    for _line, title, sides in _rows(text):
        if title and sides:
            out.setdefault(" ".join(title.casefold().split()), []).append(sides)
    return out
