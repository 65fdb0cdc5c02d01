"""Identity behind verdicts: a contradiction rests on one subject by a recorded decision (issue 13, item 6).

Renaming a person or a party the same way in every article changes no verdict; a contradiction is
always about one subject, and its explanation names the decision that made the two sides one
entity; spellings too far apart to merge are a possible variant, never a contradiction.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck import extract_claims
from crosscheck.align import align
from crosscheck.compare import compare
from crosscheck.model import Claim, Merge, Modality, Span
from crosscheck.names.findings import identity_note
from crosscheck.normalize import normalize

from .test_names_findings import corpus_of, run

DAY = dt.date(2031, 4, 7)
# Invented people and parties, none in the shipped registry; titles make each a person whatever
# the statistical model thinks of the name.
GIVEN = ("Oskar", "Ines", "Tomas", "Priya", "Marta", "Jonas", "Amara", "Lukas")
FAMILY = ("Lindqvist", "Okoro", "Halvorsen", "Brannigan", "Vasquez", "Tammsaar", "Delacroix")
PARTIES = ("Green Future", "Civic Union", "New Harbour", "Open Valley")
# Three articles about one person: two agree on the role and party, the third gives another
# portfolio and another party.
STORY = (
    "Transport Minister {p} of the {q} party opened the new bridge on Monday. "
    "{s} said the bridge would carry 9,000 cars a day.",
    "Transport Minister {p}, of the {q} party, opened the bridge on Monday.",
    "Finance Minister {p}, of the {r} party, opened the bridge on Monday.",
)

Verdicts = Counter[tuple[str, str, str, frozenset[str]]]


def verdicts(person: str, party: str, other_party: str) -> Verdicts:
    """Return the story's name findings by kind, category, facet and documents, names left out."""
    surname = person.split()[-1]
    texts = [t.format(p=person, q=party, r=other_party, s=surname) for t in STORY]
    findings = run(corpus_of(*texts, dates=(DAY, DAY, DAY)))
    return Counter((str(f.kind), f.category, str(f.facet), frozenset(f.doc_ids)) for f in findings)


@pytest.fixture(scope="module")
def reference() -> Verdicts:
    return verdicts("Oskar Lindqvist", "Green Future", "Civic Union")


def test_the_story_has_the_verdicts_the_renaming_must_keep(reference: Verdicts) -> None:
    categories = {(category, facet) for _, category, facet, _ in reference}
    assert ("contradiction", "person.role") in categories
    assert ("contradiction", "person.affiliation") in categories


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    given_name=st.sampled_from(GIVEN),
    family=st.sampled_from(FAMILY),
    parties=st.permutations(PARTIES).map(lambda p: p[:2]),
)
def test_renaming_an_entity_in_every_article_changes_no_verdict(
    reference: Verdicts, given_name: str, family: str, parties: list[str]
) -> None:
    assert verdicts(f"{given_name} {family}", parties[0], parties[1]) == reference


# The same with parties known only from the text around them: winning seats, "whose Y", "the Y
# of <title> X" (issue 13, item 2); no article writes the word "party".
ELECTION = (
    "{q} won 14 seats. Mayor {p}, whose {q} fell to 9%, resigned on Monday.",
    "The {q} of outgoing Mayor {p} won 14 seats on Sunday.",
    "The {r} of Mayor {p} won 12 seats on Sunday.",
)


def election_verdicts(person: str, party: str, other_party: str) -> Verdicts:
    """Return the election story's name findings, names left out."""
    texts = [t.format(p=person, q=party, r=other_party) for t in ELECTION]
    findings = run(corpus_of(*texts, dates=(DAY, DAY, DAY)))
    return Counter((str(f.kind), f.category, str(f.facet), frozenset(f.doc_ids)) for f in findings)


@pytest.fixture(scope="module")
def election_reference() -> Verdicts:
    return election_verdicts("Oskar Lindqvist", "Green Future", "Civic Union")


def test_the_election_story_has_a_party_contradiction(election_reference: Verdicts) -> None:
    assert any(
        category == "contradiction" and facet == "person.affiliation"
        for _, category, facet, _ in election_reference
    )


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    given_name=st.sampled_from(GIVEN),
    family=st.sampled_from(FAMILY),
    parties=st.permutations(PARTIES).map(lambda p: p[:2]),
)
def test_renaming_parties_known_from_context_changes_no_verdict(
    election_reference: Verdicts, given_name: str, family: str, parties: list[str]
) -> None:
    assert election_verdicts(f"{given_name} {family}", parties[0], parties[1]) == election_reference


