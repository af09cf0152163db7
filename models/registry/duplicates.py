"""Finding the records a draft repeats (the rule is `models.duplicates`): for the editor before
a save, and for every import before it writes anything. Candidates are read by date of
signature through its index, so a check costs the same at 100,000 records as at 100."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import Callable, Iterable

from sqlalchemy import and_, func, or_
from sqlmodel import Session, select

from ..duplicates import (Facts, best_match, compare_undated, facts, kinds_may_agree,
                          search_words, written)
from ..errors import Problem, problem
from ..records import CheckMark, DuplicateMatch, InstrumentDraft
from ..search import text_condition
from ..tables import Instrument, InstrumentParty, Organisation
from ..wording import Wording
from .base import RegistryBase, chunks

_CANDIDATE = (Instrument.id, Instrument.registry_number, Instrument.title, Instrument.title_ky,
              Instrument.title_en, Instrument.kind, Instrument.signed_date,
              Instrument.signed_date_precision, Instrument.meeting_id, Instrument.deleted_at,
              Instrument.uuid)


class DuplicatesMixin(RegistryBase):
    def wording(self) -> Wording:
        """How titles and names are read for comparison, from the registry's countries."""
        cached = getattr(self, "_wording_cache", None)
        if cached is None or cached[0] is not self._countries:
            cached = (self._countries, Wording(self._countries))
            self._wording_cache = cached
        return cached[1]

    def draft_facts(self, draft: InstrumentDraft) -> Facts:
        """The facts matching compares of a draft (party names as given or as on file)."""
        names = self._organisation_names({p.organisation_id for p in draft.parties
                                          if p.organisation_id and not p.name.strip()})
        return facts(self.wording(), title=draft.title, kind=draft.kind,
                     signed_date=draft.signed_date, precision=draft.signed_date_precision,
                     parties=[(p.name.strip() or names.get(p.organisation_id, ""), p.country)
                              for p in draft.parties],
                     other_titles=(draft.title_ky, draft.title_en))

    def duplicate_of(self, draft: InstrumentDraft) -> DuplicateMatch | None:
        """The live record `draft` repeats (never the record it edits), or None."""
        return self.find_duplicates([draft], within=False)[0]

    def find_duplicates(self, drafts: Iterable[InstrumentDraft], *,
                        within: bool = True,
                        listed: bool = False) -> list[DuplicateMatch | None]:
        """For each draft, the record it repeats: a live record in the registry with the same
        UUID or the same kind, date, countries and title (`models.duplicates`), else, with
        `within`, an earlier draft of the same batch (with `listed`, the rows of one table,
        only one whose title is written alike: `listed_alike`). A draft never matches the record it
        edits (its id)."""
        drafts = list(drafts)
        return self.duplicate_finder(within=within, listed=listed).find(
            drafts, drafts.__getitem__)

    def undated_duplicate(self, draft: InstrumentDraft, *, not_after: date | None = None,
                          limit: int = 200) -> DuplicateMatch | None:
        """The live record a draft without a date of signature repeats, whatever the
        record's date (not after `not_after`, the day of the report it comes from): found by
        the distinctive words of its title through the search index, then held to
        `models.duplicates.compare_undated` (the same kind, the same countries, a title as
        close as two undated records'). None for a draft with a date (`find_duplicates`)."""
        if draft.signed_date is not None or not draft.kind:
            return None
        mine = self.draft_facts(draft)
        words = search_words(mine)
        if not words:
            return None
        q = select(*_CANDIDATE).where(
            Instrument.deleted_at.is_(None), Instrument.kind == draft.kind,
            text_condition(" ".join(words), self.engine.dialect.name))
        if draft.id is not None:
            q = q.where(Instrument.id != draft.id)
        if not_after is not None:
            q = q.where(or_(Instrument.signed_date.is_(None),
                            Instrument.signed_date <= not_after))
        with self._read() as s:
            rows = {row.id: tuple(row) for row in s.execute(q.limit(limit))}
            names = self._party_names(s, list(rows))
        wording, best = self.wording(), None
        for cid, row in rows.items():
            likeness = compare_undated(mine, facts(
                wording, title=row[2], kind=row[5], signed_date=row[6], precision=row[7],
                parties=names.get(cid, ()), other_titles=(row[3], row[4])))
            if likeness is not None and (best is None or likeness.score > best[1].score):
                best = (cid, likeness)
        return replace(_match(rows[best[0]], best[1]), undated=True) if best else None

    def duplicate_finder(self, *, within: bool = True,
                         listed: bool = False) -> "DuplicateFinder":
        """`find_duplicates` a batch at a time (a big sheet, without holding every draft):
        each `find` compares its drafts with the registry and with the drafts of every
        earlier batch."""
        return DuplicateFinder(self, within, listed)

    def instrument_mark(self) -> CheckMark:
        """Where the registry's instruments stand now: those saved later have higher ids,
        those changed later a later `updated_at` (a check for duplicates made now is
        completed by `save_instruments(checked_up_to=mark)`)."""
        with self._reading() as s:
            highest, changed = s.execute(select(func.max(Instrument.id),
                                                func.max(Instrument.updated_at))).one()
            return CheckMark(highest or 0, changed)

    def _repeats_since(self, s: Session, drafts: list[InstrumentDraft],
                       mark: CheckMark) -> list[Problem]:
        """The drafts repeating an instrument saved or changed after `mark` (another
        clerk's, while this import was checked): one problem each. Cheap when nothing was
        saved meanwhile."""
        since = Instrument.id > mark.instrument_id
        if mark.changed_at is not None:
            since = or_(since, Instrument.updated_at > mark.changed_at)
        rows = {row.id: tuple(row) for row in s.execute(select(*_CANDIDATE).where(
            since, Instrument.deleted_at.is_(None)))}
        if not rows:
            return []
        names, wording = self._party_names(s, list(rows)), self.wording()
        on_file = ByDate()
        for cid, row in rows.items():
            on_file.add(cid, row[6], row[7])
        by_uuid = {row[10]: row for row in rows.values()}
        problems = []
        for n, draft in enumerate(drafts, 1):
            same = by_uuid.get(draft.uuid) if draft.uuid else None
            if same is None:
                pool = [cid for cid in on_file.near(draft.signed_date,
                                                    draft.signed_date_precision)
                        if kinds_may_agree(draft.kind, rows[cid][5])]
                if not pool:
                    continue
                found = best_match(self.draft_facts(draft), [(cid, facts(
                    wording, title=rows[cid][2], kind=rows[cid][5], signed_date=rows[cid][6],
                    precision=rows[cid][7], parties=names.get(cid, ()),
                    other_titles=(rows[cid][3], rows[cid][4]))) for cid in pool])
                if found is None:
                    continue
                same = rows[found[0]]
            problems.append(replace(problem(
                "title", "{user} saved {number} “{title}”, the same instrument, after the "
                "check; nothing was imported. Check the file again.", user=self._saved_by(
                    s, same[0]), number=same[1], title=same[2]), record=n))
        return problems

    def _saved_by(self, s: Session, instrument_id: int) -> str:
        return s.execute(select(Instrument.updated_by).where(
            Instrument.id == instrument_id)).scalar() or "?"

    def instruments_by_number(self, numbers: Iterable[str]) -> dict[str, tuple[int, str]]:
        """The instruments (in the trash too) holding these registry numbers: number ->
        (id, title)."""
        wanted = list(dict.fromkeys(n.strip() for n in numbers if n and n.strip()))
        out = {}
        with self._read() as s:
            for chunk in chunks(wanted, 900):
                q = select(Instrument.registry_number, Instrument.id, Instrument.title).where(
                    Instrument.registry_number.in_(chunk))
                out.update((n, (i, t)) for n, i, t in s.execute(q))
        return out

    def _by_uuid(self, uuids: list[str]) -> dict[str, tuple]:
        out = {}
        with self._read() as s:
            for chunk in chunks(list(dict.fromkeys(uuids)), 900):
                for row in s.execute(select(*_CANDIDATE).where(Instrument.uuid.in_(chunk))):
                    out[row.uuid] = tuple(row)
        return out

    def _candidates(self, s: Session,
                    wanted: list[tuple[date | None, str]]) -> dict[int, tuple]:
        """The live instruments signed on the days (or in the months, years) of `wanted`
        (dates of signature and their precisions), with those of their years whose date is
        known only to the month or year."""
        days = sorted({d for d, precision in wanted if d and precision == "day"})
        years = sorted({d.year for d, _ in wanted if d})
        spans = sorted({_span(d, precision) for d, precision in wanted
                        if d and precision != "day"})
        conditions = [Instrument.signed_date.in_(chunk) for chunk in chunks(days, 500)]
        conditions += [and_(Instrument.signed_date >= a, Instrument.signed_date <= b)
                       for a, b in spans]
        conditions += [and_(Instrument.signed_date_precision != "day",
                            Instrument.signed_date >= date(chunk[0], 1, 1),
                            Instrument.signed_date <= date(chunk[-1], 12, 31))
                       for chunk in chunks(years, 50)]
        rows: dict[int, tuple] = {}
        wanted_years = set(years)
        for condition in conditions:
            q = select(*_CANDIDATE).where(Instrument.deleted_at.is_(None), condition)
            rows.update((row.id, tuple(row)) for row in s.execute(q)
                        if row.signed_date.year in wanted_years)
        return rows

    def _party_names(self, s: Session, ids: list[int]) -> dict[int, list[tuple]]:
        out: dict[int, list[tuple]] = defaultdict(list)
        for chunk in chunks(ids, 900):
            q = (select(InstrumentParty.instrument_id, Organisation.name,
                        Organisation.country_id)
                 .join(Organisation, Organisation.id == InstrumentParty.organisation_id)
                 .where(InstrumentParty.instrument_id.in_(chunk)))
            for iid, name, country_id in s.execute(q):
                out[iid].append((name, self._country_codes.get(country_id)))
        return out

    def _organisation_names(self, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        with self._read() as s:
            return dict(s.execute(select(Organisation.id, Organisation.name)
                                  .where(Organisation.id.in_(ids))).all())


class DuplicateFinder:
    """What `find_duplicates` keeps between batches: the candidates on file read so far and
    the earlier drafts by date (with `listed`, by their title as written: a key, not the
    draft). An earlier draft is asked for again (`draft_of`) only when a later one may
    repeat it."""

    def __init__(self, registry, within: bool, listed: bool):
        self.registry, self.within, self.listed = registry, within, listed
        self.rows: dict[int, tuple] = {}  # candidates on file
        self.names: dict[int, list[tuple]] = {}
        self.on_file = ByDate()
        self.known: dict[int, Facts] = {}  # facts of candidates on file
        # with `listed`, by title: a few drafts each (a ByDate would take a kilobyte)
        self.earlier: dict = defaultdict(_Few if listed else ByDate)
        self.count = 0  # drafts seen in earlier batches

    def find(self, drafts: list[InstrumentDraft],
             draft_of: Callable[[int], InstrumentDraft]) -> list[DuplicateMatch | None]:
        """The matches of the next batch of drafts; a match with an earlier draft names it by
        its place among every draft given so far (`draft_of(place)` gives it back)."""
        registry, rows = self.registry, self.rows
        first = self.count
        self.count += len(drafts)
        dates = [(d.signed_date, d.signed_date_precision or "day") for d in drafts]
        by_uuid = registry._by_uuid([d.uuid for d in drafts if d.uuid])
        with registry._read() as s:
            found = {cid: row for cid, row in registry._candidates(s, dates).items()
                     if cid not in rows}
            self.names.update(registry._party_names(s, list(found)))
        rows.update(found)
        for cid, row in found.items():
            self.on_file.add(cid, row[6], row[7])
        names, known, wanted = self.names, self.known, {}

        def facts_of(cid: int) -> Facts:  # read only for the candidates of a fitting kind
            if cid not in known:
                row = rows[cid]
                known[cid] = facts(registry.wording(), title=row[2], kind=row[5],
                                   signed_date=row[6], precision=row[7],
                                   parties=names.get(cid, ()), other_titles=(row[3], row[4]))
            return known[cid]

        def draft_facts(n: int) -> Facts:  # read only for drafts with candidates: most
            if n not in wanted:  # rows of a big sheet have none
                wanted[n] = registry.draft_facts(drafts[n - first] if n >= first
                                                 else draft_of(n))
            return wanted[n]

        out: list[DuplicateMatch | None] = []
        for n, (draft, (day, precision)) in enumerate(zip(drafts, dates), first):
            same = by_uuid.get(draft.uuid) if draft.uuid else None
            if same is not None and same[0] != draft.id:
                out.append(_match(same, None, same_record=True))
                continue
            kind = draft.kind or ""
            pool = [cid for cid in self.on_file.near(day, precision)
                    if cid != draft.id and kinds_may_agree(kind, rows[cid][5])]
            found = pool and best_match(draft_facts(n), [(cid, facts_of(cid)) for cid in pool])
            if found:
                out.append(_match(rows[found[0]], found[1]))
                continue
            match = None
            if self.within:
                # by a hash of the title as written: a key of its own for each title, kept
                # small (two titles sharing one are compared, as two written alike would be)
                group = self.earlier[hash(written(draft.title)) if self.listed else None]
                pool = group.near(day, precision)
                match = pool and best_match(draft_facts(n), [(k, draft_facts(k)) for k in pool])
                group.add(n, day, precision)
            if match:
                earlier = drafts[match[0] - first] if match[0] >= first else draft_of(match[0])
                out.append(_draft_match(earlier, match[0], match[1]))
            else:
                out.append(None)
        return out


def _span(day: date, precision: str) -> tuple[date, date]:
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    end = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date(day.year, day.month, 1), date.fromordinal(end.toordinal() - 1)


def _match(row: tuple, likeness, *, same_record: bool = False) -> DuplicateMatch:
    return DuplicateMatch(
        id=row[0], registry_number=row[1], title=row[2], kind=row[5], signed_date=row[6],
        signed_date_precision=row[7], meeting_id=row[8],
        similarity=likeness.similarity if likeness else 1.0,
        same_kind=likeness.same_kind if likeness else True,
        same_day=likeness.same_day if likeness else True,
        same_parties=likeness.same_parties if likeness else True,
        same_record=same_record, deleted=row[9] is not None)


def _draft_match(draft: InstrumentDraft, index: int, likeness) -> DuplicateMatch:
    return DuplicateMatch(
        id=None, registry_number=draft.registry_number, title=draft.title, kind=draft.kind,
        signed_date=draft.signed_date, signed_date_precision=draft.signed_date_precision,
        meeting_id=draft.meeting_id, similarity=likeness.similarity,
        same_kind=likeness.same_kind, same_day=likeness.same_day,
        same_parties=likeness.same_parties, draft=index)


class ByDate:
    """Records (their keys) by date of signature, to find those whose dates may agree."""

    def __init__(self):
        self.days: dict[date, list] = defaultdict(list)
        self.years: dict[int, list] = defaultdict(list)  # every record of the year
        self.vague: dict[int, list] = defaultdict(list)  # known to the month or year only
        self.undated: list = []

    def add(self, key, day: date | None, precision: str) -> None:
        if day is None:
            self.undated.append(key)
            return
        self.years[day.year].append(key)
        (self.days[day] if precision == "day" else self.vague[day.year]).append(key)

    def near(self, day: date | None, precision: str) -> list:
        if day is None:
            return list(self.undated)
        if precision == "day":
            return [*self.days.get(day, ()), *self.vague.get(day.year, ())]
        return list(self.years.get(day.year, ()))


class _Few:
    """As `ByDate`, for the few records of one key: a list, in the order `ByDate` gives."""

    __slots__ = ("items",)

    def __init__(self):
        self.items: list[tuple] = []

    def add(self, key, day: date | None, precision: str) -> None:
        self.items.append((key, day, precision))

    def near(self, day: date | None, precision: str) -> list:
        items = self.items
        if day is None:
            return [k for k, d, _ in items if d is None]
        if precision == "day":
            return [*(k for k, d, p in items if p == "day" and d == day),
                    *(k for k, d, p in items if d is not None and p != "day"
                      and d.year == day.year)]
        return [k for k, d, _ in items if d is not None and d.year == day.year]
