"""Several documents of one kind named with one plural kind word: «меморандумы о взаимопонимании в
области спорта, между министерствами финансов и между министерствами юстиции», «соглашения о
военном сотрудничестве, о сотрудничестве в области ветеринарии и о ...», «agreements on
cooperation in the military field, in agriculture and in health care», «MoUs on customs data
interchange, on tourism and on surgical instruments». Each complement after the shared head
(«меморандум о взаимопонимании», «agreement on cooperation») is a document of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from .documents import DOCUMENT_EN, DOCUMENT_RU, capitalise
from .morphology import parses
from .segmentation import Mention

_RU_PREPOSITIONS = r"о|об|в|во|между|по|на|с|со"
_EN_PREPOSITIONS = r"on|in|between|for|with|to|of|regarding|concerning"
# Where one complement ends and the next begins: «, в сфере ...», « и между ...», «, and in ...».
_RU_SPLIT = re.compile(r"(?:[,;]\s*(?:а\s+также\s+|и\s+)?|\s+и\s+|\s+а\s+также\s+)"
                       r"(?=[«\"]?(?:%s)\s)|(?<=[»\"])(?:[,;]\s*(?:и\s+)?|\s+и\s+)(?=«)"
                       % _RU_PREPOSITIONS, re.I)  # «решения «О ...»; «О ...» и «О ...»
_EN_SPLIT = re.compile(r"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
                       r"(?=(?:%s)\s)"
                       % _EN_PREPOSITIONS)
# What the kind word keeps in every document of the enumeration when the complements do not say.
_FIXED = re.compile(r"\s*(?:о\s+взаимопонимании|о\s+сотрудничестве|о\s+намерениях|"
                    r"of\s+understanding|of\s+cooperation|of\s+intent)(?=\s|$)", re.I)
_EN_SINGULAR = {"memoranda": "memorandum", "memorandums": "memorandum", "agreements": "agreement",
                "protocols": "protocol", "treaties": "treaty", "conventions": "convention",
                "programmes": "programme", "programs": "program", "contracts": "contract",
                "declarations": "declaration", "plans": "plan", "roadmaps": "roadmap",
                "decisions": "Decision",
                "mous": "memorandum of understanding", "mou": "memorandum of understanding"}


def _singular_ru(words: str) -> str | None:
    """«межправительственные соглашения» → «межправительственное соглашение»; None when the
    kind word is not plural."""
    tokens = words.split()
    noun = next((p for p in parses(tokens[-1].lower())
                 if p.tag.POS == "NOUN" and "plur" in p.tag and p.tag.case in ("nomn", "accs",
                                                                              "gent")),
                None)
    if noun is None:
        return None
    out = []
    for token in tokens[:-1]:
        adjective = next((p for p in parses(token.lower()) if p.tag.POS == "ADJF"), None)
        form = adjective.inflect({"sing", "nomn", noun.tag.gender}) if adjective else None
        out.append(form.word if form else token)
    single = noun.inflect({"sing", "nomn"})
    out.append(single.word if single else tokens[-1])
    return " ".join(out)


def _singular_en(words: str) -> str | None:
    tokens = words.split()
    single = _EN_SINGULAR.get(tokens[-1].lower())
    return " ".join(tokens[:-1] + [single]) if single else None


def singular_head(words: str) -> str | None:
    """«соглашения о двустороннем сотрудничестве» → «соглашение о двустороннем сотрудничестве»:
    a plural kind word and its complement in the singular; None when the kind word is not
    plural."""
    english = not re.search(r"[а-яё]", words, re.I)
    kind = (DOCUMENT_EN if english else DOCUMENT_RU).match(words)
    head = (_singular_en if english else _singular_ru)(kind.group()) if kind else None
    return head + words[kind.end():] if head else None


def _kind_word(words: str, english: bool) -> re.Match | None:
    """The kind word a document's words begin with, in English after the words that say what
    kind of document it is («defence cooperation agreements on ...»)."""
    if not english:
        return DOCUMENT_RU.match(words)
    kind = DOCUMENT_EN.search(words)
    before = words[:kind.start()] if kind else ""
    return kind if kind and not re.search(r"[^\w\s'’-]", before) and \
        len(before.split()) <= 6 else None


def singular_title(title: str) -> str | None:
    """«Loan agreements» → «Loan agreement», «Грантовые соглашения» → «Грантовое соглашение»;
    None when the kind word is not plural."""
    english = not re.search(r"[а-яё]", title, re.I)
    kind = _kind_word(title, english)
    if kind is None:
        return None
    if english:
        head = _singular_en(title[:kind.end()])
    else:
        words = title[:kind.end()]
        head = _singular_ru(words) if len(words.split()) <= 3 else None
    return capitalise(head + title[kind.end():]) if head else None


# Words of an English enumeration that name no document: the count of its items before a colon
# («agreements with two partners: with X on ..., and with Y on ...») and the words that number
# them («two memoranda: one with X on ..., another with Y on ...», «the other with»).
_ITEM_WORDS = re.compile(
    r"\s+(?:with|in|on|for|between|among)\s+(?:two|three|four|five|six|several|\d+)\s+[\w-]+\s*:|"
    r"(?<=[\s,:;])(?:and\s+)?(?:(?:the\s+)?(?:one|other|first|second|third|fourth|last)|"
    r"another|a\s+second|a\s+third)(?=\s+(?:with|between|on)\s)|"
    r"(?<=\w)\s*:(?=\s+(?:(?:the\s+)?(?:one|first)\s+)?(?:with|between|on)\s)", re.I)
_BETWEEN_PAIRS = re.compile(r"\s(?:between|между)\s", re.I)
_PAIR_CUT = re.compile(r",\s*(?:and\s+|и\s+|а\s+также\s+)?|\s+and\s+(?=the\s)", re.I)
_INSTRUMENTAL_PLURAL = re.compile(r"\s([а-яё-]+(?:ами|ями))(?=[.;]?$)", re.I)


def _pairs(rest: str) -> list[tuple[str, str]] | None:
    """«programmes for 2023-2025 between the Jizzakh and Issyk-Kul regions, the Andijan and
    Osh regions and the Fergana and Batken regions», «программы сотрудничества между
    Джизакской и Иссык-Кульской, Андижанской и Ошской областями»: (the words before «between»
    with it, one pair) for each pair of sides, or None."""
    between = _BETWEEN_PAIRS.search(rest)
    if between is None:
        return None
    pieces = [p.strip() for p in _PAIR_CUT.split(rest[between.end():])]
    joined = re.compile(r"\s(?:and|и)\s", re.I)
    if len(pieces) < 2 or not all(joined.search(p) for p in pieces) or \
            any(len(p.split()) > 8 for p in pieces):
        return None
    noun = _INSTRUMENTAL_PLURAL.search(pieces[-1])
    if noun:  # «Андижанской и Ошской, ... областями»: the noun said once, after the last pair
        pieces = [p if _INSTRUMENTAL_PLURAL.search(p) else f"{p} {noun.group(1)}"
                  for p in pieces]
    return [(rest[:between.end()], p) for p in pieces]


# «with Kazakhstan, Tajikistan and Uzbekistan», «with the Asian Development Bank and the World
# Bank», «with Huawei and ZTE on ...», «with the foreign ministries of Oman and Qatar»: the
# partners of as many documents of one plural kind word (not «with China Road and Bridge
# Corporation»: one name).
_WITH_MANY = re.compile(r"(?P<what>.*?)\s+with\s+(?P<who>(?:the\s+)?[A-Za-z].*?)"
                        r"(?P<tail>\s+(?:on|in|for|to|regarding|concerning)\s.*)?$", re.S)
_MANY_CUT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_PLURAL_BODY = re.compile(r"(?P<body>(?:the\s+)?(?:[a-z]+\s+)?(?:ministr|government|universit|"
                          r"agenc|compan|bank)(?:ies|s))\s+of\s+(?P<states>[A-Z].*)$")
_ONE_PARTNER = re.compile(r"(?:the\s+)?(?:[A-Z][\w&.'’-]*|(?:[A-Z][\w'’-]*\s+){1,4}(?:Bank|Fund|"
                          r"Ministry|Agency|University|Company|Corporation|Organi[sz]ation|"
                          r"Institute|Committee|Council|Group|Union|Programme|Commission))")
_SINGULAR_BODY = {"ies": "y", "s": ""}


def _partners(rest: str, countries) -> tuple[str, list[str], str] | None:
    """(the words before «with», each partner, the words after them) of «... with A, B and C
    ...», or None when they are not two or more names of their own."""
    m = _WITH_MANY.fullmatch(rest.rstrip(" .;"))
    if m is None:
        return None
    who, prefix = m.group("who"), ""
    plural = _PLURAL_BODY.match(who)
    if plural:  # «the foreign ministries of Oman and Qatar»: «the foreign ministry of» each
        body = plural.group("body")
        ending = "ies" if body.endswith("ies") else "s"
        prefix = f"{body[:-len(ending)]}{_SINGULAR_BODY[ending]} of "
        who = plural.group("states")
    names = [x.strip() for x in _MANY_CUT.split(who)]
    if len(names) < 2 or not all(_ONE_PARTNER.fullmatch(x) or countries is not None and
                                 countries.whole_country(x) for x in names):
        return None
    return m.group("what"), [prefix + x for x in names], m.group("tail") or ""


_RU_ORDINALS = re.compile(r"(?:(?<=[:,;])|^)\s*(?:во?-\w+,|(?:перв|втор|трет|четв[её]рт|пят|шест|"
                          r"седьм|восьм|девят|десят)\w{0,3}\s+[–—-])(?=\s)")


def _split(m: Mention, countries=None) -> list[Mention]:
    english = not re.search(r"[а-яё]", m.text, re.I)
    kind = _kind_word(m.text, english)
    if kind is None:
        return [m]
    head = (_singular_en if english else _singular_ru)(m.text[:kind.end()])
    rest = re.sub(r"^(\s*)(?::|\s[—–-])", lambda x: " " * len(x.group()),
                  m.text[kind.end():])  # «соглашения: о ...; о ...», «соглашений - о ..., о ...»
    rest = _RU_ORDINALS.sub(lambda x: " " * len(x.group()), rest)  # «соглашения: первое – о
    # ..., второе – о ...»: the items' numbers (blanked, as below)
    numbered = english and bool(_ITEM_WORDS.search(rest))
    if numbered:  # (blanked, so that the offsets in `rest` stay those of the text)
        rest = _ITEM_WORDS.sub(lambda x: " " * len(x.group()), rest)
    partners = _partners(rest, countries) if head and english else None
    if partners:  # «agreements on visa-free travel with Kazakhstan and Uzbekistan»: one each
        return [replace(m, case=None, text=capitalise(f"{head}{partners[0]} with {who}"
                                                      f"{partners[2]}")) for who in partners[1]]
    pairs = _pairs(rest) if head else None
    if pairs:
        return [replace(m, case=None, text=capitalise(f"{head}{before}{pair}"))
                for before, pair in pairs]
    cuts = list((_EN_SPLIT if english else _RU_SPLIT).finditer(rest))
    if head is not None and not cuts:
        return _fields(m, head, kind.end(), rest, english)
    if head is None or not cuts:
        return [m]
    pieces, at = [], 0
    for cut in cuts:
        pieces.append((at, cut.start()))
        at = cut.end()
    pieces.append((at, len(rest)))
    first_start, first_end = pieces[0]
    first = rest[first_start:first_end]
    # The head the items share: up to the last word of the first complement that opens with the
    # second complement's preposition («о взаимопонимании | в области спорта»).
    preposition = rest[pieces[1][0]:].split(" ", 1)[0]
    shared = [p.start() for p in re.finditer(r"(?:^|\s)%s\s" % re.escape(preposition), first)]
    fixed = _FIXED.match(first)
    if shared:
        head += first[:shared[-1]]
        pieces[0] = (first_start + shared[-1], first_end)
    elif fixed and _same_word(fixed.group().split()[0]) != _same_word(preposition):
        head += fixed.group()  # «меморандумы о взаимопонимании | в области спорта, между ...»
        pieces[0] = (first_start + fixed.end(), first_end)
    out = []
    for start, end in pieces:
        item = rest[start:end].strip(" ,;")
        if not item:
            continue
        begin = m.start + kind.end() + start
        for one in ([item] if english else _areas(item)):
            words = re.sub(r"\s+", " ", f"{head} {one}").strip()
            # (the first of a numbered list begins at the kind word: its signers are before it)
            out.append(replace(m, start=m.start if numbered and not out else begin, case=None,
                               end=begin + len(rest[start:end].rstrip(" ,;")),
                               text=words[:1].upper() + words[1:]))
    return out if len(out) > 1 else [m]


def _same_word(preposition: str) -> str:
    """«об» and «обо» are «о», «во» is «в», «со» is «с»: the items of «соглашения о
    сотрудничестве в ..., об упрощении ...» each say their own subject."""
    word = preposition.lower()
    return {"об": "о", "обо": "о", "во": "в", "со": "с"}.get(word, word)


_AREA = re.compile(r"((?:в|во)\s+(?:области|сфере)\s+)(.+)$", re.I | re.S)


def _areas(item: str) -> list[str]:
    """«в области предупреждения и ликвидации ЧС, исследования и использования космоса» in a
    list of documents: each field after a comma that opens with a noun in the genitive is one
    more document of that area."""
    area = _AREA.match(item)
    parts = re.split(r",\s+", area.group(2)) if area else []
    if len(parts) < 2 or not all(_genitive_noun(p.split()[0]) for p in parts if p.split()):
        return [item]
    return [area.group(1) + p for p in parts]


def _genitive_noun(word: str) -> bool:
    readings = parses(word.lower())
    return bool(readings) and readings[0].tag.POS == "NOUN" and \
        any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in readings)


# «Memorandums of cooperation in innovation, public service, finance and education»,
# «меморандумы в области сельского хозяйства и образования»: one preposition, then the fields
# of several documents of one plural kind word, joined by commas and «and» / «и».
_FIELDS_EN = re.compile(r"(?P<head>(?:\s+of\s+(?:cooperation|understanding)|\s+on\s+cooperation)?"
                        r"\s+(?:in|on|covering|concerning|regarding)\s+(?:(?:the\s+)?"
                        r"(?:fields?|areas?|spheres?|sectors?)\s+(?:of|such\s+as|like|including)"
                        r"\s+)?)"
                        r"(?P<items>[^,;:()«»\".]+(?:(?:,\s*(?:and\s+)?|\s+and\s+)"
                        r"[^,;:()«»\".]+)+)[.\s]*$", re.I)
_FIELDS_RU = re.compile(r"(?P<head>(?:\s+о\s+(?:сотрудничестве|взаимопонимании))?\s+"
                        r"(?:в\s+(?:област[иях]+|сфер[еах]+)|по\s+вопросам)\s+)"
                        r"(?P<items>[^,;:()«»\".]+(?:(?:,\s*(?:и\s+)?|\s+и\s+)[^,;:()«»\".]+)+)"
                        r"[.\s]*$", re.I)
_AREAS_EN = re.compile(r"(?:the\s+)?(?P<noun>field|area|sphere|sector)s?\s+(?:of|such\s+as|like|"
                       r"including)\s+$")
_FIELD_CUT = re.compile(r",\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+", re.I)
_SHARED_NOUN = re.compile(r"(?:cooperation|relations|ties|partnership|сотрудничеств\w*|"
                          r"отношени\w*|связ\w*)$", re.I)


def _fields(m: Mention, head: str, kind_end: int, rest: str, english: bool) -> list[Mention]:
    found = (_FIELDS_EN if english else _FIELDS_RU).match(rest)
    if found is None:
        return [m]
    items = [x.strip() for x in _FIELD_CUT.split(found.group("items"))]
    preposition = re.compile(r"(?:^|\s)(?:%s|from|ranging|including|such|like|as)(?:\s|$)" % (
        r"on|in|between|for|with|to|regarding|concerning" if english else _RU_PREPOSITIONS), re.I)
    if len(items) < 2 or any(not x or len(x.split()) > 5 or preposition.search(x) for x in items) \
            or _SHARED_NOUN.search(items[-1]) or not english and any(
                _adjective(x) for x in items[:-1]):
        return [m]  # «on trade and economic cooperation», «торгового и экономического ...»: one
    shared = _AREAS_EN.sub(r"the \g<noun> of ", found.group("head"))  # «in fields such as» →
    # «in the field of» (one field each)
    return [replace(m, case=None, in_list=True,  # each a document («Agreement in culture»)
                    text=capitalise(f"{head}{shared}{x}")) for x in items]


def _adjective(words: str) -> bool:
    """«торгово-экономического»: a lone adjective shares the noun of the last item."""
    tokens = words.split()
    return len(tokens) == 1 and any(p.tag.POS == "ADJF" for p in parses(tokens[0].lower())[:1])


def split_enumerations(mentions: list[Mention], countries=None) -> list[Mention]:
    """Every mention of a plural kind word with several complements as one per complement
    (`countries`, a CountryIndex: the partners named by a country's name alone)."""
    return [piece for m in mentions for piece in (_one_and_another(m) or _split(m, countries))]


# «two memoranda of understanding - one with A (on forestry) and another with B (on ...)»
_ONE_AND_ANOTHER = re.compile(
    r"(?P<head>(?:[a-z-]+\s+)?(?:memorand(?:a|ums)|agreements|protocols|MoUs)(?:\s+of\s+"
    r"(?:understanding|cooperation))?)\s*[-–—:,]\s*one\s+(?P<a>with\s+[^()]+?)\s*"
    r"(?:\((?P<a_on>[^()]+)\))?,?\s+and\s+(?:another|the\s+other)\s+(?P<b>with\s+[^()]+?)\s*"
    r"(?:\((?P<b_on>[^()]+)\))?[\s.;]*$", re.I)


def _one_and_another(m: Mention) -> list[Mention]:
    found = _ONE_AND_ANOTHER.fullmatch(m.text)
    head = singular_head(found.group("head")) if found else None
    if not head:
        return []
    pieces = []
    for side, field in (("a", "a_on"), ("b", "b_on")):
        on = f" {found.group(field).strip()}" if found.group(field) else ""
        who = re.sub(r"\s+of\s+the\s+country$", "", found.group(side))  # (the other's)
        pieces.append(replace(m, text=f"{head}{on} {who}", count=1))
    return pieces


_BETWEEN = re.compile(r"\s(?:между|between)\s.+$", re.I | re.S)


def share_between(text: str, mentions: list[Mention]) -> list[Mention]:
    """«соглашение о сотрудничестве и программа сотрудничества на 2023–2024 годы между
    министерствами юстиции КР и РФ»: two documents joined by «и» / «and», the parties said once
    after the second, are both between them; not a first that names an instrument of its own
    («Протокол о внесении изменений в Соглашение о ... от 2 июня 2010 года»), whose words end
    with that instrument."""
    out = list(mentions)
    for n, (m, nxt) in enumerate(zip(mentions, mentions[1:])):
        joined = re.fullmatch(r"\s+(?:и|and)\s+(?P<article>(?:a|an|the)\s+)?",
                              text[m.end:nxt.start], re.I)
        between = _BETWEEN.search(nxt.text)
        own = between and _kind_words(nxt.text[:between.start()]) == 1  # not «в Соглашение между»
        if joined and own and not m.in_list and not _BETWEEN.search(m.text) and \
                _kind_words(m.text) == 1:
            if joined.group("article"):  # «an agreement and a protocol of intent between X and
                # Y», «A protocol and a MoU were signed between X and Y»: X and Y sign the
                # first too, whose name the text gives without them
                out[n] = replace(m, sides=between.group().strip(" ."))
            else:
                out[n] = replace(m, text=m.text + between.group())
    return out


def _kind_words(words: str) -> int:
    return len((DOCUMENT_EN if re.match(r"[A-Za-z]", words) else DOCUMENT_RU).findall(words))
