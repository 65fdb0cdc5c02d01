"""Rules for dates the text fixes itself: numeric and month-name dates, years, ranges, decades, quarters,
seasons with a year and TIMEX3 literals. A month-name date without a year is anchored
here too, because it shares the pattern."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from crosscheck.model import TimeKind
from crosscheck.time import timex
from crosscheck.time._anchor import pick_year
from crosscheck.time._clock import clock_part
from crosscheck.time._core import DATE_PREFIXES, PERIOD_PREFIXES, Core, Rule, Scan
from crosscheck.time._lexicon import alternation, lexicon
from crosscheck.time._pieces import (
    AMPM,
    DAY,
    NUMBER_END,
    ORDINAL_SUFFIX,
    YEAR,
    YEAR_LEAD,
    YEAR_MAX,
    pieces,
)
from crosscheck.time.tense import Tense

# A four-digit number after "the" or a possessive ("the 1945 bombing", "its 2016 deal") is read as
# a year only inside this range: a determiner before a count is rare there and common elsewhere.
DETERMINER_YEAR_MIN = 1800
DETERMINER_YEAR_MAX = 2100
# A year range ("1910-45") spans at most this many years; a wider one is more likely two numbers.
YEAR_RANGE_MAX_SPAN = 100
# Centuries written as ordinals ("the 21st century") up to this one.
CENTURY_MAX = 22
# A year range without a cue word must start at or after this year (page and id ranges are lower).
YEAR_RANGE_MIN = 1500


def _group(m: re.Match[str], name: str) -> str | None:
    """Return a named group, or None where the rule's pattern does not have it."""
    return m.groupdict().get(name)


def _days_in(year: int | None, month: int) -> int:
    # With no year, allow 29 February: the year that fixes the date may be a leap year.
    return calendar.monthrange(year if year is not None else 2000, month)[1]


