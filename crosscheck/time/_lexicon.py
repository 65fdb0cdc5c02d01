"""Load the English time words (``crosscheck/data/time_en.toml``) once and build regex pieces from them."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

from attrs import frozen

from crosscheck._data import load_toml, trie_alternation

DATA_FILE = "time_en.toml"


@frozen
class Lexicon:
    """The time words of one language, as lookup tables (keys lowercase)."""

    months: Mapping[str, int]  # full names and abbreviations
    month_full: frozenset[str]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    clock_words: Mapping[str, str]
    numbers: Mapping[str, int]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    time_zones: Mapping[str, str]
    references: Mapping[str, str]
    relative_days: Mapping[str, tuple[int, str | None]]
    relative_words: Mapping[str, str]
    set_words: Mapping[str, str]
    period_steps: Mapping[str, int]
    signals: Mapping[str, str]
    duration_modifiers: Mapping[str, str]
    period_modifiers: Mapping[str, str]
    words: Mapping[str, frozenset[str]]
    vague_numbers: tuple[str, ...]
    direction_future: frozenset[str]
    direction_past: frozenset[str]

    def unit(self, word: str) -> tuple[int, str]:
        """Return how many of which TIMEX3 unit one ``word`` is ("weeks" → 1, W; "fortnight" → 2, W)."""
        code = self.units[" ".join(word.lower().split())]
        letters = code.lstrip("0123456789")
        count = code[: len(code) - len(letters)]
        return (int(count) if count else 1), letters

    def has(self, group: str, word: str) -> bool:
        """Return whether ``word`` (any case) is in the word list ``group``."""
        return word.lower() in self.words.get(group, frozenset())

    def is_time_word(self, word: str) -> bool:
        """Return whether ``word`` is any word this lexicon treats as (part of) a time expression."""
        w = word.lower()
        tables: Iterable[Mapping[str, object]] = (
            self.months,
            self.weekdays,
            self.seasons,
            self.parts_of_day,
            self.clock_words,
            self.set_words,
            self.numbers,
            self.ordinals,
            self.units,
            self.time_zones,
            self.signals,
        )
        if any(w in t for t in tables):
            return True
        phrases = (
            *self.references,
            *self.relative_days,
            *self.relative_words,
            *self.period_steps,
            *self.duration_modifiers,
            *self.period_modifiers,
            *self.vague_numbers,
        )
        if any(w in p.split() for p in phrases):
            return True
        return any(w in ws for ws in self.words.values())


def read_data(name: str) -> dict[str, Any]:
    """Return the parsed TOML data file ``crosscheck/data/<name>`` (read once, cached)."""
    return load_toml(name)


@functools.cache
def lexicon() -> Lexicon:
    """Return the English time lexicon, read from the data file on first use."""
    d = read_data(DATA_FILE)
    words = {k: frozenset(v) for k, v in d["words"].items()}
    months = {**d["month"], **d["month_abbreviation"]}
    return Lexicon(
        months=months,
        month_full=frozenset(d["month"]),
        weekdays=d["weekday"],
        seasons=d["season"],
        parts_of_day=d["part_of_day"],
        clock_words=d["clock_word"],
        numbers=d["number"],
        ordinals=d["ordinal"],
        units=d["unit"],
        time_zones=d["time_zone"],
        references=d["reference"],
        relative_days={k: (int(v["days"]), v.get("part")) for k, v in d["relative_day"].items()},
        relative_words=d["relative_word"],
        set_words=d["set_word"],
        period_steps=d["period_step"],
        signals=d["signal"],
        duration_modifiers=d["duration_modifier"],
        period_modifiers=d["period_modifier"],
        words=words,
        vague_numbers=tuple(d["words"]["vague_number"]),
        direction_future=frozenset(d["direction"]["future"]),
        direction_past=frozenset(d["direction"]["past"]),
    )


def weekday_names() -> frozenset[str]:
    """Return the weekday names the time lexicon reads ("monday" ... "sunday"), lower-case."""
    return frozenset(lexicon().weekdays)


def phrase(word: str) -> str:
    """Return a regex for a (possibly multi-word) phrase: escaped, any whitespace between words."""
    return r"\s+".join(re.escape(part) for part in word.split())


def alternation(words: Iterable[str], *, cased: bool = False) -> str:
    """Return a non-capturing regex matching any of ``words``, the longest where several match.

    Each word is spelt out in the cases it is written in, rather than matched case-insensitively,
    and the forms are merged into a prefix tree ("in the (?:past|future)"): plain literals let the
    regex engine skip ahead fast and the tree tries each letter once. With ``cased`` (month and
    weekday names) only Capitalised and CAPITALS forms match ("April", "APRIL"); otherwise
    lowercase too ("since", "Since", "SINCE").
    """
    forms: set[str] = set()
    for w in words:
        w = " ".join(w.split())
        forms.add(w[:1].upper() + w[1:])
        forms.add(w.upper())
        if not cased:
            forms.add(w.lower())
    return trie_alternation(sorted(forms))
