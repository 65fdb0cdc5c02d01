"""What the pattern rules share: the Core a rule builds from a match, and the Scan they read context from."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from attrs import define

from crosscheck.model import TimeKind
from crosscheck.time._lexicon import alternation, lexicon
from crosscheck.time.tense import Tense, direction_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

# How far back and ahead (characters) context helpers look for the word next to a match.
_WORD_WINDOW = 40

# Which prefixes a core accepts (flags on Core.takes).
PERIOD = "p"  # early / mid / late / the end of
SIGNAL = "s"  # since / by / until / before / after
APPROX = "a"  # around / circa
DURATION_MOD = "d"  # more than / less than / about
DATE_PREFIXES = SIGNAL + APPROX
PERIOD_PREFIXES = PERIOD + SIGNAL + APPROX


@define
class Core:
    """A time expression as one rule read it, before prefixes and the interval are added."""

    start: int
    end: int
    value: str
    kind: TimeKind = TimeKind.DATE
    takes: str = DATE_PREFIXES
    anchored: bool = False
    interval: tuple[dt.date | None, dt.date | None] | None = None  # narrower than the value's
    candidates: tuple[str, ...] = ()
    ambiguous: bool = False
    modifier: str | None = None
    needs_period: bool = False  # "the year" is a date only as "the end of the year"


class Rule(NamedTuple):
    """A named pattern and the function that turns one of its matches into a Core (or rejects it).

    Patterns start with their distinctive word (a month name, a digit, a unit) and leave the word
    boundary on the left to ``left`` ("word": no letter or digit before; "number": not inside a
    number, an amount or a label either): a leading ``\\b`` or look-behind would stop the regex
    engine from skipping ahead to the candidates and make every rule several times slower.
    """

    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], Scan], Core | None]
    left: str = "word"


_NUMBER_LEFT = frozenset("$£€¥#.,/:")


def left_ok(text: str, start: int, left: str) -> bool:
    """Return whether a match may start at ``start`` given what comes right before it."""
    if start == 0 or not left:
        return True
    before = text[start - 1]
    if before.isalnum() or before == "_":
        return False
    if left == "number":
        if before in _NUMBER_LEFT:
            return False
        if before in "-\u2013" and start >= 2 and text[start - 2].isdigit():
            return False
    return True


class Prefix(NamedTuple):
    """The modifier words found right before a core: where they start and the TIMEX3 mods they give."""

    start: int
    signal: str | None
    approx: bool
    period: str | None


_PREV_WORD = re.compile(r"([A-Za-z#]+(?:['\u2019]s)?)[.:]?[\s-]+$")
_NEXT_WORD = re.compile(r"\s*([\w%]+)")


@functools.cache
def _prefix_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    date = re.compile(
        rf"(?:\b(?P<signal>{alternation(lex.signals)})\s+)?"
        rf"(?:\b(?P<approx>{alternation(lex.words['approx_word'])})\s+)?"
        rf"(?:\b(?P<period>{alternation(lex.period_modifiers)})(?:\s+|\s*-))?\Z"
    )
    duration = re.compile(rf"\b(?P<duration>{alternation(lex.duration_modifiers)})\s+\Z")
    return date, duration


class Scan:
    """One text being scanned, with its anchor, date order and lazily read context."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        date_order: str | None,
        parse: Callable[[], Doc],
    ) -> None:
        self.text = text
        self.published = published
        self.date_order = date_order
        self._parse = parse
        self._doc: Doc | None = None
        self._quotes: dict[int, tuple[int, int]] | None = None

    def tense(self, start: int, end: int) -> Tense | None:
        """Return the tense at a span: its own words first ("next"), then its clause in the parse.

        Only expressions anchored on a publication date ask, so a text without one is never parsed.
        """
        own = direction_of(self.text[start:end])
        if own is not None or self.published is None:
            return own
        # Imported here: the parse reader brings in spaCy and the annotation layer, which a text
        # without a publication date never needs.
        from crosscheck.time import syntax

        if self._doc is None:
            self._doc = self._parse()
            self._quotes = syntax.quote_bounds(self._doc)
        return syntax.tense_at(self._doc, start, end, self._quotes)

    def before(self, pattern: re.Pattern[str], start: int) -> re.Match[str] | None:
        """Return the match of a ``\\Z``-anchored ``pattern`` ending right at ``start``, if any."""
        return pattern.search(self.text, max(0, start - _WORD_WINDOW), start)

    def prev_word(self, start: int) -> str:
        """Return the word right before ``start`` (lowercase), or "" if there is none."""
        m = _PREV_WORD.search(self.text, max(0, start - _WORD_WINDOW), start)
        return m[1].lower() if m else ""

    def prev_words(self, start: int, n: int) -> list[str]:
        """Return up to ``n`` words before ``start``, nearest first (lowercase)."""
        words: list[str] = []
        pos = start
        while len(words) < n:
            m = _PREV_WORD.search(self.text, max(0, pos - _WORD_WINDOW), pos)
            if m is None:
                break
            words.append(m[1].lower())
            pos = m.start()
        return words

    def next_word(self, end: int) -> str:
        """Return the word right after ``end`` as written, or "" if punctuation comes first."""
        m = _NEXT_WORD.match(self.text, end, min(len(self.text), end + _WORD_WINDOW))
        return m[1] if m else ""

    def prefix(self, start: int, floor: int = 0) -> Prefix:
        """Return the modifier words right before ``start`` (not reaching back past ``floor``)."""
        m = _prefix_patterns()[0].search(self.text, max(floor, start - _WORD_WINDOW), start)
        if m is None or m.start() == start:
            return Prefix(start, None, False, None)
        lex = lexicon()
        signal, period = _key(m["signal"]), _key(m["period"])
        return Prefix(
            m.start(),
            lex.signals[signal] if signal else None,
            bool(m["approx"]),
            lex.period_modifiers[period] if period else None,
        )

    def duration_prefix(self, start: int, floor: int = 0) -> tuple[int, str] | None:
        """Return (start, TIMEX3 mod) of a duration modifier ("more than") right before ``start``."""
        m = _prefix_patterns()[1].search(self.text, max(floor, start - _WORD_WINDOW), start)
        if m is None:
            return None
        return m.start(), lexicon().duration_modifiers[_key(m["duration"]) or ""]


def _key(words: str | None) -> str | None:
    """Return a matched phrase as its lexicon key: lowercase, single spaces, no trailing hyphen."""
    return " ".join(words.lower().split()) if words else None
