"""The small word normalisers quantities use: singular nouns, verb stems, phrase keys."""

from __future__ import annotations

import re
from collections.abc import Callable

from crosscheck.quantities._lexicon import lexicon

# Suffix rules stop once a word is this short, so "need" is not cut to "ne".
MIN_STEM_CHARS = 3
# Words longer than this are not English words (run-together junk); they are left as they are, which
# also bounds the suffix stripping below, each round of which shortens the word.
MAX_WORD_CHARS = 40
# A word of a phrase key, inner apostrophes kept ("o'hara"); linear, nothing to backtrack.
_WORD = re.compile("[^\\W_]+(?:['\u2019][^\\W_]+)?")


def _singular_once(word: str) -> str:
    lex = lexicon()
    if word in lex.irregular_plurals:
        return lex.irregular_plurals[word]
    if word in lex.words("invariant_nouns") or len(word) <= MIN_STEM_CHARS:
        return word
    if word.endswith("ies") and len(word) > MIN_STEM_CHARS + 1:
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _settle(word: str, step: Callable[[str], str]) -> str:
    """Apply ``step`` until the word stops changing (bounded: each round shortens or maps once)."""
    if len(word) > MAX_WORD_CHARS:
        return word
    for _ in range(MAX_WORD_CHARS + 2):
        nxt = step(word)
        if nxt == word:
            break
        word = nxt
    return word


def singular(word: str) -> str:
    """Return the singular of an English noun (a key, not always a dictionary form)."""
    return _settle(word, _singular_once)


def is_plural(word: str) -> bool:
    """Return whether a lower-case noun looks plural."""
    lex = lexicon()
    if word in lex.irregular_plurals:
        return True
    if word in lex.words("invariant_nouns"):
        return True  # "100 police", "200 staff": these count without an -s
    return singular(word) != word


_VOWELS = frozenset("aeiouy")


def _stem_once(word: str) -> str:
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) + len(repl) >= MIN_STEM_CHARS:
            if suffix == "es" and not word.endswith(("xes", "ches", "shes", "sses", "zzes")):
                continue
            if suffix == "s" and word.endswith("ss"):
                continue
            return word[: -len(suffix)] + repl
    if word.endswith("e") and len(word) > MIN_STEM_CHARS:
        return word[:-1]
    if len(word) > MIN_STEM_CHARS and word[-1] == word[-2] and word[-1] not in _VOWELS:
        return word[:-1]  # "stopped" -> "stopp" -> "stop"
    return word


def stem(word: str) -> str:
    """Return a crude stem of a verb so that "fired", "fires" and "fire" share one key.

    Irregular forms ("took") are the lemmatiser's to undo: callers pass the token's lemma.
    """
    return _settle(word.casefold(), _stem_once)


def slug(text: str) -> str:
    """Return a lower-case, hyphen-joined key of a phrase ("New Zealand" -> "new-zealand")."""
    return "-".join(_WORD.findall(text.casefold()))
