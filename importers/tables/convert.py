"""One spreadsheet row to one `InstrumentDraft`, with every problem by row and column.

The values are read and checked cell by cell here; the draft as a whole is checked by the
registry (`Registry.planning`, once per row: `importers.tables.plan.prepare`), whose problems
`add_problems` puts at their columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from i18n import get_language
from models.records import DuplicateMatch, EventDraft, InstrumentDraft, PartyDraft
from models.vocabulary import EVENT_KINDS

from .countries import CountryNames
from .mapping import (BOOLEAN_FIELDS, INTEGER_FIELDS, LIST_VOCABULARIES, TEXT_FIELDS,
                      VOCABULARY_FIELDS, Mapping, Spec, fold)
from .problems import CellProblem, ValueProblem, cell_problem
from .reading import Shared, Table
from .values import (PartialDate, read_bool, read_date, read_event, read_int, read_party,
                     show, split_list, unknown_value, vocabulary_code)

MAX_TEXT = 10_000  # characters in one cell
REMEMBERED = 20_000  # party list items read once each, at most
# What the export protects against formula injection ("'=..."), taken off again on import.
_PROTECTED = tuple("'" + c for c in "=+-@\t\r")
_SPACE = re.compile(r"\s")


@dataclass(slots=True)  # one for each row of a sheet of up to 100,000
class RowResult:
    row: int  # as the spreadsheet numbers it
    # None: the row cannot be imported (a blocking problem), or it was planned (kept on disk
    # by the registry's plan: `ImportPlan.planned_rows`)
    draft: InstrumentDraft | None
    problems: list[CellProblem] = field(default_factory=list)
    duplicate: DuplicateMatch | None = None  # the record (or earlier row) it repeats

    @property
    def blocked(self) -> bool:
        return any(p.blocking for p in self.problems)


class Converter:
    def __init__(self, mapping: Mapping, table: Table, countries: CountryNames, today: date):
        self.mapping, self.table, self.countries, self.today = mapping, table, countries, today
        self.index = {name: i for i, name in enumerate(table.header)}
        # id(spec) -> its column in this file and the column's place (None: not in the file)
        self._sources: dict[int, tuple[str | None, int | None]] = {}
        self._codes: dict[tuple, str | None] = {}  # (spec, vocabulary, value) -> code
        self._event_spec = Spec()
        self._dates: dict[tuple, PartialDate] = {}  # (text, date order) -> its date
        self._shared = Shared()  # one text object for the names and sectors written alike
        self._party_items: dict[str, tuple] = {}  # a party list's item -> its values
        # A cell with more letters than the longest null value stands for no null value
        # (folding never drops a letter): one whose first letters are that many needs no
        # folding to tell.
        self._null_room = max(map(len, mapping.null_values), default=0)
        # Each field read the same way in every row, decided once per file: (name, specs,
        # how, spec, its column's place, the column problems are put at); `how` None: by
        # `_field`
        self._fields = [self._compiled(name, specs)
                        for name, specs in mapping.fields.items()]

    def _compiled(self, name: str, specs: list[Spec]) -> tuple:
        spec = specs[0]
        if name in VOCABULARY_FIELDS or name == "signed_date" or spec.columns \
                or not spec.column:
            return name, specs, None, spec, None, ""
        column, at = self._source(spec)
        return name, specs, _how(name), spec, at, column or spec.column[0]

    def _source(self, spec: Spec) -> tuple[str | None, int | None]:
        found = self._sources.get(id(spec))
        if found is None:
            column = spec.source(self.table.header)
            found = self._sources[id(spec)] = (column, self.index.get(column))
        return found

    def _vocabulary_code(self, value, spec: Spec, vocabulary) -> str | None:
        """`vocabulary_code`, remembered: a big sheet repeats a few hundred values."""
        key = (id(spec), id(vocabulary), value if isinstance(value, str) else repr(value))
        if key not in self._codes:
            self._codes[key] = vocabulary_code(value, spec, vocabulary)
        return self._codes[key]

    def _date(self, raw, date_order: str = "dmy") -> PartialDate:
        """`read_date`, remembered for texts: a big sheet repeats its dates (one object each)."""
        if not isinstance(raw, str):
            return read_date(raw, self.today, date_order)
        key = (raw, date_order)
        found = self._dates.get(key)
        if found is None:
            found = self._dates[key] = read_date(raw, self.today, date_order)
        return found

    # --- cells ----------------------------------------------------------------------------

    def _cell(self, cells: list, column: str | None):
        at = self.index.get(column) if column is not None else None
        return None if at is None else self._value(cells[at])

    def _value(self, value):
        """A cell's value: None when empty or a null value, the export's protection off."""
        if isinstance(value, str):
            if value.startswith(_PROTECTED):
                value = value[1:]
            room = self._null_room
            if (len(value) <= room or _SPACE.search(value, 0, room + 1)) \
                    and fold(value) in self.mapping.null_values:
                return None
        return value

    def _raw(self, spec: Spec, cells: list):
        """The value a spec reads from a row (None: empty) and the column it came from."""
        if spec.columns:
            parts = [(c, self._cell(cells, c)) for c in spec.columns]
            text = "; ".join(f"{c}: {_text(v)}" for c, v in parts if v is not None)
            return (text or None), spec.columns[0]
        if spec.column:
            column, at = self._source(spec)
            return (None if at is None else self._value(cells[at])), column or spec.column[0]
        return spec.value, ""

    def column_of(self, name: str) -> str:
        """The source column of a field, for reporting a problem of that field."""
        if name == "parties":
            if self.mapping.parties_from_title:
                return self.mapping.parties_from_title
            return self.mapping.parties.source(self.table.header) or "" \
                if self.mapping.parties else ""
        if name == "events":
            found = [s.source(self.table.header) for s in self.mapping.events]
            return next((c for c in found if c), "")
        for spec in self.mapping.fields.get(name, []):
            if spec.columns:
                return spec.columns[0]
            if spec.column:
                return spec.source(self.table.header) or spec.column[0]
        return ""

    # --- a row ----------------------------------------------------------------------------

    def convert(self, cells: list, row: int) -> RowResult:
        problems: list[CellProblem] = []

        def report(column: str, exc: ValueProblem, blocking: bool = True) -> None:
            problems.append(CellProblem(row, column, exc.message_id,
                                        tuple(exc.params.items()), blocking))

        values: dict = {}
        value_of, read = self._value, self._read
        for name, specs, how, spec, at, column in self._fields:
            if how is None:
                try:
                    self._field(name, specs, cells, values, problems, row)
                except _Reported as exc:
                    report(exc.column, exc.problem)
                continue
            # as `_field` reads a field of one column
            raw = None if at is None else cells[at]
            if raw is not None:
                raw = value_of(raw)
            try:
                read(name, how, spec, raw, values)
            except ValueProblem as exc:
                report(column, exc)
        parties = self._parties(cells, row, problems)
        if len(parties) > 2:
            values["multilateral"] = True
        events = self._events(cells, row, problems)
        draft = InstrumentDraft(**values, parties=parties, events=events)
        return RowResult(row, None if any(p.blocking for p in problems) else draft, problems)

    def add_problems(self, result: RowResult, found: list) -> None:
        """The registry's problems of a row's draft (`models.errors.Problem`s, by field), each
        at its column, unless the converter already reported one there; a blocking one
        keeps the row out (its draft dropped)."""
        problems, row = result.problems, result.row
        for p in found:
            column = self.column_of(p.field)
            if not any(x.column == column and x.row == row for x in problems) or not column:
                problems.append(CellProblem(row, column, p.message_id, p.params))
        if any(p.blocking for p in problems):
            result.draft = None

    def _field(self, name: str, specs: list[Spec], cells, values: dict, problems, row) -> None:
        if name in VOCABULARY_FIELDS:
            code = self._code(specs, cells, VOCABULARY_FIELDS[name])
            if code or name != "internal_act":  # no act given: the kind's usual one
                values[name] = code
            return
        spec = specs[0]
        raw, column = self._raw(spec, cells)
        if name == "signed_date":
            found = self._signed_date(spec, raw, column, cells, row, problems)
            if found:
                values["signed_date"], values["signed_date_precision"] = found
            return
        try:
            self._read(name, _how(name), spec, raw, values)
        except ValueProblem as exc:
            raise _Reported(column, exc) from None

    def _read(self, name: str, how: object, spec: Spec, raw, values: dict) -> None:
        """A field that is neither a vocabulary's nor the date of signature, from its cell's
        value (`_raw`); raises ValueProblem."""
        if raw is None:
            if spec.default is not None:
                values[name] = spec.default
            return
        if spec.values:
            raw = spec.values.get(fold(_text(raw)), raw)
        if how is _TEXT:
            values[name] = _checked_text(_text(raw), spec.template)
        elif how is _INTEGER:
            values[name] = read_int(raw)
        elif how is _BOOLEAN:
            values[name] = read_bool(raw)
        elif how is _LIST:
            values[name] = [self._item_code(x, spec, LIST_VOCABULARIES[name])
                            for x in split_list(raw, spec.separator)]
        else:  # sectors
            values[name] = [self._shared(_checked_text(x))
                            for x in split_list(raw, spec.separator)]

    def _code(self, specs: list[Spec], cells, vocabulary) -> str:
        unmatched = None  # the last value no rule matched
        for spec in specs:
            raw, column = self._raw(spec, cells)
            if raw is None:
                if spec.default is not None:
                    return spec.default
                continue
            code = self._vocabulary_code(raw, spec, vocabulary)
            if code:
                return code
            if spec.values or not (spec.starts_with or spec.contains):
                unmatched = (raw, column)
        if unmatched:
            raise _Reported(unmatched[1], unknown_value(unmatched[0], vocabulary))
        return ""

    def _item_code(self, text: str, spec: Spec, vocabulary) -> str:
        code = self._vocabulary_code(text, spec, vocabulary)
        if code is None:
            raise unknown_value(text, vocabulary)
        return code

    def _signed_date(self, spec: Spec, raw, column: str, cells, row, problems):
        if raw is not None and fold(_text(raw)) not in spec.unknown:
            try:
                found = self._date(raw, self.mapping.date_order)
                return found.value, found.precision
            except ValueProblem as exc:
                problems.append(CellProblem(row, column, exc.message_id,
                                            tuple(exc.params.items())))
                return None
        if not spec.fallback_year:
            return None
        year = self._cell(cells, spec.fallback_year)
        if year is None:
            return None
        try:
            found = self._date(year)
        except ValueProblem as exc:
            problems.append(CellProblem(row, spec.fallback_year, exc.message_id,
                                        tuple(exc.params.items())))
            return None
        if found.precision != "year":
            problems.append(cell_problem(row, spec.fallback_year, "“{value}” is not a year.",
                                         value=show(year)))
            return None
        if raw is not None:
            problems.append(cell_problem(
                row, column, "“{value}” stands for an unknown date; the year {year} from the "
                "column “{other}” is recorded.", blocking=False, value=show(raw),
                year=found.value.year, other=spec.fallback_year))
        return found.value, "year"

    def _parties(self, cells, row: int, problems: list[CellProblem]) -> list[PartyDraft]:
        if self.mapping.parties_from_title:
            title = self._cell(cells, self.mapping.parties_from_title)
            codes = self.countries.named_in(_text(title)) if title is not None else []
            return [PartyDraft(name=self.countries.countries[c].official_ru, country=c,
                               organisation_kind="state") for c in codes]
        if self.mapping.parties is None:
            return []
        raw, column = self._raw(self.mapping.parties, cells)
        if raw is None:
            return []
        out = []
        for item in split_list(raw, self.mapping.parties.separator):
            known = self._party_items.get(item)  # read before without a problem
            if known is None:
                known = self._party(item, row, column, problems)
            out.append(PartyDraft(None, *known))
        return out

    def _party(self, item: str, row: int, column: str, problems: list[CellProblem]) -> tuple:
        """A party's values as a list item writes them; remembered (a sheet names its bodies
        and signatories in row after row) unless it has a problem."""
        party = read_party(item)
        country = self.countries.code(party.country or party.name)
        before = len(problems)
        if party.country and country is None:
            problems.append(cell_problem(row, column, "Unknown country “{value}”.",
                                         value=show(party.country)))
        shared = self._shared
        # PartyDraft's fields but its organisation_id: name, country, organisation_kind,
        # signatory_name and signatory_position
        values = (shared(_checked_or_report(party.name, row, column, problems)), country,
                  "state" if not party.country and country else None,
                  shared(party.signatory), shared(party.position))
        if len(problems) == before and len(self._party_items) < REMEMBERED:
            self._party_items[item] = values
        return values

    def _events(self, cells, row: int, problems: list[CellProblem]) -> list[EventDraft]:
        events: list[EventDraft] = []
        for spec in self.mapping.events:
            raw, column = self._raw(spec, cells)
            if raw is None:
                continue
            if spec.kind:
                if fold(_text(raw)) in spec.unknown:
                    problems.append(cell_problem(
                        row, column, "“{value}” stands for an unknown date; no “{event}” "
                        "event is recorded.", blocking=False, value=show(raw),
                        event=EVENT_KINDS.label(spec.kind, get_language())))
                    continue
                day = self._event_date(raw, row, column, problems, spec.kind)
                if day:
                    events.append(EventDraft(spec.kind, day))
                continue
            for line in split_list(raw, spec.separator or "\n"):
                try:
                    events.append(self._event_line(line, row, column, problems))
                except ValueProblem as exc:
                    problems.append(CellProblem(row, column, exc.message_id,
                                                tuple(exc.params.items())))
        return events

    def _event_date(self, raw, row, column, problems, kind: str) -> date | None:
        try:
            found = self._date(raw, self.mapping.date_order)
        except ValueProblem as exc:
            problems.append(CellProblem(row, column, exc.message_id, tuple(exc.params.items())))
            return None
        if found.precision != "day":
            problems.append(cell_problem(
                row, column, "Only the {precision} of “{value}” is known; no “{event}” event "
                "is recorded.", blocking=False, value=show(raw),
                precision=_precision_word(found.precision),
                event=EVENT_KINDS.label(kind, get_language())))
            return None
        return found.value

    def _event_line(self, line: str, row, column, problems) -> EventDraft:
        parts = read_event(line)
        kind = self._vocabulary_code(parts.kind, self._event_spec, EVENT_KINDS)
        if kind is None:
            raise unknown_value(parts.kind, EVENT_KINDS)
        act = self._date(parts.act_date, self.mapping.date_order)
        effective = (self._date(parts.effective_date, self.mapping.date_order)
                     if parts.effective_date else None)
        for found, raw in ((act, parts.act_date), (effective, parts.effective_date)):
            if found and found.precision != "day":
                raise ValueProblem("The event date “{value}” needs a day, month and year.",
                                   value=show(raw))
        return EventDraft(kind, act.value, effective.value if effective else None,
                          reference=parts.reference, text=parts.text)


# How a field reads (`Converter._read`)
_TEXT, _INTEGER, _BOOLEAN, _LIST, _SECTORS = (object() for _ in range(5))


def _how(name: str) -> object:
    return (_TEXT if name in TEXT_FIELDS else _INTEGER if name in INTEGER_FIELDS
            else _BOOLEAN if name in BOOLEAN_FIELDS else _LIST if name in LIST_VOCABULARIES
            else _SECTORS)


class _Reported(Exception):
    def __init__(self, column: str, problem: ValueProblem):
        super().__init__(problem.message_id)
        self.column, self.problem = column, problem


def _text(value) -> str:
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def _checked_text(text: str, template: str = "") -> str:
    if len(text) > MAX_TEXT:
        raise ValueProblem("The cell holds {length} characters; at most {max} are accepted.",
                           length=len(text), max=MAX_TEXT)
    return template.replace("{}", text) if template else text


def _checked_or_report(text: str, row: int, column: str, problems) -> str:
    try:
        return _checked_text(text)
    except ValueProblem as exc:
        problems.append(CellProblem(row, column, exc.message_id, tuple(exc.params.items())))
        return text[:MAX_TEXT]


def _precision_word(precision: str) -> str:
    from i18n import _

    return _("year") if precision == "year" else _("month and year")
