"""Read a capital's name as its city or as the government it stands for.

"Talks were held in Helsinki" names the city; "Helsinki said", "Seoul did not provide details",
"talks with Washington" and "according to Seoul" name the government. The seats of government and
the words that decide are data (``crosscheck/data/names/metonyms.toml``): after a place preposition
a seat is the city; followed by a verb of saying, deciding or acting (through "and <another seat>"
and adverbs), after "according to" or a word such as "with", or as the possessive of "decision",
"position" ..., it is the government; anything else stays the city.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from attrs import frozen

from crosscheck._data import load_toml
from crosscheck.names.text import TokenIndex

METONYMS_FILE = "names/metonyms.toml"
# Words in a row that may stand between a seat and its verb: "Seoul initially had said",
# "Washington and Seoul also agreed".
MAX_SKIPPED = 3

_WORD = re.compile(r"[ \t]*([\]\)\"\u201d']*)[ \t]*([\w\u2019'-]+)")
_PREVIOUS = re.compile(r"([\w-]+)[ \t]+\Z")
_ACCORDING = re.compile(r"\baccording[ \t]+to[ \t]+\Z", re.IGNORECASE)
# Place prepositions: after these a seat is the city ("in Helsinki", "flew to Lima").
_PLACE_PREPOSITIONS = frozenset(
    {"across", "around", "at", "from", "in", "inside", "into", "near", "outside", "through", "to"}
)


@frozen
class Metonyms:
    """The seats of government and the words that make their names stand for the government."""

    seats: frozenset[str]
    governments: Mapping[str, str]
    verbs: frozenset[str]
    nouns: frozenset[str]
    before: frozenset[str]


@functools.cache
def metonyms() -> Metonyms:
    """Return the metonymy data, read once."""
    data = load_toml(METONYMS_FILE)
    return Metonyms(
        seats=frozenset(data.get("seats", [])),
        governments=dict(data.get("governments", {})),
        verbs=frozenset(data.get("verbs", [])),
        nouns=frozenset(data.get("nouns", [])),
        before=frozenset(data.get("before", [])),
    )


def government_reading(
    index: TokenIndex, start: int, end: int, seats_at: Mapping[int, int]
) -> bool:
    """Return True if the seat named at ``index.text[start:end]`` stands for its government.

    Args:
        index: the words of the document's annotated text.
        start: where the seat's name starts.
        end: where it ends.
        seats_at: start -> end of every seat (and country) named in the text, so that "Washington
            and Seoul agreed" reads both as governments.

    Returns:
        True for the government reading, False for the city.
    """
    lex = metonyms()
    text = index.text
    head = text[max(0, start - 30) : start]
    previous = _PREVIOUS.search(head)
    word_before = previous.group(1).lower() if previous else ""
    if _ACCORDING.search(head):
        return True
    if word_before in _PLACE_PREPOSITIONS:
        return False
    if word_before in lex.before:
        return True
    j = index.at(end)
    owner = index.tokens[j - 1] if j > 0 else None
    if owner is not None and owner.bare_end == end and owner.possessive:
        # "Seoul's decision": the parser tagged the clitic a possessive; the owned noun decides.
        owned = index.tokens[j] if j < len(index.tokens) else None
        gap = text[owner.end : owned.start] if owned is not None else ""
        spaced = bool(gap) and not gap.strip(" \t")
        return owned is not None and spaced and owned.text.lower() in lex.nouns
    pos = end
    for _ in range(MAX_SKIPPED + 1):
        m = _WORD.match(text, pos)
        if m is None:
            return False
        word = m.group(2)
        low = word.lower()
        if low in lex.verbs:
            return True
        if low in ("and", "or") and not m.group(1):
            other = _WORD.match(text, m.end())
            nxt = seats_at.get(other.start(2)) if other else None
            if nxt is None:
                return False
            pos = nxt  # "Washington and Seoul agreed": on to the verb after the other seat
            continue
        if low.endswith("ly") and word.islower():
            pos = m.end()  # "Seoul initially had said"
            continue
        return False
    return False
