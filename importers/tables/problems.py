"""What is wrong with a spreadsheet, cell by cell."""

from __future__ import annotations

from dataclasses import dataclass

from i18n import translate
from models.errors import RegistryError, render_message


@dataclass(frozen=True)
class CellProblem:
    """One problem of one row (its number as the spreadsheet shows it) and column.

    A blocking problem keeps the row out of the registry; a notice only says what was done
    (an "unknown" date code left empty, say) and imports the row."""

    row: int
    column: str
    message_id: str
    params: tuple[tuple[str, object], ...] = ()
    blocking: bool = True

    def text(self, lang: str | None = None) -> str:
        return render_message(self.message_id, self.params, lang)

    def message(self, lang: str | None = None) -> str:
        if self.column:
            return translate("row {row}, column {column}: {problem}", lang).format(
                row=self.row, column=self.column, problem=self.text(lang))
        return translate("row {row}: {problem}", lang).format(row=self.row,
                                                              problem=self.text(lang))


def cell_problem(row: int, column: str, message_id: str, /, blocking: bool = True,
                 **params) -> CellProblem:
    return CellProblem(row, column, message_id, tuple(params.items()), blocking)


class TableError(RegistryError):
    """The file or the mapping cannot be used at all (not a table, unreadable, malformed)."""


class ValueProblem(Exception):
    """A cell value that cannot be used; the caller adds the row and the column."""

    def __init__(self, message_id: str, **params):
        super().__init__(message_id)
        self.message_id = message_id
        self.params = params
