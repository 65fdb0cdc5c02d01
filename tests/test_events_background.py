"""Which frames are the story's own event and which are earlier ones it recalls (background)."""

from __future__ import annotations

import pytest

from tests.test_events import frames_of

# A background word ("last") in a period that dates the news: the story's own event.
NEWS = [
    ("The Kestrel Bay council fired city manager Harlan Voss last week.", "fired"),
    ("A delivery van struck and killed Mira Tenholt in Oulu last night.", "killed"),
    ("Forest rangers arrested Ivo Marsh near Lake Sarn last Thursday.", "arrested"),
    ("Ivo Marsh was arrested on a highway outside Sarnby last weekend.", "arrested"),
]

# Earlier events the story recalls: never aligned with the story's own.
RECALLED = [
    ("The Kestrel Bay council fired city manager Harlan Voss last year.", "fired"),
    ("Ivo Marsh was arrested near Lake Sarn last month.", "arrested"),
    ("Harlan Voss was on probation for a previous arrest in Sarnby.", "arrest"),
    ("After the council fired Harlan Voss, Pia Lunde took over the office.", "fired"),
    ("Mayor Pia Lunde previously met Harlan Voss in Oulu.", "met"),
]


def _frame(text: str, word: str) -> dict[str, object]:
    [frame] = [f for f in frames_of(text) if word in f["words"]]
    return frame


@pytest.mark.parametrize(("text", "word"), NEWS)
def test_a_recent_period_after_a_background_word_dates_the_news(text: str, word: str) -> None:
    frame = _frame(text, word)
    assert not frame["background"]
    assert not frame["negated"]


@pytest.mark.parametrize(("text", "word"), RECALLED)
def test_earlier_events_stay_background(text: str, word: str) -> None:
    assert _frame(text, word)["background"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Budget plans in Sarnby were sometimes attacked by Mayor Pia Lunde.", "attacked"),
        ("Rival gangs often attacked the night buses near Oulu.", "attacked"),
    ],
)
def test_a_habit_is_no_one_event(text: str, word: str) -> None:
    # An adverb of frequency tells a habit: no frame of it may line up with the story's event.
    frames = [f for f in frames_of(text) if word in f["words"]]
    assert frames
    assert all(f["background"] for f in frames)


def test_a_single_event_without_frequency_adverb_is_the_news() -> None:
    assert not _frame("Mayor Pia Lunde attacked the budget plans in Sarnby on Monday.", "attacked")[
        "background"
    ]


# A direct question asks whether or why an event happened; it tells neither that it did nor when.
ASKED = [
    ("Did rangers arrest Ivo Marsh near Lake Sarn on Friday?", "arrest"),
    ("When did rangers arrest Ivo Marsh?", "arrest"),
    ('Marchers chanted "why did you arrest Ivo Marsh today" outside the court.', "arrest"),
    ('Marchers chanted "how many times did police arrest Ivo Marsh" outside the court.', "arrest"),
    ("Has the Kestrel Bay council fired Harlan Voss?", "fired"),
]
# Told, though it looks like one: an inversion after "only", a question word as the subject (the
# event is taken as given), a tag question after the told clause.
TOLD = [
    ("Only on Friday did rangers arrest Ivo Marsh near Lake Sarn.", "arrest"),
    ("Who arrested Ivo Marsh near Lake Sarn on Friday?", "arrested"),
    ("The council fired Harlan Voss on Monday, did it not?", "fired"),
]


@pytest.mark.parametrize(("text", "word"), ASKED)
def test_a_question_is_no_telling_of_the_event(text: str, word: str) -> None:
    assert _frame(text, word)["background"]


@pytest.mark.parametrize(("text", "word"), TOLD)
def test_an_inverted_or_questioned_sentence_that_tells_the_event(text: str, word: str) -> None:
    assert not _frame(text, word)["background"]
