"""One fact worded differently by two outlets: the keys that let them meet, and what stays apart.

Sentences are invented for these tests, about stories not in the seeds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Corpus, Document
from crosscheck.quantities import find_quantities
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.compare import classes_consistency, compare_quantities

PUBLISHED = dt.date(2025, 3, 4)  # a Tuesday


def keys(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str]]:
    doc = Document(id="t.txt", path="t.txt", text=text, published=published)
    return [(q.written, q.subject) for q in find_quantities(doc)]


KEYS = [
    # A central bank's steering rate, named by what it is or by its instrument: one noun.
    (
        "The Halvard central bank lowered its key interest rate to 4.75% on Thursday.",
        ("4.75%", "quantity:policy rate|kind=percent|unit=percent|verb=to|agent=halvard"),
    ),
    (
        "The Halvard central bank cut its main interest rate to 4.75% on Thursday.",
        ("4.75%", "quantity:policy rate|kind=percent|unit=percent|verb=to|agent=halvard"),
    ),
    (
        "The Halvard central bank cut its repo rate to 4.75% on Thursday.",
        ("4.75%", "quantity:policy rate|kind=percent|unit=percent|verb=to|agent=halvard"),
    ),
    # Another rate the bank sets keeps its own noun.
    (
        "The Halvard central bank cut its deposit rate to 4.75% on Thursday.",
        ("4.75%", "quantity:deposit rate|kind=percent|unit=percent|verb=to|agent=halvard"),
    ),
    # The size of a group, from "N of the M <noun>" and from "an M-member <noun>": one key.
    (
        "Five of the nine board members of the Halvard central bank backed the cut.",
        ("nine board members", "quantity:board member|part=whole"),
    ),
    (
        "The decision split the bank's nine-member board.",
        ("nine-member board", "quantity:board member|part=whole"),
    ),
    # A count under way keeps its mood.
    (
        "The Green League had 21% of the vote on Monday, according to preliminary results.",
        (
            "21% of the vote",
            "quantity:vote|kind=percent|unit=percent|verb=hav|mood=provisional|agent=green-league",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEYS)
def test_the_key_a_wording_gives(text: str, expected: tuple[str, str]) -> None:
    written, prefix = expected
    found = [subject for w, subject in keys(text) if w == written]
    assert found, keys(text)
    # The time segment is the resolved day, checked where it matters below.
    assert found[0].split("|time=")[0] == prefix


def _findings(*texts: str, published: tuple[dt.date, ...] | None = None) -> list[tuple[str, str]]:
    """Return (category, subject) of the exact-key and coarse findings across one article each."""
    days = published or (PUBLISHED,) * len(texts)
    docs = {
        f"{i}.txt": Document(id=f"{i}.txt", path=f"{i}.txt", text=t, published=days[i])
        for i, t in enumerate(texts)
    }
    claims = [c for d in docs.values() for c in quantity_claims(Analysis(d))]
    quantity = [c for c in claims if c.facet == "quantity"]
    exact = [(f.category, g.subject) for g in align(quantity) for f in compare_quantities(g, docs)]
    classed = [
        (f.category, f.subject) for f in classes_consistency(Corpus(tuple(docs.values())), claims)
    ]
    return sorted(exact + classed)


RATE_A = "The Halvard central bank cut its main interest rate to 4.75% on Thursday."


def test_a_rate_reworded_agrees_and_a_changed_rate_contradicts() -> None:
    same = _findings(RATE_A, "The Halvard central bank lowered its repo rate to 4.75% on Thursday.")
    assert [c for c, _ in same] == ["corroborated"]
    changed = _findings(
        RATE_A, "The Halvard central bank lowered its repo rate to 4.5% on Thursday."
    )
    assert changed == [
        (
            "contradiction",
            "quantity:policy rate|kind=percent|unit=percent|verb=to|agent=halvard"
            "|time=on-2025-02-27",
        )
    ]
    # The deposit rate is another rate: no verdict against the steering rate.
    other = _findings(RATE_A, "The Halvard central bank cut its deposit rate to 3.75% on Thursday.")
    assert other == []


POLL_A = "Twenty of the 25 analysts polled by the Kestrel Post had expected a rise."


def test_one_poll_of_experts_worded_two_ways() -> None:
    # "analysts polled" and "economists surveyed" in two reports of one day: one panel's size.
    reworded = "More than 18 of the 25 economists surveyed by the Kestrel Post forecast a rise."
    assert _findings(POLL_A, reworded) == []
    changed = "More than 18 of the 31 economists surveyed by the Kestrel Post forecast a rise."
    assert _findings(POLL_A, changed) == [("contradiction", "quantity:survey/analyst|part=whole")]
    # A day apart, an undated panel with no owner is pinned to nothing.
    later = (PUBLISHED, PUBLISHED + dt.timedelta(days=1))
    assert _findings(POLL_A, changed, published=later) == []


def test_a_count_under_way_never_contradicts_a_final_count() -> None:
    a = "The Green League had 21% of the vote on Monday, according to preliminary results."
    b = "The Green League had 24% of the vote on Monday."
    assert [c for c, _ in _findings(a, b) if c == "contradiction"] == []
