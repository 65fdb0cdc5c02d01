"""Undated figures: a weak key contradicts only within one news cycle, with a named agent.

Every sentence here is invented for these tests (other places, people and firms than any corpus).
"""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.quantities import Strength, find_quantities
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.compare import NEWS_CYCLE, compare_quantities

MONDAY = dt.date(2025, 2, 3)
THURSDAY = MONDAY + dt.timedelta(days=3)
NEXT_MONTH = MONDAY + dt.timedelta(days=35)
CONTRADICTION = [("discrepancy", "contradiction")]


def verdicts(*docs: tuple[str, dt.date | None]) -> list[tuple[str, str]]:
    """Return the (kind, category) findings of comparing the documents (text, publication day)."""
    by_id = {
        f"{i}.txt": Document(id=f"{i}.txt", path=f"{i}.txt", text=text, published=published)
        for i, (text, published) in enumerate(docs)
    }
    claims = [c for d in by_id.values() for c in quantity_claims(Analysis(d))]
    found = [f for g in align(claims) for f in compare_quantities(g, by_id)]
    return sorted((f.kind.value, f.category) for f in found)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # A named source, a verb and a specific noun, in the same week: one fact, two figures.
        (
            "Vellmar Ferries said the boat carried 520 cars.",
            "The boat carried 250 cars, Vellmar Ferries said.",
            CONTRADICTION,
        ),
        (
            "Kestrel Mining said the quarry shipped 1,200 tonnes of ore.",
            "Kestrel Mining said the quarry shipped 800 tonnes of ore.",
            CONTRADICTION,
        ),
        # Identical values still agree.
        (
            "Vellmar Ferries said the boat carried 520 cars.",
            "The boat carried 520 cars, Vellmar Ferries said.",
            [("agreement", "corroborated")],
        ),
        # Round figures keep their slack: 520 and 510 may be one rounded count.
        (
            "Vellmar Ferries said the boat carried 520 cars.",
            "The boat carried 510 cars, Vellmar Ferries said.",
            [],
        ),
        # "about 520" and "more than 500" fit one number; an open-ended bound never contradicts.
        (
            "Vellmar Ferries said the boat carried about 520 cars.",
            "The boat carried more than 500 cars, Vellmar Ferries said.",
            [],
        ),
        (
            "Vellmar Ferries said the boat carried about 520 cars.",
            "The boat carried more than 900 cars, Vellmar Ferries said.",
            [],
        ),
        # A pronoun or a common noun is no named agent.
        (
            "It said the boat carried 520 cars.",
            "The boat carried 250 cars, it said.",
            [],
        ),
        (
            "The operator said the boat carried 520 cars.",
            "The boat carried 250 cars, the operator said.",
            [],
        ),
        # Unspecific counted nouns: people without a role, a price of nothing named.
        (
            "Vellmar Ferries said the boat carried 520 people.",
            "The boat carried 250 people, Vellmar Ferries said.",
            [],
        ),
        # Plans and offers change; a running total changes by the day.
        (
            "Vellmar Ferries said the boat will carry 520 cars.",
            "The boat will carry 250 cars, Vellmar Ferries said.",
            [],
        ),
        # The present perfect counts up to the day of writing: "has sold" grows.
        (
            "Vellmar Ferries has sold 5,200 tickets.",
            "Vellmar Ferries has sold 2,500 tickets.",
            [],
        ),
        (
            "Vellmar Ferries sold 5,200 tickets.",
            "Vellmar Ferries sold 2,500 tickets.",
            CONTRADICTION,
        ),
        (
            "The storm has damaged 520 cars, Vellmar Ferries said.",
            "The storm has damaged 250 cars, Vellmar Ferries said.",
            [],
        ),
    ],
)
def test_same_week_undated_figures(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    assert verdicts((a, MONDAY), (b, THURSDAY)) == sorted(expected)


@pytest.mark.parametrize(
    ("day_a", "day_b"),
    [
        (MONDAY, NEXT_MONTH),  # another month: another trip, another year's accounts
        (MONDAY, None),  # no publication date: no telling the reports are close
        (None, None),
    ],
)
def test_no_contradiction_outside_one_cycle(day_a: dt.date | None, day_b: dt.date | None) -> None:
    a = "Vellmar Ferries said the boat carried 520 cars."
    b = "The boat carried 250 cars, Vellmar Ferries said."
    assert verdicts((a, day_a), (b, day_b)) == []


def test_cycle_limit_is_inclusive() -> None:
    a = "Vellmar Ferries said the boat carried 520 cars."
    b = "The boat carried 250 cars, Vellmar Ferries said."
    assert verdicts((a, MONDAY), (b, MONDAY + NEWS_CYCLE)) == CONTRADICTION
    assert verdicts((a, MONDAY), (b, MONDAY + NEWS_CYCLE + dt.timedelta(days=1))) == []


@pytest.mark.parametrize(
    ("text", "eligible"),
    [
        ("Vellmar Ferries said the boat carried 520 cars.", True),
        ("The boat carried 520 cars.", False),  # no agent
        ("Officials said the boat carried 520 cars.", False),  # a common noun opening a sentence
        ("Vellmar Ferries said the boat carried 520 people.", False),  # people of no role
        ("Vellmar Ferries said the boat carried more than 520 cars.", False),  # open-ended
        ("Vellmar Ferries said the boat could carry 520 cars.", False),  # irrealis
        ("Vellmar Ferries said the boat carried 520 cars in 2024.", False),  # dated: strong already
        # A part of a tally the sentence also gives: another outlet's whole would meet it.
        ("Vellmar Ferries said the boat carried 5 of its 12 trucks.", False),
    ],
)
def test_news_cycle_eligibility(text: str, eligible: bool) -> None:
    doc = Document(id="t.txt", path="t.txt", text=text, published=MONDAY)
    analysis = Analysis(doc)
    [q] = find_quantities(analysis.doc())
    assert q.news_cycle is eligible
    if eligible:
        assert q.strength is Strength.WEAK
