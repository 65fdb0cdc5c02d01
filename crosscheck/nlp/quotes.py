"""Find direct quotes: pair quote marks inside each paragraph, whatever glyphs a page mixes."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:  # spaCy is imported only where a document is parsed
    from spacy.tokens import Doc, Token

# Quote marks by family. A mark's role (opening or closing) is read from its neighbours first and
# its glyph second, because real pages mix them ("...lives,” said Diaz after a straight opening ").
# (Escapes, because several of these glyphs look like commas, apostrophes or angle brackets.)
DOUBLE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e\uff02'
SINGLE_MARKS = "'\u2018\u2019\u201a\u201b\u2039\u203a"
OPEN_GLYPHS = "\u201c\u201e\u201f\u00ab\u301d\u2018\u201a\u201b\u2039"
CLOSE_GLYPHS = "\u201d\u00bb\u301e\u2019\u203a"
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS
APOSTROPHES = "'\u2019"  # straight and typographic ("Spain's" is printed both ways)


_OPEN, _CLOSE, _EITHER = 1, 2, 3
_DASHES = "\u2014\u2013-"  # em dash, en dash, hyphen
_BEFORE_OPENING = "([{/:;" + _DASHES
_AFTER_CLOSING = ",.;:!?)]}/\u2026" + _DASHES
# How many marks ahead a weak single closing mark (possibly an apostrophe, as in "the players'
# union" printed with a typographic apostrophe) looks for a stronger one before it is accepted.
SINGLE_CLOSE_LOOKAHEAD = 8


@frozen
class Quote:
    """A quoted passage: ``start``/``end`` include the marks, ``inner_*`` the words only."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraph: int
    closed: bool = True
    double: bool = True


def _role(text: str, i: int, lo: int, hi: int, single: bool) -> int | None:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if single and prev.isalnum() and nxt.isalnum():
        return None  # an apostrophe inside a word
    marks = DOUBLE_MARKS + SINGLE_MARKS
    can_open = not nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPENING or prev in marks)
    can_close = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSING or nxt in marks)
    if can_open != can_close:
        return _OPEN if can_open else _CLOSE
    char = text[i]
    if char in OPEN_GLYPHS:
        return _OPEN
    if char in CLOSE_GLYPHS:
        return _CLOSE
    return None if single else _EITHER


def _weak_close(text: str, i: int, hi: int) -> bool:
    """A single closing mark after a letter and before a lowercase word may be an apostrophe."""
    if i == 0 or not text[i - 1].isalnum():
        return False
    j = i + 1
    if j >= hi or not text[j].isspace():
        return False
    while j < hi and text[j].isspace():
        j += 1
    return j < hi and text[j].islower()


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pair(text: str, lo: int, hi: int, index: int, single: bool) -> list[Quote]:
    family = SINGLE_MARKS if single else DOUBLE_MARKS
    marks: list[tuple[int, int]] = []
    for i in range(lo, hi):
        if text[i] in family:
            role = _role(text, i, lo, hi, single)
            if role is not None:
                marks.append((i, role))
    quotes: list[Quote] = []
    opened: int | None = None
    for k, (pos, role) in enumerate(marks):
        if opened is None:
            if role != _CLOSE:
                opened = pos
            continue
        if role == _OPEN:
            opened = pos  # the earlier mark never closed; start again here
            continue
        if single and _weak_close(text, pos, hi) and _stronger_close_ahead(text, marks, k, hi):
            continue
        quotes.append(_make(text, opened, pos + 1, pos, index, single))
        opened = None
    if opened is not None and not single and not text[lo:opened].strip():
        # A paragraph that opens a quote and never closes it: the quote runs on into the next
        # paragraph, by the newspaper convention; keep it to the paragraph end.
        quotes.append(_make(text, opened, hi, hi, index, single, closed=False))
    return [q for q in quotes if any(c.isalnum() for c in text[q.inner_start : q.inner_end])]


def _stronger_close_ahead(text: str, marks: Sequence[tuple[int, int]], k: int, hi: int) -> bool:
    for pos, role in marks[k + 1 : k + 1 + SINGLE_CLOSE_LOOKAHEAD]:
        if role == _OPEN:
            return False
        if not _weak_close(text, pos, hi):
            return True
    return False


def _make(
    text: str, start: int, end: int, inner_end: int, index: int, single: bool, closed: bool = True
) -> Quote:
    inner_start, inner_stop = _inner(text, start + 1, inner_end)
    return Quote(start, end, inner_start, inner_stop, index, closed, not single)


def orphan_close(text: str, lo: int, hi: int) -> int | None:
    """Return the offset of a paragraph's first double mark when it closes a quote nobody opened
    in the paragraph ("... the rest of his life,” said X"), else None.

    The quote layer pairs marks within a paragraph only; a reader that knows the paragraph
    before left a quote open (text split one sentence a line) can take the words up to this mark
    as the rest of that quote.
    """
    for i in range(lo, hi):
        if text[i] in DOUBLE_MARKS:
            return i if _role(text, i, lo, hi, single=False) == _CLOSE else None
    return None


