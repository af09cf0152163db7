"""Which of the documents a text names become drafts: those it says were signed there, once
each (one ratified or entered into force was signed earlier, elsewhere: no draft). A headline
names again what the body lists («... подписали соглашения на ПМЭФ»); a bare kind word names
again a document already named («Протокол, подписанный в Бишкеке в октябре 2024 года, уточняет
...»: its date and place go to that protocol); a bare plural («соглашения») names none."""

from __future__ import annotations

import re
from dataclasses import replace

from .documents import DOCUMENT_EN, DOCUMENT_RU, Document
from .morphology import has_tag
from .segmentation import SIGNED, Mention
from .statements import number_value

_COUNTS = (SIGNED,)


_WITH_ONLY = re.compile(r"\s*with\s+(?:the\s+)?[A-Z](?:(?!\s(?:on|for|in|to|concerning|regarding)"
                        r"\s)[^,;:])*")


def _bare(doc: Document) -> bool:
    """Only a kind word, at most one word before it and two after («Протокол с Беларусью»,
    «Соглашения на ПМЭФ», «Joint Statement»); not «Enhanced Partnership and Cooperation
    Agreement» or a Kyrgyz name, which ends with its kind word."""
    if doc.parties or doc.reference or doc.subject:
        return False
    kind = DOCUMENT_RU.search(doc.title) or DOCUMENT_EN.search(doc.title)
    rest = doc.title[kind.end():] if kind else doc.title
    if _plural(doc) and _WITH_ONLY.fullmatch(rest):  # «three agreements with the Government
        rest = ""  # of Uzbekistan: ...»: whom with, not which (the names follow)
    before = doc.title[:kind.start()] if kind else ""
    said = 1 if re.search(r"[а-яё]", before, re.I) else 6  # «an investment protection agreement»
    return kind is not None and len(before.split()) <= said and \
        not re.search(r"\b(?:of|on|for|between|with|to)\b", before, re.I) and \
        len(rest.split()) <= 2 and not re.search(r"[«\"\d]", rest) and \
        not re.match(r"\s*(?:о|об|on|of)\s(?!\s*(?:understanding|взаимопонимании)\s*$)", rest,
                     re.I)  # «Соглашение о сотрудничестве»: a title; «MoU»: not


def _same_kind_word(a: Document, b: Document) -> bool:
    """«Меморандум» and «меморандум о сотрудничестве ...»: one kind word, whatever the kind."""
    x = DOCUMENT_RU.search(a.title) or DOCUMENT_EN.search(a.title)
    y = DOCUMENT_RU.search(b.title) or DOCUMENT_EN.search(b.title)
    return bool(x and y) and x.group().split()[-1].casefold()[:5] == \
        y.group().split()[-1].casefold()[:5]


def _stems(words: str) -> set[str]:
    return {w.casefold()[:5] for w in re.findall(r"[^\W\d_][\w-]*", words)}


def _names_again(bare: Document, other: Document) -> bool:
    """Whether a bare name may be another document named again: «Agreement» may be any
    agreement; «a loan agreement» is not «an agreement on debt reduction», only an agreement
    whose name has «loan» in it."""
    kind = DOCUMENT_RU.search(bare.title) or DOCUMENT_EN.search(bare.title)
    said = _stems(bare.title[:kind.end()]) - _stems(kind.group().split()[-1]) if kind else set()
    return not said or said <= _stems(other.title)


def _copies(m: Mention, doc: Document) -> list[Document]:
    """«signed two loan agreements», «four grant agreements»: as many documents of that name,
    when the words before the kind word say what kind they are («two agreements» says
    nothing: the list after it names them)."""
    from .enumeration import singular_title  # (enumeration reads the mentions found here)
    kind = DOCUMENT_RU.search(doc.title) or DOCUMENT_EN.search(doc.title)
    said = _stems(doc.title[:kind.end()]) - _stems(kind.group().split()[-1]) if kind else set()
    single = singular_title(doc.title) if m.count > 1 and said and _plural(doc) else None
    if m.status not in _COUNTS or not single:
        return []
    return [replace(doc, title=single, parties=[replace(p) for p in doc.parties])
            for _ in range(m.count)]


def _plural(doc: Document) -> bool:
    kind = DOCUMENT_RU.search(doc.title) or DOCUMENT_EN.search(doc.title)
    words = kind.group().split() if kind else [""]
    # the noun of «план работы», «обмен нотами» is the first; of «дорожная карта», the last
    word = next((w for w in words if re.match(r"(?:план|обмен|письм)", w, re.I)), words[-1])
    if re.fullmatch(r"[A-Za-z]+", word):
        return word.lower().endswith(("s", "memoranda"))
    return has_tag(word, "plur", "nomn") and not has_tag(word, "sing", "nomn")


