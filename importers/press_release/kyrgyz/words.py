"""The words a Kyrgyz press release names documents and signings with: kind words in any of
their forms (read by models.kyrgyz_words), the signing verbs active and passive, and the words
that say a document was only planned, signed before or ratified."""

from __future__ import annotations

import re

from models.kyrgyz_words import stem, without_case

# Kind words by their stem (models.kyrgyz_words.stem), with the registry's kind.
KINDS = {
    "макулдашуу": "agreement", "келишим": "treaty", "меморандум": "memorandum",
    "протокол": "protocol", "билдирүү": "joint_statement", "декларация": "declaration",
    "программа": "programme", "карта": "roadmap", "план": "programme",
    "концепция": "other", "чечим": "other", "конвенция": "convention",
    "алмашуу": "exchange_of_notes", "коммюнике": "joint_statement", "кат": "agreement_of_intent",
}
# Only with the word before them: «жол картасы», «ноталар алмашуу», «ниет каты».
_NEEDS = {"карта": re.compile(r"жол\s+$", re.I), "алмашуу": re.compile(r"ноталар\s+$", re.I),
         "кат": re.compile(r"ниет\s+$", re.I)}  # «ниет каты»: a letter of intent
KIND_WORD = re.compile(r"(?<![\w-])(?:макулдашуу|келишим|меморандум|протокол|билдирүү|"
                       r"декларация|программа|карта|план|концепция|чечим|конвенция|алмашуу|коммюнике|кат)"
                       r"[а-яөүң]*(?![\w-])", re.I)


def kind_stem(word: str, before: str = "") -> str | None:
    """The kind word's stem when `word` is a form of one («макулдашууларга» → «макулдашуу»);
    `before` is the text before it («жол» before «картасы»)."""
    low = word.casefold()
    found = stem(low)
    if found not in KINDS:  # «планы»: not «пла» + «-ны»
        found = next((k for k in KINDS if low.startswith(k) and re.fullmatch(
            r"(?:[лдт][аеоө]р)?(?:[ыиуү]|с[ыиуү])(?:н[ыиуү]н|н[аеоө]|н|нд[аеоө])?",
            low[len(k):])), None)
    if found not in KINDS:
        return None
    need = _NEEDS.get(found)
    return found if need is None or need.search(before) else None


# «кол коюу аземи (салтанаты, иш-чарасы)»: the signing ceremony held
CEREMONY = r"(?:аземи|салтанаты|иш-чарасы|ырасмийими|жөрөлгөсү)"
# «... протоколдун кол коюлушу Өкмөт үйүндө болуп өттү»: the signing took place.
_HELD = r"(?:\s+[\w-]+){0,4}?\s+(?:болуп\s+)?өттү(?![\w-])"
# «... кол коюу аземи кийинки аптада өтөт»: the ceremony is still to come.
_TO_BE_HELD = r"(?=(?:\s+[\w-]+){0,4}?\s+(?:өтөт|болот|өткөрүлөт|уюштурулат)(?![\w-]))"
# Not a sentence's end: the dot of an initial («министри А. Максутов»).
NOT_AN_INITIAL = r"(?<!(?<![\w-])[А-ЯЁӨҮҢA-Z]\.)"
SIGNED, PLANNED, EARLIER = "signed", "planned", "earlier"
# What a verb says happened to the documents before it, first pattern first.
_VERBS = [
    (PLANNED, r"кол\s+коюл(?:ат|мак\w*|уш\w*(?![\w-])(?!" + _HELD + r"))|"
              r"кол\s+коюу(?!\s+" + CEREMONY + r")\w*|кол\s+коюшат|"
              r"кол\s+коюу\s+" + CEREMONY + _TO_BE_HELD + "|"
              r"кабыл\s+алуу\w*|кабыл\s+алын(?:ат|ыш\w*)|пландал\w*|күтүл\w*|долбоор\w*|"
              r"сунуш\w*|даярд\w*|талкуул\w*|макулдашты|макулдашып|макул\s+болушту|"
              r"карашат|каралды|кол\s+коюлбай\w*|кол\s+коюлган\s+жок|кол\s+коюла\s+элек|"
              r"жетиш(?:ти|ишти|илди|кен|ишкен)|келиш(?:ти|ишти|илди)"),  # «макулдашууга
    # жетишишти»: they came to an agreement, no document
    (EARLIER, r"кол\s+ко(?:юшкан|йгон)(?!\s+документ)|ратификацияла\w*|ратификациялоо\w*|"
              r"кабыл\s+алышкан(?!\s+документ)|бекитишкен|жактырышкан|түзүшкөн|алмашышкан|"
              r"кол\s+коюлган(?=\s*[,.;)]|\s*$|\s+эле\b|\s+болчу)"),
    (SIGNED, r"кол\s+ко(?:юшту|юлду|йду|юшуп|юп|юлуп|йдук|юштук|юлду)|"
             r"кабыл\s+ал(?:ышты|ынды|ды|ышып|ып)|түзүлдү|түзүштү|түздү|"
             r"кол\s+коюлушу(?=" + _HELD + r")|алмашышты|жактырышты|"
             r"бекитишти|кол\s+коюу\s+" + CEREMONY +
             r"|(?:кол\s+ко(?:юлган|юшкан|йгон)|кабыл\s+ал(?:ынган|ышкан))(?=\s+документ)|"
             r"жактырылды|бекитилди|"  # («... кол койгон документтердин арасында»: those
             # signed at the event the text reports)
             r"кол\s+коюл(?:ганын|гандыгын|ганы(?=\s+(?:белгиленди|билдирилди|маалымдалды|"
             r"кабарланды)))|кол\s+коюш(?:канын|кандыгын)|"
             r"түзүлгөн(?:үн|дүгүн)(?=(?:\s+[\w-]+){0,6}?\s+(?:маалымдады|билдирди|кабарлады|"
             r"жарыялады)(?![\w-]))"),  # (reported: «... кол
    # коюлганын билдирди»; not «кол коюлганына 10 жыл болду»)
]
VERB = re.compile("|".join(f"(?P<{k}>(?<![\\w-])(?:{p})(?![\\w-]))" for k, p in _VERBS), re.I)
# Before a document: «мурда», «эске салсак» (earlier).
EARLIER_BEFORE = re.compile(r"(?<![\w-])(?:эске\s+салсак|(?<![дтн][аеоө]н\s)мурда|буга\s+чейин|"
                            r"мурдагы)(?![\w-])", re.I)  # (not «сүйлөшүүлөрдөн мурда»: before
