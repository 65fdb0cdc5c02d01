"""Event frames and their alignment across documents: type, participants, place, time."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

import crosscheck
from crosscheck.events.claims import event_claims, related
from crosscheck.events.normalize import MAX_DATE_SLIP_DAYS, date_gap, enclosing, places_compatible
from crosscheck.extract import Analysis
from crosscheck.model import Document, FindingKind
from crosscheck.names.registry import registry_for
from crosscheck.time import TimeSpan

DATA = Path(crosscheck.__file__).parent / "data" / "events_en.toml"


def frames_of(text: str, published: dt.date | None = dt.date(2023, 8, 10)) -> list[dict[str, str]]:
    doc = Document(id="t.txt", path="t.txt", text=text, published=published)
    return [
        {"lemma": c.details.lemma, "participants": c.value, "place": c.details.place or ""}
        for c in event_claims(Analysis(doc))
        if c.facet == "event.participants"
    ]


@pytest.mark.parametrize(
    ("text", "lemma", "participants", "place"),
    [
        (
            "Joe Biden will be meeting with President Yoon Suk Yeol and Japanese Prime Minister "
            "Fumio Kishida at Camp David on Aug. 18.",
            "meeting",
            "person:fumio-kishida+person:joe-biden+person:yoon-suk-yeol",
            "place:camp-david",
        ),
        (
            "President Yoon Suk-yeol is set to visit Washington later this month for a summit with his "
            "US counterpart Joe Biden.",
            "summit",  # the summit, during the visit
            "person:joe-biden+person:yoon-suk-yeol",
            "country:us",
        ),
        (
            "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.",
            "meeting",
            "person:vladimir-putin+person:xi-jinping",
            "",
        ),
    ],
)
def test_frames_find_type_participants_and_place(
    text: str, lemma: str, participants: str, place: str
) -> None:
    [frame] = frames_of(text)
    assert (frame["lemma"], frame["participants"]) == (lemma, participants)
    if place:
        assert frame["place"] == place


def test_a_referring_mention_joins_the_frame_it_names() -> None:
    text = (
        "U.S. President Joe Biden would meet with South Korean President Yoon Suk-yeol in Washington. "
        "The anticipated talks in late April were described as concentrating on security."
    )
    doc = Document(id="t.txt", path="t.txt", text=text)
    [frame] = [c for c in event_claims(Analysis(doc)) if c.facet == "event.participants"]
    assert len(frame.details.triggers) == 2  # "meet" and "talks"


@pytest.mark.parametrize(
    "text",
    [
        "The weather was fine and nobody met anyone.",
        "South Korean officials said the talks were useful.",  # one country adjective is no meeting
        "",
    ],
)
def test_no_frame_without_participants(text: str) -> None:
    assert frames_of(text) == []


def test_place_containment_and_compatibility() -> None:
    registry = registry_for()
    assert enclosing("place:camp-david", registry) == ["place:camp-david", "country:us"]
    assert places_compatible("place:camp-david", "country:us", registry) is True
    assert places_compatible("country:us", "place:camp-david", registry) is True
    assert places_compatible("country:us", "country:jp", registry) is False
    assert places_compatible(None, "country:jp", registry) is None


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        (
            TimeSpan("2023-08-18", dt.date(2023, 8, 18), dt.date(2023, 8, 18)),
            TimeSpan("2023-08-19", dt.date(2023, 8, 19), dt.date(2023, 8, 19)),
            1,
        ),
        (
            TimeSpan("XXXX-08-18"),
            TimeSpan("2023-08-18", dt.date(2023, 8, 18), dt.date(2023, 8, 18)),
            0,
        ),
        (TimeSpan("XXXX-04", modifier="END"), TimeSpan("XXXX-08-18"), 110),
        (
            TimeSpan("2023-04", dt.date(2023, 4, 12), dt.date(2023, 4, 30)),
            TimeSpan("2023-04-26", dt.date(2023, 4, 26), dt.date(2023, 4, 26)),
            0,
        ),
        (TimeSpan("PRESENT_REF"), TimeSpan("XXXX-08-18"), None),  # vague: tells nothing
    ],
)
def test_date_gap(a: TimeSpan, b: TimeSpan, gap: int | None) -> None:
    assert date_gap([a], [b]) == gap
    assert date_gap([b], [a]) == gap


def test_groups_relate_within_a_group_and_through_a_container() -> None:
    assert related("meeting", "meeting")
    assert related("visit", "press") and related("press", "visit")
    assert not related("speech", "meeting")


def write(folder: Path, name: str, published: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: {name}\nOutlet: {name}\nPublished: {published}\n\n{body}\n", "utf-8"
    )


def test_one_event_told_twice_agrees_and_a_day_off_contradicts(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2023-08-10",
        "Joe Biden will host Fumio Kishida and Yoon Suk Yeol for a summit at Camp David on Aug. 18.",
    )
    write(
        tmp_path,
        "b.txt",
        "2023-08-12",
        "Joe Biden will be meeting with President Yoon Suk Yeol and Prime Minister Fumio Kishida at Camp David on Aug. 18.",
    )
    dates = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.date"]
    assert [(f.kind, f.category) for f in dates] == [(FindingKind.AGREEMENT, "corroborated")]
    write(
        tmp_path,
        "c.txt",
        "2023-08-11",
        "Joe Biden hosts Fumio Kishida and Yoon Suk Yeol at Camp David on Aug. 19 for a summit.",
    )
    dates = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.date"]
    assert [(f.kind, f.category) for f in dates] == [(FindingKind.DISCREPANCY, "contradiction")]
    assert {o.doc_id for o in dates[0].observations} == {"a.txt", "b.txt", "c.txt"}


def test_same_people_months_apart_in_different_places_are_two_events(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2023-04-12",
        "Yoon Suk Yeol will visit Washington later this month for a summit with Joe Biden.",
    )
    write(
        tmp_path,
        "b.txt",
        "2023-08-10",
        "Joe Biden will host Fumio Kishida and Yoon Suk Yeol for a summit at Camp David on Aug. 18.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [
        f for f in findings if f.facet.startswith("event.") and f.kind == FindingKind.DISCREPANCY
    ]
    assert MAX_DATE_SLIP_DAYS < 100  # the gap here is about four months


def test_events_data_file_is_sorted_unique_and_consistent() -> None:
    data = tomllib.loads(DATA.read_text("utf-8"))
    for table in ("group", "container"):
        assert list(data[table]) == sorted(data[table]), table
    groups = set(data["group"].values())
    for outer, inner in data["container"].items():
        assert outer in groups and set(inner) <= groups and inner == sorted(set(inner))
    for name, words in data["words"].items():
        assert words == sorted(set(words)), name


def test_hard_wrapped_lines_do_not_split_a_sentence() -> None:
    text = (
        "President Joe Biden will host Japanese Prime Minister Fumio Kishida and South Korean President\n"
        "Yoon Suk Yeol for a summit at Camp David on Aug. 19, the White House said.\n"
        "Short headline\n"
        "Joe Biden met Xi Jinping."
    )
    frames = frames_of(text)
    assert frames[0]["participants"] == "person:fumio-kishida+person:joe-biden+person:yoon-suk-yeol"
    assert frames[0]["place"] == "place:camp-david"
    assert frames[1]["participants"] == "person:joe-biden+person:xi-jinping"


@pytest.mark.parametrize(
    "second",
    [
        "The leaders will meet again at the G7 summit in June.",  # a named event: new
        "Both will meet again in June.",  # no referring word: new
    ],
)
def test_only_a_real_reference_back_joins_an_earlier_frame(second: str) -> None:
    text = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Friday. " + second
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 3, 15))
    [frame] = [c for c in event_claims(Analysis(doc)) if c.facet == "event.participants"]
    assert len(frame.details.triggers) == 1


def test_incidents_align_by_kind_and_place_without_participants(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-03-12",
        "An explosion hit a market in Japan on Monday, killing two, police chief Ann Lee said.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-03-12",
        "A powerful explosion tore through a market in Japan on Sunday, officials said.",
    )
    dates = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.date"]
    assert [(f.kind, f.category) for f in dates] == [(FindingKind.DISCREPANCY, "contradiction")]
    assert dates[0].subject_label == "explosion in Japan"
    participants = [
        f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.participants"
    ]
    assert participants == []  # the police chief quoted is no participant of an explosion


def test_the_same_people_on_the_same_day_in_two_countries_contradict_on_place(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-03-12",
        "President Joe Biden met President Xi Jinping in Japan on Monday.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-03-12",
        "President Joe Biden met President Xi Jinping in South Korea on Monday.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    places = [f for f in findings if f.facet == "event.place"]
    assert [(f.kind, f.category) for f in places] == [(FindingKind.DISCREPANCY, "contradiction")]
    assert not [
        f for f in findings if f.facet == "event.date" and f.kind == FindingKind.DISCREPANCY
    ]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("It was the deadliest since the 2007 Pisco earthquake", True),
        ("on the sidelines of the G-7 Summit", True),
        ("said the upcoming summit", False),
        ("before The summit", False),
    ],
)
def test_a_name_or_year_before_an_event_noun_makes_it_another_event(text: str, named: bool) -> None:
    from crosscheck.events.claims import _named_event

    assert _named_event(text, text.rindex(" ") + 1) is named


def test_an_event_after_after_or_before_is_another_event() -> None:
    text = (
        "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Sunday after three months "
        "of talks that nearly failed in December."
    )
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 3, 15))
    meeting, talks = [c for c in event_claims(Analysis(doc)) if c.facet == "event.participants"]
    # "met" and "talks" are two frames: the talks came before the meeting.
    assert (meeting.details.lemma, len(meeting.details.triggers)) == ("meeting", 1)
    assert talks.details.lemma == "talks"


def test_a_time_of_day_alone_does_not_make_two_incidents_one(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-11-12",
        "The earthquake struck Japan at 3:14 a.m. on Sunday. It was the deadliest in Japan since "
        "the 1995 Kobe earthquake, which struck Japan in January.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [
        f for f in findings if f.facet == "event.date" and f.kind == FindingKind.DISCREPANCY
    ]


def test_an_undated_mention_does_not_bridge_two_incidents_years_apart(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "2024-03-12", "An explosion hit a market in Japan on Monday.")
    write(tmp_path, "b.txt", "2024-03-12", "An explosion in Japan killed ten people, police said.")
    write(tmp_path, "c.txt", "2024-03-12", "An explosion in Japan in 1995 killed twenty people.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [
        f for f in findings if f.facet == "event.date" and f.kind == FindingKind.DISCREPANCY
    ]
