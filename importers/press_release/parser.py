"""From a press release to a proposed import: the meeting and one draft per document signed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from models.records import EventDraft, InstrumentDraft, MeetingDraft
from models.vocabulary import MEETING_KINDS

from . import kyrgyz
from .bracketed import bracketed_sides
from .alike_bodies import alike_signed
from .context import context_parties, government_of_the_day, home_country, meeting_parties
from .countries import CountryIndex
from .dates import FoundDate, find_dates, relative_date, yearless_dates
from .documents import ACTIVE_SIGNING, SIGNING_SUBJECTS, Document, level_for, parse_document
from .kinds import DOCUMENT_EN, DOCUMENT_RU, respelled
from .enumeration import share_between, split_enumerations
from .meeting import MEETING_WORDS, dateline_day, header, in_dateline, meeting_facts
from .morphology import inflect_phrase, parses
from .met_sides import met_sides
from .parties import find_parties
from .party_names import (cabinet_as_written, country_parties, government_name,
                          kyrgyz_spelled, party_drafts, spelled_out, turkey_as_written)
from .parliaments import parliaments_sign
from .pasted_table import table_sides, tables_as_lists
from .proposal import EarlierInstrument, ProposedImport, ProposedInstrument, meeting_date
from .segmentation import MARKER, SIGNED, Mention, cues, find_mentions
from .selection import select
from .shared_bodies import both_signers, named_pair, paired_bodies
from .two_named import two_of_a_kind
from .sides import sides_signed
from .signed_by import words_after
from .signers import MANY_WITH, company_name, passive_signers, signer_parties
from .statements import announced_count, inherit_status
from .visit import meeting_partners

_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\t]")


def normalise(text: str) -> str:
    """Line breaks as \\n, odd spaces as spaces, no soft hyphens or byte order mark, the
    non-breaking hyphen as a hyphen, and lines wrapped by a PDF or a web page joined again."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = tables_as_lists(text)
    text = _SPACES.sub(" ", text.replace("\u00ad", "").replace("\u2011", "-"))
    text = cyrillic_lookalikes(text)
    blocks = re.split(r"\n[ \t]*\n", text)
    joined = blocks[:1]
    for block in blocks[1:]:  # «... the Ministry of Internal Affairs of the\n\nIslamic ...»
        if _CUT_AT_A_WORD.search(joined[-1]) and block.strip():
            joined[-1] = joined[-1].rstrip() + " " + block.lstrip()
        else:
            joined.append(block)
    return "\n\n".join(_unwrapped(block) for block in joined)


# Latin letters drawn as Cyrillic ones, which a page may type inside Russian words («пoдпиcaли»).
_LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_WORD = re.compile(r"[^\W\d_]+")
# («дoкумeнт o пoбpaтимcтвe»: a one-letter word between two Russian words)
_LONE_LETTER = re.compile(r"(?<=[а-яё] )[aocyACOKB](?= [а-яё])", re.I)


def cyrillic_lookalikes(text: str) -> str:
    """The text with the Latin letters that look like Cyrillic ones written in Cyrillic inside a
    word that mixes the two scripts, and as a one-letter word between two Russian words («Aким
    Acтaны ... пoдпиcaли дoкумeнт o ...» → «Аким Астаны ... подписали документ о ...»); a word
    with a Latin letter no Cyrillic one looks like («Bazalt», «iPhone») stays as written."""
    def cyrillic(m: re.Match) -> str:
        word = m.group()
        if not (re.search(r"[а-яё]", word, re.I) and re.search(r"[a-z]", word, re.I)):
            return word
        fixed = word.translate(_LOOKALIKES)
        return word if re.search(r"[a-z]", fixed, re.I) else fixed
    return _LONE_LETTER.sub(lambda m: m.group().translate(_LOOKALIKES),
                            _WORD.sub(cyrillic, text))


# A paragraph ending in an article, a preposition or a conjunction was cut by a page break: it
# goes on in the next one.
_CUT_AT_A_WORD = re.compile(r"(?<![\w-])(?:the|of|and|between|on|in|for|to|with|by|a|an|"
                            r"и|в|во|о|об|по|между|с|со|на|для|к|от)[ \t]*$", re.I)


_ENDS_CLAUSE = re.compile(r"[.!?:;…][»\"”)]*\s*$")


def _unwrapped(block: str) -> str:
    """A paragraph whose lines were broken at a fixed width («... между Кабинетом\\nминистров
    ...», «сотрудни-\\nчестве») as one line. A line is joined to the next when the next goes on
    in lower case, or when the paragraph has two or more long lines that end mid-sentence;
    never before or after a list item (segmentation follows an item onto its next lines)."""
    lines = block.split("\n")
    wrapped = sum(len(line) >= 50 and not _ENDS_CLAUSE.search(line) for line in lines[:-1]) >= 2
    out = [lines[0]]
    for line in lines[1:]:
        previous = out[-1]
        lower = re.match(r"\s*[a-zа-яёөүң]", line) is not None
        if not line.strip() or not previous.strip() or MARKER.match(line) or \
                MARKER.match(previous) or _ENDS_CLAUSE.search(previous) or \
                not (lower or wrapped and len(previous) >= 50) or \
                _item(line) and _item(previous) and not _CUT_AT_A_WORD.search(previous):
            # (lists go on by themselves; a list without markers names a document a line)
            out.append(line)
        elif lower and re.search(r"[^\W\d_]-$", previous.rstrip()):
            out[-1] = previous.rstrip()[:-1] + line.strip()  # «сотрудни-» + «честве»
        else:
            out[-1] = previous.rstrip() + " " + line.strip()
    return "\n".join(out)


