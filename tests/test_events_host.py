"""A place that hosts an event is where it is held, not one of its participants."""

from __future__ import annotations

import pytest

from tests.test_events import frames_of

# sentence, class, participants, place
PLACED = [
    ("Lisbon hosted the summit on Monday.", "meeting", "", "place:lisbon"),
    # The hosting country is the place, and is no participant beside the two who met.
    (
        "Portugal hosted the talks between Alan Pruitt and Dana Voss on Monday.",
        "meeting",
        "person:~alan-pruitt+person:~dana-voss",
        "country:pt",
    ),
    # A person who hosts stays a participant.
    ("Alan Pruitt hosted the talks in Lisbon.", "meeting", "person:~alan-pruitt", "place:lisbon"),
]


@pytest.mark.parametrize(("text", "group", "participants", "place"), PLACED)
def test_a_hosting_place_places_the_event(
    text: str, group: str, participants: str, place: str
) -> None:
    found = [f for f in frames_of(text) if f["group"] == group]
    assert [(f["participants"], f["place"]) for f in found] == [(participants, place)]


def test_a_person_named_by_nationality_who_hosts_places_nothing() -> None:
    """ "A Canadian hosted the awards": a person, whose demonym names a country; only a name the
    model labels a place hosts as a place."""
    (awards,) = frames_of("A Canadian hosted the awards in 2015.")
    assert awards["place"] == ""
