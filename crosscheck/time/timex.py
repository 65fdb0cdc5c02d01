"""TIMEX3 values: format them, and turn a value (plus a modifier) into the calendar days it covers.

Values follow ISO-TimeML: ``2023-08-18``, ``2023-04``, ``2023-W15``, ``2023-W15-2``, ``2023-W15-WE``,
``2023-Q3``, ``2023-H1``, ``2023-SU``, ``2023``, ``199X`` (a decade), ``19`` (a century),
``2023-04-12TEV`` (a part of a day), ``2017-11-04T18:06+09:00`` (a time), ``1910/1945`` (an ISO 8601
interval between two values), and ``X`` for every digit the text leaves open (``XXXX-04``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from crosscheck.model import Granularity

# "early/mid/late April" cover half the period each (mid: the middle half) rather than a third: the
# words are fuzzy, and a comparer must not call "early April" and "April 12" a contradiction.
MODIFIER_SHARE = 0.5
# "around Aug. 18" widens the interval by half its length on each side, and by at least this many
# days, so that an approximate day still meets the day before and after it.
APPROX_MIN_DAYS = 3

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # 14 = Feb of next year
PARTS_OF_DAY = frozenset({"MO", "AF", "EV", "NI", "DT"})
REFERENCES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

Interval = tuple[dt.date | None, dt.date | None]

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(.+))?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-(\d|WE))?")
_PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"(\d{3})X")
_CENTURY = re.compile(r"\d{2}")
_AMBIGUOUS_DAY = re.compile(r"(\d{4})-XX-XX")


def day_value(d: dt.date) -> str:
    """Return the TIMEX3 value of a calendar day."""
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    """Return the TIMEX3 value of a month, rolling the year over for months outside 1-12."""
    y, m = divmod(year * 12 + month - 1, 12)
    return f"{y:04d}-{m + 1:02d}"


def week_value(d: dt.date, suffix: str = "") -> str:
    """Return the TIMEX3 value of the ISO week that holds ``d`` (``suffix`` e.g. ``-WE``, ``-2``)."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}{suffix}"


