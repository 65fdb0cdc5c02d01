"""Quantities: numbers with what they count, their comparator and context, compared as intervals.

See ``docs/quantities.md`` for what is recognised, the interval model and the subject-key rule.
"""

from __future__ import annotations

from crosscheck.quantities._lexicon import ordinal_words
from crosscheck.quantities._scan import find_quantities
from crosscheck.quantities.interval import (
    APPROX_TOLERANCE,
    ROUND_SLACK,
    Interval,
    common,
    compatible,
    format_interval,
    parse_interval,
)
from crosscheck.quantities.quantity import Kind, Quantity, Strength

__all__ = [
    "APPROX_TOLERANCE",
    "ROUND_SLACK",
    "Interval",
    "Kind",
    "Quantity",
    "Strength",
    "common",
    "compatible",
    "find_quantities",
    "format_interval",
    "ordinal_words",
    "parse_interval",
]
