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


# An incident noun as the subject of an "after" clause hanging on a verb of damage: what that verb
# damaged is where the incident happened ("X has been destroyed after a fire broke out").
# sentence, the incident's place ("" for none)
CAUSED_SITES = [
    (
        "A timber yard in Pelham has been destroyed after a fire broke out on Sunday night.",
        "place:~pelham",
    ),
    (
        "A bakery in Trowbury was badly damaged after an explosion ripped through it.",
        "place:~trowbury",
    ),
    # not a verb of damage: the people evacuated are no site
    ("Forty guests at the Alder Lodge were evacuated after a fire broke out.", ""),
]


@pytest.mark.parametrize(("text", "place"), CAUSED_SITES)
def test_a_site_damaged_after_an_incident_places_it(text: str, place: str) -> None:
    frames = [f for f in frames_of(text, published=None) if f["group"] == "accident"]
    assert [f["place"] for f in frames] == ([place] if place else [])


# The harm an incident did, said of a site in a clause the incident is only a phrase of: "damage
# was done to X in a fire", "X received damage from a fire" place the incident at X.
HARMED_SITES = [
    (
        "Some $3 million in damage was done to the Alder Lodge on Sunday, in a fire that began in "
        "a kitchen.",
        "organization:~alder-lodge",
    ),
    (
        "The Alder Lodge, a landmark of the valley, received about $3 million in damage from a "
        "fire that was set on Sunday.",
        "organization:~alder-lodge",
    ),
]


@pytest.mark.parametrize(("text", "place"), HARMED_SITES)
def test_a_site_harmed_in_an_incident_places_it(text: str, place: str) -> None:
    [frame] = [f for f in frames_of(text, published=None) if f["group"] == "accident"]
    assert frame["place"] == place


def test_harm_from_another_moment_places_no_incident() -> None:
    # "after a storm": the storm is no source of the damage the clause tells, so no site
    text = "Fire crews assessed the damage to the Alder Lodge in the morning after a storm."
    assert [f for f in frames_of(text, published=None) if f["group"] == "disaster"] == []


# Who an adverbial clause's event is about when its subject is a pronoun or missing: "X resigned
# a day after he was charged" (he: X, the named person the clause's verb has as subject), "X
# hanged himself after being arrested" (a gerund after a preposition: its verb's subject). An
# event told hours or a day before another is part of the news, not a background event.
# sentence, class, participants, background
CLAUSE_SUBJECTS = [
    (
        "Police said Piero Santangelo, 51, hanged himself in his cell on Tuesday, hours after he "
        "was arrested in a raid.",
        "arrest",
        "person:~piero-santangelo",
        False,
    ),
    (
        "Piero Santangelo hanged himself in his cell hours after being arrested.",
        "arrest",
        "person:~piero-santangelo",
        False,
    ),
    (
        "Piero Santangelo resigned on Monday, a day after he was charged with fraud.",
        "trial",
        "person:~piero-santangelo",
        False,
    ),
    # years before: an earlier event the story recalls
    (
        "Piero Santangelo resigned in May, years after he was charged with fraud.",
        "trial",
        "person:~piero-santangelo",
        True,
    ),
]


@pytest.mark.parametrize(("text", "group", "participants", "background"), CLAUSE_SUBJECTS)
def test_an_adverbial_clause_takes_its_verbs_named_subject(
    text: str, group: str, participants: str, background: bool
) -> None:
    [frame] = [f for f in frames_of(text, published=None) if f["group"] == group]
    assert (frame["participants"], frame["background"]) == (participants, background)


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun's clause hangs on a verb whose subject is no named person
        "The mayor praised the coach after he was arrested.",
        # a pronoun in a reported clause, not an adverbial one, is left unread
        "Piero Santangelo said on Monday that he was arrested by mistake.",
    ],
)
def test_a_pronoun_not_bound_by_an_adverbial_clause_names_no_one(text: str) -> None:
    assert [f for f in frames_of(text, published=None) if f["group"] == "arrest"] == []


def test_a_gerund_of_an_allegation_takes_no_subject() -> None:
    # "accused of firing": what is alleged, after "of", is not lent the verb's subject
    text = "Rafe Cordano, 20, has been accused of firing at a rival crew from a roof."
    assert [f for f in frames_of(text, published=None) if f["participants"]] == []


def test_a_gerund_on_a_reporting_verb_takes_not_the_reporters_subject() -> None:
    # "After shooting X, Y said Z walked off": Z did the shooting, not the witness Y
    text = "After shooting Ivo Brandt, Lena Pohl said the gunman walked down the hall."
    frames = [f for f in frames_of(text, published=None) if f["group"] == "attack"]
    assert all("lena-pohl" not in f["participants"] for f in frames)
