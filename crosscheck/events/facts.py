"""Facts about one event beyond who, where and when: how long it lasted and which of its kind it is.

Read from the parse, attached to the frame whose word they modify:

- **duration** (``event.duration``): a duration the time layer found ("three hours", "ten-day")
  in an event noun's modifiers ("the ten-day tour", "a two-week visit", "a fortnight-long tour"),
  as the object of a lasting verb whose subject is the event ("the talks lasted nearly three
  hours"), in a "for" phrase of the event verb ("met for about two hours"), or in a clause of
  lasting on the event noun ("talks lasting two hours"). Its interval of seconds widens with the
  modifier: "nearly" and "less than" reach down, "more than" up, "about" both ways;
- **ordinal** (``event.ordinal``): an ordinal adjective on an event noun ("the third official
  visit", "the first summit held outside the capital") or on "time" in a clause of the event
  ("the first time the four ministers meet", "met for the first time"). The words that narrow
  what is counted (its other adjectives, the clause or phrase after it) are the ordinal's
  ``scope``: "the first summit outside the capital" and "the third summit" count different
  things, so only ordinals of one scope are compared.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from attrs import frozen

from crosscheck._data import load_toml
from crosscheck.model import Details, Facet, TimeExpression, TimeKind
from crosscheck.nlp.layers import EXT_TIMES, TIMES
from crosscheck.quantities import ordinal_words
from crosscheck.time.intervals import duration_seconds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DURATION_FACET = Facet.EVENT_DURATION
ORDINAL_FACET = Facet.EVENT_ORDINAL

# How far a modifier widens a stated duration: "nearly three hours" is at least two thirds of it,
# "more than three hours" at most half as much again, "about" a quarter either way.
_WIDEN: Mapping[str | None, tuple[Fraction, Fraction]] = {
    None: (Fraction(1), Fraction(1)),
    "LESS_THAN": (Fraction(2, 3), Fraction(1)),
    "EQUAL_OR_LESS": (Fraction(2, 3), Fraction(1)),
    "MORE_THAN": (Fraction(1), Fraction(3, 2)),
    "EQUAL_OR_MORE": (Fraction(1), Fraction(3, 2)),
    "APPROX": (Fraction(3, 4), Fraction(5, 4)),
}
# Words counting events ("the first time"): the noun an ordinal counts occasions with.
OCCASION_NOUN = "time"
FOR = "for"
# The data file listing the lasting verbs ("the talks lasted three hours"), under [words].
DATA_FILE = "events_en.toml"
_NUMERIC_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
# Words of a scope that say nothing about what is counted.
_SCOPE_SKIP = frozenset({"DET", "PUNCT", "ADP", "CCONJ", "PRON", "AUX", "PART"})
PERSON_LABEL = "PERSON"


@functools.cache
def lasting_verbs() -> frozenset[str]:
    """Return the lemmas of verbs whose object is how long their subject lasted ("last", "run")."""
    return frozenset(load_toml(DATA_FILE)["words"]["lasting_verbs"])


@frozen
class FactDetails(Details):
    """Of an ``event.duration`` or ``event.ordinal`` claim: what the comparer needs.

    A duration's ``low``/``high`` bound its length in seconds (a stated "three hours" is both;
    "nearly three hours" reaches down); an ordinal's ``scope`` is what it counts, as lemmas
    ("official visit", "summit hold outside capital", "time meeting").
    """

    tag = "event-fact"
    low: int = 0
    high: int = 0
    modifier: str | None = None
    scope: str = ""


@frozen
class Fact:
    """One duration or ordinal read for a frame: the facet, value, bounds and evidence offsets."""

    facet: str
    value: str
    written: str
    start: int
    end: int
    details: FactDetails


def frame_facts(sdoc: Doc, words: Sequence[Token], group_lemma: str) -> list[Fact]:
    """Return the durations and ordinals said of the event named by ``words`` (its tokens)."""
    durations = _durations(sdoc)
    out: list[Fact] = []
    seen: set[int] = set()
    for tok in words:
        for fact in (*_duration_of(tok, durations), *_ordinal_of(tok, group_lemma)):
            if fact.start not in seen:
                seen.add(fact.start)
                out.append(fact)
    return out


def _durations(sdoc: Doc) -> dict[int, tuple[int, int, TimeExpression]]:
    """Map each token inside a duration expression to (first token, end token, expression)."""
    out: dict[int, tuple[int, int, TimeExpression]] = {}
    times: Sequence[TimeExpression] = sdoc._.get(EXT_TIMES) or ()
    for span, te in zip(sdoc.spans.get(TIMES, []), times, strict=False):
        if te.kind is TimeKind.DURATION and duration_seconds(te.value) is not None:
            for i in range(span.start, span.end):
                out[i] = (span.start, span.end, te)
    return out


def _duration_of(
    tok: Token, durations: Mapping[int, tuple[int, int, TimeExpression]]
) -> Iterable[Fact]:
    places: list[Token] = []
    if tok.pos_ != "VERB":
        # "the ten-day tour", "a fortnight-long tour": the noun's own modifiers.
        places.extend(
            c
            for c in tok.children
            if c.i < tok.i and c.dep_ in ("amod", "compound", "nummod", "npadvmod")
        )
        # "the talks lasted three hours": the event is the subject of a lasting verb.
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lasting_verbs():
            places.extend(c for c in tok.head.children if c.dep_ in ("dobj", "npadvmod", "prep"))
        # "talks lasting two hours".
        places.extend(
            g
            for c in tok.children
            if c.dep_ == "acl" and c.lemma_.lower() in lasting_verbs()
            for g in c.children
            if g.dep_ in ("dobj", "npadvmod", "prep")
        )
    else:
        # "met for about two hours".
        places.extend(c for c in tok.children if c.dep_ == "prep" and c.lower_ == FOR)
    for p in places:
        for t in p.subtree:
            hit = durations.get(t.i)
            if hit is not None:
                first, last, te = hit
                seconds = duration_seconds(te.value)
                if seconds is not None:
                    yield _fact_of_seconds(tok, first, last, seconds, te.modifier)
                    return


def _fact_of_seconds(tok: Token, first: int, last: int, seconds: int, modifier: str | None) -> Fact:
    doc = tok.doc
    lo, hi = _WIDEN.get(modifier, _WIDEN["APPROX"])
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
    return Fact(
        DURATION_FACET,
        f"PT{seconds}S",
        doc.text[start:end],
        start,
        end,
        FactDetails(low=int(seconds * lo), high=int(seconds * hi), modifier=modifier),
    )


def _ordinal_value(t: Token) -> int | None:
    low = t.lower_
    words = ordinal_words()
    if low in words:
        return words[low]
    m = _NUMERIC_ORDINAL.fullmatch(low)
    return int(m[1]) if m else None


def _ordinal_of(tok: Token, group_lemma: str) -> Iterable[Fact]:
    candidates: list[tuple[Token, Token]] = []  # (the counted noun, the ordinal)
    if tok.pos_ != "VERB":
        candidates.extend((tok, c) for c in tok.children if c.dep_ == "amod")
    # "the first time the four ministers meet": the occasion noun the event's clause describes.
    if tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() == OCCASION_NOUN:
        candidates.extend((tok.head, c) for c in tok.head.children if c.dep_ == "amod")
    # "met for the first time".
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == FOR:
            for g in p.children:
                if g.dep_ == "pobj" and g.lemma_.lower() == OCCASION_NOUN:
                    candidates.extend((g, c) for c in g.children if c.dep_ == "amod")
    for noun, ordinal in candidates:
        n = _ordinal_value(ordinal)
        if n is None:
            continue
        if noun.lemma_.lower() == OCCASION_NOUN:
            scope = f"{OCCASION_NOUN} {group_lemma}"
        else:
            words = [
                t.lemma_.lower()
                for t in noun.subtree
                if t.i != ordinal.i
                and t.pos_ not in _SCOPE_SKIP
                and not t.like_num
                and t.ent_type_ != PERSON_LABEL  # who is counted is the event's participants
            ]
            scope = " ".join(words)
        doc = tok.doc
        start, end = ordinal.idx, noun.idx + len(noun.text)
        if noun.i < ordinal.i:
            start, end = noun.idx, ordinal.idx + len(ordinal.text)
        yield Fact(
            ORDINAL_FACET,
            str(n),
            doc.text[start:end],
            start,
            end,
            FactDetails(scope=scope),
        )
        return
