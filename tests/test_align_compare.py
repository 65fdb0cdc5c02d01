"""Align and the value comparers, on hand-made claims: grouping by key and the verdicts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.align import align
from crosscheck.compare import fingerprint, make_finding, shared_values, single_valued
from crosscheck.model import Claim, ClaimGroup, Document, FindingKind

DOCS = {
    n: Document(id=n, path=f"corpus/{n}", text="The summit is on Aug. 18.\nOr Aug. 19.")
    for n in "abc"
}


def claim(
    doc: str, value: str, *, subject: str = "event:x", facet: str = "event.date", at: int = 17
) -> Claim:
    d = DOCS[doc]
    return Claim(
        doc, facet, subject, value, value.title(), (d.span(at, at + 7),), subject_label="summit"
    )


def test_align_groups_by_facet_and_subject_in_a_stable_order() -> None:
    claims = [
        claim("b", "x"),
        claim("a", "x", subject="event:y"),
        claim("a", "x"),
        claim("a", "p", facet="event.place"),
    ]
    groups = align(claims)
    assert [(g.facet, g.subject, g.doc_ids) for g in groups] == [
        ("event.date", "event:x", ("a", "b")),
        ("event.date", "event:y", ("a",)),
        ("event.place", "event:x", ("a",)),
    ]
    assert align(reversed(claims)) == groups


@given(st.permutations([claim("a", "v1"), claim("b", "v2"), claim("c", "v1")]))
def test_single_valued_verdicts_do_not_depend_on_claim_order(claims: list[Claim]) -> None:
    group = ClaimGroup("event.date", "event:x", tuple(claims))
    [f] = single_valued(group, DOCS)
    assert (f.kind, f.category) == (FindingKind.DISCREPANCY, "contradiction")
    assert [(v.value, v.doc_ids) for v in f.diff.values] == [("v1", ("a", "c")), ("v2", ("b",))]


def test_single_valued_agreement_and_in_document_inconsistency() -> None:
    agree = single_valued(
        ClaimGroup("event.date", "event:x", (claim("a", "v"), claim("b", "v"))), DOCS
    )
    assert [(f.kind, f.category) for f in agree] == [(FindingKind.AGREEMENT, "corroborated")]
    torn = single_valued(
        ClaimGroup("event.date", "event:x", (claim("a", "v"), claim("a", "w", at=30))), DOCS
    )
    assert [(f.kind, f.category, f.doc_ids) for f in torn] == [
        (FindingKind.DISCREPANCY, "inconsistency", ("a",))
    ]


def test_the_fallback_comparer_only_ever_agrees() -> None:
    group = ClaimGroup(
        "person.role", "person:x", (claim("a", "v"), claim("b", "v"), claim("c", "w"))
    )
    findings = shared_values(group, DOCS)
    assert [(f.kind, f.doc_ids) for f in findings] == [(FindingKind.AGREEMENT, ("a", "b"))]


def test_observations_quote_their_evidence_with_outlet_path_and_line() -> None:
    f = make_finding(FindingKind.AGREEMENT, "corroborated", [claim("a", "v", at=29)], DOCS, "x")
    [o] = f.observations
    assert (o.quote, o.path, o.evidence[0].line, o.evidence[0].column) == (
        "Aug. 19",
        "corpus/a",
        2,
        4,
    )


@given(
    st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from(["v", "w"])), min_size=1, max_size=6)
)
def test_fingerprints_depend_on_content_not_order(pairs: list[tuple[str, str]]) -> None:
    one = fingerprint(FindingKind.DISCREPANCY, "contradiction", "f", "s", pairs)
    assert one == fingerprint(
        FindingKind.DISCREPANCY, "contradiction", "f", "s", list(reversed(pairs))
    )
    assert one != fingerprint(FindingKind.DISCREPANCY, "contradiction", "f", "s2", pairs)
