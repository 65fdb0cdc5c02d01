"""find_times on dates the text fixes itself: numeric and month-name dates, years, ranges, decades,
seasons, quarters, TIMEX3 literals and times of day (the seeds' own expressions included)."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.model import TimeExpression, TimeKind
from crosscheck.time import find_times

PUB = dt.date(2023, 4, 12)
D = dt.date


def only(
    text: str, *, published: dt.date | None = None, date_order: str | None = None
) -> TimeExpression:
    found = find_times(text, published=published, date_order=date_order)
    assert len(found) == 1, found
    return found[0]


def at(text: str, span: str, *, published: dt.date | None = None) -> TimeExpression:
    """Return the expression whose text is ``span`` (the text may hold others too)."""
    found = [te for te in find_times(text, published=published) if te.text == span]
    assert found, find_times(text, published=published)
    return found[0]


# (text, expected span text, value, kind, earliest, latest, granularity)
ABSOLUTE = [
    # seed 002
    (
        "speaks at a press briefing in Washington on April 26, 2023.",
        "April 26, 2023",
        "2023-04-26",
        TimeKind.DATE,
        D(2023, 4, 26),
        D(2023, 4, 26),
        "day",
    ),
    (
        "in Hiroshima, western Japan, on May 21, 2023, on the sidelines",
        "May 21, 2023",
        "2023-05-21",
        TimeKind.DATE,
        D(2023, 5, 21),
        D(2023, 5, 21),
        "day",
    ),
    (
        "from Japan's 35-year colonial rule in 1945. Past presidents",
        "1945",
        "1945",
        TimeKind.DATE,
        D(1945, 1, 1),
        D(1945, 12, 31),
        "year",
    ),
    (
        "Victims of the 1945 atomic bombing",
        "1945",
        "1945",
        TimeKind.DATE,
        D(1945, 1, 1),
        D(1945, 12, 31),
        "year",
    ),
    # seed 003
    (
        "Posted on : 2017-11-04 18:06 KST Modified",
        "2017-11-04 18:06 KST",
        "2017-11-04T18:06+09:00",
        TimeKind.TIME,
        D(2017, 11, 4),
        D(2017, 11, 4),
        "minute",
    ),
    # seed 004
    (
        "  \u2022 2023-08-22\n",
        "2023-08-22",
        "2023-08-22",
        TimeKind.DATE,
        D(2023, 8, 22),
        D(2023, 8, 22),
        "day",
    ),
    (
        "formally established in 2016, was nearly",
        "2016",
        "2016",
        TimeKind.DATE,
        D(2016, 1, 1),
        D(2016, 12, 31),
        "year",
    ),
    (
        "Japan's imperialistic past and its 1910-45 colonial rule",
        "1910-45",
        "1910/1945",
        TimeKind.DATE,
        D(1910, 1, 1),
        D(1945, 12, 31),
        "year",
    ),
    (
        "discussed alongside the pact from 2012 but dropped",
        "2012",
        "2012",
        TimeKind.DATE,
        D(2012, 1, 1),
        D(2012, 12, 31),
        "year",
    ),
    # month-name forms
    (
        "26 April 2023",
        "26 April 2023",
        "2023-04-26",
        TimeKind.DATE,
        D(2023, 4, 26),
        D(2023, 4, 26),
        "day",
    ),
    (
        "on the 18th of August 2023.",
        "the 18th of August 2023",
        "2023-08-18",
        TimeKind.DATE,
        D(2023, 8, 18),
        D(2023, 8, 18),
        "day",
    ),
    (
        "Sept. 3, 2021",
        "Sept. 3, 2021",
        "2021-09-03",
        TimeKind.DATE,
        D(2021, 9, 3),
        D(2021, 9, 3),
        "day",
    ),
    (
        "Tuesday, Aug. 22, 2023",
        "Tuesday, Aug. 22, 2023",
        "2023-08-22",
        TimeKind.DATE,
        D(2023, 8, 22),
        D(2023, 8, 22),
        "day",
    ),
    (
        "AUG. 18, 2023",
        "AUG. 18, 2023",
        "2023-08-18",
        TimeKind.DATE,
        D(2023, 8, 18),
        D(2023, 8, 18),
        "day",
    ),
    (
        "talks on Aug. 18-19, 2023 in",
        "Aug. 18-19, 2023",
        "2023-08-18/2023-08-19",
        TimeKind.DATE,
        D(2023, 8, 18),
        D(2023, 8, 19),
        "day",
    ),
    (
        "in April 2023 the",
        "April 2023",
        "2023-04",
        TimeKind.DATE,
        D(2023, 4, 1),
        D(2023, 4, 30),
        "month",
    ),
    ("by Sept. 2024.", "by Sept. 2024", "2024-09", TimeKind.DATE, None, D(2024, 9, 30), "month"),
    # numeric forms
    (
        "2023/04/12",
        "2023/04/12",
        "2023-04-12",
        TimeKind.DATE,
        D(2023, 4, 12),
        D(2023, 4, 12),
        "day",
    ),
    (
        "It was 13.04.2023 then.",
        "13.04.2023",
        "2023-04-13",
        TimeKind.DATE,
        D(2023, 4, 13),
        D(2023, 4, 13),
        "day",
    ),
    (
        "2023-04-12T18:30Z",
        "2023-04-12T18:30Z",
        "2023-04-12T18:30Z",
        TimeKind.TIME,
        D(2023, 4, 12),
        D(2023, 4, 12),
        "minute",
    ),
    # years, ranges, decades, centuries
    ("during 1998 and", "1998", "1998", TimeKind.DATE, D(1998, 1, 1), D(1998, 12, 31), "year"),
    # "since" holds up to the time of writing: the publication date closes the interval
    ("since 2018.", "since 2018", "2018", TimeKind.DATE, D(2018, 1, 1), PUB, "year"),
    (
        "from 2012 to 2016",
        "from 2012 to 2016",
        "2012/2016",
        TimeKind.DATE,
        D(2012, 1, 1),
        D(2016, 12, 31),
        "year",
    ),
    (
        "between 2010 and 2015",
        "between 2010 and 2015",
        "2010/2015",
        TimeKind.DATE,
        D(2010, 1, 1),
        D(2015, 12, 31),
        "year",
    ),
    (
        "the 2019-20 season",
        "2019-20",
        "2019/2020",
        TimeKind.DATE,
        D(2019, 1, 1),
        D(2020, 12, 31),
        "year",
    ),
    ("in the 1990s", "1990s", "199X", TimeKind.DATE, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    (
        "the 20th century",
        "20th century",
        "19",
        TimeKind.DATE,
        D(1900, 1, 1),
        D(1999, 12, 31),
        "century",
    ),
    ("mid-2023", "mid-2023", "2023", TimeKind.DATE, D(2023, 4, 2), D(2023, 9, 30), "year"),
    # seasons, quarters, halves
    (
        "summer 2023",
        "summer 2023",
        "2023-SU",
        TimeKind.DATE,
        D(2023, 6, 1),
        D(2023, 8, 31),
        "season",
    ),
    (
        "the winter of 2022",
        "winter of 2022",
        "2022-WI",
        TimeKind.DATE,
        D(2022, 12, 1),
        D(2023, 2, 28),
        "season",
    ),
    (
        "in the third quarter of 2023",
        "third quarter of 2023",
        "2023-Q3",
        TimeKind.DATE,
        D(2023, 7, 1),
        D(2023, 9, 30),
        "quarter",
    ),
    (
        "Q3 2023 earnings",
        "Q3 2023",
        "2023-Q3",
        TimeKind.DATE,
        D(2023, 7, 1),
        D(2023, 9, 30),
        "quarter",
    ),
    (
        "the first half of 2023",
        "first half of 2023",
        "2023-H1",
        TimeKind.DATE,
        D(2023, 1, 1),
        D(2023, 6, 30),
        "half",
    ),
    # TIMEX3 literals read back
    ("2023-W15", "2023-W15", "2023-W15", TimeKind.DATE, D(2023, 4, 10), D(2023, 4, 16), "week"),
    ("2023-Q3", "2023-Q3", "2023-Q3", TimeKind.DATE, D(2023, 7, 1), D(2023, 9, 30), "quarter"),
    ("2023-SU", "2023-SU", "2023-SU", TimeKind.DATE, D(2023, 6, 1), D(2023, 8, 31), "season"),
    (
        "2023-04-12TEV",
        "2023-04-12TEV",
        "2023-04-12TEV",
        TimeKind.DATE,
        D(2023, 4, 12),
        D(2023, 4, 12),
        "part-of-day",
    ),
]


@pytest.mark.parametrize(
    ("text", "span", "value", "kind", "earliest", "latest", "granularity"), ABSOLUTE
)
def test_absolute_forms(
    text: str,
    span: str,
    value: str,
    kind: TimeKind,
    earliest: dt.date | None,
    latest: dt.date | None,
    granularity: str,
) -> None:
    te = at(text, span, published=PUB)
    assert (te.value, te.kind) == (value, kind)
    assert (te.earliest, te.latest, te.granularity) == (earliest, latest, granularity)
    assert text[te.start : te.end] == span
    assert not te.anchored  # nothing here needed the publication date


@pytest.mark.parametrize(
    ("text", "order", "value", "ambiguous", "candidates"),
    [
        # seed 000 prints its date day first: with the document's order there is one reading
        ("Riyaz ul Khaliq | 12.04.2023 - Update", "DMY", "2023-04-12", False, ()),
        ("Riyaz ul Khaliq | 12.04.2023 - Update", "MDY", "2023-12-04", False, ()),
        # unknown order, both readings valid: never a silent guess
        (
            "Riyaz ul Khaliq | 12.04.2023 - Update",
            None,
            "2023-XX-XX",
            True,
            ("2023-04-12", "2023-12-04"),
        ),
        ("12/04/2023", None, "2023-XX-XX", True, ("2023-04-12", "2023-12-04")),
        # one reading is impossible: the other is taken whatever the order
        ("04/13/2023", None, "2023-04-13", False, ()),
        ("04/13/2023", "DMY", "2023-04-13", False, ()),
        # both readings the same day
        ("05.05.2023", None, "2023-05-05", False, ()),
        # year first is ISO order whatever the document says
        ("2023-04-12", "DMY", "2023-04-12", False, ()),
    ],
)
def test_numeric_date_order(
    text: str, order: str | None, value: str, ambiguous: bool, candidates: tuple[str, ...]
) -> None:
    te = only(text, date_order=order)
    assert (te.value, te.ambiguous, te.candidates) == (value, ambiguous, candidates)


def test_ambiguous_numeric_date_covers_both_readings() -> None:
    te = only("12.04.2023")
    assert (te.earliest, te.latest) == (D(2023, 4, 12), D(2023, 12, 4))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day of the month without its month: the publication's month, or by the tense the
        # month before (a past clause, the day not reached yet) or after (a future one, day gone)
        ("The dam burst on the 3rd.", D(2023, 4, 12), [("the 3rd", "2023-04-03")]),
        ("The bridge fell on the 20th.", D(2023, 4, 12), [("the 20th", "2023-03-20")]),
        ("The ferry will sail on the 3rd.", D(2023, 4, 12), [("the 3rd", "2023-05-03")]),
        (
            "It fell on the night of the 9th.",
            D(2023, 4, 12),
            [("the night of the 9th", "2023-04-09TNI")],
        ),
        ("The ferry sailed on the 9th.", None, [("the 9th", "XXXX-XX-09")]),
        # not days: an ordinal that counts or labels, and a day with its month (read whole)
        ("She lives on the 9th floor.", D(2023, 4, 12), []),
        ("He came 9th in the race.", D(2023, 4, 12), []),
        ("They met on the 9th of May in Lima.", D(2023, 4, 12), [("the 9th of May", "2023-05-09")]),
    ],
)
def test_day_of_month(
    text: str, published: dt.date | None, expected: list[tuple[str, str]]
) -> None:
    found = find_times(text, published=published)
    assert [(t.text, t.value) for t in found] == expected
