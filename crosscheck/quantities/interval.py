"""Intervals: the one model every quantity is compared in.

A quantity as written ("more than 100", "about 100", "seven", "tens of thousands") becomes a real
interval with open or closed ends; two quantities are compatible when their intervals meet. Values are
exact fractions, so that normalising a value twice gives the same string.
"""

from __future__ import annotations

import re
from fractions import Fraction

from attrs import frozen

# "about 100" is read as 100 ± 10%: wide enough for the rounding reporters do ("about 100" for 93),
# narrow enough that "about 100" and "70" still disagree.
APPROX_TOLERANCE = Fraction(1, 10)

# A round figure said plainly ("300 rockets", "1.5 million") is often itself rounded, so when
# comparing it counts as ± 5%: "100" then fits "more than 100" but still contradicts "70". Figures
# that are not round ("seven", "103") are taken as exact counts.
ROUND_SLACK = Fraction(1, 20)

# Decimal places kept when a fraction has no exact decimal form (a third, say).
DECIMAL_PLACES = 6

_NUMBER = r"-?(?:inf|\d+(?:\.\d+)?)"
_INTERVAL = re.compile(rf"([\[(])({_NUMBER}),({_NUMBER})([\])])")
_POINT = re.compile(_NUMBER)


@frozen
class Interval:
    """A set of reals between two ends; ``None`` stands for an unbounded end (always open)."""

    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def point(cls, value: Fraction) -> Interval:
        """Return the interval holding exactly ``value``."""
        return cls(value, value)

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    def is_empty(self) -> bool:
        """Return whether no number lies in the interval."""
        if self.low is None or self.high is None:
            return False
        if self.low > self.high:
            return True
        return self.low == self.high and (self.low_open or self.high_open)


def _fmt(value: Fraction | None, *, low: bool) -> str:
    if value is None:
        return "-inf" if low else "inf"
    return format_number(value)


def format_number(value: Fraction) -> str:
    """Return ``value`` as a plain decimal string: ``7``, ``1500000``, ``1.35``."""
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    whole, rest = divmod(magnitude.numerator, magnitude.denominator)
    digits = []
    for _ in range(DECIMAL_PLACES):
        rest *= 10
        digit, rest = divmod(rest, magnitude.denominator)
        digits.append(str(digit))
        if rest == 0:
            break
    fraction = "".join(digits).rstrip("0")
    return f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}"


def format_interval(interval: Interval) -> str:
    """Return the canonical string of an interval: ``7``, ``[90,110]``, ``(100,inf)``.

    Args:
        interval: the interval to write.

    Returns:
        A point as its number alone; otherwise bracket, low, comma, high, bracket, with an unbounded
        end written ``-inf``/``inf`` and always open.
    """
    if interval.is_point and not (interval.low_open or interval.high_open):
        return _fmt(interval.low, low=True)
    left = "(" if interval.low_open or interval.low is None else "["
    right = ")" if interval.high_open or interval.high is None else "]"
    low, high = _fmt(interval.low, low=True), _fmt(interval.high, low=False)
    return f"{left}{low},{high}{right}"


def _num(text: str) -> Fraction | None:
    if text in ("inf", "-inf"):
        return None
    return Fraction(text)


def parse_interval(text: str) -> Interval | None:
    """Read an interval back from its canonical string (a ``rank:`` prefix is allowed).

    Args:
        text: a string :func:`format_interval` wrote, such as ``(100,inf)`` or ``rank:6``.

    Returns:
        The interval, or ``None`` if ``text`` is not one.
    """
    text = text.removeprefix("rank:").strip()
    try:
        m = _INTERVAL.fullmatch(text)
        if m:
            low, high = _num(m.group(2)), _num(m.group(3))
            return Interval(low, high, m.group(1) == "(", m.group(4) == ")")
        if _POINT.fullmatch(text) and "inf" not in text:
            return Interval.point(Fraction(text))
    except ValueError:
        return None  # a figure too long for Python's integer conversion limit
    return None


def is_round(value: Fraction) -> bool:
    """Return whether a figure looks rounded: it ends in a zero or has a fractional part."""
    if value.denominator != 1:
        return True
    return value != 0 and value.numerator % 10 == 0


def widen(interval: Interval) -> Interval:
    """Return the interval a plainly said round figure stands for when comparing (see ROUND_SLACK)."""
    if not interval.is_point or interval.low is None or not is_round(interval.low):
        return interval
    slack = abs(interval.low) * ROUND_SLACK
    return Interval(interval.low - slack, interval.low + slack)


def intersect(a: Interval, b: Interval) -> Interval:
    """Return the interval of numbers in both ``a`` and ``b`` (possibly empty)."""
    if a.low is None:
        low, low_open = b.low, b.low_open
    elif b.low is None or a.low > b.low:
        low, low_open = a.low, a.low_open
    elif b.low > a.low:
        low, low_open = b.low, b.low_open
    else:
        low, low_open = a.low, a.low_open or b.low_open
    if a.high is None:
        high, high_open = b.high, b.high_open
    elif b.high is None or a.high < b.high:
        high, high_open = a.high, a.high_open
    elif b.high < a.high:
        high, high_open = b.high, b.high_open
    else:
        high, high_open = a.high, a.high_open or b.high_open
    return Interval(low, high, low_open, high_open)


def compatible(a: Interval, b: Interval) -> bool:
    """Return whether two quantities can both be true: their (widened) intervals meet.

    Args:
        a: one quantity's interval.
        b: the other's.

    Returns:
        True when some number lies in both, after round plain figures are widened by ROUND_SLACK.
    """
    return not intersect(widen(a), widen(b)).is_empty()


def common(intervals: list[Interval]) -> Interval | None:
    """Return the numbers all ``intervals`` (widened) share, or ``None`` if they share none.

    On a line, intervals that meet pairwise all meet in one place, so one pass decides whether a
    whole group of quantities is compatible.
    """
    if not intervals:
        return None
    acc = widen(intervals[0])
    for i in intervals[1:]:
        acc = intersect(acc, widen(i))
        if acc.is_empty():
            return None
    return acc
