"""Where an incident happened when its sentence names the building by its kind alone, and the
classes of time off duty: sentences of kinds the training coverage showed unread."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from tests.test_events import event_docs, frames_of, write_undated

# sentence, event class, the frame's place ("" for no frame of that class)
SITES = [
    # the subject of "caught fire" is where the fire was; its own place phrase too
    ("The Corbin Mill in Dunmore caught fire late on Sunday.", "accident", "place:~corbin-mill"),
    # a damaged building named by its kind is the one building of that kind the article names
    (
        "The mayor said his church was badly damaged in a fire on Monday. The pastor of the "
        "Elm Street Church spoke to reporters.",
        "accident",
        "place:~elm-street-church",
    ),
    # the same after a place preposition ("ripped through")
    (
        "Residents will pray in a school today after a fire ripped through their church on "
        "Friday. The pastor of the Elm Street Church spoke to reporters.",
        "accident",
        "place:~elm-street-church",
    ),
    # a name of several capitalised words ending in a venue word, destroyed: a building
    (
        "Workers were sent home after a blaze destroyed the Larkin Valley Warehouse on Tuesday.",
        "accident",
        "place:~larkin-valley-warehouse",
    ),
    # a headline's capitalised venue word alone, in a reduced relative ("Church Damaged In ...")
    (
        "Mayor's Church Damaged In Suspicious Fire\n\nThe pastor of the Elm Street Church "
        "spoke to reporters.",
        "accident",
        "place:~elm-street-church",
    ),
    # the damaged site is the noun a relative pronoun stands for
    (
        "Crews said the warehouse in Leeds that was destroyed by fire had stood for a century.",
        "accident",
        "place:~leeds",
    ),
    # the place phrase right after an incident noun a verb governs is the noun's
    ("Police are investigating a fire at a store in Ouray.", "accident", "place:~ouray"),
    # a building a fire demolished is where the fire was
    (
        "The town lost a landmark on Sunday, when a blaze demolished the old Larkin warehouse "
        "building in Ashby.",
        "accident",
        "place:~ashby",
    ),
    # a fire set on purpose is the same incident class as the fire
    (
        "Police said arson at the Granite Stadium caused heavy damage on Friday.",
        "accident",
        "place:~granite-stadium",
    ),
    # a town that has the damaged building is where it stands
    (
        "Officials said a blaze overnight had destroyed Lisbon's oldest cork warehouse.",
        "accident",
        "place:lisbon",
    ),
]


@pytest.mark.parametrize(("text", "group", "place"), SITES)
def test_an_incident_is_placed_at_the_building_it_damaged(
    text: str, group: str, place: str
) -> None:
    found = [f for f in frames_of(text, None) if f["group"] == group and not f["background"]]
    assert [f["place"] for f in found] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # two buildings of the kind named: "the chapel" names neither
        "His chapel was damaged in a fire on Monday. The Elm Street Chapel and the Oak Hill "
        "Chapel both held services.",
        # no building of the kind named at all
        "His chapel was damaged in a fire on Monday. Firefighters stayed all night.",
        # a region that has a building may only own it
        "Officials said a blaze overnight had destroyed Ohio's oldest cork warehouse.",
    ],
)
def test_a_building_named_by_its_kind_alone_places_nothing_when_ambiguous(text: str) -> None:
    assert [f for f in frames_of(text, None) if f["group"] == "accident"] == []


# sentence, the participant of its suspension frame
SUSPENSIONS = [
    (
        "The Harbor Hawks placed Dale Forsythe on injured reserve on Tuesday.",
        "person:~dale-forsythe",
    ),
    ("The county placed Sheriff Ona Breck on administrative leave.", "person:~breck-ona"),
    ("The league suspended Rico Almeda for two games on Monday.", "person:~almeda-rico"),
]


@pytest.mark.parametrize(("text", "participant"), SUSPENSIONS)
def test_time_off_duty_is_a_suspension(text: str, participant: str) -> None:
    found = [f for f in frames_of(text) if f["group"] == "suspension"]
    assert [participant in f["participants"].split("+") for f in found] == [True]


def test_fires_at_one_named_building_line_up_and_another_building_stays_apart(
    tmp_path: Path,
) -> None:
    write_undated(
        tmp_path,
        "a.txt",
        "The Elm Street Church caught fire on Friday night. No one was hurt.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        "Her church was badly damaged in a fire on Friday night. The pastor of the Elm Street "
        "Church spoke to reporters.",
    )
    write_undated(
        tmp_path,
        "c.txt",
        "A fire destroyed the Larkin Valley Warehouse on Friday night, officials said.",
    )
    docs = event_docs(crosscheck.crosscheck(tmp_path).findings)
    assert {"a.txt", "b.txt"} in docs
    assert not any("c.txt" in d and len(d) > 1 for d in docs)


# sentence, event class, whether its frame is aligned (not background)
INTENDED = [
    ("Mayor Lena Hoff resigned on Monday.", "dismissal", True),
    ("Governor Ada Lusk met Mayor Lena Hoff in Dunmore on Tuesday.", "meeting", True),
    # an intention the story reports, not an event that happened
    ("Mayor Lena Hoff has promised to resign.", "dismissal", False),
    ("Governor Ada Lusk vowed to meet Mayor Lena Hoff.", "meeting", False),
    # a try or a demand told, by its verb or by a noun of an attempt
    ("Governor Ada Lusk tried to meet Mayor Lena Hoff on Friday.", "meeting", False),
    ("Mayor Lena Hoff made a last attempt to meet Governor Ada Lusk in Dunmore.", "meeting", False),
    (
        "The council pressed on with its quest to hire Nell Voss as town clerk.",
        "appointment",
        False,
    ),
    (
        "The mayor wrote to Governor Ada Lusk to persuade her to hire Nell Voss as town clerk.",
        "appointment",
        False,
    ),
    ("Governor Ada Lusk urged Mayor Lena Hoff to resign on Monday.", "dismissal", False),
    ("Governor Ada Lusk hired Nell Voss as town clerk on Friday.", "appointment", True),
    # what can or may happen
    ("Mayor Lena Hoff could resign.", "dismissal", False),
    ("It could be hard for Governor Ada Lusk to meet Mayor Lena Hoff.", "meeting", False),
    # a guess about what was done is the story's event
    ("Mayor Lena Hoff may have resigned on Monday.", "dismissal", True),
]


@pytest.mark.parametrize(("text", "group", "aligned"), INTENDED)
def test_an_intended_or_possible_event_is_not_an_event(
    text: str, group: str, aligned: bool
) -> None:
    found = [f for f in frames_of(text) if f["group"] == group]
    assert [not f["background"] for f in found] == [aligned]


def test_an_event_about_to_happen_is_not_an_intention() -> None:
    [frame] = [f for f in frames_of("The Larks are about to hire Nell Voss as coach.")]
    assert frame["group"] == "appointment" and not frame["background"]


@pytest.mark.parametrize(
    "text",
    [
        "Mara Tulle broke the school scoring record on Saturday.",
        "Mara Tulle set a national record in the 400 metres on Saturday.",
        "Mara Tulle broke the county mark in the 400 metres on Saturday.",  # a record's mark
        "Mara Tulle set the county mark in the 400 metres on Saturday.",
        # the scorer's place a record gives, the complement of "become"
        "Mara Tulle became the county's all-time leading scorer on Saturday.",
        "Mara Tulle became the club's all-time scoring leader on Saturday.",
    ],
)
def test_a_record_broken_or_set_is_an_event_of_whoever_did_it(text: str) -> None:
    found = [f for f in frames_of(text) if f["group"] == "record"]
    assert [f["participants"] for f in found] == ["person:~mara-tulle"]


def test_becoming_a_leader_of_no_scoring_is_no_record() -> None:
    text = "Mara Tulle became the leader of the Green Party on Saturday."
    assert not [f for f in frames_of(text) if f["group"] == "record"]
