"""Who signed a Kyrgyz document, said after its name: in the rest of its own sentence
(«Меморандумга кыргыз тараптан Экономика министри ..., өзбек тараптан ... министри ... кол
коюшту») or in the next sentence when it speaks of the document or documents just named
(«Документке Кыргызстандын Финансы министри ... жана ЕРӨБдүн ... кол коюшту»). A side named
by its people («кыргыз тараптан», «казак тарап атынан») is that country: its minister's
ministry is «Кыргыз Республикасынын ... министрлиги»."""

from __future__ import annotations

import re
from contextvars import ContextVar

from models.kyrgyz_words import without_case

from ..countries import CountryIndex
from .parties import (BETWEEN, between, genitive, heads_bodies, nominative, of_country,
                      party_start, signers,
                      subject_pair)
from .words import NOT_AN_INITIAL, PEOPLES, THE_SIDES, kind_stem

# A side named by its people or its country: «кыргыз тараптан», «Казакстан тарабынан».
_SIDE = re.compile(r"(?<![\w-])(?P<people>[\w-]+)\s+(?:тараптан|тарабынан|тарап\s+атынан|"
                   r"тараптын\s+атынан)\s+", re.I)
# The next sentence speaks of the document(s) just named: «Документке ...», «Ага ...».
_OF_IT = re.compile(r"\s*(?:(?P<side>(?i:%s))\s+(?i:тараптан|тарабынан)\s+(?i:документке)|"
                    r"Документке|Документтерге|Ага|Аларга|Меморандумга|Макулдашууга|"
                    r"Келишимге|Протоколго|Жол\s+картасына|Программага|Декларацияга|"
                    r"Кол\s+коюу\s+аземинде)(?![\w-])" % "|".join(PEOPLES))
# («Кыргыз тараптан документке X кол койду, өзбек тарабынан Y кол койду»: each side's signer)
# A sentence that says who reported it, between the name and its signers: «Бул тууралуу ...
# билдирди.», «Маалымат боюнча, ... кабарлады.»
_WHO_TOLD = re.compile(r"\s*(?:Бул\s+(?:тууралуу|жөнүндө|боюнча)|Маалымат\s+боюнча)[^.!?\n]*?"
                       r"(?:билдирди|маалымдады|кабарлады|билдиришти|жазды)\w*[.!]")
_SIGNED = re.compile(r"(?<![\w-])кол\s+ко(?:юшту|йду|юлду|юшкан|йгон)(?![\w-])", re.I)
_SENTENCE_END = re.compile(r"[.!?…]" + NOT_AN_INITIAL + r"(?=[»\"”)]*\s+[«\"A-ZА-ЯЁӨҮҢ0-9]|"
                           r"[»\"”)]*\s*$)|\n")


def named_sides(words: str, index: CountryIndex) -> str:
    """«кыргыз тараптан Экономика министри ...», «Кыргызстан тарабынан Экономика министри ...»
    → «Кыргыз Республикасынын Экономика министри ...»: the side's country in the genitive
    before its signer."""
    def country(m: re.Match) -> str:
        word = m.group("people")
        code = PEOPLES.get(word.casefold()) or index.whole_country(without_case(word))
        name = code and (index.official_ky.get(code) or index.official.get(code, ""))
        return genitive(name) + " " if name else m.group()
    out = _SIDE.sub(country, words)
    # «Кыргыз Республикасынын экономика министри»: the body's name written as a name
    return re.sub(r"(Республикасынын|[ндт][ыиуү]н) ([а-яөүң])",
                  lambda m: f"{m.group(1)} {m.group(2).upper()}", out) if out != words else out


