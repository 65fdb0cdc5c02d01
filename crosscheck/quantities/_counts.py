"""Counts, money, shares and durations: "more than 300 rockets", "$2 billion", "35-year rule"."""

from __future__ import annotations

import bisect
import functools
from fractions import Fraction

import attrs

from crosscheck.quantities._anchors import time_anchor
from crosscheck.quantities._attribution import (
    attribution_anchors,
    attribution_of,
    is_cumulative,
    source_count,
)
from crosscheck.quantities._clauses import participle_phrase_end, provisional, statistic_release
from crosscheck.quantities._deals import deal_at, is_spending, per_unit, purpose_after
from crosscheck.quantities._doc import HYPHENS, REPORTING, Attribution, DocText, Phrase, Token
from crosscheck.quantities._figures import Figure, figure_interval, match_phrase, read_figure
from crosscheck.quantities._institutions import institution_subject
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._numbers import Number
from crosscheck.quantities._phrases import (
    MAX_VERB_GAP,
    Verb,
    agent_before,
    amount_subject,
    change_verb,
    is_amount_verb,
    mood_of,
    noun_phrase,
    noun_phrase_before,
    possessor_before,
    verb_after,
    verb_before,
    verb_key,
)
from crosscheck.quantities._steps import Step, agent_fields, make_quantity, noun_fields
from crosscheck.quantities._text import singular, stem
from crosscheck.quantities.interval import Interval
from crosscheck.quantities.quantity import GENERIC_NOUNS, Kind, Quantity

# The synonym key of crowd nouns (crowd, fans, spectators) and the verb key of a crowd's size.
ATTENDANCE = "attendance"
ATTENDANCE_VERB = "attend"
# "there's", "there're": the tagger may read the contraction as a possessive, not as "be".
BE_CONTRACTIONS = frozenset({"'s", "\u2019s", "'re", "\u2019re"})
# Words between "of" and the whole in "N of the region's M <noun>": "the", "region", "'s".
MAX_PART_GAP = 4
# How far back a part may be from the start of its clause for its whole to be read: "Only two of".
MAX_SUBJECT_LOOKBACK = 12
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "(", "\u2014", "\u2013"})
CONJUNCTIONS = frozenset({"CCONJ", "SCONJ"})
WH_ADVERB = "WRB"  # "when seven of its coaches left the track"
# The tagger's tags of a superlative ("largest", "most"): "the 10 largest banks" is a chosen cut.
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
# A calendar month lasts 28 to 31 days: a duration in months is read in days, as that range, so
# that "a two-month state of emergency" and "a 60-day state of emergency" meet, and "a month-long
# strike" and "a 30-day strike".
MONTH = "month"
MONTH_DAYS = (Fraction(28), Fraction(31))
DAY = "day"
# The word after "unit-" that makes one unit of time a length ("a month-long strike") or an age
# ("a decade-old treaty").
UNIT_SUFFIXES = {"long": Kind.DURATION, "old": Kind.AGE}


def count_at(doc: DocText, i: int, start: int, stop: int) -> Step | None:
    """Read a count, sum of money, share or duration starting at token ``i``."""
    toks = doc.tokens
    lex = lexicon()
    vague = match_phrase(toks, i, stop, lex.vague)
    if vague is not None:
        return _vague(doc, i, start, stop, vague)
    fig = read_figure(doc, i, stop)
    if fig is None or isinstance(fig, Step):
        return fig
    k = fig.end
    interval = fig.interval
    pct = match_phrase(toks, k, stop, lex.percent_words)
    if pct is not None:
        unit, k = pct
        noun = of_phrase(doc, k, stop) or noun_phrase(doc, k, stop, plural=False)
        noun = noun or noun_before_of(doc, fig.first, start) or Phrase("percent", "percent", k, k)
        step = _counted(doc, fig, Kind.PERCENT, interval, unit, noun, start, stop, k)
        if step.quantity is not None and not step.quantity.verb and _name_follows(doc, k, stop):
            # "52% in Ostmark, 82% in Kestria": a list of shares by name, with no verb of their
            # own ("Brenmark shares fell 6.2% in Oslo" has one, and its name before).
            step = Step(attrs.evolve(step.quantity, name_after=True), step.next)
        return step
    if fig.currency is None and k < stop and toks[k].is_word and toks[k].lower in lex.currencies:
        fig = Figure(
            fig.first,
            k + 1,
            fig.low,
            fig.high,
            fig.comparator,
            lex.currencies[toks[k].lower],
            fig.number,
        )
        k += 1
    if fig.currency is not None:
        noun = of_phrase(doc, k, stop, words=("in", "of")) or noun_phrase(
            doc, k, stop, plural=False
        )
        noun = noun or noun_before_of(doc, fig.first, start) or Phrase("money", "money", k, k)
        step = _counted(doc, fig, Kind.MONEY, interval, fig.currency, noun, start, stop, k)
        q = step.quantity
        if q is not None and q.deal and k + 1 < stop and toks[k].lower == "in":
            form = toks[k + 1].lemma or toks[k + 1].lower
            if _other_form(doc, k + 2, stop, form):
                # "is paying $281 million in cash for X and the remainder in stock": a part of
                # the price, paid in one form; it meets only that part ("price in cash").
                step = Step(attrs.evolve(q, noun=f"{q.noun} in {form}", part=True), step.next)
        return step
    unit_at = k + 1 if k + 1 < stop and toks[k].text in HYPHENS and not toks[k].spaced else k
    if unit_at < stop and toks[unit_at].lower in lex.time_units:
        return _duration(doc, fig, unit_at, start, stop)
    if unit_at > k and unit_at < stop and toks[unit_at].lower in lex.words("member_words"):
        return _members(doc, fig, unit_at, start, stop)
    if k < stop and toks[k].lower == "of":
        return _part_of_whole(doc, fig, interval, k, start, stop)
    if fig.number.plain_word in ("one", "a", "an") and fig.comparator == "exact":
        return Step(None, k)  # "one day": too often not a count
    noun = noun_phrase(doc, k, stop, plural=_plural(fig)) if k < stop and toks[k].spaced else None
    noun = noun or noun_before_of(doc, fig.first, start)  # "a death toll of 37"
    if noun is None:
        return Step(None, k)
    return _counted(doc, fig, Kind.COUNT, interval, None, noun, start, stop, noun.end)


