"""A realistic synthetic registry, written through the registry API:

    python -m bench.generate --n 100000 --db PATH [--seed N]

Russian titles of the real kinds and fields, parties from thirty countries (states,
governments, ministries, companies), meetings with several documents signed at each, events
leading to every status, amending and replacing relations, and a few attached files. The same
seed gives the same registry (titles, dates, parties, numbers, statuses and record UUIDs).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field as dataclass_field
from datetime import date, timedelta
from pathlib import Path

from bench import corpus
from models.dates import add_years
from models.records import EventDraft, InstrumentDraft, MeetingDraft, PartyDraft
from models.registry import Registry
from models.vocabulary import MEETING_KINDS

BATCH = 10_000  # instruments per save_instruments call (one transaction)
FIRST_DAY, LAST_DAY = date(1993, 1, 1), date(2025, 11, 30)
CABINET_SINCE = date(2021, 5, 5)  # «Правительство» of the Kyrgyz Republic became «Кабинет Министров»
_MEETING_LEVELS = {"talks": "head_of_state", "state_visit": "head_of_state",
                   "official_visit": "head_of_government", "summit": "head_of_state",
                   "commission_session": "deputy_ministerial",
                   "ministerial_meeting": "ministerial", "consultations": "expert"}


@dataclass
class Body:
    name: str  # nominative, as the party is stored
    instrumental: str  # as a title names it after «между»
    kind: str


@dataclass
class Plan:
    """What is generated but not yet written: drafts and the links they will need."""

    drafts: list[InstrumentDraft] = dataclass_field(default_factory=list)
    links: list[tuple[int, "Earlier", str, date]] = dataclass_field(default_factory=list)


@dataclass(frozen=True)
class Earlier:
    """An instrument a later one may amend or replace: written (id) or planned (index)."""

    id: int | None
    index: int | None
    title: str
    signed: date


class Generator:
    def __init__(self, registry: Registry, seed: int):
        self.registry = registry
        self.rnd = random.Random(seed)
        self.names = {c.code: c for c in registry.countries()}
        self.earlier: dict[str, list[Earlier]] = {}
        self.meetings = self.relations = 0

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def _day(self, start: date = FIRST_DAY, end: date = LAST_DAY) -> date:
        return start + timedelta(days=self.rnd.randrange((end - start).days + 1))

    # --- parties -------------------------------------------------------------------------

    def _home_body(self, level: str, f: corpus.Field, signed: date) -> Body:
        home = corpus.HOME
        if level == "interstate":
            return Body(home.nominative, home.instrumental, "state")
        if level == "intergovernmental":
            if signed >= CABINET_SINCE:
                return Body(f"Кабинет Министров {home.genitive}",
                            f"Кабинетом Министров {home.genitive}", "government")
            return Body(f"Правительство {home.genitive}", f"Правительством {home.genitive}",
                        "government")
        if level == "interagency":
            return Body(f"Министерство {f.ministry} {home.genitive}",
                        f"Министерством {f.ministry} {home.genitive}", "ministry")
        company = f"ОАО «{self.rnd.choice(corpus.HOME_COMPANIES)}»"
        return Body(company, company, "company")

    def _foreign_body(self, level: str, f: corpus.Field, c: corpus.Country) -> Body:
        if level == "interstate":
            return Body(c.nominative, c.instrumental, "state")
        if level == "intergovernmental":
            return Body(f"Правительство {c.genitive}", f"Правительством {c.genitive}",
                        "government")
        if level == "interagency":
            if self.rnd.random() < 0.2:
                return Body(f"Торгово-промышленная палата {c.genitive}",
                            f"Торгово-промышленной палатой {c.genitive}", "agency")
            return Body(f"Министерство {f.ministry} {c.genitive}",
                        f"Министерством {f.ministry} {c.genitive}", "ministry")
        company = f"АО «{self.rnd.choice(corpus.COMPANIES)}»"
        return Body(company, company, "company")

    def _signatory(self) -> tuple[str, str]:
        if self.rnd.random() < 0.8:
            return "", ""
        initials = ". ".join(self.rnd.sample(corpus.INITIALS, 2))
        return f"{initials}. {self.rnd.choice(corpus.SURNAMES)}", self.rnd.choice(
            ("Министр", "Заместитель министра", "Посол", "Председатель", "Генеральный директор"))

    def _party(self, body: Body, code: str) -> PartyDraft:
        name, position = self._signatory()
        return PartyDraft(name=body.name, country=code, organisation_kind=body.kind,
                          signatory_name=name, signatory_position=position)

    # --- one instrument ------------------------------------------------------------------

    def _kind(self) -> str:
        kinds = list(corpus.KINDS)
        return self.rnd.choices(kinds, [corpus.KINDS[k][2] for k in kinds])[0]

    def _level(self, kind: str) -> str:
        level = corpus.KINDS[kind][1]
        if level:
            return level
        return self.rnd.choices(("intergovernmental", "interagency", "interstate"),
                                (6, 3, 1))[0]

    def instrument(self, signed: date, country: corpus.Country, place: str,
                   meeting_id: int | None, plan: Plan) -> None:
        rnd = self.rnd
        kind = self._kind()
        level = self._level(kind)
        f = rnd.choice(corpus.FIELDS)
        topic = rnd.choice(f.topics)
        words = corpus.KINDS[kind][0]
        multilateral = kind in ("convention", "agreement") and rnd.random() < 0.04
        if multilateral:
            others = rnd.sample(corpus.COUNTRIES[:6], rnd.randint(2, 5))
            level = "interstate" if kind == "convention" else "intergovernmental"
            parties = [self._party(self._home_body(level, f, signed), "KG")] + [
                self._party(self._foreign_body(level, f, c), c.code) for c in others]
            title = f"{words} государств — участников Содружества Независимых Государств {topic}"
        else:
            home, other = self._home_body(level, f, signed), self._foreign_body(level, f, country)
            parties = [self._party(home, "KG"), self._party(other, country.code)]
            title = f"{words} между {home.instrumental} и {other.instrumental} {topic}"
        link = None
        if kind == "protocol" and rnd.random() < 0.5:
            target = self._earlier(country.code, signed)
            if target:
                title = (f"Протокол о внесении изменений в {target.title[0].lower()}"
                         f"{target.title[1:]} от {target.signed:%d.%m.%Y}")
                link = (target, "amends")
        elif kind in ("agreement", "treaty") and rnd.random() < 0.01:
            target = self._earlier(country.code, signed)
            if target:
                link = (target, "replaces")
        if kind == "programme":
            title += f" на {signed.year}–{signed.year + 2} годы"
        name = self.names.get(country.code)
        draft = InstrumentDraft(
            uuid=self._uuid(), title=title, kind=kind, level=level, signed_date=signed,
            signed_place=place, meeting_id=meeting_id, multilateral=multilateral,
            subject=f"Сотрудничество {topic.removeprefix('о ').removeprefix('об ')}"
            if rnd.random() < 0.5 else "",
            sectors=[f.sector] + ([rnd.choice(corpus.FIELDS).sector] if rnd.random() < 0.2
                                  else []),
            languages=["ru"] + (["ky"] if rnd.random() < 0.4 else []),
            confidentiality=rnd.choices(("open", "official_use", "restricted"), (90, 7, 3))[0],
            notes=rnd.choice(corpus.NOTES) if rnd.random() < 0.15 else "",
            parties=parties)
        if name and not multilateral and rnd.random() < 0.3:
            draft.title_en = (f"{corpus.KIND_ENGLISH[kind]} between the Kyrgyz Republic and "
                              f"{name.name_en} on cooperation in {f.english}")
        if name and not multilateral and rnd.random() < 0.25:
            draft.title_ky = (f"Кыргыз Республикасы менен {name.name_ky} ортосундагы "
                              f"кызматташтык жөнүндө {corpus.KIND_KYRGYZ[kind]}")
        self._life(draft)
        if link:
            plan.links.append((len(plan.drafts), link[0], link[1], signed))
        self.earlier.setdefault(country.code, []).append(
            Earlier(None, len(plan.drafts), title, signed))
        plan.drafts.append(draft)

    def _earlier(self, code: str, before: date) -> Earlier | None:
        pool = self.earlier.get(code, [])
        candidates = [e for e in self.rnd.sample(pool, min(5, len(pool))) if e.signed < before]
        return candidates[0] if candidates else None

    def _life(self, d: InstrumentDraft) -> None:
        """Term and events that lead to every status, in realistic proportions."""
        rnd, signed = self.rnd, d.signed_date
        events = [EventDraft("signed", signed)]
        d.events = events
        later = lambda days: min(LAST_DAY, signed + timedelta(days=days))  # noqa: E731
        if rnd.random() < 0.35:
            d.duration_years = rnd.choice((3, 5, 10))
            if rnd.random() < 0.6:
                d.renewal_years = rnd.choice((1, 3, 5))
                d.renewal_notice_months = rnd.choice((3, 6))
        if d.kind in ("memorandum_of_understanding", "memorandum_of_cooperation",
                      "agreement_of_intent", "programme", "roadmap", "joint_statement",
                      "declaration"):
            if rnd.random() < 0.05:
                events.append(EventDraft("terminated", later(rnd.randint(200, 3000))))
            return
        r = rnd.random()
        if r < 0.25 and signed < LAST_DAY - timedelta(days=3 * 365) and rnd.random() < 0.9:
            r = rnd.uniform(0.30, 1.0)  # old instruments have mostly been through procedures
        if r < 0.12:
            return  # signed; procedures not started (overdue when old)
        events.append(EventDraft("internal_procedures_started", later(rnd.randint(10, 90))))
        if r < 0.25:
            return
        if r < 0.30:
            events.append(EventDraft("provisionally_applied", later(rnd.randint(20, 120))))
            return
        force = later(rnd.randint(100, 700))
        events.append(EventDraft("ratified" if d.level == "interstate" else "approved",
                                 later(rnd.randint(90, 99))))
        events.append(EventDraft("notification_received", force))
        events.append(EventDraft("entered_into_force", force))
        if r < 0.80:
            return
        end = min(LAST_DAY, force + timedelta(days=rnd.randint(300, 4000)))
        if r < 0.84:
            events.append(EventDraft("suspended", end))
        elif r < 0.93:
            events.append(EventDraft(rnd.choice(("terminated", "denounced")), end))
        elif d.duration_years is None:
            d.duration_years = rnd.choice((1, 2, 3))
            expiry = add_years(force, d.duration_years)
            if expiry <= LAST_DAY:
                events.append(EventDraft("expired", expiry))

    # --- occasions: a meeting with several documents, or one document -----------------

    def occasion(self, plan: Plan, room: int) -> None:
        rnd = self.rnd
        country = rnd.choices(corpus.COUNTRIES, corpus.COUNTRY_WEIGHTS)[0]
        signed = self._day()
        abroad = rnd.random() < 0.4
        place = corpus.PLACES_ABROAD.get(country.code, "") if abroad else rnd.choice(
            corpus.HOME_PLACES)
        meeting_id = None
        count = 1
        if rnd.random() < 0.15 and room > 1:
            kind = rnd.choice(list(_MEETING_LEVELS))
            meeting_id = self.registry.save_meeting(MeetingDraft(
                uuid=self._uuid(), kind=kind, start_date=signed, end_date=signed, city=place,
                level=_MEETING_LEVELS[kind], countries=["KG", country.code],
                title=f"{MEETING_KINDS.label(kind, 'ru')}: {corpus.HOME.nominative} — "
                      f"{country.nominative}"))
            self.meetings += 1
            count = min(room, rnd.randint(2, 8))
        for _ in range(count):
            self.instrument(signed, country, place, meeting_id, plan)

    def write(self, plan: Plan, progress) -> list[int]:
        ids = self.registry.save_instruments(plan.drafts, progress)
        for index, target, kind, on in plan.links:
            target_id = target.id if target.index is None else ids[target.index]
            self.registry.add_relation(ids[index], target_id, kind, on)
            self.relations += 1
        for pool in self.earlier.values():  # the plan's instruments are written now
            pool[:] = [e if e.index is None else Earlier(ids[e.index], None, e.title, e.signed)
                       for e in pool]
        return ids

    def attach(self, ids: list[int], count: int, folder: Path) -> int:
        for i in range(min(count, len(ids))):
            path = folder / f"document-{i + 1}.txt"
            path.write_text(f"Текст документа № {i + 1}\n" + "Статья 1. " * self.rnd.randint(
                10, 200), encoding="utf-8")
            self.registry.add_attachment(path, instrument_id=self.rnd.choice(ids),
                                         kind=self.rnd.choice(("text", "signed_scan")),
                                         language="ru")
        return min(count, len(ids))


def generate(registry: Registry, n: int, seed: int = 1, progress=None) -> dict:
    """Add `n` instruments (and their meetings, links and files) to the registry."""
    gen = Generator(registry, seed)
    done = 0
    ids: list[int] = []
    while done < n:
        plan = Plan()
        while len(plan.drafts) < min(BATCH, n - done):
            gen.occasion(plan, min(BATCH, n - done) - len(plan.drafts))
        base = done
        ids += gen.write(plan, (lambda k: progress(base + k, n)) if progress else None)
        done += len(plan.drafts)
    with tempfile.TemporaryDirectory() as folder:
        files = gen.attach(ids, 3 + n // 2000, Path(folder))
    return {"instruments": done, "meetings": gen.meetings, "relations": gen.relations,
            "attachments": files}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="instruments to add")
    parser.add_argument("--db", required=True, help="registry file (created if missing)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done % 500 == 0 or done == total:
            rate = done / max(time.perf_counter() - started, 1e-6)
            print(f"\rgenerating: {done:,}/{total:,} instruments ({rate:,.0f}/s)", end="",
                  file=sys.stderr, flush=True)

    with Registry.open(args.db) as registry:
        counts = generate(registry, args.n, args.seed, progress)
    print(file=sys.stderr)
    print(f"{args.db}: {counts['instruments']:,} instruments, {counts['meetings']:,} meetings, "
          f"{counts['relations']:,} links, {counts['attachments']} files in "
          f"{time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
