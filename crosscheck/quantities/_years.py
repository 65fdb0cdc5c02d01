"""Forms built on years and ordinals: periods ("1962-88 military rule"), anniversaries, ranks."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from crosscheck.quantities._anchors import time_anchor
from crosscheck.quantities._doc import HYPHENS, DocText, Phrase, Token, is_year, year_span
from crosscheck.quantities._figures import RANGE_WORDS
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._numbers import read_ordinal
from crosscheck.quantities._phrases import (
    agent_before,
    noun_phrase,
    noun_phrase_before,
    possessor_before,
)
from crosscheck.quantities._steps import Step, agent_fields, make_quantity, noun_fields
from crosscheck.quantities._text import slug
from crosscheck.quantities.interval import Interval
from crosscheck.quantities.quantity import Kind

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token as SpacyToken

# How far after "the 50th anniversary" the event's year may be given ("... in 1971").
ANNIVERSARY_YEAR_WINDOW = 30
ARTICLES = frozenset({"a", "an", "the"})


# --- periods: "1962-88 military rule", "military rule from 1962 to 1988" ---


def period_at(doc: DocText, i: int, start: int, stop: int) -> Step | None:
    """Read a span of years and the noun it dates: "1962-88 military rule"."""
    toks = doc.tokens
    if not is_year(toks[i]) or i + 2 >= stop:
        return None
    intro = toks[i - 1].lower if i > start else ""
    link = toks[i + 1]
    if link.text in HYPHENS:
        years = year_span(toks[i], toks[i + 2])
        first = i
    elif (intro == "from" and link.lower in RANGE_WORDS) or (
        intro == "between" and link.lower == "and"
    ):
        years = year_span(toks[i], toks[i + 2]) if is_year(toks[i + 2]) else None
        first = i - 1
    else:
        return None
    if years is None:
        return None
    end = i + 3
    fields = {
        "kind": Kind.PERIOD,
        "interval": Interval(Fraction(years[0]), Fraction(years[1])),
        "comparator": "range",
        "unit": "year",
    }
    if first == i:
        # "its 1962-88 military rule": the range modifies the noun after it.
        noun = noun_phrase(doc, end, stop, plural=False)
        if noun is not None:
            owner = possessor_before(doc, i, start)
            return Step(
                make_quantity(
                    doc,
                    i,
                    noun.end,
                    (start, stop),
                    **fields,
                    **noun_fields(noun),
                    **agent_fields(owner),
                ),
                noun.end,
            )
    # "military rule from 1962 to 1988", "military rule (1962-1988)"
    paren = first > start and toks[first - 1].text == "("
    noun = noun_phrase_before(doc, first - 1 if paren else first, start)
    if noun is None:
        return Step(None, end)  # a bare year range: dates, not a quantity
    span_end = end + 1 if paren and end < stop and toks[end].text == ")" else end
    owner = possessor_before(doc, noun.start, start)
    return Step(
        make_quantity(
            doc,
            noun.start,
            span_end,
            (start, stop),
            **fields,
            **noun_fields(noun),
            **agent_fields(owner),
        ),
        span_end,
    )


# --- anniversaries: "the 50th anniversary of the republic's founding ... in 1971" ---


def anniversary_at(doc: DocText, i: int, start: int, stop: int) -> Step | None:
    """Read "the 78th anniversary of X", with the event's year when the sentence gives it."""
    toks = doc.tokens
    ordinal = read_ordinal(toks, i, stop)
    if ordinal is None:
        return None
    value, k = ordinal
    if k >= stop:
        return None
    if toks[k].lower not in lexicon().words("anniversary_words"):
        return _occasion_at(doc, i, k, value, (start, stop))
    end = k + 1
    owner = possessor_before(doc, i, start)
    noun: Phrase | None = None
    if end < stop and toks[end].lower == "of":
        j = end + 1
        # "of its independence", "of their treaty": the pronoun is an owner the parse reads (the
        # clause's subject), and the occasion is the noun after it, as after "the".
        pronouns = lexicon().words("possessive_pronouns")
        while j < stop and (
            toks[j].lower in ARTICLES or toks[j].is_possessive or toks[j].lower in pronouns
        ):
            if toks[j].is_possessive:
                owner = possessor_before(doc, j + 1, start) or owner
            j += 1
        noun = noun_phrase(doc, j, stop, plural=False)
        if noun is not None:
            end = noun.end
    base = next(
        (
            int(toks[j].text)
            for j in range(k, min(stop, k + ANNIVERSARY_YEAR_WINDOW))
            if is_year(toks[j])
        ),
        None,
    )
    reference = doc.reference_year()
    return Step(
        make_quantity(
            doc,
            i,
            end,
            (start, stop),
            kind=Kind.ANNIVERSARY,
            interval=Interval.point(Fraction(value)),
            comparator="exact",
            unit="year",
            noun=noun.key if noun else "anniversary",
            noun_written=noun.written if noun else "anniversary",
            agent=owner[0] if owner else None,
            agent_written=owner[1] if owner else None,
            base_year=base,
            reference_year=reference[0] if reference and base else None,
            reference_source=reference[1] if reference and base else None,
        ),
        end,
    )


