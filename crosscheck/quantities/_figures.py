"""Figures: a number with its comparator, currency and range, and the numbers that are not quantities."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import TypeVar

from attrs import frozen

from crosscheck.quantities._doc import HYPHENS, DocText, Token, chain_bounds, is_year
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._numbers import Number, read_number
from crosscheck.quantities._steps import Step
from crosscheck.quantities.interval import APPROX_TOLERANCE, Interval

# Currency signs, and the one prefixed sign the tokenizer keeps whole ("US$3.2 billion").
_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "₩", "us$"})
RANGE_WORDS = frozenset({"to", "or", "until", "through", "till"})
_V = TypeVar("_V")


# --- counts, money, shares and durations: "more than 300 rockets", "$2 billion", "35-year rule" ---


def match_phrase(
    toks: Sequence[Token], i: int, stop: int, table: dict[str, _V]
) -> tuple[_V, int] | None:
    """Return the value and end of the longest phrase of ``table`` starting at token ``i``."""
    best: tuple[_V, int] | None = None
    words: list[str] = []
    for k in range(i, min(stop, i + lexicon().max_phrase_words)):
        words.append(toks[k].lower)
        key = " ".join(words)
        if key in table:
            best = (table[key], k + 1)
    return best


def _chain_end(toks: Sequence[Token], n: int) -> int:
    """Return the end of the glued number chain at ``n``: 2019-06-30, 03.11.2021, 09:45, 4-1."""
    return chain_bounds(toks, n)[1]


def _is_month(tok: Token) -> bool:
    # "may" is a month only when written "May": "100 may be hurt" is a modal.
    return tok.bare in lexicon().words("months") and (tok.bare != "may" or tok.text == "May")


def _ratio(toks: Sequence[Token], n: int) -> bool:
    """Return whether the number at ``n`` is the second term of "4 in 10" or "3 out of 4"."""
    if n < 2 or toks[n - 1].lower not in ("in", "of"):
        return False
    k = n - 3 if toks[n - 1].lower == "of" and toks[n - 2].lower == "out" else n - 2
    if toks[n - 1].lower == "of" and k == n - 2:
        return False  # "one of 37" is a part of a whole, read elsewhere
    return k >= 0 and (toks[k].is_number or toks[k].lower in lexicon().numbers)


def _reject(
    doc: DocText, num: Number, *, cued: bool, currency: bool, second: bool = False
) -> int | None:
    """Return where to resume reading if the number is not a quantity (a date, a label), else None."""
    toks = doc.tokens
    lex = lexicon()
    n = num.start
    tok = toks[n]
    if n in doc.excluded:
        return num.end
    if _ratio(toks, n):
        return num.end  # "4 in 10", "one in five", "3 out of 4": a ratio, not a count
    if not tok.is_number:
        return None
    chain = _chain_end(toks, n)
    prev = toks[n - 1] if n > 0 else None
    nxt = toks[n + 1] if n + 1 < len(toks) else None
    glued_prev = prev is not None and not tok.spaced and not second
    sign = prev is not None and prev.lower in _CURRENCY_SIGNS
    if glued_prev and prev is not None and not sign and (prev.is_word or prev.text == "#"):
        return chain  # "G20", "A380", "#3"
    glue = prev is not None and prev.text in "-\u2011\u2013/.:" and not prev.spaced and n >= 2
    if glued_prev and glue and (toks[n - 2].is_word or toks[n - 2].is_number):
        return chain  # "G-20", "COVID-19", the day of "03/11"
    if chain > n + 1 and toks[n + 1].text not in HYPHENS:
        return chain  # "03.11.2021", "09:45"
    if chain > n + 3:
        return chain  # "2019-06-30"
    glued_word = nxt is not None and not nxt.spaced and nxt.is_word
    if glued_word and nxt is not None and not (currency and nxt.lower in lex.currency_suffixes):
        return chain  # "5G", "15th", "3D"
    p = n - 1
    if p >= 0 and toks[p].text == ".":
        p -= 1
    if p >= 0 and (_is_month(toks[p]) or toks[p].bare in lex.words("identifier_words")):
        return chain  # "Sept. 9", "Resolution 1441", "page 4"
    if nxt is not None and _is_month(nxt):
        return chain  # "26 April"
    named = prev is not None and prev.is_word and prev.is_capitalised and not prev.is_possessive
    if named and not cued and prev is not None and prev.lower not in lex.words("function_words"):
        return chain  # "Boeing 747", "Apollo 11": a name's number
    after = toks[num.end].lower if num.end < len(toks) else ""
    if is_year(tok) and not cued and num.scale == 1 and after not in lex.percent_words:
        return chain
    markers = lex.words("time_markers")
    if after in markers and after != "ago":
        return chain
    if after in ("a", "p") and num.end + 2 < len(toks) and toks[num.end + 2].lower == "m":
        return chain  # "10 a.m."
    return None


def written_step(text: str, scale: int = 1) -> Fraction | None:
    """Return the rounding step a figure written in digits shows, or None when it shows none.

    "210" is rounded to tens, "3,400" to hundreds, "2.75" to hundredths: the place of the last
    digit that is not a zero (of the last digit written, after a decimal point). A last digit 5
    says a half of the place before it ("250" may be 240 rounded to fifties, "1.5 million" 1.4
    million rounded to halves), so it counts as five of its place. The scale word multiplies
    ("3.4 million" steps by 100000). A lone digit ("7", "50") shows no rounding finer than the
    figure itself and gives None.
    """
    whole, _, decimals = text.replace(",", "").partition(".")
    if not whole.isdigit() or (decimals and not decimals.isdigit()):
        return None
    if decimals:
        place, last = Fraction(1, 10 ** len(decimals)), decimals[-1]
    else:
        stripped = whole.rstrip("0")
        if len(stripped.lstrip("0")) < 2:
            return None
        place, last = Fraction(10 ** (len(whole) - len(stripped))), stripped[-1]
    return place * (5 if last == "5" else 1) * scale


def figure_interval(
    comparator: str, low: Fraction, high: Fraction, step: Fraction | None = None
) -> Interval:
    """Return the interval a comparator makes of a figure (``low == high``) or a range.

    ``step`` is the rounding the figure's digits show (:func:`written_step`). "About" widens a
    figure by ``APPROX_TOLERANCE`` of it, but never by more than one such step: "about 210" is
    200 to 220 (a writer who knew 230 would say "about 230"), while "about 200" or "about 250"
    keep the whole margin.
    """
    t = APPROX_TOLERANCE
    if comparator == "approx" and step is not None and low == high and step < low * t:
        return Interval(low - step, high + step)
    if comparator == "gt":
        return Interval(low, None, True, True)
    if comparator == "ge":
        return Interval(low, None, False, True)
    if comparator == "lt":
        return Interval(Fraction(0), high, False, True)
    if comparator == "le":
        return Interval(Fraction(0), high)
    if comparator == "approx":
        return Interval(low * (1 - t), high * (1 + t))
    if comparator == "nearly":
        return Interval(low * (1 - t), high)
    return Interval(low, high)


@frozen
class Figure:
    """A number with its comparator, before we know what it counts."""

    first: int  # first token of the written phrase (the comparator, currency sign or number)
    end: int  # token after the figure (and its range, postfix and currency)
    low: Fraction
    high: Fraction
    comparator: str
    currency: str | None
    number: Number
    # The rounding the digits show (see written_step); None for a range or a figure in words.
    step: Fraction | None = None

    @property
    def interval(self) -> Interval:
        """Return the interval the figure stands for, with its comparator and written rounding."""
        return figure_interval(self.comparator, self.low, self.high, self.step)


def read_figure(doc: DocText, i: int, stop: int) -> Figure | Step | None:
    """Read a comparator, currency sign, number and range at ``i``; a Step skips a non-quantity."""
    toks = doc.tokens
    lex = lexicon()
    cmp = match_phrase(toks, i, stop, lex.comparators)
    comparator, j = cmp if cmp else ("exact", i)
    intro = toks[i].lower if cmp is None and toks[i].lower in ("between", "from") else None
    if intro:
        j = i + 1
    currency: str | None = None
    if j < stop and toks[j].lower in _CURRENCY_SIGNS:
        currency, j = lex.currencies[toks[j].lower], j + 1
    num = read_number(toks, j, stop)
    if num is None:
        return None
    resume = _reject(doc, num, cued=bool(cmp or currency or intro), currency=bool(currency))
    if resume is not None:
        return Step(None, resume) if j == i else None
    value, k = num.value, num.end
    if currency and k < stop and not toks[k].spaced and toks[k].lower in lex.currency_suffixes:
        value, k = value * lex.currency_suffixes[toks[k].lower], k + 1
    low = high = value
    # "5.25% to 5.5%": the unit may come after each end of a range
    unit = match_phrase(toks, k, stop, lex.percent_words)
    at = unit[1] if unit else k
    link = toks[at].lower if at + 1 < stop else ""
    if (intro == "between" and link == "and") or (
        intro != "between" and (link in RANGE_WORDS or (link in HYPHENS and num.digits))
    ):
        j2 = at + 1 + (toks[at + 1].lower in _CURRENCY_SIGNS)
        second = read_number(toks, j2, stop)
        if (
            second is not None
            and unit
            and not match_phrase(toks, second.end, stop, lex.percent_words)
        ):
            second = None  # "5% to 10 people" is not a range
        if (
            second is not None
            and _reject(doc, second, cued=True, currency=bool(currency), second=True) is None
        ):
            first_value = value * second.scale if num.scale == 1 else value
            if first_value < second.value:
                low, high, k = first_value, second.value, second.end
                # "about 10 to 15" stays approximate at both ends; any other cue yields to the range
                comparator = "approx" if comparator == "approx" else "range"
            elif link in HYPHENS:
                return Step(None, second.end)  # "4-1": a score, not a range
            if k < stop and toks[k].lower in lex.words("score_nouns"):
                return Step(None, k)
    if intro and comparator != "range":
        return None
    if comparator == "exact" and not num.digits and "dozen" in {t.lower for t in toks[j : num.end]}:
        comparator = "approx"  # "a dozen" is seldom counted exactly
    post = match_phrase(toks, k, stop, lex.postfix_comparators)
    if post and comparator == "exact":
        comparator, k = post
    elif k < stop and toks[k].text == "+" and not toks[k].spaced and comparator == "exact":
        comparator, k = "ge", k + 1
    step = written_step(toks[num.start].text, num.scale) if num.digits and low == high else None
    return Figure(i, k, low, high, comparator, currency, num, step)
