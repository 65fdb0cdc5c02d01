"""Interval compatibility and the TIMEX3 value helpers it rests on."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.time import TimeSpan, compatible, find_times, timex
from crosscheck.time.intervals import duration_seconds

D = dt.date


def span(text: str, published: dt.date | None = None, order: str | None = None) -> TimeSpan:
    [te] = find_times(text, published=published, date_order=order)
    return TimeSpan.of(te)


@pytest.mark.parametrize(
    ("a", "a_pub", "b", "b_pub", "expected"),
    [
        ("late April", D(2023, 4, 12), "April 26, 2023", None, True),
        ("late April", None, "April 26, 2023", None, True),  # unanchored: by month pattern
        ("early April", None, "April 26, 2023", None, False),
        ("late April", None, "May 3, 2023", None, False),
        ("Aug. 18", D(2023, 8, 22), "Aug. 19", D(2023, 8, 22), False),
        ("Aug. 18", None, "Aug. 18", D(2023, 8, 22), True),
        ("Aug. 18", None, "Aug. 19", D(2023, 8, 22), False),
        ("Aug. 18", None, "Aug. 18", None, True),
        ("Aug. 18", None, "Aug. 19", None, False),
        ("Feb. 29", None, "March 1", None, False),
        ("Feb. 29", None, "Feb. 29, 2024", None, True),
        ("Feb. 29", None, "Feb. 28, 2023", None, False),
        ("Aug. 18", None, "later this month", D(2023, 8, 1), True),
        ("Aug. 18", None, "August 2023", None, True),
        ("Aug. 18-19", None, "Aug. 19", None, True),
        ("June", None, "the summer of 2023", None, True),
        ("January", None, "in winter", None, True),  # winter runs into the next year
        ("in 2023", None, "April 26, 2023", None, True),
        ("in 2022", None, "April 26, 2023", None, False),
        ("since 2018", None, "April 26, 2023", None, True),
        ("before 2020", None, "April 26, 2023", None, False),
        ("by the end of the year", None, "April 26, 2023", None, True),
        ("Tuesday", None, "Aug. 22, 2023", None, True),  # 2023-08-22 was a Tuesday
        ("Tuesday", None, "Aug. 23, 2023", None, False),
        ("Tuesday", None, "Wednesday", None, False),
        ("Tuesday", None, "Aug. 18", None, True),
        ("recently", None, "Aug. 18, 2023", None, True),  # no fixed days: nothing to contradict
        ("around Aug. 18, 2023", None, "Aug. 20, 2023", None, True),
    ],
)
def test_compatible(
    a: str, a_pub: dt.date | None, b: str, b_pub: dt.date | None, expected: bool
) -> None:
    x, y = span(a, a_pub), span(b, b_pub)
    assert compatible(x, y) is expected
    assert compatible(y, x) is expected


# One night told by two calendars: the evening before ("Sunday night") or the clock's next day
# ("Monday morning"); a morning or an afternoon against the next day stays a day apart.
@pytest.mark.parametrize(
    ("a", "a_pub", "b", "b_pub", "expected"),
    [
        ("Sunday night", D(2019, 3, 5), "Monday morning", D(2019, 3, 5), True),
        ("Sunday", D(2019, 3, 5), "Monday morning", D(2019, 3, 5), True),
        ("Sunday night", D(2019, 3, 5), "Monday", D(2019, 3, 5), True),
        ("Sunday night", None, "Monday morning", None, True),
        ("Sunday night", None, "March 4, 2019", None, True),  # a Monday
        ("Sunday", D(2019, 3, 5), "Monday", D(2019, 3, 5), False),
        ("Sunday morning", D(2019, 3, 5), "Monday morning", D(2019, 3, 5), False),
        ("Sunday afternoon", None, "Monday morning", None, False),
        ("Sunday evening", D(2019, 3, 5), "Monday morning", D(2019, 3, 5), False),
        ("Sunday night", D(2019, 3, 5), "Tuesday morning", D(2019, 3, 5), False),
        ("Monday night", D(2019, 3, 5), "Sunday morning", D(2019, 3, 5), False),  # wrong way
        ("Sunday night", None, "March 5, 2019", None, False),  # a Tuesday
    ],
)
def test_a_night_and_the_next_morning_can_be_one_time(
    a: str, a_pub: dt.date | None, b: str, b_pub: dt.date | None, expected: bool
) -> None:
    x, y = span(a, a_pub), span(b, b_pub)
    assert compatible(x, y) is expected
    assert compatible(y, x) is expected


# A weekend begins on Friday evening in news usage: that evening or night is part of the weekend
# that follows it, though the weekend's value runs from Saturday. Not the Friday's daytime, not a
# Thursday night, not the weekend before.
@pytest.mark.parametrize(
    ("a", "a_pub", "b", "b_pub", "expected"),
    [
        ("Friday night", D(2024, 6, 17), "last weekend", D(2024, 6, 17), True),
        ("Friday evening", D(2024, 6, 17), "last weekend", D(2024, 6, 17), True),
        ("Friday night", None, "last weekend", D(2024, 6, 17), True),
        ("Friday afternoon", D(2024, 6, 17), "last weekend", D(2024, 6, 17), False),
        ("Friday", D(2024, 6, 17), "last weekend", D(2024, 6, 17), False),
        ("Thursday night", D(2024, 6, 17), "last weekend", D(2024, 6, 17), False),
        ("Friday night", D(2024, 6, 22), "last weekend", D(2024, 6, 17), False),
    ],
)
def test_a_friday_evening_is_part_of_the_weekend_after_it(
    a: str, a_pub: dt.date | None, b: str, b_pub: dt.date | None, expected: bool
) -> None:
    x, y = span(a, a_pub), span(b, b_pub)
    assert compatible(x, y) is expected
    assert compatible(y, x) is expected


def test_ambiguous_value_is_compatible_with_either_reading() -> None:
    both = span("12.04.2023")
    assert compatible(both, span("April 12, 2023"))
    assert compatible(both, span("Dec. 4, 2023"))
    assert not compatible(both, span("June 1, 2023"))


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
def test_a_day_is_compatible_with_its_month_and_year(day: dt.date) -> None:
    as_day = TimeSpan(day.isoformat(), day, day)
    month = f"{day.year:04d}-{day.month:02d}"
    assert compatible(as_day, TimeSpan(month, *timex.interval_of(month)))
    assert compatible(as_day, TimeSpan(f"XXXX-{day.month:02d}-{day.day:02d}"))
    assert not compatible(as_day, TimeSpan(f"XXXX-{day.month % 12 + 1:02d}-{day.day:02d}"))


@pytest.mark.parametrize(
    ("value", "earliest", "latest", "granularity"),
    [
        ("2023-08-18", D(2023, 8, 18), D(2023, 8, 18), "day"),
        ("2023-04", D(2023, 4, 1), D(2023, 4, 30), "month"),
        ("2023-W15", D(2023, 4, 10), D(2023, 4, 16), "week"),
        ("2023-W15-2", D(2023, 4, 11), D(2023, 4, 11), "day"),
        ("2023-Q3", D(2023, 7, 1), D(2023, 9, 30), "quarter"),
        ("2023-H2", D(2023, 7, 1), D(2023, 12, 31), "half"),
        ("2023-SU", D(2023, 6, 1), D(2023, 8, 31), "season"),
        ("2023-WI", D(2023, 12, 1), D(2024, 2, 29), "season"),
        ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("199X", D(1990, 1, 1), D(1999, 12, 31), "decade"),
        ("19", D(1900, 1, 1), D(1999, 12, 31), "century"),
        ("2023-04-12TEV", D(2023, 4, 12), D(2023, 4, 12), "part-of-day"),
        ("2017-11-04T18:06+09:00", D(2017, 11, 4), D(2017, 11, 4), "minute"),
        ("1910/1945", D(1910, 1, 1), D(1945, 12, 31), "year"),
        ("XXXX-04", None, None, "month"),
        ("XXXX-WXX-2", None, None, "day"),
        ("P35Y", None, None, "year"),
        ("PT24H", None, None, "hour"),
        ("PRESENT_REF", None, None, "vague"),
        ("2023-02-30", None, None, "day"),  # impossible: no days
        ("2021-W53", None, None, "week"),  # 2021 has 52 ISO weeks
    ],
)
def test_interval_and_granularity_of_values(
    value: str, earliest: dt.date | None, latest: dt.date | None, granularity: str
) -> None:
    assert timex.interval_of(value) == (earliest, latest)
    assert timex.granularity_of(value) == granularity


@pytest.mark.parametrize(
    ("modifier", "expected"),
    [
        ("START", (D(2023, 4, 1), D(2023, 4, 15))),
        ("MID", (D(2023, 4, 8), D(2023, 4, 22))),
        ("END", (D(2023, 4, 16), D(2023, 4, 30))),
        ("APPROX", (D(2023, 3, 17), D(2023, 5, 15))),
        ("ON_OR_AFTER", (D(2023, 4, 1), None)),
        ("AFTER", (D(2023, 5, 1), None)),
        ("ON_OR_BEFORE", (None, D(2023, 4, 30))),
        ("BEFORE", (None, D(2023, 3, 31))),
        (None, (D(2023, 4, 1), D(2023, 4, 30))),
    ],
)
def test_modifiers_narrow_or_open_the_interval(
    modifier: str | None, expected: tuple[dt.date | None, dt.date | None]
) -> None:
    assert timex.apply_modifier(timex.interval_of("2023-04"), modifier) == expected


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("PT3H", 3 * 3600),
        ("PT1.5H", 5400),
        ("PT45M", 2700),
        ("P10D", 10 * 86400),
        ("P2W", 14 * 86400),  # "a fortnight"
        ("P3M", 90 * 86400),
        ("P2Y", 730 * 86400),
        ("P1DE", 3650 * 86400),
        ("PXY", None),  # "several years": no length
        ("2023-04-12", None),
        ("P1Y6M", None),
    ],
)
def test_duration_seconds(value: str, seconds: int | None) -> None:
    assert duration_seconds(value) == seconds


def test_a_fortnight_lasts_as_long_as_two_weeks() -> None:
    [a] = find_times("a fortnight")
    [b] = find_times("two weeks")
    assert duration_seconds(a.value) == duration_seconds(b.value)


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("XXXX-04", "April, year not given"),
        ("XXXX-08-15", "15 August, year not given"),
        ("XXXX", "year not given"),
        ("XXXX-WXX-3", "a Wednesday, date not given"),
        ("XXXX-WXX-3TNI", "a Wednesday night, date not given"),
        ("2023-08-18TMO", "2023-08-18, morning"),
        ("XXXX-08-15TEV", "15 August, evening, year not given"),
        # What a reader can already read, or what has no plainer wording, is left as it is.
        ("2023-08-18", None),
        ("2017-11-04T18:06+09:00", None),
        ("2023-W15", None),
        ("XXXX-13", None),
    ],
)
def test_a_value_with_open_digits_reads_as_a_reader_says_it(value: str, said: str | None) -> None:
    assert timex.readable(value) == said
