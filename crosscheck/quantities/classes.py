"""Keys that meet across wordings: the coarse key of a quantity claim, for a second alignment.

A claim's exact subject key carries the verb stem, the counted noun with its modifiers, the agent
and the time anchor its sentence gave, and claims are compared only when those keys are equal
(``docs/quantities.md``). Outlets word one fact differently: "killed 120 people" / "120 dead",
"910,000 people voted" / "cast ballots", "Caldera employs 3,400 people" / "roughly 3,400 people
work there", an agent or a date one outlet gives and another leaves out. The coarse key reads the
same claim at a coarser grain:

- the **measure**: the class of its counted noun when the noun names one (``[noun_classes]`` of
  ``crosscheck/data/quantity_classes_en.toml``: dead, toll → ``death``), else the class of its
  verb (``[verb_classes]``: kill, die → ``death``), else the verb stem itself;
- the **counted** thing: the head of the counted noun (its last word, already singular), through
  ``[counted_groups]`` (resident, victim → ``person``) or the noun class's own counted thing,
  after the words that describe it ("adobe homes", "deposit rate": which of them is counted);
- every other segment of the exact key (kind, unit, mood, object, recipient, report day …) as it
  is, except three *optional* ones, kept apart: the agent, the time anchor and the names before the
  head (``modifiers``: "3,400 Caldera employees" are the employees of Caldera). An outlet that leaves one of those out says nothing against the others;
  :func:`split_optional` decides, block by block, when a claim without one may join claims with it.

The comparison itself (``crosscheck.quantities.compare.classes_consistency``) blocks claims by the
coarse key, so the work stays linear.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

from attrs import frozen

from crosscheck._data import load_toml
from crosscheck.model import Claim
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._text import singular, stem
from crosscheck.quantities.claims import QuantityDetails
from crosscheck.quantities.quantity import GENERIC_NOUNS, Kind, Strength

DATA_FILE = "quantity_classes_en.toml"
# The kinds a coarse key is made for: counts, sums and shares. Durations, ages, ranks and ordinals
# already key by their owner through the parse, and their nouns are what they are about.
CLASSED_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.PERCENT})
# The exact key's segments that a coarse key sets aside (see the module docstring); the noun and
# the verb are replaced by the counted thing and the measure.
OPTIONAL_SEGMENTS = ("agent", "time")
_REPLACED = frozenset({"noun", "verb", *OPTIONAL_SEGMENTS})
# A time anchor on one day ("on-2025-02-03", "on-2024-10-06TMO"): the only kind a claim without
# one may join, and only when that day is within a news cycle of its document's publication.
_DAY_ANCHOR = re.compile(r"on-(\d{4})-(\d{2})-(\d{2})")
# The start of an ISO week ("at the start of the week" -> "in-2025-W28-start").
_WEEK_START = re.compile(r"(?:in|on)-(\d{4})-W(\d{2})-start")


@frozen
class Classes:
    """The measure classes of the data file, keyed by the verb stems the exact keys carry."""

    verbs: dict[str, str]  # verb stem -> measure class
    nouns: dict[str, tuple[str, str]]  # counted head -> (measure class, counted thing)
    counted: dict[str, str]  # counted head -> counted thing


def read_raw() -> dict[str, Any]:
    """Return the data file as parsed TOML (read once, cached)."""
    return load_toml(DATA_FILE)


@functools.cache
def classes() -> Classes:
    """Return the shipped measure classes, read on first use."""
    raw = read_raw()
    return Classes(
        # The exact keys hold a crude stem of the lemma ("kill" -> "kil"): the data's lemmas are
        # stemmed the same way so that they meet.
        verbs={stem(lemma): cls for lemma, cls in raw["verb_classes"].items()},
        nouns={noun: (str(v[0]), str(v[1])) for noun, v in raw["noun_classes"].items()},
        counted=dict(raw["counted_groups"]),
    )


@frozen
class Coarse:
    """A claim read at a coarser grain: its block key and its optional segments."""

    block: str  # measure, counted thing and every segment that must be equal
    measure: str
    counted: str
    modifiers: str  # the names before the counted noun's head ("Caldera employees"; "" when none)
    agent: str | None
    time: str | None
    # Whether the time anchor is a day within a news cycle of the document's publication, so that
    # an outlet that leaves the day out may still be reporting the same fact.
    recent: bool
    # The counted thing of a standing position ("offered a 6% pay rise"), kept out of the block
    # so that a figure that leaves it unsaid ("has offered 6%") may join it; None otherwise, and
    # for a share or sum of nothing named.
    position: str | None = None


def segments(subject: str) -> tuple[str, dict[str, str]]:
    """Return an exact subject key's head ("quantity") and its segments by name (noun first)."""
    noun_part, *rest = subject.split("|")
    head, _, noun = noun_part.partition(":")
    out = {"noun": noun}
    for part in rest:
        name, _, value = part.partition("=")
        out[name] = value
    return head, out