# Parties made so by where they stand, and an organisation nothing shows to be one: "whose Y"
# where another article gives the person a party is a party (a contradiction naming the slot
# decision); "X of the Y" is at most a possible variant (issue 13, items 1 and 6).
SLOTS = (
    "Transport Minister {p}, of the {q} Party, opened the bridge on Monday.",
    "Transport Minister {p}, whose {r} fell to 9%, opened the bridge on Monday.",
    "Transport Minister {p} of the {s} opened the bridge on Monday.",
)


def slot_verdicts(person: str, parties: list[str]) -> Verdicts:
    """Return the slot story's name findings, names left out, and check every party decision."""
    q, r, s = parties
    texts = [t.format(p=person, q=q, r=r, s=s) for t in SLOTS]
    findings = run(corpus_of(*texts, dates=(DAY, DAY, DAY)))
    for f in findings:
        if f.facet == "person.affiliation" and f.category == "contradiction":
            assert "parties: " in f.explanation and ": None" not in f.explanation
    return Counter((str(f.kind), f.category, str(f.facet), frozenset(f.doc_ids)) for f in findings)


@pytest.fixture(scope="module")
def slot_reference() -> Verdicts:
    return slot_verdicts("Oskar Lindqvist", ["Green Future", "Civic Union", "New Harbour"])


def test_the_slot_story_has_a_contradiction_and_a_possible_party(slot_reference: Verdicts) -> None:
    found = {(category, facet) for _, category, facet, _ in slot_reference}
    assert ("contradiction", "person.affiliation") in found
    assert ("possible-variant", "person.affiliation") in found


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    given_name=st.sampled_from(GIVEN),
    family=st.sampled_from(FAMILY),
    parties=st.permutations(PARTIES).map(lambda p: list(p[:3])),
)
def test_renaming_parties_known_by_where_they_stand_changes_no_verdict(
    slot_reference: Verdicts, given_name: str, family: str, parties: list[str]
) -> None:
    assert slot_verdicts(f"{given_name} {family}", parties) == slot_reference


def _variant(family: str, edit: int) -> str:
    """Return ``family`` with one letter doubled or dropped (a spelling slip)."""
    at = 1 + edit % (len(family) - 2)
    return family[:at] + family[at] + family[at:] if edit % 2 else family[:at] + family[at + 1 :]


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    given_a=st.sampled_from(GIVEN),
    given_b=st.sampled_from(GIVEN),
    family=st.sampled_from(FAMILY),
    edit=st.integers(0, 20),
)
def test_a_contradiction_never_has_two_subjects(
    given_a: str, given_b: str, family: str, edit: int
) -> None:
    other = f"{given_b} {_variant(family, edit)}"
    texts = (
        f"Transport Minister {given_a} {family} opened the bridge on Monday.",
        f"Transport Minister {given_a} {family}, of the Green Future party, spoke on Monday.",
        f"Interior Minister {other}, of the Civic Union party, spoke on Monday.",
    )
    findings = run(corpus_of(*texts, dates=(DAY, DAY, DAY)))
    for f in findings:
        if f.category != "contradiction" or not f.subject.startswith("person:"):
            continue
        assert "|" not in f.subject
        # The explanation names the decision that made every side this one subject, and for
        # parties the decision that made each side a party.
        assert f"identity: {f.subject}," in f.explanation
        assert {o.doc_id for o in f.observations} == set(f.doc_ids)
        if f.facet == "person.affiliation":
            assert "parties: " in f.explanation and ": None" not in f.explanation
    variants = [f for f in findings if f.category == "possible-variant"]
    for v in variants:
        # Kept apart as a possible variant: no contradiction sets one against the other.
        pair = set(v.subject.split("|"))
        assert not any(
            f.category == "contradiction"
            and f.subject in pair
            and len(f.doc_ids) > 1
            and {"0.txt", "2.txt"} <= set(f.doc_ids)
            for f in findings
        )


def test_a_spelling_slip_across_articles_is_a_possible_variant_not_a_contradiction() -> None:
    texts = (
        "Transport Minister Park Min-gon opened the bridge on Monday.",
        "Interior Minister Park Min-gun opened the bridge on Monday.",
    )
    findings = run(corpus_of(*texts, dates=(DAY, DAY)))
    assert [f.category for f in findings if f.category == "possible-variant"]
    assert not [f for f in findings if f.category == "contradiction"]


