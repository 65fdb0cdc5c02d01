"""Rules for expressions that need the publication date: weekdays, today, last month, later this
month, two years ago, and months and seasons named without a year ("late April", "this summer")."""

from __future__ import annotations

import datetime as dt
import functools
import re

from crosscheck.model import TimeKind
from crosscheck.time import timex
from crosscheck.time._anchor import open_value, period_bounds, pick_year, shifted, weekday_date
from crosscheck.time._core import PERIOD_PREFIXES, Core, Rule, Scan
from crosscheck.time._lexicon import alternation, lexicon
from crosscheck.time._pieces import is_vague, number_value, pieces

_UNIT_LETTERS = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "DE": "decade",
    "TH": "day",
    "TM": "day",
}


def _norm(words: str | None) -> str:
    return " ".join(words.lower().split()) if words else ""


def _pod_suffix(pod: str | None) -> str:
    return "T" + lexicon().parts_of_day[_norm(pod)] if pod else ""


# --- weekdays: on Tuesday, last Friday, Tuesday evening ---


def _rel_before(scan: Scan, start: int) -> tuple[int, str | None]:
    """Return where a "last"/"next"/"this" before ``start`` begins, and its meaning."""
    m = scan.before(_rel_pattern(), start)
    if m is None:
        return start, None
    return m.start(), lexicon().relative_words[_norm(m["rel"])]


@functools.cache
def _rel_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?P<rel>{alternation(lexicon().relative_words)})\s+\Z")


def _weekday(m: re.Match[str], scan: Scan) -> Core | None:
    weekday = lexicon().weekdays[m["wd"].lower()]
    start, rel = _rel_before(scan, m.start())
    suffix = _pod_suffix(m["pod"])
    if scan.published is None:
        return Core(start, m.end(), f"XXXX-WXX-{weekday}{suffix}")
    # "this Tuesday" is as ambiguous as a bare "Tuesday": the tense decides which way it looks.
    tense = scan.tense(start, m.end()) if rel in (None, "this") else None
    day = weekday_date(scan.published, weekday, rel, tense)
    return Core(start, m.end(), day.isoformat() + suffix, anchored=True)


# --- days named from the publication date: today, yesterday morning, tonight, this evening ---


def _relative_day(m: re.Match[str], scan: Scan) -> Core | None:
    word = _norm(m["word"])
    part: str | None
    if word.startswith("this "):  # this morning / afternoon / evening
        days, part = 0, lexicon().parts_of_day[word.split()[1]]
    else:
        days, part = lexicon().relative_days[word]
    suffix = _pod_suffix(m["pod"]) or (f"T{part}" if part else "")
    if scan.published is None:
        return Core(m.start(), m.end(), "XXXX-XX-XX" + suffix)
    day = scan.published + dt.timedelta(days=days)
    return Core(m.start(), m.end(), day.isoformat() + suffix, anchored=True)


# --- this week, last month, next year, the end of the year; the past week (a duration) ---


@functools.cache
def _unit_rel_pattern() -> re.Pattern[str]:
    lex = lexicon()
    rel = alternation([*lex.period_steps, *lex.words["period_span"]])
    return re.compile(rf"(?<![\w])(?P<rel>{rel})\s+\Z")


def _relative_unit(m: re.Match[str], scan: Scan) -> Core | None:
    lead = scan.before(_unit_rel_pattern(), m.start())
    if lead is None:
        return None
    rel, unit = _norm(lead["rel"]), _norm(m["unit"])
    start = lead.start()
    steps = lexicon().period_steps
    if rel not in steps:  # the past / the coming / past / coming: a stretch of time
        letter = {
            "week": "W",
            "weekend": "WE",
            "month": "M",
            "year": "Y",
            "quarter": "Q",
            "decade": "DE",
        }[unit]
        if letter in ("WE", "Q"):
            return None
        return Core(start, m.end(), f"P1{letter}", TimeKind.DURATION, takes="")
    needs_period = rel == "the"
    if needs_period and not scan.prefix(start).period:
        return None  # "the year before": not a date; only "the end of the year" is
    if scan.published is None:
        return Core(
            start,
            m.end(),
            open_value(unit),
            takes=PERIOD_PREFIXES,
            needs_period=needs_period,
        )
    value = shifted(unit, steps[rel], scan.published)
    return Core(
        start, m.end(), value, takes=PERIOD_PREFIXES, anchored=True, needs_period=needs_period
    )


def _earlier_later(m: re.Match[str], scan: Scan) -> Core | None:
    unit = _norm(m["unit"])
    if scan.published is None:
        return Core(m.start(), m.end(), open_value(unit))
    first, last = period_bounds(unit, scan.published)
    earlier = _norm(m.groupdict().get("dir")) == "earlier"
    interval = (first, scan.published) if earlier else (scan.published, last)
    value = shifted(unit, 0, scan.published)
    return Core(m.start(), m.end(), value, anchored=True, interval=interval)


# --- two years ago, a week ago ---


@functools.cache
def _count_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.,$£€¥#])(?P<num>{pieces().number}|\d{{1,3}}(?:,\d{{3}})*)[\s-]\Z")


