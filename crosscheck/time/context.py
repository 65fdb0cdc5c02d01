"""Sentence bounds and tense around a span: what anchoring and date claims read from the context.

Tense is read from cue words, not parsed: the cue nearest to the expression within its sentence
wins ("the ministry on Monday said it will act" is past: "said" is nearer than "will").
"""

from __future__ import annotations

import bisect
import functools
import re
from enum import StrEnum

from crosscheck.time._lexicon import alternation, lexicon

# Look this far back for the word before a dot when deciding whether it ends a sentence.
_ABBREVIATION_WINDOW = 12

_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*[ \t]+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n")
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)\.*[\"'\u201d\u2019)\]]*[.!?]*$")


# A line at least this long that ends inside a sentence (a letter or a comma) and is followed by a
# line starting with a letter is hard-wrapped prose, not a headline, caption or label.
WRAPPED_LINE_MIN_CHARS = 60


def _wrapped(text: str, newline: int) -> bool:
    """Return whether the newline at ``newline`` only wraps a line inside one sentence."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    following = text[newline + 1 : newline + 2]
    return (
        len(line) >= WRAPPED_LINE_MIN_CHARS
        and (line[-1:].isalpha() or line[-1:] in ",;-")
        and following.isalpha()
    )


class Tense(StrEnum):
    """The time a clause points to, as its cue words give it."""

    PAST = "past"
    FUTURE = "future"


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(
        rf"(?<![\w'\u2019])(?:(?P<future>{alternation(lex.future)})|(?P<past>{alternation(lex.past)})"
        r"|(?P<ed>[a-z]{2,}ed))(?![\w'\u2019])"
    )


class Sentences:
    """The sentences of one text, found once, for looking up the sentence around a position."""

    def __init__(self, text: str) -> None:
        self.text = text
        abbreviations = lexicon().abbreviations
        ends: list[int] = []
        for m in _BOUNDARY.finditer(text):
            if m.group() == "\n" and _wrapped(text, m.start()):
                continue  # a hard-wrapped line: the sentence goes on on the next line
            if m.group().startswith("."):
                before = _WORD_BEFORE_DOT.search(
                    text, max(0, m.start() - _ABBREVIATION_WINDOW), m.start() + 1
                )
                word = before[1].lower().rstrip(".") if before else ""
                if word in abbreviations or len(word) == 1:
                    continue  # "Aug. 18", "Mr. Smith", "J. Smith": the dot does not end a sentence
            ends.append(m.end())
        self._starts = [0, *ends]
        self._cues: dict[int, list[tuple[int, int, Tense]]] = {}

    def around(self, pos: int) -> tuple[int, int]:
        """Return the (start, end) offsets of the sentence holding ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        start = self._starts[max(i, 0)]
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)
        return start, end

    def cues(self, pos: int) -> list[tuple[int, int, Tense]]:
        """Return the tense cues of the sentence holding ``pos`` as (start, end, tense)."""
        start, end = self.around(pos)
        cached = self._cues.get(start)
        if cached is None:
            cached = []
            not_past = lexicon().not_past
            for m in _cue_pattern().finditer(self.text, start, end):
                if m["future"]:
                    cached.append((m.start(), m.end(), Tense.FUTURE))
                elif m["past"] or (
                    m["ed"] and m["ed"] not in not_past and not m["ed"].endswith("eed")
                ):
                    cached.append((m.start(), m.end(), Tense.PAST))
            self._cues[start] = cached
        return cached

    def tense_near(self, start: int, end: int) -> Tense | None:
        """Return the tense of the cue nearest to ``text[start:end]`` in its sentence, if any.

        Cues inside the span are skipped (the expression's own words are read separately); on a
        tie the cue before the span wins, because English puts the governing verb first.
        """
        best: tuple[int, int, Tense] | None = None
        for cs, ce, tense in self.cues(start):
            if ce <= start:
                key = (start - ce, 0)
            elif cs >= end:
                key = (cs - end, 1)
            else:
                continue
            if best is None or key < best[:2]:
                best = (*key, tense)
        return best[2] if best else None


def direction_of(text: str) -> Tense | None:
    """Return the direction an expression's own words give it ("next week" future, "ago" past)."""
    lex = lexicon()
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & lex.direction_future:
        return Tense.FUTURE
    if words & lex.direction_past:
        return Tense.PAST
    return None
