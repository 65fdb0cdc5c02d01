"""Quantities: numbers with what they count, their comparator and context, compared as intervals.

See ``docs/quantities.md`` for what is recognised, the interval model and the subject-key rule.
"""

from __future__ import annotations

from collections.abc import Mapping

from crosscheck.quantities._lexicon import lexicon as _lexicon
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


def ordinal_words() -> Mapping[str, int]:
    """Return the ordinal words the library reads, lower-case, with their values ("third": 3)."""
    return _lexicon().ordinals


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
