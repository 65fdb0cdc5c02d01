"""Which event word a date dates, and which frame takes it: fresh sentences about invented stories.

A date dates the predicate or event noun it hangs off in the parse (``crosscheck.time.syntax``);
the aligner files it under the frame that holds that word (``EventDetails.triggers``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.events.claims import EventDetails, event_claims
from crosscheck.extract import Analysis
from crosscheck.model import Document
from tests.test_dates_claims import dated
from tests.test_events_borrowed_dates import PUBLISHED, _frames, _word

# (sentence, the frame's class, the word the date dates, the date)
AGENT_OCCASIONS = [
    # the occasion an agent noun names by "of" is the hosting: a date on it dates the frame
    (
        "Marta Quist will be the host of the ceremony, televised live on Sunday, May 14, 2023, "
        "from the Corran Hall.",
        "meeting",
        "ceremony",
        "2023-05-14",
    ),
    (
        "Dev Arora will be the host of the ceremony, which takes place on June 3, 2023 in Leeds.",
        "meeting",
        "ceremony",
        "2023-06-03",
    ),
]


@pytest.mark.parametrize(("text", "group", "word", "date"), AGENT_OCCASIONS)
def test_an_agent_takes_the_date_of_the_occasion_it_names(
    text: str, group: str, word: str, date: str
) -> None:
    [frame] = [f for f in _frames(text) if f.group == group]
    assert word in [_word(text, i) for i in frame.triggers]
    assert [c.value for c in dated(text) if c.details.trigger_start in frame.triggers] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # a name after "of" is who organises the occasion, a participant, not the occasion
        "Marta Quist will be the host of the Lakeside Awards on Sunday.",
        # "host" as an argument, not said of someone, opens no frame and names no occasion
        "The host of the ceremony thanked the crew.",
    ],
)
def test_no_occasion_is_read_off_a_name_or_an_argument(text: str) -> None:
    for frame in _frames(text):
        assert all(_word(text, i) not in ("Lakeside", "Awards", "ceremony") for i in frame.triggers)


def _write(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(f"Title: {name}\n\n{body}\n", "utf-8")


def test_the_occasion_date_lines_up_with_the_hosting_date(tmp_path: Path) -> None:
    # Undated articles: one dates the hosting itself, the other the ceremony it names.
    _write(
        tmp_path,
        "arts_wire.txt",
        "The Lakeside Film Guild said Marta Quist will be the host of its awards on May 14, 2023 "
        "at the Corran Hall.",
    )
    _write(
        tmp_path,
        "stage_daily.txt",
        "Marta Quist will be the host of the ceremony, televised live on May 14, 2023 from the "
        "Corran Hall.",
    )
    report = crosscheck.crosscheck(crosscheck.load_corpus(str(tmp_path)))
    dates = [f for f in report.findings if f.facet == "event.date" and f.kind != "note"]
    assert [sorted(o.doc_id for o in f.observations) for f in dates] == [
        ["arts_wire.txt", "stage_daily.txt"]
    ]
    assert all(f.category != "contradiction" for f in dates)


# (sentence, the people of its announcement frame): an announcement that reports an event in its
# clause takes the people that event names; its own subject stays.
REPORTED_PEOPLE = [
    (
        "On July 9, Mayor Ivo Marsh announced that he was nominating Dana Whitcombe, a surgeon "
        "from Tarbert, to be the city's health chief.",
        ["person:~dana-whitcombe", "person:~ivo-marsh"],
    ),
    # no event in the reported clause: nothing to take
    (
        "On July 9, Mayor Ivo Marsh announced that the harbour budget had passed.",
        ["person:~ivo-marsh"],
    ),
    # the reported clause first, the reporting words after a comma, which the parser hangs on it
    # (an adverbial clause or a conjunct) rather than the other way round
    (
        "Ana Vitt will be host of the 9th edition of the Harvest Awards, the Arden Guild of Film "
        "and Stage Artists announced on Friday.",
        ["person:~ana-vitt"],
    ),
    (
        "Lena Marsh, the Welsh singer known to radio listeners for playing a grumpy talking cat "
        "in the Moonfield cartoons, will be host of the 40th edition of the Harvest Awards, the "
        "Arden Guild of Film and Stage Artists announced on Friday.",
        ["person:~lena-marsh"],
    ),
    # after a subordinator or "and" the announcement is an event of its own
    (
        "Ana Vitt resigned as chair, after the Arden Guild announced on Friday.",
        ["organization:~arden-guild"],
    ),
    (
        "Tomas Brenner resigned as coach, and the Harbor City Owls announced a new search on "
        "Monday.",
        ["organization:~harbor-city-owls"],
    ),
]


def _participants(text: str, group: str) -> list[list[str]]:
    doc = Document(id="t.txt", path="t.txt", text=text, published=PUBLISHED)
    return [
        sorted(c.value.split("+"))
        for c in event_claims(Analysis(doc))
        if c.facet == "event.participants"
        and isinstance(c.details, EventDetails)
        and c.details.group == group
    ]


@pytest.mark.parametrize(("text", "people"), REPORTED_PEOPLE)
def test_an_announcement_takes_the_people_of_the_event_it_reports(
    text: str, people: list[str]
) -> None:
    assert _participants(text, "announcement") == [people]


def test_an_announced_nomination_dated_differently_is_a_contradiction(tmp_path: Path) -> None:
    # One outlet tells the announcement by the clause it reports, the other by its object: the
    # same two people, so the days they give are one event's days, and they disagree.
    _write(
        tmp_path,
        "harbour_post.txt",
        "On July 9, Mayor Ivo Marsh announced that he was nominating Dana Whitcombe to be the "
        "city's health chief.",
    )
    _write(
        tmp_path,
        "tarbert_times.txt",
        "Mayor Ivo Marsh on July 12 announced Dana Whitcombe as his pick for health chief.",
    )
    report = crosscheck.crosscheck(crosscheck.load_corpus(str(tmp_path)))
    assert [
        sorted(o.written for o in f.observations)
        for f in report.findings
        if f.facet == "event.date" and f.category == "contradiction"
    ] == [["July 12", "July 9"]]


def test_a_person_read_as_a_place_takes_part_and_carries_the_date(tmp_path: Path) -> None:
    # The small model reads the host's name as a place in the first sentence ("that X will be
    # the host"); the names layer finds the name a person across the corpus, so the frame names
    # its host, with the venue: one event, whose two days disagree.
    _write(
        tmp_path,
        "arden_wire.txt",
        "The Arden Guild of Film and Stage Artists announced Friday that Mika Haller will be the "
        "host of the 40th annual Harvest Awards on March 9 at the Corran Theatre.",
    )
    _write(
        tmp_path,
        "corran_post.txt",
        "Ms. Mika Haller will host the 40th annual Harvest Awards at the Corran Theatre on "
        "March 10, 2024.",
    )
    report = crosscheck.crosscheck(crosscheck.load_corpus(str(tmp_path)))
    assert [
        sorted(o.written for o in f.observations)
        for f in report.findings
        if f.facet == "event.date" and f.category == "contradiction"
    ] == [["March 10, 2024", "March 9"]]
