"""Rules for times of day: "18:06 KST", "6 p.m.", "at 10:30", "noon". A bare "0:00" is not one."""

from __future__ import annotations

import functools
import re

from crosscheck.model import TimeKind
from crosscheck.time._core import Core, Rule, Scan
from crosscheck.time._lexicon import alternation, lexicon
from crosscheck.time._pieces import AMPM, pieces


def clock_part(
    hh: str, mm: str | None, ss: str | None, ampm: str | None, tz: str | None
) -> str | None:
    """Return the TIMEX3 time part ("T18:06+09:00") of a clock time, None if it is impossible."""
    hour, minute = int(hh), int(mm or 0)
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    part = f"T{hour:02d}:{minute:02d}" + (f":{ss}" if ss else "")
    if tz:
        offset = lexicon().time_zones.get(tz.lower())
        if offset is None:  # a literal offset: Z, +0900, +09:00
            offset = tz if tz == "Z" else f"{tz[:3]}:{tz[-2:]}"
        part += offset
    return part


# --- clock times: 18:06 KST, 6 p.m., noon ---


def _clock_time(m: re.Match[str], scan: Scan) -> Core | None:
    if int(m["hh"]) > (12 if m["ampm"] else 23):
        return None
    marked = m["ampm"] or m["tz"] or m.groupdict().get("hours")
    if not marked and scan.prev_word(m.start()) not in lexicon().words["time_signal"]:
        return None  # "0:00" alone is a video player's counter, not a time of day
    clock = clock_part(m["hh"], m["mm"], None, m["ampm"], m["tz"])
    if clock is None:
        return None
    return Core(m.start(), m.end(), "XXXX-XX-XX" + clock, TimeKind.TIME)


def _clock_word(m: re.Match[str], scan: Scan) -> Core | None:
    clock = lexicon().clock_words[m.group().lower()]
    return Core(m.start(), m.end(), f"XXXX-XX-XXT{clock}", TimeKind.TIME)


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Return the time-of-day rules with their compiled patterns."""
    p = pieces()
    number = "number"
    return (
        Rule(
            "clock",
            re.compile(
                r"(?P<hh>[0-9][0-9]?):(?P<mm>[0-5][0-9])(?![:.]?[0-9])"
                rf"(?:\s?(?P<ampm>{AMPM}))?(?:[ \t]?(?P<tz>{p.time_zone}))?"
                r"(?:[ \t]+(?P<hours>hours|hrs|local\s+time))?"
            ),
            _clock_time,
            number,
        ),
        Rule(
            "clock-ampm",
            re.compile(
                rf"(?P<hh>[0-9][0-9]?)(?::(?P<mm>[0-5][0-9]))?\s?(?P<ampm>{AMPM})"
                rf"(?:[ \t]?(?P<tz>{p.time_zone}))?"
            ),
            _clock_time,
            number,
        ),
        Rule("clock-word", re.compile(rf"{alternation(lexicon().clock_words)}\b"), _clock_word),
    )
