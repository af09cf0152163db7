"""How fast and how right the duplicate check is (models.duplicates, Registry.find_duplicates):

    python -m bench.duplicates speed --db PATH [--sample 200] [--json OUT]
    python -m bench.duplicates precision [--datasets ../shared/datasets] [--json OUT]

`speed`, on a (generated) registry: the editor's check before a save, for records of the
registry typed again (found?) and the same with the press-release wording (КР/РФ, a lower-case
body, «Правительство» for «Кабинет министров»), and signed a day later (nothing should be
found); the press release of the Bishkek talks parsed and matched; a spreadsheet of 1,000 rows
already there checked at once; and every record of a sample checked against all the others
(pairs the rule calls one instrument, with how many have the very same title).

`precision`, on the public lists (test data, never shipped): IEADB imported into an empty
registry (its own repeats found within the file), then HUGGO checked against it: how many
HUGGO rows are found, how many of those have the same title and date (surely right), how many
HUGGO rows with the same title and date as an IEADB record are missed, and the pairs found
with different wording, for reading. The demo and the press release are measured too.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "samples" / "press-release-2025-11-26-bishkek-talks.txt"
REWORDINGS = ((r"Кыргызской Республики", "КР"), (r"Кыргызской Республикой", "КР"),
              (r"Российской Федерации", "РФ"), (r"Кабинетом [Мм]инистров", "Правительством"),
              (r"между Министерством", "между министерством"),
              (r"между Правительством", "между правительством"))


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def reworded(title: str) -> str:
    for pattern, words in REWORDINGS:
        title = re.sub(pattern, words, title)
    return title


def speed(db: Path, sample: int, seed: int) -> dict:
    from importers.press_release import CountryIndex, match_import, parse_press_release
    from models.records import InstrumentFilter
    from models.registry import Registry

    registry = Registry.open(db, create=False)
    total = registry.count_instruments()
    rnd = random.Random(seed)
    rows = registry.list_instruments(InstrumentFilter(), limit=None, with_total=False).rows
    picked = rnd.sample(list(rows), min(sample, len(rows)))
    took, _ = _timed(registry.wording)
    figures: dict = {"instruments": total, "wording_build_ms": _ms(took)}
    drafts = {r.id: replace(registry.instrument(r.id).to_draft(), id=None, uuid=None)
              for r in picked}

    def editor_check(name: str, change) -> None:
        times, found = [], 0
        for record_id, draft in drafts.items():
            took, match = _timed(lambda: registry.duplicate_of(change(draft)))
            times.append(took)
            found += match is not None and match.id == record_id
        times.sort()
        figures[name] = {"checks": len(times), "found_itself": found,
                         "found_any": None, "p50_ms": _ms(statistics.median(times)),
                         "p95_ms": _ms(times[int(0.95 * (len(times) - 1))]),
                         "max_ms": _ms(times[-1])}

    editor_check("editor_same_record", lambda d: d)
    editor_check("editor_press_release_wording", lambda d: replace(
        d, title=reworded(d.title), parties=[replace(p, name=reworded(p.name))
                                             for p in d.parties]))
    later = {}
    for record_id, draft in drafts.items():
        moved = replace(draft, signed_date=draft.signed_date + timedelta(days=1))
        later[record_id] = registry.duplicate_of(moved)
    figures["editor_a_day_later_found"] = sum(1 for m in later.values() if m is not None)

    index = CountryIndex(registry.countries())
    text = SAMPLE.read_text(encoding="utf-8")

    def press_release():
        proposal = parse_press_release(text, registry.today(), index)
        match_import(registry, proposal, index)
        return proposal

    press_release()
    took, proposal = _timed(press_release)
    figures["press_release_parse_and_match_ms"] = _ms(took)
    figures["press_release_marked"] = sum(1 for i in proposal.instruments if i.duplicate)

    batch = [replace(registry.instrument(r.id).to_draft(), id=None, uuid=None)
             for r in rnd.sample(list(rows), min(1000, len(rows)))]
    took, found = _timed(lambda: registry.find_duplicates(batch))
    figures["spreadsheet_1000_rows_s"] = round(took, 2)
    figures["spreadsheet_1000_rows_found"] = sum(1 for m in found if m is not None)

    everyone = [registry.instrument(r.id).to_draft() for r in rnd.sample(
        list(rows), min(5000, len(rows)))]
    took, found = _timed(lambda: registry.find_duplicates(everyone, within=False))
    pairs = [(d, m) for d, m in zip(everyone, found) if m is not None]
    figures["self_check_5000_s"] = round(took, 2)
    figures["self_check_pairs"] = len(pairs)
    figures["self_check_pairs_same_title"] = sum(1 for d, m in pairs if d.title == m.title)
    figures["self_check_examples"] = [[d.title, m.title] for d, m in pairs
                                      if d.title != m.title][:10]
    registry.close()
    return figures


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def precision(datasets: Path) -> dict:
    from importers.tables.mapping import load_mapping
    from importers.tables.plan import prepare, write
    from models.demo import load_demo
    from models.records import InstrumentFilter
    from models.registry import Registry

    work = Path(tempfile.mkdtemp(prefix="kelishim-dups-"))
    figures: dict = {}

    registry = Registry.open(work / "demo.db")
    load_demo(registry)
    from importers.press_release import CountryIndex, match_import, parse_press_release

    index = CountryIndex(registry.countries())
    proposal = parse_press_release(SAMPLE.read_text(encoding="utf-8"), registry.today(), index)
    match_import(registry, proposal, index)
    demo = {r.id: r.title for r in registry.list_instruments(limit=None).rows}
    figures["demo_press_release"] = {
        "drafts": len(proposal.instruments),
        "found": sum(1 for i in proposal.instruments if i.duplicate),
        "pairs": [[i.draft.title, demo[i.duplicate.id]] for i in proposal.instruments
                  if i.duplicate]}
    others = 0
    for record_id in demo:
        match = registry.duplicate_of(replace(registry.instrument(record_id).to_draft(),
                                              id=None, uuid=None))
        others += match is not None and match.id != record_id
    figures["demo_records_found_as_each_other"] = others
    registry.close()

    registry = Registry.open(work / "ieadb.db")
    took, plan = _timed(lambda: prepare(registry, datasets / "ieadb-treaties.csv",
                                        load_mapping(ROOT / "mappings" / "ieadb-treaties.json")))
    within = plan.repeated
    index_rows = [r for r in plan.results if r.draft is not None]
    figures["ieadb"] = {
        "rows": len(plan.results), "check_s": round(took, 2), "ready": len(plan.ready),
        "with_problems": len(plan.skipped), "repeats_within_the_file": len(within),
        "repeats_same_title": sum(1 for r in within if _fold(r.draft.title) == _fold(
            index_rows[r.duplicate.draft].draft.title)),
        "repeat_examples": [[r.row, r.draft.title, index_rows[r.duplicate.draft].row,
                             index_rows[r.duplicate.draft].draft.title] for r in within
                            if _fold(r.draft.title) != _fold(
                                index_rows[r.duplicate.draft].draft.title)][:15]}
    took, ids = _timed(lambda: write(registry, plan, skip_invalid=True))
    figures["ieadb"]["imported"] = len(ids)
    figures["ieadb"]["import_s"] = round(took, 2)

    stored = registry.list_instruments(InstrumentFilter(), limit=None, with_total=False).rows
    by_key = {}
    for r in stored:
        by_key.setdefault((_fold(r.title), r.signed_date), r.id)
    took, plan = _timed(lambda: prepare(registry, datasets / "huggo-agreements.csv",
                                        load_mapping(ROOT / "mappings" /
                                                     "huggo-agreements.json")))
    found = [r for r in plan.repeated if r.duplicate.id is not None]
    same = [r for r in found if by_key.get((_fold(r.draft.title), r.draft.signed_date))
            == r.duplicate.id]
    twins = [r for r in plan.results if r.draft is not None and
             (_fold(r.draft.title), r.draft.signed_date) in by_key]
    missed = [r for r in twins if r.duplicate is None or r.duplicate.id is None]
    titles = {r.id: r.title for r in stored}
    figures["huggo_against_ieadb"] = {
        "rows": len(plan.results), "check_s": round(took, 2),
        "found_in_ieadb": len(found), "found_same_title_and_date": len(same),
        "found_worded_otherwise": len(found) - len(same),
        "same_title_and_date_in_ieadb": len(twins), "of_those_missed": len(missed),
        "repeats_within_huggo": sum(1 for r in plan.repeated if r.duplicate.id is None),
        "worded_otherwise_examples": [
            [r.row, r.draft.title, titles[r.duplicate.id], str(r.draft.signed_date)]
            for r in found if r not in same][:25],
        "missed_examples": [[r.row, r.draft.title, str(r.draft.signed_date)]
                            for r in missed][:10]}
    registry.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    s = sub.add_parser("speed")
    s.add_argument("--db", type=Path, required=True)
    s.add_argument("--sample", type=int, default=200)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--json", type=Path)
    p = sub.add_parser("precision")
    p.add_argument("--datasets", type=Path, default=Path("../shared/datasets"),
                   help="the folder of the public lists (default: ../shared/datasets)")
    p.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    figures = speed(args.db, args.sample, args.seed) if args.what == "speed" else \
        precision(args.datasets)
    text = json.dumps(figures, ensure_ascii=False, indent=1, default=str)
    print(text)
    if args.json:
        args.json.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
