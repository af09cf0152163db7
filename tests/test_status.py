"""The derived status of an instrument: models/status.py, table by table, no database."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date

import pytest

from models.status import EventFact, StatusResult, TermInfo, Terms, derive_status, \
    event_order, sorted_events

D = date


def ev(kind: str, act: date, effective: date | None = None, party: str | None = None):
    return EventFact(kind, act, effective, party)


@dataclass(frozen=True)
class Case:
    terms: Terms
    events: list
    today: date
    status: str
    # Only the fields named here are checked (besides the status).
    term: dict = field(default_factory=dict)
    changes_on: object = "unchecked"


# The Kyrgyz ratification chain of the design guide: 23.01.2024 signature, 23.10.2024 law
# adopted, 21.11.2024 law signed, 26.11.2024 publication, then notification and entry into force.
CHAIN = [
    ev("signed", D(2024, 1, 23)),
    ev("internal_procedures_started", D(2024, 3, 1)),
    ev("ratified", D(2024, 10, 23), D(2024, 11, 21)),
    ev("published", D(2024, 11, 26)),
    ev("notification_sent", D(2024, 12, 5)),
    ev("notification_received", D(2025, 1, 15)),
    ev("entered_into_force", D(2025, 2, 14)),
]
TREATY = Terms(signed_date=D(2024, 1, 23))
# 1 June 2015 in force for 5 years, then renewed tacitly for 1 year at a time unless notice is
# given 6 months before a term ends: terms end 1.6.2020, 1.6.2021, 1.6.2022, 1.6.2023 ...
RENEWING = Terms(signed_date=D(2015, 1, 10), duration_years=5, renewal_years=1,
                 renewal_notice_months=6)
RENEWING_EVENTS = [ev("signed", D(2015, 1, 10)), ev("entered_into_force", D(2015, 6, 1))]

CASES = {
    # --- before entry into force ------------------------------------------------------------
    "signed only": Case(
        Terms(D(2025, 11, 26)), [ev("signed", D(2025, 11, 26))], D(2026, 1, 1), "signed",
        {"in_force_since": None, "final_expiry": None, "current_term_end": None,
         "renews_tacitly": False, "notice_deadline": None}, None),
    "no events at all": Case(Terms(D(2025, 11, 26)), [], D(2026, 1, 1), "signed", {}, None),
    "internal procedures started": Case(
        TREATY, CHAIN[:2], D(2024, 5, 1), "internal_procedures", {"in_force_since": None}, None),
    "ratification counts from the day the law takes effect": Case(
        TREATY, CHAIN[:1] + [CHAIN[2]], D(2024, 11, 1), "signed", {}, D(2024, 11, 21)),
    "ratified, published, notified": Case(
        TREATY, CHAIN[:6], D(2025, 2, 1), "internal_procedures", {"in_force_since": None}, None),
    "entry into force fixed for a future date is not counted yet": Case(
        TREATY, CHAIN, D(2025, 2, 13), "internal_procedures",
        # ... but the term is already known from it
        {"in_force_since": D(2025, 2, 14), "final_expiry": None}, D(2025, 2, 14)),
    "enters into force on the day itself": Case(
        TREATY, CHAIN, D(2025, 2, 14), "in_force",
        {"in_force_since": D(2025, 2, 14), "final_expiry": None, "current_term_end": None,
         "renews_tacitly": False, "notice_deadline": None}, None),
    "entry into force with a separate effective date": Case(
        TREATY, [ev("signed", D(2024, 1, 23)),
                 ev("entered_into_force", D(2024, 3, 1), D(2024, 4, 1))],
        D(2024, 3, 15), "signed", {"in_force_since": D(2024, 4, 1)}, D(2024, 4, 1)),
    # --- indefinite and fixed duration -----------------------------------------------------
    "indefinite duration stays in force": Case(
        TREATY, CHAIN, D(2075, 1, 1), "in_force",
        {"in_force_since": D(2025, 2, 14), "final_expiry": None}, None),
    "fixed duration, day before expiry": Case(
        Terms(D(2019, 12, 1), duration_years=5),
        [ev("signed", D(2019, 12, 1)), ev("entered_into_force", D(2020, 3, 1))],
        D(2025, 2, 28), "in_force",
        {"in_force_since": D(2020, 3, 1), "final_expiry": D(2025, 3, 1),
         "current_term_end": D(2025, 3, 1), "renews_tacitly": False, "notice_deadline": None},
        D(2025, 3, 1)),
    "fixed duration, expiry day": Case(
        Terms(D(2019, 12, 1), duration_years=5),
        [ev("signed", D(2019, 12, 1)), ev("entered_into_force", D(2020, 3, 1))],
        D(2025, 3, 1), "expired", {"final_expiry": D(2025, 3, 1)}, None),
    "fixed duration never entered into force: no expiry": Case(
        Terms(D(2010, 1, 1), duration_years=5), [ev("signed", D(2010, 1, 1))],
        D(2020, 1, 1), "signed", {"final_expiry": None}, None),
    "entered into force 29.02.2024 for 1 year: in force on 27.02.2025": Case(
        Terms(D(2024, 2, 1), duration_years=1), [ev("entered_into_force", D(2024, 2, 29))],
        D(2025, 2, 27), "in_force", {"final_expiry": D(2025, 2, 28)}, D(2025, 2, 28)),
    "entered into force 29.02.2024 for 1 year: expired on 28.02.2025": Case(
        Terms(D(2024, 2, 1), duration_years=1), [ev("entered_into_force", D(2024, 2, 29))],
        D(2025, 2, 28), "expired", {"final_expiry": D(2025, 2, 28)}),
    "entered into force 29.02.2024 for 4 years: 29.02.2028": Case(
        Terms(D(2024, 2, 1), duration_years=4), [ev("entered_into_force", D(2024, 2, 29))],
        D(2028, 2, 28), "in_force", {"final_expiry": D(2028, 2, 29)}),
    "explicit expiry event": Case(
        TREATY, CHAIN + [ev("expired", D(2030, 1, 1))], D(2030, 1, 1), "expired"),
    # --- effective on signature -----------------------------------------------------------
    "memorandum in force on signature": Case(
        Terms(D(2025, 11, 26), effective_on_signature=True), [ev("signed", D(2025, 11, 26))],
        D(2025, 11, 26), "in_force", {"in_force_since": D(2025, 11, 26), "final_expiry": None}),
    "memorandum without any event": Case(
        Terms(D(2025, 11, 26), effective_on_signature=True), [], D(2025, 12, 1), "in_force",
        {"in_force_since": D(2025, 11, 26)}),
    "memorandum dated in the future is only signed": Case(
        Terms(D(2026, 3, 1), effective_on_signature=True), [], D(2026, 2, 1), "signed",
        {"in_force_since": None}),
    "memorandum signed 29.02.2024 for 1 year": Case(
        Terms(D(2024, 2, 29), effective_on_signature=True, duration_years=1), [],
        D(2025, 2, 27), "in_force",
        {"in_force_since": D(2024, 2, 29), "final_expiry": D(2025, 2, 28)}, D(2025, 2, 28)),
    "memorandum signed 29.02.2024 for 1 year, expired": Case(
        Terms(D(2024, 2, 29), effective_on_signature=True, duration_years=1), [],
        D(2025, 2, 28), "expired", {"final_expiry": D(2025, 2, 28)}),
    "memorandum: procedure events do not put it back to procedures": Case(
        Terms(D(2025, 1, 10), effective_on_signature=True),
        [ev("signed", D(2025, 1, 10)), ev("approved", D(2025, 2, 1))], D(2025, 3, 1), "in_force"),
    # --- tacit renewal ----------------------------------------------------------------------
    "first term running, notice still possible": Case(
        RENEWING, RENEWING_EVENTS, D(2019, 6, 1), "in_force",
        {"in_force_since": D(2015, 6, 1), "final_expiry": None,
         "current_term_end": D(2020, 6, 1), "renews_tacitly": True,
         "notice_deadline": D(2019, 12, 1)}, D(2019, 12, 2)),
    "last day for notice of non-renewal is today": Case(
        RENEWING, RENEWING_EVENTS, D(2019, 12, 1), "in_force",
        {"current_term_end": D(2020, 6, 1), "notice_deadline": D(2019, 12, 1)}, D(2019, 12, 2)),
    "notice deadline passed, term not yet ended": Case(
        RENEWING, RENEWING_EVENTS, D(2020, 1, 15), "in_force",
        {"current_term_end": D(2020, 6, 1), "renews_tacitly": True,
         "notice_deadline": D(2019, 12, 1)}, D(2020, 6, 1)),
    "renewed on the day the term ended": Case(
        RENEWING, RENEWING_EVENTS, D(2020, 6, 1), "in_force",
        {"current_term_end": D(2021, 6, 1), "notice_deadline": D(2020, 12, 1),
         "final_expiry": None}, D(2020, 12, 2)),
    "several renewals passed": Case(
        RENEWING, RENEWING_EVENTS, D(2022, 8, 1), "in_force",
        {"in_force_since": D(2015, 6, 1), "final_expiry": None,
         "current_term_end": D(2023, 6, 1), "renews_tacitly": True,
         "notice_deadline": D(2022, 12, 1)}, D(2022, 12, 2)),
    "max renewals: last term running": Case(
        Terms(D(2015, 1, 10), duration_years=5, renewal_years=1, renewal_notice_months=6,
              max_renewals=2), RENEWING_EVENTS, D(2022, 5, 1), "in_force",
        {"final_expiry": D(2022, 6, 1), "current_term_end": D(2022, 6, 1),
         "renews_tacitly": False, "notice_deadline": None}, D(2022, 6, 1)),
    "max renewals exhausted": Case(
        Terms(D(2015, 1, 10), duration_years=5, renewal_years=1, renewal_notice_months=6,
              max_renewals=2), RENEWING_EVENTS, D(2022, 8, 1), "expired",
        {"final_expiry": D(2022, 6, 1)}, None),
    "max renewals zero: first term is the only one": Case(
        Terms(D(2015, 1, 10), duration_years=5, renewal_years=1, renewal_notice_months=6,
              max_renewals=0), RENEWING_EVENTS, D(2020, 6, 1), "expired",
        {"final_expiry": D(2020, 6, 1)}),
    "notice of non-renewal before the deadline: ends with the term": Case(
        RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2021, 11, 15))],
        D(2022, 1, 10), "in_force",
        {"final_expiry": D(2022, 6, 1), "current_term_end": D(2022, 6, 1),
         "renews_tacitly": False, "notice_deadline": None}, D(2022, 6, 1)),
    "notice of non-renewal before the deadline: expired afterwards": Case(
        RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2021, 11, 15))],
        D(2022, 6, 1), "expired", {"final_expiry": D(2022, 6, 1)}, None),
    "notice of non-renewal on the last day counts": Case(
        RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2021, 12, 1))],
        D(2022, 8, 1), "expired", {"final_expiry": D(2022, 6, 1)}),
    "notice of non-renewal a day late: one more term": Case(
        RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2021, 12, 2))],
        D(2022, 8, 1), "in_force",
        {"final_expiry": D(2023, 6, 1), "current_term_end": D(2023, 6, 1),
         "renews_tacitly": False, "notice_deadline": None}, D(2023, 6, 1)),
    "notice of non-renewal a day late: expired after the next term": Case(
        RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2021, 12, 2))],
        D(2023, 6, 1), "expired", {"final_expiry": D(2023, 6, 1)}),
    "renewal without a notice period: notice up to the last day": Case(
        Terms(D(2015, 1, 10), duration_years=5, renewal_years=5), RENEWING_EVENTS,
        D(2020, 5, 31), "in_force",
        {"current_term_end": D(2020, 6, 1), "notice_deadline": D(2020, 6, 1)}),
    "renewal of terms starting on 29 February": Case(
        Terms(D(2024, 2, 29), effective_on_signature=True, duration_years=1, renewal_years=1,
              renewal_notice_months=1), [], D(2025, 3, 1), "in_force",
        {"current_term_end": D(2026, 2, 28), "notice_deadline": D(2026, 1, 28)}),
    # --- ended before expiry ----------------------------------------------------------------
    "terminated before expiry": Case(
        Terms(D(2019, 12, 1), duration_years=10),
        [ev("entered_into_force", D(2020, 1, 1)), ev("terminated", D(2023, 5, 5))],
        D(2024, 1, 1), "terminated", {"final_expiry": D(2030, 1, 1)}),
    "denounced: in force until the denunciation takes effect": Case(
        TREATY, CHAIN + [ev("denounced", D(2026, 1, 10), D(2026, 7, 10))], D(2026, 3, 1),
        "in_force", {}, D(2026, 7, 10)),
    "denounced: terminated when the denunciation takes effect": Case(
        TREATY, CHAIN + [ev("denounced", D(2026, 1, 10), D(2026, 7, 10))], D(2026, 7, 10),
        "terminated", {}, None),
    "denunciation of a renewing instrument also stops renewal": Case(
        RENEWING, RENEWING_EVENTS + [ev("denounced", D(2021, 11, 1), D(2022, 9, 1))],
        D(2022, 7, 1), "expired", {"final_expiry": D(2022, 6, 1)}),
    "termination of an instrument never in force": Case(
        TREATY, CHAIN[:3] + [ev("terminated", D(2025, 1, 1))], D(2025, 6, 1), "terminated"),
    "withdrawal from a bilateral instrument ends it": Case(
        TREATY, CHAIN + [ev("withdrawn", D(2026, 1, 1))], D(2026, 1, 2), "terminated"),
    "events after termination change nothing": Case(
        TREATY, CHAIN + [ev("terminated", D(2026, 1, 1)), ev("resumed", D(2026, 2, 1)),
                         ev("entered_into_force", D(2026, 3, 1))],
        D(2026, 4, 1), "terminated"),
    # --- suspension ----------------------------------------------------------------------
    "suspended": Case(TREATY, CHAIN + [ev("suspended", D(2026, 3, 1))], D(2026, 6, 1),
                      "suspended", {"in_force_since": D(2025, 2, 14)}),
    "suspended then resumed": Case(
        TREATY, CHAIN + [ev("suspended", D(2026, 3, 1)), ev("resumed", D(2026, 9, 1))],
        D(2026, 9, 1), "in_force", {"in_force_since": D(2025, 2, 14)}, None),
    "resumption in the future not counted yet": Case(
        TREATY, CHAIN + [ev("suspended", D(2026, 3, 1)), ev("resumed", D(2026, 9, 1))],
        D(2026, 8, 31), "suspended", {}, D(2026, 9, 1)),
    "suspension of an instrument not in force is ignored": Case(
        TREATY, CHAIN[:2] + [ev("suspended", D(2024, 6, 1))], D(2024, 7, 1),
        "internal_procedures"),
    "suspended instrument still expires": Case(
        Terms(D(2019, 12, 1), duration_years=2),
        [ev("entered_into_force", D(2020, 1, 1)), ev("suspended", D(2021, 1, 1))],
        D(2022, 1, 1), "expired", {"final_expiry": D(2022, 1, 1)}),
    # --- provisional application ------------------------------------------------------------
    "provisionally applied from signature": Case(
        TREATY, [ev("signed", D(2024, 1, 23)), ev("provisionally_applied", D(2024, 1, 23))],
        D(2024, 2, 1), "provisionally_applied", {"in_force_since": None}),
    "provisionally applied during procedures": Case(
        TREATY, CHAIN[:3] + [ev("provisionally_applied", D(2024, 2, 1))], D(2024, 12, 1),
        "provisionally_applied"),
    "provisional application ends in entry into force": Case(
        TREATY, CHAIN + [ev("provisionally_applied", D(2024, 2, 1))], D(2025, 3, 1),
        "in_force", {"in_force_since": D(2025, 2, 14)}),
    "provisional application suspended": Case(
        TREATY, [ev("provisionally_applied", D(2024, 2, 1)), ev("suspended", D(2024, 5, 1))],
        D(2024, 6, 1), "suspended"),
    "provisional application suspended and resumed stays provisional": Case(
        TREATY, [ev("provisionally_applied", D(2024, 2, 1)), ev("suspended", D(2024, 5, 1)),
                 ev("resumed", D(2024, 8, 1))],
        D(2024, 9, 1), "provisionally_applied", {"in_force_since": None}),
    "entry into force while suspended, then resumed": Case(
        TREATY, [ev("provisionally_applied", D(2024, 2, 1)), ev("suspended", D(2024, 5, 1)),
                 ev("entered_into_force", D(2024, 6, 1)), ev("resumed", D(2024, 8, 1))],
        D(2024, 9, 1), "in_force", {"in_force_since": D(2024, 6, 1)}),
    # --- superseded ---------------------------------------------------------------------------
    "superseded from the day the new instrument takes over": Case(
        Terms(D(2010, 1, 1), superseded_on=D(2025, 5, 1)),
        [ev("entered_into_force", D(2010, 6, 1))], D(2025, 5, 1), "superseded"),
    "not yet superseded the day before": Case(
        Terms(D(2010, 1, 1), superseded_on=D(2025, 5, 1)),
        [ev("entered_into_force", D(2010, 6, 1))], D(2025, 4, 30), "in_force", {},
        D(2025, 5, 1)),
    "an expired instrument stays expired when replaced later": Case(
        Terms(D(2010, 1, 1), duration_years=5, superseded_on=D(2025, 5, 1)),
        [ev("entered_into_force", D(2010, 6, 1))], D(2025, 6, 1), "expired"),
    "a terminated instrument stays terminated when replaced later": Case(
        Terms(D(2010, 1, 1), superseded_on=D(2025, 5, 1)),
        [ev("entered_into_force", D(2010, 6, 1)), ev("terminated", D(2020, 1, 1))],
        D(2025, 6, 1), "terminated"),
    # --- multilateral -------------------------------------------------------------------------
    "multilateral: signed by several parties": Case(
        Terms(D(2023, 5, 1), multilateral=True),
        [ev("signed", D(2023, 5, 1), party="1"), ev("signed", D(2023, 5, 1), party="2"),
         ev("ratified", D(2023, 9, 1), party="1")], D(2024, 1, 1), "internal_procedures"),
    "multilateral: in force once in force for one party": Case(
        Terms(D(2023, 5, 1), multilateral=True),
        [ev("signed", D(2023, 5, 1), party="1"), ev("ratified", D(2023, 9, 1), party="1"),
         ev("entered_into_force", D(2024, 1, 1), party="1"),
         ev("entered_into_force", D(2024, 6, 1), party="2")],
        D(2024, 2, 1), "in_force", {"in_force_since": D(2024, 1, 1)}, D(2024, 6, 1)),
    "multilateral: a party's withdrawal does not end the instrument": Case(
        Terms(D(2023, 5, 1), multilateral=True),
        [ev("entered_into_force", D(2024, 1, 1), party="1"),
         ev("withdrawn", D(2025, 1, 1), party="2"), ev("denounced", D(2025, 2, 1), party="3")],
        D(2025, 6, 1), "in_force"),
    "multilateral: termination of the whole instrument": Case(
        Terms(D(2023, 5, 1), multilateral=True),
        [ev("entered_into_force", D(2024, 1, 1), party="1"), ev("terminated", D(2025, 1, 1))],
        D(2025, 6, 1), "terminated"),
    "multilateral: a party's notice does not stop the renewal for all": Case(
        Terms(D(2015, 1, 10), duration_years=5, renewal_years=1, renewal_notice_months=6,
              multilateral=True),
        [ev("entered_into_force", D(2015, 6, 1), party="1"),
         ev("non_renewal_notice", D(2019, 11, 1), party="2")],
        D(2020, 8, 1), "in_force",
        {"final_expiry": None, "current_term_end": D(2021, 6, 1), "renews_tacitly": True}),
    "bilateral: a notice naming the party that gave it stops the renewal": Case(
        RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2019, 11, 1), party="2")],
        D(2020, 8, 1), "expired", {"final_expiry": D(2020, 6, 1)}),
    "multilateral: a notice for all stops the renewal": Case(
        Terms(D(2015, 1, 10), duration_years=5, renewal_years=1, renewal_notice_months=6,
              multilateral=True),
        [ev("entered_into_force", D(2015, 6, 1), party="1"),
         ev("non_renewal_notice", D(2019, 11, 1))],
        D(2020, 8, 1), "expired", {"final_expiry": D(2020, 6, 1)}),
    # --- same day ----------------------------------------------------------------------------
    "signed and in force the same day, entered in reverse": Case(
        TREATY, [ev("entered_into_force", D(2024, 1, 23)), ev("signed", D(2024, 1, 23))],
        D(2024, 1, 23), "in_force"),
    "in force and terminated the same day": Case(
        TREATY, [ev("terminated", D(2024, 5, 1)), ev("entered_into_force", D(2024, 5, 1))],
        D(2024, 5, 1), "terminated", {"in_force_since": D(2024, 5, 1)}),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_derive_status(case: Case):
    result = derive_status(case.terms, case.events, case.today)
    assert isinstance(result, StatusResult)
    assert result.status == case.status
    for name, expected in case.term.items():
        assert getattr(result.term, name) == expected, name
    if case.changes_on != "unchecked":
        assert result.changes_on == case.changes_on


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_derive_status_ignores_entry_order(case: Case):
    expected = derive_status(case.terms, case.events, case.today)
    assert derive_status(case.terms, list(reversed(case.events)), case.today) == expected
    rotated = case.events[len(case.events) // 2:] + case.events[:len(case.events) // 2]
    assert derive_status(case.terms, rotated, case.today) == expected


ORDER_CASES = {
    "ratification chain": (TREATY, CHAIN, D(2025, 3, 1)),
    "renewal with late notice": (
        RENEWING, RENEWING_EVENTS + [ev("non_renewal_notice", D(2021, 12, 2))], D(2022, 8, 1)),
    "suspension and resumption": (
        TREATY, CHAIN[-2:] + [ev("suspended", D(2026, 3, 1)), ev("resumed", D(2026, 9, 1))],
        D(2026, 10, 1)),
}


@pytest.mark.parametrize("terms,events,today", ORDER_CASES.values(), ids=ORDER_CASES.keys())
def test_every_permutation_gives_the_same_result(terms, events, today):
    results = {derive_status(terms, list(p), today) for p in itertools.permutations(events)}
    assert len(results) == 1


def test_status_on_consecutive_days_of_a_whole_life():
    """One instrument day by day: each status begins on the expected day."""
    terms = Terms(D(2024, 2, 29), duration_years=2)
    events = [ev("signed", D(2024, 2, 29)), ev("ratified", D(2024, 6, 3)),
              ev("entered_into_force", D(2024, 9, 1)), ev("suspended", D(2025, 3, 1)),
              ev("resumed", D(2025, 4, 1))]
    expected = {
        D(2024, 2, 28): "signed", D(2024, 2, 29): "signed", D(2024, 6, 2): "signed",
        D(2024, 6, 3): "internal_procedures", D(2024, 8, 31): "internal_procedures",
        D(2024, 9, 1): "in_force", D(2025, 2, 28): "in_force", D(2025, 3, 1): "suspended",
        D(2025, 3, 31): "suspended", D(2025, 4, 1): "in_force", D(2026, 8, 31): "in_force",
        D(2026, 9, 1): "expired", D(2030, 1, 1): "expired",
    }
    got = {day: derive_status(terms, events, day).status for day in expected}
    assert got == expected


def test_changes_on_walks_through_every_change():
    """Following changes_on from the start visits every day on which the status moves."""
    terms = Terms(D(2024, 1, 23), duration_years=1)
    day = D(2024, 1, 1)
    seen = []
    while day is not None:
        result = derive_status(terms, CHAIN, day)
        seen.append((day, result.status))
        day = result.changes_on
    assert seen == [
        (D(2024, 1, 1), "signed"), (D(2024, 1, 23), "signed"),
        (D(2024, 3, 1), "internal_procedures"), (D(2024, 11, 21), "internal_procedures"),
        (D(2024, 11, 26), "internal_procedures"), (D(2024, 12, 5), "internal_procedures"),
        (D(2025, 1, 15), "internal_procedures"), (D(2025, 2, 14), "in_force"),
        (D(2026, 2, 14), "expired"),
    ]


# --- sorted_events and event_order --------------------------------------------------------

SORT_CASES = {
    "already in order": (
        [ev("signed", D(2024, 1, 1)), ev("ratified", D(2024, 2, 1))],
        ["signed", "ratified"]),
    "reversed": (
        [ev("entered_into_force", D(2024, 3, 1)), ev("ratified", D(2024, 2, 1)),
         ev("signed", D(2024, 1, 1))],
        ["signed", "ratified", "entered_into_force"]),
    "same day: the usual sequence": (
        [ev("terminated", D(2024, 1, 1)), ev("entered_into_force", D(2024, 1, 1)),
         ev("resumed", D(2024, 1, 1)), ev("suspended", D(2024, 1, 1)),
         ev("approved", D(2024, 1, 1)), ev("signed", D(2024, 1, 1)),
         ev("provisionally_applied", D(2024, 1, 1))],
        ["signed", "approved", "provisionally_applied", "entered_into_force", "suspended",
         "resumed", "terminated"]),
    "the effective date decides, not the act date": (
        [ev("ratified", D(2024, 1, 5), D(2024, 3, 1)), ev("published", D(2024, 2, 1))],
        ["published", "ratified"]),
    "unknown kinds last on their day": (
        [ev("mystery", D(2024, 1, 1)), ev("terminated", D(2024, 1, 1)),
         ev("signed", D(2024, 1, 2))],
        ["terminated", "mystery", "signed"]),
}


@pytest.mark.parametrize("events,kinds", SORT_CASES.values(), ids=SORT_CASES.keys())
def test_sorted_events(events, kinds):
    assert [e.kind for e in sorted_events(events)] == kinds


def test_sorted_events_returns_a_new_list():
    events = [ev("ratified", D(2024, 2, 1)), ev("signed", D(2024, 1, 1))]
    copy = list(events)
    sorted_events(events)
    assert events == copy


@pytest.mark.parametrize("kind,on,key", [
    ("signed", D(2024, 1, 1), (D(2024, 1, 1), 0)),
    ("entered_into_force", D(2024, 1, 1), (D(2024, 1, 1), 6)),
    ("terminated", D(2024, 1, 1), (D(2024, 1, 1), 12)),
    ("no_such_kind", D(2024, 1, 1), (D(2024, 1, 1), 50)),
], ids=["signed", "entry into force", "terminated", "unknown"])
def test_event_order(kind, on, key):
    assert event_order(kind, on) == key


@pytest.mark.parametrize("fact,on", [
    (EventFact("signed", D(2024, 1, 1)), D(2024, 1, 1)),
    (EventFact("ratified", D(2024, 1, 1), D(2024, 2, 1)), D(2024, 2, 1)),
], ids=["act date", "effective date"])
def test_event_fact_on(fact, on):
    assert fact.on == on


def test_terms_defaults_are_indefinite_and_bilateral():
    terms = Terms(D(2024, 1, 1))
    assert (terms.effective_on_signature, terms.duration_years, terms.renewal_years,
            terms.renewal_notice_months, terms.max_renewals, terms.multilateral,
            terms.superseded_on) == (False, None, None, None, None, False, None)
    assert derive_status(terms, [ev("entered_into_force", D(2024, 1, 1))], D(2100, 1, 1)).term \
        == TermInfo(D(2024, 1, 1), None, None, False, None)
