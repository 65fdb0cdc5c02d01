"""find_times on times of day, modifiers, durations, sets and vague references."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.model import TimeExpression, TimeKind
from crosscheck.time import find_times

PUB = dt.date(2023, 4, 12)
D = dt.date


def only(text: str, *, published: dt.date | None = None) -> TimeExpression:
    found = find_times(text, published=published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        ("at 6 p.m. local", "6 p.m.", "XXXX-XX-XXT18:00", TimeKind.TIME),
        ("by 10:30 a.m.", "by 10:30 a.m.", "XXXX-XX-XXT10:30", TimeKind.TIME),
        ("at 18:00 on", "18:00", "XXXX-XX-XXT18:00", TimeKind.TIME),
        ("18:06 KST", "18:06 KST", "XXXX-XX-XXT18:06+09:00", TimeKind.TIME),
        ("around noon", "around noon", "XXXX-XX-XXT12:00", TimeKind.TIME),
        ("at midnight", "midnight", "XXXX-XX-XXT24:00", TimeKind.TIME),
        ("10am", "10am", "XXXX-XX-XXT10:00", TimeKind.TIME),
    ],
)
def test_times_of_day(text: str, span: str, value: str, kind: TimeKind) -> None:
    te = only(text, published=PUB)
    assert (te.text, te.value, te.kind, te.granularity) == (span, value, kind, "minute")


@pytest.mark.parametrize(
    ("text", "span", "modifier", "earliest", "latest"),
    [
        ("in early April 2023", "early April 2023", "START", D(2023, 4, 1), D(2023, 4, 15)),
        ("in mid-April 2023", "mid-April 2023", "MID", D(2023, 4, 8), D(2023, 4, 22)),
        ("in late April 2023", "late April 2023", "END", D(2023, 4, 16), D(2023, 4, 30)),
        ("at the end of 2023", "the end of 2023", "END", D(2023, 7, 3), D(2023, 12, 31)),
        ("since the start of 2022", "since the start of 2022", "ON_OR_AFTER", D(2022, 1, 1), PUB),
        ("until 2020", "until 2020", "ON_OR_BEFORE", None, D(2020, 12, 31)),
        ("before 2020", "before 2020", "BEFORE", None, D(2019, 12, 31)),
        ("after 2020", "after 2020", "AFTER", D(2021, 1, 1), None),
        (
            "around April 26, 2023",
            "around April 26, 2023",
            "APPROX",
            D(2023, 4, 23),
            D(2023, 4, 29),
        ),
        ("the early 2000s", "the early 2000s", "START", D(2000, 1, 1), D(2004, 12, 30)),
    ],
)
def test_modifiers(
    text: str, span: str, modifier: str, earliest: dt.date | None, latest: dt.date | None
) -> None:
    te = only(text, published=PUB)
    assert (te.text, te.modifier, te.earliest, te.latest) == (span, modifier, earliest, latest)


@pytest.mark.parametrize(
    ("text", "value", "modifier"),
    [
        ("a 35-year colonial rule", "P35Y", None),  # seed 002: an adjective, not a date
        ("which took four years to negotiate", "P4Y", None),  # seed 004
        ("over the past few years", "PXY", None),  # seed 004: "over" is no MORE_THAN here
        ("more than two years", "P2Y", "MORE_THAN"),
        ("less than a week", "P1W", "LESS_THAN"),
        ("about three months", "P3M", "APPROX"),
        ("at least 24 hours", "PT24H", "EQUAL_OR_MORE"),
        ("a 10-day trip", "P10D", None),
        ("twenty-five years", "P25Y", None),
        ("a decade", "P1DE", None),
        ("1.5 years", "P1.5Y", None),
        ("a fortnight", "P2W", None),  # a unit that is two of another
        ("two fortnights", "P4W", None),
        ("a fortnight-long tour", "P2W", None),
    ],
)
def test_durations(text: str, value: str, modifier: str | None) -> None:
    te = only(text, published=PUB)
    assert (te.value, te.kind, te.modifier) == (value, TimeKind.DURATION, modifier)
    assert (te.earliest, te.latest, te.anchored) == (None, None, False)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("every year", "P1Y"),
        ("each year", "P1Y"),
        ("every two years", "P2Y"),
        ("every other week", "P2W"),
        ("every fortnight", "P2W"),
        ("twice a month", "P1M"),
        ("three times a year", "P1Y"),
        ("annually", "P1Y"),
        ("every Monday", "XXXX-WXX-1"),
        ("every summer", "XXXX-SU"),
    ],
)
def test_sets(text: str, value: str) -> None:
    te = only(text, published=PUB)
    assert (te.text, te.value, te.kind) == (text, value, TimeKind.SET)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("recently leaked documents", "PAST_REF"),  # seed 000
        ("is now in force", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("in the near future", "FUTURE_REF"),
        ("in the past", "PAST_REF"),
    ],
)
def test_references(text: str, value: str) -> None:
    te = only(text, published=PUB)
    assert (te.value, te.granularity, te.earliest) == (value, "vague", None)
