"""Measures a story states once: a distance from a named place, and the magnitude of an event.

Outlets describe where something happened by its distance and direction from a place ("about 40
km south of Chivay", "10 kilometres west of the town of Kilosa") and size an earthquake by its
magnitude ("a magnitude 7.2 earthquake", "The quake, of magnitude 7.2", "a 7.2-magnitude quake").
Neither is a count of things, and neither has a verb or an agent of its own: what pins it down is
the place and direction, or the event noun it is written with. Both are keyed by those alone (the
verbs around them differ from outlet to outlet: "struck", "was centred", "hit") and are ``measure``
quantities, which compare only within one news cycle (see ``Quantity.news_cycle``). So are the
length of a cable or a pipeline ("the new 700-km cable", "the link, 700 km long"), keyed by its
noun's class, and the other measures below (an age in apposition, a body's size, a currency's rate).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from crosscheck.nlp.tree import clause_verb
from crosscheck.quantities._anchors import time_anchor
from crosscheck.quantities._doc import HYPHENS, DocText, Phrase
from crosscheck.quantities._figures import Figure, read_figure
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._owners import name_of
from crosscheck.quantities._phrases import name_run_ending
from crosscheck.quantities._steps import Step, make_quantity, noun_fields
from crosscheck.quantities._text import slug
from crosscheck.quantities.quantity import DISTANCE_NOUN, MAGNITUDE_UNIT, Kind

if TYPE_CHECKING:
    from spacy.tokens import Token as SpacyToken

# Words between "of" and the place in "south of the town of Kilosa": "the", a common noun, "of".
MAX_PLACE_INTRO = 4
# Ages a person of the story may have: "Kalnins, 39," is an age, "Kalnins, 1999," is not.
MIN_AGE, MAX_AGE = 10, 110
# Tokens that close an age in apposition: "Name, 39, said", "Name, 39." or "(Name, 39)".
AGE_CLOSERS = frozenset({",", ".", ")", ";"})
# The names layer's ids of people ("person:~anna-berg"): a surname alone it resolved is a person.
PERSON_PREFIX = "person:"
# Parts of speech of the verb after "a motorist 50 miles north of Detroit".
VERB_POS = frozenset({"VERB", "AUX"})
# Describing words allowed between a length and its noun ("a 700-km high-voltage undersea cable").
MAX_LENGTH_WORDS = 4
# How far up the parse the event noun of a magnitude may be ("magnitude" -> "of" -> "quake").
MAX_HEAD_STEPS = 3


def measure_at(doc: DocText, i: int, start: int, stop: int) -> Step | None:
    """Read a distance from a named place or an event's magnitude at token ``i``, if there is one."""
    fig = read_figure(doc, i, stop)
    if fig is None or isinstance(fig, Step) or fig.currency is not None:
        return None
    if fig.number.plain_word in ("a", "an"):
        return None  # "a magnitude", "a mile": an article, not a figure
    return (
        _distance(doc, fig, start, stop)
        or _length(doc, fig, start, stop)
        or _magnitude(doc, fig, start, stop)
        or _age_apposition(doc, fig, start, stop)
        or _body_size(doc, fig, start, stop)
        or _exchange_rate(doc, fig, start, stop)
    )


def _unit_at(doc: DocText, k: int, stop: int) -> tuple[str, int] | None:
    """Return the canonical length unit at token ``k`` ("km", "mile") and the token after it."""
    toks = doc.tokens
    if k < stop and toks[k].text in HYPHENS and not toks[k].spaced:
        k += 1  # "a 40-km drive" names no place; read on and let the direction decide
    if k >= stop:
        return None
    words = lexicon().lists
    if toks[k].lower in words["kilometre_words"]:
        return "km", k + 1
    if toks[k].lower in words["mile_words"]:
        return "mile", k + 1
    return None


