"""Anchor relative expressions on the publication date: which year, which Tuesday, which week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from crosscheck.time import timex
from crosscheck.time.tense import Tense

# A date without a year is read in the publication year unless the tense points the other way by
# more than this: an article may still call an event of a few weeks ago "upcoming" (it was written
# before it went out), and that is for the publication-consistency check to report, not for the
# anchoring to paper over by moving the event a year ahead.
TENSE_SLACK_DAYS = 31

_SLACK = dt.timedelta(days=TENSE_SLACK_DAYS)


def pick_year(
    published: dt.date,
    tense: Tense | None,
    interval_in: Callable[[int], tuple[dt.date, dt.date]],
    rel: str | None = None,
) -> int:
    """Return the year in which a yearless period (a month, a day, a season) is meant.

    Args:
        published: the anchor.
        tense: the clause's tense; it moves the year only when the publication year's reading
            lies on the wrong side of ``published`` by more than ``TENSE_SLACK_DAYS``.
        interval_in: the period's first and last day in a given year.
        rel: "last" (the latest one ending before ``published``), "next" (the first one starting
            after it), "this" (the publication year), or None (read the tense).
    """
    year = published.year
    first, last = interval_in(year)
    if rel == "last":
        return year - 1 if last >= published else year
    if rel == "next":
        return year + 1 if first <= published else year
    if rel == "this":
        return year
    if tense is Tense.PAST and first > published + _SLACK:
        return year - 1
    if tense is Tense.FUTURE and last < published - _SLACK:
        return year + 1
    return year


def weekday_date(published: dt.date, weekday: int, rel: str | None, tense: Tense | None) -> dt.date:
    """Return the day a weekday name means, seen from ``published``.

    "last Tuesday" is the latest Tuesday before the publication date, "next Tuesday" the first one
    after it; a bare "Tuesday" looks back (on or before the publication date: reports are mostly
    about what happened) unless the clause is in the future, when it looks forward (on or after).
    """
    back = (published.isoweekday() - weekday) % 7
    ahead = (weekday - published.isoweekday()) % 7
    if rel == "last":
        return published - dt.timedelta(days=back or 7)
    if rel == "next":
        return published + dt.timedelta(days=ahead or 7)
    if tense is Tense.FUTURE:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def shifted(unit: str, n: int, published: dt.date) -> str:
    """Return the TIMEX3 value of the ``unit`` period ``n`` steps from the one holding ``published``.

    ``unit`` is one of day, week, weekend, month, quarter, year, decade.
    """
    if unit == "day":
        return timex.day_value(published + dt.timedelta(days=n))
    if unit in ("week", "weekend"):
        suffix = "-WE" if unit == "weekend" else ""
        return timex.week_value(published + dt.timedelta(weeks=n), suffix)
    if unit == "month":
        return timex.month_value(published.year, published.month + n)
    if unit == "quarter":
        total = published.year * 4 + (published.month - 1) // 3 + n
        return f"{total // 4:04d}-Q{total % 4 + 1}"
    if unit == "decade":
        return f"{published.year // 10 + n:03d}X"
    return f"{published.year + n:04d}"


def open_value(unit: str) -> str:
    """Return the unanchored TIMEX3 value for a relative period of ``unit`` ("XXXX-WXX" for a week)."""
    return {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
    }.get(unit, "XXXX")


def period_bounds(unit: str, published: dt.date) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the ``unit`` period that holds ``published``."""
    first, last = timex.interval_of(shifted(unit, 0, published))
    return (first or published, last or published)