def _item(line: str) -> bool:
    """A line that begins with a document's kind word, in the nominative singular in Russian
    («Соглашение между ...», «Agreement on ...», not «Соглашения ...» going on a title)."""
    m = DOCUMENT_RU.match(line) or DOCUMENT_EN.match(line)
    if not m or not m.group()[:1].isupper():
        return False
    head = m.group().split()[-1].lower()
    return not re.search(r"[а-яё]", head) or any(
        p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(head))


# The end of a sentence a scope may run over (not «г. Бишкек», «26 ноября 2025 г. в ...»).
_SENTENCE_END = re.compile(r"(?<![\s.][А-ЯЁа-яёA-Za-z])[.!?]\s+(?=[«\"]?[А-ЯЁA-Z])")
# «к 2030 году довести до ...», «by 2030»: a target, not the day of a signing.
_TARGET = re.compile(r"(?<![\w-])(?:к|до|на|by|until|through|for)\s+$", re.I)


# «The delegation, which arrived in Bishkek on November 18, signed ...»: the day it came.
_ARRIVED = re.compile(r"(?:прибы\w*|прилет\w*|arriv\w+|келди|келген)\b[^.;]*$", re.I)


def _sentence_date(text: str, mention: Mention, taken: list[tuple[int, int]], reference,
                   dated: date | None):
    """A date in the words before the document that belongs to no document, no dateline and no
    arrival («26 ноября в Бишкеке подписаны: ...»; not «X, who arrived on May 3, signed»), else
    «сегодня», «вчера» counted from the text's own date `dated` (its header or dateline) when
    it has one."""
    before = text[mention.scope_start:mention.start]
    if mention.in_list:  # the introducing line, not the items before this one
        line_end = text.find("\n", mention.scope_start)
        before = before[:line_end - mention.scope_start] if 0 <= line_end < mention.start \
            else before
    sentence = list(_SENTENCE_END.finditer(before))  # «... до 3 млрд. Для этого подписана»
    skip = sentence[-1].end() if sentence and not mention.in_list else 0
    for d in reversed(find_dates(before[skip:], reference)):
        d = FoundDate(d.start + skip, d.end + skip, d.value, d.precision)
        at = mention.scope_start + d.start
        if not any(s <= at < e for s, e in taken) and not _TARGET.search(before, 0, d.start) \
                and not _ARRIVED.search(before, max(0, d.start - 60), d.start) \
                and (dated is None or d.value <= dated) and not in_dateline(
                    text, FoundDate(at, mention.scope_start + d.end, d.value, d.precision)):
            return d
    day = relative_date(before, dated)
    return FoundDate(mention.start, mention.start, day, "day") if day else None


def _meeting_title(headline: str, kind: str, city: str, text: str, in_kyrgyz: bool) -> str:
    if headline and MEETING_WORDS.search(headline):
        return re.split(r":\s|\s[—–]\s", headline)[0].strip()
    language = "ky" if in_kyrgyz else "ru" if re.search(r"[а-яё]", text, re.I) else "en"
    label = MEETING_KINDS.label(kind, language)
    return f"{label}, {city}" if city else label


# A clause with its own signing verb between two documents of a sentence: «..., while the
# ministries of justice signed a ...», «..., and X and Y signed a ...».
_OWN_CLAUSE = re.compile(r"[,;]?\s*(?:(?:while|whereas|and|as\s+well\s+as)\s+)?(?P<who>.*\b(?:signed|"
                         r"inked|concluded|exchanged)\b(?:\s+\S+){0,3}\s*)$", re.S)


# Between two documents of one English list: «, a», «, as well as an», «and the», «, another».
_NEXT_ITEM = re.compile(r"\s*(?:[,;]\s*)?(?:(?:and|as\s+well\s+as|along\s+with|together\s+with|"
                        r"also|plus)\s+)?"
                        r"(?:(?:a|an|the|another|the\s+other)\s+)?")


def _named_again(m: Mention, found: list[Mention], kept: list[Mention]) -> Mention | None:
    """The next mention of `m`'s kind word alone («The agreement was signed between ...»),
    which names no document of its own, when no other document of that kind comes between."""
    kind = DOCUMENT_EN.search(m.text)
    if not kind:
        return None
    word = kind.group().split()[-1].lower()[:6]
    for x in found:
        named = DOCUMENT_EN.match(x.text)
        if x.start < m.end or not named or named.group().split()[-1].lower()[:6] != word:
            continue
        own = any(x is k for k in kept)
        return None if own or named.end() < len(x.text) and not re.match(
            r"\s+(?:was|were|has\s+been)\s", x.text[named.end():]) else x
    return None


# Between two documents of one Russian object: «A, B», «A и B», «A, а также B».
# A Russian signing verb right before a document («X и Y подписали (сегодня) A»).
_SIGNED_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:подписал[аио]?|подписали|заключил[аио]?|"
                                  r"заключили)(?:\s+[а-яё-]+){0,3}\s*$", re.I)
_BODIES = re.compile(r"(?<![\w-])(?:министерств|агентств|комитет|служб|банк|компани|корпораци|"
                     r"университет|фонд|палат|мэри|акимат|хокимият|администраци|центр|институт|"
                     r"академи|ассоциаци|союз)\w*|(?<![\w-])(?:ОАО|ЗАО|ООО|ОсОО|АО|ГП|ПАО)\s", re.I)
# Who signs a Russian document when no government does: a body other than a government, or its
# head («ректор», «мэр», «аким», «губернатор», «Жогорку Кенеш», «Сенат»).
_OTHER_SIGNERS = re.compile(_BODIES.pattern + r"|(?<![\w-])(?:ректор|проректор|мэр|аким|хоким|"
                            r"губернатор|спикер|торага|депутат|парламент|сенат|мажилис|кенеш|"
                            r"директор|управляющ)\w*", re.I)