def _other_form(doc: DocText, lo: int, stop: int, form: str) -> bool:
    """Return whether tokens ``[lo, stop)`` pay in another form: "and the rest in stock"."""
    toks = doc.tokens
    joined = False
    for j in range(lo, stop - 1):
        joined = joined or toks[j].lower in ("and", "plus")
        nxt = toks[j + 1]
        if (
            joined
            and toks[j].lower == "in"
            and nxt.pos == "NOUN"
            and (nxt.lemma or nxt.lower) != form
        ):
            return True
    return False


def _existential(doc: DocText, first: int, start: int) -> bool:
    """Return whether a figure follows "there is/are/was/were" ("there's three people shot").

    The existential "there" is the clause's subject: a name before it ("Oh, my God, there's
    three people shot!", "In Ostmark, there were 300 arrests") is no doer of the figure.
    """
    toks = doc.tokens
    j = first - 1
    if j >= start and toks[j].possessive and toks[j].lemma == "there":
        return True  # "there's": the tagger read the contraction as a possessive of "there"
    return (
        j - 1 >= start
        and (toks[j].lemma == "be" or toks[j].lower in BE_CONTRACTIONS)
        and toks[j - 1].lower == "there"
    )


def _name_follows(doc: DocText, k: int, stop: int) -> bool:
    """Return whether a preposition and a name follow token ``k`` ("52% in Ostmark")."""
    toks = doc.tokens
    return (
        k + 1 < stop
        and toks[k].lower in lexicon().words("share_place_prepositions")
        and toks[k + 1].pos == "PROPN"
    )


def _part_of_whole(
    doc: DocText, fig: Figure, interval: Interval, k: int, start: int, stop: int
) -> Step:
    """Read "7 of 16 coaches left the rails" as the part (7 coaches left), never the whole.

    The verb after the whole belongs to the part: the whole (16) is skipped. "one of the 37 people
    killed" names no count of its own (one), so nothing is read; any other construction after "of"
    ("100 of the displaced") leaves the figure unread.
    """
    toks = doc.tokens
    j = k + 1
    # Determiners and a possessor may stand between "of" and the whole: "of the region's 40".
    limit = min(stop, j + MAX_PART_GAP)
    while j < limit and not toks[j].is_number and toks[j].lower not in lexicon().numbers:
        if not toks[j].is_word:
            return Step(None, k)  # punctuation: no whole follows
        j += 1
    whole = read_figure(doc, j, stop) if j < limit else None
    if whole is None:
        # "seven of its coaches", "Seven of the train's coaches": a part of a whole the sentence
        # does not count, read as a count of the noun (the part), like "seven coaches".
        noun = _owned_plural(doc, k + 1, limit, stop)
        if noun is None or fig.number.plain_word in ("one", "a", "an"):
            return Step(None, k)  # "Two of them", "one of the injured": nothing of its own
        pieces = _subject_part(doc, fig.first, start) and _thing_owned(doc, k + 1, noun.start)
        step = _counted(
            doc, fig, Kind.COUNT, interval, None, noun, start, stop, noun.end, owned=pieces
        )
        quantity = step.quantity
        if quantity is not None and not pieces:
            quantity = attrs.evolve(quantity, part=True)
        return Step(quantity, noun.end)
    if not isinstance(whole, Figure) or whole.currency is not None:
        return Step(None, k)  # "100 of the 300": a part with no counted noun
    noun = noun_phrase(doc, whole.end, stop, plural=True)
    if noun is None:
        return Step(None, whole.end)
    # "Okafor completed 21 of 30 passes", "Lind landed 40 of 150 punches", "he was
    # one of four men": a part after a verb of its clause is a doer's tally or a loose grouping,
    # not a group the story has; the whole is read only when the part opens its clause.
    opens = _opens_clause(doc, fig.first, start)
    size = _whole(doc, whole, noun, k + 1, j, start, stop) if opens else None
    if fig.number.plain_word in ("one", "a", "an"):
        return Step(None, noun.end, also=size)
    pieces = _subject_part(doc, fig.first, start) and _thing_owned(doc, k + 1, j)
    quantity = _counted(
        doc, fig, Kind.COUNT, interval, None, noun, start, stop, noun.end, owned=pieces
    ).quantity
    if quantity is not None and not pieces:
        quantity = attrs.evolve(quantity, part=True)
    return Step(quantity, noun.end, also=size)


