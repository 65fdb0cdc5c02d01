"""Regex pieces every rule module builds its patterns from (built once from the lexicon).

Every repeat is bounded or runs over a class that cannot overlap its neighbour, so no pattern can
backtrack catastrophically.
"""

from __future__ import annotations

import functools

from attrs import frozen

from crosscheck.time._lexicon import alternation, lexicon

# Leading digits are plain classes, ranges are checked by the rules: a pattern that starts with a
# simple class lets the regex engine skip to candidate positions instead of trying every one.
DAY = r"[0-9][0-9]?"
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]{3}|2[01][0-9]{2})"  # 1000-2199: the years news text writes with four digits
YEAR_LEAD = r"[12][0-9]{3}"  # a year that starts a pattern; the rule checks YEAR_MAX
YEAR_MAX = 2199
# A year, day or number must not run on into more digits, a decimal part or a percent sign.
NUMBER_END = r"(?![\w%]|[.,/:-]\d)"
AMPM = r"(?:[aApP]\.[mM]\.?|[aApP][mM](?!\w))"
CLOCK_UNITS = ("TH", "TM")


@frozen
class Pieces:
    """Alternations built from the lexicon."""

    month: str
    month_full: str
    weekday: str
    season: str
    part_of_day: str
    ordinal: str
    unit: str
    number: str  # a number word, a compound ("twenty-five") or a vague count ("several")
    time_zone: str


@functools.cache
def pieces() -> Pieces:
    """Return the regex alternations for the lexicon's word tables."""
    lex = lexicon()
    word = alternation(lex.numbers)
    return Pieces(
        month=alternation(lex.months, cased=True),
        month_full=alternation(lex.month_full, cased=True),
        weekday=alternation(lex.weekdays, cased=True),
        season=alternation(lex.seasons),
        part_of_day=alternation(lex.parts_of_day),
        ordinal=alternation(lex.ordinals),
        unit=alternation(lex.units),
        number=rf"(?:{alternation(lex.vague_numbers)}|{word}(?:[\s-]{word})?)",
        time_zone=rf"(?:{alternation(lex.time_zones, cased=True)}|Z\b|[+-](?:0\d|1[0-4]):?[0-5]\d\b)",
    )


def is_vague(text: str) -> bool:
    """Return whether a count is vague ("several", "a few")."""
    return " ".join(text.lower().split()) in lexicon().vague_numbers


def number_value(text: str) -> float | None:
    """Return the value of a count in digits or words ("35", "1.5", "twenty-five"); None if not one."""
    digits = text.replace(",", "")
    if digits.replace(".", "", 1).isdigit():
        return float(digits)
    lex = lexicon()
    parts = text.lower().replace("-", " ").split()
    values = [lex.numbers[p] for p in parts if p in lex.numbers]
    if len(values) != len(parts) or not values:
        return None
    if len(values) == 1:
        return values[0]
    first, second = values[0], values[1]
    if second == 100:
        return first * 100
    if first >= 20 and first % 10 == 0 and second < 10:
        return first + second
    return None
