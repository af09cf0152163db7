"""What kind of body a party is (state, government, ministry, agency, company, international
organisation) and what level a document between such bodies is."""

from __future__ import annotations

import re

from .countries import CountryIndex

COMPANY_FORMS = ("ОАО", "АО", "ЗАО", "ООО", "ПАО", "ОсОО", "ГП", "МП", "НАО", "ГУП", "ФГУП",
                 "АКБ", "ТОО", "ЧП", "ОФ", "ОО", "ГАК", "ОАХК", "JSC", "LLC", "OJSC", "CJSC",
                 "PJSC",
                 "Ltd", "Inc", "ААК", "ЖАК")
_COMPANY = re.compile(r"^(?:%s)\b|компани|корпораци|холдинг|университет|фонд|ассоциац|палат|"
                      r"биржа|почт|\bбанк|\bpost\b|company|corporation|holding|university|"
                      r"fund|association|chamber|\bgroup\b|\bbank\b|\bltd\b|\bllc\b|\binc\b|«|\"" %
                      "|".join(COMPANY_FORMS), re.I)
_STATE_BANK = re.compile(r"национальн\w* банк|центральн\w* банк|national bank|central bank|"
                         r"улуттук банк|борбордук банк", re.I)
_GOVERNMENT = re.compile(r"^(?:правительств|кабинет\w* министров|government|cabinet)|"
                         r"министрлер кабинети|өкмөт|\bgovernment$", re.I)
_MINISTRY = re.compile(r"^(?:министерств|мин[а-я]+\b|ministry)|министрлиг", re.I)
INTERNATIONAL = re.compile(
    r"^(?:ООН|ВОЗ|ЮНИСЕФ|ЮНЕСКО|ПРООН|МВФ|ЕАБР|ЕБРР|АБР|ВТО|ЕЭК|ЕС|UN|UNDP|UNICEF|WHO|IMF|"
    r"EBRD|ADB|EDB|WTO|EU|EIB|ЕИБ)\b|всемирн\w* банк|world bank|european investment bank|"
    r"европейск\w* инвестиционн\w* банк|европейск\w* союз|european union|"
    r"евразийск\w* (?:экономическ\w* комисси|банк развития)|исполнительн\w* комитет СНГ|"
    r"секретариат|банк\w* развития|development bank|европейск\w* банк\w* реконструкции|"
    r"european bank for reconstruction|международн\w+ (?:фонд|банк|организаци)|"
    r"international (?:fund|bank|organi[sz]ation)|всемирн\w* организаци|"
    r"организаци\w* объединенных наций|"
    r"world health organization|united nations|red crescent|red cross|красн\w+ (?:полумесяц|крест)|"
    r"^БУУ|дүйнөлүк банк|өнүктүрүү банк|европа биримдиг|бириккен улуттар|"
    r"эл аралык валюта фонд|дүйнөлүк саламаттык сактоо уюм",
    re.I)
# Words a body's name is built around (lemmas): the head of a party named without «между».
BODY_HEADS = {
    "министерство", "кабинет", "правительство", "агентство", "комитет", "служба", "компания",
    "корпорация", "банк", "фонд", "палата", "университет", "совет", "представительство",
    "ассоциация", "администрация", "мэрия", "департамент", "инспекция", "центр", "союз",
    "организация", "академия", "институт", "холдинг", "больница", "колледж", "лицей",
    "предприятие", "учреждение", "объединение", "акимат", "хокимият", "муниципалитет",
    "комиссия", "секретариат", "управление", "госкорпорация", "концерн", "группа", "клиника",
    "музей", "театр", "библиотека", "биржа", "область", "район", "город", "провинция",
    "прокуратура", "генпрокуратура", "суд", "собрание", "дума", "бюро", "казначейство", "ведомство",
    "сенат", "мажилис", "меджлис"}


def body_kind(name: str, countries: CountryIndex) -> str:
    """The organisation kind of a party: state, government, ministry, agency, company or
    international organisation."""
    if countries.whole_country(name):
        return "state"
    if INTERNATIONAL.search(name):
        return "international_organisation"
    if _GOVERNMENT.search(name):
        return "government"
    if _MINISTRY.search(name):
        return "ministry"
    if _COMPANY.search(name) and not _STATE_BANK.search(name):
        return "company"
    return "agency"


def level_of(kinds: list[str]) -> str | None:
    """Between states: interstate; governments: intergovernmental; ministries and agencies:
    interagency; companies, international organisations («Financing Agreement» with the EU,
    a loan of the ADB) and other bodies: other. Mixed: the lowest of them."""
    ranks = {"state": 0, "government": 1, "ministry": 2, "agency": 2, "company": 3,
             "international_organisation": 3}
    levels = ("interstate", "intergovernmental", "interagency", "other")
    known = [ranks[k] for k in kinds if k in ranks]
    if not known:
        return "other" if kinds else None
    return levels[max(known)]
