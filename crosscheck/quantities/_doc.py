"""One annotated document prepared for reading quantities: a light token view, sentences, years.

The view is built from the annotation layer's spaCy tokens (``crosscheck.nlp``), never from the raw
text: whitespace tokens become the ``spaced``/``newline``/``paragraph`` flags of the token after
them, a possessive ``'s`` joins the word it marks, and the sentences are the Doc's.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from attrs import define, field, frozen

from crosscheck.model import Document, Mention, TimeExpression, TimeKind
from crosscheck.nlp.layers import CUES, EXT_DOCUMENT, EXT_MENTIONS, EXT_TIMES

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token as SpacyToken

# Plausible years for anchors and periods; other four-digit numbers are counts.
MIN_YEAR, MAX_YEAR = 1000, 2199
# A span of years longer than this is not a period anything lasted ("1066-2021" is not a rule).
MAX_PERIOD_YEARS = 300
HYPHENS = frozenset("-\u2011\u2013\u2014")


# The tag the tagger gives a possessive ending; it misreads a curly apostrophe's now and then.
_POSSESSIVE_TAG = "POS"
_POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})


# The tagger's fine tags of past forms: a word tagged so after a noun is its verb, not part of it.
PAST_TAGS = frozenset({"VBD", "VBN"})

# Labels of the annotation layer's attribution cues (``doc.spans["cues"]``).
REPORTING = "reporting"
ACCORDING_TO = "according-to"


class Token(NamedTuple):
    """One token of the view: its characters, where they are, and what stands before it."""

    text: str
    start: int
    end: int
    lower: str
    spaced: bool  # whitespace (or the start of text) before it
    newline: bool  # a line break before it
    paragraph: bool = False  # a blank line (or the start of text) before it
    possessive: bool = False  # a possessive "'s" follows (part of this token)
    cue: str = ""  # the attribution cue it is part of: "reporting", "according-to" or ""
    pos: str = ""  # the tagger's coarse part of speech
    lemma: str = ""  # the lemmatiser's lower-case lemma
    tag: str = ""  # the tagger's fine tag ("VBD", "VBN" …)

    @property
    def is_past_form(self) -> bool:
        """Whether the tagger reads the word as a past tense or participle ("rose", "taken")."""
        return self.tag in PAST_TAGS

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
        """The lower-case word without its possessive ``'s`` or abbreviation stop ("sept." -> "sept")."""
        if self.possessive:
            return self.lower[:-2]
        if self.lower.endswith(".") and self.lower[:-1].isalpha():
            return self.lower[:-1]
        return self.lower

    @property
    def is_possessive(self) -> bool:
        return self.possessive


def _lower(word: str) -> str:
    # NFKC only where it can matter: full-width digits, ligatures and the like.
    return word.casefold() if word.isascii() else unicodedata.normalize("NFKC", word).casefold()


def _is_possessive(tok: SpacyToken) -> bool:
    """Return whether a spaCy token is the possessive ending of the word before it."""
    if tok.i == 0 or tok.doc[tok.i - 1].whitespace_ or tok.doc[tok.i - 1].is_space:
        return False
    return tok.tag_ == _POSSESSIVE_TAG or (
        tok.lower_ in _POSSESSIVE_ENDINGS and tok.doc[tok.i - 1].is_alpha
    )


def view_tokens(doc: Doc) -> tuple[list[Token], list[int]]:
    """Return the token view of a Doc and, for each spaCy token, the view token it starts at.

    Returns:
        The view's tokens, and a list mapping each spaCy token index to the index of its first view
        token (a whitespace token maps to the view token after it).
    """
    cue_of: dict[int, str] = {}
    for span in doc.spans[CUES]:
        for i in range(span.start, span.end):
            cue_of[i] = span.label_
    out: list[Token] = []
    index: list[int] = []
    text = doc.text
    last = 0  # end of the previous word token
    for tok in doc:
        index.append(len(out))
        if tok.is_space:
            continue
        if out and _is_possessive(tok):
            prev = out[-1]
            word = prev.text + tok.text
            out[-1] = prev._replace(
                text=word, end=tok.idx + len(tok), lower=_lower(word), possessive=True
            )
            last = out[-1].end
            continue
        cue = cue_of.get(tok.i, "")
        gap = text[last : tok.idx]
        breaks = gap.count("\n")
        out.append(
            Token(
                text=tok.text,
                start=tok.idx,
                end=tok.idx + len(tok),
                lower=_lower(tok.text),
                spaced=not out or bool(gap),
                newline=breaks > 0,
                paragraph=breaks > 1,
                cue=cue,
                pos=tok.pos_,
                lemma=tok.lemma_.lower(),
                tag=tok.tag_,
            )
        )
        last = tok.idx + len(tok)
    return out, index


