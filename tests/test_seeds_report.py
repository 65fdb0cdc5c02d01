"""The report on the five seed articles shows what the articles really say (issue: the seeds report).

One test per item: each asserts the finding's kind and category and that its evidence points at the
documents and lines where the articles say it.
"""

from __future__ import annotations

import functools

import pytest

import crosscheck
from crosscheck.model import Finding, FindingKind, Report
from tests.conftest import SEEDS

D000, D001, D002, D003, D004 = sorted(p.name for p in SEEDS.glob("*.txt"))


@functools.cache
def report() -> Report:
    return crosscheck.crosscheck(SEEDS)


def findings(facet: str | None = None, category: str | None = None) -> list[Finding]:
    return [
        f
        for f in report().findings
        if (facet is None or f.facet == facet) and (category is None or f.category == category)
    ]


def lines(f: Finding) -> set[tuple[str, int]]:
    return {(o.doc_id, s.line) for o in f.observations for s in o.evidence}


def test_a_lee_jae_myungs_party_is_one_party_under_two_names() -> None:
    [f] = [f for f in findings("person.affiliation") if f.subject == "person:lee-jae-myung"]
    assert (f.kind, f.category) == (FindingKind.AGREEMENT, "corroborated")
    written = {o.doc_id: o.written for o in f.observations}
    assert "Democratic Party (DP) of Korea" in written[D000]
    assert "Toburo" in written[D001]
    assert {o.value for o in f.observations} == {"party:democratic-party-of-korea"}


def test_b_the_april_washington_visit_dates_are_compatible() -> None:
    [f] = [
        f
        for f in findings("event.date")
        if {D000, D001, D002} <= {o.doc_id for o in f.observations}
    ]
    assert (f.kind, f.category) == (FindingKind.AGREEMENT, "corroborated")
    written = {o.doc_id: o.written for o in f.observations}
    assert (written[D000], written[D001], written[D002]) == (
        "later this month",
        "late April",
        "April 26, 2023",
    )


def test_c_the_camp_david_summit_agrees_on_date_place_and_participants() -> None:
    for facet in ("event.date", "event.place", "event.participants"):
        agreeing = [
            f
            for f in findings(facet)
            if {D002, D004} <= {o.doc_id for o in f.observations}
            and f.kind == FindingKind.AGREEMENT
        ]
        assert agreeing, facet
    [date] = [f for f in findings("event.date", "corroborated") if D004 in f.doc_ids]
    assert {o.value for o in date.observations} == {"2023-08-18", "XXXX-08-18"}
    assert (
        "fixes it as 2023-08-18" in date.explanation
    )  # the undated article's year, and its source


def test_d_seed_004_is_published_after_the_summit_it_calls_upcoming() -> None:
    [f] = [
        f
        for f in findings(category="inconsistency")
        if f.doc_ids == (D004,) and f.facet == "event.date"
    ]
    assert f.kind == FindingKind.DISCREPANCY
    assert {o.written for o in f.observations} == {"2023-08-22", "Aug. 18"}


def test_e_lees_remarks_reached_through_scmp_and_tass() -> None:
    [f] = findings("statement.via", "reporting-chain")
    vias = {o.doc_id: o.value for o in f.observations}
    assert vias[D000] == "outlet:scmp" and vias[D001] == "outlet:tass"


@pytest.mark.parametrize(
    ("subject", "spellings"),
    [
        ("person:yoon-suk-yeol", {"Yoon Suk-yeol", "Yoon Suk Yeol"}),
        ("person:kim-keon-hee", {"Kim Gun-hee"}),
    ],
)
def test_f_spelling_variants(subject: str, spellings: set[str]) -> None:
    found = [f for f in findings("entity.name") if f.subject == subject]
    assert found
    assert spellings <= {o.written for f in found for o in f.observations}


def test_g_can_and_cna_inside_seed_003() -> None:
    [f] = [
        f
        for f in findings(category="inconsistency")
        if f.doc_ids == (D003,) and f.facet == "entity.name"
    ]
    assert {"CAN", "CNA"} <= {o.written for o in f.observations}


def test_h_thirty_five_years_of_colonial_rule_matches_1910_45() -> None:
    derived = findings(category="derived")
    assert any({D002, D004} <= set(f.doc_ids) for f in derived)


def test_no_contradiction_the_articles_do_not_contain() -> None:
    assert findings(category="contradiction") == []


def test_seeds_pass_the_gate_with_the_committed_baseline() -> None:
    from crosscheck import gate

    corpus = crosscheck.load_corpus(SEEDS)
    accepted = gate.load_baseline(gate.baseline_path(corpus))
    assert gate.judge(report().findings, accepted).passed


def test_claims_only_one_outlet_makes_are_listed_as_single_source() -> None:
    notes = [f for f in findings(category="single-source")]
    assert notes and all(f.kind == FindingKind.NOTE and len(f.doc_ids) == 1 for f in notes)
    missiles = [f for f in notes if f.facet == "quantity" and "missile" in f.subject]
    assert [f.doc_ids for f in missiles] == [(D002,)]
    # Nothing corroborated is listed as single-source.
    corroborated = {(f.facet, f.subject) for f in findings(category="corroborated")}
    assert not corroborated & {(f.facet, f.subject) for f in notes}