# --- ordinals of recurring occasions: "the 40th Independence Day", "his 80th birthday" ---


def _occasion_at(
    doc: DocText, i: int, k: int, value: int, sentence: tuple[int, int]
) -> Step | None:
    """Read "the 40th Independence Day": the ordinal of an occasion held again and again.

    The occasion is the noun the ordinal modifies in the parse, with the words of its name between
    them ("Independence Day"); a noun of ``named_recurring_nouns`` ("day", "games") counts only when
    it is part of such a name, so "the third day of talks" is no occasion.
    """
    toks = doc.tokens
    span = doc.doc.char_span(toks[i].start, toks[k - 1].end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root.head
    # "Bergen's 12th harbour festival": the parser may hang the ordinal on the first word of the
    # occasion's name, which is a compound of the noun after it.
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.i < span.end or head.pos_ not in ("NOUN", "PROPN"):
        return None
    between = doc.doc[span.end : head.i]
    if any(t.head.i != head.i or t.dep_ not in ("compound", "amod") for t in between):
        return None
    lemma = head.lower_
    lex = lexicon()
    named = head.is_title and all(t.is_title for t in between)
    if not (
        lemma in lex.words("recurring_nouns")
        or (named and lemma in lex.words("named_recurring_nouns"))
    ):
        return None
    first = toks[k].start
    occasion = _contained(head) if lemma in lex.words("occasion_container_nouns") else None
    if occasion is not None:
        # "the 12th edition of its harbour festival" is the 12th harbour festival: the occasion
        # is the noun after "of", with the words of its name; its owner the parse reads.
        first, head = occasion[0].idx, occasion[-1]
    end = bisect.bisect_left(doc.starts, head.idx + len(head))
    if end >= sentence[1] or toks[end].start != head.idx + len(head):
        end = bisect.bisect_right(doc.starts, head.idx)
    words = doc.text[first : head.idx + len(head)]
    year = _held_this_year(doc, i, end, sentence)
    return Step(
        make_quantity(
            doc,
            i,
            end,
            sentence,
            kind=Kind.ORDINAL,
            interval=Interval.point(Fraction(value)),
            comparator="exact",
            noun=slug(words),
            noun_written=words,
            reference_year=year,
            reference_source="published" if year is not None else None,
        ),
        end,
    )


def _contained(head: SpacyToken) -> SpacySpan | None:
    """Return the occasion a container noun is of ("edition of the harbour festival"), if named.

    The occasion is the object of "of" with the compound and adjective words before it
    ("harbour festival", "Tarvia Jazz Festival"); determiners and possessors are left out, as a
    possessor is an owner. A pronoun or a common noun of no recurring kind ("the 12th edition
    of the day", a newspaper's) is no occasion: the container noun stays the occasion.
    """
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for noun in child.children:
            if noun.dep_ != "pobj" or not _recurring(noun):
                continue
            # A name the model marks is the occasion whole ("the Tour de France").
            named = next((e for e in noun.sent.ents if e.start <= noun.i < e.end), None)
            if named is not None and named.start > child.i:
                first = named.start
                while first < noun.i and named.doc[first].dep_ in ("det", "poss"):
                    first += 1
                return named.doc[first : named.end]
            first = noun.i
            while first > child.i + 1:
                before = noun.doc[first - 1]
                if before.dep_ not in ("compound", "amod") or not first <= before.head.i <= noun.i:
                    break
                first -= 1
            return noun.doc[first : noun.i + 1]
    return None


def _recurring(noun: SpacyToken) -> bool:
    """Whether a noun names a recurring occasion: a noun of ``recurring_nouns`` or a name."""
    return noun.pos_ == "PROPN" or (
        noun.pos_ == "NOUN" and noun.lower_ in lexicon().words("recurring_nouns")
    )


def _held_this_year(doc: DocText, i: int, end: int, sentence: tuple[int, int]) -> int | None:
    """Return the publication year when the clause dates the occasion in it ("on Tuesday").

    Articles recall past occasions ("the 79th ceremony in 2007" in a 2013 article): only an
    occasion the clause dates to the year of publication is the one being reported on, so only it
    is keyed by that year (and may contradict another outlet's).
    """
    published = doc.document.published
    anchor = time_anchor(doc, i, sentence[0], sentence[1], end)
    if published is None or anchor is None:
        return None
    kind, _, value = anchor[0].partition("-")
    if kind not in ("on", "in") or not value[:4].isdecimal() or int(value[:4]) != published.year:
        return None
    return published.year


# --- ranks: "the world's fifth-largest economy" ---


def _superlative(toks: Sequence[Token], k: int, stop: int) -> tuple[str, int] | None:
    """Return the canonical superlative at token ``k`` (after an optional hyphen) and its end."""
    if k < stop and toks[k].text in HYPHENS and not toks[k].spaced:
        k += 1
    if k >= stop:
        return None
    word = lexicon().superlatives.get(toks[k].lower)
    if word is None:
        return None
    end = k + 1
    if word in ("most", "least"):
        if end < stop and toks[end].text in HYPHENS and not toks[end].spaced:
            end += 1
        if (
            end >= stop
            or not toks[end].is_word
            or toks[end].lower in lexicon().words("function_words")
        ):
            return None
        word = f"{word} {toks[end].lower}"
        end += 1
    return word, end


def rank_at(doc: DocText, i: int, start: int, stop: int) -> Step | None:
    """Read a rank: "the world's fifth-largest army", "Europe's largest economy"."""
    toks = doc.tokens
    scope: str | None = None
    j = i
    if toks[i].is_possessive and toks[i].is_word:
        scope = toks[i].bare
        j = i + 1
    ordinal = read_ordinal(toks, j, stop)
    if ordinal is not None:
        value, k = ordinal
    elif scope is not None:
        value, k = 1, j  # "the world's largest": first, said without a number
    else:
        return None
    sup = _superlative(toks, k, stop)
    if sup is None:
        return None
    superlative, end = sup
    noun = noun_phrase(doc, end, stop, plural=False)
    if noun is None:
        return None
    agent = agent_before(doc, i, start)
    anchor = time_anchor(doc, i, start, stop, noun.end)
    return Step(
        make_quantity(
            doc,
            i,
            noun.end,
            (start, stop),
            kind=Kind.RANK,
            interval=Interval.point(Fraction(value)),
            comparator="rank",
            noun=noun.key,
            noun_written=noun.written,
            scope=scope,
            superlative=superlative,
            agent=agent[0] if agent else None,
            agent_written=agent[1] if agent else None,
            anchor=anchor[0] if anchor else None,
            anchor_written=anchor[1] if anchor else None,
        ),
        noun.end,
    )
