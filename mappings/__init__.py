"""Ready column mappings for spreadsheet imports, shipped with the program: the two public treaty
lists (`ieadb-treaties`, `huggo-agreements`) and the program's own export (`kelishim-export`)."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def ready() -> list[str]:
    """The names of the mappings shipped with the program."""
    return sorted(p.stem for p in FOLDER.glob("*.json"))


def resolve(name_or_path: str) -> Path:
    """A mapping file by its path, or by the name of a ready one (`ieadb-treaties`), so that an
    installed program, whose mappings lie inside it, can name them without a path."""
    path = Path(name_or_path).expanduser()
    if path.exists():
        return path
    if path.parent != Path("."):  # a path to a file that is not there: say so, as given
        return path
    shipped = FOLDER / f"{path.stem if path.suffix == '.json' else path.name}.json"
    return shipped if shipped.is_file() else path