def _subject_part(doc: DocText, first: int, start: int) -> bool:
    """Return whether the part at ``first`` opens its clause, or the clause a reporting verb opens.

    "Police said seven of the train's coaches left the rails": the reported clause starts after
    "said" (and "that"), and the part is its subject as in "Seven of the train's coaches left".
    """
    if _opens_clause(doc, first, start):
        return True
    j = first - 1
    if j > start and doc.tokens[j].lower == "that":
        j -= 1
    return j >= start and doc.tokens[j].cue == REPORTING


def _thing_owned(doc: DocText, lo: int, hi: int) -> bool:
    """Return whether the whole after "of" is a thing's pieces: "of its 16 coaches", "of the train's".

    "Seven of its coaches left the rails", said of a train, counts the coaches that left the rails
    as "seven coaches left the rails" does: what the clause did, not a share of a tally. A
    person's whole ("three of his 11 rebounds", "two of Halvor Shipping's 25 tankers") stays a
    part: a tally, often of a stretch of the story, that another outlet's whole would meet. Only
    "its" and a common noun's possessive ("the train's") say a thing, and only when no name or
    person's pronoun stands in the gap.
    """
    toks = doc.tokens
    # "his", "her", "their": a person's or people's (of the possessive pronouns, only "its" is a
    # thing's).
    people = lexicon().words("possessive_pronouns") - {"its"}
    thing = False
    for tok in toks[lo:hi]:
        if tok.lower in people or (tok.is_capitalised and tok.is_word):
            return False
        if tok.lower == "its" or (tok.is_possessive and tok.is_word):
            thing = True
    return thing


def _opens_clause(doc: DocText, first: int, start: int) -> bool:
    """Return whether no verb stands between token ``first`` and the start of its clause.

    A clause starts at the sentence start, a punctuation mark, a conjunction or "when": "Five of
    the seven members voted", "…, with two of the seven members voting", "when seven of its 16
    coaches left the track". Only MAX_SUBJECT_LOOKBACK tokens are looked at (a longer run counts as
    not opening it), so a long sentence stays linear.
    """
    toks = doc.tokens
    breaks = lexicon().words("clause_breaks")
    for j in range(first - 1, max(start, first - MAX_SUBJECT_LOOKBACK) - 1, -1):
        tok = toks[j]
        if tok.text in CLAUSE_PUNCTUATION or tok.pos in CONJUNCTIONS or tok.lower in breaks:
            return True
        if tok.tag == WH_ADVERB or tok.pos in ("VERB", "AUX"):
            return tok.tag == WH_ADVERB
    return first - MAX_SUBJECT_LOOKBACK <= start


def _whole(
    doc: DocText, whole: Figure, noun: Phrase, lo: int, at: int, start: int, stop: int
) -> Quantity | None:
    """Return the whole M of "N of the M <noun>" as the size of the group: "the 30 economists".

    Only determiners and a possessor may stand between "of" and M ("of the province's 11"): "of
    the top 10 players" is a cut the writer chose, not a group the story has. The whole takes no
    verb, time or mood of the sentence (those are the part's); its owner is the possessor, if named.
    """
    toks = doc.tokens
    determiners = lexicon().words("determiners")
    for n in range(lo, at):
        if not (toks[n].lower in determiners or toks[n].is_possessive or toks[n].pos == "PROPN"):
            return None
    if whole.comparator != "exact" or whole.low != whole.high:
        return None
    if any(toks[n].tag in SUPERLATIVE_TAGS for n in range(whole.end, noun.end)):
        return None  # "three of the 10 largest banks": a cut, not a group's size
    owner = possessor_before(doc, at, lo) if at > lo else None
    # A participle after the noun says which group it is: "the 37 pilgrims injured" (a running
    # total, which grows), "the 30 analysts polled".
    after = toks[noun.end] if noun.end < stop else None
    verb = verb_key(after.lemma or after.lower) if after and _modifier(doc, after) else None
    return _group_size(
        doc,
        whole,
        noun,
        (start, stop),
        owner,
        verb=verb,
        verb_written=after.text if verb and after else None,
        cumulative=is_cumulative(noun.key, verb),
    )


def _group_size(
    doc: DocText,
    fig: Figure,
    noun: Phrase,
    sentence: tuple[int, int],
    owner: tuple[str, str] | None,
    verb: str | None = None,
    verb_written: str | None = None,
    cumulative: bool = False,
) -> Quantity:
    """Return the size of a group, from its figure to the end of its noun (keyed ``part=whole``).

    The whole of "five of the seven board members" and the size of "its seven-member board" are
    one measure, so both readers build it here: an exact count of the noun, owned by ``owner``.
    """
    return make_quantity(
        doc,
        fig.first,
        noun.end,
        sentence,
        kind=Kind.COUNT,
        interval=fig.interval,
        comparator=fig.comparator,
        **noun_fields(noun),
        verb=verb,
        verb_written=verb_written,
        **agent_fields(owner),
        cumulative=cumulative,
        whole=True,
    )


