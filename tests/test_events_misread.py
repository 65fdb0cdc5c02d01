"""Event frames and identity over kinds of sentence the parser misreads: each row a fresh sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from tests.test_events import event_docs, frames_of, write_undated

# A two-word role noun before a name that the parser reads as a gerund and its particle
# ("running back Ann Lee"): the name is the verb's argument and the verb's prepositions are its
# own, so "placed ... on the injured list" still opens its frame about that person.
# sentence, class, participants
MISREAD_ROLES = [
    (
        "The Tacoma Herons have placed running back Derek Hollins on injured reserve.",
        "suspension",
        "person:~derek-hollins",
    ),
    (
        "Tacoma Herons running back Derek Hollins has been placed on injured reserve.",
        "suspension",
        "person:~derek-hollins",
    ),
    (
        "The Herons placed veteran running back Derek Hollins on the injured list on Tuesday.",
        "suspension",
        "person:~derek-hollins",
    ),
    (
        "The Herons signed running back Derek Hollins to a two-year deal on Friday.",
        "signing",
        "person:~derek-hollins",
    ),
]


@pytest.mark.parametrize(("text", "group", "participants"), MISREAD_ROLES)
def test_a_role_noun_misread_as_a_gerund_leaves_the_frame_its_arguments(
    text: str, group: str, participants: str
) -> None:
    [frame] = [f for f in frames_of(text, published=None) if f["group"] == group]
    assert frame["participants"] == participants
    assert not frame["background"]


@pytest.mark.parametrize(
    "text",
    [
        "The children kept running back into the hall.",  # a gerund and particle, no name after
        "The guards saw a dog running back toward the gate.",
    ],
)
def test_a_real_gerund_and_particle_lends_nothing(text: str) -> None:
    assert [f for f in frames_of(text, published=None) if f["group"] == "suspension"] == []


def test_an_organisation_by_its_short_name_is_the_same_organisation(tmp_path: Path) -> None:
    # One outlet names the club in full, the other by its last word: one placing on the list.
    # A club whose name shares only a last word with it ("Red Herons") is another club.
    write_undated(
        tmp_path,
        "a.txt",
        "The Tacoma Herons placed Derek Hollins on injured reserve on Wednesday.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        "Derek Hollins was placed on injured reserve by the Herons on Wednesday, ending his year.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_organisations_sharing_only_a_last_word_stay_apart(tmp_path: Path) -> None:
    write_undated(tmp_path, "a.txt", "The Red Sox fired manager Ola Brandvik on Monday.")
    write_undated(tmp_path, "b.txt", "The White Sox fired manager Ola Brandvik in March.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [g for g in event_docs(findings) if len(g) > 1]
