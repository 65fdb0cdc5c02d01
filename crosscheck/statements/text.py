"""Fold text for matching: name slugs, quote folding and per-word keys (no tokenising here)."""

from __future__ import annotations

import re
import unicodedata

from crosscheck.nlp.quotes import APOSTROPHES

# A letter and its stop before another such letter: initials ("A.J.", "U.S.") written with stops.
_INITIAL_STOP = re.compile(r"\b([^\W\d_])\.(?=[^\W\d_]\.)")


def slug(text: str) -> str:
    """Return a lowercase, hyphenated, accent-free key for a name ("Spain's" -> "spains").

    Initials are one word with or without their stops, so "A.J. Butler" and "AJ Butler" share
    the key ``aj-butler``.
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub("[" + APOSTROPHES + r"]s\b", "s", folded)
    folded = _INITIAL_STOP.sub(r"\1", folded)
    return re.sub(r"[\W_]+", "-", folded).strip("-")


# Apostrophes, backtick, acute accent and editorial brackets.
_DROP = str.maketrans({c: None for c in APOSTROPHES + "\u2018`\u00b4[]"})


def normalize_quote(text: str) -> str:
    """Fold a quote for matching: casefolded, punctuation and whitespace folded.

    Apostrophes and editorial brackets are dropped so that "don't" equals "dont" and "need[s]"
    equals "needs"; every other non-word character becomes a space.

    >>> normalize_quote("“Are there  bad intentions?” ")
    'are there bad intentions'
    """
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_DROP)
    return " ".join(re.sub(r"[\W_]+", " ", folded).split())


def word_keys(written: str) -> list[str]:
    """Return the folded form of each whitespace-separated word of ``written`` (for word diffs)."""
    return [normalize_quote(w) for w in written.split()]