def earlier_at(doc: DocText, i: int, start: int, stop: int, last: Quantity) -> Step | None:
    """Read "up from 9% in 2019" after "rose to 12%" as the earlier value of the same measure.

    The figure takes the noun, verb and owner of ``last`` (the sentence's figure before it) but
    only a time of its own, written after the cue ("in 2019"): the current value's day is not
    the earlier one's. With no time of its own (or of a running total, keyed by its report day)
    it is keyed ``then=earlier``, apart from every current value. A figure of another kind than
    ``last`` (a sum after a share) is left to the other readers.
    """
    toks = doc.tokens
    cue = _earlier_cue(doc, i, start)
    if cue is None:
        return None
    fig = read_figure(doc, i, stop)
    if not isinstance(fig, Figure):
        return None
    k = fig.end
    pct = match_phrase(toks, k, stop, lexicon().percent_words)
    if (pct is not None) != (last.kind is Kind.PERCENT) or (
        fig.currency != (last.unit if last.kind is Kind.MONEY else None)
    ):
        return None
    if last.kind not in (Kind.COUNT, Kind.MONEY, Kind.PERCENT) or last.whole:
        return None
    k = pct[1] if pct is not None else k
    own = time_anchor(doc, fig.first, cue, stop, k)
    quantity = attrs.evolve(
        last,
        start=toks[fig.first].start,
        end=toks[k - 1].end,
        written=doc.phrase_text(fig.first, k),
        interval=fig.interval,
        comparator=fig.comparator,
        anchor=own[0] if own else None,
        anchor_written=own[1] if own else None,
        earlier=True,
    )
    return Step(quantity, k)


def _earlier_cue(doc: DocText, i: int, start: int) -> int | None:
    """Return the first token of an earlier-value cue ending just before token ``i``, if any."""
    cues = lexicon().words("earlier_value_words")
    for n in (2, 3):
        if i - n >= start and " ".join(t.lower for t in doc.tokens[i - n : i]) in cues:
            return i - n
    return None


def _modifier(doc: DocText, tok: Token) -> bool:
    """Return whether a word is a participle modifying the noun before it ("pilgrims injured").

    The parse tells it from the clause's own verb ("12 lorries overturned"), which is the part's.
    """
    span = doc.doc.char_span(tok.start, tok.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].tag_ == "VBN" and span[0].dep_ == "acl"


def _members(doc: DocText, fig: Figure, at: int, start: int, stop: int) -> Step:
    """Read "its seven-member board" as the size of the group: the count of board members.

    It is the whole of "five of the seven board members" (``part=whole``), so that the two meet;
    the group's owner is the possessor before the figure, if named ("Norway's 15-member jury").
    """
    toks = doc.tokens
    noun = noun_phrase(doc, at + 1, stop, plural=False)
    if noun is None or fig.comparator != "exact" or fig.low != fig.high:
        return Step(None, at + 1)
    member = toks[at].lower
    group = Phrase(f"{noun.key} {member}", f"{noun.written} {member}s", noun.start, noun.end)
    owner = possessor_before(doc, fig.first, start)
    return Step(_group_size(doc, fig, group, (start, stop), owner), noun.end)


def _owned_plural(doc: DocText, j: int, limit: int, stop: int) -> Phrase | None:
    """Return the plural noun after "of" and its determiner or possessor: "of its coaches".

    Only a determiner ("the", "its") may open it, then at most a possessor ending in "'s" ("the
    train's"): anything else ("of them", "of those who") is not a counted noun.
    """
    toks = doc.tokens
    if j >= limit or toks[j].lower not in lexicon().words("determiners"):
        return None
    n = j + 1
    while n < limit and toks[n].is_word and not toks[n].is_possessive:
        n += 1
    # A possessor ("the train's") ends within the gap; without one the noun follows the determiner.
    n = n + 1 if n < limit and toks[n].is_possessive else j + 1
    return noun_phrase(doc, n, stop, plural=True) if n < stop else None


def noun_before_of(doc: DocText, first: int, start: int) -> Phrase | None:
    """Return the noun a figure measures when it follows "NOUN of": "revenue of $4.1 billion"."""
    toks = doc.tokens
    if first - 1 <= start or toks[first - 1].lower != "of":
        return None
    noun = noun_phrase_before(doc, first - 1, start)
    if noun is None or noun.key.rsplit(" ", 1)[-1] in lexicon().words("stop_nouns"):
        return None
    return noun


def of_phrase(doc: DocText, k: int, stop: int, words: tuple[str, ...] = ("of",)) -> Phrase | None:
    """Return the noun phrase after "of" (or another given preposition) and determiners."""
    toks = doc.tokens
    if k >= stop or toks[k].lower not in words:
        return None
    j = k + 1
    while j < stop and toks[j].lower in lexicon().words("determiners"):
        j += 1
    return noun_phrase(doc, j, stop, plural=False)


