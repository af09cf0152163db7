"""The column mapping: which spreadsheet column fills which field, and how its values read.

A mapping is a JSON file (ready ones lie in the repository's `mappings/` folder):

    {
      "description": "what these files are and why the mapping reads them so",
      "null_values": ["", "NA"],             # cells that mean "empty" in every column
      "date_order": "dmy",                   # 03/04/2020: day first (dmy) or month first (mdy)
      "fields": {
        "title":  {"column": "Treaty Name"},
        "kind":   [{"column": "Type", "values": {"MOU": "memorandum_of_understanding"}},
                   {"value": "agreement"}],  # a list: the first spec that gives a value wins
        "signed_date": {"column": "Signed", "unknown": ["0000-00-00"],
                        "fallback_year": "Signature Year"},
        "notes":  {"columns": ["Lineage", "Secretariat"]}
      },
      "parties": {"column": "Parties", "separator": "\\n"}   or   {"from_title": "Treaty Name"},
      "events": [{"kind": "entered_into_force", "column": "Force", "unknown": ["2599-01-01"]},
                 {"column": "Events"}]       # without "kind": one event per line of the cell
    }

`{"own_export": true}` stands for the mapping of the program's own XLSX and CSV export.

A spec names its source with "column" (a name, or a list of alternative names: the first the
file has), "columns" (text joined from several) or "value" (a constant). Vocabulary fields read
the mapping's "values", then "starts_with"/"contains" (words of the cell), then the codes and the
Russian, Kyrgyz and English labels of the vocabulary, then "default" for an empty cell.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from models.vocabulary import (CONFIDENTIALITY, EVENT_KINDS, INTERNAL_ACTS, KINDS, LEVELS,
                               TEXT_LANGUAGES)

from .problems import TableError

VOCABULARY_FIELDS = {"kind": KINDS, "level": LEVELS, "confidentiality": CONFIDENTIALITY,
                     "internal_act": INTERNAL_ACTS}
TEXT_FIELDS = ("registry_number", "title", "title_ky", "title_en", "subject", "signed_place",
               "responsible_body", "responsible_clerk", "original_location", "notes", "uuid",
               "depositary")
INTEGER_FIELDS = ("duration_years", "renewal_years", "renewal_notice_months", "max_renewals")
BOOLEAN_FIELDS = ("multilateral", "is_placeholder", "effective_on_signature")
LIST_FIELDS = ("sectors", "languages")
DATE_FIELDS = ("signed_date",)
FIELDS = (*TEXT_FIELDS, *VOCABULARY_FIELDS, *INTEGER_FIELDS, *BOOLEAN_FIELDS, *LIST_FIELDS,
          *DATE_FIELDS)
LIST_VOCABULARIES = {"languages": TEXT_LANGUAGES}
_SPEC_KEYS = {"column", "columns", "value", "values", "starts_with", "contains", "default",
              "unknown", "fallback_year", "template", "separator", "kind"}


@dataclass(frozen=True)
class Spec:
    """Where one value comes from and how it reads."""

    column: tuple[str, ...] = ()  # alternative names of one column
    columns: tuple[str, ...] = ()  # several columns joined (text)
    value: object = None
    values: dict = field(default_factory=dict)  # folded source value -> code
    starts_with: tuple[tuple[str, str], ...] = ()
    contains: tuple[tuple[str, str], ...] = ()
    default: object = None
    unknown: frozenset = frozenset()
    fallback_year: str = ""
    template: str = ""
    separator: str = ""
    kind: str = ""  # events: the event kind of a date column

    def source(self, header: list[str]) -> str | None:
        """The column of `header` this spec reads (None: a constant or no such column)."""
        return next((c for c in self.column if c in header), None)


@dataclass
class Mapping:
    fields: dict[str, list[Spec]]
    parties: Spec | None = None
    parties_from_title: str = ""
    events: list[Spec] = field(default_factory=list)
    null_values: frozenset = frozenset({""})
    date_order: str = "dmy"
    description: str = ""

    def columns_used(self) -> list[str]:
        """Every source column the mapping names, for checking them against a file."""
        specs = [s for specs in self.fields.values() for s in specs] + self.events
        if self.parties:
            specs.append(self.parties)
        names = [c for s in specs for c in (*s.column[:1], *s.columns,
                                            *([s.fallback_year] if s.fallback_year else []))]
        if self.parties_from_title:
            names.append(self.parties_from_title)
        return list(dict.fromkeys(names))

    def missing_columns(self, header: list[str]) -> list[str]:
        """Columns the mapping needs that the file lacks (alternatives count as one)."""
        specs = [s for specs in self.fields.values() for s in specs] + self.events
        if self.parties:
            specs.append(self.parties)
        missing = [" / ".join(s.column) for s in specs if s.column and s.source(header) is None]
        for s in specs:
            missing += [c for c in (*s.columns, *([s.fallback_year] if s.fallback_year else []))
                        if c not in header]
        if self.parties_from_title and self.parties_from_title not in header:
            missing.append(self.parties_from_title)
        return list(dict.fromkeys(missing))


def fold(value: str) -> str:
    value = value if isinstance(value, str) else str(value)
    return _fold(value) if len(value) <= _REMEMBERED else _folded(value)


_REMEMBERED = 60  # characters: longer cells (titles, notes) are each a value of their own


def _folded(value: str) -> str:
    return " ".join(value.replace("ё", "е").casefold().split())


# The same few hundred values, in every row of a big sheet.
_fold = functools.lru_cache(maxsize=65_536)(_folded)


def _names(raw, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (raw,)
    if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        return tuple(raw)
    raise TableError("Mapping: “{where}” must name a column or a list of columns.",
                     where=where)


def _pairs(raw, where: str) -> tuple[tuple[str, str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise TableError("Mapping: “{where}” must be an object of values.", where=where)
    return tuple((fold(k), v) for k, v in raw.items())


def parse_spec(raw, where: str) -> Spec:
    if not isinstance(raw, dict):
        raise TableError("Mapping: “{where}” must be an object.", where=where)
    unknown = set(raw) - _SPEC_KEYS
    if unknown:
        raise TableError("Mapping: “{where}” has unknown keys: {keys}.", where=where,
                         keys=", ".join(sorted(unknown)))
    spec = Spec(column=_names(raw.get("column"), where),
                columns=_names(raw.get("columns"), where), value=raw.get("value"),
                values=dict(_pairs(raw.get("values"), where)),
                starts_with=_pairs(raw.get("starts_with"), where),
                contains=_pairs(raw.get("contains"), where), default=raw.get("default"),
                unknown=frozenset(fold(x) for x in _names(raw.get("unknown"), where)),
                fallback_year=str(raw.get("fallback_year") or ""),
                template=str(raw.get("template") or ""),
                separator=str(raw.get("separator") or ""), kind=str(raw.get("kind") or ""))
    if not spec.column and not spec.columns and spec.value is None:
        raise TableError("Mapping: “{where}” needs a “column”, “columns” or “value”.",
                         where=where)
    if spec.kind and spec.kind not in EVENT_KINDS:
        raise TableError("Mapping: “{where}”: unknown event kind “{kind}”.", where=where,
                         kind=spec.kind)
    return spec


def parse_mapping(data) -> Mapping:
    if isinstance(data, dict) and data.get("own_export"):
        # The program's own export: built from the export's columns and their headers as
        # translated now, so that a corrected translation never breaks a saved mapping.
        from exporters.columns import own_mapping
        data = own_mapping()
    if not isinstance(data, dict) or not isinstance(data.get("fields"), dict):
        raise TableError("Mapping: an object with “fields” is expected.")
    fields_: dict[str, list[Spec]] = {}
    for name, raw in data["fields"].items():
        if name not in FIELDS:
            raise TableError("Mapping: unknown field “{name}”; the fields are: {fields}.",
                             name=name, fields=", ".join(FIELDS))
        raws = raw if isinstance(raw, list) else [raw]
        fields_[name] = [parse_spec(r, f"fields.{name}") for r in raws]
    if "title" not in fields_:
        raise TableError("Mapping: the field “title” must be mapped.")
    parties, from_title = None, ""
    raw_parties = data.get("parties")
    if isinstance(raw_parties, dict) and "from_title" in raw_parties:
        from_title = str(raw_parties["from_title"])
    elif raw_parties is not None:
        parties = parse_spec(raw_parties, "parties")
    events = data.get("events") or []
    if not isinstance(events, list):
        raise TableError("Mapping: “events” must be a list.")
    order = data.get("date_order", "dmy")
    if order not in ("dmy", "mdy"):
        raise TableError("Mapping: “date_order” is dmy or mdy, not “{value}”.", value=order)
    nulls = data.get("null_values", [""])
    return Mapping(fields=fields_, parties=parties, parties_from_title=from_title,
                   events=[parse_spec(e, f"events[{i}]") for i, e in enumerate(events)],
                   null_values=frozenset(fold(x) for x in _names(nulls, "null_values")) | {""},
                   date_order=order, description=str(data.get("description", "")))


def load_mapping(path: str | Path) -> Mapping:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise TableError("Cannot read {path}: {reason}", path=str(path),
                         reason=exc.strerror or str(exc)) from exc
    except ValueError as exc:
        raise TableError("The mapping {path} is not valid JSON: {reason}", path=str(path),
                         reason=str(exc)) from exc
    return parse_mapping(data)


def layout_key(header: list[str]) -> str:
    """A name for a file layout: the same header row gives the same key."""
    return hashlib.sha256("\x1f".join(fold(h) for h in header).encode()).hexdigest()[:16]
