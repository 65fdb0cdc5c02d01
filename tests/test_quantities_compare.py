"""Quantity comparison: intervals, and the conservative rule that only strong keys contradict."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Claim, ClaimGroup, Document, Finding
from crosscheck.quantities import Interval, compatible, format_interval, parse_interval
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.compare import compare_quantities

PUBLISHED = dt.date(2023, 8, 16)


def document(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, path=doc_id, text=text, published=PUBLISHED)


def claims_of(*texts: str) -> tuple[list[Claim], dict[str, Document]]:
    docs = {f"{chr(97 + i)}.txt": document(f"{chr(97 + i)}.txt", t) for i, t in enumerate(texts)}
    claims = [
        c for d in docs.values() for c in quantity_claims(Analysis(d)) if c.facet == "quantity"
    ]
    return claims, docs


def findings_of(*texts: str) -> list[Finding]:
    claims, docs = claims_of(*texts)
    return [f for g in align(claims) for f in compare_quantities(g, docs)]


def verdicts(*texts: str) -> list[tuple[str, str]]:
    return sorted((f.kind.value, f.category) for f in findings_of(*texts))


# (text of outlet A, text of outlet B, expected (kind, category) findings)
PAIRS = [
    # The same strong key: compared as intervals.
    (
        "Since the start of 2022, North Korea has fired more than 100 missiles.",
        "North Korea has fired about 100 missiles since 2022.",
        [("agreement", "compatible")],
    ),
    (
        "Since 2022, North Korea has fired 100 missiles.",
        "North Korea has fired 70 missiles since 2022.",
        [("discrepancy", "contradiction")],
    ),
    (
        "Since 2022, North Korea has fired 100 missiles.",
        "North Korea has fired 100 missiles since 2022.",
        [("agreement", "corroborated")],
    ),
    (
        "Since 2022, North Korea has fired more than 100 missiles.",
        "North Korea has fired 100 missiles since 2022.",  # a round figure: maybe rounded
        [("agreement", "compatible")],
    ),
    (
        "In 2023, Acme Corp sold 7 factories.",
        "Acme Corp sold 8 factories in 2023.",  # small exact counts are not rounded
        [("discrepancy", "contradiction")],
    ),
    (
        "In 2021, the flood killed 40 people in Ruritania, Ruritania's ministry said.",
        "The flood killed dozens of people in 2021, Ruritania's ministry said.",
        # The trailing attribution names the source of both running totals, reported the same day.
        [("agreement", "compatible")],
    ),
    (
        "In 2021, the flood killed 40 people in Ruritania, officials said.",
        "The flood killed dozens of people in 2021, officials said.",
        [],  # nobody named: a weak key, and the figures differ
    ),
    (
        "In 2021, the flood in Ruritania killed 40 people.",
        "The flood in Ruritania killed dozens of people in 2021.",
        [("agreement", "compatible")],
    ),
    (
        "Brazil is the world's fifth-largest country.",
        "Brazil is the world's sixth-largest country.",
        [("discrepancy", "contradiction")],
    ),
    (
        "Japan's 35-year colonial rule ended.",
        "Japan's 36-year colonial rule ended.",
        [("discrepancy", "contradiction")],
    ),
    # Different context: different keys, never compared.
    (
        "Since 2022, North Korea has fired 100 missiles.",
        "Since 2022, Iran has fired 70 missiles.",
        [],
    ),
    (
        "Since 2022, North Korea has fired 100 missiles.",
        "In 2023, North Korea fired 30 missiles.",
        [],
    ),
    (
        "Since 2022, North Korea has fired 100 missiles.",
        "Since 2022, North Korea has not fired 70 missiles.",
        [],
    ),
    # Weak keys: identical values agree, different values say nothing.
    ("The two countries signed it.", "The three countries signed it.", []),
    (
        "The seven rear bases provided to the UN serve.",
        "The seven rear bases provided to the UN serve.",
        [("agreement", "corroborated")],
    ),
    (
        "The seven rear bases provided to the UN serve.",
        "The eight rear bases provided to the UN serve.",
        [],
    ),
    # "About" by the rounding its digits show: "about 340" is 330 to 350, not "about 380".
    (
        "Since 2021, Ostmark has trained about 340 pilots.",
        "Ostmark has trained about 380 pilots since 2021.",
        [("discrepancy", "contradiction")],
    ),
    (
        "Since 2021, Ostmark has trained about 340 pilots.",
        "Ostmark has trained 348 pilots since 2021.",
        [("agreement", "compatible")],
    ),
    (
        "Since 2021, Ostmark has trained about 300 pilots.",
        "Ostmark has trained about 320 pilots since 2021.",
        [("agreement", "compatible")],
    ),
    # Undated and in the present perfect: a running figure up to each day of writing.
    ("North Korea has fired 100 missiles.", "North Korea has fired 70 missiles.", []),
    # Bare keys: never compared.
    ("There are two countries.", "There are two countries.", []),
]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_compares_only_what_is_about_the_same_thing(
    a: str, b: str, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(a, b) == sorted(expected)


def test_contradiction_names_both_sources_and_their_evidence() -> None:
    [finding] = findings_of(
        "Since 2022, North Korea has fired 100 missiles.",
        "North Korea has fired 70 missiles since 2022.",
    )
    assert {(o.doc_id, o.written, o.value) for o in finding.observations} == {
        ("a.txt", "100 missiles", "100"),
        ("b.txt", "70 missiles", "70"),
    }
    assert all(o.quote == o.written for o in finding.observations)
    assert "100 missiles" in finding.explanation and "70 missiles" in finding.explanation


def test_a_key_one_document_uses_for_two_figures_gives_no_verdict() -> None:
    # Outlet A itself gives two incompatible figures under one key: the key is ambiguous there.
    a = "Since 2022, North Korea has fired 100 missiles. Since 2022, North Korea has fired 20 missiles."
    assert verdicts(a, "Since 2022, North Korea has fired 70 missiles.") == []


def test_seeds_have_no_quantity_contradiction(seeds_dir: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    assert [v for v in verdicts(*texts) if v[0] == "discrepancy"] == []


# (a, b, compatible?)
INTERVALS = [
    ("(100,inf)", "[90,110]", True),
    ("100", "70", False),
    ("100", "(100,inf)", True),  # round figure widened by ROUND_SLACK
    ("7", "8", False),
    ("7", "[6.3,7]", True),
    ("[0,20)", "20", True),  # "fewer than 20" vs a round "20": 19 fits both after widening
    ("[0,7)", "7", False),
    ("[10000,1000000)", "50000", True),
    ("rank:6", "rank:6", True),
    ("rank:5", "rank:6", False),
    ("(-inf,inf)", "3", True),
]


@pytest.mark.parametrize(("a", "b", "expected"), INTERVALS)
def test_interval_compatibility(a: str, b: str, expected: bool) -> None:
    ia, ib = parse_interval(a), parse_interval(b)
    assert ia is not None and ib is not None
    assert compatible(ia, ib) is expected


@pytest.mark.parametrize("bad", ["", "abc", "[1,", "1..2", "(inf,3)x"])
def test_parse_interval_rejects_what_is_not_one(bad: str) -> None:
    assert parse_interval(bad) is None


# --- properties ---

fractions = st.fractions(min_value=0, max_value=10**7, max_denominator=1000)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted((draw(fractions), draw(fractions)))
    low = None if draw(st.booleans()) and draw(st.booleans()) else a
    high = None if draw(st.booleans()) and draw(st.booleans()) else b
    if low is not None and low == high:
        return Interval.point(low)
    return Interval(low, high, draw(st.booleans()), draw(st.booleans()))


@given(intervals(), intervals())
def test_compatibility_is_symmetric(a: Interval, b: Interval) -> None:
    assert compatible(a, b) is compatible(b, a)


@given(intervals())
def test_compatibility_is_reflexive(a: Interval) -> None:
    assert compatible(a, a)


@given(intervals())
def test_normalising_twice_changes_nothing(a: Interval) -> None:
    text = format_interval(a)
    again = parse_interval(text)
    assert again is not None
    assert format_interval(again) == text


FIGURES = st.sampled_from(
    [
        "100",
        "70",
        "more than 100",
        "about 100",
        "nearly 100",
        "at least 90",
        "fewer than 80",
        "between 60 and 110",
        "seven",
        "tens of thousands of",
    ]
)


@given(st.lists(FIGURES, min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_comparison_is_symmetric_in_the_order_of_sources(
    figures: list[str], random: object
) -> None:
    texts = [f"Since 2022, North Korea has fired {f} missiles." for f in figures]
    shuffled = list(texts)
    random.shuffle(shuffled)  # type: ignore[attr-defined]

    def outcome(order: list[str]) -> set[tuple[str, str, frozenset[str]]]:
        # Name documents by content, so that only the order they come in changes.
        docs = {f"{t}.txt": document(f"{t}.txt", t) for t in order}
        claims = [c for d in docs.values() for c in quantity_claims(Analysis(d))]
        groups = [ClaimGroup(g.facet, g.subject, g.claims) for g in align(claims)]
        return {
            (f.kind.value, f.category, frozenset(o.value for o in f.observations))
            for g in groups
            for f in compare_quantities(g, docs)
        }

    assert outcome(texts) == outcome(shuffled)


def test_fraction_bounds_format_as_decimals() -> None:
    assert format_interval(Interval(Fraction(27, 10), Fraction(10, 3))) == "[2.7,3.333333]"


STORY = [
    # Outlet A
    "Since January 2023, the Ruritanian army has fired more than 300 artillery shells at the border, "
    "the defence ministry said. Ruritania, which has the region's second-largest army, deployed 5,000 "
    "troops to the area in 2023. Two countries have protested. The 12-day exercise ended on Friday.",
    # Outlet B: different wording, compatible figures, one vague
    "The Ruritanian army has fired about 320 shells since January 2023. Ruritania deployed some 5,000 "
    "troops to the border in 2023, officials said. Three countries have protested, and the 10-day "
    "exercise ended.",
    # Outlet C: one planted contradiction (the rank), the rest unrelated
    "Ruritania boasts the region's fourth-largest army. Ruritania deployed thousands of troops to the "
    "border in 2023. A 45-year-old soldier was hurt.",
]


def test_an_invented_story_yields_only_the_real_contradiction() -> None:
    findings = findings_of(*STORY)
    discrepancies = [f for f in findings if f.kind.value == "discrepancy"]
    # The two outlets published on one day give one exercise two lengths: a real disagreement.
    assert sorted(
        (f.category, sorted(o.written for o in f.observations)) for f in discrepancies
    ) == [
        ("contradiction", ["10-day exercise", "12-day exercise"]),
        ("contradiction", ["region's fourth-largest army", "region's second-largest army"]),
    ]
    agreements = {(f.category, tuple(sorted(o.written for o in f.observations))) for f in findings}
    assert (
        "compatible",
        ("5,000 troops", "some 5,000 troops", "thousands of troops"),
    ) in agreements
