"""Parse a metadata date (a header, front matter, record, manifest or page-furniture value) strictly.

Numeric dates are read by this module's own rules, never guessed:

- ``YYYY-MM-DD`` (also with ``/`` or ``.``) is year-first, whatever the date order says;
- ``D.M.YYYY`` (dots) is day-first unless the date order is ``MDY``: the dotted form is day-first in
  every locale that writes it;
- ``D/M/YYYY`` or ``D-M-YYYY`` follows the date order; without one it is read only when the numbers
  decide it (``25/04/2023``), otherwise it is ambiguous and refused.

A time and a zone may follow the date (``2017-11-04 18:06 KST``, ``2023-04-12T10:00:00+03:00``); the day
is the one printed, never converted to another zone. Dates written with month names
(``April 12, 2023``, ``12 avril 2023``) go to dateparser, configured once below so that it needs day,
month and year and reads only absolute dates. A value with no four-digit year is refused before that, so
nothing is ever resolved against today.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from crosscheck.errors import MetadataValueError

DATE_ORDERS = ("DMY", "MDY", "YMD")

# Relative values are refused by the parser choice below; this base only makes dateparser's behaviour
# independent of the clock should any relative reading slip through.
RELATIVE_BASE = dt.datetime(2000, 1, 1)

# The one dateparser configuration: day, month and year required (no filling from today), absolute dates
# only (no "yesterday", no timestamps), and times returned as printed (no conversion to another zone).
DATEPARSER_SETTINGS: dict[str, Any] = {
    "PARSERS": ["absolute-time"],
    "RELATIVE_BASE": RELATIVE_BASE,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}

# A value longer than this is prose, not a date; bounding it also bounds dateparser's work.
MAX_DATE_CHARS = 80

# An optional time of day and zone after the date; every repeat is bounded.
_TIME = (
    r"(?:[T ,]\s{0,3}\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?"
    r"\s{0,3}(?:[AaPp]\.?[Mm]\.?)?\s{0,3}(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5})?)?"
)
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME)
_YEAR_LAST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _TIME)
_NUMERIC_ONLY = re.compile(r"[\d\s\W_]*")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DIGIT = re.compile(r"\d")


@functools.cache
def _dateparser() -> Any:
    """Return the one DateDataParser, built on first use (importing dateparser takes a moment)."""
    # dateparser ships no type stubs; the ignore stays harmless if stubs get installed.
    from dateparser.date import DateDataParser  # type: ignore[import-untyped, unused-ignore]

    return DateDataParser(settings=DATEPARSER_SETTINGS)


def normalize_date_order(value: object) -> str:
    """Return ``value`` as one of DMY, MDY, YMD.

    Args:
        value: the date order as written (any case).

    Returns:
        The upper-case date order.

    Raises:
        MetadataValueError: ``value`` is not DMY, MDY or YMD.
    """
    if isinstance(value, str) and value.strip().upper() in DATE_ORDERS:
        return value.strip().upper()
    raise MetadataValueError(f"date order {value!r} is not DMY, MDY or YMD")


def parse_date(value: str, *, date_order: str | None = None) -> dt.date:
    """Return the calendar day a metadata date value names.

    Args:
        value: the date as written (``2023-04-12``, ``12.04.2023``, ``April 12, 2023`` …).
        date_order: ``DMY``, ``MDY`` or ``YMD`` for numeric dates, or None if unknown.

    Returns:
        The date.

    Raises:
        MetadataValueError: the value has no year, is ambiguous, or cannot be read; the message says which.
    """
    return parse_date_with_order(value, date_order=date_order)[0]


def parse_date_with_order(
    value: str, *, date_order: str | None = None
) -> tuple[dt.date, str | None]:
    """Return the date a value names and the numeric date order it was written in (None for month names).

    Args:
        value: the date as written.
        date_order: ``DMY``, ``MDY`` or ``YMD`` for numeric dates, or None if unknown.

    Returns:
        ``(date, order)``; ``order`` is what the value shows or was read with, for numeric values.

    Raises:
        MetadataValueError: the value has no year, is ambiguous, or cannot be read.
    """
    text = " ".join(value.split())
    if not text or len(text) > MAX_DATE_CHARS:
        raise MetadataValueError(f"cannot read date {_show(value)}")
    match = _YEAR_FIRST.fullmatch(text)
    if match:
        return _make(text, int(match[1]), int(match[3]), int(match[4])), "YMD"
    match = _YEAR_LAST.fullmatch(text)
    if match:
        return _year_last(text, int(match[1]), match[2], int(match[3]), int(match[4]), date_order)
    if not _FOUR_DIGIT_YEAR.search(text):
        if _DIGIT.search(text):
            raise MetadataValueError(f"date {_show(text)} has no year")
        raise MetadataValueError(f"cannot read date {_show(text)}")
    if _NUMERIC_ONLY.fullmatch(text):
        # Digits and punctuation in a shape not listed above: dateparser would guess an order.
        raise MetadataValueError(f"cannot read date {_show(text)}")
    found = _dateparser().get_date_data(text).date_obj
    if found is None:
        raise MetadataValueError(f"cannot read date {_show(text)} as a day, month and year")
    return found.date(), None


def _year_last(
    text: str, first: int, sep: str, second: int, year: int, date_order: str | None
) -> tuple[dt.date, str]:
    if date_order in ("DMY", "MDY"):
        order = date_order
    elif sep == "." or first > 12 >= second:
        order = "DMY"
    elif second > 12 >= first:
        order = "MDY"
    elif first == second:
        order = "DMY"  # either reading gives the same day
    else:
        raise MetadataValueError(
            f"ambiguous date {_show(text)}: day and month could be either way; "
            "give the date order (DMY or MDY)"
        )
    day, month = (first, second) if order == "DMY" else (second, first)
    return _make(text, year, month, day), order


def _make(text: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise MetadataValueError(f"date {_show(text)} is not a calendar day") from None


def _show(value: str) -> str:
    short = value if len(value) <= MAX_DATE_CHARS else value[:MAX_DATE_CHARS] + "…"
    return repr(short)
