"""Event alignment: decide which event frames of different documents are one event.

Frames (from ``crosscheck.events.claims``) are blocked by the participants they share: each frame
is filed under every pair of its participants and under each participant with its place, and only
frames sharing a block are compared. Two frames are one event when

- their kinds can name one event (same group, or one is a visit the other happens during, with
  compatible dates),
- their places are compatible (the same, one inside the other, or one unknown) — or, when the same
  two or more people are said to meet on the same day, the places differ (a contradiction about where),
- they share two participants, or one participant and a known, compatible place and compatible dates,
- and their dates are at most ``MAX_DATE_SLIP_DAYS`` apart. Within that slip a date difference is a
  contradiction about one event ("Aug. 18" vs "Aug. 19"); beyond it, the frames are two events (a
  visit in April and a summit in August).

Incidents (explosions, earthquakes, crashes, attacks) have no participants: they are blocked by kind
and place, and are one incident when kind and place match and their dates are at most
``MAX_INCIDENT_SLIP_DAYS`` apart.

Every claim about an aligned frame (its participants and place, and the date claims of the times in
it) gets the event's canonical subject, so that alignment downstream is a plain group-by.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterator, Sequence

from attrs import evolve, frozen

from crosscheck import plugins
from crosscheck.events.claims import (
    LOCAL_PREFIX,
    PARTICIPANTS_FACET,
    EventDetails,
    lexicon,
    related,
)
from crosscheck.model import Claim, Corpus, Facet
from crosscheck.names.registry import Registry, is_local, registry_for
from crosscheck.time import TimeSpan, compatible
from crosscheck.time.claims import DateDetails
from crosscheck.time.compare import claim_span

# A date difference of up to this many days between two otherwise matching frames is reported as a
# contradiction about one event; a larger one means two events. A week covers the slips reporting
# makes (a day off, a time-zone date line, the first vs the last day of a visit).
MAX_DATE_SLIP_DAYS = 7
# Incidents (an explosion, an earthquake) have no participants to tell two apart, so only a short
# slip is read as one incident dated differently; a week apart in one city is two explosions.
MAX_INCIDENT_SLIP_DAYS = 2
EVENT_DATE_FACET = Facet.EVENT_DATE
# Open-year values compared with each other are read in one leap year, so 29 February exists.
_COMMON_YEAR = 2000

_OPEN_DATE = re.compile(r"XXXX-(\d\d)(?:-(\d\d))?")


@frozen
class FrameRecord:
    """What alignment needs of one frame."""

    key: str  # the local subject
    doc_id: str
    group: str
    groups: frozenset[str]
    lemma: str
    participants: frozenset[str]
    place: str | None
    dates: tuple[TimeSpan, ...]
    date_starts: tuple[int, ...]
    label: str


@plugins.normalizer("events")
def align_events(claims: Sequence[Claim], corpus: Corpus) -> list[Claim]:
    """Return the claims with every aligned event frame's claims under one canonical subject."""
    registry = registry_for(corpus.entities)
    records = _records(claims)
    if not records:
        return list(claims)
    parent = {r.key: r.key for r in records}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    # The dates of each cluster so far: a frame without dates must not bridge two clusters whose
    # dates are far apart (an undated "the earthquake" joining this year's quake and a 2007 one).
    dates: dict[str, list[TimeSpan]] = {r.key: list(r.dates) for r in records}
    incident = {r.key: not r.participants for r in records}
    for block in _blocks(records, registry):
        for a, b in itertools.combinations(block, 2):
            ra, rb = sorted((find(a.key), find(b.key)))
            if ra == rb or not same_event(a, b, registry):
                continue
            slip = MAX_INCIDENT_SLIP_DAYS if incident[a.key] else MAX_DATE_SLIP_DAYS
            if _widest_gap(dates[ra], dates[rb]) > slip:
                continue
            parent[rb] = ra
            dates[ra].extend(dates.pop(rb))
    clusters: dict[str, list[FrameRecord]] = {}
    for r in records:
        clusters.setdefault(find(r.key), []).append(r)
    subject_of: dict[str, tuple[str, str]] = {}
    date_subject: dict[tuple[str, int], tuple[str, str]] = {}
    named = [(_subject(members), members) for _, members in sorted(clusters.items())]
    taken: dict[str, int] = {}
    for (subject, _label), _members in named:
        taken[subject] = taken.get(subject, 0) + 1
    for (subject, label), members in named:
        if taken[subject] > 1:
            # Two separate events with the same kind and participants (two meetings months apart):
            # tell them apart by what their frames say (places, dates), never by file names, so
            # renaming a file changes no subject.
            content = sorted(
                f"{r.group}|{r.place}|{' '.join(sorted(d.value for d in r.dates))}" for r in members
            )
            subject = f"{subject}:{hashlib.sha256(repr(content).encode()).hexdigest()[:6]}"
        for r in members:
            subject_of[r.key] = (subject, label)
            for start in r.date_starts:
                date_subject[(r.doc_id, start)] = (subject, label)
    return [_rewrite(c, subject_of, date_subject) for c in claims]


