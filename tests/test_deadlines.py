"""Deadlines that need a clerk's action: models/deadlines.py, no database."""

from __future__ import annotations

from datetime import date

import pytest

from models.deadlines import DEFAULT_HORIZON_DAYS, DEFAULT_PROCEDURE_DAYS, Deadline, \
    deadlines_for, due_within
from models.status import EventFact, Terms, derive_status

D = date


def ev(kind: str, act: date, effective: date | None = None, party: str | None = None):
    return EventFact(kind, act, effective, party)


SIGNED = Terms(D(2025, 11, 26))  # the Bishkek talks
SIGNED_EVENTS = [ev("signed", D(2025, 11, 26))]
RENEWING = Terms(D(2015, 1, 10), duration_years=5, renewal_years=1, renewal_notice_months=6)
RENEWING_EVENTS = [ev("signed", D(2015, 1, 10)), ev("entered_into_force", D(2015, 6, 1))]
LIMITED = Terms(D(2015, 1, 10), duration_years=5, renewal_years=1, renewal_notice_months=6,
                max_renewals=2)

# name: (terms, events, today, procedure_days or None for the default, [(kind, due)])
CASES = {
    # --- internal procedures ------------------------------------------------------------------
    "signed: procedures due 180 days after signature": (
        SIGNED, SIGNED_EVENTS, D(2025, 12, 1), None,
        [("internal_procedures", D(2026, 5, 25))]),
    "signed: custom 90 days": (
        SIGNED, SIGNED_EVENTS, D(2025, 12, 1), 90, [("internal_procedures", D(2026, 2, 24))]),
    "signed: custom 365 days": (
        SIGNED, SIGNED_EVENTS, D(2025, 12, 1), 365, [("internal_procedures", D(2026, 11, 26))]),
    "signed without any event": (
        SIGNED, [], D(2025, 12, 1), None, [("internal_procedures", D(2026, 5, 25))]),
    "procedures started: still due": (
        SIGNED, SIGNED_EVENTS + [ev("internal_procedures_started", D(2026, 1, 15))],
        D(2026, 2, 1), None, [("internal_procedures", D(2026, 5, 25))]),
    "procedures overdue: still listed": (
        SIGNED, SIGNED_EVENTS + [ev("ratified", D(2026, 3, 1))], D(2026, 11, 25), None,
        [("internal_procedures", D(2026, 5, 25))]),
    "signed 29.02.2024: 180 days": (
        Terms(D(2024, 2, 29)), [], D(2024, 3, 1), None,
        [("internal_procedures", D(2024, 8, 27))]),
    "in force: no procedures left": (
        SIGNED, SIGNED_EVENTS + [ev("entered_into_force", D(2026, 1, 1))], D(2026, 11, 25),
        None, []),
    "entry into force fixed for later: procedures still open until then": (
        SIGNED, SIGNED_EVENTS + [ev("entered_into_force", D(2027, 1, 1))], D(2026, 11, 25),
        None, [("internal_procedures", D(2026, 5, 25))]),
    "no date of signature: nothing to count from": (
        Terms(None), [], D(2026, 11, 25), None, []),
    # --- effective on signature ---------------------------------------------------------------
    "memorandum in force on signature: no procedures": (
        Terms(D(2025, 11, 26), effective_on_signature=True), SIGNED_EVENTS, D(2025, 12, 1),
        None, []),
    "memorandum dated in the future: no procedures either": (
        Terms(D(2026, 3, 1), effective_on_signature=True), [], D(2026, 1, 1), None, []),
    "memorandum for 3 years: expiry": (
        Terms(D(2025, 11, 26), effective_on_signature=True, duration_years=3), SIGNED_EVENTS,
        D(2025, 12, 1), None, [("expiry", D(2028, 11, 26))]),
    "memorandum signed 29.02.2024 for 1 year: expiry 28.02.2025": (
        Terms(D(2024, 2, 29), effective_on_signature=True, duration_years=1), [],
        D(2025, 1, 1), None, [("expiry", D(2025, 2, 28))]),
    # --- expiry and renewal -----------------------------------------------------------------
    "indefinite: nothing due": (
        SIGNED, SIGNED_EVENTS + [ev("entered_into_force", D(2026, 1, 1))], D(2040, 1, 1),
        None, []),
    "fixed duration: expiry": (
        Terms(D(2019, 12, 1), duration_years=5), [ev("entered_into_force", D(2020, 3, 1))],
        D(2024, 1, 1), None, [("expiry", D(2025, 3, 1))]),
    "fixed duration: expired, nothing due": (
        Terms(D(2019, 12, 1), duration_years=5), [ev("entered_into_force", D(2020, 3, 1))],
        D(2025, 3, 1), None, []),
    "tacit renewal: last day for notice of non-renewal": (
        RENEWING, RENEWING_EVENTS, D(2022, 8, 1), None, [("renewal_notice", D(2022, 12, 1))]),
    "tacit renewal: the last day for notice is today": (
        RENEWING, RENEWING_EVENTS, D(2022, 12, 1), None, [("renewal_notice", D(2022, 12, 1))]),
    "tacit renewal: notice deadline passed, term renews": (
        RENEWING, RENEWING_EVENTS, D(2022, 12, 2), None, []),
    "tacit renewal: next term's deadline after the renewal": (
        RENEWING, RENEWING_EVENTS, D(2023, 6, 1), None, [("renewal_notice", D(2023, 12, 1))]),
    "tacit renewal: notice given, expiry instead": (
        RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2022, 10, 1))], D(2022, 11, 1),
        None, [("expiry", D(2023, 6, 1))]),
    "tacit renewal: late notice, expiry a term later": (
        RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2022, 12, 20))],
        D(2023, 7, 1), None, [("expiry", D(2024, 6, 1))]),
    "max renewals: last term ends without notice": (
        LIMITED, RENEWING_EVENTS, D(2022, 1, 1), None, [("expiry", D(2022, 6, 1))]),
    "max renewals: one renewal left": (
        LIMITED, RENEWING_EVENTS, D(2020, 8, 1), None, [("renewal_notice", D(2020, 12, 1))]),
    "max renewals exhausted and passed": (LIMITED, RENEWING_EVENTS, D(2022, 6, 1), None, []),
    # --- other statuses -------------------------------------------------------------------
    "suspended: the expiry still counts": (
        Terms(D(2019, 12, 1), duration_years=5),
        [ev("entered_into_force", D(2020, 3, 1)), ev("suspended", D(2022, 1, 1))],
        D(2024, 1, 1), None, [("expiry", D(2025, 3, 1))]),
    "terminated: nothing due": (
        Terms(D(2019, 12, 1), duration_years=5),
        [ev("entered_into_force", D(2020, 3, 1)), ev("terminated", D(2022, 1, 1))],
        D(2024, 1, 1), None, []),
    "terminated before entry into force: no procedures due": (
        SIGNED, SIGNED_EVENTS + [ev("terminated", D(2026, 1, 1))], D(2026, 11, 25), None, []),
    "superseded: nothing due": (
        Terms(D(2019, 12, 1), duration_years=10, superseded_on=D(2023, 1, 1)),
        [ev("entered_into_force", D(2020, 3, 1))], D(2024, 1, 1), None, []),
}


