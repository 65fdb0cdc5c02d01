"""Event alignment of undated coverage: weekdays as days, dates on the event, one fact swapped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import crosscheck
from tests.test_events import event_docs, frames_of, write, write_undated


def test_undated_incidents_in_one_country_line_up_by_their_weekday(tmp_path: Path) -> None:
    # Two quakes in one country: the outlets naming the same weekday tell one, the other another.
    write_undated(tmp_path, "a.txt", "A strong earthquake struck Chile on Sunday.")
    write_undated(
        tmp_path, "b.txt", "An earthquake shook Chile on Wednesday, the second in a week."
    )
    write_undated(tmp_path, "c.txt", "A powerful quake struck Chile on Sunday.")
    findings = crosscheck.crosscheck(tmp_path).findings
    groups = event_docs(findings)
    assert {"a.txt", "c.txt"} in groups
    assert not [g for g in groups if "b.txt" in g and len(g) > 1]
    assert not [f for f in findings if f.category == "contradiction"]


# sentence, class, participants, place: frames this round reads that opened nothing or no place
FRAMES = [
    # a verb and its preposition ("phrases"): a stay, placed where one checks into
    (
        "Singer Mara Holt checked herself into the Linden Recovery Clinic on Monday.",
        "rehab",
        "person:~holt-mara",
        "organization:~linden-recovery-clinic",
    ),
    # a verb and its object: an office offered to someone named as the subject of a passive
    (
        "Dr. Ines Korhonen has been offered the post of health commissioner by Mayor Pekka Salo.",
        "appointment",
        "person:~ines-korhonen+person:~pekka-salo",
        "",
    ),
    (
        "The Harbor City Gulls parted ways with coach Dario Menezes on Tuesday.",
        "dismissal",
        "person:~dario-menezes",
        "",
    ),
    # a place hung on the victim, not on the verb: where they were is where it happened
    (
        "Police arrested a driver who killed a 58-year-old man outside the Kaufhof store in Leipzig.",
        "death",
        "",
        "place:~leipzig",
    ),
    # "on" a mountain or a road the model names as a place
    (
        "Juri Mets fell to his death on Mount Kazbek.",
        "death",
        "person:~juri-mets",
        "region:~mount-kazbek",
    ),
]


@pytest.mark.parametrize(("text", "group", "participants", "place"), FRAMES)
def test_frames_of_phrases_and_places_on_arguments(
    text: str, group: str, participants: str, place: str
) -> None:
    found = [f for f in frames_of(text, published=None) if f["group"] == group]
    assert [(f["participants"], f["place"]) for f in found] == [(participants, place)]


def test_an_event_verb_continuing_a_placed_clause_takes_its_place() -> None:
    text = "A gunman opened fire at a ferry terminal in Gdansk on Friday, killing one passenger."
    found: dict[str, Any] = {f["group"]: f for f in frames_of(text, published=None)}
    assert found["death"]["place"] == found["attack"]["place"] == "place:~gdansk"


def test_an_office_offered_without_saying_to_whom_names_no_appointee(tmp_path: Path) -> None:
    # "offered the job" names only who offered it: not the appointment of the one named elsewhere.
    write_undated(tmp_path, "a.txt", "Governor Ada Lusk has offered the job, aides said.")
    write_undated(tmp_path, "b.txt", "Governor Ada Lusk nominated her for the bench.")
    write_undated(tmp_path, "c.txt", "Governor Ada Lusk appointed Omar Fell chief judge.")
    findings = crosscheck.crosscheck(tmp_path).findings
    groups = event_docs(findings)
    assert not [g for g in groups if "c.txt" in g and len(g) > 1]
    assert not [f for f in findings if f.category == "contradiction"]


def _dated(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(f"Title: {name}\nPublished: 2024-03-04\n\n{body}\n", "utf-8")


def test_a_place_swapped_in_one_article_is_a_contradiction_not_another_event(
    tmp_path: Path,
) -> None:
    _dated(tmp_path, "a.txt", "Olaf Lindqvist met Petra Vosberg in Paris on March 3.")
    _dated(tmp_path, "b.txt", "Petra Vosberg met Olaf Lindqvist in Paris on March 3.")
    # The same person on the same day, placed in another city: one fact disagrees.
    _dated(tmp_path, "c.txt", "Olaf Lindqvist held talks in Berlin on March 3.")
    findings = crosscheck.crosscheck(tmp_path).findings
    places = [f for f in findings if f.facet == "event.place" and f.category == "contradiction"]
    assert [sorted({o.doc_id for o in f.observations}) for f in places] == [
        ["a.txt", "b.txt", "c.txt"]
    ]


def test_a_place_and_a_day_both_different_make_another_event(tmp_path: Path) -> None:
    _dated(tmp_path, "a.txt", "Olaf Lindqvist met Petra Vosberg in Paris on March 3.")
    _dated(tmp_path, "b.txt", "Petra Vosberg met Olaf Lindqvist in Paris on March 3.")
    _dated(tmp_path, "c.txt", "Olaf Lindqvist held talks in Berlin on February 27.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [f for f in findings if f.category == "contradiction"]
    assert not [g for g in event_docs(findings) if "c.txt" in g and len(g) > 1]


def test_places_that_relate_agree_beside_one_the_registry_lacks(tmp_path: Path) -> None:
    _dated(tmp_path, "a.txt", "Olaf Lindqvist met Petra Vosberg in Paris on March 3.")
    _dated(tmp_path, "b.txt", "Petra Vosberg met Olaf Lindqvist in Paris on March 3.")
    _dated(tmp_path, "c.txt", "Olaf Lindqvist met Petra Vosberg at the Hotel Corvina on March 3.")
    findings = crosscheck.crosscheck(tmp_path).findings
    agreed = [f for f in findings if f.facet == "event.place" and f.kind == "agreement"]
    assert [sorted({o.doc_id for o in f.observations}) for f in agreed] == [["a.txt", "b.txt"]]


def test_a_season_beside_a_dissenting_weekday_does_not_hide_it(tmp_path: Path) -> None:
    write_undated(tmp_path, "a.txt", "The Harbor Gulls fired coach Dario Menezes on Saturday.")
    write_undated(
        tmp_path, "b.txt", "The Harbor Gulls fired coach Dario Menezes on Saturday morning."
    )
    # "the 2019-20 season" agrees with any day; the article's own day is Monday.
    write_undated(
        tmp_path,
        "c.txt",
        "The Harbor Gulls fired coach Dario Menezes on Monday after a poor start to the "
        "2019-20 season.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    dates = [f for f in findings if f.facet == "event.date" and f.category == "contradiction"]
    assert [sorted(o.written for o in f.observations) for f in dates] == [
        ["Monday", "Saturday", "Saturday morning"]
    ]


# Two stays of one person at two venues on two days are two events; one stay told with the same
# venue and a day's slip (across the night, or a plain day apart) is one event.
def test_two_venues_on_two_days_are_two_events(tmp_path: Path) -> None:
    write_undated(
        tmp_path,
        "a.txt",
        "Singer Tova Brandt checked into the Alderwood Recovery Center in Fresno on Tuesday "
        "morning, her manager said.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        "Tova Brandt checked into the Alderwood Recovery Center on Tuesday, her manager confirmed.",
    )
    write_undated(
        tmp_path,
        "c.txt",
        "Tova Brandt checked into the Silver Pines Treatment Lodge on Thursday after leaving "
        "another clinic.",
    )
    write_undated(
        tmp_path,
        "d.txt",
        "Tova Brandt checked into the Silver Pines Treatment Lodge on Thursday, a spokesman said.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    groups = event_docs(findings)
    assert {"a.txt", "b.txt"} in groups
    assert {"c.txt", "d.txt"} in groups
    assert all(g <= {"a.txt", "b.txt"} or g <= {"c.txt", "d.txt"} for g in groups)
    assert not [f for f in findings if f.category == "contradiction"]


@pytest.mark.parametrize(
    ("first", "second", "dates"),
    [
        # one night, two calendars: the dates agree
        ("late Tuesday night", "Early Wednesday morning,", ["corroborated"]),
        # a plain day apart: still one stay (its place and people line up); neither weekday is
        # filed, as no two documents agree on one
        ("on Tuesday", "On Wednesday,", []),
    ],
)
def test_one_venue_and_a_day_slip_is_one_event(
    tmp_path: Path, first: str, second: str, dates: list[str]
) -> None:
    write_undated(
        tmp_path,
        "a.txt",
        f"Singer Tova Brandt checked into the Alderwood Recovery Center {first}, her manager said.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        f"{second} singer Tova Brandt checked into the Alderwood Recovery Center, a spokesman "
        "said.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    lined_up = {
        f.facet: f.category
        for f in findings
        if f.kind != "note" and {o.doc_id for o in f.observations} == {"a.txt", "b.txt"}
    }
    assert lined_up["event.participants"] == lined_up["event.place"] == "corroborated"
    assert [f.category for f in findings if f.facet == "event.date" and f.kind != "note"] == dates


# Two outlets telling one strongly identified event (its two sides, or the same two people) and
# placing it in two cities apart, no date on either side: one event placed differently.
PLACED_APART = [
    (
        "Dana Voss stopped Ilse Brandt in the fourth round in Berlin.",
        "Dana Voss knocked out Ilse Brandt in the fourth round in Vienna.",
    ),
    (
        "Trade minister Elio Varga met Finance Minister Nadia Orrell in Madrid.",
        "Elio Varga held talks with Nadia Orrell in Lisbon.",
    ),
]


@pytest.mark.parametrize(("first", "second"), PLACED_APART)
def test_a_strong_event_placed_apart_without_dates_contradicts_on_place(
    tmp_path: Path, first: str, second: str
) -> None:
    write_undated(tmp_path, "a.txt", first)
    write_undated(tmp_path, "b.txt", second)
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert [f.facet for f in findings if f.category == "contradiction"] == ["event.place"]


def test_the_same_pairing_placed_apart_weeks_apart_is_two_events(tmp_path: Path) -> None:
    # Published a month apart: two bouts of one pairing (a rematch), not one placed differently.
    write(
        tmp_path,
        "a.txt",
        "2024-03-02",
        "Dana Voss stopped Ilse Brandt in the fourth round in Berlin.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-04-06",
        "Dana Voss knocked out Ilse Brandt in the fourth round in Vienna.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} not in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_one_participant_placed_apart_without_dates_is_two_events(tmp_path: Path) -> None:
    # One person in common is weak identity: another city is another event, never a contradiction.
    write_undated(tmp_path, "a.txt", "Singer Tova Brandt was arrested in Berlin.")
    write_undated(tmp_path, "b.txt", "Tova Brandt was arrested in Vienna.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [f for f in findings if f.category == "contradiction"]


@pytest.mark.parametrize(
    ("spelt", "joined"),
    [
        ("Angus Browne", True),  # a silent final e: one surname spelt two ways
        ("Angus Brownie", False),  # another letter before it: another name
    ],
)
def test_a_surname_spelt_with_a_silent_final_e_is_one_person(
    tmp_path: Path, spelt: str, joined: bool
) -> None:
    body = "On {day}, 41-year-old {name} died after slipping and falling from a ridge near the hut."
    for name, doc, day in (
        ("a.txt", "Angus Brown", "Friday"),
        ("b.txt", spelt, "Monday"),
        ("c.txt", "Angus Brown", "Friday"),
    ):
        write(tmp_path, name, "2031-03-08", body.format(day=day, name=doc))
    findings = crosscheck.crosscheck(tmp_path).findings
    dates = [f for f in findings if f.facet == "event.date" and f.category == "contradiction"]
    assert bool(dates) == joined
    if joined:
        assert {o.doc_id for o in dates[0].observations} >= {"a.txt", "b.txt"}