def signed_after(text: str, end: int, scope_end: int, index: CountryIndex) -> list[str]:
    """The bodies whose heads signed the document ending at `end`: in the rest of its
    sentence (up to `scope_end`), else in the next sentence when it begins with «Документке»,
    «Ага», «Меморандумга» ... and says they signed. Two or more, or none."""
    own = text[end:scope_end]
    spans = [own] if _SIGNED.search(own) else []
    rest = text[scope_end:]
    told = _WHO_TOLD.match(rest)  # («... кол коюлду. Бул тууралуу ... билдирди. Документке ...»)
    rest = rest[told.end():] if told and _OF_IT.match(rest, told.end()) else rest
    if _OF_IT.match(rest) and _of_this_kind(_OF_IT.match(rest).group().split()[-1], text[:end]):
        stop = _SENTENCE_END.search(rest, _OF_IT.match(rest).end())
        sentence = rest[:stop.start() if stop else len(rest)]
        if _SIGNED.search(sentence):
            spans.append(sentence)
    for words in spans:
        verbs = list(_SIGNED.finditer(words))
        if verbs and words is not own:  # («X кол койду, өзбек тарабынан Y кол койду»: both)
            words = _SIGNED.sub(",", words[:verbs[-1].start()])
        words = _OF_IT.sub(lambda m: f"{m.group('side')} тараптан " if m.group("side") else "",
                           _SIGNED.split(words)[0], count=1)
        words = named_sides(words, index)
        found = signers(words, index, text=text)
        if len(found) < 2:  # «Меморандумга X министрлиги жана Y министрлиги (тарабынан) кол
            found = subject_pair(words, index)  # коюшту»: the bodies themselves, after it
        if len(found) < 2:  # «Документке A жана Бнын ... комитеттеринин төрагалары ...»
            found = [p.name for p in heads_bodies(words, index) or []]
        if len(found) >= 2:
            return found
    return between_after(text[end:scope_end], index)


def _of_this_kind(word: str, name: str) -> bool:
    """Whether the next sentence's first word («Меморандумга», «Документке») may speak of the
    document whose name ends `name`: a kind word only of a document of that kind (its
    signers are not those of the protocol named beside it)."""
    said = kind_stem(word)
    return said is None or said == kind_stem(name.split()[-1] if name.split() else "")


_DONE = re.compile(r"(?<![\w-])(?:кол\s+ко\w+|түзүлдү|кабыл\s+алынды|бекитилди|жактырылды)"
                   r"(?![\w-])", re.I)


def between_after(words: str, index: CountryIndex) -> list[str]:
    """«... меморандум Кыргыз улуттук университети менен Анкара университетинин ортосунда
    түзүлдү»: the sides said after the name, before its verb."""
    verb = _DONE.search(words)
    said = list(BETWEEN.finditer(words, 0, verb.start())) if verb else []
    if not said or words[said[-1].end():verb.start()].strip(" ,"):
        return []
    span = words[:said[-1].start()]
    found = between(span[party_start(span, index):], index)
    return found if len(found) >= 2 else []


# Where an introducing line stops naming its signers: «... төмөнкү документтерге кол коюшту:».
_INTRO_END = re.compile(r"\s(?:төмөнкү|кийинки|бир\s+катар|\d+|эки|үч|төрт|беш|алты|жети|"
                        r"сегиз|тогуз|он)\s|\s[\w-]*(?:документ|макулдашуу|келишим|меморандум|"
                        r"протокол)\w*\s+кол\s", re.I)


def intro_sides(intro: str, index: CountryIndex, text: str = "") -> list[str]:
    """The sides an introducing line gives all its list's items: «A менен Б (ортосунда)
    төмөнкү документтерге кол коюлду:», «X министри ... жана Y банкынын вице-президенти ...
    төмөнкү ... кол коюшту:»."""
    end = _INTRO_END.search(intro)
    clause = intro[:end.start()] if end else intro
    said = [m for m in BETWEEN.finditer(clause)]
    if said:
        span = clause[:said[-1].start()]
        found = between(span[party_start(span, index):], index)
        if len(found) >= 2:
            return found
    found = signers(named_sides(clause, index), index, text=text)
    return found if len(found) >= 2 else subject_pair(clause + " ", index)


# The text as written, where the words read are the text without some of its bracketed
# abbreviations (kyrgyz.pipeline.find_documents): what they stand for is looked up there.
AS_WRITTEN: ContextVar[str] = ContextVar("as_written", default="")


def spelt_out(name: str, text: str) -> str:
    """A side named by its abbreviation («ЕРӨБ», from «ЕРӨБдүн вице-президенти») by the full
    name the text gives before it in brackets («Европа реконструкция жана өнүктүрүү банкы
    (ЕРӨБ)»), in the nominative; else as it is."""
    town = re.fullmatch(r"шаар\s+([\w-]+)", name.strip())
    if town:  # «шаар мэриясы» after «Бишкек шаарынын мэриясынын ...»: that city's
        named = re.search(r"([А-ЯЁӨҮҢ][\w-]+)\s+шаарынын\s+" + re.escape(town.group(1)[:5]), text)
        return f"{named.group(1)} шаарынын {town.group(1)}" if named else name
    if not re.fullmatch(r"[A-ZА-ЯЁӨҮҢ]{2,8}", name):
        return _by_initials(name, text)
    m = re.search(r"((?:[A-ZА-ЯЁӨҮҢ][\w-]*\s+)(?:[\w-]+\s+){0,6}?[\w-]+)\s*\(%s\)"
                  % re.escape(name), AS_WRITTEN.get() or text)
    if m is None:
        return _by_initials(name, text)
    words = m.group(1).split()
    first = max(k for k, w in enumerate(words) if w[:1].isupper() and (
        k == 0 or not words[k - 1][:1].isupper()))  # the last run of capitalised words
    return nominative(" ".join(words[first:]))


