"""Participants given by office ("the two presidents", "the Spanish prime minister", "the host").

The sentences are written for these tests, about stories of no benchmark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.events.claims import EventDetails, RoleDescription, event_claims
from crosscheck.extract import Analysis
from crosscheck.model import Document, Finding
from crosscheck.pipeline import corpus_claims


def descriptions(text: str) -> list[tuple[str, tuple[str, ...], int | None, str]]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    out = []
    for c in event_claims(Analysis(doc)):
        if c.facet == "event.participants":
            assert isinstance(c.details, EventDetails)
            for r in c.details.roles:
                assert isinstance(r, RoleDescription)
                assert text[r.start : r.end] == r.written  # the description is evidence
                assert any(e.start == r.start and e.end == r.end for e in c.evidence)
                out.append((r.role, r.countries, r.count, r.written))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two presidents met in Quito on Tuesday.",
            [("president", (), 2, "two presidents")],
        ),
        (
            "The Chilean president met the Peruvian prime minister.",
            [
                ("president", ("country:cl",), 1, "Chilean president"),
                ("prime minister", ("country:pe",), 1, "Peruvian prime minister"),
            ],
        ),
        (
            "The leaders of Chile and Peru met in Lima on Monday.",
            [("leader", ("country:cl", "country:pe"), 2, "leaders of Chile and Peru")],
        ),
        (
            "Spain's prime minister visited Lisbon on Friday.",
            [("prime minister", ("country:es",), 1, "Spain's prime minister")],
        ),
        ("Ana Ruiz met the host in Lima.", [("host", (), 1, "host")]),
        # No office, or no telling who and how many: nothing to resolve.
        ("The leaders will meet again in June.", []),
        ("The players met in Lima on Monday.", []),
    ],
)
def test_role_descriptions_are_read_from_the_parse(
    text: str, expected: list[tuple[str, tuple[str, ...], int | None, str]]
) -> None:
    assert descriptions(text) == expected


def write(folder: Path, name: str, published: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: {name}\nOutlet: {name}\nPublished: {published}\n\n{body}\n", "utf-8"
    )


def event_findings(folder: Path) -> list[Finding]:
    return [f for f in crosscheck.crosscheck(folder).findings if f.facet.startswith("event.")]


NAMED = (
    "Chilean President Ana Ruiz and Peruvian President Luis Soto met in Lima on March 3, 2025, "
    "to settle a dispute over fishing rights."
)


@pytest.mark.parametrize(
    "described",
    [
        "The two presidents met in Lima on March 3, 2025, and agreed to share the catch.",
        "The leaders of Chile and Peru met in Lima on March 3, 2025.",
        "The Chilean president and the Peruvian president met in Lima on March 3, 2025.",
    ],
)
def test_an_article_naming_only_offices_joins_the_event_another_names(
    tmp_path: Path, described: str
) -> None:
    write(tmp_path, "a.txt", "2025-03-04", described)
    write(tmp_path, "b.txt", "2025-03-04", NAMED)
    found = event_findings(tmp_path)
    participants = [f for f in found if f.facet == "event.participants"]
    assert len(participants) == 1  # one event, not two
    [finding] = participants
    assert {o.doc_id for o in finding.observations} == {"a.txt", "b.txt"}
    assert {o.value for o in finding.observations} == {"person:~ana-ruiz+person:~luis-soto"}
    # The resolution is recorded: which role claim, in which document.
    corpus = crosscheck.load_corpus(tmp_path)
    claims = corpus_claims(corpus)
    [claim] = [c for c in claims if c.doc_id == "a.txt" and c.facet == "event.participants"]
    assert isinstance(claim.details, EventDetails)
    links = claim.details.resolved
    assert {link.person for link in links} == {"person:~ana-ruiz", "person:~luis-soto"}
    text = next(d.text for d in corpus.documents if d.id == "b.txt")
    for link in links:
        assert link.evidence.doc_id == "b.txt"
        assert link.role == "president"
        assert "President" in text[link.evidence.start : link.evidence.end]


def test_an_office_the_corpus_fills_twice_is_not_resolved(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "2025-03-04", "The two presidents met in Lima on March 3, 2025.")
    write(tmp_path, "b.txt", "2025-03-04", NAMED)
    write(
        tmp_path,
        "c.txt",
        "2025-03-04",
        "Bolivian President Marta Quispe spoke in La Paz on March 3, 2025.",
    )
    claims = corpus_claims(crosscheck.load_corpus(tmp_path))
    [claim] = [c for c in claims if c.doc_id == "a.txt" and c.facet == "event.participants"]
    # Three presidents for "the two presidents": no telling which two, so no one is put in.
    assert isinstance(claim.details, EventDetails)
    assert claim.value == "" and claim.details.resolved == ()


def test_the_host_is_the_leader_of_the_country_the_event_is_held_in(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "2025-03-04", "Luis Soto met Ana Ruiz in Lima on March 3, 2025.")
    write(
        tmp_path,
        "b.txt",
        "2025-03-04",
        "Peruvian President Ana Ruiz opened a bridge on March 1. Luis Soto met the host in Lima "
        "on March 3, 2025.",
    )
    claims = corpus_claims(crosscheck.load_corpus(tmp_path))
    [claim] = [
        c
        for c in claims
        if c.doc_id == "b.txt" and c.facet == "event.participants" and "luis-soto" in c.value
    ]
    assert claim.value == "person:~ana-ruiz+person:~luis-soto"
    [a] = [c for c in claims if c.doc_id == "a.txt" and c.facet == "event.participants"]
    assert a.subject == claim.subject  # one event