_NEXT_ITEM_RU = re.compile(r"\s*(?:,\s*)?(?:(?:а\s+)?также\s+|и\s+(?:также\s+)?)?")


def _first_of_list(text: str, m: Mention, found: list[Mention]) -> Mention:
    """The first document of the English list `m` ends («signed A, B and C»: A), else `m`."""
    lead = m
    while not lead.in_list:
        previous = max((x for x in found if lead.scope_start <= x.end <= lead.start
                        and not x.in_list and x is not lead), default=None, key=lambda x: x.end)
        if previous is None or not _NEXT_ITEM.fullmatch(text, previous.end, lead.start) or \
                re.search(r"[а-яё]", text[previous.start:lead.start], re.I):
            break
        lead = previous
    return lead


# "The parties also signed ...", "The two sides also inked ...": the sides of the document
# signed before it, right before the document.
_SAME_SIDES = re.compile(r"\b(?:the\s+(?:two\s+)?(?:parties|sides)|both\s+(?:parties|sides))\s+"
                         r"also\s+(?:signed|inked|concluded|exchanged)(?:\s+[\w-]+){0,2}\s*$", re.I)

# «... were signed between X and Y»: the passive verb after the last document of a list.
_PASSIVE_TAIL = re.compile(r"\b(?:was|were|have\s+been|has\s+been)\s+(?:also\s+)?(?:signed|inked|"
                           r"concluded|exchanged)\s+(?:between|by)\s.*$", re.S)


def _last_of_list(text: str, m: Mention, found: list[Mention]) -> Mention:
    """The last document of the English list `m` begins when what follows the list says who
    signed them all («A and B were signed between X and Y»), else `m`."""
    last = m
    while not last.in_list:
        following = min((x for x in found if last.end <= x.start and not x.in_list
                          and x is not last), default=None, key=lambda x: x.start)
        if following is None or not _NEXT_ITEM.fullmatch(text, last.end, following.start) or \
                re.search(r"[а-яё]", text[last.start:following.end], re.I):
            break
        last = following
    return last


def _before(text: str, m: Mention, found: list[Mention] = ()) -> str:
    """The words before a document that may say who signed it: its sentence up to it, or its
    list's introducing line; in English, the clause after the document before it when that
    clause has a signing verb of its own («A, while the ministries of justice signed B»)."""
    start = max(m.scope_start, m.start - 400)  # the words near it say it
    previous = max((x for x in found if m.scope_start <= x.end <= m.start and not x.in_list
                    and x is not m), default=None, key=lambda x: x.end)
    if previous is not None and not m.in_list:
        own = _OWN_CLAUSE.match(text, previous.end, m.start)
        if own and not re.search(r"[а-яё]", own.group("who"), re.I):
            return own.group("who")
        one_head = m.count > 1 and previous.count == m.count and re.fullmatch(
            r"\s*(?:[,;]\s*)?(?:и\s+)?", text[previous.end:m.start])  # «подписали два
        # соглашения: о ... и о ...»: one plural object, its subject the verb's for both
        if _NEXT_ITEM_RU.fullmatch(text, previous.end, m.start):
            said = _before(text, previous, found)
            if re.search(r"(?:подписали|заключили)[^.;:]*:\s*$", said) or \
                    _SIGNED_RIGHT_BEFORE.search(said) and _BODIES.search(said):
                return said  # «X и Y подписали два документа: A и B», «X и Y подписали A, а
                # также B»: the subject's for both
        if one_head or _NEXT_ITEM.fullmatch(text, previous.end, m.start) and \
                not re.search(r"[а-яё]|\b(?:signed|inked|concluded|exchanged|adopted)\b",
                              text[previous.start:m.start], re.I):
            said = _before(text, previous, found)  # «X and Y signed A, B, as well as C»: the
            # subject of the list's verb is C's too; «X signed three agreements with Y: A, B»:
            # and the side after it
            header = said + text[previous.start:previous.end]
            return header if MANY_WITH.search(header) else said
    if m.in_list:
        line_end = text.find("\n", start)
        return text[start:line_end if 0 <= line_end < m.start else m.start]
    return _statement_before(text, m, found) + text[start:m.start]


def _statement_before(text: str, m: Mention, found: list[Mention]) -> str:
    """«Президенты ... подписали три документа. Это Протокол ..., Соглашение ...»: a sentence
    that only names documents signed in the sentence before it (one that names none itself)
    has that sentence's subject as theirs; else ""."""
    end = re.compile(r"[.!?…](?=\s|$)|\n").search(text, m.end)
    if m.status != SIGNED or any(  # its sentence says something of its own («A loan
            not any(x.start <= p < x.end for x in found)  # agreement was signed»), not
            for p, _k, _w in cues(text, m.scope_start, end.start() if end else len(text))):
        return ""  # within a name («об обмене ратификационными грамотами»)
    before = text[max(0, m.scope_start - 400):m.scope_start]
    sentence = re.split(r"(?<=[.!?…])\s+|\n", before.rstrip())[-1]
    at = m.scope_start - len(before) + before.rfind(sentence)
    signed = [(p, w) for p, kind, w in cues(sentence) if kind == SIGNED]
    if not sentence or not signed or any(at <= x.start < m.scope_start for x in found):
        return ""
    return sentence[:signed[-1][0] + len(signed[-1][1])] + " "  # (up to its verb)


