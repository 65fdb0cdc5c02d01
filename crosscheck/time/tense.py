"""The direction a time expression points: its own words first ("next week", "ago"), then the clause.

A bare weekday or month ("on Tuesday", "in March") lies before or after the publication date as the
clause it dates says: "will meet on Tuesday" ahead, "met on Tuesday" back. The clause is read off the
dependency parse (:func:`crosscheck.time.syntax.tense_at`); the expression's own words are read here.
"""

from __future__ import annotations

import re
from enum import StrEnum

from crosscheck.time._lexicon import lexicon


class Tense(StrEnum):
    """The time a clause points to, as its cue words give it."""

    PAST = "past"
    FUTURE = "future"


def direction_of(text: str) -> Tense | None:
    """Return the direction an expression's own words give it ("next week" future, "ago" past)."""
    lex = lexicon()
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & lex.direction_future:
        return Tense.FUTURE
    if words & lex.direction_past:
        return Tense.PAST
    return None