def _direction_at(doc: DocText, k: int, stop: int) -> tuple[str, int] | None:
    """Return a compass direction at ``k`` ("south", "north-east" -> "northeast") and what follows."""
    toks = doc.tokens
    compass = lexicon().words("compass_words")
    if k >= stop or toks[k].lower not in compass:
        return None
    word, k = toks[k].lower, k + 1
    if k + 1 < stop and toks[k].text in HYPHENS and toks[k + 1].lower in compass:
        word, k = word + toks[k + 1].lower, k + 2
    elif k < stop and toks[k].lower in compass and not toks[k].spaced:
        word, k = word + toks[k].lower, k + 1
    return (word, k) if word in compass else None


def _place_after_of(doc: DocText, k: int, stop: int) -> tuple[tuple[str, str], int] | None:
    """Return the named place after "of" at ``k`` ("of Chivay", "of the town of Kilosa")."""
    toks = doc.tokens
    if k >= stop or toks[k].lower != "of":
        return None
    j = k + 1
    if j < stop and toks[j].lower == "the":
        # "of the town of Kilosa": skip a common noun and its own "of" to reach the name.
        m = j + 1
        while m < min(stop, j + MAX_PLACE_INTRO) and toks[m].is_word and not toks[m].is_capitalised:
            if toks[m].lower == "of":
                j = m + 1
                break
            m += 1
    if j >= stop:
        return None
    tok = doc.doc.char_span(toks[j].start, toks[j].end, alignment_mode="expand")
    if tok is None or not len(tok):
        return None
    name = name_of(doc, tok[0])
    if name is None:
        return None  # "south of the capital": no name, no key
    end = j + 1
    while end < stop and toks[end].is_word and toks[end].is_capitalised:
        end += 1  # the rest of a name of several words ("of San Pedro")
    return name, end


def _distance(doc: DocText, fig: Figure, start: int, stop: int) -> Step | None:
    unit = _unit_at(doc, fig.end, stop)
    if unit is None:
        return None
    direction = _direction_at(doc, unit[1], stop)
    if direction is None:
        return None
    place = _place_after_of(doc, direction[1], stop)
    if place is None:
        return None
    (key, written), end = place
    located = _located(doc, fig.first, direction[1] - 1, start, end, stop)
    q = make_quantity(
        doc,
        fig.first,
        end,
        (start, stop),
        kind=Kind.COUNT,
        obj=located,
        obj_written=located,
        interval=fig.interval,
        comparator=fig.comparator,
        unit=unit[0],
        **noun_fields(Phrase(DISTANCE_NOUN, DISTANCE_NOUN, fig.end, unit[1])),
        agent=key,
        agent_written=written,
        scope=direction[0],
        measure=True,
    )
    return Step(q, end)


def _length(doc: DocText, fig: Figure, start: int, stop: int) -> Step | None:
    """Read the length of a line-shaped thing: "the new 700-km cable", "the link, 700 km long".

    A cable, a pipeline or a power link a story is about has one length, written before its noun
    ("a 700-kilometre cable"), after it in apposition ("the link, about 700 km long") or with a
    verb of extent ("the link will run for about 700 km"). Only the nouns of ``[length_nouns]``
    (``quantities_en.toml``) are read, each keyed by its class there ("cable" and "link" are one
    power link), with the unit as written: ``quantity:link|unit=km``. Like a distance, such a key
    compares only within one news cycle; miles and kilometres never meet (one is a rounding of
    the other, not a second figure).
    """
    unit = _unit_at(doc, fig.end, stop)
    if unit is None or fig.low is None:
        return None
    nouns = lexicon().length_nouns
    found = _noun_after(doc, unit[1], stop, nouns) or _noun_before(doc, fig, unit[1], start, stop)
    if found is None:
        return None
    noun, end = found
    q = make_quantity(
        doc,
        fig.first,
        unit[1],
        (start, stop),
        kind=Kind.COUNT,
        interval=fig.interval,
        comparator=fig.comparator,
        unit=unit[0],
        noun=nouns[noun.key],
        noun_written=noun.written,
        measure=True,
    )
    return Step(q, max(end, unit[1]))