def coarse(claim: Claim, published: dt.date | None, cycle: dt.timedelta) -> Coarse | None:
    """Return a claim's coarse key, or None when it is not one a coarser reading may join.

    Only plain counts, sums and shares qualify: not bare keys, not figures in a mood (planned,
    denied, provisional …), not vague magnitudes, and not a figure of nothing named ("rose 5%",
    "$2 billion") that has no owner either. Nor, as real news read with publication dates showed
    (``benchmarks/ecbplus_dated.py``): a running total without a named source and a stated
    report day, a present perfect, a part of a whole, a figure of a stretch of the story, a
    figure with no measure (no verb, no noun naming one), or a count of lengths of time.
    """
    d = claim.details
    if not isinstance(d, QuantityDetails) or d.kind not in CLASSED_KINDS:
        return None
    if d.strength is Strength.BARE or d.mood is not None or d.comparator == "vague":
        return None
    head, seg = segments(claim.subject)
    words = seg["noun"].split()
    if not words:
        return None
    noun_head = words[-1]
    if seg["noun"] in GENERIC_NOUNS and not seg.get("agent"):
        return None  # "rose 5%" of nothing named and no one's: it could be anything
    if d.cumulative and not (seg.get("agent") and d.reported_stated):
        # A running total no source is named for ("the quake has killed 180") may be the toll of
        # another event the story recalls ("the 2007 quake killed 519"), and one whose report day
        # is only the publication day may be an earlier update of the same source ("the UN said
        # earlier that it had confirmed 30 dead"): it joins nothing.
        return None
    if (d.perfect and not d.cumulative) or d.part or d.episode:
        # "Israel has so far lost seven soldiers" counts up to the day of writing (a running
        # total is keyed by its report day instead), and "3 of his 11 rebounds" a part of a
        # tally, and "during the deciding run" a stretch of the story: another outlet's one-day
        # figure or whole is not the same measure.
        return None
    table = classes()
    verb = seg.get("verb")
    measure = table.verbs.get(verb, verb) if verb else None
    counted = table.counted.get(noun_head, noun_head)
    if noun_head in table.nouns:
        # A noun that names the measure itself decides it, whatever the verb: "left 42 dead",
        # "confirmed 42 deaths" and "the death toll reached 42" all count deaths.
        measure, counted = table.nouns[noun_head]
    if measure is None:
        # No verb and no noun that names a measure ("for 162 yards", "a 32-yard return"): the
        # figure is keyed by its noun and nearest name alone, and a name one outlet leaves out
        # is then anyone's.
        return None
    if noun_head in _time_units():
        # "spent seven seasons", "served 12 years": a length of someone's time, which durations
        # key by their owner; counted loosely, one person's length meets another's.
        return None
    named, described = _modifiers(words[:-1], d.noun_written)
    counted = " ".join([*described, counted])
    rest = "|".join(f"{k}={v}" for k, v in seg.items() if k not in _REPLACED)
    position: str | None = None
    if measure is not None and measure in _standing_measures():
        # "The union wants a 15% pay rise; the government has offered 6%": a side's position
        # in a dispute names what it is about once, and a figure that leaves it unsaid is of
        # that thing. The counted thing is then an optional segment, not part of the block.
        position = None if seg["noun"] in GENERIC_NOUNS else counted
        block = f"{head}:{measure}/*" + (f"|{rest}" if rest else "")
    else:
        block = f"{head}:{measure or '-'}/{counted}" + (f"|{rest}" if rest else "")
    time = seg.get("time")
    return Coarse(
        block=block,
        measure=measure or "",
        counted=counted,
        modifiers=" ".join(named),
        agent=owner_slug(seg.get("agent")),
        time=time,
        recent=_recent(time, published, cycle),
        position=position,
    )


