"""benchmarks/ecbplus_dated.py: publication dates for ECB+ sub-topics, contradictions by check.

The articles here are invented (a few words each); no ECB+ text is used.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import Finding, FindingKind

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def dated() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import ecbplus_dated

        yield ecbplus_dated
    finally:
        sys.path.remove(str(BENCHMARKS))


def _article(dated: ModuleType, name: str, text: str) -> object:
    from ecbplus_corpus import Article

    return Article(
        name=name, topic="3", subtopic="3ecb", title=name, outlet=None, url=None, text=text
    )


def test_one_date_per_subtopic_from_its_most_written_year(dated: ModuleType) -> None:
    articles = [
        _article(dated, "3_1ecb", "The mill in Harlow closed in 2009. In 2009 it reopened."),
        _article(dated, "3_2ecb", "Its owners, who bought it in 1998, spoke in 2009."),
    ]
    assert dated.publication_year(articles) == 2009
    days = dated.dates(articles, spread=0, seed=13)
    assert set(days.values()) == {dt.date(2009, 7, 1)}


def test_no_year_written_falls_back(dated: ModuleType) -> None:
    articles = [_article(dated, "3_1ecb", "The mill closed on Tuesday.")]
    assert dated.publication_year(articles) == dated.FALLBACK_YEAR


@given(
    names=st.lists(st.from_regex(r"3_[0-9]{1,3}ecb", fullmatch=True), min_size=1, unique=True),
    spread=st.integers(min_value=0, max_value=5),
    seed=st.integers(min_value=0, max_value=1000),
)
def test_spread_dates_are_bounded_and_do_not_depend_on_the_selection(
    names: list[str], spread: int, seed: int
) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import ecbplus_dated as dated
    finally:
        sys.path.remove(str(BENCHMARKS))
    articles = [_article(dated, n, "A story told in 2011.") for n in names]
    days = dated.dates(articles, spread=spread, seed=seed)
    base = dt.date(2011, 7, 1)
    assert all(abs((d - base).days) <= spread for d in days.values())
    # An article's date is its own: the same with or without the others.
    alone = dated.dates(articles[:1], spread=spread, seed=seed)
    assert alone[articles[0].file_name] == days[articles[0].file_name]


@pytest.mark.parametrize(
    ("facet", "subject", "explanation", "check"),
    [
        ("quantity", "quantity:death/person|asof=2025-03-03", "…", "quantity-classes"),
        (
            "quantity",
            "quantity:person|verb=kil",
            "…, in reports published within 7 days: …",
            "quantity (news cycle)",
        ),
        ("quantity", "quantity:missile|verb=fir|agent=x|time=in-2022", "…", "quantity (strong)"),
        ("event.date", "event:x", "…", "event.date"),
    ],
)
def test_contradictions_are_counted_by_the_check_that_made_them(
    dated: ModuleType, facet: str, subject: str, explanation: str, check: str
) -> None:
    finding = Finding(
        id="f",
        kind=FindingKind.DISCREPANCY,
        category="contradiction",
        facet=facet,
        subject=subject,
        observations=(),
        explanation=explanation,
    )
    assert dated.check_of(finding) == check
