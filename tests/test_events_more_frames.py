"""Event frames of sentence kinds added for cross-outlet recall: each row a fresh sentence."""

from __future__ import annotations

import pytest

from tests.test_events import frames_of

# sentence, class, participants, place, the words that name the event
FRAMES = [
    # "relieve ... of" names a dismissal whether the preposition hangs on the verb or its object
    (
        "The Harbor City Owls have relieved Dana Whitcombe of her duties as head coach.",
        "dismissal",
        "person:~dana-whitcombe",
        "",
        ["relieved"],
    ),
    (
        "Dana Whitcombe was relieved of her duties as head coach on Monday.",
        "dismissal",
        "person:~dana-whitcombe",
        "",
        ["relieved"],
    ),
    (
        "The Marlow Rovers have relieved Dana Whitcombe of her head coaching responsibilities.",
        "dismissal",
        "person:~dana-whitcombe",
        "",
        ["relieved"],
    ),
    (
        "Piet Vandersloot was forced out as chief executive of the brewery on Monday.",
        "dismissal",
        "person:~piet-vandersloot",
        "",
        ["forced"],
    ),
]


@pytest.mark.parametrize(("text", "group", "participants", "place", "words"), FRAMES)
def test_frames_of_added_sentence_kinds(
    text: str, group: str, participants: str, place: str, words: list[str]
) -> None:
    [frame] = [f for f in frames_of(text, published=None) if not f["background"]]
    assert (frame["group"], frame["participants"], frame["place"]) == (group, participants, place)
    assert frame["words"] == words


@pytest.mark.parametrize(
    "text",
    [
        "The new drug relieved the pain of many patients.",  # relief, not a dismissal
        "The ointment relieved Maria Stavrou of her itching.",  # a person, but no office
    ],
)
def test_relieve_without_a_person_and_duties_opens_no_dismissal(text: str) -> None:
    assert [f for f in frames_of(text, published=None) if f["group"] == "dismissal"] == []
