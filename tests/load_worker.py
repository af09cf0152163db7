"""One clerk's program in the load trials (tests/test_load_trials.py), a process of its own:

    python tests/load_worker.py LOCATION START MODE ARGS...

waits until the clock reads START (so that every clerk begins at once), then

* `saves N TAG`: saves N new instruments, one at a time, as a clerk would;
* `edits N ID`: opens the instrument ID and saves a change to it N times;
* `same ID FIELD TEXT READY`: opens the instrument ID, appends TEXT to its FIELD, says so by
  creating the file READY, waits for the other clerk's (other-READY), saves; told of a
  conflict, keeps both clerks' changes (keep mine);
* `import FILE`: imports the spreadsheet FILE (kelishim-export mapping), all or nothing.

and prints one JSON line: what was saved, the errors a clerk would have been shown (as shown),
and how long each save took.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from conftest import TODAY  # noqa: E402  (the tests' day, as the registry's today)
from models.conflicts import Conflict, merge  # noqa: E402
from models.errors import RegistryError  # noqa: E402
from models.records import InstrumentDraft, PartyDraft  # noqa: E402
from models.registry import Registry  # noqa: E402


def new_draft(tag: str, n: int) -> InstrumentDraft:
    return InstrumentDraft(
        title=f"Соглашение № {tag}-{n} о сотрудничестве в области архивного дела",
        kind="agreement", level="intergovernmental", signed_date=date(2025, 3, 1 + n % 27),
        parties=[PartyDraft(name="Правительство Кыргызской Республики", country="KG"),
                 PartyDraft(name="Правительство Республики Казахстан", country="KZ")])


def timed(out: dict, action) -> None:
    started = time.perf_counter()
    try:
        result = action()
    except RegistryError as exc:  # what the clerk would be shown
        out["errors"].append(exc.message("en"))
    except Exception as exc:  # noqa: BLE001 (a raw failure is what the trial looks for)
        out["errors"].append(f"RAW {type(exc).__name__}: {exc}")
    else:
        out["saved"].append(result)
    out["seconds"].append(time.perf_counter() - started)


def main(location: str, start: float, mode: str, *args: str) -> dict:
    out = {"saved": [], "errors": [], "seconds": [], "conflicts": 0}
    with Registry.open(location, today=lambda: TODAY) as registry:
        time.sleep(max(0.0, start - time.time()))
        if mode == "saves":
            count, tag = int(args[0]), args[1]
            for n in range(count):
                timed(out, lambda n=n: registry.save_instrument(new_draft(tag, n)))
        elif mode == "edits":
            count, iid = int(args[0]), int(args[1])
            for n in range(count):
                timed(out, lambda n=n: registry.save_instrument(replace(
                    registry.instrument(iid).to_draft(), notes=f"правка {n}")))
        elif mode == "same":
            iid, name, text, ready = int(args[0]), args[1], args[2], Path(args[3])
            base = registry.instrument(iid).to_draft()
            mine = replace(base, **{name: f"{getattr(base, name)} {text}".strip()})
            ready.touch()
            other = ready.with_name(ready.name[len("other-"):] if ready.name.startswith(
                "other-") else "other-" + ready.name)
            while not other.exists():
                time.sleep(0.01)
            try:
                out["saved"].append(registry.save_instrument(mine))
            except Conflict as conflict:  # told; keeps both clerks' changes
                out["conflicts"] += 1
                out["errors_told"] = conflict.message("en")
                theirs = registry.instrument(iid).to_draft()
                out["saved"].append(registry.save_instrument(
                    merge(base, mine, theirs), overriding=conflict))
        elif mode == "import":
            from importers.tables.mapping import load_mapping
            from importers.tables.plan import prepare, write
            from mappings import resolve

            def run_import():
                plan = prepare(registry, args[0], load_mapping(resolve("kelishim-export")))
                return len(write(registry, plan))

            timed(out, run_import)
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], float(sys.argv[2]), sys.argv[3], *sys.argv[4:])))
