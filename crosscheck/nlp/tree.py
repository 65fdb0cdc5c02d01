"""Walks over the dependency tree that several readers share.

Tokens are compared by index: spaCy makes a new ``Token`` object at every access, so identity
never holds between two of them (``tests/test_parse_walks.py``). spaCy's root is its own head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the calling process never imports spaCy (tests/test_cache_memory.py)
    from spacy.tokens import Token

VERB_POS = frozenset({"VERB", "AUX"})
# Fine tags of "who", "which", "whose", "how", "why": the words a question opens with.
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def governing_verb(tok: Token) -> Token | None:
    """Return the nearest verb above a token in the parse, or None when none is."""
    head = tok
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in VERB_POS:
            return head
    return None


def clause_verb(tok: Token) -> Token | None:
    """Return the token itself when it is a verb, else the nearest verb above it (or None)."""
    return tok if tok.pos_ in VERB_POS else governing_verb(tok)
