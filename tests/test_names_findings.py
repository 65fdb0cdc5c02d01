"""Findings about names: variants, agreements across names, contradictions, inconsistencies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

import crosscheck
from crosscheck.align import align
from crosscheck.compare import compare
from crosscheck.extract import extract_claims
from crosscheck.ingest import load_corpus
from crosscheck.model import Corpus, Document, Finding, FindingKind
from crosscheck.normalize import normalize

from .conftest import SEEDS

NAME_FACETS = ("entity.name", "person.role", "person.affiliation")


def run(corpus: Corpus) -> list[Finding]:
    claims = [c for d in corpus.documents for c in extract_claims(d, entities=corpus.entities)]
    claims = normalize(claims, corpus)
    return [f for f in compare(align(claims), corpus, claims) if f.facet in NAME_FACETS]


def corpus_of(*texts: str, dates: Sequence[dt.date | None] = ()) -> Corpus:
    docs = []
    for n, text in enumerate(texts):
        published = dates[n] if n < len(dates) else None
        docs.append(
            Document(
                id=f"{n}.txt", path=f"{n}.txt", text=text, published=published, outlet=f"Outlet {n}"
            )
        )
    return Corpus(documents=tuple(docs))


def find(findings: list[Finding], category: str, subject: str) -> Finding:
    matches = [f for f in findings if f.category == category and f.subject == subject]
    assert len(matches) == 1, [(f.category, f.subject) for f in findings]
    return matches[0]


@pytest.fixture(scope="module")
def seed_findings() -> list[Finding]:
    return run(load_corpus(SEEDS))


def test_seed_transliteration_variant_of_a_name(seed_findings: list[Finding]) -> None:
    f = find(seed_findings, "variant", "person:yoon-suk-yeol")
    assert f.kind is FindingKind.DISCREPANCY
    assert {v.value for v in f.diff.values} == {"Yoon Suk-yeol", "Yoon Suk Yeol"}
    [joongang] = [v for v in f.diff.values if v.value == "Yoon Suk Yeol"]
    assert joongang.doc_ids == ("004_8a5f8103d029b1ea.txt",)


def test_seed_party_agreement_across_names(seed_findings: list[Finding]) -> None:
    f = find(
        [x for x in seed_findings if x.facet == "person.affiliation"],
        "corroborated",
        "person:lee-jae-myung",
    )
    assert f.kind is FindingKind.AGREEMENT
    assert {o.written for o in f.observations} == {"Democratic Party (DP) of Korea", "Toburo"}
    assert {o.value for o in f.observations} == {"party:democratic-party-of-korea"}
    assert "Toburo" in f.explanation and "Democratic Party (DP) of Korea" in f.explanation


def test_seed_party_naming_variant(seed_findings: list[Finding]) -> None:
    f = find(seed_findings, "variant", "party:democratic-party-of-korea")
    assert {"Toburo", "Democratic Party (DP) of Korea"} <= {v.value for v in f.diff.values}


def test_seed_acronym_inconsistency_inside_one_document(seed_findings: list[Finding]) -> None:
    f = find(seed_findings, "inconsistency", "outlet:cna")
    assert f.doc_ids == ("003_2b379f518b89cfe0.txt",)
    assert {o.written for o in f.observations} == {"CAN", "CNA"}
    assert all(
        o.quote.replace(" … ", "").replace("CAN", "").replace("CNA", "") == ""
        for o in f.observations
    )
    assert "66.7" in f.explanation


def test_seed_agreement_named_by_acronym_and_by_description(seed_findings: list[Finding]) -> None:
    f = find(seed_findings, "variant", "agreement:gsomia")
    written = {v.value for v in f.diff.values}
    assert "military intelligence-sharing pact" in written
    assert any("Gsomia" in w for w in written)


def test_seeds_have_no_name_contradiction(seed_findings: list[Finding]) -> None:
    # Moon (2017) and Yoon (2023) are both "president" of South Korea, years apart.
    assert [f for f in seed_findings if f.category == "contradiction"] == []


def test_every_seed_name_finding_points_at_its_evidence(seed_findings: list[Finding]) -> None:
    for f in seed_findings:
        for o in f.observations:
            assert o.evidence and all(s.doc_id == o.doc_id and s.line >= 1 for s in o.evidence)
            assert o.quote


# --- synthetic corpora ---


def test_transliteration_variant_across_outlets() -> None:
    findings = run(corpus_of("Kim Keon-hee arrived.", "Kim Gun-hee arrived."))
    f = find(findings, "variant", "person:kim-keon-hee")
    assert {v.value for v in f.diff.values} == {"Kim Keon-hee", "Kim Gun-hee"}
    assert "Outlet 0" in f.explanation and "Outlet 1" in f.explanation


def test_disputed_place_name_says_whose_usage_each_is() -> None:
    findings = run(corpus_of("Ships near Dokdo were seen.", "Ships near Takeshima were seen."))
    f = find(findings, "variant", "place:liancourt-rocks")
    assert "disputed name" in f.explanation
    assert "South Korea" in f.explanation and "Japan" in f.explanation


def test_same_spelling_everywhere_is_not_a_variant() -> None:
    findings = run(corpus_of("Kim Keon-hee arrived.", "Kim Keon-hee left."))
    assert [f for f in findings if f.category == "variant"] == []


PPP = "Lee Jae-myung, leader of the People Power Party (PPP), said so."
DPK = "Lee Jae-myung, who chairs the opposition party Toburo, said so."


def test_two_parties_for_one_person_at_the_same_time_contradict() -> None:
    day = dt.date(2023, 4, 12)
    findings = run(corpus_of(PPP, DPK, dates=[day, day]))
    f = find(
        [x for x in findings if x.facet == "person.affiliation"],
        "contradiction",
        "person:lee-jae-myung",
    )
    assert {o.value for o in f.observations} == {
        "party:people-power-party",
        "party:democratic-party-of-korea",
    }


def test_two_parties_years_apart_do_not_contradict() -> None:
    findings = run(corpus_of(PPP, DPK, dates=[dt.date(2015, 1, 1), dt.date(2023, 4, 12)]))
    assert [f for f in findings if f.category == "contradiction"] == []


def test_a_person_may_hold_several_roles() -> None:
    text = "Park Jie-won, an adviser to the DP and a National Intelligence Service chief."
    findings = run(corpus_of("The Democratic Party (DP) met. " + text, text))
    assert [
        f for f in findings if f.kind is FindingKind.DISCREPANCY and f.facet != "entity.name"
    ] == []


def test_one_office_two_people_at_the_same_time_contradict() -> None:
    day = dt.date(2023, 8, 20)
    findings = run(
        corpus_of(
            "South Korean President Moon Jae-in said.",
            "South Korean President Yoon Suk-yeol said.",
            dates=[day, day],
        )
    )
    f = find(findings, "contradiction", "office:president:country:kr")
    assert {o.doc_id for o in f.observations} == {"0.txt", "1.txt"}
    assert "Moon Jae-in" in f.explanation and "Yoon Suk Yeol" in f.explanation


def test_one_holder_named_shorter_elsewhere_is_no_second_holder() -> None:
    # "Lund Okoro" may be "Marta Lund Okoro" named by her two-part family name alone: not a
    # contradiction; a third, other name for the office at the same time still is one.
    day = dt.date(2023, 8, 20)
    texts = (
        "South Korean President Marta Lund Okoro said so.",
        "South Korean President Lund Okoro said so.",
    )
    findings = run(corpus_of(*texts, dates=[day, day]))
    assert [f for f in findings if f.subject.startswith("office:")] == []
    third = run(corpus_of(*texts, "South Korean President Tomas Reyes said so.", dates=[day] * 3))
    f = find(third, "contradiction", "office:president:country:kr")
    assert "Tomas Reyes" in f.explanation


def test_one_office_named_years_apart_or_in_one_document_is_not_a_contradiction() -> None:
    apart = run(
        corpus_of(
            "President Moon Jae-in said.",
            "President Yoon Suk-yeol said.",
            dates=[dt.date(2017, 11, 4), dt.date(2023, 8, 22)],
        )
    )
    assert [f for f in apart if f.category == "contradiction"] == []
    one = run(corpus_of("President Yoon Suk-yeol criticised President Moon Jae-in."))
    assert [f for f in one if f.category == "contradiction"] == []


def test_unregistered_names_match_across_documents_by_key() -> None:
    findings = run(corpus_of("Park Won-gon, a professor, said.", "Pak Won Gon, a professor, said."))
    f = find(findings, "variant", "person:~park-wongon")
    assert {v.value for v in f.diff.values} == {"Park Won-gon", "Pak Won Gon"}


def test_close_unregistered_names_merge_by_fuzzy_score_and_say_so() -> None:
    claims_corpus = corpus_of(
        "Hiroshi Tanaka, a professor, said.", "Hiroshi Tanakah, a professor, said."
    )
    claims = [c for d in claims_corpus.documents for c in extract_claims(d)]
    merged = normalize(claims, claims_corpus)
    names = [c for c in merged if c.facet == "entity.name"]
    assert len({c.subject for c in names}) == 1
    moved = [c.merge for c in names if c.merge is not None]
    assert moved and moved[0].tier == "fuzzy"
    assert moved[0].score >= 96
    assert moved[0].merged_from in {c.subject for c in claims if c.facet == "entity.name"}


def test_names_below_certainty_are_possible_variants_never_merged() -> None:
    findings = run(
        corpus_of("Park Min-gon, a professor, said.", "Park Min-gun, a professor, said.")
    )
    [f] = [f for f in findings if f.category == "possible-variant"]
    assert "95.7" in f.explanation
    assert {o.value for o in f.observations} == {"person:~mingon-park", "person:~mingeon-park"}


def test_leader_of_an_unnamed_organisation_is_no_office() -> None:
    day = dt.date(2023, 3, 13)
    findings = run(
        corpus_of(
            "North Korean leader Kim Jong Un watched.",
            "Kim Yo-jong, who heads the propaganda department, warned.",
            dates=[day, day],
        )
    )
    assert [f for f in findings if f.category == "contradiction"] == []


def test_a_single_outlet_romanising_a_name_otherwise_is_reported() -> None:
    [f] = [f for f in run(corpus_of("Kim Gun-hee arrived.")) if f.category == "variant"]
    assert f.subject == "person:kim-keon-hee" and "romanisation variant" in f.explanation
    assert [o.written for o in f.observations] == ["Kim Gun-hee"]


_BROWSER = (
    "Brightsoft released a patch for its {name} on Tuesday. The flaw lets attackers take over "
    "the browser {short} when a page loads. Users of the browser {other} were told to update."
)


@pytest.mark.parametrize(
    ("name", "short", "other", "slip"),
    [
        # one letter off a three-letter acronym in the same context: a slip
        ("Larkspur Web Browser (LWB)", "LWB", "LWX", True),
        # a version number: another product, not a slip
        ("Larkspur Web Browser (LWB)", "LWB", "LWB6", False),
        # a two-letter acronym one letter off is another acronym
        ("Larkspur Browser (LB)", "LB", "LX", False),
    ],
)
def test_an_acronym_slip_needs_three_letters_and_the_same_digits(
    tmp_path: Path, name: str, short: str, other: str, slip: bool
) -> None:
    text = _BROWSER.format(name=name, short=short, other=other)
    (tmp_path / "a.txt").write_text(f"Title: a\nPublished: 2024-03-09\n\n{text}\n", "utf-8")
    found = [
        {o.written for o in f.observations}
        for f in crosscheck.crosscheck(tmp_path).findings
        if f.category == "inconsistency" and f.facet == "entity.name"
    ]
    assert found == ([{short, other}] if slip else [])