def _claim(subject: str, doc_id: str, merge: Merge | None = None) -> Claim:
    return Claim(
        doc_id=doc_id,
        subject=subject,
        facet="person.role",
        value="transport minister",
        written="Transport Minister",
        evidence=(Span(doc_id=doc_id, start=0, end=18),),
        modality=Modality.ASSERTED,
        merge=merge,
    )


def test_identity_note_names_the_decision() -> None:
    registry = [_claim("person:yoon-suk-yeol", "a.txt"), _claim("person:yoon-suk-yeol", "b.txt")]
    assert identity_note(registry) == "identity: person:yoon-suk-yeol, a registry entity"
    key = [_claim("person:~okoro-ines", "a.txt")]
    assert "the same name key" in identity_note(key)
    merged = [
        _claim("person:~okoro-ines", "a.txt"),
        _claim("person:~okoro-ines", "b.txt", Merge("person:~okorro-ines", "fuzzy", 96.6)),
    ]
    assert identity_note(merged) == (
        "identity: person:~okoro-ines, merged from person:~okorro-ines by fuzzy score 96.6"
    )


def test_identity_note_refuses_two_subjects() -> None:
    with pytest.raises(ValueError, match="one subject"):
        identity_note([_claim("person:~a-b", "a.txt"), _claim("person:~c-d", "b.txt")])


def test_one_person_spelt_two_ways_is_merged_and_the_decision_named() -> None:
    texts = (
        "Mayor Elin Bergqvist said 31 boats sank in the harbour on Friday.",
        "Mayor Elin Bergqvist said the harbour would reopen on Monday.",
        "Mayor Elin Bergquist said 13 boats sank in the harbour on Friday.",
    )
    corpus = corpus_of(*texts, dates=(DAY, DAY, DAY))
    claims = normalize([c for d in corpus.documents for c in extract_claims(d)], corpus)
    findings = compare(align(claims), corpus, claims)
    # one person: no possible variant, a naming variant that names the merge
    assert not [f for f in findings if f.category == "possible-variant"]
    [variant] = [f for f in findings if f.facet == "entity.name" and f.category == "variant"]
    assert "by spelling score" in variant.explanation
    assert variant.explanation.startswith("Elin Bergqvist is named")  # the spelling most use
    # the figures she gave meet under one owner, and the contradiction names that decision
    [boats] = [f for f in findings if f.facet == "quantity" and f.category == "contradiction"]
    assert "identity of the owner" in boats.explanation
    assert "by spelling score" in boats.explanation
    assert {o.doc_id for o in boats.observations} == {"0.txt", "2.txt"}


def test_a_surname_with_and_without_a_silent_final_e_is_one_person() -> None:
    texts = (
        "Mayor Tomas Brook said 31 boats sank in the harbour on Friday.",
        "Mayor Tomas Brooke said 13 boats sank in the harbour on Friday.",
    )
    corpus = corpus_of(*texts, dates=(DAY, DAY))
    claims = normalize([c for d in corpus.documents for c in extract_claims(d)], corpus)
    findings = compare(align(claims), corpus, claims)
    [variant] = [f for f in findings if f.facet == "entity.name" and f.category == "variant"]
    assert "by spelling score" in variant.explanation
    [boats] = [f for f in findings if f.facet == "quantity" and f.category == "contradiction"]
    assert {o.doc_id for o in boats.observations} == {"0.txt", "1.txt"}


def test_one_person_spelt_two_ways_is_one_speaker() -> None:
    # the names normaliser merges the spellings (tier spelling); the quote's speaker follows
    quote = "The ferry will sail again once the ice on the fjord has melted"
    texts = (
        f'"{quote}," said Harbour master Oskar Lindqvist.',
        f'"{quote}," said Harbour master Oskar Lindquist.',
    )
    corpus = corpus_of(*texts, dates=(DAY, DAY))
    claims = normalize([c for d in corpus.documents for c in extract_claims(d)], corpus)
    speakers = {c.value for c in claims if c.facet == "statement.speaker"}
    assert len(speakers) == 1
    findings = compare(align(claims), corpus, claims)
    assert [f.category for f in findings if f.facet == "statement.speaker"] == ["corroborated"]