def _ago(m: re.Match[str], scan: Scan) -> Core | None:
    per, letter = lexicon().unit(m["unit"])
    unit = _UNIT_LETTERS.get(letter)
    count = scan.before(_count_pattern(), m.start())
    if unit is None or count is None:
        return None  # "centuries ago": no calendar value worth giving
    start = count.start()
    if is_vague(count["num"]):
        return Core(start, m.end(), "PAST_REF", takes="")
    n = number_value(count["num"])
    if n is None or n != int(n):
        return None
    if scan.published is None:
        return Core(start, m.end(), open_value(unit), takes="")
    steps = int(n) * per
    if letter == "TH":  # "36 hours ago": the day only, as the hour of publication is unknown
        steps = steps // 24
    elif letter == "TM":
        steps = 0
    value = shifted(unit, -steps, scan.published)
    return Core(start, m.end(), value, takes="", anchored=True)


# --- months and seasons without a year: in June, late April, last summer ---


def _has_cue(scan: Scan, start: int, *, strict: bool) -> bool:
    """Return whether the words before a bare month or season make it a date.

    ``strict`` (seasons) does not count "the"/"of" alone: "the fall of" is not a season, but
    "in the fall" is.
    """
    cues = lexicon().words["month_cue"]
    prefix = scan.prefix(start)
    if prefix.period or prefix.signal:
        return True
    words = scan.prev_words(start, 2)
    if not words:
        return False
    weak = {"the", "of"}
    if words[0] in cues and not (strict and words[0] in weak):
        return True
    return strict and words[0] == "the" and len(words) > 1 and words[1] in cues - weak


def _bare_month(m: re.Match[str], scan: Scan) -> Core | None:
    lex = lexicon()
    key = m["mon"].lower()
    month = lex.months[key]
    start, rel = _rel_before(scan, m.start())
    if rel is None:
        cue = _has_cue(scan, m.start(), strict=False)
        if key in lex.words["month_needs_cue"] and not cue:
            return None  # "May" the verb, "March" the noun
        nxt = scan.next_word(m.end())
        if not cue and nxt[:1].isupper():
            return None  # "April Ryan": a given name
    if scan.published is None:
        return Core(start, m.end(), f"XXXX-{month:02d}", takes=PERIOD_PREFIXES)

    def interval_in(year: int) -> tuple[dt.date, dt.date]:
        return dt.date(year, month, 1), timex.month_end(year, month)

    tense = None if rel else scan.tense(start, m.end())
    year = pick_year(scan.published, tense, interval_in, rel)
    return Core(start, m.end(), f"{year:04d}-{month:02d}", takes=PERIOD_PREFIXES, anchored=True)


def _bare_season(m: re.Match[str], scan: Scan) -> Core | None:
    code = lexicon().seasons[m["season"].lower()]
    start, rel = _rel_before(scan, m.start())
    if rel is None and not _has_cue(scan, m.start(), strict=True):
        return None  # "a spring in her step", "the fall of the government"
    if scan.published is None:
        return Core(start, m.end(), f"XXXX-{code}", takes=PERIOD_PREFIXES)

    def interval_in(year: int) -> tuple[dt.date, dt.date]:
        first, last = timex.interval_of(f"{year:04d}-{code}")
        return (first or dt.date(year, 1, 1), last or dt.date(year, 12, 31))

    tense = None if rel else scan.tense(start, m.end())
    year = pick_year(scan.published, tense, interval_in, rel)
    return Core(start, m.end(), f"{year:04d}-{code}", takes=PERIOD_PREFIXES, anchored=True)


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Return the relative-expression rules with their compiled patterns."""
    p = pieces()
    lex = lexicon()
    pod = rf"(?:\s+(?P<pod>{p.part_of_day}))?"
    days = [*lex.relative_days, "this morning", "this afternoon", "this evening"]
    units = alternation(lex.words["calendar_period"])
    short_units = alternation(["week", "month", "year"])
    return (
        Rule("weekday", re.compile(rf"(?P<wd>{p.weekday}){pod}(?![\w-])"), _weekday),
        Rule(
            "relative-day",
            re.compile(rf"(?P<word>{alternation(days)}){pod}(?![\w-])"),
            _relative_day,
        ),
        Rule("relative-unit", re.compile(rf"(?P<unit>{units})\b"), _relative_unit),
        Rule(
            "earlier-later",
            re.compile(
                rf"(?P<dir>{alternation(['earlier', 'later'])})\s+(?:this|in\s+the)\s+"
                rf"(?P<unit>{short_units})\b"
            ),
            _earlier_later,
        ),
        Rule(
            "rest-of",
            re.compile(
                rf"{alternation(['the rest of the', 'the rest of this'])}\s+(?P<unit>{short_units})\b"
            ),
            _earlier_later,
        ),
        Rule("ago", re.compile(rf"(?P<unit>{p.unit})\s+(?:ago|Ago|AGO)\b"), _ago),
        Rule("bare-month", re.compile(rf"(?P<mon>{p.month_full})(?![\w-])"), _bare_month),
        Rule("bare-season", re.compile(rf"(?P<season>{p.season})(?![\w-])"), _bare_season),
    )