def month_end(year: int, month: int) -> dt.date:
    """Return the last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """Return (year, month) ``n`` months after the given one."""
    y, m = divmod(year * 12 + month - 1 + n, 12)
    return y, m + 1


def interval_of(value: str) -> Interval:
    """Return the first and last calendar day a TIMEX3 value covers; ``(None, None)`` if not fixed.

    Durations, sets, references and values with open digits (``XXXX-04``) cover no fixed days.
    """
    try:
        return _interval(value)
    except ValueError:  # an impossible date (2023-02-30) or a year out of range
        return (None, None)


def _interval(value: str) -> Interval:
    if "/" in value:
        first, _, last = value.partition("/")
        return (_interval(first)[0], _interval(last)[1])
    if m := _DAY.fullmatch(value):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return (d, d)
    if m := _MONTH.fullmatch(value):
        y, mo = int(m[1]), int(m[2])
        return (dt.date(y, mo, 1), month_end(y, mo))
    if m := _WEEK.fullmatch(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3] == "WE":
            return (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        if m[3]:
            d = monday + dt.timedelta(days=int(m[3]) - 1)
            return (d, d)
        return (monday, monday + dt.timedelta(days=6))
    if m := _PART.fullmatch(value):
        return _part_interval(int(m[1]), m[2])
    if _YEAR.fullmatch(value):
        y = int(value)
        return (dt.date(y, 1, 1), dt.date(y, 12, 31))
    if m := _DECADE.fullmatch(value):
        y = int(m[1]) * 10
        return (dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31))
    if _CENTURY.fullmatch(value):
        y = int(value) * 100
        return (dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31))
    if m := _AMBIGUOUS_DAY.fullmatch(value):
        y = int(m[1])
        return (dt.date(y, 1, 1), dt.date(y, 12, 31))
    return (None, None)


def _part_interval(year: int, part: str) -> Interval:
    if part[0] == "Q":
        first = (int(part[1]) - 1) * 3 + 1
        return (dt.date(year, first, 1), month_end(year, first + 2))
    if part[0] == "H":
        first = (int(part[1]) - 1) * 6 + 1
        return (dt.date(year, first, 1), month_end(year, first + 5))
    first_month, last_month = SEASON_MONTHS[part]
    ly, lm = add_months(year, 1, last_month - 1)
    return (dt.date(year, first_month, 1), month_end(ly, lm))


def granularity_of(value: str) -> Granularity:
    """Return the granularity of a TIMEX3 value: minute, part-of-day, day, week, month, season,
    quarter, half, year, decade, century; ``vague`` for references; the unit for durations."""
    if value in REFERENCES:
        return Granularity.VAGUE
    if value.startswith("P"):
        return _duration_granularity(value)
    if "/" in value:
        return granularity_of(value.partition("/")[0])
    if _DECADE.fullmatch(value) and not value.startswith("XXX"):
        return Granularity.DECADE
    if _CENTURY.fullmatch(value):
        return Granularity.CENTURY
    v = value.replace("X", "0")
    if m := _DAY.fullmatch(v):
        if m[4] is None:
            return Granularity.DAY
        return Granularity.PART_OF_DAY if m[4] in PARTS_OF_DAY else Granularity.MINUTE
    if m := _WEEK.fullmatch(v):
        return (
            Granularity.WEEK
            if m[3] is None
            else (Granularity.WEEKEND if m[3] == "WE" else Granularity.DAY)
        )
    if _MONTH.fullmatch(v):
        return Granularity.MONTH
    if m := _PART.fullmatch(v):
        return {"Q": Granularity.QUARTER, "H": Granularity.HALF}.get(m[2][0], Granularity.SEASON)
    if _YEAR.fullmatch(v):
        return Granularity.YEAR
    return Granularity.VAGUE


_DURATION_UNITS = {
    "Y": Granularity.YEAR,
    "M": Granularity.MONTH,
    "W": Granularity.WEEK,
    "D": Granularity.DAY,
    "DE": Granularity.DECADE,
    "CE": Granularity.CENTURY,
}
_CLOCK_UNITS = {"H": Granularity.HOUR, "M": Granularity.MINUTE, "S": Granularity.SECOND}
_DURATION = re.compile(r"P(T?)[\dX.]*([A-Z]+)")


def _duration_granularity(value: str) -> Granularity:
    m = _DURATION.fullmatch(value)
    if m is None:
        return Granularity.VAGUE
    table = _CLOCK_UNITS if m[1] else _DURATION_UNITS
    return table.get(m[2], Granularity.VAGUE)


def apply_modifier(interval: Interval, modifier: str | None) -> Interval:
    """Return the part of ``interval`` a TIMEX3 ``mod`` selects (START, MID, END, APPROX, or a
    BEFORE/AFTER signal, which leaves one end open as ``None``)."""
    first, last = interval
    if modifier is None or first is None or last is None:
        return interval
    days = (last - first).days + 1
    part = max(1, round(days * MODIFIER_SHARE))
    if modifier == "START" and days >= 3:
        return (first, first + dt.timedelta(days=part - 1))
    if modifier == "END" and days >= 3:
        return (last - dt.timedelta(days=part - 1), last)
    if modifier == "MID" and days >= 3:
        lead = (days - part) // 2
        start = first + dt.timedelta(days=lead)
        return (start, start + dt.timedelta(days=part - 1))
    if modifier == "APPROX":
        pad = dt.timedelta(days=max(APPROX_MIN_DAYS, days // 2))
        return (_shift(first, -pad), _shift(last, pad))
    if modifier == "ON_OR_AFTER":
        return (first, None)
    if modifier == "AFTER":
        return (_shift(last, dt.timedelta(days=1)), None)
    if modifier == "ON_OR_BEFORE":
        return (None, last)
    if modifier == "BEFORE":
        return (None, _shift(first, dt.timedelta(days=-1)))
    return interval


def _shift(d: dt.date, delta: dt.timedelta) -> dt.date:
    try:
        return d + delta
    except OverflowError:  # at the ends of the calendar: stay on the last representable day
        return d


def is_open(value: str) -> bool:
    """Return whether a value leaves its year open (``XXXX-04``): relative and not anchored."""
    return value.startswith("XXXX")


def fill_year(value: str, year: int) -> str:
    """Return an open-year value (``XXXX-04``) with the year filled in (``2023-04``)."""
    return f"{year:04d}{value[4:]}" if is_open(value) else value


_OPEN_YEAR = re.compile(r"XXXX(?:-(\d{2})(?:-(\d{2}))?)?")
_OPEN_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")
PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}


def readable(value: str) -> str | None:
    """Return a TIMEX3 value with open digits as a reader would say it, else None.

    ``XXXX-04`` is "April, year not given", ``XXXX-08-15`` "15 August, year not given", ``XXXX``
    "year not given", ``XXXX-WXX-3`` "a Wednesday, date not given"; a part of the day follows
    ("XXXX-WXX-3TNI": "a Wednesday night, date not given"; "2023-08-18TMO": "2023-08-18,
    morning"). The internal value is what comparison uses; the report shows this.
    """
    stem, _, part = value.partition("T")
    when = PART_NAMES.get(part, "") if part else ""
    if part and not when:
        return None  # a clock time: the value itself says it
    if m := _OPEN_WEEKDAY.fullmatch(stem):
        day = calendar.day_name[int(m.group(1)) - 1]
        return f"a {day}{' ' + when if when else ''}, date not given"
    m = _OPEN_YEAR.fullmatch(stem)
    if m is None:
        return f"{stem}, {when}" if when and _DAY.fullmatch(stem) else None
    month, day = m.group(1), m.group(2)
    if month is None:
        return "year not given"
    if not 1 <= int(month) <= 12:
        return None
    name = calendar.month_name[int(month)]
    said = f"{int(day)} {name}" if day else name
    return f"{said}{', ' + when if when else ''}, year not given"
