"""Places a frame takes from its clause: the place a "where" clause hangs on, and a place that
hosts the event."""

from __future__ import annotations

import pytest

from tests.test_events import frames_of

# sentence, class, participants, place
WHERE = [
    (
        "The singer flew to Denver, where she met Mayor Alan Pruitt on Friday.",
        "meeting",
        "person:~alan-pruitt",
        "place:~denver",
    ),
    # An event noun as the clause's subject.
    (
        "Ministers gathered in Lisbon, where the summit was held on Monday.",
        "meeting",
        "",
        "place:lisbon",
    ),
    # A venue the clause hangs on.
    (
        "Alan Pruitt went to the Corvid Hotel, where he met Dana Voss.",
        "meeting",
        "person:~dana-voss",
        "place:~corvid-hotel",
    ),
]


# A place that hosts the event is where it is held, not one of its participants.
HOSTS = [
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


@pytest.mark.parametrize(("text", "group", "participants", "place"), WHERE + HOSTS)
def test_a_where_clause_or_a_hosting_place_places_its_event(
    text: str, group: str, participants: str, place: str
) -> None:
    found = [f for f in frames_of(text) if f["group"] == group]
    assert [(f["participants"], f["place"]) for f in found] == [(participants, place)]


def test_a_place_of_its_own_wins_over_the_antecedent() -> None:
    """The clause's own place phrase is the event's, not the place the clause hangs on."""
    (meeting,) = [
        f
        for f in frames_of(
            "Alan Pruitt flew to Denver, where he met Dana Voss in Boulder on Friday."
        )
        if f["group"] == "meeting"
    ]
    assert meeting["place"] == "place:~boulder"


def test_a_relative_clause_with_which_places_nothing() -> None:
    """Only a clause of place ("where") says the event happened at its antecedent: "Denver,
    which she visited before she met X" does not."""
    (meeting,) = [
        f
        for f in frames_of("The singer praised Denver, which she left before she met Dana Voss.")
        if f["group"] == "meeting"
    ]
    assert meeting["place"] == ""


def test_a_place_modifying_the_antecedent_places_nothing() -> None:
    """ "flown to the Bremen stadium, where she met X": the clause hangs on the stadium, which
    the model does not name. A place in a building's name need not be where the building stands
    (a hospital named after a country), so the place modifying it is not read as the event's."""
    (meeting,) = frames_of("Dana Voss was flown to the Bremen stadium, where she met Alan Pruitt.")
    assert (meeting["group"], meeting["place"]) == ("meeting", "")


def test_a_person_named_by_nationality_who_hosts_places_nothing() -> None:
    """ "A Canadian hosted the awards": a person, whose demonym names a country; only a name the
    model labels a place hosts as a place."""
    (awards,) = frames_of("A Canadian hosted the awards in 2015.")
    assert awards["place"] == ""
