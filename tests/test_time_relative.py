"""find_times on relative expressions: anchored on the publication date, unanchored without one."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.model import TimeExpression
from crosscheck.time import find_times

D = dt.date
APR12 = D(2023, 4, 12)  # seed 000, a Wednesday
AUG22 = D(2023, 8, 22)  # seed 004, a Tuesday
NOV4 = D(2017, 11, 4)  # seed 003, a Saturday


def at(text: str, span: str, published: dt.date | None) -> TimeExpression:
    """Return the expression whose text is ``span``."""
    found = [te for te in find_times(text, published=published) if te.text == span]
    assert found, find_times(text, published=published)
    return found[0]


# (text, published, span, value, earliest, latest)
ANCHORED = [
    # seed 000 (published 2023-04-12)
    (
        "the South China Morning Post reported on Wednesday.",
        APR12,
        "Wednesday",
        "2023-04-12",
        APR12,
        APR12,
    ),
    (
        "he told members of the Foreign Media Club on Tuesday in the capital Seoul.",
        APR12,
        "Tuesday",
        "2023-04-11",
        D(2023, 4, 11),
        D(2023, 4, 11),
    ),
    (
        "President Yoon is set to visit Washington later this month for a summit",
        APR12,
        "later this month",
        "2023-04",
        APR12,
        D(2023, 4, 30),
    ),
    (
        "as South Korea Tuesday called information contained in leaked documents",
        APR12,
        "Tuesday",
        "2023-04-11",
        D(2023, 4, 11),
        D(2023, 4, 11),
    ),
    (
        "South Korea on Monday said it will seek appropriate measures",
        APR12,
        "Monday",
        "2023-04-10",
        D(2023, 4, 10),
        D(2023, 4, 10),
    ),
    (
        "On Wednesday, the DP accused the administration",
        APR12,
        "Wednesday",
        "2023-04-12",
        APR12,
        APR12,
    ),
    (
        "his visit to Japan last month",
        APR12,
        "last month",
        "2023-03",
        D(2023, 3, 1),
        D(2023, 3, 31),
    ),
    # seed 003 (published 2017-11-04)
    (
        "President Moon Jae-in asserted on Nov. 3 that it was",
        NOV4,
        "Nov. 3",
        "2017-11-03",
        D(2017, 11, 3),
        D(2017, 11, 3),
    ),
    (
        "the UN Security Council's September adoption of Resolution 2375",
        NOV4,
        "September",
        "2017-09",
        D(2017, 9, 1),
        D(2017, 9, 30),
    ),
    # seed 004 (published 2023-08-22)
    (
        "an idea to float during an upcoming trilateral summit later this month.",
        AUG22,
        "later this month",
        "2023-08",
        AUG22,
        D(2023, 8, 31),
    ),
    (
        "according to a Financial Times report on Tuesday.",
        AUG22,
        "Tuesday",
        "2023-08-22",
        AUG22,
        AUG22,
    ),
    (
        "Korea's Foreign Ministry said Wednesday that there have been",
        AUG22,
        "Wednesday",
        "2023-08-16",
        D(2023, 8, 16),
        D(2023, 8, 16),
    ),
    # bare "Aug. 18" in a document of 2023-08-22 is that year's, even in the future tense
    (
        "Biden will be meeting with them at Camp David on Aug. 18.",
        AUG22,
        "Aug. 18",
        "2023-08-18",
        D(2023, 8, 18),
        D(2023, 8, 18),
    ),
    (
        "at the summit meeting in the United States this month.",
        AUG22,
        "this month",
        "2023-08",
        D(2023, 8, 1),
        D(2023, 8, 31),
    ),
    # the list
    ("They met today.", APR12, "today", "2023-04-12", APR12, APR12),
    ("They met yesterday.", APR12, "yesterday", "2023-04-11", D(2023, 4, 11), D(2023, 4, 11)),
    (
        "They meet tomorrow morning.",
        APR12,
        "tomorrow morning",
        "2023-04-13TMO",
        D(2023, 4, 13),
        D(2023, 4, 13),
    ),
    ("They met last night.", APR12, "last night", "2023-04-11TNI", D(2023, 4, 11), D(2023, 4, 11)),
    ("They met this week.", APR12, "this week", "2023-W15", D(2023, 4, 10), D(2023, 4, 16)),
    ("They meet next week.", APR12, "next week", "2023-W16", D(2023, 4, 17), D(2023, 4, 23)),
    (
        "They meet this weekend.",
        APR12,
        "this weekend",
        "2023-W15-WE",
        D(2023, 4, 15),
        D(2023, 4, 16),
    ),
    ("They meet next year.", APR12, "next year", "2024", D(2024, 1, 1), D(2024, 12, 31)),
    ("They met last year.", APR12, "last year", "2022", D(2022, 1, 1), D(2022, 12, 31)),
    ("They met last quarter.", APR12, "last quarter", "2023-Q1", D(2023, 1, 1), D(2023, 3, 31)),
    (
        "It will launch by the end of the year.",
        APR12,
        "by the end of the year",
        "2023",
        None,
        D(2023, 12, 31),
    ),
    ("Earlier this year, they met.", APR12, "Earlier this year", "2023", D(2023, 1, 1), APR12),
    ("They met two years ago.", APR12, "two years ago", "2021", D(2021, 1, 1), D(2021, 12, 31)),
    (
        "They met three days ago.",
        APR12,
        "three days ago",
        "2023-04-09",
        D(2023, 4, 9),
        D(2023, 4, 9),
    ),
    ("They met a month ago.", APR12, "a month ago", "2023-03", D(2023, 3, 1), D(2023, 3, 31)),
    (
        "The talks in late April were held.",
        APR12,
        "late April",
        "2023-04",
        D(2023, 4, 16),
        D(2023, 4, 30),
    ),
    ("In June, they will meet.", APR12, "June", "2023-06", D(2023, 6, 1), D(2023, 6, 30)),
    (
        "Tuesday evening talks",
        APR12,
        "Tuesday evening",
        "2023-04-11TEV",
        D(2023, 4, 11),
        D(2023, 4, 11),
    ),
    ("They met this summer.", AUG22, "this summer", "2023-SU", D(2023, 6, 1), D(2023, 8, 31)),
    ("They met last winter.", AUG22, "last winter", "2022-WI", D(2022, 12, 1), D(2023, 2, 28)),
    (
        "Results for the third quarter of this year.",
        APR12,
        "third quarter of this year",
        "2023-Q3",
        D(2023, 7, 1),
        D(2023, 9, 30),
    ),
    ("They meet early next year.", APR12, "early next year", "2024", D(2024, 1, 1), D(2024, 7, 1)),
]


@pytest.mark.parametrize(("text", "published", "span", "value", "earliest", "latest"), ANCHORED)
def test_relative_expressions_anchor_on_publication(
    text: str,
    published: dt.date,
    span: str,
    value: str,
    earliest: dt.date | None,
    latest: dt.date | None,
) -> None:
    te = at(text, span, published)
    assert (te.value, te.earliest, te.latest) == (value, earliest, latest)
    assert te.anchored
    assert text[te.start : te.end] == span


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # past reporting looks back: the latest such day on or before publication
        ("He said on Tuesday.", "2023-04-11"),
        ("He said on Wednesday.", "2023-04-12"),
        ("He met them on Thursday.", "2023-04-06"),
        # the future looks forward: "will", "next", "is set to"
        ("He will meet them on Thursday.", "2023-04-13"),
        ("He is set to meet them on Tuesday.", "2023-04-18"),
        # "is due" (back, in, to …) schedules ahead; "was due" does not
        ("The envoy is due back in the capital on Tuesday.", "2023-04-18"),
        ("The two reports are due on Friday.", "2023-04-14"),
        ("The ferry was due to sail on Monday.", "2023-04-10"),
        ("He meets them next Tuesday.", "2023-04-18"),
        ("He met them last Wednesday.", "2023-04-05"),
        ("He met them this past Monday.", "2023-04-10"),
        ("He will meet them this Friday.", "2023-04-14"),
        ("He met them this Monday.", "2023-04-10"),
        # no tense cue: reports are mostly about what happened
        ("A statement on Friday.", "2023-04-07"),
    ],
)
def test_weekday_follows_tense(text: str, value: str) -> None:
    [te] = [t for t in find_times(text, published=APR12) if t.granularity == "day"]
    assert te.value == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a month without a year is the publication year's ...
        ("the talks in late April", APR12, "2023-04"),
        ("a summit on Aug. 18", APR12, "2023-08-18"),
        # ... unless the tense puts it more than a month on the other side
        ("They met in November.", APR12, "2022-11"),
        ("They will meet in January.", APR12, "2024-01"),
        ("They will meet on Jan. 5.", D(2023, 12, 20), "2024-01-05"),
        ("They met on Dec. 28.", D(2024, 1, 3), "2023-12-28"),
        # within a month the publication year stands (for the consistency check to judge)
        ("They will meet on Aug. 18.", AUG22, "2023-08-18"),
        # a weekday picks the year when one year near the anchor fits
        ("on Tuesday, Aug. 22", APR12, "2023-08-22"),
        ("last April", APR12, "2022-04"),
        ("next April", APR12, "2024-04"),
        ("this April", APR12, "2023-04"),
    ],
)
def test_yearless_dates_pick_a_year(text: str, published: dt.date, value: str) -> None:
    [te] = find_times(text, published=published)
    assert te.value == value


# Without a publication date the same expressions come back unanchored (TIMEX3 X placeholders).
UNANCHORED = [
    ("The anticipated talks in late April were described", "late April", "XXXX-04", "END"),
    ("In his speech on Aug. 15, President Yoon said", "Aug. 15", "XXXX-08-15", None),
    ("for a summit at Camp David on Aug. 18 to discuss", "Aug. 18", "XXXX-08-18", None),
    ("In June, the defense chiefs met", "June", "XXXX-06", None),
    (
        "to launch a mechanism by the end of the year.",
        "by the end of the year",
        "XXXX",
        "ON_OR_BEFORE",
    ),
    ("He said on Tuesday.", "Tuesday", "XXXX-WXX-2", None),
    ("Tuesday evening", "Tuesday evening", "XXXX-WXX-2TEV", None),
    ("They met yesterday.", "yesterday", "XXXX-XX-XX", None),
    ("They met last month.", "last month", "XXXX-XX", None),
    ("They met this week.", "this week", "XXXX-WXX", None),
    ("They met two years ago.", "two years ago", "XXXX", None),
    ("later this month", "later this month", "XXXX-XX", None),
    ("this summer", "this summer", "XXXX-SU", None),
]


@pytest.mark.parametrize(("text", "span", "value", "modifier"), UNANCHORED)
def test_without_publication_date_relative_stays_unanchored(
    text: str, span: str, value: str, modifier: str | None
) -> None:
    te = at(text, span, None)
    assert (te.value, te.modifier, te.anchored) == (value, modifier, False)
    assert (te.earliest, te.latest) == (None, None)


def test_absolute_dates_need_no_anchor() -> None:
    [te] = find_times("on April 26, 2023", published=None)
    assert (te.value, te.earliest, te.anchored) == ("2023-04-26", D(2023, 4, 26), False)


def test_since_closes_at_publication_without_being_relative() -> None:
    [te] = find_times("Since the start of 2022, North Korea has fired missiles.", published=APR12)
    assert (te.value, te.earliest, te.latest, te.anchored) == ("2022", D(2022, 1, 1), APR12, False)


def test_since_without_anchor_leaves_the_end_open() -> None:
    [te] = find_times("Since the start of 2022, they fired.")
    assert (te.value, te.earliest, te.latest, te.modifier) == (
        "2022",
        D(2022, 1, 1),
        None,
        "ON_OR_AFTER",
    )