def view_sentences(doc: Doc, index: Sequence[int], count: int) -> list[tuple[int, int]]:
    """Return the Doc's sentences as half-open view token ranges ``(first, last + 1)``."""
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        first = index[sent.start]
        end = index[sent.end] if sent.end < len(index) else count
        if first < end:
            out.append((first, end))
    return out


@frozen
class Phrase:
    """A run of words: its normalised key, its text as printed and its token range."""

    key: str
    written: str
    start: int
    end: int


@frozen
class Anchor:
    """A time expression in a sentence that may date a figure: its tokens and its key."""

    index: int  # first token of the time expression itself
    end: int
    key: str  # "since-2019"
    written: str  # "Since the start of 2019"


@frozen
class Attribution:
    """Who said a sentence's figures and when: ", ORBA said on Tuesday", "according to X"."""

    first: int  # first token: the comma before a trailing one, the verb of a leading one
    end: int  # token after it
    verb: int  # the reporting verb, or "according"
    source_range: tuple[int, int]  # the tokens naming the source
    source: tuple[str, str] | None  # (key, written) of the named source
    anchor: Anchor | None  # the date of the saying


@define
class DocText:
    """One document prepared for reading quantities: tokens, sentences, and the shared layers."""

    document: Document
    doc: Doc
    tokens: list[Token]
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    times: list[TimeExpression]
    excluded: frozenset[int]  # tokens inside date and time expressions
    starts: list[int] = field(factory=list)  # each token's start offset, for bisecting
    _mention_ends: list[int] = field(factory=list)
    _time_starts: list[int] = field(factory=list)
    # The time anchors of each sentence, by its first token: computed once, on first use.
    anchor_cache: dict[int, list[Anchor]] = field(factory=dict)
    # The attributions of each sentence, by its first token: computed once, on first use.
    attribution_cache: dict[int, list[Attribution]] = field(factory=dict)
    said_cache: dict[int, frozenset[int]] = field(factory=dict)  # their dates' token indices
    # Whether each sentence, by its first token, reports a count still under way.
    provisional_cache: dict[int, bool] = field(factory=dict)
    # The years things were dated to ("the treaty was signed in 1999"), by the noun's lemma, each
    # with the characters saying so: read once per document, on the first age that needs them.
    origin_cache: dict[str, list[tuple[int, int, int]]] | None = None
    # The first token of each sentence, and the words written capitalised elsewhere than there:
    # a capital at a sentence's start alone does not make a word a name ("Officials said …").
    initial: frozenset[int] = frozenset()
    capitalised_inside: frozenset[str] = frozenset()
    _reference: tuple[int, str] | bool | None = False  # False: not computed yet

    @classmethod
    def build(cls, doc: Doc) -> DocText:
        """Read an annotated Doc's tokens and sentences and index its times and resolved mentions."""
        document: Document = doc._.get(EXT_DOCUMENT)
        times: Sequence[TimeExpression] = doc._.get(EXT_TIMES) or ()
        mentions: Sequence[Mention] = doc._.get(EXT_MENTIONS) or ()
        tokens, index = view_tokens(doc)
        resolved = sorted((m for m in mentions if m.entity_id), key=lambda m: m.span.end)
        starts = [t.start for t in tokens]
        ordered = sorted(times, key=lambda t: (t.start, t.end))
        excluded: set[int] = set()
        for t in times:
            if t.kind is TimeKind.DURATION:
                continue  # durations are quantities too
            lo = bisect.bisect_left(starts, t.start)
            hi = bisect.bisect_left(starts, t.end)
            excluded.update(range(lo, hi))
        sents = view_sentences(doc, index, len(tokens))
        text = cls(document, doc, tokens, sents, resolved, ordered, frozenset(excluded), starts)
        initial = frozenset(a for a, _ in text.sentences)
        text.initial = initial
        text.capitalised_inside = frozenset(
            t.bare
            for n, t in enumerate(tokens)
            if t.is_word and t.is_capitalised and n not in initial
        )
        text._mention_ends = [m.span.end for m in resolved]
        text._time_starts = [t.start for t in ordered]
        return text

    def times_within(self, lo: int, hi: int) -> list[TimeExpression]:
        """Return the time expressions lying inside characters ``[lo, hi]``."""
        first = bisect.bisect_left(self._time_starts, lo)
        last = bisect.bisect_right(self._time_starts, hi)
        return [t for t in self.times[first:last] if t.end <= hi]

    @property
    def text(self) -> str:
        return self.document.text

    def phrase_text(self, start: int, end: int) -> str:
        """Return the text of tokens ``[start, end)``."""
        return self.text[self.tokens[start].start : self.tokens[end - 1].end]

    def reference_year(self) -> tuple[int, str] | None:
        """The year the document is written in: its publication year, or its dates' one year."""
        if self._reference is False:
            self._reference = _reference_year(self.document, self.times)
        return self._reference if isinstance(self._reference, tuple) else None

    def mention_before(self, char_lo: int, char_hi: int) -> Mention | None:
        """Return the resolved mention ending last within ``[char_lo, char_hi]``."""
        k = bisect.bisect_right(self._mention_ends, char_hi) - 1
        while k >= 0:
            m = self.mentions[k]
            if m.span.start >= char_lo:
                return m
            if m.span.end < char_lo:
                return None
            k -= 1
        return None

    def mention_covering(self, char_lo: int, char_hi: int) -> Mention | None:
        """Return the resolved mention whose span holds characters ``[char_lo, char_hi)``."""
        k = bisect.bisect_left(self._mention_ends, char_hi)
        if k < len(self.mentions) and self.mentions[k].span.start <= char_lo:
            return self.mentions[k]
        return None

    def mention_at(self, char_lo: int, char_hi: int) -> Mention | None:
        """Return a resolved mention inside ``[char_lo, char_hi]`` if there is one."""
        m = self.mention_before(char_lo, char_hi)
        return m if m is not None and m.span.start >= char_lo else None


