"""Who signed a document, said after its name: in the rest of its own sentence («План ...
скрепили подписями глава Минздрава КР Эркин Чечейбаев и его российский коллега Михаил Мурашко»,
«Меморандум подписан министром финансов ... и вице-президентом ЕБРР ...», «The memorandum was
signed by Finance Minister ... and ...»), or in the next sentence when that sentence speaks of
this document alone («Документ подписали ...», «Подписи под документом поставили ...», «It was
signed by ...») or of all the documents of the sentence before («They were signed by ...»)."""

from __future__ import annotations

import re

from .body_kinds import COMPANY_FORMS
from .countries import CountryIndex
from .documents import BY_POST
from .morphology import inflect_phrase, parses
from .signers import (COUNTERPART, after_dateline, body_of, bracketed_bodies, counterpart,
                      english_post, signer_parties, split_signers)

# The end of a sentence: a full stop before a capital letter (or the end), or a line break.
_SENTENCE_END = re.compile(r"[.!?…](?=[»\"”)]*\s+[«\"“(]?[A-ZА-ЯЁ0-9]|[»\"”)]*\s*$)|\n")
_ONE = re.compile(r"(?:Документ|Соглашение|Меморандум|Протокол|Договор|План|Программа|"
                  r"Дорожн\w+\s+карт\w+|Декларация|Заявление|Он[аио]?|Его|Ее|Её|Подписи\s+под\s+"
                  r"(?:документом|соглашением|меморандумом|протоколом|договором|ним|ней)|"
                  r"The\s+(?:document|agreement|memorandum|MoU|protocol|treaty|accord|deal|plan|"
                  r"programme|program|roadmap|road\s+map|declaration|statement)|It|"
                  r"(?:С|Со|От)\s+(?:[а-яё]+(?:ой|ей)\s+стороны|стороны\s+[А-ЯЁ][\w-]*)|"
                  r"(?:On(?:\s+behalf\s+of)?|From)\s+the\s+[A-Z][a-z]+\s+side)\b")
_MANY = re.compile(r"(?:Документы|Соглашения|Меморандумы|Протоколы|Они|Их|Оба\s+документа|"
                   r"Подписи\s+под\s+(?:документами|ними)|The\s+(?:documents|agreements|"
                   r"memoranda|memorandums|MoUs|accords|deals|protocols)|They|Both)\b")
_ACTIVE = re.compile(r"(?<!\w)(?:подписали|подписал[аои]?|скрепили\s+(?:своими\s+)?подписями|"
                     r"поставили|заключили)\s+(?P<who>.+)$", re.I)
_PASSIVE = re.compile(r"(?<!\w)подписан[аоы]?\s+(?P<who>.+)$", re.I)
_BY_POST = re.compile(r"(?:^|\s)(?P<who>%s\s.+)$" % BY_POST)
_ENGLISH = re.compile(r"\b(?:signed|adopted|concluded|inked)\b[^.;]{0,60}?\bby\s+(?P<who>.+)$",
                      re.I)
# What a signer's name is followed by: the source of the news, the place, the witnesses.
_TAIL = re.compile(r",?\s+(?:[-–—]\s+)?(?:сообщ\w+|переда\w+|информиру\w+|отмеча\w+|пишет|"
                   r"в\s+присутствии|при\s+участии|в\s+ходе|в\s+рамках|по\s+итогам)\b.*$|"
                   r",\s+(?:the\s+)?[\w' -]*?\b(?:said|says|reported|reports|informs|announced|"
                   r"according)\b.*$|\s+(?:in\s+the\s+presence\s+of|during|on\s+the\s+sidelines"
                   r"|at\s+the\s+end\s+of)\b.*$|\s+[-–—]\s+.*$|"
                   r"\s+(?:at|during|within)\s+(?:a|an|the)\s+[a-z].*$|"  # «at a ceremony ...»
                   r"\s+on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b.*$",
                   re.I)


def _sentence(text: str, start: int) -> tuple[int, int]:
    """The sentence from `start` on: (start, end)."""
    m = _SENTENCE_END.search(text, start)
    return start, m.start() if m else len(text)