def _vague(
    doc: DocText, i: int, start: int, stop: int, found: tuple[tuple[Fraction, Fraction], int]
) -> Step | None:
    (low, high), k = found
    toks = doc.tokens
    if k < stop and toks[k].lower == "of":
        k += 1
    noun = noun_phrase(doc, k, stop, plural=True)
    if noun is None:
        return None
    number = Number(low, i, k, digits=False)
    fig = Figure(i, k, low, high, "vague", None, number)
    interval = Interval(low, high, False, True)
    return _counted(doc, fig, Kind.COUNT, interval, None, noun, start, stop, noun.end)


def _counted(
    doc: DocText,
    fig: Figure,
    kind: Kind,
    interval: Interval,
    unit: str | None,
    noun: Phrase,
    start: int,
    stop: int,
    end: int,
    *,
    owned: bool = False,
) -> Step:
    """Build a count, money or share quantity with its verb, agent and time anchor.

    ``owned``: the counted things are a thing's pieces ("seven of the train's coaches"), so they
    have an owner, though not a named one: the source of the sentence's attribution does not
    stand in as it.
    """
    end = max(end, noun.end, fig.end)
    first = min(fig.first, noun.start)  # the noun may come first: "a death toll of 37"
    if kind is Kind.COUNT and source_count(doc, first, noun.key, noun.end, start, stop):
        return Step(None, end)  # "two people familiar with the matter": a count of sources
    fields: dict[str, object] = {}
    deal = deal_at(doc, fig.first, fig.end, start, stop) if kind is Kind.MONEY else None
    if deal is not None:
        v = deal.verb_index
        mood = "proposal" if deal.proposal else mood_of(doc, v - MAX_VERB_GAP, v)
        verb: Verb | None = Verb(deal.verb, doc.tokens[v].text, mood)
        unit_price = per_unit(doc, fig.end, stop)  # "for 38.50 euros a share": not the deal's price
        noun = Phrase(
            f"price per {unit_price}" if unit_price else "price", "price", noun.start, noun.end
        )
        agent = deal.agent or agent_before(doc, deal.verb_index, start)
        fields.update(obj=deal.obj[0], obj_written=deal.obj[1], deal=mood is None)
    else:
        before = verb_before(doc, first, start)
        after = max(noun.end, fig.end)
        verb = before or verb_after(doc, after, start, stop, plural=_plural(fig))
        resume = None if verb else participle_phrase_end(doc, after, stop)
        if resume is not None:
            # "350 firefighters, backed by 14 helicopters, were working": the subject's verb
            # comes after the phrase that describes it.
            verb = verb_after(doc, resume, start, stop, plural=_plural(fig))
        agent = None if _existential(doc, first, start) else agent_before(doc, first, start)
        if kind is Kind.MONEY and noun.key in GENERIC_NOUNS and before and is_amount_verb(before):
            # "Exports totalled $3 billion": the sum is of the subject, not of money in general.
            subject = amount_subject(doc, first, start)
            if subject is not None:
                noun = Phrase(subject.key, subject.written, noun.start, noun.end)
                if agent is not None and agent[1].casefold() in subject.written.casefold().split():
                    agent = None  # the sentence's capitalised first word is the subject, no name
        if kind is Kind.MONEY and verb is not None and is_spending(verb.key):
            noun = purpose_after(doc, fig.end, stop) or noun  # "spend $1bn on schools"
    if kind is Kind.PERCENT and noun.key == "percent":
        # A share of a named thing that moved: which way it moved, whatever the verb ("jumped",
        # "rose", "closed ... higher"), is what outlets agree on.
        verb = change_verb(doc, fig.first, end, stop, verb)
    if lexicon().noun_synonyms.get(noun.key) == ATTENDANCE:
        verb = _attendance_verb(doc, fig.first, first, verb)
    attribution = attribution_of(doc, first, end, start, stop)
    said = attribution_anchors(doc, start, stop)
    anchor = time_anchor(doc, first, start, stop, end, exclude=said)
    cumulative = (
        kind is not Kind.DURATION
        and is_cumulative(noun.key, verb.key if verb else None)
        and not _settled(doc, anchor)
    )
    source = attribution.source if attribution is not None else None
    if source is not None and (cumulative or not (agent or owned)):
        # A running total's figure is the reporting source's ("ORBA said"); for other figures the
        # source stands in only when the sentence names no one else.
        agent = source
    if agent is None and deal is None:
        agent = institution_subject(doc, doc.tokens[first].start, doc.tokens[end - 1].end)
    if cumulative:
        fields.update(cumulative=True, **_reported(doc, attribution))
        fields["reported_firm"] = bool(
            fields.get("reported") and (source is not None or attribution_dated(attribution))
        )
    elif anchor is None and attribution is not None and attribution.anchor is not None:
        anchor = (attribution.anchor.key, attribution.anchor.written)
    if fields.get("deal"):
        anchor = None  # an agreed price is one fact: the day it was reported does not key it
    mood = verb.mood if verb else None
    if verb is not None and verb.perfect and verb.key in _standing_stems():
        verb = attrs.evolve(verb, perfect=False)  # "has offered 6%": the offer that stands
    if (
        mood is None
        and provisional(doc, start, stop)
        and not (_period_statistic(anchor) and statistic_release(doc, start, stop))
    ):
        mood = "provisional"
    if kind is Kind.MONEY and deal is None and _instrument(noun):
        # "a new 2 billion euro bond", "a new bond of about 2 billion euros": the size of the
        # story's one new issue, whoever the sentence names and whatever verb it uses ("will
        # fund … with", "would be financed with"). Told in the plain future once it is set, or
        # in a reported one ("said the purchase would be financed with"); a hedge keeps its mood.
        mood = mood or mood_of(doc, start, fig.first)
        if mood == "irrealis" and (
            _plain_future(doc, start, fig.first) or _reported_future(doc, start, fig.first)
        ):
            mood = None
        q = make_quantity(
            doc,
            first,
            end,
            (start, stop),
            kind=kind,
            interval=interval,
            comparator=fig.comparator,
            unit=unit,
            noun=noun.key.rsplit(" ", 1)[-1],
            noun_written=noun.written,
            mood=mood,
            measure=True,
        )
        return Step(q, end)
    if kind is Kind.MONEY and deal is None and noun.key in GENERIC_NOUNS:
        unit_price = _deal_unit_price(doc, fig, stop)
        if unit_price is not None:
            if mood == "irrealis" and _plain_future(doc, start, fig.first):
                mood = None  # "Nordvik will pay 38.50 euros per share": the terms, as "is offering"
            return Step(_unit_price(doc, fig, interval, unit, unit_price, mood, (start, stop)), end)
    quantity = make_quantity(
        doc,
        first,
        end,
        (start, stop),
        kind=kind,
        interval=interval,
        comparator=fig.comparator,
        unit=unit,
        **noun_fields(noun),
        verb=verb.key if verb else None,
        verb_written=verb.written if verb else None,
        perfect=bool(verb and verb.perfect),
        mood=mood,
        **agent_fields(agent),
        anchor=anchor[0] if anchor else None,
        anchor_written=anchor[1] if anchor else None,
        **fields,
    )
    return Step(quantity, end)


