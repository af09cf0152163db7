"""Validation of what a clerk enters: models/validation.py. Every problem, each with its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from i18n import catalogue, language
from models.errors import Label, Problem, ValidationError
from models.records import EventDraft, InstrumentDraft, MeetingDraft, OrganisationDraft, \
    PartyDraft
from models.validation import FIELD_LABELS, validate_instrument, validate_meeting, \
    validate_number_pattern, validate_organisation

D = date
TODAY = D(2026, 11, 25)
SIGNED = D(2025, 11, 26)

CHOOSE = "Choose a value for “{field}”."
UNKNOWN = "Unknown value “{value}” for “{field}”."
POSITIVE = "“{field}” must be a positive number, not {value}."
NO_COUNTRY = "Choose the country of party {n}, or the kind “International organisation”."


def kg(**kw) -> PartyDraft:
    return PartyDraft(**{"organisation_id": 1, "name": "Кабинет Министров Кыргызской Республики",
                         "country": "KG", **kw})


def ru(**kw) -> PartyDraft:
    return PartyDraft(**{"organisation_id": 2, "name": "Правительство Российской Федерации",
                         "country": "RU", **kw})


def draft(**changes) -> InstrumentDraft:
    """A valid intergovernmental agreement of the Bishkek talks, with `changes`."""
    base = InstrumentDraft(
        title="Соглашение о сотрудничестве в области образования", kind="agreement",
        level="intergovernmental", signed_date=SIGNED, languages=["ru", "ky"],
        parties=[kg(), ru()], events=[EventDraft("signed", SIGNED)])
    return replace(base, **changes)


def found(problems: list[Problem]) -> list[tuple[str, str, dict]]:
    """Each problem as plain values, its labels read in Russian."""
    return [(p.field, p.message_id,
             {k: v.render("ru") if isinstance(v, Label) else v for k, v in p.params})
            for p in problems]


# name: (changes, [(field, message id, params)])
INSTRUMENT_CASES = {
    "valid": ({}, []),
    "valid without events given": ({"events": None}, []),
    "signed today": ({"signed_date": TODAY, "events": []}, []),
    "title required": ({"title": "   "}, [("title", "The title is required.", {})]),
    "kind required": ({"kind": ""}, [("kind", CHOOSE, {"field": "Вид"})]),
    "unknown kind": ({"kind": "pact"}, [("kind", UNKNOWN, {"value": "pact", "field": "Вид"})]),
    "level required": ({"level": ""}, [("level", CHOOSE, {"field": "Уровень"})]),
    "unknown level": ({"level": "galactic"},
                      [("level", UNKNOWN, {"value": "galactic", "field": "Уровень"})]),
    "signature date required": ({"signed_date": None},
                                [("signed_date", "The date of signature is required.", {})]),
    "signature date in the future": (
        {"signed_date": D(2026, 11, 26), "events": []},
        [("signed_date", "The date of signature {date} is in the future.",
          {"date": "26.11.2026"})]),
    "unknown date precision": (
        {"signed_date_precision": "week"},
        [("signed_date_precision", UNKNOWN, {"value": "week", "field": "Точность даты"})]),
    "month precision is fine": ({"signed_date_precision": "month"}, []),
    "confidentiality required": ({"confidentiality": ""},
                                 [("confidentiality", CHOOSE, {"field": "Гриф"})]),
    "unknown confidentiality": (
        {"confidentiality": "top_secret"},
        [("confidentiality", UNKNOWN, {"value": "top_secret", "field": "Гриф"})]),
    "unknown language": ({"languages": ["ru", "xx", "ky"]},
                         [("languages", "Unknown language “{value}”.", {"value": "xx"})]),
    # --- parties -------------------------------------------------------------------------------
    "no parties": ({"parties": []}, [
        ("parties", "An instrument needs at least two parties; {count} given.", {"count": 0})]),
    "one party": ({"parties": [kg()]}, [
        ("parties", "An instrument needs at least two parties; {count} given.", {"count": 1})]),
    "bilateral with three parties": (
        {"parties": [kg(), ru(), PartyDraft(organisation_id=3, name="ОАО «Кыргыз почтасы»")]},
        [("parties", "A bilateral instrument has two parties; {count} given. Mark it as "
                     "multilateral or remove a party.", {"count": 3})]),
    "multilateral with three parties": (
        {"multilateral": True,
         "parties": [kg(), ru(), PartyDraft(organisation_id=3, name="Правительство РК")]}, []),
    "multilateral needs two parties too": ({"multilateral": True, "parties": [kg()]}, [
        ("parties", "An instrument needs at least two parties; {count} given.", {"count": 1})]),
    "placeholder without parties": ({"is_placeholder": True, "parties": []}, []),
    "duplicate party by id": ({"parties": [kg(), kg(name="другое имя")]},
                              [("parties", "Party {n} is listed twice.", {"n": 2})]),
    "duplicate party by name": (
        {"parties": [PartyDraft(name="Правительство РФ", country="RU"),
                     PartyDraft(name="  правительство рф ", country="RU")]},
        [("parties", "Party {n} is listed twice.", {"n": 2})]),
    "a new body without a country": (
        {"parties": [kg(), PartyDraft(name="ОАО «Кумтор»", organisation_kind="company")]},
        [("parties", NO_COUNTRY, {"n": 2})]),
    "an international organisation has no country": (
        {"parties": [kg(), PartyDraft(name="Всемирный банк",
                                      organisation_kind="international_organisation")]}, []),
    "a body on file is checked by the registry": (
        {"parties": [kg(), PartyDraft(organisation_id=7, name="ЕАБР")]}, []),
    "party without a name": ({"parties": [kg(), PartyDraft(name="  ")]},
                             [("parties", "Party {n} has no name.", {"n": 2})]),
    "unknown kind of a party body": (
        {"parties": [kg(), ru(organisation_kind="tribe")]},
        [("parties", UNKNOWN, {"value": "tribe", "field": "Стороны"})]),
    "known kind of a party body": ({"parties": [kg(), ru(organisation_kind="government")]}, []),
    # --- term -------------------------------------------------------------------------------
    "fixed duration with tacit renewal": (
        {"duration_years": 5, "renewal_years": 1, "renewal_notice_months": 6,
         "max_renewals": 0}, []),
    "negative duration": ({"duration_years": -1}, [
        ("duration_years", POSITIVE, {"field": "Срок действия (лет)", "value": -1})]),
    "zero duration": ({"duration_years": 0}, [
        ("duration_years", POSITIVE, {"field": "Срок действия (лет)", "value": 0})]),
    "zero renewal": ({"duration_years": 5, "renewal_years": 0}, [
        ("renewal_years", POSITIVE, {"field": "Автоматическое продление (лет)", "value": 0})]),
    "negative notice": ({"duration_years": 5, "renewal_years": 1,
                         "renewal_notice_months": -3}, [
        ("renewal_notice_months", POSITIVE,
         {"field": "Срок уведомления (месяцев)", "value": -3})]),
    "negative number of renewals": ({"duration_years": 5, "renewal_years": 1,
                                     "max_renewals": -1}, [
        ("max_renewals", POSITIVE, {"field": "Число продлений", "value": -1})]),
    "negative duration is the only problem with a notice": (
        {"duration_years": -1, "renewal_years": 1, "renewal_notice_months": 6},
        [("duration_years", POSITIVE, {"field": "Срок действия (лет)", "value": -1})]),
    "renewal without duration": ({"renewal_years": 1}, [
        ("renewal_years", "Tacit renewal needs a fixed duration; the duration is indefinite.",
         {})]),
    "notice without renewal": ({"duration_years": 5, "renewal_notice_months": 6}, [
        ("renewal_notice_months",
         "A notice period is set but the instrument does not renew tacitly.", {})]),
    "notice as long as the renewal term": (
        {"duration_years": 5, "renewal_years": 1, "renewal_notice_months": 12},
        [("renewal_notice_months",
          "The notice period of {months} months is not shorter than the term.",
          {"months": 12})]),
    "notice longer than the first term": (
        {"duration_years": 1, "renewal_years": 5, "renewal_notice_months": 18},
        [("renewal_notice_months",
          "The notice period of {months} months is not shorter than the term.",
          {"months": 18})]),
    "notice a month shorter than the term": (
        {"duration_years": 5, "renewal_years": 1, "renewal_notice_months": 11}, []),
    # --- events -------------------------------------------------------------------------------
    "full ratification chain": ({"events": [
        EventDraft("signed", SIGNED), EventDraft("ratified", D(2026, 3, 1), D(2026, 3, 10)),
        EventDraft("notification_sent", D(2026, 3, 20)),
        EventDraft("entered_into_force", D(2026, 4, 19)),
        EventDraft("denounced", D(2026, 6, 1), D(2026, 12, 1))]}, []),
    "entry into force before signature": (
        {"events": [EventDraft("signed", SIGNED),
                    EventDraft("entered_into_force", D(2025, 11, 25))]},
        [("events", "Entry into force ({date}) is before signature ({signed}).",
          {"n": 2, "event": "Вступление в силу", "date": "25.11.2025",
           "signed": "26.11.2025"})]),
    "another event before signature": (
        {"events": [EventDraft("ratified", D(2025, 1, 1)), EventDraft("signed", SIGNED)]},
        [("events", "Event {n} ({event}) on {date} is before signature ({signed}).",
          {"n": 1, "event": "Ратификация", "date": "01.01.2025", "signed": "26.11.2025"})]),
    "a signature event dated earlier is not checked": (
        {"events": [EventDraft("signed", D(2025, 11, 20))]}, []),
    "event without a date": (
        {"events": [EventDraft("signed", SIGNED), EventDraft("approved", None)]},
        [("events", "Event {n} ({event}): the date is required.",
          {"n": 2, "event": "Утверждение"})]),
    "unknown event kind": (
        {"events": [EventDraft("signed", SIGNED), EventDraft("celebrated", D(2026, 1, 1))]},
        [("events", "Event {n}: unknown kind “{value}”.", {"n": 2, "value": "celebrated"})]),
    "takes effect before it happened": (
        {"events": [EventDraft("ratified", D(2026, 3, 10), D(2026, 3, 1))]},
        [("events", "Event {n} ({event}): takes effect {effective} before it happened {act}.",
          {"n": 1, "event": "Ратификация", "effective": "01.03.2026", "act": "10.03.2026"})]),
    "termination before entry into force": (
        {"events": [EventDraft("entered_into_force", D(2026, 1, 1)),
                    EventDraft("terminated", D(2025, 12, 31))]},
        [("events", "The instrument ends ({date}) before it enters into force ({force}).",
          {"date": "31.12.2025", "force": "01.01.2026"})]),
    "expiry before entry into force": (
        {"events": [EventDraft("expired", D(2026, 2, 1)),
                    EventDraft("entered_into_force", D(2026, 3, 1))]},
        [("events", "The instrument ends ({date}) before it enters into force ({force}).",
          {"date": "01.02.2026", "force": "01.03.2026"})]),
    "denunciation taking effect before entry into force": (
        {"events": [EventDraft("entered_into_force", D(2026, 3, 1)),
                    EventDraft("denounced", D(2026, 1, 1), D(2026, 2, 1))]},
        [("events", "The instrument ends ({date}) before it enters into force ({force}).",
          {"date": "01.02.2026", "force": "01.03.2026"})]),
    "termination without entry into force is fine": (
        {"events": [EventDraft("terminated", D(2026, 1, 1))]}, []),
    "ends on the day it enters into force": (
        {"events": [EventDraft("entered_into_force", D(2026, 1, 1)),
                    EventDraft("terminated", D(2026, 1, 1))]}, []),
    "event of a body that is not a party": (
        {"events": [EventDraft("ratified", D(2026, 1, 1), party_organisation_id=99)]},
        [("events", "Event {n} ({event}) concerns a body that is not a party.",
          {"n": 1, "event": "Ратификация"})]),
    "event of a party": (
        {"events": [EventDraft("ratified", D(2026, 1, 1), party_organisation_id=2)]}, []),
}


@pytest.mark.parametrize("changes,expected", INSTRUMENT_CASES.values(),
                         ids=INSTRUMENT_CASES.keys())
def test_validate_instrument(changes, expected):
    problems = validate_instrument(draft(**changes), TODAY)
    assert found(problems) == expected
    for p in problems:
        assert p.message_id in catalogue("ru") and p.message_id in catalogue("ky")
        assert p.message("ru") and "{" not in p.message("ru")


def test_every_problem_at_once_in_the_order_of_the_form():
    d = InstrumentDraft(
        title="", kind="", level="x", signed_date=D(2027, 1, 1), signed_date_precision="?",
        confidentiality="", languages=["xx"], parties=[kg(), kg(), ru()],
        duration_years=None, renewal_years=1, renewal_notice_months=12,
        events=[EventDraft("entered_into_force", D(2026, 12, 31)),
                EventDraft("terminated", D(2026, 1, 1))])
    problems = validate_instrument(d, TODAY)
    assert [p.field for p in problems] == [
        "title", "kind", "level", "signed_date", "signed_date_precision", "confidentiality",
        "languages", "parties", "parties", "renewal_years", "renewal_notice_months",
        "events", "events", "events"]
    error = ValidationError(problems)
    assert set(error.by_field()) == {p.field for p in problems}
    assert len(error.by_field()["events"]) == 3
    assert error.message("ru").splitlines()[0] == "Запись не сохранена. Выявлено проблем: 14."
    assert error.message("en").splitlines()[0] == "The record was not saved: 14 problem(s)."


# --- meetings and organisations --------------------------------------------------------------

def meeting(**changes) -> MeetingDraft:
    base = MeetingDraft(title="Переговоры президентов КР и РФ", kind="talks",
                        start_date=SIGNED, end_date=SIGNED, city="Бишкек",
                        venue="Ынтымак Ордо", level="head_of_state", countries=["KG", "RU"])
    return replace(base, **changes)


MEETING_CASES = {
    "valid": ({}, []),
    "one day without an end date": ({"end_date": None}, []),
    "several days": ({"end_date": D(2025, 11, 27)}, []),
    "level optional": ({"level": None}, []),
    "title required": ({"title": ""}, [("title", "The title is required.", {})]),
    "kind required": ({"kind": ""}, [("kind", CHOOSE, {"field": "Вид"})]),
    "unknown kind": ({"kind": "party"}, [("kind", UNKNOWN, {"value": "party", "field": "Вид"})]),
    "unknown level": ({"level": "emperor"},
                      [("level", UNKNOWN, {"value": "emperor", "field": "Уровень"})]),
    "start date required": ({"start_date": None, "end_date": None},
                            [("start_date", "The start date is required.", {})]),
    "ends before it starts": (
        {"end_date": D(2025, 11, 25)},
        [("end_date", "The meeting ends ({end}) before it starts ({start}).",
          {"end": "25.11.2025", "start": "26.11.2025"})]),
}


@pytest.mark.parametrize("changes,expected", MEETING_CASES.values(), ids=MEETING_CASES.keys())
def test_validate_meeting(changes, expected):
    assert found(validate_meeting(meeting(**changes))) == expected


ORGANISATION_CASES = {
    "valid": ({}, []),
    "name required": ({"name": " "}, [("name", "The name is required.", {})]),
    "kind required": ({"kind": ""}, [("organisation_kind", CHOOSE, {"field": "Вид органа"})]),
    "unknown kind": ({"kind": "club"}, [("organisation_kind", UNKNOWN,
                                         {"value": "club", "field": "Вид органа"})]),
    "everything wrong": ({"name": "", "kind": "club"}, [
        ("name", "The name is required.", {}),
        ("organisation_kind", UNKNOWN, {"value": "club", "field": "Вид органа"})]),
}


@pytest.mark.parametrize("changes,expected", ORGANISATION_CASES.values(),
                         ids=ORGANISATION_CASES.keys())
def test_validate_organisation(changes, expected):
    o = OrganisationDraft(name="Министерство иностранных дел Кыргызской Республики",
                          kind="ministry", country="KG")
    assert found(validate_organisation(replace(o, **changes))) == expected


# --- number pattern -----------------------------------------------------------------------

PATTERN_ID = ("The pattern needs {{seq}} and may use only {{year}}, {{seq}}, {{kind}} and "
              "{{level}}; wrong: {tokens}.")


@pytest.mark.parametrize("pattern,tokens", [
    ("{year}/{kind}-{seq:04d}", None),
    ("{level}-{seq}", None),
    ("{year}/{kind}", "seq"),
    ("{year}/{month}", "month, seq"),
    ("{year}/{seq", "{year}/{seq"),
    ("{kind:04d}-{seq}", "{kind:04d}-{seq}"),
], ids=["default", "level", "without seq", "unknown token", "unclosed brace",
        "spec not for text"])
def test_validate_number_pattern(pattern, tokens):
    problems = validate_number_pattern(pattern)
    if tokens is None:
        assert problems == []
    else:
        assert found(problems) == [("number_pattern", PATTERN_ID, {"tokens": tokens})]


# --- messages in Russian, Kyrgyz and English -------------------------------------------------

RENDER_CASES = {
    "title required": (
        lambda: validate_instrument(draft(title=""), TODAY)[0], {
            "ru": "Название обязательно для заполнения.",
            "ky": "Аталышы милдеттүү түрдө толтурулат.",
            "en": "The title is required."}),
    "kind required": (
        lambda: validate_instrument(draft(kind=""), TODAY)[0], {
            "ru": "Выберите значение в поле «Вид».",
            "ky": "«Түрү» талаасы үчүн маани тандаңыз.",
            "en": "Choose a value for “Kind”."}),
    "future signature": (
        lambda: validate_instrument(draft(signed_date=D(2026, 12, 1), events=[]), TODAY)[0], {
            "ru": "Дата подписания 01.12.2026 ещё не наступила.",
            "ky": "Кол коюлган күнү 01.12.2026 али келе элек.",
            "en": "The date of signature 01.12.2026 is in the future."}),
    "bilateral with three parties": (
        lambda: validate_instrument(draft(parties=[kg(), ru(), PartyDraft(name="X")]),
                                    TODAY)[0], {
            "ru": "У двустороннего документа две стороны; указано: 3. Отметьте документ как "
                  "многосторонний или удалите лишнюю сторону.",
            "ky": "Эки тараптуу документтин эки тарабы болот; көрсөтүлгөнү: 3. Документти көп "
                  "тараптуу деп белгилеңиз же ашыкча тарапты өчүрүңүз.",
            "en": "A bilateral instrument has two parties; 3 given. Mark it as multilateral or "
                  "remove a party."}),
    "negative duration": (
        lambda: validate_instrument(draft(duration_years=-2), TODAY)[0], {
            "ru": "Значение поля «Срок действия (лет)» должно быть положительным числом, "
                  "а не -2.",
            "ky": "«Колдонуу мөөнөтү (жыл)» талаасы оң сан болушу керек, -2 эмес.",
            "en": "“Duration (years)” must be a positive number, not -2."}),
    "event before signature": (
        lambda: validate_instrument(draft(events=[EventDraft("signed", SIGNED),
                                                  EventDraft("ratified", D(2025, 1, 1))]),
                                    TODAY)[0], {
            "ru": "Событие № 2 (Ратификация) от 01.01.2025 предшествует подписанию "
                  "(26.11.2025).",
            "ky": "2-окуя (Ратификациялоо), 01.01.2025, кол коюлган күндөн (26.11.2025) мурун.",
            "en": "Event 2 (Ratified) on 01.01.2025 is before signature (26.11.2025)."}),
    "entry into force before signature": (
        lambda: validate_instrument(draft(events=[
            EventDraft("entered_into_force", D(2025, 11, 1))]), TODAY)[0], {
            "ru": "Дата вступления в силу (01.11.2025) раньше даты подписания (26.11.2025).",
            "ky": "Күчүнө кирген күнү (01.11.2025) кол коюлган күнүнөн (26.11.2025) мурун.",
            "en": "Entry into force (01.11.2025) is before signature (26.11.2025)."}),
    "meeting ends before it starts": (
        lambda: validate_meeting(meeting(end_date=D(2025, 11, 20)))[0], {
            "ru": "Дата окончания встречи (20.11.2025) раньше даты её начала (26.11.2025).",
            "ky": "Жолугушуунун аяктаган күнү (20.11.2025) башталган күнүнөн (26.11.2025) "
                  "мурун.",
            "en": "The meeting ends (20.11.2025) before it starts (26.11.2025)."}),
    "number pattern": (
        lambda: validate_number_pattern("{year}/{month}")[0], {
            "ru": "Шаблон должен содержать {seq} и может включать только {year}, {seq}, "
                  "{kind} и {level}; ошибка в: month, seq.",
            "ky": "Үлгүдө {seq} болушу керек, андан тышкары {year}, {seq}, {kind} жана {level} "
                  "гана колдонулат; туура эмес: month, seq.",
            "en": "The pattern needs {seq} and may use only {year}, {seq}, {kind} and {level}; "
                  "wrong: month, seq."}),
    "a problem of a record in a batch": (
        lambda: replace(validate_instrument(draft(title=""), TODAY)[0], record=3), {
            "ru": "Запись 3: Название обязательно для заполнения.",
            "ky": "3-жазуу: Аталышы милдеттүү түрдө толтурулат.",
            "en": "Record 3: The title is required."}),
}


@pytest.mark.parametrize("lang", ["ru", "ky", "en"])
@pytest.mark.parametrize("make,texts", RENDER_CASES.values(), ids=RENDER_CASES.keys())
def test_messages_in_three_languages(make, texts, lang):
    # Validation runs in the user's language (labels of fields and events are put in then).
    with language(lang):
        p = make()
        assert p.message() == texts[lang]
    assert p.message(lang) == texts[lang]


def test_russian_is_the_default():
    p = validate_instrument(draft(title=""), TODAY)[0]
    assert p.message() == "Название обязательно для заполнения."


def test_labels_follow_the_language_of_rendering():
    p = validate_instrument(draft(kind=""), TODAY)[0]  # made in Russian
    assert p.message("en") == "Choose a value for “Kind”."
    event = validate_instrument(draft(events=[EventDraft("signed", SIGNED),
                                              EventDraft("approved", None)]), TODAY)[0]
    assert event.message("en") == "Event 2 (Approved): the date is required."
    assert event.message("ru") == "Событие № 2 (Утверждение): не указана дата."


def test_every_field_label_is_translated():
    for label in FIELD_LABELS.values():
        assert catalogue("ru").get(label), label
        assert catalogue("ky").get(label), label