def _noun_after(
    doc: DocText, k: int, stop: int, nouns: dict[str, str]
) -> tuple[Phrase, int] | None:
    """Return a length noun within a few describing words after ``k`` ("-km undersea cable")."""
    toks = doc.tokens
    function = lexicon().words("function_words")
    words = 0
    for j in range(k, stop):
        tok = toks[j]
        if tok.text in HYPHENS and not tok.spaced:
            continue  # "high-voltage": one describing word
        words += 1
        if words > MAX_LENGTH_WORDS:
            return None
        if not tok.is_word or tok.lower in function or tok.is_capitalised:
            return None
        if tok.lemma in nouns and tok.pos == "NOUN":
            return Phrase(tok.lemma, tok.text, j, j + 1), j + 1
    return None


def _noun_before(
    doc: DocText, fig: Figure, k: int, start: int, stop: int
) -> tuple[Phrase, int] | None:
    """Return the length noun a figure after it measures: "the link, 700 km long", "the link
    will run for 700 km", "the cable is 700 km long" (the noun its clause is about)."""
    toks = doc.tokens
    nouns = lexicon().length_nouns
    words = lexicon().lists
    long_after = k < stop and toks[k].lower in words["length_adjectives"]
    if long_after and fig.first - 2 >= start and toks[fig.first - 1].text == ",":
        # "The link, 700 km long, ...": in apposition to the noun right before the comma.
        tok = toks[fig.first - 2]
        if tok.lemma in nouns and tok.pos == "NOUN":
            return Phrase(tok.lemma, tok.text, fig.first - 2, fig.first - 1), k + 1
    span = doc.doc.char_span(toks[fig.first].start, toks[k - 1].end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(MAX_HEAD_STEPS):
        if verb.pos_ in VERB_POS or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in VERB_POS:
        return None
    if verb.lemma_.lower() not in words["extent_verbs"] and not (
        long_after and verb.lemma_.lower() == "be"
    ):
        return None  # "laid 700 km of it", "cost 700 km": no extent of the subject
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in nouns:
        return None
    j = bisect.bisect_left(doc.starts, subject.idx)
    if not start <= j < stop or toks[j].start != subject.idx:
        return None
    return Phrase(subject.lemma_.lower(), subject.text, j, j + 1), k + (1 if long_after else 0)


def _located(
    doc: DocText, first: int, direction: int, start: int, end: int, stop: int
) -> str | None:
    """Return the noun a distance locates when it is written beside one, else None.

    "a motorist 50 miles north of Detroit", "the building, about 15 miles north of Detroit",
    "Geyserville, about 20 miles north of Santa Rosa": the distance is that thing's, which may
    not be where the story's event happened. After a verb ("struck about 26 miles north of",
    "is 15 miles north of") or a date ("on Sunday, about 40 km south of") it is the event's.
    """
    k = first - 1
    if k > start and doc.tokens[k].text == ",":
        # Set off by a comma right after a noun: an apposition to it (the parse often hangs it
        # on the verb instead).
        tok = doc.tokens[k - 1]
        if k - 2 >= start and doc.tokens[k - 2].is_number:
            return None  # "at a depth of 35 km, about 40 km south of": another measure's unit
        if tok.pos == "PROPN":
            return slug(tok.text)
        return tok.lemma or tok.lower if tok.pos == "NOUN" else None
    # Without a comma, "a motorist 50 miles north of" and "left the road 8 km south-west of"
    # differ only in the parse: the direction word hangs on the noun or on the verb.
    word = doc.tokens[direction]
    span = doc.doc.char_span(word.start, word.end, alignment_mode="expand")
    if span is not None and len(span):
        head = span[-1].head
        # The word it hangs on must come before it, in its sentence.
        if head.i < span[-1].i and head.sent.start == span[-1].sent.start:
            if head.pos_ == "PROPN":
                return slug(head.text)
            if head.pos_ == "NOUN":
                return head.lemma_.lower()
    # The small model often hangs it on the verb after it: a noun right before the distance and
    # a verb right after it ("a motorist 50 miles north of Detroit spotted") is a subject with
    # its place, where "left the road 8 km south-west of Tressa." ends the clause.
    if k >= start and end < stop and doc.tokens[end].pos in VERB_POS:
        tok = doc.tokens[k]
        if tok.pos == "PROPN":
            return slug(tok.text)
        if tok.pos == "NOUN":
            return tok.lemma or tok.lower
    return None


def _magnitude(doc: DocText, fig: Figure, start: int, stop: int) -> Step | None:
    toks = doc.tokens
    words = lexicon().words("magnitude_words")
    first, end = fig.first, fig.end
    if fig.first > start and toks[fig.first - 1].lower in words:
        first = fig.first - 1  # "magnitude 7.2"
    elif (
        fig.first > start + 1
        and toks[fig.first - 1].text in HYPHENS
        and toks[fig.first - 2].lower in words
    ):
        first = fig.first - 2  # "magnitude-7.2"
    elif end < stop and toks[end].lower in words:
        end += 1  # "7.2 magnitude"
    elif end + 1 < stop and toks[end].text in HYPHENS and toks[end + 1].lower in words:
        end += 2  # "7.2-magnitude"
    else:
        return None
    if fig.comparator != "exact" or fig.low != fig.high or not fig.number.digits:
        return None  # "up to magnitude 6" in a forecast is no event's size
    event = _event_noun(doc, first, end)
    if event is None:
        return None
    q = make_quantity(
        doc,
        first,
        end,
        (start, stop),
        kind=Kind.COUNT,
        interval=fig.interval,
        comparator=fig.comparator,
        unit=MAGNITUDE_UNIT,
        **noun_fields(event),
        measure=True,
    )
    return Step(q, end)


def _age_apposition(doc: DocText, fig: Figure, start: int, stop: int) -> Step | None:
    """Read a person's age in apposition: "Progress Union leader Anna Berg, 39, conceded".

    A named person's age is one fact in the week it is reported, whoever writes it; the person
    (the names layer's id when it resolved the name) is the whole key.
    """
    toks = doc.tokens
    i = fig.first
    if (
        fig.comparator != "exact"
        or fig.low != fig.high
        or not fig.number.digits
        or fig.low.denominator != 1
        or not MIN_AGE <= fig.low <= MAX_AGE
        or fig.end >= stop
        or toks[fig.end].text not in AGE_CLOSERS
        or i - 2 < start
        or toks[i - 1].text != ","
    ):
        return None
    run = name_run_ending(doc, i - 2, start)
    if run is None:
        return None
    span = doc.doc.char_span(toks[i - 2].start, toks[i - 2].end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    name = name_of(doc, span[0])
    if name is None or not (span[0].ent_type_ == "PERSON" or name[0].startswith(PERSON_PREFIX)):
        return None  # "Riga, 39," or "Acme, 39,": only a person has an age in apposition
    key, written = name
    q = make_quantity(
        doc,
        i,
        fig.end,
        (start, stop),
        kind=Kind.AGE,
        interval=fig.interval,
        comparator=fig.comparator,
        unit="year",
        noun="person",
        noun_written="person",
        agent=key,
        agent_written=written,
        measure=True,
    )
    return Step(q, fig.end)


def _body_size(doc: DocText, fig: Figure, start: int, stop: int) -> Step | None:
    """Read the size of a named body: "the 100-member Saeima", "the 15-seat Tallmark council".

    "Member" and "seat" count one thing here (a body's seats are its members), so both key as
    ``quantity:size|unit=member|agent=<the body>``; a body that is not a name ("a seven-member
    board") gives nothing, as "the board" may be any of a story's boards.
    """
    toks = doc.tokens
    k = fig.end
    if (
        fig.comparator != "exact"
        or fig.low != fig.high
        or k + 2 >= stop
        or toks[k].text not in HYPHENS
        or toks[k].spaced
        or toks[k + 1].lower not in lexicon().words("body_size_words")
    ):
        return None
    end = k + 2
    while end < stop and toks[end].is_word and not toks[end].is_capitalised and end < k + 4:
        end += 1  # "the 100-seat national Saeima": a describing word before the name
    if end >= stop or not (toks[end].is_word and toks[end].is_capitalised):
        return None
    span = doc.doc.char_span(toks[end].start, toks[end].end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    last = end + 1
    while last < stop and toks[last].is_word and toks[last].is_capitalised:
        last += 1
    # The model's entity label of a body's name flips with the figure before it ("the 100-member
    # Saeima" PERSON, "the 200-member Saeima" PRODUCT): in this construction a proper noun the
    # tagger reads as one is the body's name whatever its label.
    name = name_of(doc, span[0]) or _proper_name(doc, end, last)
    if name is None:
        return None
    key, written = name
    q = make_quantity(
        doc,
        fig.first,
        last,
        (start, stop),
        kind=Kind.COUNT,
        interval=fig.interval,
        comparator=fig.comparator,
        unit="member",
        noun="size",
        noun_written="size",
        agent=key,
        agent_written=written,
        measure=True,
    )
    return Step(q, last)


def _proper_name(doc: DocText, first: int, end: int) -> tuple[str, str] | None:
    """Return the slug and text of tokens ``[first, end)`` when the tagger reads all as proper nouns."""
    toks = doc.tokens
    if first in doc.initial or any(t.pos != "PROPN" for t in toks[first:end]):
        return None
    written = doc.phrase_text(first, end)
    key = slug(written)
    return (key, written) if key else None


def _currency_at(doc: DocText, k: int, stop: int) -> str | None:
    """Return the currency code of the word at ``k``, singular or plural ("euro", "dollar")."""
    if k >= stop or not doc.tokens[k].is_word:
        return None
    currencies = lexicon().currencies
    word = doc.tokens[k].lower
    return currencies.get(word) or currencies.get(word + "s")


def _exchange_rate(doc: DocText, fig: Figure, start: int, stop: int) -> Step | None:
    """Read a currency's rate: "The koruna firmed to 24.30 per euro", "the rand hit 19 to the dollar".

    Keyed by the currency that moved (the subject of the verb the figure hangs on, a common noun)
    and the one it is priced in: ``quantity:koruna|unit=per-EUR``, with a time anchor of its clause
    when there is one, so "had weakened to 25 per euro in March" is another fact.
    """
    toks = doc.tokens
    k = fig.end
    if fig.low != fig.high or fig.comparator != "exact" or not fig.number.digits:
        return None
    if k + 1 < stop and toks[k].lower == "per":
        base, end = _currency_at(doc, k + 1, stop), k + 2
    elif k + 2 < stop and toks[k].lower in ("to", "against") and toks[k + 1].lower == "the":
        base, end = _currency_at(doc, k + 2, stop), k + 3
    else:
        return None
    if base is None:
        return None
    span = doc.doc.char_span(toks[fig.first].start, toks[fig.end - 1].end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = clause_verb(span.root)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not subject.text.islower():
        # "It rose to 24.30 per euro", "Nordvik rose to …": no currency named. Currency names
        # are written in lower case; the tagger may still call one a proper noun ("koruna").
        return None
    anchor = time_anchor(doc, fig.first, start, stop, end)
    q = make_quantity(
        doc,
        fig.first,
        end,
        (start, stop),
        kind=Kind.COUNT,
        interval=fig.interval,
        comparator=fig.comparator,
        unit=f"per-{base}",
        noun=subject.lemma_.lower(),
        noun_written=subject.text,
        anchor=anchor[0] if anchor else None,
        anchor_written=anchor[1] if anchor else None,
        measure=True,
    )
    return Step(q, end)


def _event_noun(doc: DocText, first: int, end: int) -> Phrase | None:
    """Return the noun a magnitude describes: "earthquake" in "the earthquake, of magnitude 7.2".

    The noun right after the words ("a magnitude 7.2 quake") is taken first, as the parser may
    make "magnitude" the head of the phrase; else the parse is walked up from the figure ("the
    earthquake, of magnitude 7.2").
    """
    toks = doc.tokens
    span = doc.doc.char_span(toks[first].start, toks[end - 1].end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    words = lexicon().words("magnitude_words")

    def event(tok: SpacyToken) -> Phrase | None:
        if tok.pos_ == "NOUN" and tok.lower_ not in words and not tok.like_num:
            return Phrase(tok.lemma_.lower(), tok.text, first, end)
        return None

    if span.end < len(span.doc) and (found := event(span.doc[span.end])) is not None:
        return found
    tok = next((t for t in span if t.like_num), span.root)
    for _ in range(MAX_HEAD_STEPS + 1):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if (found := event(tok)) is not None:
            return found
    return None
