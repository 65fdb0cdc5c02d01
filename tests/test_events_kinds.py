"""Event frames of sentence kinds the parse hid: each row a fresh sentence about an invented story."""

from __future__ import annotations

import pytest

from tests.test_events import frames_of

# sentence, class, participants, place, the words that name the event
FRAMES = [
    # a suicide told by its act: a verb and its reflexive object, or "committed suicide"
    (
        "Piet Vandersloot hanged himself in his cell in Leeds on Tuesday evening.",
        "death",
        "person:~piet-vandersloot",
        "place:~leeds",
        ["hanged", "himself"],
    ),
    (
        "Piet Vandersloot committed suicide in his cell on Tuesday.",
        "death",
        "person:~piet-vandersloot",
        "",
        ["committed", "suicide"],
    ),
    # the model tags "rehab" before "facility" an adjective: still the stay's kind of place
    (
        "Ann Roe entered a rehab facility in Malibu on Thursday.",
        "rehab",
        "person:~ann-roe",
        "place:~malibu",
        ["entered", "rehab"],
    ),
    # the verb carrying an event noun, a purpose clause or a second verb without a subject,
    # shares its head's subject
    (
        "Tom Weller scored 20 points last night to break the county's career scoring record.",
        "record",
        "person:~tom-weller",
        "",
        ["break", "record"],
    ),
    (
        "Anna Lindqvist flew to Oslo on Monday to hold talks with Piet Vandersloot.",
        "meeting",
        "person:~anna-lindqvist+person:~piet-vandersloot",
        "",
        ["hold", "talks"],
    ),
]


@pytest.mark.parametrize(("text", "group", "participants", "place", "words"), FRAMES)
def test_frames_of_hidden_sentence_kinds(
    text: str, group: str, participants: str, place: str, words: list[str]
) -> None:
    [frame] = [f for f in frames_of(text) if f["group"] == group]
    assert (frame["participants"], frame["place"]) == (participants, place)
    assert [text[t:].split()[0].rstrip(".,") for t in frame["triggers"]] == words
    assert not frame["background"]


@pytest.mark.parametrize(
    "text",
    [
        "Piet Vandersloot enjoyed himself in Leeds on Tuesday.",  # a reflexive of no class
        "The workers hanged a banner on the bridge in Leeds on Tuesday.",  # no reflexive
        "Ann Roe left a rehab facility in Malibu on Thursday.",  # leaving opens no stay
    ],
)
def test_no_frame_outside_the_kind(text: str) -> None:
    assert not [f for f in frames_of(text) if f["group"] in ("death", "rehab")]
