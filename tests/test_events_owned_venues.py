"""A fire at a building named only by the person who has it ("Ann Roe's church", "the church Ann
Roe attends"): the building is its place, and outlets naming it so line up."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.events.claims import EventDetails, event_claims
from crosscheck.extract import Analysis
from crosscheck.model import Document
from tests.test_events import event_docs, write_undated


def places_of(text: str, group: str) -> list[tuple[str, ...]]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    out = []
    for c in event_claims(Analysis(doc)):
        d = c.details
        if c.facet == "event.participants" and isinstance(d, EventDetails) and d.group == group:
            out.append(d.places)
    return out


# sentence, event class, the places of its one frame of that class
OWNED = [
    # a possessor's building, damaged
    (
        "Mayor Ilse Varga's home church was badly damaged in a suspicious fire.",
        "accident",
        ("place:~ilse-varga-church",),
    ),
    # a contact relative clause the small model misreads, and a place naming the office
    (
        "The church Orland Gov. Ilse Varga attends was badly damaged by fire on Monday night.",
        "accident",
        ("place:~ilse-varga-church",),
    ),
    # a bare weekday between the incident noun and "at" leaves "at" without its object
    (
        "A late fire Monday at Mayor Ilse Varga's home church caused heavy damage.",
        "accident",
        ("place:~ilse-varga-church",),
    ),
    # the building the article names, and the same building by its person
    (
        "Mayor Ilse Varga's home church was badly damaged in a suspicious fire. The warden "
        "of the Elm Street Church spoke to reporters.",
        "accident",
        ("place:~elm-street-church", "place:~ilse-varga-church"),
    ),
]


@pytest.mark.parametrize(("text", "group", "places"), OWNED)
def test_a_building_named_by_its_person_places_the_incident(
    text: str, group: str, places: tuple[str, ...]
) -> None:
    assert places_of(text, group) == [places]


@pytest.mark.parametrize(
    "text",
    [
        # two people: whose building it is, is not one person
        "The church that Ilse Varga and Piet Brand attend was damaged by fire on Monday.",
        # no person: a verb of having without a named subject
        "The church the family attends was badly damaged by fire on Monday night.",
    ],
)
def test_no_one_person_names_no_building(text: str) -> None:
    assert not [p for ps in places_of(text, "accident") for p in ps if p.endswith("-church")]


def test_fires_at_one_persons_building_line_up_without_contradiction(tmp_path: Path) -> None:
    write_undated(
        tmp_path,
        "a.txt",
        "The church Mayor Ilse Varga attends was badly damaged by fire on Monday night.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        "Mayor Ilse Varga's home church was badly damaged in a fire on Monday night. The "
        "warden of the Elm Street Church spoke to reporters.",
    )
    write_undated(
        tmp_path,
        "c.txt",
        "A fire on Monday night caused heavy damage to the Elm Street Church, officials said.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt", "c.txt"} in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]
