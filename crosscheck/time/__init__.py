"""Time: find time expressions in text and normalise them to TIMEX3 values and calendar intervals.

``find_times`` is the entry point (see ``docs/time.md``); ``compatible`` tells whether two time
values can describe the same moment, for the comparers.
"""

from __future__ import annotations

from crosscheck.time._finder import find_times
from crosscheck.time._lexicon import lexicon as _lexicon
from crosscheck.time.intervals import TimeSpan, compatible

__all__ = ["TimeSpan", "compatible", "find_times", "weekday_names"]


def weekday_names() -> frozenset[str]:
    """Return the weekday names the time lexicon reads ("monday" ... "sunday"), lower-case."""
    return frozenset(_lexicon().weekdays)
