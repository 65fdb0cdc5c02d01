"""Event frames of sentence kinds added for cross-outlet recall: each row a fresh sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.model import Finding
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
    # a death without a place of its own happened where its cause did ("after ...")
    (
        "A 41-year-old hiker is dead after falling about 80 metres at Mount Ruapehu.",
        "death",
        "",
        "region:~mount-ruapehu",
        ["is", "dead"],
    ),
    (
        "A man has died after being hit by a van that fled the scene in Lewisham.",
        "death",
        "",
        "place:~lewisham",
        ["died"],
    ),
    # ... and a relative clause about the cause's own scene places the cause
    (
        "A courier died after being knocked down by a moped that left the scene in Dudley.",
        "death",
        "",
        "place:~dudley",
        ["died"],
    ),
    # the parser hangs the place on the agent's noun or the cause's subject: still the cause's
    ("A cyclist died after a lorry in Hull hit him.", "death", "", "region:~hull", ["died"]),
    (
        "A man died following a crash on the ring road in Lewisham.",
        "death",
        "",
        "place:~lewisham",
        ["died"],
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


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # its own place wins over its cause's
        ("A cyclist died in hospital in Leeds after a crash in Bradford.", ["place:~leeds"]),
        # a clause that is no cause ("before") places nothing: the frame says nothing to keep
        ("A woman died before the fire crews reached the farm in Lydd.", []),
        # only the cause's own place: not a relative clause's, a reduced relative's or their
        # agents' (where someone lives or works is not where the cause happened)
        ("A man died after being hit by a car driven by a man who lives in Leeds.", []),
        ("A man has died after being hit by a van that was later found in Lewisham.", []),
        ("A girl died after being bitten by a dog bred by a man in Ayr.", []),
        ("A woman died after a fall from a horse owned by a farmer who lives in Kendal.", []),
        ("A swimmer died after being pulled from the sea by a lifeguard who works in Whitby.", []),
        (
            "A boy died after he was pulled from a pond at a park in Rotherham.",
            ["place:~rotherham"],
        ),
    ],
)
def test_a_death_takes_its_cause_place_only_without_its_own(text: str, places: list[str]) -> None:
    found = [f["place"] for f in frames_of(text, published=None) if f["group"] == "death"]
    assert found == places


def _undated(folder: Path, name: str, body: str) -> None:
    # ECB+-like input: no publication date.
    (folder / name).write_text(f"Title: {name}\n\n{body}\n", "utf-8")


def _event_docs(findings: list[Finding]) -> list[set[str]]:
    return [
        {o.doc_id for o in f.observations}
        for f in findings
        if f.facet.startswith("event.") and f.kind != "note"
    ]


def test_deaths_placed_by_their_cause_line_up_by_place_and_stay_apart_elsewhere(
    tmp_path: Path,
) -> None:
    # Two falls in one country: the two outlets on the Lewisham death line up (one names the
    # victim), the Croydon one, a similar death nearby, stays apart.
    _undated(
        tmp_path,
        "a.txt",
        "A man has died after being hit by a van that fled the scene in Lewisham.",
    )
    _undated(
        tmp_path,
        "b.txt",
        "Tomasz Wierzba died after he was struck by a van in Lewisham, police said.",
    )
    _undated(tmp_path, "c.txt", "A woman is dead after being hit by a bus in Croydon.")
    findings = crosscheck.crosscheck(tmp_path).findings
    groups = _event_docs(findings)
    assert {"a.txt", "b.txt"} in groups
    assert not [g for g in groups if "c.txt" in g and len(g) > 1]
    assert not [f for f in findings if f.category == "contradiction"]
