"""Signers named side by side: «С кыргызской стороны документ подписал министр энергетики
Таалайбек Ибраев, с узбекской — министр энергетики Журабек Мирзамахмудов», «Со стороны
Кыргызстана соглашение подписал ..., со стороны Казахстана — ...», «On the Kyrgyz side, the
document was signed by Energy Minister X, and on the Uzbek side by ...». Each signer stands for
his body of the country of his side: «министр энергетики» of the Kyrgyz side is the «Министерство
энергетики Кыргызской Республики»."""

from __future__ import annotations

import re

from .countries import CountryIndex
from .morphology import inflect_phrase
from .party_names import english_name, government_name
from .signers import body_of, english_post

_DOC = r"(?:документ\w*|соглашени\w+|меморандум\w*|протокол\w*|договор\w*|план\w*|программ\w+|его|её|ее|их)"
_SIDE_RU = re.compile(
    r"(?:^|(?<=[\s,;.]))(?:с|со|от)\s+(?:стороны\s+(?P<country>[А-ЯЁ][\w-]+(?:\s+[А-ЯЁ][\w-]+)?)"
    r"|(?P<adj>[а-яё-]+(?:ой|ей))(?:\s+стороны)?)\s*[—–-]?\s*(?:" + _DOC + r"\s+)?"
    r"(?:подписал\w*\s+|поставил\w*\s+(?:свою\s+)?подпись\s+|скрепил\w*\s+)?(?:" + _DOC +
    r"\s+)?(?P<who>[^,;—–]+?)(?=\s*[,;]\s*(?:а\s+)?(?:с|со|от)\s|\s*[.;]|\s*$)", re.I)
_SIDE_EN = re.compile(
    r"\b(?:[Oo]n\s+behalf\s+of|[Oo]n|[Ff]rom)\s+the\s+(?P<adj>[A-Z][a-z]+)\s+side,?\s+"
    r"(?:the\s+\w+\s+was\s+signed\s+)?(?:by\s+)?(?P<who>[^,;]+?)(?=\s*,?\s*(?:(?:and|while|"
    r"whereas)\s+)?(?:on|from)(?:\s+behalf\s+of)?\s+the\s|[.;]|$)")
# «on behalf of Kyrgyzstan by Health Minister X and on behalf of Turkey by ...»: a country, then
# its signer.
_BEHALF_BY_EN = re.compile(
    r"\b(?:[Oo]n\s+behalf\s+of|[Ff]or)\s+(?P<country>(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
    r",?\s+(?:the\s+\w+\s+was\s+signed\s+)?by\s+(?P<who>[^,;]+?)(?=\s*,?\s*(?:(?:and|while|"
    r"whereas)\s+)?(?:on\s+behalf\s+of|for)\s+(?:the\s+)?[A-Z]|\s+(?:on|in|at)\s+(?:the\s+)?"
    r"[A-Z0-9]|\s*,\s|[.;]|$)")
_BEHALF_EN = re.compile(r"(?P<who>(?:the\s+)?[A-Z][^,;]+?)\s+on\s+behalf\s+of\s+(?:the\s+)?"
                        r"(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")


def _code(said: str, countries: CountryIndex) -> str | None:
    found = countries.mentions(said if said[:1].isupper() else said.capitalize())
    return found[0].code if len(found) == 1 else None


def _of_country(body: str, code: str, countries: CountryIndex) -> str:
    """The body of a side's country: «Министерство энергетики» → «Министерство энергетики
    Кыргызской Республики»; a body that names a country keeps it."""
    if any(m.by_name for m in countries.mentions(body)) or body[:1] in "«\"":
        return body
    if re.search(r"[а-яё]", body, re.I):
        return f"{body} {inflect_phrase(countries.official[code], 'gent')}"
    return f"{body} of {english_name(code, countries, article=True)}"


def _side_body(who: str, code: str, countries: CountryIndex) -> str | None:
    who = re.sub(r"^.*?\bsigned\s+by\s+|^(?:and\s+)?(?:by\s+)?", "", who)
    english = not re.search(r"[а-яё]", who, re.I)
    body = (english_post(who, countries) if english else None) or body_of(who, countries)
    if body is None and re.match(r"(?:the\s+)?(?:Ambassador|посол|Посол)\b", who):
        return government_name(code, countries, english)  # («on behalf of China by Ambassador
    if body is None:  # X»: the side's government)
        return None
    if countries.whole_country(body):
        return body
    if re.match(r"(?:Министерство|Ministry)\b", body) or english and \
            re.match(r"(?:Ministry|Government|(?:State|National)(?:\s+[A-Z][a-z]+){1,3}\s+"
                     r"(?:Service|Committee|Agency|Inspectorate)|National\s+Bank|Central\s+Bank)\b",
                     body):  # («State Customs Service»)
        return _of_country(body, code, countries)
    return body


def _post_of_side(who: str, said: str, countries: CountryIndex) -> str | None:
    """«Со стороны Оша документ подписал мэр ...»: a side that is no country (a city, a region,
    a body in the genitive) is the body of the signer's post there («мэр Оша»: «Мэрия города
    Ош»), when that body keeps the side's name."""
    post = re.match(r"(?:[а-яё-]+\s+)*[а-яё-]+", who)
    said = re.sub(r"\s+[а-яё-]+$", "", said)  # («Оша документ подписал»)
    if post is None or not re.fullmatch(r"[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?", said):
        return None
    body = body_of(f"{post.group()} {said}", countries)
    return body if body and said[:max(2, len(said) - 2)] in body else None


def sides_signed(words: str, countries: CountryIndex) -> list[str] | None:
    """The bodies of the signers the words name side by side, or None."""
    sides = [(m.group("country") or m.group("adj"), m.group("who"))
             for m in _SIDE_RU.finditer(words)]
    if len(sides) < 2:
        sides = [(m.group("adj"), m.group("who")) for m in _SIDE_EN.finditer(words)]
    if len(sides) < 2:
        sides = [(m.group("country"), m.group("who")) for m in _BEHALF_BY_EN.finditer(words)
                 if _code(m.group("country"), countries)]
    if len(sides) < 2:
        sides = [(m.group("country"), m.group("who")) for m in _BEHALF_EN.finditer(words)]
    if len(sides) < 2:
        return None
    names = []
    for said, who in sides[:2]:
        code = _code(said, countries)
        body = _side_body(who.strip(), code, countries) if code else \
            said if re.fullmatch(r"[A-Z]{2,6}", said) else \
            _post_of_side(who.strip(), said, countries)  # «on behalf of the EBRD»
        if body is None:
            return None
        names.append(body)
    return names if names[0] != names[1] else None