def _table_parties(doc: Document, m: Mention, sides: dict[str, list[list[str]]],
                   index) -> None:
    """The sides a pasted table gives in the document's row, in the nominative as written."""
    rows = sides.get(" ".join(MARKER.sub("", m.text).casefold().split()).rstrip(" ;."))
    if rows and m.in_list:
        doc.parties = party_drafts(rows.pop(0), index)
        doc.multilateral = False
        doc.level = level_for(doc.title, doc.kind, doc.parties)


def _sides_parties(doc: Document, said: str, index: CountryIndex) -> None:
    """«Между X и Y – Меморандум ...»: the sides a list item names before its document; «ACWA
    Power – a wind farm ...»: the company the item names (the other side the text may not say)."""
    words = re.sub(r"^\s*(?:между|between)\s+|\s*[–—-]\s*$", "", said, flags=re.I)
    found = find_parties(("между " if re.search(r"[а-яё]", words, re.I) else "between ") +
                         words, index)
    if found is None and company_name(words):  # «ACWA Power – a wind farm»: the one it names
        doc.parties = party_drafts([company_name(words)], index)
    elif found and len(found.names) == 2:
        doc.parties = party_drafts(found.names, index)
        doc.multilateral = False
        doc.level = level_for(doc.title, doc.kind, doc.parties)


def _bracketed(words: str, index: CountryIndex) -> tuple[str, list[str]]:
    """A Russian or English item's words without its bracket of sides, and those sides."""
    return bracketed_sides(words, lambda inner: sides_signed(inner, index))


def _bracketed_parties(doc: Document, m: Mention, text: str, index: CountryIndex,
                       in_kyrgyz: bool) -> None:
    """The two sides a list item names in brackets after its document (a Kyrgyz name ends
    before them: they are read from the rest of its line)."""
    if not m.in_list:
        return
    rest = text[m.end:].split("\n", 1)[0]
    line = text[m.start:].split("\n", 1)[0]  # (the mention's words may stop before it)
    names = bracketed_sides(rest)[1] if in_kyrgyz else \
        _bracketed(m.text, index)[1] or _bracketed(line, index)[1]
    if names:
        doc.parties = kyrgyz.drafts(names, index) if in_kyrgyz else party_drafts(names, index)
        doc.multilateral = False
        doc.level = level_for(doc.title, doc.kind, doc.parties)


_HEADLINE_VERB = re.compile(r"\s(?:подписали|заключили)(?=\s)")
_HEADLINE_VERB_EN = re.compile(r"\s(?:sign|ink|seal)s?(?=\s)")


def _headline_signers(headline: str, index: CountryIndex, text: str = "") -> list[str]:
    """«Кыргызстан и Всемирный банк заключили соглашение на $6,36 млн», «Kyrgyzstan, Saudi Fund
    sign loan agreement»: the two sides a headline names as the subject of the signing, when one
    of them is no state (two states named there sign the text's documents by their governments
    or ministries: see meeting_parties)."""
    verb = _HEADLINE_VERB.search(headline)
    names = signer_parties(headline[:verb.end()], index) if verb else None
    english = _HEADLINE_VERB_EN.search(headline) if not verb else None
    if english:  # «Kyrgyzstan, Saudi Fund sign loan agreement»: the comma is an «and»
        subject = re.sub(r"^([^,]+),\s+(?=[^,]+$)", r"\1 and ", headline[:english.start()])
        names = signer_parties(subject + " signed", index) or [
            p.name for p in named_pair(subject, index, at_start=True)]  # «Kyrgyz, Turkish
        # foreign ministries sign ...»: each country's ministry
    if not names or len(names) != 2 or all(index.whole_country(n) for n in names):
        return []
    codes = [index.whole_country(n) for n in names]
    if english:  # a state borrows or agrees by its government; a name the headline shortens
        return [government_name(c, index, english=True) if c else _named_in_full(n, text)
                for n, c in zip(names, codes)]  # («Abu Dhabi Fund») as the body names it
    return [index.official[c] if c else n for n, c in zip(names, codes)]


def _named_in_full(name: str, text: str) -> str:
    """«Abu Dhabi Fund» → «Abu Dhabi Fund for Development», when the text names it so."""
    full = re.search(re.escape(name) + r"(?:\s+(?:for|of)(?:\s+[A-Z][\w-]*)+)", text)
    return full.group() if full else name


_INTERGOVERNMENTAL = re.compile(r"межправительственн|intergovernmental", re.I)


def _governments_of_states(doc: Document, m: Mention, index: CountryIndex) -> None:
    """«межправительственное соглашение ... между Кыргызстаном и ОАЭ»: the states its words name
    sign it by their governments."""
    codes = [index.whole_country(p.name) for p in doc.parties]
    if len(codes) < 2 or not all(codes) or not _INTERGOVERNMENTAL.search(m.text):
        return
    doc.parties = country_parties(codes, "intergovernmental", index,
                                  not re.search(r"[а-яё]", m.text, re.I))
    doc.level = level_for(doc.title, doc.kind, doc.parties)


def _lead_countries(text: str, body_start: int, index: CountryIndex, city: str = "") -> list[str]:
    """The countries the headline and the first paragraph name («Кыргызстан и Монголия ...»,
    «визит в Монголию», «переговоры с туркменской делегацией», «визит в Ташкент»), the «two
    countries» of the text when they are two."""
    lead = text[:text.find("\n\n", body_start) if "\n\n" in text[body_start:] else len(text)]
    codes = meeting_partners(lead, index, city)
    if len(codes) != 2:  # the text as a whole names two countries, one perhaps far from the lead
        codes = meeting_partners(text, index, city)
    return codes if len(codes) == 2 else []


def _key(title: str) -> str:
    return " ".join(title.casefold().split())