@functools.cache
def _standing_measures() -> frozenset[str]:
    """Return the measures of standing positions in a dispute (``standing_verbs``: offer …).

    By class, so that the verbs of one class ("demand" and "want" both state a claim) block alike.
    """
    verbs = classes().verbs
    return frozenset(verbs.get(s, s) for s in (stem(v) for v in lexicon().words("standing_verbs")))


@functools.cache
def _time_units() -> frozenset[str]:
    """Return the singular nouns of lengths of time: the lexicon's units and ``[time_nouns]``."""
    return frozenset(singular(w) for w in lexicon().time_units) | frozenset(
        read_raw()["time_nouns"]
    )


def day_of(time: str | None) -> dt.date | None:
    """Return the day of a time anchor that is one whole day ("on-2025-02-03"), else None."""
    m = _DAY_ANCHOR.fullmatch(time or "")
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def week_start_of(time: str | None) -> dt.date | None:
    """Return the Monday of a time anchor that is the start of an ISO week ("in-2025-W28-start")."""
    m = _WEEK_START.fullmatch(time or "")
    if m is None:
        return None
    try:
        return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None


def owner_slug(agent: str | None) -> str | None:
    """Return an agent as a coarse key compares it: a corpus-local entity by its name's slug.

    The names layer gives a name it recognised only from the corpus a local id
    ("party:~civic-renewal"), and the same name elsewhere, unresolved, keys as its slug
    ("civic-renewal"): one name, two forms. Registry ids ("country:cz") stay as they are.
    """
    if agent is None:
        return None
    return "+".join(part.split(":~", 1)[-1] for part in agent.split("+"))


def _modifiers(keys: Sequence[str], written: str) -> tuple[list[str], list[str]]:
    """Split the counted noun's modifiers into names ("Caldera employees") and descriptions.

    A name before the head says whose the things are, an owner another outlet may leave out; a
    description ("adobe homes", "registered voters", "deposit rate") says which of them, and may
    be a part of what another outlet counts or another thing altogether, so it stays in the block
    key. When the written words do not line up with the key's, every modifier is a description.
    """
    # The written words without those the key leaves out ("scheduled"), so that the two line up.
    unkeyed = lexicon().words("unkeyed_modifiers")
    shown = [w for w in written.split()[:-1] if w.casefold() not in unkeyed]
    if len(shown) != len(keys):
        return [], list(keys)
    named = [k for k, w in zip(keys, shown, strict=True) if w[:1].isupper()]
    described = [k for k, w in zip(keys, shown, strict=True) if not w[:1].isupper()]
    return named, described


def _recent(time: str | None, published: dt.date | None, cycle: dt.timedelta) -> bool:
    if time is None or published is None:
        return False
    m = _DAY_ANCHOR.match(time)
    if m is None:
        return False
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return False
    return abs(published - day) <= cycle


Member = tuple[Claim, Coarse]


def split_optional(members: Sequence[Member]) -> list[list[Member]]:
    """Split one coarse block into the groups whose optional segments agree.

    For each optional segment in turn (agent, time anchor, modifiers, the counted thing of a
    standing position): with no value or a single
    value in the group, claims without one join the claims with it (an outlet left it out); with
    two or more values, the group splits by value and claims without one are set aside, since there
    is no telling which of the values they would have had. A time anchor is joined only when it is a
    day within a news cycle of every publication that gives it ("on Monday" in Tuesday's paper),
    never a year or a period ("in 2019" is another fact than today's figure).
    """
    groups: list[list[Member]] = [list(members)]
    readers: tuple[tuple[Callable[[Coarse], str | None], bool], ...] = (
        (lambda c: c.agent, False),
        (lambda c: c.time, True),
        (lambda c: c.modifiers or None, False),
        (lambda c: c.position, False),
    )
    for read, is_time in readers:
        out: list[list[Member]] = []
        for group in groups:
            values = sorted({v for _, c in group if (v := read(c)) is not None})
            if not values:
                out.append(group)
                continue
            if len(values) == 1:
                joinable = not is_time or all(c.recent for _, c in group if read(c) is not None)
                if joinable:
                    out.append(group)
                else:
                    out.append([m for m in group if read(m[1]) is not None])
                continue
            for value in values:
                out.append([m for m in group if read(m[1]) == value])
        groups = out
    return groups