def find_quotes(text: str, paras: Sequence[tuple[int, int]]) -> list[Quote]:
    """Return the direct quotes of ``text``, outermost only, in text order.

    Double marks pair first; single marks count only outside double quotes, unless a single
    quote encloses double ones (the British nesting), which then belong to it.

    Args:
        text: the document text.
        paras: the paragraph spans (``text.paragraphs``); a quote never crosses one.

    Returns:
        The quotes; an unbalanced mark just yields no quote.
    """
    out: list[Quote] = []
    for index, (lo, hi) in enumerate(paras):
        doubles = _pair(text, lo, hi, index, single=False)
        singles = _pair(text, lo, hi, index, single=True)
        starts = [q.start for q in doubles]
        dropped: set[int] = set()
        kept_singles: list[Quote] = []
        for s in singles:
            overlapping: list[int] = []
            j = max(bisect.bisect_right(starts, s.start) - 1, 0)
            while j < len(doubles) and doubles[j].start < s.end:
                if doubles[j].end > s.start:
                    overlapping.append(j)
                j += 1
            if not overlapping:
                kept_singles.append(s)
            elif all(s.start < doubles[j].start and doubles[j].end <= s.end for j in overlapping):
                dropped.update(overlapping)
                kept_singles.append(s)
        kept = [q for j, q in enumerate(doubles) if j not in dropped] + kept_singles
        out.extend(sorted(kept, key=lambda q: q.start))
    return out


# A nickname set inside a name is a few words ("Marek "The Crane" Nowak", "Sammy the Bull").
NICKNAME_MAX_WORDS = 4
_VERB_POS = frozenset({"VERB", "AUX"})
_PROPER = "PROPN"
_PERSON = "PERSON"


def word_beside(doc: Doc, i: int, step: int, mark_edge: int) -> Token | None:
    """Return the word next to a quote on one side (skipping its marks), or None.

    ``i`` is the quote's first (``step`` -1) or last (``step`` 1) inner token and ``mark_edge``
    the quote's outer edge on that side; the word must touch the marks, only spaces between.
    """
    j = i + step
    while 0 <= j < len(doc) and (doc[j].is_quote or doc[j].is_space):
        j += step
    if not 0 <= j < len(doc):
        return None
    t = doc[j]
    gap = doc.text[t.idx + len(t.text) : mark_edge] if step < 0 else doc.text[mark_edge : t.idx]
    return t if not gap.strip() else None


def name_word(t: Token) -> bool:
    """Return whether a token can be a word of a name: a proper noun, a capitalised word that
    does not merely start its sentence, or one the model reads as part of a person's name (a
    given name opening a sentence may be tagged a verb)."""
    return (
        t.pos_ == _PROPER
        or (t.is_alpha and t.text[:1].isupper() and not t.is_sent_start)
        or (t.is_alpha and t.text[:1].isupper() and t.ent_type_ == _PERSON)
    )


def inner_tokens(doc: Doc, quote: Quote) -> list[Token]:
    """Return the tokens of a quote's words (its marks and spaces left out)."""
    return [
        t
        for t in doc.char_span(quote.start, quote.end, alignment_mode="expand") or ()
        if quote.inner_start <= t.idx < quote.inner_end and not t.is_space
    ]


def nickname_inside_name(doc: Doc, quote: Quote, max_words: int = NICKNAME_MAX_WORDS) -> bool:
    """Return whether a quote is a nickname set inside a name (``Marek "The Crane" Nowak``): a
    closed quote of at most ``max_words`` words and no verb, touching a name word on each side.

    The statements reader takes such a quote for no remark, and the names layer reads the name
    around it as one person's (the nickname an alias of theirs), from this one reading.
    """
    inside = inner_tokens(doc, quote)
    if not inside or len(inside) > max_words or not quote.closed:
        return False
    if any(t.pos_ in _VERB_POS for t in inside):
        return False
    before = word_beside(doc, inside[0].i, -1, quote.start)
    after = word_beside(doc, inside[-1].i, 1, quote.end)
    return before is not None and after is not None and name_word(before) and name_word(after)


def quote_of_span(text: str, start: int, end: int, double: bool, paragraph: int = 0) -> Quote:
    """Return the Quote a span of the Doc's quote layer covers (marks included): closed when it
    ends with a mark of its family, an unclosed one running to its paragraph's end."""
    family = DOUBLE_MARKS if double else SINGLE_MARKS
    closed = end - start > 1 and text[end - 1] in family
    inner_start, inner_end = _inner(text, start + 1, end - 1 if closed else end)
    return Quote(start, end, inner_start, inner_end, paragraph, closed, double)


def nicknames_in_names(doc: Doc) -> list[tuple[int, int]]:
    """Return the character spans (marks included) of the Doc's quotes that are nicknames set
    inside a name, in text order (the quote layer, ``layers.QUOTES``, must be set)."""
    from crosscheck.nlp.layers import QUOTES

    out = []
    for span in doc.spans.get(QUOTES, ()):
        quote = quote_of_span(doc.text, span.start_char, span.end_char, span.label_ == "double")
        if nickname_inside_name(doc, quote):
            out.append((quote.start, quote.end))
    return out
