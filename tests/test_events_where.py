"""A "where" clause places its event at the place it hangs on."""

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


@pytest.mark.parametrize(("text", "group", "participants", "place"), WHERE)
def test_a_where_clause_places_its_event(
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
