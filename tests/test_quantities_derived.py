"""Derived consistency: durations against year ranges, anniversaries against their years."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Corpus, Document, Finding
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.compare import duration_consistency


def check(*texts: str, published: dt.date | None = dt.date(2023, 8, 16)) -> list[Finding]:
    docs = tuple(
        Document(id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t, published=published)
        for i, t in enumerate(texts)
    )
    claims = [c for d in docs for c in quantity_claims(Analysis(d))]
    return duration_consistency(Corpus(docs), claims)


def verdicts(
    *texts: str, published: dt.date | None = dt.date(2023, 8, 16)
) -> list[tuple[str, str]]:
    return sorted((f.kind.value, f.category) for f in check(*texts, published=published))


DURATIONS = [
    # (outlet A, outlet B, findings)
    (
        "Japan's 35-year colonial rule ended.",
        "Japan's imperial past and its 1910-45 colonial rule.",
        [("agreement", "derived")],
    ),
    (
        "Japan's 35-year colonial rule ended.",
        "Japan's colonial rule from 1910 to 1945 ended.",
        [("agreement", "derived")],
    ),
    (
        "Japan's 36-year colonial rule ended.",
        "Japan's colonial rule (1910\u20131945) ended.",
        [("agreement", "derived")],
    ),  # year ends hide months: 35 or 36 both fit
    (
        "Japan's 40-year colonial rule ended.",
        "Japan's past and its 1910-45 colonial rule.",
        [("discrepancy", "inconsistency")],
    ),
    (
        "Spain's 27 years of military rule ended.",
        "Spain's military rule from 1950 to 1977 ended.",
        [("agreement", "derived")],
    ),
    # Different owners: no telling whose rule is whose.
    ("Japan's 40-year colonial rule ended.", "Britain's 1858-1947 colonial rule ended.", []),
    # An owner unknown on one side: agreement is fine, but no inconsistency is claimed.
    ("The 40-year colonial rule ended.", "Japan's past and its 1910-45 colonial rule.", []),
    (
        "The 35-year colonial rule ended.",
        "Japan's past and its 1910-45 colonial rule.",
        [("agreement", "derived")],
    ),
    # Different nouns: different blocks, never compared.
    ("Japan's 40-year colonial rule ended.", "Japan's 1910-45 occupation ended.", []),
    # One document alone: an agreement with itself is not reported.
    ("Japan's 35-year colonial rule, its 1910-45 colonial rule.", "Nothing here.", []),
]


@pytest.mark.parametrize(("a", "b", "expected"), DURATIONS)
def test_durations_against_year_ranges(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    assert verdicts(a, b) == sorted(expected)


def test_one_document_contradicting_its_own_years_is_an_inconsistency() -> None:
    text = "Japan's 40-year colonial rule. Japan's past and its 1910-45 colonial rule."
    assert verdicts(text) == [("discrepancy", "inconsistency")]


ANNIVERSARIES = [
    # (text, publication date, findings)
    (
        "It marked the 78th anniversary of Korea's liberation in 1945.",
        dt.date(2023, 8, 16),
        [("agreement", "derived")],
    ),
    (
        "It marked the 75th anniversary of Korea's liberation in 1945.",
        dt.date(2023, 8, 16),
        [("discrepancy", "inconsistency")],
    ),
    # Published the year after, or ahead of, the anniversary: within the slack, no verdict.
    ("It marked the 78th anniversary of Korea's liberation in 1945.", dt.date(2024, 1, 5), []),
    # No year of writing known at all: nothing to derive.
    ("It marked the 75th anniversary of Korea's liberation in 1945.", None, []),
    # The event year missing: nothing to derive.
    ("It marked the 78th anniversary of Korea's liberation.", dt.date(2023, 8, 16), []),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANNIVERSARIES)
def test_anniversaries_against_the_year_of_writing(
    text: str, published: dt.date | None, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(text, published=published) == sorted(expected)


def test_year_from_the_documents_own_dates_only_ever_confirms() -> None:
    # No publication date; the article's dates all fall in 2023.
    ok = "On April 26, 2023, he spoke. It marked the 78th anniversary of the liberation in 1945."
    off = "On April 26, 2023, he spoke. It marked the 70th anniversary of the liberation in 1945."
    assert verdicts(ok, published=None) == [("agreement", "derived")]
    assert verdicts(off, published=None) == []


def seed_documents(seeds_dir: Path, *prefixes: str) -> tuple[Document, ...]:
    return tuple(
        Document(id=p.name, path=str(p), text=p.read_text(encoding="utf-8"))
        for prefix in prefixes
        for p in sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    )


def test_seed_colonial_rule_35_years_fits_1910_45(seeds_dir: Path) -> None:
    docs = seed_documents(seeds_dir, "002", "004")
    claims = [c for d in docs for c in quantity_claims(Analysis(d))]
    findings = [
        f for f in duration_consistency(Corpus(docs), claims) if f.subject.startswith("duration:")
    ]
    [finding] = findings
    assert (finding.kind.value, finding.category) == ("agreement", "derived")
    assert finding.subject in (
        "duration:colonial rule|agent=country:jp",
        "duration:colonial rule|agent=japan",
    )
    assert {(o.doc_id[:3], o.written) for o in finding.observations} == {
        ("002", "35-year colonial rule"),
        ("004", "1910-45 colonial rule"),
    }
    assert "1945 - 1910 = 35" in finding.explanation
    lines = {o.doc_id[:3]: o.evidence[0].line for o in finding.observations}
    assert lines == {"002": 24, "004": 30}


def test_seed_78th_anniversary_of_1945_fits_2023(seeds_dir: Path) -> None:
    docs = seed_documents(seeds_dir, "002")
    claims = [c for d in docs for c in quantity_claims(Analysis(d))]
    [finding] = [
        f for f in duration_consistency(Corpus(docs), claims) if "anniversary" in f.subject
    ]
    assert (finding.kind.value, finding.category) == ("agreement", "derived")
    assert "2023 - 1945 = 78" in finding.explanation