@pytest.mark.parametrize("terms,events,today,days,expected", CASES.values(), ids=CASES.keys())
def test_deadlines_for(terms, events, today, days, expected):
    kwargs = {} if days is None else {"procedure_days": days}
    got = deadlines_for(terms, events, today, **kwargs)
    assert [(d.kind, d.due) for d in got] == expected


@pytest.mark.parametrize("terms,events,today,days,expected", CASES.values(), ids=CASES.keys())
def test_deadlines_for_with_a_given_result_agrees(terms, events, today, days, expected):
    result = derive_status(terms, events, today)
    kwargs = {} if days is None else {"procedure_days": days}
    assert deadlines_for(terms, events, today, result=result, **kwargs) == \
        deadlines_for(terms, list(reversed(events)), today, **kwargs)


@pytest.mark.parametrize("terms,events", [
    (SIGNED, SIGNED_EVENTS),
    (RENEWING, RENEWING_EVENTS),
    (LIMITED, RENEWING_EVENTS),
    (RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2021, 3, 1))]),
    (Terms(D(2015, 1, 10), duration_years=5), RENEWING_EVENTS),
    (Terms(D(2015, 1, 10), duration_years=5, renewal_years=5, renewal_notice_months=6),
     RENEWING_EVENTS + [ev("suspended", D(2018, 1, 1)), ev("resumed", D(2019, 1, 1))]),
], ids=["signed", "renewing", "limited renewals", "notice given", "fixed term", "suspended"])
def test_an_instrument_has_at_most_one_open_deadline_on_any_day(terms, events):
    """The registry lists deadlines from the one it stores per instrument."""
    day = D(2014, 12, 1)
    while day < D(2040, 1, 1):
        assert len(deadlines_for(terms, events, day)) <= 1, day
        day = D(day.year + (day.month == 12), day.month % 12 + 1, 1 + (day.month * 7) % 28)