def _date(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= month <= 12 or not 1 <= day <= _days_in(year, month):
        return None
    return dt.date(year, month, day)


# --- numeric dates: 12.04.2023, 04/12/2023, 2017-11-04 18:06 KST ---


def _numeric(m: re.Match[str], scan: Scan) -> Core | None:
    a, b, c = m["a"], m["b"], m["c"]
    order: str | None
    if len(a) == 4 and len(c) <= 2:
        readings = [(int(a), int(b), int(c))]
        order = "YMD"
    elif len(c) == 4 and len(a) <= 2:
        dmy, mdy = (int(c), int(b), int(a)), (int(c), int(a), int(b))
        order = scan.date_order if scan.date_order in ("DMY", "MDY") else None
        readings = [dmy, mdy] if order != "MDY" else [mdy, dmy]
    else:
        return None
    dates = [d for d in (_date(*r) for r in readings) if d is not None]
    if not dates:
        return None
    if order is not None or len(set(dates)) == 1:
        dates = dates[:1]  # the document's order decides; the other reading only if it is invalid
    suffix = ""
    if m["hh"]:
        clock = clock_part(m["hh"], m["mm"], m["ss"], m["ampm"], m["tz"])
        if clock is None:
            return None
        suffix = clock
    elif m["pod"]:
        suffix = "T" + m["pod"]
    if len(dates) == 1:
        kind = TimeKind.TIME if m["hh"] else TimeKind.DATE
        return Core(m.start(), m.end(), dates[0].isoformat() + suffix, kind)
    candidates = tuple(sorted(d.isoformat() + suffix for d in dates))
    return Core(
        m.start(),
        m.end(),
        f"{dates[0].year:04d}-XX-XX{suffix}",
        TimeKind.TIME if m["hh"] else TimeKind.DATE,
        interval=(min(dates), max(dates)),
        candidates=candidates,
        ambiguous=True,
    )


# --- month-name dates: Aug. 18, April 26, 2023, 26 April 2023, Tuesday, Aug. 22 ---


@functools.cache
def _leads() -> tuple[re.Pattern[str], re.Pattern[str]]:
    weekday = pieces().weekday
    return (
        re.compile(rf"(?<![\w])(?P<wd>{weekday}),?\s+\Z"),
        re.compile(rf"(?:(?<![\w])(?P<wd>{weekday}),?\s+)?(?<![\w])(?:[Tt]he\s+)\Z"),
    )


def _month_day(m: re.Match[str], scan: Scan) -> Core | None:
    day_first = m.re.groupindex["day"] < m.re.groupindex["mon"]
    lead: re.Match[str] | None = scan.before(_leads()[0], m.start())
    if day_first and lead is None:
        lead = scan.before(_leads()[1], m.start())
    start = lead.start() if lead else m.start()
    lex = lexicon()
    weekday = lex.weekdays[lead["wd"].lower()] if lead and lead["wd"] else None
    month = lex.months[m["mon"].lower().rstrip(".")]
    day = int(m["day"])
    day2 = int(m["day2"]) if m["day2"] else None
    if day < 1 or day > _days_in(int(m["year"]) if m["year"] else None, month):
        return None
    if day2 is not None and not day < day2 <= _days_in(None, month):
        return None
    if m["year"]:
        year = int(m["year"])
        first, last = _date(year, month, day), _date(year, month, day2 or day)
        if first is None or last is None:
            return None
        value = first.isoformat() if day2 is None else f"{first.isoformat()}/{last.isoformat()}"
        return Core(start, m.end(), value)
    value = f"XXXX-{month:02d}-{day:02d}" + (f"/XXXX-{month:02d}-{day2:02d}" if day2 else "")
    if scan.published is None:
        return Core(start, m.end(), value)
    anchor_year = _year_for_day(scan, start, m.end(), month, day, weekday)
    if anchor_year is None:
        return None
    value = "/".join(timex.fill_year(v, anchor_year) for v in value.split("/"))
    return Core(start, m.end(), value, anchored=True)


def _year_for_day(
    scan: Scan, start: int, end: int, month: int, day: int, weekday: int | None
) -> int | None:
    published = scan.published
    if published is None:
        return None
    if weekday is not None:
        # "Tuesday, Aug. 22": the weekday names the year when only one year near the anchor fits.
        fits = [
            y
            for y in (published.year - 1, published.year, published.year + 1)
            if (d := _date(y, month, day)) is not None and d.isoweekday() == weekday
        ]
        if len(fits) == 1:
            return fits[0]

    def interval_in(year: int) -> tuple[dt.date, dt.date]:
        d = _date(year, month, day) or dt.date(year, month, _days_in(year, month))
        return d, d

    year = pick_year(published, scan.tense(start, end), interval_in)
    return year if _date(year, month, day) is not None else None


@functools.cache
def _day_of_month_lead() -> re.Pattern[str]:
    """Compile the words that make "the 9th" a day of the month ("on the 9th", "the night of the 9th")."""
    cues = alternation(lexicon().words["day_of_month_cue"])
    pods = alternation(lexicon().parts_of_day)
    return re.compile(
        rf"(?<![\w])(?:(?:{cues})\s+|[Tt]he\s+(?P<pod>{pods})\s+of\s+)(?P<the>the\s+)\Z"
    )


def _day_of_month(m: re.Match[str], scan: Scan) -> Core | None:
    """Read "on the 9th": a day of the publication's month (or the one before or after, by tense)."""
    lead = scan.before(_day_of_month_lead(), m.start())
    day = int(m["day"])
    if lead is None or not 1 <= day <= 31:
        return None
    nxt = scan.next_word(m.end())
    if nxt and nxt.lower() not in lexicon().words["day_of_month_follow"]:
        return None  # "the 9th floor", "the 9th of May" (a month-day rule reads that one)
    start = lead.start("the") if lead["pod"] is None else lead.start()
    suffix = f"T{lexicon().parts_of_day[lead['pod'].lower()]}" if lead["pod"] else ""
    if scan.published is None:
        return Core(start, m.end(), f"XXXX-XX-{day:02d}{suffix}")
    found = day_in_month_near(scan.published, day, scan.tense(start, m.end()))
    if found is None:
        return None
    return Core(start, m.end(), found.isoformat() + suffix, anchored=True)


def day_in_month_near(published: dt.date, day: int, tense: Tense | None) -> dt.date | None:
    """Return the day ``day`` of the publication's month, or of the month before (a past clause,
    the day not yet reached) or after (a future clause, the day gone); None if it does not exist.
    """
    step = 0
    if tense is Tense.PAST and day > published.day:
        step = -1
    elif tense is Tense.FUTURE and day < published.day:
        step = 1
    total = published.year * 12 + published.month - 1 + step
    year, month = divmod(total, 12)
    return _date(year, month + 1, day)


def _month_year(m: re.Match[str], scan: Scan) -> Core | None:
    if scan.next_word(m.end()).lower() in lexicon().words["quantity_unit"]:
        return None
    month = lexicon().months[m["mon"].lower().rstrip(".")]
    return Core(m.start(), m.end(), f"{m['year']}-{month:02d}", takes=PERIOD_PREFIXES)


# --- years, year ranges, decades, centuries ---


def _year_context_ok(scan: Scan, start: int, end: int, year: int) -> bool:
    """Return whether a bare four-digit number reads as a year in its context."""
    lex = lexicon()
    prev = scan.prev_word(start)
    nxt = scan.next_word(end).lower()
    if prev in lex.words["number_label"] or prev in lex.words["quantity_cue"]:
        return False
    if nxt in lex.words["quantity_unit"]:
        return False
    prefix = scan.prefix(start)
    if prefix.signal or prefix.period:
        return True
    if prefix.approx:
        # "around 2000 protesters" is a count: a plural noun after an approximate number.
        return not (nxt.islower() and nxt.endswith("s"))
    if prev in lex.words["year_preposition"]:
        return True
    determiner = prev in lex.words["year_determiner"] or prev.endswith(("'s", "\u2019s"))
    return determiner and DETERMINER_YEAR_MIN <= year <= DETERMINER_YEAR_MAX


def _year(m: re.Match[str], scan: Scan) -> Core | None:
    year = int(m["year"])
    if year > YEAR_MAX or not _year_context_ok(scan, m.start(), m.end(), year):
        return None
    return Core(m.start(), m.end(), f"{year:04d}", takes=PERIOD_PREFIXES)


def _year_range(m: re.Match[str], scan: Scan) -> Core | None:
    y1, raw = int(m["y1"]), m["y2"]
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if len(raw) == 2 and y2 <= y1 and y1 % 100 == 99:
        y2 += 100  # "1999-00"
    if y1 > YEAR_MAX or not 0 < y2 - y1 <= YEAR_RANGE_MAX_SPAN:
        return None
    lex = lexicon()
    cue = _group(m, "cue")
    if cue is None:
        if y1 < YEAR_RANGE_MIN:
            return None
        prev = scan.prev_word(m.start())
        if prev in lex.words["number_label"] or prev in lex.words["quantity_cue"]:
            return None
    if scan.next_word(m.end()).lower() in lex.words["quantity_unit"]:
        return None
    takes = "" if cue else DATE_PREFIXES
    return Core(m.start(), m.end(), f"{y1:04d}/{y2:04d}", takes=takes)


def _decade(m: re.Match[str], scan: Scan) -> Core | None:
    return Core(m.start(), m.end(), m["dec"][:3] + "X", takes=PERIOD_PREFIXES)


def _century(m: re.Match[str], scan: Scan) -> Core | None:
    if not 1 <= int(m["n"]) <= CENTURY_MAX:
        return None
    return Core(m.start(), m.end(), f"{int(m['n']) - 1:02d}", takes=PERIOD_PREFIXES)


# --- quarters, halves, seasons with a year, TIMEX3 literals ---


def _part_of_year(m: re.Match[str], scan: Scan) -> Core | None:
    number, ordinal = _group(m, "n"), _group(m, "ord")
    n = int(number) if number else lexicon().ordinals[(ordinal or "").lower()]
    part = (_group(m, "part") or _group(m, "qh") or "").lower()
    code = "H" if part in ("half", "h") else "Q"
    if code == "H" and n > 2:
        return None
    if m["year"]:
        if int(m["year"]) > YEAR_MAX:
            return None
        return Core(m.start(), m.end(), f"{m['year']}-{code}{n}", takes=DATE_PREFIXES)
    rel = (_group(m, "rel") or "").lower()
    if scan.published is None:
        return Core(m.start(), m.end(), f"XXXX-{code}{n}", takes=DATE_PREFIXES)
    year = scan.published.year + {"next": 1, "last": -1}.get(rel, 0)
    return Core(m.start(), m.end(), f"{year:04d}-{code}{n}", takes=DATE_PREFIXES, anchored=True)


def _season_year(m: re.Match[str], scan: Scan) -> Core | None:
    code = lexicon().seasons[m["season"].lower()]
    return Core(m.start(), m.end(), f"{m['year']}-{code}", takes=PERIOD_PREFIXES)


def _literal(m: re.Match[str], scan: Scan) -> Core | None:
    if timex.interval_of(m.group())[0] is None:
        return None  # week 53 of a year that has 52
    return Core(m.start(), m.end(), m.group(), takes=PERIOD_PREFIXES)


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Return the absolute-date rules with their compiled patterns."""
    p = pieces()
    end = NUMBER_END
    clock = (
        r"(?:(?:T|[ \t]+)(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?::(?P<ss>[0-5]\d))?"
        rf"(?:\s?(?P<ampm>{AMPM}))?(?:[ \t]?(?P<tz>{p.time_zone}))?|T(?P<pod>MO|AF|EV|NI|DT)\b)?"
    )
    day_range = rf"(?:\s?[-\u2013]\s?(?P<day2>{DAY}){ORDINAL_SUFFIX})?"
    year = rf"(?:,?\s+(?P<year>{YEAR}){end})?"
    part = r"(?P<part>quarter|half|Quarter|Half|QUARTER|HALF)"
    the = r"(?:the|this|next|last|The|This|Next|Last)"
    number = "number"
    return (
        Rule(
            "numeric-date",
            re.compile(
                r"(?P<a>[0-9]{1,4})(?P<sep>[./-])(?P<b>[0-9]{1,2})(?P=sep)(?P<c>[0-9]{1,4})"
                rf"{clock}(?![\w%]|[.,/:-]\d)"
            ),
            _numeric,
            number,
        ),
        Rule(
            "month-day",
            re.compile(
                rf"(?P<mon>{p.month})(?:\.\s?|\s+)(?P<day>{DAY}){ORDINAL_SUFFIX}{day_range}"
                rf"(?![\w:]|[.,]\d|[-\u2013]\d){year}"
            ),
            _month_day,
        ),
        Rule(
            "day-month",
            re.compile(
                rf"(?P<day>{DAY}){ORDINAL_SUFFIX}{day_range}\s+(?:of\s+)?(?P<mon>{p.month})(?![\w-])\.?"
                rf"{year}"
            ),
            _month_day,
            number,
        ),
        Rule(
            "day-of-month",
            re.compile(r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)(?![\w-])"),
            _day_of_month,
            number,
        ),
        Rule(
            "month-year",
            re.compile(rf"(?P<mon>{p.month})\.?(?:\s+of)?,?\s+(?P<year>{YEAR}){end}"),
            _month_year,
        ),
        Rule(
            "year",
            re.compile(rf"(?P<year>{YEAR_LEAD})(?![\w%]|[.,/:\u2013-]\d|['\u2019]\d)"),
            _year,
            number,
        ),
        Rule(
            "year-range",
            re.compile(
                rf"(?P<y1>{YEAR_LEAD})\s?[-\u2013\u2014/]\s?(?P<y2>\d{{4}}|\d{{2}})(?![\w%]|[.,/:-]\d)"
            ),
            _year_range,
            number,
        ),
        Rule(
            "year-span",
            re.compile(
                rf"(?P<cue>from|between|From|Between)\s+(?P<y1>{YEAR})\s+(?:to|and|until|through|till)"
                rf"\s+(?P<y2>{YEAR}){end}"
            ),
            _year_range,
        ),
        Rule(
            "decade", re.compile(r"(?P<dec>1[0-9]{2}0|2[01][0-9]0)['\u2019]?s\b"), _decade, number
        ),
        Rule(
            "century",
            re.compile(r"(?P<n>[0-9][0-9]?)(?:st|nd|rd|th)[\s-](?:century|Century|CENTURY)\b"),
            _century,
            number,
        ),
        Rule(
            "part-of-year",
            re.compile(
                rf"(?P<ord>{p.ordinal})[\s-]{part}(?:\s+of)?,?\s+"
                rf"(?:(?P<year>{YEAR}){end}|(?P<rel>{the})\s+(?:year|Year)\b)"
            ),
            _part_of_year,
        ),
        Rule(
            "year-part",
            re.compile(
                rf"(?P<year>{YEAR_LEAD})(?:['\u2019]s)?\s+(?P<ord>{p.ordinal})[\s-]{part}\b"
            ),
            _part_of_year,
            number,
        ),
        Rule(
            "quarter-code",
            re.compile(rf"(?P<qh>[QH])(?P<n>[1-4])\s?[-/]?\s?(?P<year>{YEAR}){end}"),
            _part_of_year,
        ),
        Rule(
            "season-year",
            re.compile(rf"(?P<season>{p.season})(?:\s+of)?,?\s+(?P<year>{YEAR}){end}"),
            _season_year,
        ),
        Rule(
            "timex-literal",
            re.compile(
                r"[12][0-9]{3}-(?:W(?:0[1-9]|[1-4]\d|5[0-3])(?:-(?:[1-7]|WE))?|Q[1-4]|H[12]"
                r"|SP|SU|FA|WI)(?![\w-])"
            ),
            _literal,
            number,
        ),
    )
