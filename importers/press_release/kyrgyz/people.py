"""Bodies a Kyrgyz report names only through the people who signed for them: «Ош шаарынын
мэри» (the city hall), «Кореянын Кыргызстандагы элчиси» (the embassy), «университеттин
ректору» (the university the text named before), «Тышкы иштер министри ... жана анын
өзбекстандык кесиптеши ...» (the same ministry of Uzbekistan)."""

from __future__ import annotations

import re

from models.kyrgyz_words import stem, without_case

from ..countries import CountryIndex

# The body a head's office stands for, where it is not the word before it.
OFFICE_BODY = {"мэри": "мэриясы", "элчиси": "элчилиги", "акими": "акимчилиги",
               "консулу": "консулдугу", "губернатору": "администрациясы", "хокими": "хокимияты"}
# («шаардын мэри»: the city hall, not the city)
_OFFICE_STEM = {"мэри": "мэрия", "элчиси": "элчилик", "акими": "акимчилик", "хокими": "хокимият",
                "консулу": "консулдук"}
# Where and when, before the signer's body: «Ташкентте», «15-майда», «бүгүн».
_LEADING = re.compile(r"^(?:(?:[А-ЯӨҮҢ][\w-]*\s+(?:шаарында|районунда|облусунда|айылында)|"
                      r"[А-ЯӨҮҢ][\w-]*[дт][аеоө]|\d[\w.-]*|бүгүн|кечээ|ал\s+эми|"
                      r"ошондой\s+эле|андан\s+кийин|андан\s+соң|(?:[Аа]ндан|[Мм]ындан)\s+(?:тышкары|"
                      r"сырткары)|[А-ЯӨҮҢа-яөүң][\w-]*\s+"
                      r"(?:жыйынтыгы\s+боюнча|жыйынтыгында|алкагында|учурунда|соңунда|айтымында))"
                      r"[,\s]+)+")
# («Сапардын жыйынтыгы боюнча», «Форумдун алкагында»: when, not who; «Анын айтымында,»: who
# told it; «Чолпон-Ата шаарында»: where)
# «анын өзбекстандык кесиптеши»: the same office of the country of the adjective
# A people's adjective: «өзбекстандык», «кытайлык» (the country's name and its suffix).
_OF_PEOPLE = r"(?P<adjective>[А-ЯӨҮҢа-яөүң-]+?)(?:дык|дик|дук|дүк|тык|тик|тук|түк|лык|лик|лук|лүк)"
_COLLEAGUE = re.compile(r"(?:(?:анын|алардын)\s+)?" + _OF_PEOPLE + r"\s*$", re.I)
_WHOSE = re.compile(r"^" + _OF_PEOPLE + r"\s+(?=[«\"A-ZА-ЯЁӨҮҢ])")


def adjective_country(m: re.Match | None, index: CountryIndex) -> str | None:
    """The country a matched people's adjective names («өзбекстандык» → UZ), else None."""
    word = m.group("adjective") if m else ""
    return index.whole_country(word[:1].upper() + word[1:]) if word else None


def whose(name: str, index: CountryIndex) -> tuple[str, str | None]:
    """«кытайлык «Zijin Mining» компаниясы» → («Zijin Mining» компаниясы», "CN"): the
    adjective says whose it is, and is no part of its name."""
    m = _WHOSE.match(name)
    code = adjective_country(m, index)
    return (name[m.end():], code) if code else (name, None)


def without_leading(body: str) -> str:
    return _LEADING.sub("", body)


def colleague(body: str, found: list[str], index: CountryIndex,
              genitive) -> str | None:
    """«... министри X жана анын өзбекстандык кесиптеши Y»: the ministry of the first signer
    for the country of «өзбекстандык»."""
    m = _COLLEAGUE.search(body)
    if m is None or not found:
        return None
    code = adjective_country(m, index)
    if code is None:
        return None
    office = found[-1]
    at = [x for x in index.mentions(office) if x.by_name and x.start == 0]
    if at:
        office = office[at[0].end:].lstrip()
        office = re.sub(r"^[ыиуү]?н[ыиуү]н\s+", "", office)  # (the genitive's ending)
    return f"{genitive(index.official_ky.get(code) or index.official[code])} {office}"