def _counted(doc: Document) -> bool:
    """«Nineteen agreements in fields ranging from ...», «13 соглашений»: the count of the
    signing statement, not a document."""
    kind = DOCUMENT_RU.search(doc.title) or DOCUMENT_EN.search(doc.title)
    before = doc.title[:kind.start()].strip() if kind else ""
    return bool(before) and number_value(before) is not None and _plural(doc)


_ONLY_KIND = re.compile(r"\s*(?:(?:of|on)\s+(?:cooperation|understanding)|о\s+(?:сотрудничестве|"
                        r"взаимопонимании))?\s*$", re.I)


def _kinds_only(parsed: list[tuple[Mention, Document]]) -> set[int]:
    """«Agreements, protocol, memorandum of understanding, roadmap and programs of cooperation,
    which were signed ...», «соглашения, протоколы и меморандумы»: three or more kind words in a
    row, each alone, sum up the documents; none of them is one."""
    alone = []
    for m, doc in parsed:
        kind = DOCUMENT_RU.match(doc.title) or DOCUMENT_EN.match(doc.title)
        alone.append(bool(kind) and not doc.parties and not m.in_list and _ONLY_KIND.fullmatch(doc.title[kind.end():])
                     is not None)
    runs, run = set(), []
    for n, (m, _doc) in enumerate(parsed):
        joined = run and alone[n] and m.start - parsed[run[-1]][0].end <= 6
        if alone[n] and (not run or joined):
            run.append(n)
            continue
        if len(run) >= 3:
            runs.update(run)
        run = [n] if alone[n] else []
    if len(run) >= 3:
        runs.update(run)
    return runs


def select(parsed: list[tuple[Mention, Document]],
           body_start: int) -> list[tuple[Mention, Document]]:
    headline = [d for m, d in parsed if m.start < body_start and not _bare(d)]
    if any(m.start >= body_start and m.status in _COUNTS for m, _ in parsed):
        parsed = [(m, d) for m, d in parsed if m.start >= body_start]
    kinds_only = _kinds_only(parsed)
    kept: list[tuple[Mention, Document]] = []
    for n, (m, doc) in enumerate(parsed):
        if _counted(doc) or n in kinds_only:
            continue
        copies = _copies(m, doc)
        if copies and any(x.ordinal and x.status in _COUNTS and _same_kind_word(doc, d)
                          for x, d in parsed[n + 1:]):
            continue  # «three financing agreements ... The first, a loan agreement for ...»:
            # the text names each of them after
        if copies:  # «two loan agreements»: two documents of one name
            kept += [(m, copy) for copy in copies]
            continue
        if _bare(doc) and not m.in_list and not m.sides:  # each item of a list is a document of
            # its own; so is one whose sides the text gives («an agreement and a protocol
            # between X and Y»)
            earlier = [d for x, d in kept if (d.kind == doc.kind or _same_kind_word(doc, d))
                       and _names_again(doc, d)]  # («The memorandum» of a memorandum of
            # cooperation, which a bare «memorandum» takes for one of understanding)
            if earlier:
                if earlier[-1].signed is None and doc.signed is not None and \
                        m.status in (*_COUNTS, None):  # (not «the bank's earlier agreements,
                    # signed in 2019»: other documents, whose date is not the one named before)
                    earlier[-1].own_place = earlier[-1].signed_place
                    earlier[-1].signed = doc.signed
                    earlier[-1].signed_place = earlier[-1].signed_place or doc.signed_place
                    earlier[-1].signed_again = True
                continue
            if _plural(doc) or any(d.kind == doc.kind and x.status in _COUNTS and not _bare(d)
                                   and _names_again(doc, d) for x, d in parsed[n + 1:]):
                continue  # «signed an agreement ...» before «The Agreement between ...»
            named = [d for d in headline if _same_kind_word(doc, d) and _names_again(doc, d)]
            if len(named) == 1 and m.start >= body_start:  # «... подписали меморандум о
                doc = replace(doc, title=named[0].title, subject=named[0].subject,  # ...» (title)
                              kind=named[0].kind)
                # «Министры подписали меморандум»: the body names what the headline named
        if m.status in _COUNTS:
            kept.append((m, doc))
    return kept