def parse_press_release(text: str, today: date, countries) -> ProposedImport:
    """The meeting the text reports and a draft of every document it says was signed there
    (not one ratified or in force: signed before). `countries` are the registry's (CountryView)
    or the seeds of models.countries. Nothing here looks at the registry's records: see matching."""
    index = countries if isinstance(countries, CountryIndex) else CountryIndex(countries)
    sides = table_sides(text.replace("\r", ""))
    text = normalise(text)
    in_kyrgyz = kyrgyz.is_kyrgyz(text)
    text = text if in_kyrgyz else respelled(text)  # «Мемарандум», «соглашене»
    body_start, headline, header_date = header(text)
    undated = False
    if in_kyrgyz and header_date is None:  # its dates without a year are of the year it names
        day = kyrgyz.reference_day(text, today)
        undated, today = day is None, day or today
    if in_kyrgyz:
        reference = header_date.value if header_date else None if undated else today
        parsed = kyrgyz.find_documents(text, index, reference, body_start)
        found = [m for m, _ in parsed]
    else:
        # «26 ноября» takes its year from the text's own date (header, dateline), never from
        # today: a text without a year gives a draft without one, and the review asks for it.
        reference = header_date.value if header_date else dateline_day(text[body_start:])
        found = share_between(text, split_enumerations(find_mentions(text), index))
        inherit_status(text, found)
        parsed = select([(m, parse_document(_bracketed(m.text, index)[0], index, reference,
                                            m.case)) for m in found], body_start)
    taken = [(m.start, m.end) for m in found]
    headline_pair = [] if in_kyrgyz else _headline_signers(headline, index, text)
    seen: dict[str, Document] = {}
    kept: list[tuple[Mention, Document]] = []
    for m, doc in parsed:
        if not doc.parties:  # «Меморандум о ... (Минсельхоз КР – Комитет ветеринарии РУз);»
            _bracketed_parties(doc, m, text, index, in_kyrgyz)
        if not doc.parties and m.sides.startswith("between "):  # «an agreement and a
            # protocol between X and Y»: the next document's parties, named by its words
            nxt = next((d for x, d in parsed if x.start > m.start), None)
            if nxt is not None and nxt.parties:
                doc.parties = [replace(p) for p in nxt.parties]
                doc.level, doc.multilateral = nxt.level, nxt.multilateral
        if not doc.parties and m.sides:
            _sides_parties(doc, m.sides, index)
        if not doc.parties:
            _table_parties(doc, m, sides, index)
        twin = next((d for x, d in kept if x.start < m.start < x.end and d.parties), None)
        if not doc.parties and twin is not None and not in_kyrgyz:  # «a loan and a grant
            # agreement»: the second is the first's sides'
            doc.parties = [replace(p) for p in twin.parties]
        counted = max((x for x in found if x.end <= m.start and x.count > 1), default=None,
                      key=lambda x: x.start) if m.ordinal else None
        if not doc.parties and counted is not None:  # «X and Y signed three agreements ...
            # The first, a loan agreement for ...»: who signed the three
            context_parties(doc, _before(text, counted, found), index, counted.text,
                            words_after(text, counted.start, counted.end,
                                        [(x.start, x.end) for x in found]))
        if not doc.parties and not in_kyrgyz:
            last = _last_of_list(text, m, found)  # «A and B were signed between X and Y»
            shared = _PASSIVE_TAIL.search(last.text) if last is not m else None
            context_parties(doc, _before(text, m, found), index,
                            m.text + (" " + shared.group() if shared else ""),
                            words_after(text, last.start, last.end,
                                        [(x.start, x.end) for x in found]))
        if not doc.parties and not in_kyrgyz and not m.in_list:  # «A met B. The sides signed»
            lead = _first_of_list(text, m, found)  # «The sides signed A and B»: B's too
            doc.parties = party_drafts(met_sides(text[max(0, lead.start - 400):lead.start],
                                                 index) or [], index)
            if not doc.parties:  # «At the meeting the universities signed ...»
                doc.parties = party_drafts(alike_signed(text, lead.start) or [], index)
            if not doc.parties:  # «An agreement on ... was signed ... The agreement was
                # signed between X and Y»: the sides its bare kind word names again
                again = _named_again(m, found, [x for x, _ in parsed])
                doc.parties = party_drafts(passive_signers(again.text, index) or [], index) \
                    if again else []
            signed_before = [d for _x, d in kept if d.parties]
            if not doc.parties and signed_before and \
                    _SAME_SIDES.search(text, max(0, lead.start - 80), lead.start):
                doc.parties = [replace(p) for p in signed_before[-1].parties]  # «The parties
                # also signed ...»: the sides of the document before
        if not doc.parties and not in_kyrgyz:  # «план ... между двумя регионами»
            doc.parties = party_drafts(two_of_a_kind(doc.title, text, m.start, m.end) or [],
                                       index)
        if not doc.parties and not in_kyrgyz and headline_pair:
            doc.parties = party_drafts(headline_pair, index)
        _governments_of_states(doc, m, index)
        first = seen.get(_key(doc.title))
        copy = m.count > 1 and any(x is m for x, _ in kept)  # «two loan agreements»
        if first is None or copy or first.parties and doc.parties and \
                first.parties != doc.parties:
            seen[_key(doc.title)] = doc
            kept.append((m, doc))
        else:  # named again (a headline, then the body): what the second naming adds
            first.signed = first.signed or doc.signed
            first.signed_place = first.signed_place or doc.signed_place
            if first.reference and doc.reference:
                first.reference.date = first.reference.date or doc.reference.date
    references = {_key(d.reference.title) for _, d in kept if d.reference}
    parsed = [(m, d) for m, d in kept if _key(d.title) not in references]
    parsed = parsed if in_kyrgyz else _named_again_in_more_words(parsed)
    for (_m, doc), (_x, before) in zip(parsed[1:], parsed):
        to_it = _TO_IT.fullmatch(doc.title)
        if to_it and not in_kyrgyz:  # «Соглашение о ... и Протокол к нему»: to the one before
            doc.title = f"{to_it.group('head')} к {inflect_phrase(before.title, 'datv')}"

    _similar_titles(parsed)
    named = [x.code for x in index.mentions(text) if x.by_name]
    for _m, doc in parsed:
        for party in doc.parties:
            party.name = spelled_out(party.name, text, russian=not in_kyrgyz)
        home_country(doc, index, named, rename=not in_kyrgyz)
        if doc.kind == "treaty" and doc.level == "other":
            doc.kind = "other"  # a «договор» between companies is a contract, not a treaty
    for m, doc in parsed:
        doc.signed = doc.signed or _date_after_verb(text, m, reference)
    names_meeting = bool(headline and MEETING_WORDS.search(headline))
    meeting, filed_on = None, header_date.value if header_date else None
    if names_meeting or any(m.status == SIGNED for m, _ in parsed):
        known = None if undated else reference  # (never the year of today)
        facts = meeting_facts(text, index, today, taken + (kyrgyz.earlier_spans(text) if
                                                          in_kyrgyz else []), known)
        if undated and facts.date and str(facts.date.year) not in text:  # (no year given)
            facts.date = facts.end_date = None
        elif in_kyrgyz and kyrgyz.meeting_days(text[body_start:], known):
            facts.date, facts.end_date = kyrgyz.meeting_days(text[body_start:], known)
            facts.precision = "day"
        filed_on = facts.filed
        if (facts.date or filed_on) is not None:  # (the report's day when the body gives the
            parsed = _signed_there(parsed, facts.date or filed_on)  # meeting none: not the
            # meeting's day, but the meeting was not over a month before it)
    if names_meeting or parsed and any(m.status == SIGNED for m, _ in parsed):
        codes = sorted({p.country for _, d in parsed for p in d.parties if p.country} |
                       set(facts.countries))  # (an interview on documents signed before: none)
        meeting = MeetingDraft(
            title=_meeting_title(facts.headline, facts.kind, facts.city, text, in_kyrgyz),
            kind=facts.kind,
            start_date=facts.date, start_date_precision=facts.precision,
            end_date=facts.end_date or facts.date if facts.precision == "day" else None,
            city=facts.city,
            venue=facts.venue, level=facts.level, countries=codes,
            participants="; ".join(facts.participants), source_url=facts.source_url)
    two = meeting.countries if meeting and len(meeting.countries) == 2 else \
        _lead_countries(text, body_start, index, meeting.city if meeting else "")
    for _m, doc in parsed:
        shared = f" {_m.sides}" if _m.sides.startswith("between ") else ""  # (see above)
        pair = [] if in_kyrgyz else paired_bodies(doc.title + shared, index, two) or (
            [] if doc.parties else both_signers(_before(text, _m, found), words_after(
                text, _m.start, _m.end, taken), index, two, _m.text))
        if pair:  # «между правительствами двух стран»: the text says who, whatever was found
            doc.parties, doc.multilateral = pair, False
            doc.level = level_for(doc.title, doc.kind, pair)
        if in_kyrgyz:  # named in Kyrgyz
            kyrgyz.meeting_parties(doc, index, meeting.countries if meeting else [], text,
                                   meeting.start_date if meeting else None)
        elif not _OTHER_SIGNERS.search(_before(text, _m, found)[-200:]):  # (not the
            # governments when bodies or their heads sign it: «Мэр ... и аким ... подписали»)
            meeting_parties(doc, index, meeting.countries if meeting and
                            len(meeting.countries) >= 2 else two)
        if not in_kyrgyz:  # «Соглашение о межпарламентском сотрудничестве», «спикеры ...
            chambers = parliaments_sign(doc.parties, doc.title, _before(text, _m, found)[-200:] +
                                        " " + words_after(text, _m.start, _m.end, taken), index,
                                        meeting.countries if meeting and
                                        len(meeting.countries) >= 2 else two)
            if chambers:  # подписали»: the parliaments, not the states or governments
                doc.parties = chambers
                doc.level = level_for(doc.title, doc.kind, chambers)
        for party in [] if in_kyrgyz else doc.parties:  # «Кабинета Министров Украины»
            party.name = kyrgyz_spelled(turkey_as_written(cabinet_as_written(party.name, text),
                                                          text))
    said = kyrgyz.announced_count(text, body_start) if in_kyrgyz else \
        announced_count(text, body_start)
    proposal = ProposedImport(text, meeting, announced=said)
    if meeting is not None and meeting.start_date is None:  # the review asks for the year
        proposal.yearless = next(iter(yearless_dates(text[body_start:])), "")
        proposal.report_date = facts.filed
    if headline:
        at = text.find(headline)
        proposal.meeting_start, proposal.meeting_end = at, at + len(headline)
    signed_there = False
    if not in_kyrgyz:
        _partners_out(parsed)
    for m, doc in parsed:
        proposed = _proposed(text, m, doc, taken, reference, meeting,
                             header_date.value if header_date else None)
        if _before_the_meeting(proposed.draft, meeting, m, doc, filed_on):
            continue  # «The visit followed the November 2023 trip ..., when they signed ...»
        signed_there = signed_there or m.status == SIGNED
        government_of_the_day(doc, proposed.draft.signed_date or filed_on)  # (the report's day
        # names the government of its time; it dates nothing)
        proposal.instruments.append(proposed)
    if not signed_there and not names_meeting:  # only earlier signings («The agreement itself
        proposal.meeting = None  # dates from September 8, 2023, when it was signed»): no meeting
    return proposal


