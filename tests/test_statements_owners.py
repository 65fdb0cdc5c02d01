"""Whose words a quote is: a denied claim is its owner's, titles stay out of speaker names.

The sentences are invented (other names, other stories than the evaluation corpora).
"""

# ruff: noqa: RUF001 - typographic quote marks and apostrophes are what these tests are about

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Claim, Corpus, Document, Finding, FindingKind, Modality
from crosscheck.statements import Statement, find_statements
from crosscheck.statements.claims import statement_claims
from crosscheck.statements.compare import compare_speakers
from crosscheck.statements.lexicon import lexicon
from crosscheck.statements.normalize import cluster_statements


def statements(text: str) -> list[Statement]:
    return find_statements(Document(id="d.txt", path="d.txt", text=text))


def only(text: str) -> Statement:
    [s] = statements(text)
    return s


# --- a claim given as someone's words is theirs ---


@pytest.mark.parametrize(
    ("text", "speaker", "denied"),
    [
        (
            "Mayor Tomas Lind dismissed Councillor Anna Berg's claim that \"the tram will "
            'never be built".',
            "Anna Berg",
            False,
        ),
        (
            "The governor rejected Paulo Neves’s assertion that “the dam was never "
            "inspected”, calling it a lie.",
            "Paulo Neves",
            False,
        ),
        (
            'Lind denied claims by Senator Maria Costa that "the budget was cooked in secret".',
            "Maria Costa",
            False,
        ),
        (
            'The coach dismissed the striker\'s remarks: "We lost because nobody ran".',
            "the striker",
            False,
        ),
        # no owner named: the denial stays its subject's, marked denied
        (
            'Mayor Tomas Lind rejected the claim that "the tram will never be built".',
            "Tomas Lind",
            True,
        ),
    ],
)
def test_the_owner_of_a_claimed_quote_is_its_speaker(text: str, speaker: str, denied: bool) -> None:
    s = only(text)
    assert s.speaker is not None
    assert (s.speaker.label, s.denied) == (speaker, denied)


def test_an_owned_quote_is_no_words_of_the_one_who_dismissed_it() -> None:
    s = only('Lind dismissed Berg\'s claim that "the tram will never be built".')
    assert s.speaker is not None and s.speaker.key is not None
    assert "lind" not in s.speaker.key
    assert s.verb is None  # "dismissed" is Lind's verb, not Berg's


# --- a denial never counts as its subject's words when outlets are compared ---

QUOTE = "The river port will close before the winter storms arrive"


def findings(docs: Sequence[Document]) -> list[Finding]:
    corpus = Corpus(documents=tuple(docs))
    extracted = [c for d in docs for c in statement_claims(Analysis(d))]
    claims: list[Claim] = list(cluster_statements(extracted, corpus))
    by_id = {d.id: d for d in docs}
    return [
        f
        for g in align(claims)
        if g.facet == "statement.speaker"
        for f in compare_speakers(g, by_id)
    ]


def doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, path=doc_id, text=text, published=dt.date(2025, 6, 2))


def test_a_denied_quote_adds_no_speaker_to_a_contradiction() -> None:
    a = doc("a.txt", f'"{QUOTE}," Harbour Master Ines Duarte said.')
    b = doc("b.txt", f'"{QUOTE}," said Port Director Rui Gomes.')
    c = doc("c.txt", f'Mayor Carlos Vaz rejected the claim that "{QUOTE}".')
    [finding] = findings([a, b, c])
    assert (finding.kind, finding.category) == (FindingKind.DISCREPANCY, "contradiction")
    assert {o.doc_id for o in finding.observations} == {"a.txt", "b.txt"}


def test_a_denial_alone_agrees_with_nobody() -> None:
    a = doc("a.txt", f'"{QUOTE}," Harbour Master Ines Duarte said.')
    c = doc("c.txt", f'Harbour Master Ines Duarte denied that "{QUOTE}".')
    speaker_claims = [
        cl for d in (a, c) for cl in statement_claims(Analysis(d)) if cl.doc_id == "c.txt"
    ]
    assert {cl.modality for cl in speaker_claims} == {Modality.DENIED}
    assert findings([a, c]) == []


# --- titles, plural titles and pronouns stay out of speaker names ---


