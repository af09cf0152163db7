"""How well the press-release import does on texts it was not written for.

    python -m bench.import_quality                 # both parts, a table per part and language
    python -m bench.import_quality --part tuning --errors    # every wrong field, tuning part only
    python -m bench.import_quality --write-doc docs/IMPORT_QUALITY.md

The corpus is `bench/import_corpus/<part>/<lang>/*.txt`, each with its answer key `*.json` (see
the corpus README). The part `heldout` is scored, never read while changing the importer: this
script prints only its totals, never its texts or its errors.

Measures, over the documents of each text:
* documents: F1 of the documents found against those the key lists (a found document matches a
  key document when their titles share at least half their word stems);
* kind: share of matched documents with the key's kind;
* date: share of matched documents whose date of signature is the key's, value and precision;
* title: share of matched documents whose title is the key's, word for word up to case, quotes
  and the abbreviations КР/РФ/...;
* parties: F1 of the parties of matched documents, names compared whole after the same
  normalisation (so a party in the instrumental case is wrong); key documents without parties
  (a text naming no signatories) are not scored for parties;
* amends: F1 of the earlier instruments named as amended (over every document of the key and
  every document found), each right when its title matches and its date has the key's value and
  precision;
* invented: dates the text does not give (a document's date or the meeting's where the key has
  none, or one more precise than the key's).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "import_corpus"
PARTS = ("tuning", "heldout")
LANGUAGES = ("ru", "en", "ky")
TITLE_MATCH = 0.5  # share of word stems two titles must share to be the same document
DOC_BEGIN, DOC_END = "<!-- import-quality:begin -->", "<!-- import-quality:end -->"

# Abbreviations a text and a key may use for the same words (compared expanded).
_ABBREVIATIONS = {
    "кр": "кыргызской республики", "рф": "российской федерации", "рк": "республики казахстан",
    "руз": "республики узбекистан", "рт": "республики таджикистан", "рб": "республики беларусь",
    "ра": "республики армения", "кнр": "китайской народной республики",
    "оаэ": "объединенных арабских эмиратов", "мид": "министерство иностранных дел",
    "kr": "kyrgyz republic", "rf": "russian federation", "prc": "people's republic of china",
    "uae": "united arab emirates", "mfa": "ministry of foreign affairs",
    "usa": "united states of america", "us": "united states",
    "mou": "memorandum of understanding", "moc": "memorandum of cooperation",
}
_QUOTES = re.compile(r"[«»\"“”„‘’'`]")
_WORD = re.compile(r"[0-9a-zа-яёөүң]+", re.IGNORECASE)
_STOP = {"и", "в", "о", "об", "между", "по", "на", "с", "со", "для", "of", "the", "and", "on",
         "in", "between", "for", "to", "a", "an", "менен", "жана", "ортосундагы", "боюнча"}


def normalised_name(name: str) -> str:
    """A name compared whole: case, ё, quotes, spacing and abbreviations do not count."""
    text = _QUOTES.sub("", name.casefold().replace("ё", "е"))
    words = [_ABBREVIATIONS.get(w, w) for w in _WORD.findall(text)]
    return " ".join(words)


def stems(title: str, lang: str) -> set[str]:
    """Word stems of a title, case endings cut off crudely (the first letters of each word)."""
    cut = 5 if lang in ("ru", "ky") else 6
    words = normalised_name(title).split()
    return {w[:cut] for w in words if w not in _STOP}


def title_similarity(a: str, b: str, lang: str) -> float:
    x, y = stems(a, lang), stems(b, lang)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


@dataclass
class Tally:
    texts: int = 0
    gold_docs: int = 0
    found_docs: int = 0
    matched: int = 0
    kind_right: int = 0
    title_right: int = 0
    date_right: int = 0
    gold_parties: int = 0
    found_parties: int = 0
    parties_right: int = 0
    gold_amends: int = 0
    found_amends: int = 0
    amends_right: int = 0
    invented: int = 0
    failed: int = 0  # texts the importer raised on
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in self.__dataclass_fields__:
            if name != "errors":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    @staticmethod
    def _f1(right: int, gold: int, found: int) -> float | None:
        if gold + found == 0:
            return None
        return 2 * right / (gold + found)

    @staticmethod
    def _share(right: int, total: int) -> float | None:
        return right / total if total else None

    def figures(self) -> dict[str, float | int | None]:
        return {
            "texts": self.texts,
            "documents": self.gold_docs,
            "documents F1": self._f1(self.matched, self.gold_docs, self.found_docs),
            "kind": self._share(self.kind_right, self.matched),
            "title": self._share(self.title_right, self.matched),
            "date": self._share(self.date_right, self.matched),
            "parties F1": self._f1(self.parties_right, self.gold_parties, self.found_parties),
            "amends F1": self._f1(self.amends_right, self.gold_amends, self.found_amends),
            "invented dates": self.invented,
            "failed": self.failed,
        }


def _precise(value: str | None) -> int:
    return 0 if not value else len(value.split("-"))


def _invented(found: str | None, gold: str | None) -> bool:
    """A date more precise than the text gives, or one where it gives none."""
    return _precise(found) > _precise(gold)


def _match(gold: list[dict], found: list[dict], lang: str) -> list[tuple[int, int]]:
    """Pairs (gold index, found index), best titles first, each document used once."""
    scored = sorted(((title_similarity(g["title"], f["title"], lang), i, j)
                     for i, g in enumerate(gold) for j, f in enumerate(found)), reverse=True)
    pairs, used_g, used_f = [], set(), set()
    for score, i, j in scored:
        if score < TITLE_MATCH:
            break
        if i not in used_g and j not in used_f:
            pairs.append((i, j))
            used_g.add(i)
            used_f.add(j)
    return sorted(pairs)


def _score_parties(t: Tally, g: dict, f: dict, name: str) -> None:
    """Parties of one matched document; a key without parties (a summit's declaration whose
    text names no signatories) is not scored, as the text gives nothing to find."""
    if not g.get("parties"):
        return
    want = {normalised_name(p["name"]) for p in g["parties"]}
    got = {normalised_name(p["name"]) for p in f.get("parties", [])}
    t.gold_parties += len(want)
    t.found_parties += len(got)
    t.parties_right += len(want & got)
    if want != got:
        t.errors.append(f"{name}: parties {sorted(p['name'] for p in f.get('parties', []))} for "
                        f"{sorted(p['name'] for p in g['parties'])} («{g['title'][:60]}»)")


def _amended(found: dict) -> dict | None:
    """The earlier instrument a found document amends or supplements; one it implements,
    extends or ends is not amended (the key names only amended ones)."""
    if found.get("relation") not in (None, "amends", "supplements"):
        return None
    return found.get("amends")


def score_text(key: dict, result: dict, name: str = "") -> Tally:
    """Compare one proposal (`as_json`) with its answer key."""
    lang = key["language"]
    gold, found = key["documents"], result.get("instruments", [])
    t = Tally(texts=1, gold_docs=len(gold), found_docs=len(found))
    pairs = _match(gold, found, lang)
    t.matched = len(pairs)
    t.gold_amends = sum(g.get("amends") is not None for g in gold)
    t.found_amends = sum(_amended(f) is not None for f in found)
    note = t.errors.append
    paired_g, paired_f = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in paired_g:
            note(f"{name}: missed {g['kind']} «{g['title']}»")
    for j, f in enumerate(found):
        if j not in paired_f:
            note(f"{name}: not in the key: {f['kind']} «{f['title']}»")
    for i, j in pairs:
        g, f = gold[i], found[j]
        if g["kind"] == f["kind"]:
            t.kind_right += 1
        else:
            note(f"{name}: kind {f['kind']} for {g['kind']} «{g['title']}»")
        if normalised_name(g["title"]) == normalised_name(f["title"]):
            t.title_right += 1
        else:
            note(f"{name}: title «{f['title']}» for «{g['title']}»")
        if g.get("signed_date") == f.get("signed_date"):
            t.date_right += 1
        else:
            note(f"{name}: date {f.get('signed_date')} for {g.get('signed_date')} "
                 f"(«{g['title'][:60]}»)")
        _score_parties(t, g, f, name)
        ga, fa = g.get("amends"), _amended(f)
        if ga and fa and title_similarity(ga["title"], fa["title"], lang) >= TITLE_MATCH \
                and ga.get("date") == fa.get("date"):
            t.amends_right += 1
        elif ga or fa:
            note(f"{name}: amends {fa} for {ga}")
        if _invented(f.get("signed_date"), g.get("signed_date")):
            t.invented += 1
    gold_meeting = (key.get("meeting") or {}).get("date")
    found_meeting = (result.get("meeting") or {}).get("date")
    if _invented(found_meeting, gold_meeting):
        t.invented += 1
        note(f"{name}: meeting date {found_meeting} for {gold_meeting}")
    return t


def cases(part: str, lang: str, corpus: Path = CORPUS) -> list[tuple[Path, dict]]:
    folder = corpus / part / lang
    return [(p, json.loads(p.with_suffix(".json").read_text(encoding="utf-8")))
            for p in sorted(folder.glob("*.txt"))]


def run_importer(text: str, today: date) -> dict:
    from importers.press_release import CountryIndex, as_json, parse_press_release
    from models.countries import seeds

    index = run_importer.__dict__.setdefault("index", CountryIndex(seeds()))
    return as_json(parse_press_release(text, today, index))


def score(part: str, lang: str, today: date, corpus: Path = CORPUS) -> Tally:
    total = Tally()
    for path, key in cases(part, lang, corpus):
        text = path.read_text(encoding="utf-8")
        try:
            result = run_importer(text, today)
        except Exception as exc:  # noqa: BLE001 - a crash is a measured failure, not the end
            t = Tally(texts=1, gold_docs=len(key["documents"]), failed=1)
            t.errors.append(f"{path.stem}: the importer failed: {type(exc).__name__}: {exc}")
        else:
            t = score_text(key, result, path.stem)
        total.add(t)
    return total


def _cell(value) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def table(results: dict[tuple[str, str], Tally]) -> str:
    columns = list(Tally().figures())
    lines = ["| part | language | " + " | ".join(columns) + " |",
             "|---|---|" + "---|" * len(columns)]
    for (part, lang), t in results.items():
        lines.append(f"| {part} | {lang} | "
                     + " | ".join(_cell(v) for v in t.figures().values()) + " |")
    return "\n".join(lines)


def write_doc(path: Path, text: str, today: date) -> None:
    block = f"{DOC_BEGIN}\nMeasured {today.isoformat()} by `python -m bench.import_quality`:\n\n" \
            f"{text}\n{DOC_END}"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if DOC_BEGIN in old and DOC_END in old:
        new = old[:old.index(DOC_BEGIN)] + block + old[old.index(DOC_END) + len(DOC_END):]
    else:
        new = (old.rstrip() + "\n\n" if old else "") + block + "\n"
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=(*PARTS, "real"), action="append",
                        help="the part to score (default: both)")
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    parser.add_argument("--errors", action="store_true",
                        help="print every wrong field (tuning part only)")
    parser.add_argument("--write-doc", type=Path, metavar="FILE",
                        help="put the table into FILE between its import-quality markers")
    parser.add_argument("--corpus", type=Path, default=CORPUS, metavar="DIR",
                        help="another corpus laid out the same way, e.g. real published texts "
                             "kept outside the repository (a part named 'real' is scored whole)")
    args = parser.parse_args(argv)
    today = date.today()
    results: dict[tuple[str, str], Tally] = {}
    parts = args.part or [p for p in (*PARTS, "real") if (args.corpus / p).is_dir()]
    for part in parts:
        for lang in args.lang or LANGUAGES:
            if cases(part, lang, args.corpus):
                results[(part, lang)] = score(part, lang, today, args.corpus)
        tallies = [t for (p, _), t in results.items() if p == part]
        if len(tallies) > 1:
            whole = Tally()
            for t in tallies:
                whole.add(t)
            results[(part, "all")] = whole
    text = table(results)
    print(text)
    if args.errors:
        for (part, lang), t in results.items():
            if part in ("tuning", "real") and lang != "all":
                print(f"\n## {part} {lang}: {len(t.errors)} wrong fields")
                print("\n".join(t.errors))
    if args.write_doc:
        write_doc(args.write_doc, text, today)
    return 0


if __name__ == "__main__":
    sys.exit(main())