_SIMILAR = re.compile(r"(?:similar|same|identical|analogous)\s+", re.I)


# «Протокол к нему», «Дополнительный протокол к ней»: a document to the one named before it.
_TO_IT = re.compile(r"(?P<head>.+?)\s+к\s+(?:нему|ней|этому\s+\w+|этой\s+\w+)")


_LINKS = {"в", "во", "о", "об", "на", "по", "и", "между", "с", "со", "к", "для", "от", "за",
          "of", "on", "in", "the", "and", "between", "for", "a", "an", "to", "with"}


def _stems(title: str) -> set[str]:
    """A title's words but links, each by its dictionary form (Russian) or first letters."""
    words = re.findall(r"[\w-]+", title.lower())
    return {(parses(w)[0].normal_form if re.search(r"[а-яё]", w) and parses(w) else w[:6])
            for w in words if w not in _LINKS}


def _named_again_in_more_words(parsed: list[tuple[Mention, Document]]
                               ) -> list[tuple[Mention, Document]]:
    """A document named twice in different words («Дорожная карта совместных мероприятий в
    поддержку молодежных инициатив», then «... мероприятий, направленных на поддержку
    молодежных инициатив и развитие ...»): one, by its fuller name, when the shorter name's words
    (three or more besides links) are all the other's, both are of one kind and their sides do
    not differ."""
    out: list[tuple[Mention, Document]] = []
    for m, doc in parsed:
        mine = _stems(doc.title)
        twin = next((k for k, (_x, d) in enumerate(out) if d.kind == doc.kind and (
            not d.parties or not doc.parties or d.parties == doc.parties) and min(
            len(mine), len(_stems(d.title))) >= 3 and (mine <= _stems(d.title) or
                                                       _stems(d.title) <= mine)), None)
        if twin is None:
            out.append((m, doc))
            continue
        x, first = out[twin]
        if len(doc.title) > len(first.title):
            first.title, first.subject = doc.title, doc.subject or first.subject
        first.parties = first.parties or doc.parties
        first.signed = first.signed or doc.signed
        first.reference = first.reference or doc.reference
    return out