@pytest.mark.parametrize(
    ("text", "key", "label"),
    [
        (
            "Prime Ministers Anna Berg and Tomas Lind said the bridge would open in May.",
            "unnamed:anna-berg-and-tomas-lind",
            "Anna Berg and Tomas Lind",
        ),
        (
            "Acme CEO Paula Reyes said the plant would close next year.",
            "person:paula-reyes",
            "Paula Reyes",
        ),
        (
            "Her Danish counterpart Lars Holm said the border would stay open.",
            "person:lars-holm",
            "Lars Holm",
        ),
    ],
)
def test_titles_are_not_part_of_a_speaker_name(text: str, key: str, label: str) -> None:
    s = only(text)
    assert s.speaker is not None
    assert (s.speaker.key, s.speaker.label) == (key, label)


def test_a_plural_title_then_a_short_name_resolves_to_the_full_name() -> None:
    text = (
        'Presidents Ana Ortiz and Luis Mora met on Monday. "We will open the border," said Ortiz.'
    )
    [s] = [s for s in statements(text) if "border" in s.written]
    assert s.speaker is not None
    assert (s.speaker.key, s.speaker.label) == ("person:ana-ortiz", "Ana Ortiz")


def test_the_ministers_are_not_one_minister() -> None:
    text = "Minister Ana Ortiz arrived. The ministers said the talks would go on for days."
    s = next(s for s in statements(text) if "talks" in s.written)
    assert s.speaker is not None and s.speaker.key == "unnamed:ministers"


@pytest.mark.parametrize("word", ["Others", "Some", "Many", "Several", "Everyone"])
def test_an_indefinite_pronoun_names_no_speaker(word: str) -> None:
    found = statements(f"{word} noted that the company had walked away from a deal in 2019.")
    assert all(s.speaker is None or s.speaker.key is None for s in found)


def test_plural_titles_read_as_their_singular() -> None:
    lex = lexicon("en")
    assert [lex.title_of(w) for w in ("ministers", "secretaries", "chairmen", "ceo", "cable")] == [
        "minister",
        "secretary",
        "chairman",
        "ceo",
        None,
    ]


# --- a trailing attribution reports the clause before its comma ---


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "OSLO, June 2 (Wire) — Norway will build a new rail tunnel, Transport Minister "
            "Kari Dahl announced after talks in Bergen on Monday.",
            "Norway will build a new rail tunnel",
        ),
        (
            "The two unions agreed to end the strike, the labour ministry said in a statement.",
            "The two unions agreed to end the strike",
        ),
        (
            "The strike is over, union leader Per Moe told reporters.",
            "The strike is over",
        ),
    ],
)
def test_a_trailing_attribution_reports_the_clause_before_it(text: str, written: str) -> None:
    assert only(text).written == written


def test_a_verb_with_its_own_clause_after_it_reports_that_clause() -> None:
    s = only("The strike ended, union leader Per Moe said the deal was fair to all sides.")
    assert s.written == "the deal was fair to all sides"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # "that" after a few words of place and time opens the reported clause
        (
            "Ortiz told reporters in Quito on Friday that the bridge would reopen in May.",
            "the bridge would reopen in May",
        ),
        (
            "Dahl said at their meeting in Bergen on March 3 that the tunnel must be built.",
            "the tunnel must be built",
        ),
        # a long description before the speaker of a trailing attribution, and a clause after it
        (
            "Roads into the valley were shut, the national highway maintenance agency VIALNET "
            "said, as crews cleared the rubble.",
            "Roads into the valley were shut",
        ),
    ],
)
def test_reported_clause_is_found_past_adjuncts(text: str, written: str) -> None:
    assert only(text).written == written


@pytest.mark.parametrize(
    "text",
    [
        "The two firms agreed to merge their shipping arms next year.",
        "The governor declared a state of emergency in the province.",
        "The mayor promised 300 million pesos in aid for the farmers.",
        "Investigators have not said who started the fire in the depot.",
    ],
)
def test_deeds_and_negated_sayings_are_no_statements(text: str) -> None:
    assert statements(text) == []


def test_a_body_named_after_a_country_speaks_for_itself() -> None:
    d = doc("a.txt", "The quake hit at 3 a.m., the Geophysical Institute of Chile said.")
    [speaker] = [c for c in statement_claims(Analysis(d)) if c.facet == "statement.speaker"]
    assert speaker.value == "org:geophysical-institute-of-chile"