@functools.cache
def _standing_stems() -> frozenset[str]:
    return frozenset(stem(v) for v in lexicon().words("standing_verbs"))


def _instrument(noun: Phrase) -> bool:
    """Return whether a sum's noun is a financing instrument a story has one new issue of.

    Only the heads of ``instrument_nouns`` ("bond"); a modifier that says which one ("a
    10-year bond", "green bond") keeps it apart from the rest, "new" excepted (it says only that
    it is the issue the story is about).
    """
    *words, head = noun.key.split()
    return head in lexicon().words("instrument_nouns") and all(w == "new" for w in words)


def _deal_unit_price(doc: DocText, fig: Figure, stop: int) -> str | None:
    """Return the unit of a deal's price per unit after a sum ("38.50 euros per share"), if any."""
    unit_price = per_unit(doc, fig.end, stop)
    return unit_price if unit_price in lexicon().words("deal_units") else None


def _plain_future(doc: DocText, lo: int, hi: int) -> bool:
    """Return whether the only irrealis word in tokens ``[lo, hi)`` is the plain future "will".

    A deal's price per share is told in the future once the terms are set ("Nordvik will pay
    38.50 euros per share") as it is in the present ("is offering", "agreed to"); a hedge
    ("could pay", "plans to pay", "would pay") keeps its mood.
    """
    irrealis = lexicon().lists["irrealis"]
    found = {t.lower for t in doc.tokens[lo:hi] if t.lower in irrealis}
    return found == {"will"}


def _reported_future(doc: DocText, lo: int, hi: int) -> bool:
    """Return whether the only irrealis word in ``[lo, hi)`` is a "would" a reporting verb governs.

    "Sandberg said the purchase would be financed with a new bond" reports "will be financed":
    the plain future, shifted back by the past reporting verb before it.
    """
    irrealis = lexicon().lists["irrealis"]
    toks = doc.tokens[lo:hi]
    found = [n for n, t in enumerate(toks) if t.lower in irrealis]
    if [toks[n].lower for n in found] != ["would"]:
        return False
    return any(t.cue == REPORTING for t in toks[: found[0]])


def _unit_price(
    doc: DocText,
    fig: Figure,
    interval: Interval,
    unit: str | None,
    per: str,
    mood: str | None,
    sentence: tuple[int, int],
) -> Quantity:
    """Return the price per share of a story's deal, keyed by the unit and the mood alone.

    Outlets tell one deal's price per share with other verbs and subjects ("Nordvik is offering",
    "the board agreed to", "the agreement values the company at"): the price is one fact of the
    story, so it is a measure (compared within one news cycle, a document giving two prices under
    one key stops any verdict). A planned or negated price ("will pay") keeps its mood apart.
    """
    return make_quantity(
        doc,
        fig.first,
        fig.end,
        sentence,
        kind=Kind.MONEY,
        interval=interval,
        comparator=fig.comparator,
        unit=unit,
        noun=f"price per {per}",
        noun_written=f"price per {per}",
        mood=mood,
        measure=True,
    )