def _next_sentence(text: str, end: int) -> tuple[int, int]:
    """The sentence after the one that ends at `end`, past the quotes and brackets that close
    it: (start, end)."""
    start = end + 1
    while start < len(text) and text[start] in " \n»\"”)":
        start += 1
    return _sentence(text, start)


def words_after(text: str, start: int, end: int, documents: list[tuple[int, int]]) -> str:
    """The words after a document (start, end) that may say who signed it: its sentence up to
    the next document named, and the next sentence when it speaks of this document (the only one
    named in its sentence) or of all of them."""
    name = text[start:end].lower()
    if re.search(r"[.!?…][»\"”)]*\s*$", text[max(0, end - 3):end]):
        end = start = end - 1  # the name took its sentence's full stop: what follows is the next
    _s, sentence_end = _sentence(text, end)
    following = [s for s, _e in documents if s >= end]
    if following and following[0] < sentence_end or _next_in_run(text, end, documents):
        stop = following[0] if following else end
        return (text[end:stop] + " " + shared_statement(text, end, documents)).rstrip()
    own = text[end:sentence_end]
    if sentence_end >= len(text) or text[sentence_end] == "\n" and "\n" in text[:start]:
        return own  # (a headline goes on in the body's first sentence: «X, Y sign agreement
        # on ...», then «BISHKEK - The document was signed by ...»)
    sentence_start = max([m.end() for m in _SENTENCE_END.finditer(text, 0, start)], default=0)
    here = sum(1 for s, _e in documents if sentence_start <= s < sentence_end)
    next_start, next_end = _next_sentence(text, sentence_end)
    following_sentence = text[next_start:next_end]
    inside = [(s, e) for s, e in documents if next_start <= s < next_end]
    again = _ONE.match(following_sentence)  # «The roadmap was signed by ...»: this one again,
    if inside and not (here == 1 and again and  # by its bare kind word
                       again.group().split()[-1].lower() in name and
                       all(e <= next_start + again.end() + 1 for _s, e in inside)):
        return own
    following_sentence = after_dateline(following_sentence)
    if _MANY.match(following_sentence) or here == 1 and _ONE.match(following_sentence):
        return own + " " + following_sentence
    return own


# What may stand between two documents of one list or one sentence: list markers, commas,
# semicolons, «и», «а также», "as well as", numbers of items.
_JOINER = re.compile(r"(?:\s|[,;:.•·▪●◦■►▸‣⁃*–—-]|\d{1,2}[.)]|[а-яa-z][.)](?=\s)|\b(?:и|а\s+также|"
                     r"также|and|as\s+well\s+as|also|plus)\b)*", re.I)


