"""Rules for durations ("four years", "35-year"), sets ("every year") and vague references ("now")."""

from __future__ import annotations

import functools
import re

from crosscheck.model import TimeKind
from crosscheck.time._core import DURATION_MOD, Core, Rule, Scan
from crosscheck.time._lexicon import alternation, lexicon
from crosscheck.time._pieces import is_vague, number_value, pieces

_ARTICLES = frozenset({"a", "an"})


def _norm(words: str) -> str:
    return " ".join(words.lower().split())


def _number_text(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(count: str | None, unit_word: str) -> str | None:
    """Return the TIMEX3 duration for a count and unit word ("four", "years" → ``P4Y``).

    A vague count ("several years") gives ``PXY``; None if the count is not a number.
    """
    per, letter = lexicon().unit(unit_word)
    if count is None:
        amount = _number_text(per)
    elif is_vague(count):
        amount = "X"
    else:
        n = number_value(count)
        if n is None:
            return None
        amount = _number_text(n * per)
    if letter.startswith("T"):
        return f"PT{amount}{letter[1:]}"
    return f"P{amount}{letter}"


@functools.cache
def _count_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    p = pieces()
    count = r"\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d+)?"
    lead = alternation(lexicon().words["duration_lead"])
    return (
        re.compile(
            rf"(?:(?<![\w])(?P<lead>(?:(?:the|The|THE)\s+)?{lead})\s+)?"
            rf"(?<![\w.,$£€¥#])(?P<num>{p.number}|{count})[\s-]\Z"
        ),
        re.compile(rf"(?<![\w.,$£€¥#])(?P<num>{p.number}|\d{{1,3}})\s+\Z"),
    )


def _duration(m: re.Match[str], scan: Scan) -> Core | None:
    count = scan.before(_count_patterns()[0], m.start())
    if count is None:
        return None
    start = count.start()
    value = duration_value(count["num"], m["unit"])
    article, _, rest = count["num"].partition(" ")
    if value is None and article.lower() in _ARTICLES and rest.strip():
        # "a ten-day visit": the number pattern reads "a ten" as one ("a hundred" is), but an
        # article before a number word is no part of it.
        start = count.start("num") + len(count["num"]) - len(rest.lstrip())
        value = duration_value(rest.strip(), m["unit"])
    if value is None:
        return None
    takes = "" if count["lead"] else DURATION_MOD  # "over the past few years" is not "more than"
    return Core(start, m.end(), value, TimeKind.DURATION, takes=takes)


def _set_every(m: re.Match[str], scan: Scan) -> Core | None:
    lex = lexicon()
    word = _norm(m["what"])
    if word in lex.units:
        count = "2" if m["other"] else m["num"]
        value = duration_value(count, word)
    elif word in lex.weekdays:
        value = f"XXXX-WXX-{lex.weekdays[word]}"
    elif word in lex.seasons:
        value = f"XXXX-{lex.seasons[word]}"
    else:
        value = f"XXXX-{lex.months[word]:02d}"
    if value is None:
        return None
    return Core(m.start(), m.end(), value, TimeKind.SET, takes="")


def _set_frequency(m: re.Match[str], scan: Scan) -> Core | None:
    start = m.start()
    if m["freq"].lower() == "times":
        count = scan.before(_count_patterns()[1], start)
        if count is None:
            return None
        start = count.start()
    value = duration_value(None, m["unit"])
    return None if value is None else Core(start, m.end(), value, TimeKind.SET, takes="")


def _set_word(m: re.Match[str], scan: Scan) -> Core | None:
    value = lexicon().set_words[_norm(m.group())]
    return Core(m.start(), m.end(), value, TimeKind.SET, takes="")


def _reference(m: re.Match[str], scan: Scan) -> Core | None:
    return Core(m.start(), m.end(), lexicon().references[_norm(m.group())], takes="")


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Return the duration, set and reference rules with their compiled patterns."""
    p = pieces()
    lex = lexicon()
    every = alternation(["every", "each"])
    per = alternation(["a", "an", "per", "every", "each"])
    return (
        Rule("duration", re.compile(rf"(?P<unit>{p.unit})(?![\w])(?:-(?:old|long))?"), _duration),
        Rule(
            "set-every",
            re.compile(
                rf"{every}\s+(?:(?P<other>other|Other)\s+|(?P<num>{p.number}|\d{{1,3}})\s+)?"
                rf"(?P<what>{p.unit}|{p.weekday}|{p.season}|{p.month_full})(?![\w-])"
            ),
            _set_every,
        ),
        Rule(
            "set-frequency",
            re.compile(
                rf"(?P<freq>{alternation(['once', 'twice', 'thrice', 'times'])})\s+{per}\s+"
                rf"(?P<unit>{p.unit})(?![\w-])"
            ),
            _set_frequency,
        ),
        Rule("set-word", re.compile(rf"{alternation(lex.set_words)}\b"), _set_word),
        Rule("reference", re.compile(rf"{alternation(lex.references)}(?![\w-])"), _reference),
    )