def _attendance_verb(doc: DocText, at: int, first: int, verb: Verb | None) -> Verb | None:
    """Return the verb keying a crowd's size: "attend" for "in front of N fans", "a crowd of N".

    How many watched is one fact whichever words give it; other verbs ("300 fans were arrested")
    keep their own key.
    """
    toks = doc.tokens
    mood = verb.mood if verb else None
    if verb is not None and verb.perfect and verb.key in _standing_stems():
        verb = attrs.evolve(verb, perfect=False)  # "has offered 6%": the offer that stands
    if first < at:  # "a crowd of 41,000": the size of the crowd, whatever it did
        return Verb(ATTENDANCE_VERB, toks[first].text, mood)
    if at >= 3 and [t.lower for t in toks[at - 3 : at]] == ["in", "front", "of"]:
        return Verb(ATTENDANCE_VERB, "in front of", mood)
    if verb is None or verb.key in lexicon().words("attendance_verbs"):
        return Verb(ATTENDANCE_VERB, verb.written if verb else "attended", mood)
    return verb


def _plural(fig: Figure) -> bool:
    return fig.high != 1 or fig.comparator in ("gt", "ge")


def _settled(doc: DocText, anchor: tuple[str, str] | None) -> bool:
    """Return whether a total is of an event of an earlier year than the writing: no longer rising.

    "The 2007 earthquake killed 519 people", "In 2021, the flood killed 40" in a 2023 article.
    """
    published = doc.document.published
    if anchor is None or published is None:
        return False
    kind, value = anchor[0].split("-", 1)
    if kind == "since" or "/" in value:
        return False  # "since 2019, 500 people have died": a total still running
    return value[:4].isdecimal() and int(value[:4]) < published.year


def _period_statistic(anchor: tuple[str, str] | None) -> bool:
    """Return whether a figure is dated to a month or a quarter: a statistic of a closed period.

    "Inflation slowed to 2.4% in October, according to preliminary data": a first estimate of a
    month's figure is one release that every outlet of the week reports, not a count under way
    that changes within the day ("with 98% of polling stations counted"), so with a statistic's
    release (``statistic_release``) it is not provisional. A day ("on Sunday") or a year is no
    such period.
    """
    if anchor is None:
        return False
    kind, _, value = anchor[0].partition("-")
    parts = value.split("-")
    return (
        kind == "in"
        and len(parts) == 2
        and parts[0].isdecimal()
        and (parts[1].isdecimal() or (parts[1][:1] == "Q" and parts[1][1:].isdecimal()))
    )


def attribution_dated(attribution: Attribution | None) -> bool:
    """Return whether an attribution states the day of its saying."""
    return attribution is not None and attribution.anchor is not None


def _reported(doc: DocText, attribution: Attribution | None) -> dict[str, object]:
    """Return the fields dating a running total: its attribution's day, else the publication day."""
    if attribution is not None and attribution.anchor is not None:
        value = attribution.anchor.key.split("-", 1)[1]
        return {
            "reported": value,
            "reported_written": attribution.anchor.written,
            "reported_stated": True,
        }
    published = doc.document.published
    if published is None:
        return {}  # no day of reporting: the total may be of any moment
    day = published.isoformat()
    return {"reported": day, "reported_written": f"published {day}"}


def _duration(doc: DocText, fig: Figure, unit_at: int, start: int, stop: int) -> Step | None:
    """Read "40-year military rule", "a 72-year-old man", "took three years to build"."""
    toks = doc.tokens
    lex = lexicon()
    unit, factor = lex.time_units[toks[unit_at].lower]
    unit, interval = _length(unit, fig.comparator, fig.low * factor, fig.high * factor)
    fields: dict[str, object] = {"interval": interval, "comparator": fig.comparator, "unit": unit}
    end = unit_at + 1
    sentence = (start, stop)
    hyphened = (
        end + 1 < stop and toks[end].text in HYPHENS and toks[end + 1].lower in ("long", "old")
    )
    # "35-year" and "a month-long": the duration modifies the noun after it.
    if unit_at > fig.end or hyphened:
        if hyphened:
            kind = Kind.AGE if toks[end + 1].lower == "old" else Kind.DURATION
            end += 2
        else:
            kind = Kind.DURATION
        noun = noun_phrase(doc, end, stop, plural=False)
        if noun is None:
            return Step(None, end)
        owner = possessor_before(doc, fig.first, start)
        q = make_quantity(
            doc,
            fig.first,
            noun.end,
            sentence,
            kind=kind,
            **fields,
            **noun_fields(noun),
            **agent_fields(owner),
        )
        return Step(q, noun.end)
    if end < stop and toks[end].lower == "ago":
        return Step(None, end + 1)  # "four years ago" is a date
    before = fig.first - 1
    if (
        before >= start
        and toks[before].lower in lex.words("duration_verbs")
        and end + 1 < stop
        and toks[end].lower == "to"
        and toks[end + 1].is_word
    ):
        # "took three years to build": the time an action took.
        verb = toks[end + 1]
        agent = agent_before(doc, before, start)
        noun = Phrase(stem(verb.lemma or verb.lower), f"time to {verb.text}", end + 1, end + 2)
        q = make_quantity(
            doc,
            before,
            end + 2,
            sentence,
            kind=Kind.DURATION,
            **fields,
            **noun_fields(noun),
            **agent_fields(agent),
        )
        return Step(q, end + 2)
    lasting = lasted(doc, fig.first, end, sentence, fields)
    if lasting is not None:  # "the talks lasted a fortnight"
        return lasting
    of = of_phrase(doc, end, stop)
    if of is not None:  # "40 years of military rule"
        owner = possessor_before(doc, fig.first, start)
        q = make_quantity(
            doc,
            fig.first,
            of.end,
            sentence,
            kind=Kind.DURATION,
            **fields,
            **noun_fields(of),
            **agent_fields(owner),
            elapsed=True,
        )
        return Step(q, of.end)
    return Step(None, end)  # other durations belong to the time layer


