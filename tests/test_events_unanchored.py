"""Unanchored relative dates compared across articles, at the level of an event's date.

Articles without a publication date (as ECB+ gives them) leave "on Tuesday" a weekday of no
known week and "yesterday" a day of no known date. Across articles telling one event, a weekday
can still be checked against a full date: it agrees when the date falls on it, and contradicts it
when not, as a dissenting article does (fewer articles give the weekday than the date; one against
one only of an event known to be one without its dates). "yesterday" fixes nothing: it is never an agreement,
never an agreeing side, and never compatible with everything (issue 9, item 7).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import crosscheck
from crosscheck.model import Finding
from tests.test_events import write, write_undated

# The meeting both articles tell; the date sentence is filled in per test.
MEETING = "Premier Ilse Marqvart met Chancellor Teodor Brancu in Tartu {when}."
FULL_DATE = "on March 4, 2025"
assert dt.date(2025, 3, 4).isoweekday() == 2  # a Tuesday


def _date_findings(tmp_path: Path, *whens: str) -> list[Finding]:
    for i, when in enumerate(whens):
        write_undated(tmp_path, f"{'abcd'[i]}.txt", MEETING.format(when=when))
    findings = crosscheck.crosscheck(tmp_path).findings
    # The two articles are one meeting (so that its dates are compared at all).
    met = [f for f in findings if f.facet == "event.participants" and f.kind != "note"]
    assert [sorted({o.doc_id for o in f.observations}) for f in met] == [
        [f"{'abcd'[i]}.txt" for i in range(len(whens))]
    ]
    return [f for f in findings if f.facet == "event.date" and f.kind != "note"]


def _written(f: Finding) -> list[str]:
    return sorted(o.written for o in f.observations)


def test_a_weekday_agrees_with_a_full_date_on_that_weekday(tmp_path: Path) -> None:
    dates = _date_findings(tmp_path, "on Tuesday", FULL_DATE)
    assert [(f.category, _written(f)) for f in dates] == [
        ("corroborated", ["March 4, 2025", "Tuesday"])
    ]


@pytest.mark.parametrize("weekday", ["Thursday", "Monday"])
def test_a_weekday_contradicts_full_dates_on_another_weekday(tmp_path: Path, weekday: str) -> None:
    dates = _date_findings(tmp_path, f"on {weekday}", FULL_DATE, FULL_DATE)
    assert [(f.category, _written(f)) for f in dates] == [
        ("contradiction", ["March 4, 2025", "March 4, 2025", weekday])
    ]


def test_a_lone_weekday_off_a_lone_full_date_of_a_sure_event_contradicts(tmp_path: Path) -> None:
    # One article against one: the two people the meeting is about identify it whatever its day,
    # so a weekday the full date does not fall on is the meeting dated differently.
    dates = _date_findings(tmp_path, "on Thursday", FULL_DATE)
    assert [(f.category, _written(f)) for f in dates] == [
        ("contradiction", ["March 4, 2025", "Thursday"])
    ]


# One undated article's weekday against one dated article's full date, told of events of several
# kinds: whether the event is known to be one without its dates decides if they contradict.
LONE_WEEKDAY = [
    # the death of the one person the event is about: someone dies once in a story
    ("Ferry pilot Anneli Kross died in a crash near Parnu {when}.", True),
    # the two people of a meeting
    ("Premier Ilse Marqvart met Chancellor Teodor Brancu in Tartu {when}.", True),
    # an incident is known by its kind and place alone: the full date may be an earlier blast
    ("An explosion at a bakery in Tartu injured four people {when}.", False),
    # one person only, in an event of a kind one goes through more than once: it may be another
    ("Oskar Lindqvist gave an interview {when}.", False),
]


@pytest.mark.parametrize(("sentence", "contradicts"), LONE_WEEKDAY)
def test_a_lone_weekday_against_a_lone_full_date(
    tmp_path: Path, sentence: str, contradicts: bool
) -> None:
    assert dt.date(2025, 3, 6).isoweekday() == 4  # a Thursday
    write_undated(tmp_path, "a.txt", sentence.format(when="on Tuesday"))
    write(tmp_path, "b.txt", "2025-03-08", sentence.format(when="on March 6, 2025"))
    findings = crosscheck.crosscheck(tmp_path).findings
    # The two articles' frames are one event in every case (by its people, or its place).
    lined = [f for f in findings if f.facet in ("event.participants", "event.place")]
    assert lined and all(f.category == "corroborated" for f in lined)
    found = [f for f in findings if f.facet == "event.date" and f.category == "contradiction"]
    assert [_written(f) for f in found] == ([["March 6, 2025", "Tuesday"]] if contradicts else [])


@pytest.mark.parametrize("other", [FULL_DATE, "on Tuesday", "yesterday"])
def test_yesterday_without_an_anchor_neither_agrees_nor_disagrees(
    tmp_path: Path, other: str
) -> None:
    # "yesterday" in an undated article is no day: beside a full date, a weekday or another
    # "yesterday" it is no agreement, no contradiction and never shown as a compatible date.
    dates = _date_findings(tmp_path, "yesterday", other)
    assert not [f for f in dates if "yesterday" in _written(f)]
    assert not [f for f in dates if f.category in ("corroborated", "contradiction")]


def test_yesterday_is_no_agreeing_side_for_a_full_date(tmp_path: Path) -> None:
    # A Tuesday's full date against "Thursday", with "yesterday" in a third article: "yesterday"
    # agrees with nothing, so it is no side of the one-against-one disagreement reported.
    dates = _date_findings(tmp_path, "yesterday", "on Thursday", FULL_DATE)
    assert [(f.category, _written(f)) for f in dates] == [
        ("contradiction", ["March 4, 2025", "Thursday"])
    ]


def test_yesterday_is_no_agreeing_side_for_a_weekday(tmp_path: Path) -> None:
    # Tuesday in one article, Thursday in another: nothing says which is the meeting's day (as
    # with two weekdays alone), and "yesterday" in a third must not count as agreeing with Tuesday.
    dates = _date_findings(tmp_path, "yesterday", "on Tuesday", "on Thursday")
    assert not [f for f in dates if f.category in ("corroborated", "contradiction")]


def test_weekdays_of_more_articles_outvote_a_lone_dated_day(tmp_path: Path) -> None:
    # Two undated articles say Tuesday; one dated article's weekday reads as a Thursday. The lone
    # interval is the odd one out: the disagreement is reported, not the weekdays left unfiled.
    assert dt.date(2025, 3, 6).isoweekday() == 4  # a Thursday
    write_undated(tmp_path, "a.txt", MEETING.format(when="on Tuesday"))
    write_undated(tmp_path, "b.txt", MEETING.format(when="on Tuesday"))
    write(tmp_path, "c.txt", "2025-03-07", MEETING.format(when="on Thursday"))
    findings = crosscheck.crosscheck(tmp_path).findings
    dates = [f for f in findings if f.facet == "event.date" and f.kind != "note"]
    assert [(f.category, _written(f)) for f in dates] == [
        ("contradiction", ["Thursday", "Tuesday", "Tuesday"])
    ]


@pytest.mark.parametrize(
    ("undated", "expected"),
    [
        # One weekday against one dated day of a meeting of two: a contradiction (above).
        (["on Tuesday"], [["Thursday", "Tuesday"]]),
        # Undated articles that disagree among themselves outvote nothing.
        (["on Tuesday", "on Monday"], []),
    ],
)
def test_weekdays_outvote_only_as_more_articles_agreeing(
    tmp_path: Path, undated: list[str], expected: list[list[str]]
) -> None:
    for i, when in enumerate(undated):
        write_undated(tmp_path, f"{'ab'[i]}.txt", MEETING.format(when=when))
    write(tmp_path, "c.txt", "2025-03-07", MEETING.format(when="on Thursday"))
    findings = crosscheck.crosscheck(tmp_path).findings
    contradictions = [f for f in findings if f.category == "contradiction"]
    assert [_written(f) for f in contradictions] == expected


def test_a_described_person_charged_corroborates_the_day_by_the_people_named(
    tmp_path: Path,
) -> None:
    # "A 52-year-old man was charged" names no one, but its article names the accused; the
    # frame is kept and lines up with the other outlets' charging of him on the same weekday.
    write_undated(
        tmp_path,
        "a.txt",
        "A 52-year-old man was charged with arson on Saturday after a fire at a bakery in Tartu. "
        "Police said Oskar Lindqvist had set the fire.",
    )
    for name in ("b.txt", "c.txt"):
        write_undated(
            tmp_path,
            name,
            "Oskar Lindqvist was charged with arson on Saturday after a fire at a bakery in Tartu.",
        )
    findings = crosscheck.crosscheck(tmp_path).findings
    dates = [f for f in findings if f.facet == "event.date" and f.kind != "note"]
    assert [(f.category, sorted(o.doc_id for o in f.observations)) for f in dates] == [
        ("corroborated", ["a.txt", "b.txt", "c.txt"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb that tells nothing that happened ("would let ... decide")
        "A new rule would let regional boards decide on Saturday. Oskar Lindqvist wrote it.",
        # a pronoun for the person: it may stand for anyone the article names
        "His arrest came on Saturday. Oskar Lindqvist and Mia Sorensen spoke to reporters.",
    ],
)
def test_a_frame_naming_no_one_is_kept_only_for_a_described_person_it_tells_of(
    sentence: str,
) -> None:
    from tests.test_events import frames_of

    assert [f for f in frames_of(sentence) if not f["participants"] and not f["place"]] == []


# (text, the class of the frame that names no one, the words it holds): kept in an article that
# names someone, so the aligner lines it up by the people named there.
KEPT_UNNAMED = [
    # a conjunct verb with no subject of its own shares its first conjunct's described subject;
    # the first verb, naming no event, is the frame's word too (its date is the frame's)
    (
        "A man walked into the bakery in Tartu on Monday and shot two clerks. "
        "Police later named the gunman as Oskar Lindqvist.",
        "attack",
        ["shot", "walked"],
    ),
    # an event noun dated in its own phrase ("the Saturday evening bombing") says which one it is
    (
        "A suspect was detained two hours after the Saturday evening bombing, police said. "
        "Police named him as Oskar Lindqvist.",
        "attack",
        ["bombing"],
    ),
    # a later mention dated in its own phrase keeps the earlier frame it joins
    (
        "A man suspected of bombing a rail depot was detained a day after the Friday night "
        "bombing, police said. Police named him as Oskar Lindqvist.",
        "attack",
        ["bombing", "bombing"],
    ),
]


@pytest.mark.parametrize(("text", "group", "words"), KEPT_UNNAMED)
def test_a_frame_naming_no_one_is_kept_for_a_described_doer_or_its_own_date(
    text: str, group: str, words: list[str]
) -> None:
    from tests.test_events import frames_of

    found = [f for f in frames_of(text) if not f["participants"] and f["group"] == group]
    assert [sorted(f["words"]) for f in found] == [sorted(words)]


@pytest.mark.parametrize(
    "text",
    [
        # no one named anywhere: nothing to line the frame up by
        "A suspect was arrested hours after the Monday morning raid, police said.",
        # a conjunct with a pronoun subject it shares: "he" may stand for anyone named
        "He walked into the bakery on Monday and shot two clerks. Oskar Lindqvist saw it.",
        # a raid to come is planned, not kept for its date
        "Police will mount the Monday morning raid, a spokesman said. Oskar Lindqvist agreed.",
    ],
)
def test_a_frame_naming_no_one_is_still_dropped_without_a_described_doer(text: str) -> None:
    from tests.test_events import frames_of

    assert [f for f in frames_of(text) if not f["participants"] and not f["place"]] == []
