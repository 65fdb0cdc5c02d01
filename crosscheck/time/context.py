"""Sentence bounds and tense around a span: what anchoring and date claims read from the context.

Tense is read from cue words, not parsed: the cue nearest to the expression within its sentence
wins ("the ministry on Monday said it will act" is past: "said" is nearer than "will"). A trailing
attribution set off by a comma (", his office said", ", according to officials") reports the
clause before it and does not set that clause's tense: in "X will meet Y on Tuesday, his office
said" Tuesday lies ahead. ``Sentences.attributions`` finds those attributions. This is how
``find_times`` reads tense on bare text; the date-claim extractor reads the parse instead
(:mod:`crosscheck.time.syntax`) and re-resolves weekdays and months in its direction.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from enum import StrEnum

from crosscheck.statements.lexicon import lexicon as statements_lexicon
from crosscheck.time._lexicon import alternation, lexicon

# A speaker phrase set off by a comma before its reporting verb (", the national civil defence
# institute said") is at most this many words long; a longer run is a clause of its own.
ATTRIBUTION_SUBJECT_WORDS = 8
# What follows the verb of a trailing attribution (", the agency said in a joint statement on
# Friday") runs at most this many words to the next comma or the sentence end; a longer run is
# reported content, not an attribution.
ATTRIBUTION_TRAILER_WORDS = 10

# Breaks no clause runs across: a semicolon, a colon before a space, a dash standing alone.
_HARD_BREAK = re.compile(r";|:\s|\s[-\u2013\u2014]+\s|\u2014")
# A comma between words (not inside "1,500") splits a clause into stretches.
_SEGMENT_BREAK = re.compile(r",(?=\s)")
_LETTERS = re.compile(r"[A-Za-z]+")
_WORDS = re.compile(r"[\w'\u2019.-]+")
# The end of an attribution's trailer: a comma not followed by the rest of a date ("on Tuesday,
# Oct. 8"), a semicolon, or a colon.
_TRAILER_END = re.compile(r",(?!\s+(?:[A-Z][a-z]{2,8}\.?\s+)?\d)|;|:\s")


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


@functools.lru_cache(maxsize=4096)
def _time_word(word: str) -> bool:
    return lexicon().is_time_word(word)


@functools.cache
def _attribution_pattern() -> re.Pattern[str]:
    """Compile ", <speaker> said" / ", according to": a comma, up to a few words, a reporting verb."""
    lex = statements_lexicon("en")
    verbs = sorted(
        (f for f, lemma in lex.verb_forms.items() if lemma in lex.clause_lemmas),
        key=lambda f: (-len(f), f),
    )
    verbs = [f for f in verbs if not f.endswith("ing")]  # ", adding that ..." is a clause
    according = [" ".join(c) for c in lex.cues.get("according", ())]
    return re.compile(
        r",[\"'\u201d\u2019]?\s+(?:"
        rf"(?P<according>{alternation(according)})(?![\w'\u2019])"
        rf"|(?P<subject>(?:[^\s,;:()\"\u201c\u201d]+\s+){{0,{ATTRIBUTION_SUBJECT_WORDS}}}?)"
        rf"(?P<verb>{'|'.join(map(re.escape, verbs))})(?![\w'\u2019-]))"
    )


class Sentences:
    """The sentences of one text, as the annotation layer splits it, for looking up the sentence
    around a position and the tense cues and attributions inside it."""

    def __init__(self, text: str, starts: Sequence[int]) -> None:
        """Index the sentences of ``text`` that start at ``starts`` (the annotation layer's)."""
        self.text = text
        self._cues: dict[int, list[tuple[int, int, Tense]]] = {}
        self._attributions: dict[int, list[tuple[int, int]]] = {}
        self._starts = sorted({0, *starts})

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

    def clause_start(self, pos: int) -> int:
        """Return where the clause holding ``pos`` starts: its sentence start or the last hard break.

        Hard breaks are semicolons, colons and free-standing dashes (a dateline's "LIMA —" ends
        before the sentence proper).
        """
        start, _ = self.around(pos)
        for m in _HARD_BREAK.finditer(self.text, start, pos):
            start = m.end()
        return start

    def fronted(self, pos: int) -> bool:
        """Return whether only a time phrase precedes ``pos`` in its clause ("Late on Monday, ...")."""
        lex = lexicon()
        for m in _LETTERS.finditer(self.text, self.clause_start(pos), pos):
            word = m.group().lower()
            if word not in lex.clause_adverbials and not _time_word(word):
                return False
        return True

    def attributions(self, pos: int) -> list[tuple[int, int]]:
        """Return the trailing attributions in the sentence holding ``pos`` as (start, end).

        An attribution starts at a comma and holds a short speaker phrase and a reporting verb
        (", the ministry said on Monday", ", said Jane Doe") or an "according to" phrase; it ends at
        the next comma or the sentence end. A comma after a fronted time phrase ("On Monday, the
        ministry said ...") opens the main clause, not an attribution.
        """
        start, end = self.around(pos)
        cached = self._attributions.get(start)
        if cached is None:
            cached = [
                z
                for m in _attribution_pattern().finditer(self.text, start, end)
                if (z := self._attribution(m, end)) is not None
            ]
            self._attributions[start] = cached
        return cached

    def _attribution(self, m: re.Match[str], end: int) -> tuple[int, int] | None:
        lex = lexicon()
        if self.fronted(m.start()):
            return None
        stop_match = _TRAILER_END.search(self.text, m.end(), end)
        stop = stop_match.start() if stop_match else end
        if m["according"]:
            return m.start(), stop
        subject = [w.lower() for w in _WORDS.findall(m["subject"])]
        if any(w in lex.clause_openers for w in subject):
            return None  # ", and officials said", ", which the ministry confirmed"
        trailer = [w.lower().strip(".") for w in _WORDS.findall(self.text, m.end(), stop)]
        closed = lex.clause_openers | lex.clause_finite
        if len(trailer) > ATTRIBUTION_TRAILER_WORDS or any(w in closed for w in trailer):
            return None  # ", officials said the talks had failed": a clause of its own
        return m.start(), stop

    def attribution_of(self, pos: int) -> tuple[int, int] | None:
        """Return the trailing attribution holding ``pos``, or None if ``pos`` lies outside them."""
        return next((z for z in self.attributions(pos) if z[0] <= pos < z[1]), None)

    def segment(self, start: int, end: int) -> tuple[int, int, bool]:
        """Return the comma-delimited stretch of the clause around ``text[start:end]``.

        Returns:
            (start, end, enclosed): enclosed when commas stand on both sides and the stretch is not
            a fronted time phrase, as in an apposition ("…, a premium to the closing price on
            Friday, …").
        """
        clause = self.clause_start(start)
        _, sentence_end = self.around(start)
        lo = clause
        for m in _SEGMENT_BREAK.finditer(self.text, clause, start):
            lo = m.end()
        after = _SEGMENT_BREAK.search(self.text, end, sentence_end)
        hi = after.start() if after else sentence_end
        enclosed = lo > clause and after is not None and not self.fronted(start)
        return lo, hi, enclosed

    def tense_near(self, start: int, end: int) -> Tense | None:
        """Return the tense of the cue nearest to ``text[start:end]`` in its clause, if any.

        Cues inside the span are skipped (the expression's own words are read separately); on a
        tie the cue before the span wins, because English puts the governing verb first. Cues in
        the span's own comma-delimited stretch come first; an apposition without one takes no tense
        from outside. Only cues on the span's side of a trailing attribution count: ", his office
        said" does not put the clause it reports in the past.
        """
        own = self.attribution_of(start)
        lo, hi, enclosed = self.segment(start, end)
        best: tuple[int, int, int, Tense] | None = None
        for cs, ce, tense in self.cues(start):
            if self.attribution_of(cs) != own:
                continue
            if ce <= start:
                key = (start - ce, 0)
            elif cs >= end:
                key = (cs - end, 1)
            else:
                continue
            outside = int(cs < lo or ce > hi)
            if outside and enclosed:
                continue
            if best is None or (outside, *key) < best[:3]:
                best = (outside, *key, tense)
        return best[3] if best else None


def direction_of(text: str) -> Tense | None:
    """Return the direction an expression's own words give it ("next week" future, "ago" past)."""
    lex = lexicon()
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & lex.direction_future:
        return Tense.FUTURE
    if words & lex.direction_past:
        return Tense.PAST
    return None