def unit_long_at(doc: DocText, i: int, start: int, stop: int) -> Step | None:
    """Read "fortnight-long festival", "a decade-old treaty": one unit of time, without a number.

    "-long" gives the length of the noun after it, "-old" its age (the derived age check then
    reads it like "the 10-year-old treaty"). A plural unit ("weeks-long", "centuries-old") says
    only that there were several: no number, so nothing is read (it is not one week).
    """
    toks = doc.tokens
    unit = lexicon().time_units.get(toks[i].lower)
    if unit is None:
        return None
    name, length = _length(unit[0], "exact", Fraction(unit[1]), Fraction(unit[1]))
    comparator = "exact"
    if toks[i].lower in lexicon().words("loose_time_units"):
        # "a decade-old treaty", "a century-old bridge": said of 12 or 130 years as well; read as
        # one unit up to two, never exact, so that "a 12-year-old treaty" does not contradict it.
        length, comparator = Interval(length.low, 2 * Fraction(unit[1]), False, True), "vague"
    if i > start and toks[i - 1].lower in ("a", "an"):
        first = i - 1
        before = _comparator_before(doc, first, start)
        if before is not None:
            # "nearly a fortnight", "more than a month": the comparator bounds the one unit; a
            # loose unit ("over a decade") is no figure to bound.
            if comparator != "exact":
                return Step(None, i + 1)
            comparator, first = before
            name, length = _length(unit[0], comparator, Fraction(unit[1]), Fraction(unit[1]))
        # "lasted a fortnight": one unit, when a lasting verb governs it.
        fields: dict[str, object] = {"interval": length, "comparator": comparator, "unit": name}
        step = lasted(doc, first, i + 1, (start, stop), fields)
        if step is not None:
            return step
        of = of_phrase(doc, i + 1, stop)
        if of is not None:
            # "after a fortnight of talks": one unit, read as "after two weeks of talks" is (the
            # time an event has run so far).
            q = make_quantity(
                doc,
                first,
                of.end,
                (start, stop),
                kind=Kind.DURATION,
                **fields,
                **noun_fields(of),
                **agent_fields(possessor_before(doc, first, start)),
                elapsed=True,
            )
            return Step(q, of.end)
    if (
        i + 2 >= stop
        or toks[i + 1].text not in HYPHENS
        or toks[i + 1].spaced
        or toks[i + 2].lower not in UNIT_SUFFIXES
    ):
        return None
    if singular(toks[i].lower) != toks[i].lower:
        return Step(None, i + 3)  # "a weeks-long strike": several weeks, no figure
    noun = noun_phrase(doc, i + 3, stop, plural=False)
    if noun is None:
        return Step(None, i + 3)
    owner = possessor_before(doc, i, start)
    q = make_quantity(
        doc,
        i,
        noun.end,
        (start, stop),
        kind=UNIT_SUFFIXES[toks[i + 2].lower],
        interval=length,
        comparator=comparator,
        unit=name,
        **noun_fields(noun),
        **agent_fields(owner),
    )
    return Step(q, noun.end)


def _comparator_before(doc: DocText, end: int, start: int) -> tuple[str, int] | None:
    """Return the comparator of a phrase of ``[comparators]`` ending right before ``end``, and
    where that phrase starts."""
    toks = doc.tokens
    for k in range(max(start, end - lexicon().max_phrase_words), end):
        found = match_phrase(toks, k, end, lexicon().comparators)
        if found is not None and found[1] == end:
            return found[0], k
    return None


def _length(unit: str, comparator: str, low: Fraction, high: Fraction) -> tuple[str, Interval]:
    """Return the unit and interval of a length of time, months read as the days they may hold."""
    if unit == MONTH:
        return DAY, figure_interval(comparator, low * MONTH_DAYS[0], high * MONTH_DAYS[1])
    return unit, figure_interval(comparator, low, high)


def lasted(
    doc: DocText, first: int, end: int, sentence: tuple[int, int], fields: dict[str, object]
) -> Step | None:
    """Read "the talks lasted a fortnight": a duration whose verb says how long its subject lasted.

    The verb is the one the duration's unit depends on in the parse (``lasting_verbs``); what lasted
    is that verb's subject noun, keyed like the noun of "a fortnight-long …" so the two align.
    """
    toks = doc.tokens
    span = doc.doc.char_span(toks[first].start, toks[end - 1].end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root.head
    if verb.dep_ == "prep" and verb.lower_ == "for":
        verb = verb.head  # "ran for two weeks"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().words("lasting_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subject is None:
        return None
    lo = bisect.bisect_left(doc.starts, subject.idx)
    if lo >= len(toks) or toks[lo].start != subject.idx:
        return None
    noun = Phrase(singular(subject.lower_), subject.text, lo, lo + 1)
    q = make_quantity(
        doc,
        first,
        end,
        sentence,
        kind=Kind.DURATION,
        **fields,
        **noun_fields(noun),
    )
    return Step(q, end)
