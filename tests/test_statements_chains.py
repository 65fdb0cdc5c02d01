"""Reporting chains: the outlet or body a statement reaches the article through."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.statements import find_statements
from crosscheck.statements.claims import statement_claims


def doc(text: str, doc_id: str = "d.txt") -> Document:
    return Document(id=doc_id, path=doc_id, text=text)


def via_of(text: str, words: str) -> str | None:
    """The intermediary (as written) of the statement whose words contain ``words``."""
    for s in find_statements(doc(text)):
        if words in s.written:
            return s.via.label if s.via is not None else None
    raise AssertionError(f"no statement with {words!r}")


CHAINS = [
    # seed sentences
    (
        "Lee Jae-myung called for “pragmatic diplomacy” by South Korea, arguing that the two "
        "ties are “not incompatible”, English daily the South China Morning Post reported on "
        "Wednesday.",
        "pragmatic diplomacy",
        "South China Morning Post",
    ),
    (
        "Lee Jae-myung asserted that a tripartite alignment could be forming. He suggested that "
        "Washington might emerge as a broker. The claim, reported by TASS, underscored misgivings.",
        "Washington might emerge",
        "TASS",
    ),
    (
        "On Wednesday, the DP accused the administration “of taking a submissive attitude” toward "
        "the US, according to Yonhap News.",
        "submissive attitude",
        "Yonhap News",
    ),
    (
        "Biden and his team may push their counterparts to agree to consult each other “in the "
        "event of an attack,” according to a Financial Times report on Tuesday.",
        "event of an attack",
        "Financial Times",
    ),
    (
        "Biden will host a summit to discuss “expanding trilateral cooperation across the region "
        "and beyond,” according to the White House.",
        "expanding trilateral",
        "White House",
    ),
    (
        "In an interview that day with the Singapore-based English-language news network CNA, "
        "Moon stressed that “cooperation with Japan has also become very important.”",
        "cooperation with Japan",
        "CNA",
    ),
    # invented stories
    (
        "The minister called for “calm and restraint” after the protests, the BBC reported.",
        "calm and restraint",
        "BBC",
    ),
    (
        'The deal is "dead in the water," a senior European diplomat told the Financial Times.',
        "dead in the water",
        "Financial Times",
    ),
    (
        "Xinhua quoted a foreign ministry spokesman as saying that China “firmly opposes the "
        "sale”.",
        "firmly opposes",
        "Xinhua",
    ),
    (
        "According to the Associated Press, the talks collapsed late on Friday night.",
        "talks collapsed",
        "Associated Press",
    ),
    (
        "Speaking to the Associated Press, the general said troops would withdraw by March.",
        "troops would withdraw",
        "Associated Press",
    ),
    (
        "“The vote was rigged,” the Daily Herald said, citing two election officials.",
        "vote was rigged",
        "Daily Herald",
    ),
    # "X reported": the subject read from the parse, an appositive or clause about it left out
    (
        "The harbour master said the ferry will stop running in winter, the Harbour Gazette, a "
        "weekly, reported on Monday.",
        "ferry will stop",
        "Harbour Gazette",
    ),
    (
        "The farmers called for “a fair price for milk”, the Valley Courier, which covers the "
        "region, reported.",
        "fair price for milk",
        "Valley Courier",
    ),
    (
        "Regional broadcaster Radio Fjord reported that the bridge would close for repairs.",
        "bridge would close",
        "Radio Fjord",
    ),
    # no chain: told an audience that is no outlet; a direct quote with no cue
    (
        "“We are ready,” he told members of the Foreign Media Club on Tuesday.",
        "We are ready",
        None,
    ),
    ('"We will not back down," said Maria Gonzalez, the mayor.', "back down", None),
]


@pytest.mark.parametrize(("text", "words", "expected"), CHAINS)
def test_chains(text: str, words: str, expected: str | None) -> None:
    assert via_of(text, words) == expected


def test_according_to_a_person_names_the_speaker_not_a_chain() -> None:
    (s,) = find_statements(
        doc("According to Lee Jae-myung, this trajectory would reflect a shift.")
    )
    assert s.speaker is not None and s.speaker.key == "person:lee-jae-myung"
    assert s.via is None


def test_a_speaker_keeps_the_chain_named_for_them_earlier() -> None:
    text = (
        "Mayor Ana Silva said the budget was fair, the Herald Tribune reported.\n"
        "“We balanced every line,” Silva added."
    )
    later = find_statements(doc(text))[-1]
    assert later.via is not None and later.via.label == "Herald Tribune" and later.via.inherited


def test_speaker_level_via_claim_per_speaker_and_intermediary() -> None:
    text = (
        "Mayor Ana Silva said the budget was fair, the Herald Tribune reported.\n"
        "“We balanced every line,” Silva added.\n"
        "Councillor Ben Okoro warned that taxes would rise, according to Metro News."
    )
    vias = [c for c in statement_claims(Analysis(doc(text))) if c.facet == "statement.via"]
    assert sorted((c.details.level, c.attributed_to, c.via) for c in vias) == [
        ("speaker", "Ana Silva", "Herald Tribune"),
        ("speaker", "Ben Okoro", "Metro News"),
    ]


def test_statement_level_via_claim_when_nobody_is_named() -> None:
    text = "Leaders may agree to consult “in the event of an attack,” according to a Daily Post report."
    (via,) = [c for c in statement_claims(Analysis(doc(text))) if c.facet == "statement.via"]
    assert via.details.level == "statement"
    assert via.subject.startswith("statement:")
    assert via.written == "Daily Post"


@pytest.mark.parametrize(
    ("seed", "outlet"),
    [
        ("000_ccc2993ba935f9ee.txt", "South China Morning Post"),
        ("001_b3cc9a0815253f82.txt", "TASS"),
    ],
)
def test_seed_lee_remarks_reach_through_their_outlet(
    seeds_dir: Path, seed: str, outlet: str
) -> None:
    text = (seeds_dir / seed).read_text(encoding="utf-8")
    claims = statement_claims(Analysis(doc(text, seed)))
    lee = [
        c
        for c in claims
        if c.facet == "statement.via"
        and c.details.level == "speaker"
        and c.attributed_to == "Lee Jae-myung"
    ]
    assert [c.via for c in lee] == [outlet]
    assert [c.evidence[0].line for c in lee]  # points at the line naming the outlet