# A person's surname or office before a body's name: not part of it («... Алмаз Бакетаев Азия
# өнүктүрүү банкынын ...»).
_PERSON = (r"(?<![\w-])[А-ЯЁӨҮҢ][\w-]+(?:ов|ев|ёв|ова|ева|ин|ина|уулу|кызы)\s+|"
           r"(?<![\w-])(?:министри|башчысы|төрагасы|өкүлү|ректору|директору|мэри)\s+")
# A sentence's first word that begins no name: «Документ Ош ... университетинин ...»
_NOT_A_NAME = re.compile(r"^(?:(?:Документ|Меморандум|Макулдашуу|Келишим|Протокол)\w*|Ал|Бул|"
                         r"Ушул|Анда|Мында)\s+")


def referred(word: str, role: str, text: str) -> str | None:
    """«университеттин ректору», «шаардын мэри»: the body of that kind the text names by its
    name («Ош мамлекеттик университети», «Ош шаарынын мэриясы»), in the nominative; else
    None."""
    target = _OFFICE_STEM.get(role.casefold()) or stem(word.casefold())
    for m in re.finditer(r"(?<![\w-])[\w-]+", text):
        low = m.group().casefold()
        if not low.startswith(target[:4]) or stem(low) != target:
            continue
        left = re.split(r"(?<![\w-])(?:жана|менен)\s+|(?<!Co)[.;:!?]\s*|(?<!Co\.),\s*|" +
                        _PERSON, text[:m.start()])[-1]  # (not «... Co., LTD компаниясы»)
        run = re.search(r"[A-ZА-ЯЁӨҮҢ«][^\s,;:]*(?:\s+(?:Co\.,|[^\s,;:]+)){0,5}\s*$", left)
        if run is None:
            continue
        words = _NOT_A_NAME.sub("", run.group().strip())
        return f"{words} {without_case(m.group())}".strip()
    city = re.search(r"(?<![\w-])([А-ЯӨҮҢ][\w-]+)\s+шаар", text)
    if target == "мэрия" and word.casefold() == "шаардын" and city:  # «Ош шаарында»
        return f"{city.group(1)} шаарынын мэриясы"
    return None


# «министр Бакетаев», «мэр Абдыкадыров»: a signer named again by his office alone
_AGAIN = re.compile(r"(?<![\w-])(?P<role>(?i:министр|мэр|ректор|элчи|аким|директор|губернатор))"
                    r"\s+(?P<name>(?:[A-ZА-ЯЁӨҮҢ][\w.-]*\s+)?(?P<surname>[A-ZА-ЯЁӨҮҢ][\w-]+))"
                    r"(?=[\s,]|$)")


def named_before(clause: str, text: str) -> str:
    """The clause with each signer named again by his office alone written as the text first
    named him, with his body («министр Бакетаев» → «Кыргыз Республикасынын Финансы министри
    Бакетаев» after «Кыргыз Республикасынын Финансы министри Алмаз Бакетаев»)."""
    def full(m: re.Match) -> str:
        role, surname = m.group("role"), m.group("surname")
        first = re.search(r"(?<![\w-])%s\w{0,2}\s+(?:[A-ZА-ЯЁӨҮҢ][\w.-]*\s+)?%s(?![\w-])"
                          % (re.escape(role), re.escape(surname)), text)
        if first is None or first.group().casefold().startswith(m.group().casefold()):
            return m.group()
        sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӨҮҢ])", text[:first.start()])[-1]
        body = without_leading(re.split(r"(?<![\w-])(?:жана|менен)\s+|,\s*",
                                        sentence)[-1].strip())
        if not body or not body[:1].isupper():
            return m.group()
        return f"{body} {text[first.start():first.end()]}"
    return _AGAIN.sub(full, clause)
