"""Split paragraphs into sentences and word tokens; fold quote text for matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from attrs import field, frozen

from crosscheck.nlp.quotes import ALL_MARKS, APOSTROPHES, CLOSE_GLYPHS, OPEN_GLYPHS
from crosscheck.statements.lexicon import Lexicon

# Words run over internal periods, hyphens and apostrophes ("U.S.", "Jean-Luc", "Spain's"); each
# repeat must consume a separator, so the pattern cannot backtrack explosively.
_TOKEN = re.compile(r"\w+(?:[.\-" + APOSTROPHES + r"]\w+)*\.?|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?…]+[" + re.escape(CLOSE_GLYPHS) + r"\"')\]]*(?=\s)")
_WORD_BEFORE_PERIOD = re.compile(r"(\w+(?:\.\w+)*)\.$")
_POSSESSIVE = re.compile("[" + APOSTROPHES + "]s?$")
_POSSESSIVE_ENDINGS = tuple(a + "s" for a in APOSTROPHES)


@frozen
class Token:
    """A word or punctuation mark of a sentence, with its offsets in the document text.

    ``low`` is the lowercase word without an abbreviation's final period, ``bare`` that without a
    possessive ending ("spain's" -> "spain"); both are computed once, as every scan reads them.
    """

    text: str
    start: int
    end: int
    low: str = field(init=False)
    bare: str = field(init=False)
    cap: bool = field(init=False)
    is_word: bool = field(init=False)
    possessive: bool = field(init=False)

    def __attrs_post_init__(self) -> None:
        low = self.text.lower().rstrip(".") or self.text
        possessive = low.endswith(_POSSESSIVE_ENDINGS) or (
            len(low) > 2 and low[-1] in APOSTROPHES and low[-2] == "s"
        )
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "bare", _POSSESSIVE.sub("", low) if possessive else low)
        object.__setattr__(self, "cap", self.text[:1].isupper())
        object.__setattr__(self, "is_word", self.text[:1].isalnum())
        object.__setattr__(self, "possessive", possessive)


def strip_possessive(word: str) -> str:
    """Return a word without its possessive ending ("Diaz's" -> "Diaz", "Torres'" -> "Torres")."""
    if word.endswith(_POSSESSIVE_ENDINGS):
        return word[:-2]
    if len(word) > 2 and word[-1] in APOSTROPHES and word[-2] in "sS":
        return word[:-1]
    return word


def tokenize(text: str, start: int, end: int, lex: Lexicon) -> list[Token]:
    """Return the tokens of ``text[start:end]``; a sentence-final period is its own token.

    Args:
        text: the document text.
        start: where to begin.
        end: where to stop.
        lex: the lexicon, for the abbreviations whose period belongs to the word.

    Returns:
        The tokens in text order.
    """
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        sentence_end = len(word) > 2 and word.endswith(".") and "." not in word[:-1]
        if sentence_end and not lex.has("abbreviations", word[:-1].lower()):
            tokens.append(Token(word[:-1], m.start(), m.end() - 1))
            tokens.append(Token(".", m.end() - 1, m.end()))
            continue
        tokens.append(Token(word, m.start(), m.end()))
    return tokens


def sentences(
    text: str, start: int, end: int, quotes: Sequence[tuple[int, int]], lex: Lexicon
) -> list[tuple[int, int]]:
    """Return the sentences of one paragraph; a quote is never split, however many sentences.

    Args:
        text: the document text.
        start: the paragraph start.
        end: the paragraph end.
        quotes: (start, end) of the quotes in the paragraph, marks included.
        lex: the lexicon, for abbreviations.

    Returns:
        (start, end) of each sentence, in order.
    """
    out: list[tuple[int, int]] = []
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end()
        if any(qs < m.start() and stop < qe for qs, qe in quotes):
            continue  # the terminal mark is inside a quote that goes on
        nxt = stop
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        char = text[nxt]
        if not (char.isupper() or char.isdigit() or char in OPEN_GLYPHS or char in "\"'(["):
            continue
        if m.group()[0] == "." and len(m.group().rstrip(ALL_MARKS + ")]")) == 1:
            word = _WORD_BEFORE_PERIOD.search(text, max(start, m.start() - 20), m.start() + 1)
            if word and (
                len(word.group(1)) == 1 or lex.has("abbreviations", word.group(1).lower())
            ):
                continue
        out.append((begin, stop))
        begin = nxt
    if text[begin:end].strip():
        out.append((begin, end))
    return out


def slug(text: str) -> str:
    """Return a lowercase, hyphenated, accent-free key for a name ("Spain's" -> "spains")."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub("[" + APOSTROPHES + r"]s\b", "s", folded)
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
