"""Tokens, sentences and the small word normalisers (singular nouns, verb stems) quantities use."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import NamedTuple

from crosscheck.quantities._lexicon import lexicon

# Numbers with thousands separators, plain numbers and decimals, words (with inner apostrophes, so
# "world's" is one token), and any other single character. Each alternative is linear: the repeated
# groups start with a fixed character, so nothing can backtrack catastrophically.
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])"
    r"|\d+(?:\.\d+)?"
    "|[^\\W\\d_]+(?:['\u2019][^\\W\\d_]+)*"
    r"|\S"
)
_APOSTROPHES = "'\u2019"
_SENTENCE_END = frozenset(".!?")
_CLOSERS = frozenset("\"')\u201d\u2019")
# Suffix rules stop once a word is this short, so "need" is not cut to "ne".
MIN_STEM_CHARS = 3
# Words longer than this are not English words (run-together junk); they are left as they are, which
# also bounds the suffix stripping below, each round of which shortens the word.
MAX_WORD_CHARS = 40


class Token(NamedTuple):
    """One token of a text: its characters, where they are, and whether space comes before it."""

    text: str
    start: int
    end: int
    lower: str
    spaced: bool  # whitespace (or the start of text) before it
    newline: bool  # a line break before it
    paragraph: bool = False  # a blank line (or the start of text) before it

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()

    @property
    def bare(self) -> str:
        """The lower-case word without a possessive ``'s``."""
        return strip_possessive(self.lower)

    @property
    def is_possessive(self) -> bool:
        return self.lower != strip_possessive(self.lower)


def strip_possessive(word: str) -> str:
    """Return ``word`` without a trailing ``'s`` (straight or curly)."""
    for mark in _APOSTROPHES:
        if word.endswith(mark + "s"):
            return word[:-2]
    return word


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with their offsets."""
    tokens: list[Token] = []
    last = 0
    for m in _TOKEN.finditer(text):
        gap = text[last : m.start()]
        word = m.group()
        # NFKC only where it can matter: full-width digits, ligatures and the like.
        lower = (
            word.casefold() if word.isascii() else unicodedata.normalize("NFKC", word).casefold()
        )
        breaks = gap.count("\n")
        tokens.append(
            Token(word, m.start(), m.end(), lower, not tokens or bool(gap), breaks > 0, breaks > 1)
        )
        last = m.end()
    return tokens


def _ends_sentence(tokens: Sequence[Token], i: int) -> bool:
    """Return whether the full stop (or ! ?) at ``i`` ends a sentence."""
    if i + 1 >= len(tokens):
        return True
    nxt = tokens[i + 1]
    if nxt.newline:
        return True
    j = i + 1
    while j < len(tokens) and tokens[j].text in _CLOSERS and not tokens[j].spaced:
        j += 1
    if j >= len(tokens):
        return True
    if not tokens[j].spaced:
        return False  # "1.5", "U.S." or an e-mail address: no space, no sentence end
    if tokens[i].text == "." and i > 0:
        before = tokens[i - 1]
        abbreviations = lexicon().words("abbreviations")
        # "Mr. Smith", "Sept. 9", "U.S. officials": the stop belongs to the abbreviation.
        if before.lower in abbreviations or (before.is_word and len(before.text) == 1):
            return False
    first = tokens[j].text[0]
    return first.isupper() or first.isdigit() or first in "\"'\u201c\u2018"


def _wrapped(tokens: Sequence[Token], i: int) -> bool:
    """Return whether the line break before token ``i`` only wraps a sentence.

    Hard-wrapped wire copy breaks lines mid-sentence ("struck\nthe coast"); a title, a list item
    or a table row ends at its line. A single line break continues the sentence when the line before
    does not end in sentence punctuation and the next line goes on in lower case or with a number,
    or the line before ends in a comma or a function word ("and", "of").
    """
    tok, prev = tokens[i], tokens[i - 1]
    if tok.paragraph or prev.text in _SENTENCE_END or prev.text in _CLOSERS:
        return False
    if tok.text[0].islower() or tok.is_number:
        return True
    return prev.text == "," or prev.lower in lexicon().words("function_words")


def sentences(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Return the sentences as half-open token index ranges ``(first, last + 1)``."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, tok in enumerate(tokens):
        if i > start and tok.newline and not _wrapped(tokens, i):
            out.append((start, i))
            start = i
        if tok.text in _SENTENCE_END and _ends_sentence(tokens, i):
            end = i + 1
            while end < len(tokens) and tokens[end].text in _CLOSERS and not tokens[end].spaced:
                end += 1
            if end > start:
                out.append((start, end))
            start = end
    if start < len(tokens):
        out.append((start, len(tokens)))
    # Closers swallowed after a boundary can leave a later boundary inside a finished range.
    return [(a, b) for a, b in out if a < b]


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
    irregular = lexicon().irregular_verbs
    if word in irregular:
        return irregular[word]
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
    """Return a crude stem of a verb so that "fired", "fires" and "fire" share one key."""
    return _settle(word.casefold(), _stem_once)


def slug(text: str) -> str:
    """Return a lower-case, hyphen-joined key of a phrase ("New Zealand's" -> "new-zealand")."""
    words = [
        strip_possessive(w) for w in re.findall("[^\\W_]+(?:['\u2019][^\\W_]+)?", text.casefold())
    ]
    return "-".join(w for w in words if w)
