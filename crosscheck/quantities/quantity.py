"""The Quantity found in a text, and the subject key that decides what it may be compared with.

The subject key is what keeps comparison conservative: two quantities are only ever compared when
their keys are equal, and a key is built from the counted noun plus every piece of context the
sentence gives (the verb, who did it, when, the scope of a rank). A key is *strong* only when it has
enough context to pin one fact down; only strong keys can produce a contradiction.
"""

from __future__ import annotations

import enum

from attrs import frozen

from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._text import singular
from crosscheck.quantities.interval import Interval, format_interval


class Kind(enum.StrEnum):
    """What a number measures."""

    COUNT = "count"  # "seven field hospitals", "more than 300 rockets"
    MONEY = "money"  # "$2 billion"
    PERCENT = "percent"  # "30%"
    DURATION = "duration"  # "40-year military rule", "took three years to build"
    AGE = "age"  # "a 72-year-old man"
    RANK = "rank"  # "the world's fifth-largest"
    ANNIVERSARY = "anniversary"  # "the 78th anniversary of ..."
    ORDINAL = "ordinal"  # "the 40th Independence Day": which time a recurring occasion is held
    PERIOD = "period"  # "1962-88 military rule": a span of years, not a count


# Nouns the extractor puts in when the text names no counted thing ("rose 5%", "$2 billion"): such a
# figure may be about anything, so it is never strong enough to contradict another.
GENERIC_NOUNS = frozenset({"money", "percent"})
# The verb keys of a level read through the parse ("cut its repo rate to 3.25% from 3.50%"): the
# level reached and the level left (``_owners._level``).
LEVEL_VERBS = frozenset({"to", "from"})
# The noun and unit of the measures of ``_measures.py``: a distance from a named place in a
# direction, and the magnitude of the event noun it is written with.
DISTANCE_NOUN = "distance"
MAGNITUDE_UNIT = "magnitude"


class Strength(enum.StrEnum):
    """How much context a subject key carries, which decides what comparison may conclude."""

    STRONG = "strong"  # may agree or contradict
    WEAK = "weak"  # may only agree, on identical values
    BARE = "bare"  # a counted noun alone: never compared


_LABELS: dict[Kind, str] = {
    Kind.COUNT: "number of {noun}",
    Kind.MONEY: "amount ({unit}) of {noun}",
    Kind.PERCENT: "share: {noun}",
    Kind.DURATION: "duration of {noun}",
    Kind.AGE: "age of {noun}",
    Kind.RANK: "rank: {noun}",
    Kind.ANNIVERSARY: "anniversary of {noun}",
    Kind.ORDINAL: "ordinal of {noun}",
    Kind.PERIOD: "period of {noun}",
}