def _records(claims: Sequence[Claim]) -> list[FrameRecord]:
    # Date claims know the event word they date (its offset); frames know all their event words.
    dates: dict[tuple[str, int], list[tuple[int, TimeSpan]]] = {}
    for c in claims:
        d = c.details
        if (
            c.facet == EVENT_DATE_FACET
            and c.evidence
            and isinstance(d, DateDetails)
            and d.trigger_start is not None
        ):
            dates.setdefault((c.doc_id, d.trigger_start), []).append(
                (c.evidence[0].start, claim_span(c))
            )
    records = []
    for c in claims:
        e = c.details
        if (
            c.facet != PARTICIPANTS_FACET
            or not c.subject.startswith(LOCAL_PREFIX)
            or not isinstance(e, EventDetails)
        ):
            continue
        own = sorted(found for t in e.triggers for found in dates.get((c.doc_id, t), []))
        records.append(
            FrameRecord(
                key=c.subject,
                doc_id=c.doc_id,
                group=e.group,
                groups=frozenset(e.groups or (e.group,)),
                lemma=e.lemma,
                participants=frozenset(e.participants),
                place=e.place,
                dates=tuple(span for _, span in own),
                date_starts=tuple(start for start, _ in own),
                label=c.subject_label,
            )
        )
    return sorted(records, key=lambda r: r.key)


def _blocks(records: Sequence[FrameRecord], registry: Registry) -> Iterator[list[FrameRecord]]:
    """Yield groups of frames that share a participant pair, or a participant and a place.

    A frame is filed under its place and every place enclosing it, so that "at the White House"
    and "in Washington" meet in one block.
    """
    blocks: dict[tuple[str, ...], list[FrameRecord]] = {}
    for r in records:
        people = sorted(r.participants)
        for pair in itertools.combinations(people, 2):
            blocks.setdefault(pair, []).append(r)
        for place in enclosing(r.place, registry):
            for p in people:
                blocks.setdefault((p, "@", place), []).append(r)
            if not people:  # an incident: its kind and place are all there is to block on
                blocks.setdefault((r.lemma, "@", place), []).append(r)
    for key in sorted(blocks):
        if len(blocks[key]) > 1:
            yield blocks[key]


def same_event(a: FrameRecord, b: FrameRecord, registry: Registry) -> bool:
    """Return whether two frames are one event (the rule in this module's docstring)."""
    if not any(related(x, y) for x in a.groups for y in b.groups):
        return False
    place = places_compatible(a.place, b.place, registry)
    gap = date_gap(a.dates, b.dates)
    if not a.participants or not b.participants:
        # Incidents: the same kind at compatible places, on dates at most a short slip apart.
        return (
            a.lemma == b.lemma and place is True and (gap is None or gap <= MAX_INCIDENT_SLIP_DAYS)
        )
    if place is False:
        # The same people on the same day in two places: one meeting placed differently (a
        # contradiction about its place), as long as the dates agree exactly.
        return len(a.participants & b.participants) >= 2 and gap == 0 and bool(a.groups & b.groups)
    if gap is not None and gap > MAX_DATE_SLIP_DAYS:
        return False
    if not a.groups & b.groups and gap != 0:
        return False  # "during a visit" needs dates that meet
    shared = len(a.participants & b.participants)
    if shared >= 2:
        return True
    return shared == 1 and place is True and gap == 0


def places_compatible(a: str | None, b: str | None, registry: Registry) -> bool | None:
    """Return True for the same or nested places, False for different ones, None if unknown.

    A place the registry lacks (a key-derived id) has no known country, so how it relates to
    another place is unknown (None), not different: a small town may well lie in the country the
    other outlet names.
    """
    if a is None or b is None:
        return None
    if a == b:
        return True
    if _within(a, b, registry) or _within(b, a, registry):
        return True
    if is_local(a) or is_local(b) or registry.find(a) is None or registry.find(b) is None:
        return None
    return False


