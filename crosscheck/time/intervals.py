"""Interval compatibility: can two time values describe the same moment?

"late April" and "April 26, 2023" can; "Aug. 18" and "Aug. 19" cannot. A value whose year is open
(``XXXX-08-18``, from a document without a publication date) is compared by its month and day
pattern in every year the other value could fall in; an unanchored weekday agrees with a date on
that weekday and contradicts one on another. A value with no fixed days at all (a vague reference,
"yesterday" without an anchor) cannot contradict anything, so ``compatible`` holds; but it does not
agree with anything either, and :func:`fixes_days` tells the comparison to leave it out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from fractions import Fraction

from attrs import frozen

from crosscheck.model import TimeExpression
from crosscheck.time import timex

# An open-year value is projected onto each year a fixed interval touches; past this many years
# the fixed interval is too wide to rule any month or day out.
MAX_PROJECTION_YEARS = 3
# Two open-year values are compared in one leap year, so that 29 February exists.
_COMMON_YEAR = 2000

_OPEN_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")
# One day, with a part of it or not: "2013-05-02", "2013-05-03TMO"; an open weekday likewise.
_ONE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T(?P<part>MO|AF|EV|NI))?")
_WEEKDAY_PART = re.compile(r"XXXX-WXX-(?P<weekday>[1-7])(?:T(?P<part>MO|AF|EV|NI))?")
# Parts of a day that can run past midnight (the whole day, its night) and the part of the next
# day that the small hours belong to.
_NIGHT = "NI"
_NIGHT_PARTS = ("", _NIGHT)
_MORNING_PARTS = ("MO",)
# A weekend's value ("2023-W15-WE": Saturday and Sunday), the day before it and the parts of that
# day that news usage counts in it ("Friday night" is "this weekend").
_WEEKEND = "-WE"
_FRIDAY = 5
_EVENING_PARTS = ("EV", _NIGHT)
# Seconds in one unit of a TIMEX3 duration ("P10D": days; "PT3H": hours). A month and a year are
# taken at their usual lengths: durations are compared with a tolerance, never to the day.
_DATE_UNIT_SECONDS = {
    "D": 86400,
    "W": 7 * 86400,
    "M": 30 * 86400,
    "Y": 365 * 86400,
    "DE": 3650 * 86400,
    "CE": 36500 * 86400,
}
_CLOCK_UNIT_SECONDS = {"H": 3600, "M": 60, "S": 1}
# One count and one unit: "P10D", "P2W", "PT3H", "PT1.5H" (a vague "PXY" has no length).
_DURATION = re.compile(
    r"P(?:(?P<date>\d+(?:\.\d+)?)(?P<dunit>DE|CE|[DWMY])|T(?P<time>\d+(?:\.\d+)?)(?P<tunit>[HMS]))"
)


@frozen
class TimeSpan:
    """A time value with the days it covers: what interval compatibility compares.

    ``earliest``/``latest`` are inclusive; ``None`` leaves that end open (or, for both, unknown).
    ``candidates`` are the readings of an ambiguous value; ``modifier`` is its TIMEX3 mod, which
    narrows an open-year value once a year is filled in.
    """

    value: str
    earliest: dt.date | None = None
    latest: dt.date | None = None
    modifier: str | None = None
    candidates: tuple[str, ...] = ()

    @classmethod
    def of(cls, expression: TimeExpression) -> TimeSpan:
        """Return the TimeSpan of a time expression."""
        return cls(
            expression.value,
            expression.earliest,
            expression.latest,
            expression.modifier,
            expression.candidates if expression.ambiguous else (),
        )

    def readings(self) -> Iterator[TimeSpan]:
        """Yield each reading: the candidates of an ambiguous value, else the value itself."""
        if not self.candidates:
            yield self
            return
        for value in self.candidates:
            interval = timex.apply_modifier(timex.interval_of(value), self.modifier)
            yield TimeSpan(value, interval[0], interval[1], self.modifier)


def compatible(a: TimeSpan, b: TimeSpan) -> bool:
    """Return whether ``a`` and ``b`` can describe the same time (their intervals can meet).

    Args:
        a: one value, e.g. ``TimeSpan.of(expression)``.
        b: the other.

    Returns:
        False only when the two are known to be disjoint.
    """
    return any(_compatible(x, y) for x in a.readings() for y in b.readings())


def duration_seconds(value: str) -> int | None:
    """Return the length in seconds of a TIMEX3 duration of one unit.

    Args:
        value: a duration value as the time layer writes it: ``P10D``, ``P2W`` (a fortnight),
            ``PT3H``, ``PT1.5H``.

    Returns:
        The seconds it lasts (a month as 30 days, a year as 365), or None for a value that is no
        duration of one counted unit (``PXY``, ``P1Y6M``, a date).
    """
    m = _DURATION.fullmatch(value)
    if m is None:
        return None
    if m["date"]:
        return int(Fraction(m["date"]) * _DATE_UNIT_SECONDS[m["dunit"]])
    return int(Fraction(m["time"]) * _CLOCK_UNIT_SECONDS[m["tunit"]])


def fixes_days(span: TimeSpan) -> bool:
    """Return whether a value fixes anything a date can be checked against.

    An interval does; so does an unanchored value that names a weekday ("Tuesday": only a date
    on another weekday contradicts it) or a month or day ("XXXX-04"). An unanchored "yesterday"
    (``XXXX-XX-XX``) or "this month" fixes nothing: it can neither agree with a date nor contradict
    one, and a comparison leaves it out rather than call it compatible with everything.
    """
    if any(r.earliest is not None or r.latest is not None for r in span.readings()):
        return True
    if not timex.is_open(span.value):
        return False
    return _OPEN_WEEKDAY.match(span.value) is not None or _informative(span.value)


def _compatible(a: TimeSpan, b: TimeSpan) -> bool:
    if _overnight(a, b) or _overnight(b, a) or _weekend_eve(a, b) or _weekend_eve(b, a):
        return True
    a_open, b_open = timex.is_open(a.value), timex.is_open(b.value)
    if a_open and b_open:
        return _open_pair(a, b)
    if a_open:
        return _open_fixed(a, b)
    if b_open:
        return _open_fixed(b, a)
    return _overlap(a.earliest, a.latest, b.earliest, b.latest)


def _overlap(
    first1: dt.date | None, last1: dt.date | None, first2: dt.date | None, last2: dt.date | None
) -> bool:
    if (first1 is None and last1 is None) or (first2 is None and last2 is None):
        return True  # no fixed days: nothing to contradict
    return (first1 is None or last2 is None or first1 <= last2) and (
        first2 is None or last1 is None or first2 <= last1
    )


def _project(span: TimeSpan, year: int) -> tuple[dt.date | None, dt.date | None]:
    filled = "/".join(timex.fill_year(part, year) for part in span.value.split("/"))
    return timex.apply_modifier(timex.interval_of(filled), span.modifier)


def _open_fixed(open_span: TimeSpan, fixed: TimeSpan) -> bool:
    first, last = fixed.earliest, fixed.latest
    if first is None or last is None:
        return True
    weekday = _OPEN_WEEKDAY.match(open_span.value)
    if weekday:
        days = (last - first).days + 1
        return days >= 7 or any(
            (first + dt.timedelta(days=i)).isoweekday() == int(weekday[1]) for i in range(days)
        )
    if not _informative(open_span.value) or last.year - first.year > MAX_PROJECTION_YEARS:
        return True
    for year in range(first.year - 1, last.year + 1):
        e, end = _project(open_span, year)
        if e is not None and end is not None and _overlap(e, end, first, last):
            return True  # (no days: 29 February in a common year, which rules that year out)
    return False


def _day_part(span: TimeSpan) -> tuple[dt.date | int, str] | None:
    """Return the one day a value names (a date, or an ISO weekday when open) and its part of day."""
    m = _ONE_DAY.fullmatch(span.value)
    if m is not None:
        if span.earliest is None or span.earliest != span.latest:
            return None
        return span.earliest, m["part"] or ""
    m = _WEEKDAY_PART.fullmatch(span.value)
    if m is not None:
        return int(m["weekday"]), m["part"] or ""
    return None


def _overnight(night: TimeSpan, morning: TimeSpan) -> bool:
    """Return whether two values can be one night told by two calendars.

    An event in the small hours is dated by some outlets by the evening before ("late Thursday",
    "Thursday night") and by others by the clock ("early Friday morning"): a day or its night
    against the next day's morning, or a night against the next day, is one time, not two.
    A day's morning or afternoon against the next day stays a day apart.
    """
    first, second = _day_part(night), _day_part(morning)
    if first is None or second is None:
        return False
    (day, part), (next_day, next_part) = first, second
    if not (
        (part in _NIGHT_PARTS and next_part in _MORNING_PARTS)
        or (part == _NIGHT and next_part in ("", *_MORNING_PARTS))
    ):
        return False
    if isinstance(day, dt.date) and isinstance(next_day, dt.date):
        return next_day - day == dt.timedelta(days=1)
    # An open weekday on either side: the days are compared as weekdays (Sunday runs into Monday).
    weekday = day.isoweekday() if isinstance(day, dt.date) else day
    next_weekday = next_day.isoweekday() if isinstance(next_day, dt.date) else next_day
    return next_weekday == weekday % 7 + 1


def _weekend_eve(evening: TimeSpan, weekend: TimeSpan) -> bool:
    """Return whether a Friday evening or night can be part of a weekend.

    In news usage a weekend begins on Friday evening ("a fire on Friday night" is one of "this
    weekend's" fires), though its interval (``-WE``) runs from Saturday: that evening or night
    against the weekend that follows it is one time. Friday morning or afternoon is not, nor a
    Thursday night.
    """
    if not weekend.value.endswith(_WEEKEND) or weekend.earliest is None:
        return False
    day_part = _day_part(evening)
    if day_part is None:
        return False
    day, part = day_part
    if part not in _EVENING_PARTS:
        return False
    if isinstance(day, dt.date):
        return day + dt.timedelta(days=1) == weekend.earliest
    return day == _FRIDAY and weekend.earliest.isoweekday() == _FRIDAY + 1


def _informative(value: str) -> bool:
    """Return whether an open-year value fixes anything below the year ("XXXX-04" does)."""
    return all(
        (rest := part[4:]) and "X" not in rest and "T" not in rest for part in value.split("/")
    )


def _open_pair(a: TimeSpan, b: TimeSpan) -> bool:
    wa, wb = _OPEN_WEEKDAY.match(a.value), _OPEN_WEEKDAY.match(b.value)
    if wa and wb:
        return wa[1] == wb[1]
    if wa or wb or not _informative(a.value) or not _informative(b.value):
        return True  # a weekday against a month and day: any year could make them meet
    # Winter runs into the next year, so b is tried in the years around a's.
    a_first, a_last = _project(a, _COMMON_YEAR)
    for year in (_COMMON_YEAR - 1, _COMMON_YEAR, _COMMON_YEAR + 1):
        b_first, b_last = _project(b, year)
        if (
            b_first is not None
            and b_last is not None
            and _overlap(a_first, a_last, b_first, b_last)
        ):
            return True
    return False