@frozen
class Quantity:
    """A number in a text with what it counts, its comparator and the context around it.

    Keys (``noun``, ``verb``, ``agent``, ``anchor`` …) are normalised; the ``*_written`` fields keep
    the words as printed, for labels.
    """

    start: int
    end: int
    written: str
    kind: Kind
    interval: Interval
    comparator: str
    noun: str
    noun_written: str
    sentence_start: int
    sentence_end: int
    unit: str | None = None
    verb: str | None = None
    verb_written: str | None = None
    agent: str | None = None
    agent_written: str | None = None
    anchor: str | None = None
    anchor_written: str | None = None
    # Who receives what the agent gives: "the vessels Norway supplies to Iceland" (parse-read).
    recipient: str | None = None
    recipient_written: str | None = None
    obj: str | None = None  # what a price buys: "buy Ardent Labs for $4.2 billion"
    obj_written: str | None = None
    reported: str | None = (
        None  # when a running total was reported (its attribution or publication day)
    )
    reported_written: str | None = None
    cumulative: bool = False  # a count that grows while a story unfolds (deaths, arrests …)
    perfect: bool = False  # "has hired 430": a running figure up to the day of writing
    # A running total's report is pinned: its day is stated ("ORBA said on Tuesday") or its
    # source is named ("…, ORBA said"). A bare publication day may hold several updates.
    reported_firm: bool = False
    # Whether a running total's report day is stated in the text ("ORBA said on Tuesday"), not
    # taken from the publication date (which may hold several updates of one source).
    reported_stated: bool = False
    # A part of a whole the sentence also gives ("3 of his 11 rebounds"): often a part of a tally
    # in a stretch of the story ("in the second half"), which another outlet's whole would meet.
    # Not a thing's pieces that are their clause's subject ("seven of its 16 coaches left the
    # track"): those count what the clause did, as a plain count does.
    part: bool = False
    # The whole of "N of the M passengers", "its seven-member board": the size of a group, keyed
    # apart (``part=whole``) so that a part ("three of them") or a count of what the group did
    # never meets it.
    whole: bool = False
    # "rose to 12%, up from 9%": the earlier value of the figure before it, at another time.
    earlier: bool = False
    # "four days of riots": the time an event has run so far, which grows while it goes on
    # (a "three-day strike" is the length of the whole event).
    elapsed: bool = False
    # "Vestby United offered him a four-year contract": the event is a named doer's, though the key
    # names no owner; another doer's contract of the story is another fact.
    doer_named: bool = False
    # "55% in Ostmark, 52% in Valdoria": a share followed by the name it is of, in a list of
    # such shares; the nearest name before it is another share's.
    name_after: bool = False
    # "During the deciding run, Arkin blocked two shots": a figure of a stretch of the story.
    episode: bool = False
    deal: bool = False  # the agreed price of one named purchase or sale
    # A distance from a named place or an event's magnitude: keyed by those alone, no verb.
    measure: bool = False
    scope: str | None = None
    superlative: str | None = None
    mood: str | None = None  # "irrealis" (will, could…) or "negated"
    base_year: int | None = None  # an anniversary's event year
    reference_year: int | None = None  # the year an anniversary is written in, when known
    reference_source: str | None = None  # "published" | "document-dates"
    # Where the text dates the origin of an aged thing ("signed in 1999" for "the 25-year-old
    # treaty"): the evidence of the derived age check, beside the figure's own.
    origin_start: int | None = None
    origin_end: int | None = None
    origin_written: str | None = None

    @property
    def value(self) -> str:
        """The canonical value: an interval string, ``rank:``-prefixed for ranks."""
        text = format_interval(self.interval)
        return f"rank:{text}" if self.kind is Kind.RANK else text

    @property
    def facet(self) -> str:
        return "period" if self.kind is Kind.PERIOD else "quantity"

    @property
    def subject(self) -> str:
        """The alignment key: counted noun, then each piece of context in a fixed order."""
        head = "period" if self.kind is Kind.PERIOD else "quantity"
        parts = [f"{head}:{self.noun}"]
        segments: tuple[tuple[str, object], ...] = (
            ("kind", None if self.kind in (Kind.COUNT, Kind.PERIOD) else self.kind.value),
            ("unit", None if self.kind is Kind.PERIOD else self.unit),
            ("part", "whole" if self.whole else None),
            ("rank", self.superlative),
            ("scope", self.scope),
            ("verb", self.verb),
            ("object", self.obj),
            ("mood", self.mood),
            ("agent", self.agent),
            ("to", self.recipient),
            ("time", self.anchor),
            # An earlier value with no time of its own (or a running total's, keyed by the day it
            # was reported) must not meet the current value's key.
            (
                "then",
                "earlier" if self.earlier and (self.anchor is None or self.cumulative) else None,
            ),
            ("asof", self.reported),
            # An anniversary's event year tells two events apart; an age's origin year is only
            # evidence for the derived check, so two outlets' ages of one thing still align.
            ("base", self.base_year if self.kind is Kind.ANNIVERSARY else None),
            # The Nth time a yearly occasion is held changes with the year: the year of writing
            # (from the publication date only) is part of what is counted.
            ("year", self.reference_year if self.kind is Kind.ORDINAL else None),
        )
        parts.extend(f"{name}={value}" for name, value in segments if value is not None)
        return "|".join(parts)

    @property
    def strength(self) -> Strength:
        """Whether the key pins one fact down (see ``docs/quantities.md``, "Subject keys")."""
        if self.kind is Kind.ORDINAL:
            # "Valdoria's 40th Independence Day" in a 2026 article is one fact: whose occasion and
            # which year's, the year from a publication date (an inferred year may be off by one).
            if self.agent and self.reference_source == "published":
                return Strength.STRONG
            return Strength.WEAK if self.agent else Strength.BARE
        if self.earlier and (self.anchor is None or self.cumulative):
            # "down from 19": a value of some earlier time the text does not name; it may agree
            # with another outlet's, never contradict it.
            return Strength.WEAK if self.verb or self.agent else Strength.BARE
        if self.whole:
            # The size of a group has no verb of its own: it may agree, and contradict only
            # within one news cycle (``news_cycle``).
            return Strength.WEAK
        if self.measure:
            # One story's quake has one magnitude, a town one distance, a named person one age,
            # but an article may recall another: such a key compares only within one news cycle.
            return Strength.WEAK
        if self.kind in (Kind.AGE, Kind.ANNIVERSARY, Kind.PERIOD):
            # Ages belong to people we cannot identify; anniversaries change with the year of
            # writing; periods are checked by the duration-consistency check instead.
            return Strength.WEAK if self.agent or self.verb else Strength.BARE
        if self.kind is Kind.RANK:
            strong = bool(self.scope and self.agent)
        elif self.kind is Kind.DURATION:
            strong = bool(self.agent)
            if not strong and self.noun not in lexicon().words("unspecific_nouns"):
                # "a three-day strike": the length of a named kind of event may confirm another
                # outlet's (and, within one news cycle, contradict it: ``news_cycle``).
                return Strength.WEAK
        elif self.noun in GENERIC_NOUNS or self.mood == "provisional":
            strong = False  # a figure of nothing named, or a count still under way
        elif self.cumulative:
            # A running total holds for the moment it was reported, not for the event's date.
            strong = bool(self.verb and self.agent and self.reported and self.reported_firm)
        elif self.deal:
            # One buyer agrees to buy one named target once: its price is one fact at any date.
            strong = bool(self.verb and self.agent and self.obj)
        else:
            strong = bool(self.verb and self.agent and self.anchor)
        if strong:
            return Strength.STRONG
        if self.verb or self.agent or self.scope or self.anchor or self.obj:
            return Strength.WEAK
        return Strength.BARE

    @property
    def news_cycle(self) -> bool:
        """Whether a weak key may still contradict a figure published in the same news cycle.

        A count, sum or share with a verb, a specific counted noun and either a named agent or a
        time anchor in its clause, asserted plainly (no mood) and not a running total (nor a
        present perfect: "has sold 2 million"), pins one fact down as long as both reports come
        from the same few days (see ``docs/quantities.md``, "Undated figures"). So does a share of
        a named thing ("Nordvik fell 6.1%", "Turnout was 58.6%": the agent is what the share
        measures) and the length of a named kind of event ("a three-day strike"). The comparer
        checks the publication dates and the intervals.
        """
        if (
            self.strength is not Strength.WEAK
            or self.mood is not None
            or self.cumulative
            or self.perfect
            or self.part
            or (self.earlier and self.anchor is None)
            or self.episode
            or self.deal
            or self.comparator == "vague"
            or self.interval.low is None
            or self.interval.high is None
        ):
            return False
        specific = self.noun not in GENERIC_NOUNS and self.noun not in lexicon().words(
            "unspecific_nouns"
        )
        if self.measure:
            return True
        if self.whole:
            # "the seven board members", "the 40 passengers": one story's group of a named kind
            # has one size in the week it is reported (a running total, like the dead, grows).
            return specific and self.comparator == "exact"
        if self.kind is Kind.AGE:
            # The age of an owned thing ("Norway and Iceland renewed their 25-year-old treaty")
            # is one fact in the week it is reported; an unowned one ("a 25-year-old bridge")
            # may be any bridge of the story.
            return self.agent is not None
        if self.kind is Kind.DURATION:
            # One story's strike, closure or visit has one length in the week it is reported;
            # not the time one has run so far, nor one of several named doers' deals.
            return specific and self.agent is None and not (self.elapsed or self.doer_named)
        by_name = named(self.agent_written)
        if self.kind is Kind.PERCENT and self.verb in LEVEL_VERBS and specific:
            # The level of a named rate ("cut its repo rate to 3.25% from 3.50%", "kept the
            # rate at 3.50%") is one fact of the week's story, with or without its bank's name.
            return True
        if self.kind is Kind.PERCENT and self.noun == "percent":
            # A share with no counted noun is a share of its named subject: what rose, fell, was.
            return by_name and self.anchor is None and not self.name_after
        return (
            self.kind in (Kind.COUNT, Kind.MONEY, Kind.PERCENT)
            and specific
            and bool(self.verb)
            and (by_name or self.anchor is not None)
        )

    @property
    def label(self) -> str:
        """A readable description of the subject, for report headings."""
        if self.measure and self.kind is not Kind.AGE:
            what = f"{self.noun_written} ({self.unit})"  # "distance (km)", "quake (magnitude)"
        elif self.kind is Kind.RANK:
            scope = f"{self.scope}'s " if self.scope else ""
            what = f"rank: {scope}{self.superlative or ''} {self.noun_written}"
        else:
            what = _LABELS[self.kind].format(noun=self.noun_written, unit=self.unit)
        context = [
            c
            for c in (
                self.verb_written,
                self.obj_written,
                self.agent_written,
                f"to {self.recipient_written}" if self.recipient_written else None,
                self.anchor_written,
                self.reported_written,
            )
            if c
        ]
        if self.mood:
            context.append(_MOODS.get(self.mood, self.mood))
        if self.earlier and (self.anchor is None or self.cumulative):
            context.append("an earlier value")  # "down from 19": keyed apart, see ``subject``
        if self.whole:
            context.append("in all")  # the size of the group, not a part of it
        return " ".join(what.split()) + (f" ({', '.join(context)})" if context else "")


# How a label shows the mood that keeps a figure out of what is asserted (never the internal key).
_MOODS = {"irrealis": "not stated as fact", "negated": "denied"}


def named(written: str | None) -> bool:
    """Return whether an agent is a name, not a pronoun or a common noun ("Police", "Officials")."""
    words = [w.casefold() for w in (written or "").split()]
    lists = lexicon().lists
    common = lists["generic_subjects"] | lists["source_nouns"] | lists["function_words"]
    return bool(words) and not all(singular(w) in common or w in common for w in words)