def _next_in_run(text: str, end: int, documents: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The document named right after this one in its list or sentence (nothing but joiners
    between them), or None."""
    following = sorted((s, e) for s, e in documents if s >= end and e > end)
    if following and _JOINER.fullmatch(text, end, following[0][0]):
        return following[0]
    return None


def shared_statement(text: str, end: int, documents: list[tuple[int, int]]) -> str:
    """The sentence that follows a run of documents named one after another (a list, «A и B»)
    and speaks of them all («Документы подписали ...», "The documents were signed by ..."), or
    the rest of the run's own sentence naming the signers («A и B подписали X и Y»), for each
    document of the run; else ""."""
    while True:
        nxt = _next_in_run(text, end, documents)
        if nxt is None:
            break
        end = nxt[1]
    if re.search(r"[.!?…][»\"”)]*\s*$", text[max(0, end - 3):end]):
        end -= 1
    _s, sentence_end = _sentence(text, end)
    rest = text[end:sentence_end]
    if rest.strip(" .;:\n"):  # the run's sentence goes on: its signers if it names them right
        # after the run («A и B подписали министр ... и ...»), else nothing
        verb = re.sub(r"^\s*(?:был[аио]?|были)\s+", "", rest).lstrip()
        return rest if _ACTIVE.match(verb) or _PASSIVE.match(verb) else ""
    start, next_end = _next_sentence(text, sentence_end)
    sentence = text[start:next_end]
    if any(start <= s < next_end for s, _e in documents) or not _MANY.match(sentence):
        return ""
    return sentence


def _without_tail(who: str) -> str:
    return _TAIL.sub("", who).strip(" ,;:.")


def _instrumental(who: str, countries: CountryIndex) -> list[str] | None:
    """«министром финансов Алмазом Бакетаевым и вице-президентом ЕБРР Маттео Патроне»,
    «Министерством финансов КР и компанией «А»» → the bodies in the nominative."""
    names = []
    for part in split_signers(who, countries):
        nominative = inflect_phrase(part, case="ablt")
        name = body_of(nominative, countries) if nominative != part else None
        name = name or body_of(part, countries)  # «Министерством ...» → «Министерство ...»
        if name is None:
            return None
        names.append(name)
    return names if len(names) >= 2 else None


def signed_after(after: str, countries: CountryIndex, title: str = "") -> list[str] | None:
    """The bodies the words after a document say signed it, or None."""
    for part in re.split(r"(?<=[.!?])\s+", after.strip(), maxsplit=1):
        found = _signed_in(part, countries, title)
        if found and all(_a_name(n, countries) for n in found):
            return found
    return None


def _a_name(name: str, countries: CountryIndex) -> bool:
    """Whether a name reads as a body's in the nominative (not «Баткенской», not «...
    областях, с узбекской»)."""
    if re.search(r",", re.sub(r"«[^»]*»|\"[^\"]*\"", "", name)):
        return False
    first = name.split(" ", 1)[0]
    if not re.search(r"[а-яё]", first, re.I) or first in COMPANY_FORMS or \
            first in countries.abbreviations or first[:1] in "«\"":
        return True
    return any(p.tag.case == "nomn" for p in parses(first.lower()))


# «signed by the Minister of Finance on behalf of the Kyrgyz Republic and by ... on behalf of
# the Export-Import Bank of Korea», «signed on behalf of ADB by ...»: the bodies signed for.
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<who>[A-Z][^,;]*?)"
                        r"(?=\s+(?:and|by)\s|\s*[,;.]|\s*$)")


def _on_behalf(words: str, countries: CountryIndex) -> list[str] | None:
    if not re.search(r"\b(?:signed|inked)\b", words):
        return None
    names = [body_of(m.group("who"), countries) or m.group("who")
             for m in _ON_BEHALF.finditer(words)]
    return names if len(names) == 2 else None


# «signed by A – Director of the X Institute, Doctor of ... – and B – Rector of Y University»:
# each signer's post between dashes, the body it is of.
_DASH_POSTS = re.compile(r"[–—-]\s+(?:the\s+)?(?:(?:Acting|Deputy|First|Vice)[- ])?(?:Director|"
                         r"Rector|President|Chairman|Chairperson|Head|Dean|Director[- ]General|"
                         r"Governor|Mayor|Akim|CEO)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;–—]+)")


def _signed_in(words: str, countries: CountryIndex, title: str) -> list[str] | None:
    english = not re.search(r"[а-яё]", words, re.I)
    if english and _on_behalf(words, countries):
        return _on_behalf(words, countries)
    m = (_ENGLISH if english else _ACTIVE).search(words)
    if m:
        posts = _DASH_POSTS.findall(m.group("who")) if english else []
        if len(posts) == 2:  # «by A – Director of the X Institute, ... – and B – Rector of Y»
            return [body_of(p.strip(), countries) or p.strip() for p in posts]
        who = _without_tail(m.group("who"))
        if english:
            return bracketed_bodies(who) or _english(who, countries)
        return signer_parties(who + " подписали", countries, title)
    m = None if english else _PASSIVE.search(words) or _BY_POST.search(words)
    if m:  # («подписание Соглашения ... министром ... и министром ...»)
        return _instrumental(_without_tail(m.group("who")), countries)
    return None


# A person's name alone, and a post after it: «Kanat Sadykov», «rector of the University».
_PERSON = re.compile(r"(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+")
_POST = re.compile(r"\s*(?:the\s+)?(?:first\s+|deputy\s+|acting\s+|prime\s+)*(?:rector|vice-rector|"
                   r"president|vice-president|director|chairman|chairperson|head|minister|"
                   r"ambassador|governor|mayor|CEO|chief\s+executive)\b.*\bof\s", re.I)


# «Serik Zhumangarin, Deputy Prime Minister and Minister of Trade and Integration of Kazakhstan,
# and Jamshid Khodjaev, Minister of ... of Uzbekistan»: each name with its post after it, a post
# that may have «and» in it; of several posts, the ministry's.
_NAMES_AND_POSTS = re.compile(r"(?:the\s+)?" + _PERSON.pattern + r",\s+(?P<a>[^,]+),\s+and\s+"
                              + _PERSON.pattern + r",\s+(?P<b>[^,]+)")
_BEFORE_THE_MINISTER = re.compile(r"^.*\s(?:and|[-–—])\s+(?=(?:[Ff]irst\s+|[Dd]eputy\s+)?"
                                  r"Minister\s+of\s)")


# «the Deputy Minister of Foreign Affairs of A, Kanat Sadykov, and the Ambassador of B, John
# Smith»: each post with the name after it between commas.
_POSTS_AND_NAMES = re.compile(r"(?P<a>[^,]+),\s+" + _PERSON.pattern + r",\s+and\s+(?P<b>[^,]+),\s+"
                              + _PERSON.pattern)


def _english(who: str, countries: CountryIndex) -> list[str] | None:
    """«Kyrgyz Economy Minister Arzybek Kojoshev and German Ambassador to Kyrgyzstan Peter
    Scholz» → the ministry and the government they stand for."""
    posts = _NAMES_AND_POSTS.fullmatch(who) or _POSTS_AND_NAMES.fullmatch(who)
    if posts and all(_POST.match(posts.group(k)) for k in ("a", "b")):
        return _english_parts([_BEFORE_THE_MINISTER.sub("", posts.group(k)) for k in "ab"],
                              countries)
    who = re.sub(r"\s*\([^()]*\)", "", who)  # «X University (XU)»
    parts = [p for p in re.split(r",\s+(?:and\s+)?|\s+and\s+|\s+with\s+(?=(?:the\s+)?[A-Z])", who)
             if p.strip()]  # «signed by A and B with C»: three
    parts = [p for n, p in enumerate(parts) if not (  # «Kanat Sadykov, rector of the ...»:
        _PERSON.fullmatch(p.strip()) and n + 1 < len(parts) and _POST.match(parts[n + 1]))]
    return _english_parts(parts, countries)


# «the northern Vietnamese province of Thai Binh» → «Thai Binh Province»; «Laos' Xayaboury
# province» → «Xayaboury Province» (a country's possessive is no part of a region's name).
_REGION_OF = re.compile(r"(?:the\s+)?(?:[a-zA-Z]+\s+){0,3}?(?P<kind>province|region|oblast|"
                        r"prefecture|governorate)\s+of\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
_OWNER_REGION = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w-]*)['’]s?\s+(?P<name>(?:[A-Z][\w-]*\s+)"
                           r"{1,3}(?i:province|region|oblast|prefecture|governorate))")


def _region(part: str, countries: CountryIndex) -> str | None:
    m = _REGION_OF.fullmatch(part.strip())
    if m:
        return f"{m.group('name')} {m.group('kind').capitalize()}"
    m = _OWNER_REGION.fullmatch(part.strip())
    if m and countries.whole_country(m.group("owner")):
        return m.group("name")
    return None


def _english_parts(parts: list[str], countries: CountryIndex) -> list[str] | None:
    names = [_region(p, countries) or english_post(p, countries) or body_of(p, countries)
             for p in parts]
    if len(names) == 2 and names[0] and COUNTERPART.match(parts[1].strip()):
        names[1] = counterpart(parts[1], names[0], countries)  # «his Uzbek counterpart X»
    return names if len(names) >= 2 and all(names) else None
