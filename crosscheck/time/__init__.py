"""Time: find time expressions in text and normalise them to TIMEX3 values and calendar intervals.

``find_times`` is the entry point (see ``docs/time.md``); ``compatible`` tells whether two time
values can describe the same moment, for the comparers.
"""

from __future__ import annotations

from crosscheck.time._finder import find_times
from crosscheck.time._lexicon import weekday_names
from crosscheck.time.intervals import TimeSpan, compatible

__all__ = ["TimeSpan", "compatible", "find_times", "weekday_names"]