def _similar_titles(parsed: list[tuple[Mention, Document]]) -> None:
    """«a similar agreement was adopted by X and Y»: the name of the document of that kind
    named before, without the sides its name gives («... between Khatlon Province and ...»)."""
    for n, (_m, doc) in enumerate(parsed):
        same = _SIMILAR.match(doc.title)
        if not same or doc.title[same.end():].strip().casefold() not in (doc.kind, "agreement",
                                                                          "memorandum",
                                                                          "protocol"):
            continue
        before = next((d for _x, d in reversed(parsed[:n]) if d.kind == doc.kind), None)
        if before is not None:
            doc.title = re.split(r"\s+between\s+", before.title)[0]
            doc.subject = doc.subject or before.subject


_VERB_AFTER = re.compile(r"\s*(?:(?:%s)\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+"
                         r"(?:also\s+)?)?(?:%s|signed|exchanged|concluded)\b(?P<rest>[^.;!?\n]*)"
                         % (SIGNING_SUBJECTS, ACTIVE_SIGNING), re.I)


def _date_after_verb(text: str, m: Mention, reference) -> FoundDate | None:
    """«Соглашение о ... стороны подписали в июне 2024 года в Пекине»: the date after the verb
    that follows the document's name."""
    after = _VERB_AFTER.match(text, m.end)
    found = find_dates(after.group("rest"), reference) if after and m.status == SIGNED else []
    return found[0] if found else None


def _before_the_meeting(draft, meeting: MeetingDraft | None, m: Mention, doc: Document,
                        dated: date | None = None) -> bool:
    """A document whose own sentence dates its signing over a month before the meeting (a
    year before it, for a year alone), or before the text's own date `dated` when the meeting
    has no date, was signed at an earlier one."""
    day, when = draft.signed_date, (meeting.start_date if meeting else None) or dated
    if m.status != SIGNED or day is None or when is None or doc.reference is not None and \
            doc.signed is not None:  # (the date after the name may be the amended one's)
        return False
    if draft.signed_date_precision == "year":
        return day.year < when.year
    return (when - day).days > 31


def _signed_there(parsed: list[tuple[Mention, Document]],
                  day: date) -> list[tuple[Mention, Document]]:
    """Without the documents the text says were signed over a month before the meeting («The
    EU and X signed the ... Agreement in June 2024», «Меморандум ... мы подписали в Пекине в
    сентябре 2024 года»)."""
    earlier = [(m, d) for m, d in parsed if m.status == SIGNED and d.signed is not None and
               d.reference is None and (day - d.signed.value).days > 31]
    for _m, doc in earlier:
        if doc.signed_again:  # «Документ заменит соглашение, подписанное 15 марта 1999 года»:
            doc.signed, doc.signed_place = None, doc.own_place  # a bare kind word naming another, older
            doc.signed_again = False  # one; the document signed there keeps no date of it
    return [pair for pair in parsed if pair not in earlier or pair[1].signed is None]


# Words of a Russian name that only say the governments of the two countries sign it (they go to
# the parties): «Межправительственное соглашение», «между правительствами двух стран»; and the
# words «двух стран» after another «между ...» («между телекомпаниями двух стран»).
_INTERGOVERNMENTAL_FIRST = re.compile(r"^[Мм]ежправительственн(?:ое|ый|ая|ые)\s+(?=[а-яё])")
_BETWEEN_GOVERNMENTS = re.compile(r"\s+между\s+правительствами\s+(?:двух|обеих|обоих)\s+"
                                  r"(?:стран|государств)(?![\w-])")
