"""Controlled vocabularies of the registry, with their labels in Russian, Kyrgyz and English.

Codes are stored in the database and printed by the command line; labels are what people see.
Kyrgyz labels other than those taken from the ministry's own inventories are drafts for a Kyrgyz
speaker to correct here.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("ru", "ky", "en")
DEFAULT_LANGUAGE = "ru"


@dataclass(frozen=True)
class Term:
    code: str
    ru: str
    ky: str
    en: str

    def label(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return getattr(self, lang if lang in LANGUAGES else DEFAULT_LANGUAGE)


class Vocabulary:
    """An ordered set of terms looked up by code."""

    def __init__(self, name: str, *terms: Term):
        self.name = name
        self.terms = terms
        self._by_code = {t.code: t for t in terms}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self):
        return iter(self.terms)

    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def get(self, code: str) -> Term | None:
        return self._by_code.get(code)

    def label(self, code: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
        term = self._by_code.get(code or "")
        return term.label(lang) if term else (code or "")

    def choices(self, lang: str = DEFAULT_LANGUAGE) -> list[tuple[str, str]]:
        return [(t.code, t.label(lang)) for t in self.terms]


KINDS = Vocabulary(
    "kind",
    Term("treaty", "Договор", "Келишим", "Treaty"),
    Term("agreement", "Соглашение", "Макулдашуу", "Agreement"),
    Term("convention", "Конвенция", "Конвенция", "Convention"),
    Term("protocol", "Протокол", "Протокол", "Protocol"),
    Term("memorandum_of_understanding", "Меморандум о взаимопонимании",
         "Өз ара түшүнүшүү жөнүндө меморандум", "Memorandum of understanding"),
    Term("memorandum_of_cooperation", "Меморандум о сотрудничестве",
         "Кызматташтык жөнүндө меморандум", "Memorandum of cooperation"),
    Term("agreement_of_intent", "Соглашение о намерениях", "Ниет жөнүндө макулдашуу",
         "Agreement of intent"),
    Term("programme", "Программа", "Программа", "Programme"),
    Term("roadmap", "Дорожная карта", "Жол картасы", "Roadmap"),
    Term("joint_statement", "Совместное заявление", "Биргелешкен билдирүү", "Joint statement"),
    Term("declaration", "Декларация", "Декларация", "Declaration"),
    Term("exchange_of_notes", "Обмен нотами", "Нота алмашуу", "Exchange of notes"),
    Term("other", "Иной документ", "Башка документ", "Other"),
)

# Kinds that, as a rule, take effect on signature and need no internal procedures
# (documents without treaty status). The clerk can override this per instrument.
EFFECTIVE_ON_SIGNATURE_KINDS = frozenset({
    "memorandum_of_understanding", "memorandum_of_cooperation", "agreement_of_intent",
    "programme", "roadmap", "joint_statement", "declaration",
})

LEVELS = Vocabulary(
    "level",
    Term("interstate", "Межгосударственный", "Мамлекеттер аралык", "Interstate"),
    Term("intergovernmental", "Межправительственный", "Өкмөттөр аралык", "Intergovernmental"),
    Term("interagency", "Межведомственный", "Ведомстволор аралык", "Interagency"),
    Term("other", "Иной (между организациями)", "Башка (уюмдар ортосунда)",
         "Other (between organisations)"),
)

EVENT_KINDS = Vocabulary(
    "event_kind",
    Term("signed", "Подписание", "Кол коюу", "Signed"),
    Term("internal_procedures_started", "Начаты внутригосударственные процедуры",
         "Ички мамлекеттик жол-жоболор башталды", "Internal procedures started"),
    Term("ratified", "Ратификация", "Ратификациялоо", "Ratified"),
    Term("approved", "Утверждение", "Бекитүү", "Approved"),
    Term("accession", "Присоединение", "Кошулуу", "Accession"),
    Term("published", "Официальное опубликование", "Расмий жарыялоо", "Officially published"),
    Term("notification_sent", "Направлено уведомление", "Билдирме жөнөтүлдү", "Notification sent"),
    Term("notification_received", "Получено уведомление", "Билдирме алынды",
         "Notification received"),
    Term("entered_into_force", "Вступление в силу", "Күчүнө кирүү", "Entered into force"),
    Term("provisionally_applied", "Временное применение", "Убактылуу колдонуу",
         "Provisionally applied"),
    Term("amended", "Внесены изменения", "Өзгөртүүлөр киргизилди", "Amended"),
    Term("suspended", "Приостановление действия", "Аракетин токтотуу", "Suspended"),
    Term("resumed", "Возобновление действия", "Аракетин калыбына келтирүү", "Resumed"),
    Term("non_renewal_notice", "Уведомление о непродлении", "Узартпоо жөнүндө билдирме",
         "Notice of non-renewal"),
    Term("denounced", "Денонсация", "Денонсациялоо", "Denounced"),
    Term("withdrawn", "Выход из договора", "Келишимден чыгуу", "Withdrawal"),
    Term("terminated", "Прекращение действия", "Аракетин токтотуу (толук)", "Terminated"),
    Term("expired", "Истечение срока действия", "Мөөнөтүнүн бүтүшү", "Expired"),
    Term("registered_un", "Регистрация в Секретариате ООН", "БУУ Катчылыгында каттоо",
         "Registered with the UN Secretariat"),
)

RELATION_KINDS = Vocabulary(
    "relation_kind",
    Term("amends", "Вносит изменения в", "Өзгөртүү киргизет", "Amends"),
    Term("supplements", "Дополняет", "Толуктайт", "Supplements"),
    Term("implements", "Реализует", "Ишке ашырат", "Implements"),
    Term("extends", "Продлевает", "Узартат", "Extends"),
    Term("replaces", "Заменяет", "Алмаштырат", "Replaces"),
    Term("terminates", "Прекращает", "Токтотот", "Terminates"),
)

# How a relation reads from its target's side ("amended by").
RELATION_INVERSE_LABELS = Vocabulary(
    "relation_inverse",
    Term("amends", "Изменён документом", "Документ менен өзгөртүлгөн", "Amended by"),
    Term("supplements", "Дополнен документом", "Документ менен толукталган", "Supplemented by"),
    Term("implements", "Реализуется документом", "Документ менен ишке ашырылат",
         "Implemented by"),
    Term("extends", "Продлён документом", "Документ менен узартылган", "Extended by"),
    Term("replaces", "Заменён документом", "Документ менен алмаштырылган", "Replaced by"),
    Term("terminates", "Прекращён документом", "Документ менен токтотулган", "Terminated by"),
)

CONFIDENTIALITY = Vocabulary(
    "confidentiality",
    Term("open", "Открытый", "Ачык", "Open"),
    Term("official_use", "Для служебного пользования", "Кызматтык пайдалануу үчүн",
         "For official use"),
    Term("restricted", "Ограниченного доступа", "Чектелген жеткиликтүүлүк", "Restricted"),
)

MEETING_KINDS = Vocabulary(
    "meeting_kind",
    Term("talks", "Переговоры", "Сүйлөшүүлөр", "Talks"),
    Term("state_visit", "Государственный визит", "Мамлекеттик сапар", "State visit"),
    Term("official_visit", "Официальный визит", "Расмий сапар", "Official visit"),
    Term("working_visit", "Рабочий визит", "Жумушчу сапар", "Working visit"),
    Term("summit", "Саммит", "Саммит", "Summit"),
    Term("commission_session", "Заседание межправительственной комиссии",
         "Өкмөттөр аралык комиссиянын жыйыны", "Intergovernmental commission session"),
    Term("ministerial_meeting", "Встреча министров", "Министрлердин жолугушуусу",
         "Ministerial meeting"),
    Term("consultations", "Консультации", "Консультациялар", "Consultations"),
    Term("other", "Иная встреча", "Башка жолугушуу", "Other meeting"),
)

MEETING_LEVELS = Vocabulary(
    "meeting_level",
    Term("head_of_state", "Главы государств", "Мамлекет башчылары", "Heads of state"),
    Term("head_of_government", "Главы правительств", "Өкмөт башчылары", "Heads of government"),
    Term("ministerial", "Министры", "Министрлер", "Ministers"),
    Term("deputy_ministerial", "Заместители министров", "Министрлердин орун басарлары",
         "Deputy ministers"),
    Term("expert", "Эксперты", "Эксперттер", "Experts"),
)

ORGANISATION_KINDS = Vocabulary(
    "organisation_kind",
    Term("state", "Государство", "Мамлекет", "State"),
    Term("government", "Правительство", "Өкмөт", "Government"),
    Term("ministry", "Министерство", "Министрлик", "Ministry"),
    Term("agency", "Ведомство", "Ведомство", "Agency"),
    Term("company", "Организация, компания", "Уюм, компания", "Company or organisation"),
    Term("international_organisation", "Международная организация", "Эл аралык уюм",
         "International organisation"),
)

STATUSES = Vocabulary(
    "status",
    Term("signed", "Подписан, не вступил в силу", "Күчүнө кире элек", "Signed, not in force"),
    Term("internal_procedures", "Выполняются внутригосударственные процедуры",
         "Ички мамлекеттик жол-жоболор аткарылууда", "Internal procedures in progress"),
    Term("provisionally_applied", "Временно применяется", "Убактылуу колдонулат",
         "Provisionally applied"),
    Term("in_force", "Действует", "Колдонуудагы", "In force"),
    Term("suspended", "Приостановлен", "Токтотулган", "Suspended"),
    Term("expired", "Истёк срок действия", "Мөөнөтү бүткөн", "Expired"),
    Term("terminated", "Прекращён / денонсирован", "Күчүн жоготкон / денонсацияланган",
         "Terminated or denounced"),
    Term("superseded", "Заменён", "Алмаштырылган", "Superseded"),
)

DEADLINE_KINDS = Vocabulary(
    "deadline_kind",
    Term("expiry", "Истечение срока действия", "Мөөнөтүнүн бүтүшү", "Expiry"),
    Term("renewal_notice", "Последний день уведомления о непродлении",
         "Узартпоо жөнүндө билдирменин акыркы күнү", "Last day for notice of non-renewal"),
    Term("internal_procedures", "Внутригосударственные процедуры не завершены",
         "Ички мамлекеттик жол-жоболор аяктай элек", "Internal procedures overdue"),
)

ATTACHMENT_KINDS = Vocabulary(
    "attachment_kind",
    Term("signed_scan", "Скан подписанного оригинала", "Кол коюлган түп нусканын сканы",
         "Scan of the signed original"),
    Term("text", "Текст документа", "Документтин тексти", "Text"),
    Term("translation", "Перевод", "Котормо", "Translation"),
    Term("full_powers", "Полномочия", "Ыйгарым укуктар", "Full powers"),
    Term("note_verbale", "Вербальная нота", "Вербалдык нота", "Note verbale"),
    Term("ratification_law", "Закон о ратификации", "Ратификациялоо жөнүндө мыйзам",
         "Ratification law"),
    Term("registration_certificate", "Свидетельство о регистрации", "Каттоо күбөлүгү",
         "Registration certificate"),
    Term("other", "Иной файл", "Башка файл", "Other file"),
)

TEXT_LANGUAGES = Vocabulary(
    "text_language",
    Term("ru", "русский", "орус тили", "Russian"),
    Term("ky", "кыргызский", "кыргыз тили", "Kyrgyz"),
    Term("en", "английский", "англис тили", "English"),
    Term("zh", "китайский", "кытай тили", "Chinese"),
    Term("kk", "казахский", "казак тили", "Kazakh"),
    Term("uz", "узбекский", "өзбек тили", "Uzbek"),
    Term("tg", "таджикский", "тажик тили", "Tajik"),
    Term("tr", "турецкий", "түрк тили", "Turkish"),
    Term("fr", "французский", "француз тили", "French"),
    Term("de", "немецкий", "немис тили", "German"),
    Term("ar", "арабский", "араб тили", "Arabic"),
    Term("fa", "персидский", "фарсы тили", "Persian"),
)

# The internal act an instrument needs before it can enter into force (Law of the Kyrgyz
# Republic "On international treaties"): it decides the steps the status follows.
INTERNAL_ACTS = Vocabulary(
    "internal_act",
    Term("law", "Ратификация законом Жогорку Кенеша",
         "Жогорку Кеңештин мыйзамы менен ратификациялоо",
         "Ratification by a law of the Jogorku Kenesh"),
    Term("resolution", "Утверждение постановлением Кабинета министров",
         "Министрлер Кабинетинин токтому менен бекитүү",
         "Approval by a resolution of the Cabinet of Ministers"),
    Term("none", "Не требуется: вступает в силу с даты подписания",
         "Талап кылынбайт: кол коюлган күндөн тартып күчүнө кирет",
         "None: takes effect on signature"),
)

# Who adopts each act (the body a briefing names as the owner of the next step).
INTERNAL_ACT_OWNERS = Vocabulary(
    "internal_act_owner",
    Term("law", "Жогорку Кенеш (законопроект вносит Кабинет министров)",
         "Жогорку Кеңеш (мыйзам долбоорун Министрлер Кабинети киргизет)",
         "Jogorku Kenesh (the draft law is submitted by the Cabinet of Ministers)"),
    Term("resolution", "Кабинет министров Кыргызской Республики",
         "Кыргыз Республикасынын Министрлер Кабинети",
         "Cabinet of Ministers of the Kyrgyz Republic"),
)

VOCABULARIES = {v.name: v for v in (
    KINDS, LEVELS, EVENT_KINDS, RELATION_KINDS, RELATION_INVERSE_LABELS, CONFIDENTIALITY,
    MEETING_KINDS, MEETING_LEVELS, ORGANISATION_KINDS, STATUSES, DEADLINE_KINDS,
    ATTACHMENT_KINDS, TEXT_LANGUAGES, INTERNAL_ACTS, INTERNAL_ACT_OWNERS,
)}
