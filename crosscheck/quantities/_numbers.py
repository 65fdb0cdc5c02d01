"""Read numbers written in digits or words ("1,500", "1.5 million", "twenty-five", "a dozen")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from attrs import frozen

from crosscheck.quantities._doc import Token
from crosscheck.quantities._lexicon import lexicon

# Bound on the words of one spelled-out number ("one hundred and twenty-five thousand" is 7), so a
# run of number words can never make the reader walk far.
MAX_NUMBER_TOKENS = 12
# Ordinals past 9999th ("the 99999th anniversary") are not ranks or anniversaries but noise.
MAX_ORDINAL_DIGITS = 4
# A figure in digits as the tokenizer leaves it whole: "7", "2.5", "1,500", "1,500.25". Not "10,5"
# (a decimal comma), "3.1.2", "24/7" or "09:45": those are not one count. Linear: no nested repeats.
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# An ordinal in digits, one token: "6th", "21st", "1002nd".
_ORDINAL = re.compile(rf"(\d{{1,{MAX_ORDINAL_DIGITS}}})(?:st|nd|rd|th)")
_HYPHENS = frozenset("-\u2011\u2013\u2014")


@frozen
class Number:
    """A number read from tokens ``[start, end)``."""

    value: Fraction
    start: int
    end: int
    digits: bool  # written with digits (else in words)
    plain_word: str | None = None  # the single word when the number is one bare word ("one")
    scale: int = 1  # the scale words' product ("million" -> 1000000)


def _digits(token: Token) -> Fraction | None:
    if _FIGURE.fullmatch(token.text) is None:
        return None
    return Fraction(token.text.replace(",", ""))


def _scaled(tokens: Sequence[Token], j: int, stop: int) -> tuple[int, int]:
    """Return the product of the scale words at ``j`` ("million", "hundred thousand") and their end."""
    scales = lexicon().scales
    product = 1
    last = 0
    for _ in range(2):  # "hundred thousand" at most
        if j < stop and tokens[j].lower in scales and tokens[j].spaced:
            scale = scales[tokens[j].lower]
            if last and scale <= last:
                break  # "thousand hundred" is not a number
            product *= scale
            last = scale
            j += 1
    return product, j


def read_number(tokens: Sequence[Token], i: int, stop: int) -> Number | None:
    """Return the number starting at token ``i`` (before ``stop``), or ``None``.

    Args:
        tokens: the text's tokens.
        i: where the number would start.
        stop: the first token index not to read (the sentence end).

    Returns:
        The number with the token range it covers.
    """
    if i >= stop:
        return None
    tok = tokens[i]
    if tok.is_number:
        value = _digits(tok)
        if value is None:
            return None
        scale, end = _scaled(tokens, i + 1, stop)
        return Number(value * scale, i, end, digits=True, scale=scale)
    return _read_words(tokens, i, stop)


def _read_words(tokens: Sequence[Token], i: int, stop: int) -> Number | None:
    lex = lexicon()
    numbers, scales = lex.numbers, lex.scales
    j = i
    current = total = 0
    last = ""  # kind of the previous word: units, teens, tens, hundred, scale
    if tokens[j].lower in ("a", "an") and j + 1 < stop and tokens[j + 1].lower in scales:
        current, last, j = 1, "units", j + 1  # "a hundred", "a million", "a dozen"
    limit = min(stop, i + MAX_NUMBER_TOKENS)
    while j < limit:
        word = tokens[j].lower
        if word in numbers:
            n = numbers[word]
            if not (last in ("", "hundred", "scale") or (last == "tens" and 0 < n < 10)):
                break
            current += n
            last = "tens" if n >= 20 else ("teens" if n >= 10 else "units")
        elif word == "hundred" and last in ("", "units", "teens", "tens"):
            current = (current or 1) * 100
            last = "hundred"
        elif word in scales and word != "hundred" and last:
            total += (current or 1) * scales[word]
            current, last = 0, "scale"
        elif not _joins(tokens, j, limit, last):
            break
        j += 1
    if not last:
        return None
    plain = tokens[i].lower if j == i + 1 else None
    return Number(Fraction(total + current), i, j, digits=False, plain_word=plain)


def _joins(tokens: Sequence[Token], j: int, limit: int, last: str) -> bool:
    """Return whether token ``j`` joins two parts of a number: "hundred and six", "twenty-five"."""
    numbers = lexicon().numbers
    word = tokens[j].lower
    if j + 1 >= limit:
        return False
    nxt = tokens[j + 1]
    if word == "and":
        return last in ("hundred", "scale") and nxt.lower in numbers
    return (
        word in _HYPHENS
        and last == "tens"
        and not tokens[j].spaced
        and not nxt.spaced
        and 0 < numbers.get(nxt.lower, 0) < 10
    )


def read_ordinal(tokens: Sequence[Token], i: int, stop: int) -> tuple[int, int] | None:
    """Return ``(value, end)`` for an ordinal at token ``i`` ("sixth", "6th", "twenty-first")."""
    if i >= stop:
        return None
    lex = lexicon()
    tok = tokens[i]
    if tok.is_number:
        match = _ORDINAL.fullmatch(tok.lower)
        value = int(match.group(1)) if match is not None else 0
        return (value, i + 1) if value > 0 else None
    if tok.lower in lex.ordinals:
        return lex.ordinals[tok.lower], i + 1
    tens = lex.numbers.get(tok.lower, 0)
    if (
        tens >= 20
        and tens % 10 == 0
        and i + 2 < stop
        and tokens[i + 1].text in _HYPHENS
        and not tokens[i + 1].spaced
        and not tokens[i + 2].spaced
        and 0 < lex.ordinals.get(tokens[i + 2].lower, 0) < 10
    ):
        return tens + lex.ordinals[tokens[i + 2].lower], i + 3
    return None
