"""How fast the status report is, and how its memory grows, at 1,000 and 10,000 instruments.

    python -m bench.reports_bench [--sizes 1000 10000] [--cache /tmp/kelishim-reports-bench]

Registries are generated once (deterministically) into the cache folder and reused. Each
report is built in a fresh child process, so its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 25)
_SUBJECTS = [
    "о сотрудничестве в области здравоохранения", "о взаимной защите инвестиций",
    "о международном автомобильном сообщении", "о сотрудничестве в сфере образования",
    "об избежании двойного налогообложения", "о сотрудничестве в области миграции",
    "о военно-техническом сотрудничестве", "о сотрудничестве в области культуры",
    "о воздушном сообщении", "о сотрудничестве в сфере сельского хозяйства",
    "о взаимной правовой помощи по уголовным делам", "о поощрении и взаимной защите "
    "капиталовложений", "о сотрудничестве в области санитарно-эпидемиологического "
    "благополучия населения", "о торгово-экономическом сотрудничестве",
]
_COUNTRIES = ["RU", "KZ", "UZ", "TJ", "CN", "TR", "DE", "US", "IN", "KR", "JP", "FR", "AE",
              "BY", "AM", "AZ", "IR", "PK", "HU", "IT"]
_KINDS = [("agreement", "intergovernmental"), ("treaty", "interstate"),
          ("memorandum_of_understanding", "interagency"), ("protocol", "intergovernmental"),
          ("agreement", "interagency"), ("agreement_of_intent", "other"),
          ("convention", "interstate"), ("programme", "interagency")]
_KIND_WORDS = {"agreement": "Соглашение", "treaty": "Договор", "protocol": "Протокол",
               "memorandum_of_understanding": "Меморандум о взаимопонимании",
               "agreement_of_intent": "Соглашение о намерениях", "convention": "Конвенция",
               "programme": "Программа сотрудничества"}


def drafts(n: int, seed: int = 4):
    from models.records import EventDraft, InstrumentDraft, PartyDraft

    rnd = random.Random(seed)
    for i in range(n):
        kind, level = rnd.choice(_KINDS)
        country = rnd.choice(_COUNTRIES)
        signed = date(1993, 1, 1) + timedelta(days=rnd.randrange(0, 12000))
        events = [EventDraft("signed", signed)]
        fate = rnd.random()
        if fate > 0.3:
            events.append(EventDraft("ratified" if level == "interstate" else "approved",
                                     signed + timedelta(days=rnd.randrange(60, 400))))
        if fate > 0.45:
            events.append(EventDraft("entered_into_force",
                                     signed + timedelta(days=rnd.randrange(400, 700))))
        if fate > 0.9:
            events.append(EventDraft("terminated", signed + timedelta(days=2000)))
        duration = rnd.choice([None, 5, 10])
        renewal = rnd.choice([None, 5]) if duration else None
        yield InstrumentDraft(
            title=f"{_KIND_WORDS[kind]} между Кабинетом министров Кыргызской Республики и "
                  f"Правительством страны {country} {rnd.choice(_SUBJECTS)} (№ {i + 1})",
            kind=kind, level=level, signed_date=signed, signed_place="Бишкек",
            duration_years=duration, renewal_years=renewal,
            renewal_notice_months=6 if renewal else None,
            confidentiality="restricted" if i % 50 == 0 else "open",
            parties=[PartyDraft(name="Кабинет министров Кыргызской Республики", country="KG"),
                     PartyDraft(name=f"Правительство ({country})", country=country)],
            events=events)


def registry_with(n: int, cache: Path) -> Path:
    """A registry of `n` generated instruments, made once and kept in `cache`."""
    from models.registry import Registry

    path = cache / f"reports-{n}.db"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.db")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    with Registry.open(partial, today=lambda: TODAY) as registry:
        registry.save_instruments(drafts(n))
    partial.rename(path)
    print(f"generated {n} instruments in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def measure(db: str, out: str) -> dict:
    """Build the status report of everything (restricted included) and time it."""
    import resource

    from models.registry import Registry
    from reports.build import build_report
    from reports.request import ReportRequest

    registry = Registry.open(db, today=lambda: TODAY)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    pages = build_report(registry, ReportRequest("status", include_restricted=True), out)
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "pages": pages, "before_mb": round(before, 1),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "pdf_mb": round(Path(out).stat().st_size / 1024 / 1024, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/kelishim-reports-bench"))
    parser.add_argument("--measure", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    limits = {1000: 1.0, 10000: 5.0}
    print(f"{'instruments':>11} {'pages':>6} {'seconds':>8} {'target':>7} {'MB before':>9} "
          f"{'peak MB':>8} {'PDF MB':>7}")
    for n in args.sizes:
        db = registry_with(n, args.cache)
        out = args.cache / f"status-{n}.pdf"
        child = subprocess.run([sys.executable, "-m", "bench.reports_bench", "--measure",
                                str(db), str(out)], cwd=ROOT, capture_output=True, text=True,
                               check=True)
        r = json.loads(child.stdout.strip().splitlines()[-1])
        target = f"{limits[n]:.0f} s" if n in limits else "-"
        print(f"{n:>11} {r['pages']:>6} {r['seconds']:>8} {target:>7} {r['before_mb']:>9} "
              f"{r['peak_mb']:>8} {r['pdf_mb']:>7}", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
