"""Statements across outlets: one subject per quote, speaker contradictions, wording variants

# ruff: noqa: RUF001 - typographic quote marks and apostrophes are what these tests are about
and reporting chains."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.ingest import load_corpus
from crosscheck.model import Claim, Corpus, Document, Finding, FindingKind
from crosscheck.statements.claims import statement_claims
from crosscheck.statements.compare import (
    compare_chains,
    compare_speakers,
    compare_wording,
    compatible,
    is_crop,
    periods,
)
from crosscheck.statements.matching import clusters, same_quote, word_opcodes
from crosscheck.statements.normalize import cluster_statements

COMPARERS = {
    "statement.text": compare_wording,
    "statement.speaker": compare_speakers,
    "statement.via": compare_chains,
}


def doc(doc_id: str, text: str, published: dt.date | None = None) -> Document:
    return Document(id=doc_id, path=doc_id, text=text, published=published)


def claims_of(docs: Sequence[Document]) -> list[Claim]:
    corpus = Corpus(documents=tuple(docs))
    extracted = [c for d in docs for c in statement_claims(Analysis(d))]
    return list(cluster_statements(extracted, corpus))


def findings_of(docs: Sequence[Document], claims: Sequence[Claim] | None = None) -> list[Finding]:
    claims = claims_of(docs) if claims is None else claims
    by_id = {d.id: d for d in docs}
    out: list[Finding] = []
    for group in align(claims):
        if group.facet in COMPARERS:
            out.extend(COMPARERS[group.facet](group, by_id))
    return sorted(out, key=lambda f: f.id)


def kinds(findings: Sequence[Finding], facet: str) -> list[tuple[str, str]]:
    return sorted((f.kind.value, f.category) for f in findings if f.facet == facet)


QUOTE = "We must closely cooperate on security and share missile data in real time"
A = doc("a.txt", f"“{QUOTE},” Defense Minister Carla Ruiz said, Reuters reported.")
B = doc("b.txt", f'Foreign Minister Jonas Berg said: "{QUOTE.replace("must", "should")}."')
C = doc("c.txt", f'"{QUOTE.upper()}!" said Carla Ruiz.')
D = doc("d.txt", "“Taxes will not rise this year under any circumstances,” said Carla Ruiz.")


def test_same_quote_ignoring_case_punctuation_and_small_changes_is_one_subject() -> None:
    texts = [c for c in claims_of([A, B, C, D]) if c.facet == "statement.text"]
    subjects = {c.doc_id: c.subject for c in texts}
    assert subjects["a.txt"] == subjects["b.txt"] == subjects["c.txt"] != subjects["d.txt"]
    assert len({c.subject_label for c in texts if c.doc_id != "d.txt"}) == 1


def test_speaker_contradiction_and_wording_variant() -> None:
    findings = findings_of([A, B, C])
    assert kinds(findings, "statement.speaker") == [("discrepancy", "contradiction")]
    (contradiction,) = [f for f in findings if f.facet == "statement.speaker"]
    assert "Carla Ruiz (a.txt, c.txt)" in contradiction.explanation
    assert "Jonas Berg (b.txt)" in contradiction.explanation
    (variant,) = [f for f in findings if f.category == "variant"]
    assert variant.kind is FindingKind.DISCREPANCY
    assert [o.tag for o in variant.diff.opcodes] == ["equal", "replace", "equal"]
    a_text, b_text = variant.diff.texts
    (replace,) = [o for o in variant.diff.opcodes if o.tag == "replace"]
    assert a_text.split()[replace.a_start : replace.a_end] == ["must"]
    assert b_text.split()[replace.b_start : replace.b_end] == ["should"]
    (agreement,) = [
        f for f in findings if f.facet == "statement.text" and f.kind.value == "agreement"
    ]
    assert agreement.doc_ids == ("a.txt", "c.txt")  # identical once case and marks are folded


def test_pronoun_resolved_speakers_never_contradict() -> None:
    first = doc("p.txt", f"Mayor Ana Silva opened the session. “{QUOTE},” she said.")
    second = doc("q.txt", f"“{QUOTE},” said Councillor Ben Okoro.")
    assert kinds(findings_of([first, second]), "statement.speaker") == []


def test_same_speaker_is_an_agreement() -> None:
    assert kinds(findings_of([A, C]), "statement.speaker") == [("agreement", "corroborated")]


def test_fragments_from_different_speakers_stay_apart() -> None:
    first = doc("f.txt", "Carla Ruiz called the plan “reckless”.")
    second = doc("g.txt", "Jonas Berg called the plan “reckless”.")
    findings = findings_of([first, second])
    assert [f for f in findings if f.kind is FindingKind.DISCREPANCY] == []


def test_speaker_keys_compatibility() -> None:
    assert compatible("person:lee", "person:lee-jae-myung")
    assert compatible("person:~berg-jonas", "person:jonas-berg")
    assert compatible("unnamed:official", "person:jonas-berg")
    assert not compatible("person:carla-ruiz", "person:jonas-berg")


def test_reporting_chain_through_different_intermediaries() -> None:
    scmp = doc("x.txt", "Mayor Ana Silva said the budget was fair, the Morning Post reported.")
    tass = doc("y.txt", "Mayor Ana Silva warned that the budget would fail, reported by TASS.")
    (finding,) = [f for f in findings_of([scmp, tass]) if f.facet == "statement.via"]
    assert (finding.kind.value, finding.category) == ("discrepancy", "reporting-chain")
    assert "Morning Post (x.txt)" in finding.explanation and "TASS (y.txt)" in finding.explanation
    assert {o.via for o in finding.observations} == {"Morning Post", "TASS"}


def test_same_intermediary_is_an_agreement() -> None:
    one = doc("x.txt", "Mayor Ana Silva said the budget was fair, the Morning Post reported.")
    two = doc(
        "y.txt", "Mayor Ana Silva insisted that the budget was balanced, the Morning Post reported."
    )
    assert kinds(findings_of([one, two]), "statement.via") == [("agreement", "corroborated")]


def test_chains_compare_within_a_reporting_period() -> None:
    may = dt.date(2023, 5, 1)
    docs = {
        "a": doc("a", "", may),
        "b": doc("b", "", may + dt.timedelta(days=10)),
        "c": doc("c", "", may + dt.timedelta(days=400)),
        "u": doc("u", ""),
    }
    assert periods(sorted(docs), docs) == [["a", "b", "u"], ["c", "u"]]


def test_seed_statements(seeds_dir: Path) -> None:
    corpus = load_corpus(seeds_dir)
    claims = [c for d in corpus.documents for c in statement_claims(Analysis(d, corpus.entities))]
    claims = list(cluster_statements(claims, corpus))
    findings = findings_of(list(corpus.documents), claims)
    assert [f for f in findings if f.category == "contradiction"] == []
    (chain,) = [f for f in findings if f.category == "reporting-chain"]
    assert {(o.doc_id[:3], o.via) for o in chain.observations} == {
        ("000", "South China Morning Post"),
        ("001", "TASS"),
    }


def test_word_opcodes_index_the_written_words() -> None:
    ops = word_opcodes("“We must act, now!”", "we should act now")
    assert [(o.tag, o.a_start, o.a_end, o.b_start, o.b_end) for o in ops] == [
        ("equal", 0, 1, 0, 1),
        ("replace", 1, 2, 1, 2),
        ("equal", 2, 4, 2, 4),
    ]


def test_matching_threshold() -> None:
    assert same_quote("we must act now on the climate", "we should act now on the climate")
    assert not same_quote("we must act now on the climate", "they will never act on taxes")
    # a quote given in part by another outlet is the same statement
    assert same_quote(
        "the alliance with the us is essential to resolve the nuclear issue",
        "for korea the alliance with the us is essential to resolve the nuclear issue today",
    )


# --- properties ---
DOCS = [A, B, C, D, doc("e.txt", "Mayor Ana Silva said the budget was fair, reported by TASS.")]


@given(st.permutations(DOCS), st.randoms(use_true_random=False))
def test_comparison_is_symmetric_in_the_order_of_sources(docs: list[Document], rnd: object) -> None:
    claims = claims_of(docs)
    shuffled = list(claims)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    renormalised = list(cluster_statements(shuffled, Corpus(documents=tuple(docs))))
    expected = findings_of(sorted(DOCS, key=lambda d: d.id))
    assert findings_of(docs, renormalised) == expected


@given(st.permutations(DOCS))
def test_normalising_twice_changes_nothing(docs: list[Document]) -> None:
    corpus = Corpus(documents=tuple(docs))
    once = list(
        cluster_statements([c for d in docs for c in statement_claims(Analysis(d))], corpus)
    )
    assert list(cluster_statements(once, corpus)) == once


@given(
    st.lists(
        st.sampled_from(
            [QUOTE.lower(), "we should act now", "taxes will not rise"]
            + [f"quote number {i} about the budget" for i in range(6)]
        ),
        max_size=12,
    )
)
def test_cluster_representatives_do_not_depend_on_order(values: list[str]) -> None:
    assert clusters(values) == clusters(list(reversed(values)))


SHORT = "We held the line for most of the season"


@pytest.mark.parametrize(
    ("longer", "kinds_expected"),
    [
        # one outlet quotes more of the sentence: the same quote, agreed on every shared word
        (f"{SHORT}, and nobody in the city should doubt us", [("agreement", "corroborated")]),
        (f"Frankly, {SHORT.lower()}", [("agreement", "corroborated")]),
        # a word changed inside the shared run is a wording variant
        ("We held the line for most of this season", [("discrepancy", "variant")]),
    ],
)
def test_a_quote_inside_a_longer_quote_is_the_same_quote(
    longer: str, kinds_expected: list[tuple[str, str]]
) -> None:
    first = doc("s.txt", f"“{SHORT},” said coach Mira Lenz.")
    second = doc("t.txt", f"“{longer},” said coach Mira Lenz.")
    assert kinds(findings_of([first, second]), "statement.text") == kinds_expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("we held the line for the season", "we held the line for the season and more", True),
        ("we held the line for the season", "so we held the line for the season", True),
        ("we held the line for the season", "we held a line for the season", False),
        ("we held the line for the season", "we held the line all the season and more", False),
    ],
)
def test_is_crop(a: str, b: str, expected: bool) -> None:
    assert is_crop(a, b) is is_crop(b, a) is expected


VARIANT_SPEAKER = "Foreign Minister Ilse Varga said on Monday"
# (quote in outlet a, quote in outlet b, same speaker?, one statement?)
VARIANTS = [
    # two translations of one remark: content words shared, wording not
    (
        "We will never tolerate provocations at our eastern border.",
        "We shall never accept any provocation on the eastern border.",
        True,
        True,
    ),
    # two remarks of one speaker on one topic share a few words only
    (
        "We will never tolerate provocations at our eastern border.",
        "Our farmers will get new support for the eastern border regions.",
        True,
        False,
    ),
    # the same content words from another speaker: no variant link
    (
        "We will never tolerate provocations at our eastern border.",
        "We shall never accept any provocation on the eastern border.",
        False,
        False,
    ),
]


@pytest.mark.parametrize(("a", "b", "same_speaker", "joined"), VARIANTS)
def test_translation_variants_of_one_speaker_are_one_statement(
    a: str, b: str, same_speaker: bool, joined: bool
) -> None:
    other = VARIANT_SPEAKER if same_speaker else "Interior Minister Pal Horvath said on Monday"
    docs = [doc("a.txt", f"{VARIANT_SPEAKER}: “{a}”"), doc("b.txt", f"{other}: “{b}”")]
    texts = [c for c in claims_of(docs) if c.facet == "statement.text"]
    assert (len({c.subject for c in texts}) == 1) is joined
    findings = findings_of(docs)
    assert kinds(findings, "statement.text") == ([("discrepancy", "variant")] if joined else [])
    assert not [f for f in findings if f.category == "contradiction"]


def test_translation_variants_of_different_occasions_stay_apart() -> None:
    docs = [
        doc(
            "a.txt",
            "Ilse Varga said on March 3, 2024: “We will never tolerate provocations at our border.”",
        ),
        doc(
            "b.txt",
            "Ilse Varga said on May 9, 2024: “We shall never accept any provocation on the border.”",
        ),
    ]
    texts = [c for c in claims_of(docs) if c.facet == "statement.text"]
    assert len({c.subject for c in texts}) == 2


# --- a speaker spelt two ways is a possible variant, not two people (issue 13, items 2 and 6) ---
ICE = "The harbour will reopen once the ice on the fjord has melted"


@pytest.mark.parametrize(
    ("first", "second", "category"),
    [
        # a transliteration of one given name: 91.7, in the names' possible-variant band
        ("Mayor Yuri Sorokin", "Mayor Yury Sorokin", "possible-variant"),
        # a letter dropped from the surname
        ("Pilot Mirela Vasquez", "Pilot Mirela Vasques", "possible-variant"),
        # two different people stay a contradiction
        ("Mayor Yuri Sorokin", "Mayor Anton Melnik", "contradiction"),
    ],
)
def test_speakers_spelt_close_are_a_possible_variant(
    first: str, second: str, category: str
) -> None:
    docs = [doc("a.txt", f'"{ICE}," said {first}.'), doc("b.txt", f'"{ICE}," said {second}.')]
    findings = [f for f in findings_of(docs) if f.facet == "statement.speaker"]
    assert [f.category for f in findings] == [category]
    if category == "possible-variant":
        assert "name similarity" in findings[0].explanation


def test_a_third_speaker_apart_keeps_the_contradiction() -> None:
    docs = [
        doc("a.txt", f'"{ICE}," said Mayor Yuri Sorokin.'),
        doc("b.txt", f'"{ICE}," said Mayor Yury Sorokin.'),
        doc("c.txt", f'"{ICE}," said Mayor Anton Melnik.'),
    ]
    findings = [f for f in findings_of(docs) if f.facet == "statement.speaker"]
    assert [f.category for f in findings] == ["contradiction"]


ROUTE = "The winter route will close because demand has fallen"


@pytest.mark.parametrize(
    ("first", "second", "category"),
    [
        # a company's spokeswoman, the company named by its kind only, and the article names
        # the company as a subject before: she speaks for it, one speaker
        (
            f'"{ROUTE}," Tarnvik Ferries said in a statement.',
            f'Tarnvik Ferries cut its timetable. "{ROUTE}," company spokeswoman Lena Holm said.',
            "corroborated",
        ),
        # ... the article names no company: one speaker or two is undecided
        (
            f'"{ROUTE}," Tarnvik Ferries said in a statement.',
            f'Fares rose in May. "{ROUTE}," company spokeswoman Lena Holm said.',
            "possible-variant",
        ),
        # ... the article names a ministry, which a company spokeswoman does not speak for
        (
            f'"{ROUTE}," Tarnvik Ferries said in a statement.',
            f'The Transport Ministry met. "{ROUTE}," company spokeswoman Lena Holm said.',
            "possible-variant",
        ),
        # a ministry's spokesman and the ministry the article names: one speaker
        (
            f'"{ROUTE}," the Harbour Ministry said.',
            f'The Harbour Ministry met on Monday. "{ROUTE}," ministry spokesman Ivo Kral said.',
            "corroborated",
        ),
        # the body named beside the spokeswoman: one speaker
        (
            f'"{ROUTE}," Tarnvik Ferries said in a statement.',
            f'"{ROUTE}," said Lena Holm, a spokeswoman for Tarnvik Ferries.',
            "corroborated",
        ),
        # a titled person is no body: two speakers
        (
            f'"{ROUTE}," said harbour master Oskar Brandvold.',
            f'Tarnvik Ferries cut its timetable. "{ROUTE}," company spokeswoman Lena Holm said.',
            "contradiction",
        ),
    ],
)
def test_a_spokesperson_of_a_body_named_by_its_kind(first: str, second: str, category: str) -> None:
    findings = [
        f
        for f in findings_of([doc("a.txt", first), doc("b.txt", second)])
        if f.facet == "statement.speaker"
    ]
    assert [f.category for f in findings] == [category]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # another article has a spokeswoman speak for the name: a body in every article
        (
            f'"{ROUTE}," Tarnvik Ferries said in a statement.',
            f'"{ROUTE}," said Lena Holm, a spokeswoman for Tarnvik Ferries.',
            "org:tarnvik-ferries",
        ),
        # ... or its own spokesman, the name written before the title
        (
            f'"{ROUTE}," Tarnvik Ferries said in a statement.',
            f'"{ROUTE}," Tarnvik Ferries spokesman Aldo Venn said.',
            "org:tarnvik-ferries",
        ),
        # nothing shows the name to be a body: it keeps the reader's person key (and a harbour
        # master is somebody else: a contradiction, as before)
        (
            f'"{ROUTE}," Tarnvik Ferries said in a statement.',
            f'"{ROUTE}," said Lena Holm, the harbour master.',
            "person:tarnvik-ferries",
        ),
    ],
)
def test_a_name_another_article_shows_to_be_a_body_speaks_as_one(
    first: str, second: str, expected: str
) -> None:
    claims = claims_of([doc("a.txt", first), doc("b.txt", second)])
    speakers = [c.value for c in claims if c.facet == "statement.speaker" and c.doc_id == "a.txt"]
    assert speakers == [expected]
    if expected.startswith("org:"):  # the body and its spokesperson are one speaker
        findings = findings_of([doc("a.txt", first), doc("b.txt", second)], claims)
        verdicts = [f.category for f in findings if f.facet == "statement.speaker"]
        assert verdicts == ["corroborated"]