def test_defaults():
    assert DEFAULT_PROCEDURE_DAYS == 180
    assert DEFAULT_HORIZON_DAYS == 90


def test_a_fixed_term_not_yet_in_force_has_no_expiry_yet():
    items = deadlines_for(Terms(D(2025, 11, 26), duration_years=1), SIGNED_EVENTS,
                          D(2025, 12, 1))
    assert [(d.kind, d.due) for d in items] == [("internal_procedures", D(2026, 5, 25))]


# --- Deadline -----------------------------------------------------------------------------

@pytest.mark.parametrize("due,today,left,overdue", [
    (D(2026, 5, 25), D(2026, 5, 1), 24, False),
    (D(2026, 5, 25), D(2026, 5, 25), 0, False),
    (D(2026, 5, 25), D(2026, 5, 26), -1, True),
    (D(2026, 5, 25), D(2026, 11, 25), -184, True),
    (D(2025, 3, 1), D(2025, 2, 28), 1, False),
    (D(2024, 3, 1), D(2024, 2, 28), 2, False),
], ids=["24 days ahead", "due today", "one day late", "184 days late",
        "across February", "across 29 February"])
def test_deadline_days_left_and_overdue(due, today, left, overdue):
    d = Deadline("internal_procedures", due)
    assert d.days_left(today) == left
    assert d.overdue(today) is overdue


def test_procedures_overdue_after_the_default_and_a_custom_period():
    today = D(2026, 3, 1)  # 95 days after the signature on 26.11.2025
    default, = deadlines_for(SIGNED, SIGNED_EVENTS, today)
    custom, = deadlines_for(SIGNED, SIGNED_EVENTS, today, procedure_days=90)
    assert (default.due, default.overdue(today), default.days_left(today)) == \
        (D(2026, 5, 25), False, 85)
    assert (custom.due, custom.overdue(today), custom.days_left(today)) == \
        (D(2026, 2, 24), True, -5)


# --- due_within -----------------------------------------------------------------------------

ITEMS = [
    Deadline("internal_procedures", D(2026, 5, 25)),  # overdue on 25.11.2026
    Deadline("renewal_notice", D(2026, 11, 25)),  # today
    Deadline("expiry", D(2027, 2, 23)),  # in 90 days
    Deadline("expiry", D(2027, 2, 24)),  # in 91 days
    Deadline("renewal_notice", D(2027, 11, 25)),  # in a year
]


@pytest.mark.parametrize("days,expected", [
    (0, [D(2026, 5, 25), D(2026, 11, 25)]),
    (89, [D(2026, 5, 25), D(2026, 11, 25)]),
    (90, [D(2026, 5, 25), D(2026, 11, 25), D(2027, 2, 23)]),
    (91, [D(2026, 5, 25), D(2026, 11, 25), D(2027, 2, 23), D(2027, 2, 24)]),
    (365, [d.due for d in ITEMS]),
], ids=["today only", "89 days", "90 days inclusive", "91 days", "a year"])
def test_due_within(days, expected):
    assert [d.due for d in due_within(ITEMS, D(2026, 11, 25), days)] == expected


def test_due_within_empty():
    assert due_within([], D(2026, 11, 25), 90) == []


def test_what_needs_action_in_the_next_90_days():
    """The first screen: a renewing treaty, a fixed-term one and an unratified one."""
    today = D(2022, 9, 25)
    found = []
    for terms, events in [
        (RENEWING, RENEWING_EVENTS),  # last day for notice 1.12.2022: in 67 days
        (Terms(D(2019, 12, 1), duration_years=3),  # expires 20.12.2022: in 86 days
         [ev("entered_into_force", D(2019, 12, 20))]),
        (Terms(D(2022, 1, 10)), [ev("signed", D(2022, 1, 10))]),  # procedures due 9.7.2022
        (Terms(D(2021, 1, 1), duration_years=10), [ev("entered_into_force", D(2021, 2, 1))]),
    ]:
        found += due_within(deadlines_for(terms, events, today), today, DEFAULT_HORIZON_DAYS)
    assert sorted((d.due, d.kind) for d in found) == [
        (D(2022, 7, 9), "internal_procedures"),
        (D(2022, 12, 1), "renewal_notice"),
        (D(2022, 12, 20), "expiry"),
    ]