def _by_initials(name: str, text: str) -> str:
    """A name abbreviated by its words' first letters («ОшМУ», «КУУ») by the name the text
    spells out elsewhere («Ош мамлекеттик университетине» → «Ош мамлекеттик университети»);
    else as it is."""
    pieces = re.findall(r"[A-ZА-ЯЁӨҮҢ][a-zа-яёөүң]?", name)
    if not 2 <= len(pieces) <= 6 or "".join(pieces) != name or \
            len(pieces) == 2 and name.isupper():  # («ЕБ»: too short to tell)
        return name
    first, *rest = pieces
    words = [rf"{re.escape(first)}[\w-]*"] + [rf"(?i:{re.escape(p)})[\w-]*" for p in rest]
    m = re.search(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", text)
    return nominative(m.group()) if m else name


# A passive signing said of the meeting before: «Жолугушуунун жыйынтыгында ... кол коюлду».
_OF_THE_MEETING = re.compile(r"(?<![\w-])(?:(?:жолугушуунун|сүйлөшүүлөрдүн|сүйлөшүүнүн)\s+"
                             r"(?:жыйынтыгында|жыйынтыгы\s+боюнча|натыйжасында|жүрүшүндө)|"
                             r"жолугушууда|сүйлөшүүлөрдө|сүйлөшүүдө|"
                             r"^\s*(?:аягында|соңунда|акырында|жыйынтыгында))(?![\w-])", re.I)
# («Аягында ... кол коюлду»: at its end, the sentence opening so)
# What the meeting's sentence says they did: «... менен жолукту», «... сүйлөшүү өткөрдү».
_MET = re.compile(r"\s+менен\s+(?:[\w-]+\s+){0,3}?(?:жолукту|жолугушту|жолугушуу\s+өткөрдү|"
                  r"сүйлөшүү(?:лөрдү)?\s+(?:өткөрдү|жүргүздү|өткөрүштү|жүргүзүштү))(?![\w-])", re.I)
_SENTENCES = re.compile(r"[^.!?\n]+(?:[.!?]" + NOT_AN_INITIAL + r"|$)")


def met_sides(before: str, sentence: str, index: CountryIndex, text: str = "") -> list[str]:
    """«X министри А Б министри В менен жолукту. Тараптар ... меморандумга кол коюшту.»: the
    bodies of the two who met, in one of the two sentences before the one that says the sides
    («тараптар», «министрлер») signed or that a document was signed at that meeting
    («Жолугушуунун жыйынтыгында ... кол коюлду»); else []."""
    if not (THE_SIDES.search(sentence) or _OF_THE_MEETING.search(sentence)):
        return []
    for previous in [m.group() for m in _SENTENCES.finditer(before)
                     if m.group().strip()][-2:][::-1]:
        met = _MET.search(previous)
        if met is None:
            found = _their_ministries(previous, index)
            if found:
                return found
            continue
        found = signers(named_sides(previous[:met.start()] + " менен", index), index, text=text)
        return found if len(found) == 2 else []
    return []


# «Кыргызстан менен Казакстандын (Кыргызстандын жана Казакстандын) айыл чарба министрлери
# жолугушту»: two countries' ministers of one field.
_THEIR_MINISTERS = re.compile(r"(?<![\w-])(?P<a>[А-ЯЁӨҮҢ][\w-]+)\s+(?:менен|жана)\s+"
                              r"(?P<b>[А-ЯЁӨҮҢ][\w-]+)"
                              r"\s+(?P<field>(?:[а-яөүң-]+\s+){1,5}?)министрлери(?![\w-])")


def _their_ministries(sentence: str, index: CountryIndex) -> list[str]:
    """The ministries of «A менен Бнын X министрлери», each «... Республикасынын X
    министрлиги»; else []."""
    m = _THEIR_MINISTERS.search(sentence)
    codes = [index.whole_country(without_case(m.group(k))) for k in "ab"] if m else []
    if not codes or None in codes or codes[0] == codes[1]:
        return []
    field = m.group("field").strip()
    return [of_country(c, f"{field[:1].upper()}{field[1:]} министрлиги", index) for c in codes]