def _reference_year(document: Document, times: Sequence[TimeExpression]) -> tuple[int, str] | None:
    if document.published is not None:
        return document.published.year, "published"
    years: set[int] = set()
    for t in times:
        if t.kind is TimeKind.DATE and t.granularity == "day" and t.earliest is not None:
            years.add(t.earliest.year)
    # Only one distinct year among the full dates makes it the year of writing; several (an article
    # recalling 1971 and reporting 2021) leave it unknown.
    return (years.pop(), "document-dates") if len(years) == 1 else None


def is_year(token: Token) -> bool:
    """Return whether a token is a plain four-digit year."""
    return (
        token.is_number
        and len(token.text) == 4
        and token.text.isdecimal()
        and MIN_YEAR <= int(token.text) <= MAX_YEAR
    )


_GLUES = frozenset("-\u2011\u2013/.:")


def chain_bounds(toks: Sequence[Token], n: int) -> tuple[int, int]:
    """Return the token range of the glued number chain through ``n``: 2019-06-30, 03.11.2021, 09:45."""
    first = n
    while (
        first >= 2
        and toks[first - 1].text in _GLUES
        and not toks[first - 1].spaced
        and not toks[first].spaced
        and toks[first - 2].is_number
    ):
        first -= 2
    end = n
    while (
        end + 2 < len(toks)
        and toks[end + 1].text in _GLUES
        and not toks[end + 1].spaced
        and toks[end + 2].is_number
        and not toks[end + 2].spaced
    ):
        end += 2
    return first, end + 1


def is_date_chain(toks: Sequence[Token], first: int, end: int) -> bool:
    """Return whether a glued number chain is a date (2019-06-30, 03.11.2021, 11/2021), not 1962-88."""
    if end - first >= 5:
        return True  # three numbers
    return end - first == 3 and toks[first + 1].text not in HYPHENS


def year_span(first: Token, second: Token) -> tuple[int, int] | None:
    """Return the years of "1962-88" or "1962-1988" (``first`` a year), or None if not a span."""
    y1 = int(first.text)
    if not second.text.isdecimal():
        return None
    if len(second.text) == 4:
        y2 = int(second.text)
    elif len(second.text) == 2:
        y2 = y1 - y1 % 100 + int(second.text)
        if y2 <= y1:
            y2 += 100  # "1998-02" crosses a century
    else:
        return None
    return (y1, y2) if 0 < y2 - y1 <= MAX_PERIOD_YEARS else None