_OF_THE_TWO = re.compile(r"(\sмежду\s[^«»;]*?)\s+(?:двух|обеих|обоих)\s+(?:стран|государств)"
                         r"(?![\w-])")


# The same in English: «Intergovernmental agreement on ...», «... between the governments (of the
# two countries | of Japan and the Kyrgyz Republic)», «between the two countries' ministries of
# finance», «between their ministries», «... cooperation between the two countries».
_INTERGOVERNMENTAL_EN = re.compile(r"^[Ii]ntergovernmental\s+(?=[a-z])")
_BETWEEN_GOVERNMENTS_EN = re.compile(
    r",?\s+between\s+the\s+(?:two\s+|respective\s+)?governments(?:\s+of\s+(?:the\s+two\s+"
    r"countries|both\s+countries|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*))?(?:,\s+[A-Z][\w-]*\s+and\s+[A-Z][\w-]*)?(?![\w-])|"
    r"\s+between\s+(?:the\s+two|both)\s+(?:countries|states|nations)$")
_OF_THE_TWO_EN = re.compile(r"(\sbetween\s(?:the\s+)?(?:[a-z]+\s+)?(?:ministries|agencies|"
                            r"committees|services|chambers|banks)(?:\s+of\s+[a-z]+(?:\s+and\s+"
                            r"[a-z]+)?)?)\s+of\s+(?:the\s+two|both)\s+countries(?![\w-])")
_THEIR_EN = re.compile(r"\sbetween\s+(?:the\s+two\s+countries'|their|both\s+countries')\s+"
                       r"(?=[a-z])")


def plain_title(title: str) -> str:
    """The name without the words that only say who signs it (see the corpus README)."""
    if not re.search(r"[а-яё]", title, re.I):
        plain = _OF_THE_TWO_EN.sub(r"\1", _BETWEEN_GOVERNMENTS_EN.sub("", title))
        plain = _INTERGOVERNMENTAL_EN.sub("", _THEIR_EN.sub(" between the ", plain))
        return plain[:1].upper() + plain[1:]
    if not _INTERGOVERNMENTAL_FIRST.match(title) and "между" not in title:
        return title
    plain = _OF_THE_TWO.sub(r"\1", _BETWEEN_GOVERNMENTS.sub("", title))
    plain = _INTERGOVERNMENTAL_FIRST.sub("", plain)
    return plain[:1].upper() + plain[1:]


# «a memorandum of cooperation with Naryn University (on ...)»: the partner after «with».
_WITH_PARTY_EN = re.compile(r"\s+with\s+(?:the\s+)?(?P<who>[A-Z][^,;:()]*?)"
                            r"(?=$|\s+(?:on|in|for|to|concerning|regarding)\s)")


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w'’-]+", name.casefold()) if w not in ("of", "the", "and")]


def _without_partner(title: str, parties) -> str:
    """An English name without the partner a subject signed it with, when that partner is one
    of its parties: «Memorandum of cooperation with Naryn University» is the «Memorandum of
    cooperation» of Naryn University and the subject (a party, not the name)."""
    m = _WITH_PARTY_EN.search(title)
    if m is None or re.search(r"[а-яё]", title, re.I):
        return title
    who = _words(m.group("who"))
    if not any(who[-1:] == _words(p.name)[-1:] and set(who) <= set(_words(p.name))
               for p in parties):  # «with the Ministry of Energy of Azerbaijan»: the «Ministry
        return title  # of Energy of the Republic of Azerbaijan»
    return title[:m.start()] + title[m.end():]


def _partners_out(parsed: list[tuple[Mention, Document]]) -> None:
    """Each English name without its partner (see _without_partner), but where one side signed
    documents of one name with several partners («memoranda with Huawei and ZTE on digital
    skills»): the partner is what tells them apart."""
    plain = [_without_partner(plain_title(d.title), d.parties) for _m, d in parsed]
    for k, (_m, doc) in enumerate(parsed):
        if plain[k] != plain_title(doc.title) and not any(
                j != k and plain[j] == plain[k] and
                {p.name for p in d.parties} & {p.name for p in doc.parties}
                for j, (_x, d) in enumerate(parsed)):
            doc.title = plain[k]


def _proposed(text: str, m: Mention, doc: Document, taken, reference,
              meeting: MeetingDraft | None, dated: date | None) -> ProposedInstrument:
    found = doc.signed or (doc.own_date if doc.reference is None else None)
    place = doc.signed_place
    if found is None and m.status == SIGNED:
        found = _sentence_date(text, m, taken, reference, dated)
    signed, precision = (found.value, found.precision) if found else (None, "day")
    if signed is None and m.status == SIGNED and meeting is not None:
        signed, precision = meeting_date(meeting)
        place = place or meeting.city
    draft = InstrumentDraft(
        title=plain_title(doc.title), kind=doc.kind, level=doc.level, signed_date=signed,
        signed_date_precision=precision, multilateral=doc.multilateral, subject=doc.subject,
        signed_place=place, parties=doc.parties,
        events=[EventDraft("signed", signed)] if signed and precision == "day" else [])
    earlier = None
    if doc.reference is not None:
        r = doc.reference
        earlier = EarlierInstrument(r.relation, r.title, r.kind, r.level,
                                    r.date.value if r.date else None,
                                    r.date.precision if r.date else "day")
    return ProposedInstrument(draft, text[m.start:m.end].strip(), m.start, m.end, earlier)
