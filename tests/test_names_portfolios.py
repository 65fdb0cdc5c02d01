"""Cabinet portfolios: the one kind of role two documents of the same time can contradict on."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.model import Finding, FindingKind
from crosscheck.names.portfolios import compatible, portfolio_of

from .test_names_findings import corpus_of, run

JUNE = dt.date(2031, 6, 3)
JUNE_LATER = dt.date(2031, 6, 20)
SEPTEMBER = dt.date(2031, 9, 14)


def contradictions(
    *texts: str, dates: tuple[dt.date | None, ...] = (JUNE, JUNE_LATER)
) -> list[Finding]:
    findings = run(corpus_of(*texts, dates=dates))
    return [
        f
        for f in findings
        if f.facet == "person.role"
        and f.category == "contradiction"
        and f.subject.startswith("person:")
    ]


@pytest.mark.parametrize(
    ("role", "portfolio"),
    [
        ("transport minister", "transport"),
        ("interior minister", "interior"),
        ("interior secretary", "interior"),
        ("finance minister", "finance"),
        ("deputy transport minister", None),
        ("prime minister", None),
        ("security minister", None),  # vague: national or public security
        ("trade commissioner", None),
        ("minister", None),
    ],
)
def test_portfolio_of_a_normalised_role(role: str, portfolio: str | None) -> None:
    assert portfolio_of(role) == portfolio


def test_synonym_pairs_are_read_both_ways() -> None:
    assert compatible("finance", "treasury") and compatible("treasury", "finance")
    assert compatible("transport", "transport")
    assert not compatible("transport", "interior")


def test_two_documents_giving_different_portfolios_contradict() -> None:
    texts = (
        "Transport Minister Oskar Lindqvist opened the bridge on Monday.",
        "Oskar Lindqvist, the Minister of Home Affairs, opened the bridge on Monday.",
    )
    [f] = contradictions(*texts)
    assert f.kind is FindingKind.DISCREPANCY
    assert f.subject == "person:~lindqvist-oskar"
    assert "'Transport Minister'" in f.explanation
    assert "'the Minister of Home Affairs'" in f.explanation
    evidence = {
        o.doc_id: [texts[int(o.doc_id[0])][e.start : e.end] for e in o.evidence]
        for o in f.observations
    }
    assert evidence == {"0.txt": ["Transport Minister"], "1.txt": ["the Minister of Home Affairs"]}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one portfolio, two names for it
        (
            "Home Affairs Minister Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Treasury Secretary Mira Castellanos signed the budget.",
            "Finance Minister Mira Castellanos signed the budget.",
        ),
        # one document gives two portfolios: the person may hold both
        (
            "Transport Minister Oskar Lindqvist, who is also interior minister, spoke.",
            "Interior Minister Oskar Lindqvist spoke.",
        ),
        (
            "Oskar Lindqvist, who is transport minister and interior minister, spoke.",
            "Interior Minister Oskar Lindqvist spoke.",
        ),
        (
            "Mira Castellanos, the Minister of Energy and Transport, signed the deal.",
            "Transport Minister Mira Castellanos signed the deal.",
        ),
        # a past, acting, deputy, state, shadow or future role is no rival to the seat held now
        (
            "Former Interior Minister Oskar Lindqvist opened the bridge.",
            "Transport Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Acting Finance Minister Mira Castellanos signed the budget.",
            "Trade Minister Mira Castellanos signed the budget.",
        ),
        (
            "Deputy Transport Minister Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "State Minister for Transport Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Shadow Transport Minister Oskar Lindqvist criticised the bridge.",
            "Interior Minister Oskar Lindqvist criticised the bridge.",
        ),
        (
            "Oskar Lindqvist, the interim transport minister, opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Newly appointed Transport Minister Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        (
            "Transport Minister-designate Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        # a vague portfolio
        (
            "Security Minister Oskar Lindqvist opened the bridge.",
            "Interior Minister Oskar Lindqvist opened the bridge.",
        ),
        # roles that are no cabinet portfolio: a person holds several
        (
            "Prime Minister Oskar Lindqvist opened the bridge.",
            "Finance Minister Oskar Lindqvist opened the bridge.",
        ),
    ],
)
def test_compatible_portfolios_do_not_contradict(first: str, second: str) -> None:
    assert contradictions(first, second) == []


def test_portfolios_months_apart_do_not_contradict() -> None:
    texts = (
        "Transport Minister Oskar Lindqvist opened the bridge.",
        "Interior Minister Oskar Lindqvist opened the bridge.",
    )
    assert contradictions(*texts, dates=(JUNE, SEPTEMBER)) == []
    assert contradictions(*texts, dates=(JUNE, None)) == []  # one undated: no common time


def test_agreeing_documents_beside_a_third_name_only_the_odd_one() -> None:
    [f] = contradictions(
        "Transport Minister Oskar Lindqvist opened the bridge.",
        "Oskar Lindqvist, Transport Minister, opened the bridge.",
        "Interior Minister Oskar Lindqvist opened the bridge.",
        dates=(JUNE, JUNE, JUNE_LATER),
    )
    assert {o.doc_id for o in f.observations} == {"0.txt", "1.txt", "2.txt"}
    assert {o.value for o in f.observations} == {"transport minister", "interior minister"}