# the talks, a time of this event)
# Bodies that sign, by stem: «... министрлиги», «Министрлер Кабинети», «... банкы».
BODIES = {"министрлик", "кабинет", "өкмөт", "банк", "университет", "агенттик", "компания",
          "мэрия", "фонд", "кеңеш", "комитет", "ассамблея", "палата", "уюм", "академия",
          "институт", "борбор", "бирикме", "ишкана", "акимчилик", "хокимият", "департамент",
          "инспекция", "прокуратура", "парламент", "аак", "жак", "кызмат", "корпорация",
          "биржа", "телеканал", "агенттиги", "администрация", "аппарат", "служба",
          "ассоциация", "союз", "бирлик", "колледж", "лицей", "өкүлчүлүк", "оорукана",
          "клиника", "коом", "элчилик", "консулдук", "башкармалык", "муниципалитет", "бюро",
          "секретариат", "миссия", "офис", "сенат",
          "меджлис", "хурал", "биримдик", "мекеме", "шериктештик", "федерация", "комиссия",
          "дирекция", "холдинг", "завод", "кеңсе"}


def body_head(word: str) -> bool:
    """A body's name ends here, in the nominative («министрлиги», «Кабинети», «банкы»)."""
    low = word.casefold().strip("«»\".,")
    # a legal form: «ЖЧКсы», «МИ» (a state enterprise)
    if re.fullmatch(r"(?:жчк|ачк|аак|жак)(?:сы|ы)?|ми|мии", low):
        return True
    if re.fullmatch(r"(?:Мажилиси|Жыйыны)", word.strip("«»\".,")):  # parliaments the
        return True  # stems misread: «Парламентинин Мажилиси», «Түркия Улуу Улуттук Жыйыны»
    found = stem(low)
    return found in BODIES and found != low and without_case(low) == low and \
        low[-1:] in "ыиуү"


# A bank or council named by its bare head word after a capital: «Дүйнөлүк банк», «Жогорку
# Кеңеш» (no possessive ending).
BARE_BODY = re.compile(r"(?<![\w-])[А-ЯЁӨҮҢ][\w-]*\s+(?:банк|Кеңеш)(?![\w-])")
# A partner described, not named, before «менен»: «(эки жеке) компания менен», «инвесторлор менен».
DESCRIBED_PARTNER = r"(?:компания|ишкана|инвестор)\w*\s+менен(?![\w-])"


# A side named by its people («кыргыз тараптан»), as the Kyrgyz press writes them.
PEOPLES = {"кыргыз": "KG", "казак": "KZ", "өзбек": "UZ", "тажик": "TJ", "түркмөн": "TM",
           "орус": "RU", "кытай": "CN", "түрк": "TR", "азербайжан": "AZ", "белорус": "BY",
           "армян": "AM", "беларус": "BY", "япон": "JP", "корей": "KR", "герман": "DE", "немис": "DE",
           "француз": "FR", "америка": "US", "венгр": "HU", "венгер": "HU", "индия": "IN",
           "пакистан": "PK", "иран": "IR", "монгол": "MN", "араб": "AE", "катар": "QA",
           "британ": "GB", "италия": "IT", "поляк": "PL", "чех": "CZ", "грузин": "GE"}
# A statement named after the subject's word, which is then part of its name: «министрлер
# декларациясы», «президенттер билдирүүсү».
STATEMENT_AFTER = r"\s+(?:декларация|билдирүү|коммюнике)"
# The sides as the subject, named before: «тараптар», «министрлер», «ректорлор», «мэрлер», «эки
# университет».
THE_SIDES = re.compile(r"(?<![\w-])(?:тараптар|министрлер|ректорлор|мэрлер|жетекчилер|"
                       r"эки\s+(?:ведомство|министрлик|уюм|университет|банк|тарап|шаар|аймак|"
                       r"облус))(?![\w-])"
                       r"(?!" + STATEMENT_AFTER + ")", re.I)


# The plural suffix of a noun («министрликтер», «өлкөлөр») and the stems of month names.
PLURAL_SUFFIX = r"(?:лар|лер|лор|лөр|дар|дер|дор|дөр|тар|тер|тор|төр)"
MONTH_STEM = r"(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)"
