"""A software fix put out by its maker as an event class, and habits told on a phrase's verb."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from tests.test_events import event_docs, frames_of, write_undated

# sentence, participants, the words that name the event
PATCHES = [
    (
        "Nordsoft Inc. issued an emergency patch on Tuesday for a flaw in its mail program.",
        "organization:~nordsoft-inc",
        ["issued", "patch"],
    ),
    (
        "Nordsoft Corp. has released an out-of-band security update to close a hole in its browser.",
        "organization:~nordsoft-corp",
        ["released", "update"],
    ),
    (
        "Nordsoft rushes out security patch for its browser",
        "organization:~nordsoft",
        ["rushes", "patch"],
    ),
    (
        "Nordsoft's latest out-of-band patch release needs to be installed at once, a consultant said.",
        "organization:~nordsoft",
        ["release"],
    ),
]


@pytest.mark.parametrize(("text", "participants", "words"), PATCHES)
def test_a_fix_put_out_by_its_maker_is_a_patch(
    text: str, participants: str, words: list[str]
) -> None:
    [frame] = [f for f in frames_of(text) if f["group"] == "patch"]
    assert frame["participants"] == participants
    assert [w for _, w in _words(text, frame["triggers"])] == words
    assert not frame["background"]


def _words(text: str, offsets: tuple[int, ...]) -> list[tuple[int, str]]:
    return [(t, text[t:].split()[0].rstrip(".,")) for t in offsets]


@pytest.mark.parametrize(
    "text",
    [
        "The Grafton police issued an update on the investigation on Tuesday.",  # no kind of update
        "The court released the prisoner on Tuesday.",
        "The ministry issued a statement about the outage on Tuesday.",
    ],
)
def test_a_release_or_an_update_without_a_fix_is_no_patch(text: str) -> None:
    assert not [f for f in frames_of(text) if f["group"] == "patch"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Nordsoft Inc. typically releases patches on the second Tuesday of each month.", "patch"),
        ("Anna Lindqvist normally holds talks with Piet Vandersloot in Oslo.", "meeting"),
    ],
)
def test_a_habit_told_on_the_verb_of_a_phrase_or_support_verb_is_background(
    text: str, group: str
) -> None:
    marked = [f for f in frames_of(text) if f["group"] == group]
    assert marked and all(f["background"] for f in marked)


def test_two_patches_of_one_maker_on_other_weekdays_do_not_contradict(tmp_path: Path) -> None:
    # Undated articles: a maker puts out many fixes, so the maker alone does not make two
    # releases one, and a weekday apart is no date the outlets disagree on.
    write_undated(
        tmp_path,
        "a.txt",
        "Nordsoft Inc. released an emergency patch on Wednesday for its mail program.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        "Nordsoft Inc. issued an urgent patch on Wednesday to close a hole in its mail program.",
    )
    write_undated(
        tmp_path,
        "c.txt",
        "Nordsoft Inc. released a temporary fix on Tuesday for its spreadsheet program.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [f for f in findings if f.category == "contradiction"]
    linked = event_docs(findings)
    assert {"a.txt", "b.txt"} in linked
    assert not [d for d in linked if "c.txt" in d and len(d) > 1]