def _within(inner: str, outer: str, registry: Registry) -> bool:
    return outer in enclosing(inner, registry)[1:]


def enclosing(place: str | None, registry: Registry) -> list[str]:
    """Return ``place`` and the places that contain it, innermost first (empty for no place)."""
    chain: list[str] = []
    current = place
    while current is not None and current not in chain:
        chain.append(current)
        entity = registry.find(current)
        current = entity.country if entity is not None else None
    return chain


def date_gap(a: Sequence[TimeSpan], b: Sequence[TimeSpan]) -> int | None:
    """Return the fewest days between any date of ``a`` and any of ``b`` (0: they meet; None: unknown)."""
    # A value that fixes no day (a time of day alone, "recently") is compatible with anything, so
    # it would make any two frames "meet"; it says nothing about which event this is.
    gaps = [
        g
        for x in a
        if _informative(x)
        for y in b
        if _informative(y) and (g := _gap(x, y)) is not None
    ]
    return min(gaps) if gaps else None


def _widest_gap(a: Sequence[TimeSpan], b: Sequence[TimeSpan]) -> int:
    """Return the most days between any date of ``a`` and any of ``b`` (0 when unknown)."""
    gaps = [
        g
        for x in a
        if _informative(x)
        for y in b
        if _informative(y) and (g := _gap(x, y)) is not None
    ]
    return max(gaps, default=0)


def _informative(span: TimeSpan) -> bool:
    return span.earliest is not None or _OPEN_DATE.fullmatch(span.value) is not None


def _gap(a: TimeSpan, b: TimeSpan) -> int | None:
    if compatible(a, b):
        return 0
    # An open-year value ("Aug. 18" in an undated article) is read in the other value's year, or
    # both in one leap year when neither has one: the nearest reading bounds the gap.
    year = next((s.earliest.year for s in (a, b) if s.earliest is not None), _COMMON_YEAR)
    ia, ib = _interval(a, year), _interval(b, year)
    if ia is None or ib is None:
        return None
    return max((ib[0] - ia[1]).days, (ia[0] - ib[1]).days, 0)


def _interval(span: TimeSpan, year: int) -> tuple[dt.date, dt.date] | None:
    if span.earliest is not None and span.latest is not None:
        return span.earliest, span.latest
    m = _OPEN_DATE.fullmatch(span.value)
    if m is None:
        return None
    month = int(m[1])
    try:
        if m[2]:
            day = dt.date(year, month, int(m[2]))
            return day, day
        first = dt.date(year, month, 1)
        last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return first, last
    except ValueError:
        return None


def _subject(members: Sequence[FrameRecord]) -> tuple[str, str]:
    """Return the canonical (subject, label) of an event: from its content, not its documents."""
    rep = max(members, key=lambda r: (len(r.participants), r.group == _main_group(members), r.key))
    group = _main_group(members)
    # Identity from content: the participants, or for an incident its kind and place.
    identity = " ".join(sorted(rep.participants)) or f"{rep.lemma}@{rep.place}"
    digest = hashlib.sha256(identity.encode()).hexdigest()[:10]
    if not rep.participants:
        return f"event:{group}:{digest}", rep.label  # an incident: "explosion in <place>"
    label = rep.label.split(":", 1)[-1].strip()
    kind = next((r.lemma for r in sorted(members, key=lambda r: r.key) if r.group == group), group)
    return f"event:{group}:{digest}", f"{kind}: {label}"


def _main_group(members: Sequence[FrameRecord]) -> str:
    # The event a cluster is about is its inner event: a summit during a visit is "the summit".
    groups = sorted({r.group for r in members})
    inner = [
        g for g in groups if not any(related(g, h) and g != h and _contains(g, h) for h in groups)
    ]
    return inner[0] if inner else groups[0]


def _contains(outer: str, inner: str) -> bool:
    return inner in lexicon().containers.get(outer, frozenset())


def _rewrite(
    c: Claim,
    subject_of: dict[str, tuple[str, str]],
    date_subject: dict[tuple[str, int], tuple[str, str]],
) -> Claim:
    target = subject_of.get(c.subject)
    if target is None and c.facet == EVENT_DATE_FACET and c.evidence:
        target = date_subject.get((c.doc_id, c.evidence[0].start))
    if target is None:
        return c
    subject, label = target
    return evolve(c, subject=subject, subject_label=label)
