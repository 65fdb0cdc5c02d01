"""Event identity: decide which event frames of different documents are one event.

Frames (from ``crosscheck.events.claims``) are filed under small keys — class + participant, class +
place, class + occasion name — and each frame is compared only with the clusters already holding
one of its keys, so the work is linear in the number of frames (oversized keys are skipped, as
``crosscheck.names.fuzzy`` skips oversized blocks). A frame joins the cluster it fits best; a
cluster keeps what its members say together (participants, places, one interval of narrow dates),
so a frame is judged against the cluster as a whole and never joins two events by chaining pairs.

A frame fits a cluster of a related class when nothing firm disagrees and something identifies it:

- two shared people; or one shared participant plus a shared place, occasion ("the G-20 summit")
  or day; or one shared person the event is about (a one-participant frame joins its event; a
  frame with an argument the text does not name joins an event of two people only by more);
- a frame without participants (any class): a shared place below the country; an incident (a
  quake, a blast) or named occasion also the same country on a day both give;
- the people its article names (``told_people``: the people of the document's frames and its
  ``entity.name`` claims, when few): "a pensioner was killed" in an article that names the victim
  or the driver arrested is the death their other articles tell, when the article names someone
  the event is about (its core). One such person in common suffices only when the article names
  no one the event's articles do not (the mayor who appoints twice). A frame joined this way
  with dates of its own lends the event a date only where it agrees (``Cluster.weak``), unless it
  dates the same event word a firm member dates, as that word's own (``_echoed``). Events that
  formed apart (one from the gunman's headlines, one from the victims') are merged, event against
  event, when their articles name two people in common and nothing disagrees (``_merge_told``).

People the registry lacks are compared by surname (``_person_keys``): outlets spell one full
name differently, but end it alike. When every person a frame shares with an event is such a
surname written in full on both sides with given names that are no form of each other (no
prefix, initial, spelling variant or familiar form: ``_given_differ``), and there are two or more
of them (one name in two unrelated forms may be a nickname or a transliteration), or when one
shared person's given names are both listed familiar forms that no list holds together
("Thomas" / "Peter", ``crosscheck.names.given``), who took part disagrees: one fact, which beside
a date or place that also disagrees makes another event (Alan and Brenda of one family name,
each meeting someone in one city on other days), never a contradiction.

Disagreements: places that are both known to the registry and neither inside the other; dates
farther apart than a short slip (``MAX_DATE_SLIP_DAYS``, ``MAX_INCIDENT_SLIP_DAYS``) are two events
outright. A frame that disagrees on both place and date is another event; two places below the
country that nothing relates (two venues or towns the registry lacks, neither name repeating the
other's words) count as a place disagreeing here, though alone they are no clash. A frame that
disagrees on one fact joins only when it is strongly identified (the same two people, the same
day; for a place alone also the same two people or both sides of a contest when no date says
otherwise, ``_placed_apart_alone``), so that the disagreement is a real contradiction and not two
events of one kind. Background frames ("the
previous meeting", "since the 1995 quake", a date long before publication), negated frames and
frames of one document already in the cluster never join.

Every claim about an aligned frame (its participants and place, and the date claims whose
``trigger_start`` is one of its event words) gets the event's canonical subject, so that alignment
downstream is a plain group-by. A date claim is filed only when it fits the cluster's interval: a
date far from it dates another event the same words also name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Collection, Iterable, Mapping, Sequence, Set

from attrs import Factory, define, evolve, field, frozen

from crosscheck import plugins
from crosscheck.events.claims import (
    LOCAL_PREFIX,
    PARTICIPANTS_FACET,
    EventDetails,
    RoleDescription,
    RoleLink,
    enclosing,
    lexicon,
    place_relation,
    places_compatible,
    related,
    side_words,
    sides,
    sides_covered,
    surname,
)
from crosscheck.model import Claim, Corpus, Facet, Modality
from crosscheck.names.claims import role_details
from crosscheck.names.given import other_given_name, same_given_name
from crosscheck.names.keys import silent_stem
from crosscheck.names.registry import LOCAL_MARK, Registry, is_local, kind_of_id, registry_for
from crosscheck.time import TimeSpan, compatible
from crosscheck.time.claims import DateDetails
from crosscheck.time.compare import claim_span

__all__ = [
    "MAX_DATE_SLIP_DAYS",
    "MAX_INCIDENT_SLIP_DAYS",
    "align_events",
    "cluster_frames",
    "date_gap",
    "enclosing",
    "fit",
    "frame_records",
    "places_compatible",
    "resolve_roles",
    "why_apart",
]

# A date difference of up to this many days between two otherwise matching frames is reported as a
# contradiction about one event; a larger one means two events. A week covers the slips reporting
# makes (a day off, a time-zone date line, the first vs the last day of a visit).
MAX_DATE_SLIP_DAYS = 7
# Incidents (an explosion, an earthquake) have no participants to tell two apart, so only a short
# slip is read as one incident dated differently; a week apart in one city is two explosions.
MAX_INCIDENT_SLIP_DAYS = 2
# A date interval at most this wide fixes the day of an event closely enough to identify it; a
# month or a year ("in March", "in 2003") only has to contain the event's days.
NARROW_DAYS = 7
# A date up to a month wide ("in April", "later this month") still places an event: two frames
# whose months cannot meet are two events. A year or more says nothing about which event it is.
WIDE_DAYS = 31
# A frame dated this long before its document's publication is an earlier event the story recalls.
BACKGROUND_DAYS = 60
# A document naming more people than this tells several events (or a crowd): the people it
# names then say nothing of which event one of its frames is.
MAX_TOLD = 5
# Two events are merged by the people their articles name only when they share this many.
MIN_TOLD_SHARED = 2
# Keys held by more clusters than this (a class + a country in a corpus of thousands of quakes)
# are too common to identify anything; skipping them keeps each frame's work bounded.
MAX_BLOCK_SIZE = 50
# At most this many date claims of one cluster are checked against each other when it has no
# narrow interval: above it, none of its wide dates is filed (a bounded, conservative choice).
MAX_WIDE_DATES = 50
# Dates of an event without a firm interval are filed only when two documents agree on them.
MIN_SOURCES = 2
# People shared only by surname whose given names are no form of each other say that who took
# part disagrees when there are this many: one person's name in two unrelated forms is what a
# nickname or a transliteration does ("Bill" for "William"), two people's at once is other people.
MIN_OTHER_GIVEN = 2
EVENT_DATE_FACET = Facet.EVENT_DATE
# The date claims a frame reads: a date on a reporting verb is a statement's date, but when that
# verb is itself an event word of the frame ("announced on Friday that X will host"), the saying
# is the event, and its date the event's.
FRAME_DATE_FACETS = frozenset({Facet.EVENT_DATE, Facet.STATEMENT_DATE})
PERSON = "person"
# The id prefix of a person the aligner knows only by surname (``_person_keys``).
PERSON_SURNAME = "person:#"
COUNTRY = "country"
# Places too wide to identify an incident by themselves: a country or a region ("Northern
# California", "the Pacific coast") has many quakes and fires.
COARSE = frozenset({COUNTRY, "region"})
REGION = "region"
# A role description is resolved against at most this many role claims of the corpus beyond its
# own document's: a common office ("president") in a large corpus is too many people to tell
# which are meant, and the bound keeps each description's work constant.
MAX_ROLE_SCAN = 500
# Role claims that say who holds an office now: not a former or a future holder.
HOLDING = frozenset({Modality.ASSERTED, Modality.REPORTED})
# Open-year values compared with each other are read in one leap year, so 29 February exists.
_COMMON_YEAR = 2000

_OPEN_DATE = re.compile(r"XXXX-(\d\d)(?:-(\d\d))?")
# An unanchored weekday, with or without a part of the day: "XXXX-WXX-1", "XXXX-WXX-1TMO".
_OPEN_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])(?:T|$)")

Interval = tuple[dt.date, dt.date]


@frozen
class FrameRecord:
    """What alignment needs of one frame."""

    key: str  # the local subject
    doc_id: str
    start: int
    group: str
    groups: frozenset[str]
    lemma: str
    participants: frozenset[str]
    others: frozenset[str]
    places: tuple[str, ...]
    occasion: str | None
    excluded: bool  # background or negated: never aligned with the story's events
    unnamed: bool  # someone takes part whom the text does not name
    dates: tuple[TimeSpan, ...]
    date_starts: tuple[int, ...]
    label: str
    # Beside each date, the lemma of the event word it is told of when it is that word's own (it
    # says which event the noun is, or nothing of another moment comes between: "was charged
    # Friday", not "was charged after a shooting in Leeds Friday"), else "" (``_own_word``).
    date_words: tuple[str, ...] = ()
    # A background frame (not negated): it may line up with other articles' telling of the same
    # earlier event ("hosted the show in 2007"), never with the story's own.
    recalled: bool = False
    # The people its document names (``told_people``): an article tells its event in several
    # sentences, and the one naming no one ("a woman was killed in Lyon") is about the people
    # its other sentences name ("Ana Ruiz, 61, was killed").
    told: frozenset[str] = frozenset()
    # The people its document names anywhere (its ``entity.name`` claims), keyed as participants.
    named: frozenset[str] = frozenset()
    origins: tuple[str, ...] = ()  # where its people are from: lines frames up, never a place
    # Some date of its own is not just its article's day of writing ("today", "tonight" resolve to
    # the publication day): a weekday or a calendar date the outlet fixes by its words.
    fixed: bool = True
    published: dt.date | None = None  # its document's date of publication, when known
    # For each of its people keyed by surname (``PERSON_SURNAME``), the given-name parts of the
    # name as written in full ("" when only the surname or initials are written): (key, given).
    given: tuple[tuple[str, str], ...] = ()
    kind: str = ""  # which event of its class its words name (``EventDetails.kind``)
    # Its participants that are people: read for every cluster a frame is judged against, so kept
    # once (derived, not an argument: ``evolve`` computes it again from the participants).
    persons: frozenset[str] = field(
        init=False,
        default=Factory(lambda self: _persons_of(self.participants), takes_self=True),
        eq=False,
    )
    # What its dates say (``_when``) under an incident's slip and another event's: read at every
    # judgement, so worked out once.
    whens: tuple[When, When] = field(
        init=False,
        default=Factory(lambda self: _whens(self.dates), takes_self=True),
        eq=False,
        repr=False,
    )

    def when(self, slip: int) -> When:
        """Return what its dates say of when it happened, with dates ``slip`` days apart one day."""
        if slip == MAX_INCIDENT_SLIP_DAYS:
            return self.whens[0]
        if slip == MAX_DATE_SLIP_DAYS:
            return self.whens[1]
        return _when(self.dates, slip)

    @property
    def incident(self) -> bool:
        return self.group in lexicon().incidents

    @property
    def rich(self) -> bool:
        """Whether the frame says enough to found an event: two participants, or one and more."""
        if len(self.participants) >= 2:
            return True
        slip = MAX_INCIDENT_SLIP_DAYS if self.incident else MAX_DATE_SLIP_DAYS
        more = bool(self.places) or bool(self.occasion) or self.when(slip).known
        if self.participants:
            return more
        return self.incident and any(kind_of_id(p) not in COARSE for p in self.places)


# One empty set shared by every record and event that names no one (or no place, no occasion…),
# where a fresh one would cost 216 bytes each: a run holds every frame's record and every event at
# once (docs/scale.md, "Memory of the calling process"). An event's sets become its own on their
# first element (``_grown``).
_NO_ONE: frozenset[str] = frozenset()


@define
class Cluster:
    """One event as the frames aligned so far tell it together.

    Its sets of names start as the shared empty ``_NO_ONE`` and become sets of its own when
    something is added (``_grown``): most events are told by one frame and leave most of them empty.
    """

    index: int
    group: str
    groups: Set[str]
    incident: bool
    members: list[FrameRecord] = field(factory=list)
    docs: set[str] = field(factory=set)
    participants: Set[str] = _NO_ONE
    persons: dict[str, int] = field(factory=dict)  # each person and how many members name them
    told: dict[str, int] = field(factory=dict)  # the same for the people members' documents name
    others: Set[str] = _NO_ONE
    rich: bool = False  # a member says enough to found the event (FrameRecord.rich)
    whole: bool = False  # a member names everyone its arguments hold (not FrameRecord.unnamed)
    places: Set[str] = _NO_ONE  # every place named and every place containing one
    fine: Set[str] = _NO_ONE  # the places named, below the country
    origins: Set[str] = _NO_ONE  # where the members' people are from
    countries: Set[str] = _NO_ONE
    occasions: Set[str] = _NO_ONE
    kinds: Set[str] = _NO_ONE  # the kinds its members name (``FrameRecord.kind``)
    when: When = field(factory=lambda: _UNKNOWN)  # what the members' dates say together
    weak: Set[str] = _NO_ONE  # members whose dates are not the event's (``judge``)
    # Members whose identity with the event holds without their dates: its founder and those that
    # joined as firmly as a date off by days requires (``_carries_a_date``). Only their lone
    # weekday may stand against a lone dated day (``_outvoting``).
    sure: Set[str] = _NO_ONE
    dated: bool = False  # a member has dates of its own (weak or not)
    fixed: bool = False  # a member's own dates fix a day other than its day of writing
    # The first and last publication dates of its members' documents (None: none is dated).
    issued: tuple[dt.date, dt.date] | None = None
    bodies: Set[str] = _NO_ONE  # ``_bodies`` of ``others``
    # For each person keyed by surname, the given names its members write (``FrameRecord.given``);
    # None until a member writes one, not an empty dict for every event (docs/scale.md).
    given: dict[str, set[str]] | None = None
    # ``core`` and ``told_core`` as of the last member added, and how many members name someone
    # (``_add`` keeps them): a cluster is judged against far more often than it grows, and
    # counting its members at each judgement made a large event cost its size every time.
    naming: int = 0
    telling: int = 0
    core_now: frozenset[str] = frozenset()
    told_core_now: frozenset[str] = frozenset()

    @property
    def slip(self) -> int:
        return MAX_INCIDENT_SLIP_DAYS if self.incident else MAX_DATE_SLIP_DAYS

    @property
    def core(self) -> frozenset[str]:
        """The people the event is about: those at least half its members name.

        Judging a frame against these, not against everyone any member named, keeps one article
        that names two people from bridging two events of one kind. Members naming no one (an
        incident placed in a town) say nothing of who took part and are not counted.
        """
        return self.core_now

    @property
    def told_core(self) -> frozenset[str]:
        """The people at least half its members' documents name in frames of their class."""
        return self.told_core_now


@plugins.normalizer("events")
def align_events(claims: Sequence[Claim], corpus: Corpus) -> list[Claim]:
    """Return the claims with every aligned event frame's claims under one canonical subject."""
    # The plan is made in a function of its own so that the frame records and clusters it reads
    # (some 1.4 KB a frame) are freed before the claims are rewritten, not held beside the
    # rewritten copies: that was the calling process's peak (docs/scale.md).
    plan = event_subjects(claims, corpus)
    if plan is None:
        return list(claims)
    links, subject_of, date_subject = plan
    return [_rewrite(_with_links(c, links), subject_of, date_subject) for c in claims]


def event_subjects(
    claims: Sequence[Claim], corpus: Corpus
) -> (
    tuple[
        dict[str, tuple[RoleLink, ...]],
        dict[str, tuple[str, str]],
        dict[tuple[str, int], tuple[str, str]],
    ]
    | None
):
    """Return the plan of event alignment: the role resolutions, the (subject, label) of each
    frame's local subject, and of each date claim (document, offset) filed with an event; None
    when the claims hold no event frame (nothing to rewrite)."""
    registry = registry_for(corpus.entities)
    links, records = frame_records(claims, corpus)
    if not records:
        return None
    # Handed over, not kept here too: clustering replaces the record of every frame whose
    # document names people (``told_people``), and the records replaced are then freed rather
    # than held beside their copies to the end of the plan (docs/scale.md).
    handed = [records]
    del records
    clusters = cluster_frames(handed.pop(), registry)
    subject_of: dict[str, tuple[str, str]] = {}
    date_subject: dict[tuple[str, int], tuple[str, str]] = {}
    # Every event gets its subject, a one-source event too (its claims are single-source notes);
    # background and negated frames keep their local subjects: they are no event of the corpus.
    named = sorted(
        (
            (_subject(c.members), c)
            for c in clusters
            if not c.members[0].excluded or len(c.docs) >= MIN_SOURCES
        ),
        key=lambda item: (item[0], item[1].index),
    )
    taken: dict[str, int] = {}
    for (subject, _), _c in named:
        taken[subject] = taken.get(subject, 0) + 1
    texts = {d.id: hashlib.sha256(d.text.encode()).hexdigest() for d in corpus.documents}
    told: list[tuple[tuple[str, str], Cluster]] = []
    for (subject, label), cluster in named:
        if taken[subject] > 1:
            # Two separate events with the same kind and participants (two meetings months apart):
            # tell them apart by what their frames say (places, dates) and, when that is the same
            # too, by where they are told, so that two events never share one subject.
            content = sorted(
                f"{r.group}|{' '.join(r.places)}|{' '.join(sorted(d.value for d in r.dates))}"
                for r in cluster.members
            )
            # Not documents or offsets: renaming a file or adding unrelated text keeps the subject.
            content += sorted(f"{r.lemma}|{r.label}" for r in cluster.members)
            subject = f"{subject}:{hashlib.sha256(repr(content).encode()).hexdigest()[:6]}"
        told.append(((subject, label), cluster))
    same: dict[str, int] = {}
    for (subject, _), _c in told:
        same[subject] = same.get(subject, 0) + 1
    # A date lent to a frame ("held a press conference on Monday to announce": the press
    # conference's date is the announcement's too) is filed by two events; its claim has one
    # subject, that of the event more documents tell (on a tie, the later in subject order, as
    # before): an event of one document has no other outlet's date to meet.
    filed_by: dict[tuple[str, int], int] = {}
    for (subject, label), cluster in told:
        if same[subject] > 1:
            # Frames that say the very same thing in different articles ("X announced" twice, no
            # date, place or other party) were not found to be one event: they stay apart, told
            # apart by the texts that tell them (a digest of the text, not the file's name).
            where = sorted(f"{texts.get(r.doc_id, r.doc_id)}|{r.start}" for r in cluster.members)
            subject = f"{subject}:{hashlib.sha256(repr(where).encode()).hexdigest()[:6]}"
        for r in cluster.members:
            subject_of[r.key] = (subject, label)
        for key in _filed_dates(cluster):
            if len(cluster.docs) >= filed_by.get(key, 0):
                date_subject[key] = (subject, label)
                filed_by[key] = len(cluster.docs)
    return links, subject_of, date_subject


def frame_records(
    claims: Sequence[Claim], corpus: Corpus
) -> tuple[dict[str, tuple[RoleLink, ...]], list[FrameRecord]]:
    """Return the role resolutions and what alignment reads of each frame of the claims."""
    registry = registry_for(corpus.entities)
    published = {d.id: d.published for d in corpus.documents}
    links = resolve_roles(claims, published, registry)
    texts = {d.id: d.text for d in corpus.documents}
    return links, _records(claims, published, links, texts)


def cluster_frames(records: Sequence[FrameRecord], registry: Registry) -> list[Cluster]:
    """Return the events the frames tell, each a cluster of frames from different documents.

    Frames that say enough to found an event come first, then the rest (a one-participant frame
    joins an event founded by richer ones); within each, frames are taken in the order of their
    content keys (document id, offset), so the clusters do not depend on the order the documents
    were read in.
    """
    records = told_people(records)
    clusters: list[Cluster] = []
    blocks: dict[tuple[str, ...], list[int]] = {}
    recalled: dict[tuple[str, ...], list[int]] = {}  # background events, by class + person + year
    for r in sorted(records, key=lambda r: (not r.rich, not r.told, r.doc_id, r.start, r.key)):
        if r.excluded:
            target = _recalled_event(r, clusters, recalled, registry)
            if target is None:
                target = _new_cluster(len(clusters), r, registry)
                clusters.append(target)
            else:
                _add(target, r, registry)
            if r.recalled:
                for k in _recalled_keys(r):
                    _file(recalled.setdefault(k, []), target.index)
            continue
        keys = _keys(r)
        candidates = sorted(
            {i for k in keys if len(blocks.get(k, ())) <= MAX_BLOCK_SIZE for i in blocks.get(k, ())}
        )
        best: tuple[Score, int] | None = None
        for i in candidates:
            if _plainly_apart(r, clusters[i]):
                continue
            score = fit(r, clusters[i], registry)
            if score is not None and (best is None or score > best[0]):
                best = (score, i)
        if best is None:
            target = _new_cluster(len(clusters), r, registry)
            clusters.append(target)
        else:
            target = clusters[best[1]]
            sure = _carries_a_date(r, target, best[0][0])
            _add(target, r, registry, weak=not best[0][1], sure=sure)
        for k in keys:
            _file(blocks.setdefault(k, []), target.index)
    # A frame read before its event had formed may have been refused by the one member there was
    # ("March 13" against "March 12"), though it fits the event its other members make: give each
    # frame left alone one more look at the events formed since, in the same order.
    for lone in [c for c in clusters if len(c.members) == 1 and not c.members[0].excluded]:
        r = lone.members[0]
        keys = _keys(r)
        candidates = sorted(
            {
                i
                for k in keys
                if len(blocks.get(k, ())) <= MAX_BLOCK_SIZE
                for i in blocks.get(k, ())
                if len(clusters[i].members) > 1
            }
        )
        scored = [
            (s, i)
            for i in candidates
            if not _plainly_apart(r, clusters[i])
            and (s := fit(r, clusters[i], registry)) is not None
        ]
        if scored:
            score, i = max(scored)
            lone.members.clear()
            sure = _carries_a_date(r, clusters[i], score[0])
            _add(clusters[i], r, registry, weak=not score[1], sure=sure)
    _merge_told(clusters, blocks, registry)
    return [c for c in clusters if c.members]


def _file(block: list[int], index: int) -> None:
    """File an event under a key, unless the key is already held by too many to identify any.

    A block past ``MAX_BLOCK_SIZE`` is skipped wherever it is read, and more events would not make
    it smaller: it stays one past the cap, so filing and the check before it cost the cap at most
    (a key such as class + country grows with the corpus).
    """
    if len(block) <= MAX_BLOCK_SIZE and index not in block:
        block.append(index)


def _merge_told(
    clusters: Sequence[Cluster], blocks: Mapping[tuple[str, ...], list[int]], registry: Registry
) -> None:
    """Merge each event into an earlier one its articles' people show it to be (``_same_told``).

    One article's headline names the gunman, another's the victim: the frames founded two events
    before either was whole. Judged event against event (not frame by frame), each in the order
    the events formed, and only against events filed under one of its keys.
    """
    for a in clusters:
        if not a.members or a.members[0].excluded:
            continue
        candidates = sorted(
            {
                i
                for r in a.members
                for k in _keys(r)
                if len(blocks.get(k, ())) <= MAX_BLOCK_SIZE
                for i in blocks.get(k, ())
                if i < a.index
            }
        )
        for i in candidates:
            b = clusters[i]
            if b.members and _same_told(a, b, registry):
                for r in a.members:
                    _add(b, r, registry, weak=r.key in a.weak)
                a.members.clear()
                break


def _same_told(a: Cluster, b: Cluster, registry: Registry) -> bool:
    """Return whether two events of one class are one by the people their articles name.

    Two or more people both events' articles name, no one that only one side's articles name on
    both sides, and nothing else that disagrees: no document, place, occasion or organisation of
    one against the other's, and dates on one side at most.
    """
    if a.docs & b.docs or a.group != b.group or b.members[0].excluded:
        return False
    mine, theirs = a.told_core, b.told_core
    if len(mine & theirs) < MIN_TOLD_SHARED:
        return False
    if _untold(mine, b) and _untold(theirs, a):
        return False
    if _untold(a.core, b) and _untold(b.core, a):
        return False
    # Each side's articles name someone the other is about: "Jackson's blood test" recalled in
    # the articles of a teammate's arrest does not make the teammate's test Jackson's.
    if (a.core and _untold(a.core, b) == a.core) or (b.core and _untold(b.core, a) == b.core):
        return False
    if a.occasions and b.occasions and not a.occasions & b.occasions:
        return False
    if any(_place_relation(r, b, registry) is False for r in a.members):
        return False
    if a.dated and b.dated:
        # Both dated: a trial's verdict and its resumption, days apart, are told with the same
        # people; whether their dates tell one event is for the frame rules to judge.
        return False
    ours, others = a.bodies, b.bodies
    return not (ours and others and not _bodies_meet(ours, others))


def _untold(people: frozenset[str], c: Cluster) -> frozenset[str]:
    """Return the people whom no member of the event names, nor any member's document.

    Read person by person from the event's counts, never by copying everyone it names: an event
    told by many articles is judged as cheaply as one told by two.
    """
    return frozenset(p for p in people if p not in c.told and p not in c.persons)


def told_people(records: Sequence[FrameRecord]) -> list[FrameRecord]:
    """Return the frames, each with the people its document names (``FrameRecord.told``).

    The people of the story's own frames (not background or negated ones) and those the document
    names anywhere (``FrameRecord.named``); none when that is more than ``MAX_TOLD``: an article
    naming many people tells several events, or a crowd, and says nothing of which one.
    """
    by_doc: dict[str, set[str]] = {}
    for r in records:
        if not r.excluded:
            by_doc.setdefault(r.doc_id, set()).update(r.persons | r.named)
    # One set per document, shared by its frames (a run holds every frame's record at once).
    shared = {
        doc_id: frozenset(people) if len(people) <= MAX_TOLD else _NO_ONE
        for doc_id, people in by_doc.items()
    }
    out = []
    for r in records:
        told = _NO_ONE if r.excluded else shared.get(r.doc_id, _NO_ONE)
        out.append(evolve(r, told=told) if told != r.told else r)
    return out


def _years(spans: Iterable[TimeSpan]) -> frozenset[int]:
    """Return the years a frame's dates fall in (each date within one calendar year)."""
    return frozenset(
        s.earliest.year
        for s in spans
        if s.earliest is not None and s.latest is not None and s.earliest.year == s.latest.year
    )


def _recalled_keys(r: FrameRecord) -> list[tuple[str, ...]]:
    """Return the keys of a background frame: its class, one of its people and its one year."""
    years = _years(r.dates)
    if len(years) != 1 or r.group in lexicon().repeated:
        return []  # one person's acts of a repeated class in one year are many
    [year] = years
    return [(r.group, p, str(year)) for p in sorted(r.persons)]


def _recalled_event(
    r: FrameRecord,
    clusters: Sequence[Cluster],
    recalled: Mapping[tuple[str, ...], list[int]],
    registry: Registry,
) -> Cluster | None:
    """Return the background event of other documents that this background frame tells too.

    An earlier event the story recalls ("Ines Carro won the Tartu marathon in 2009") is told by
    other articles of the corpus as well: the same class, a person they share and the same one
    year make it one event, which then gets its dates and places compared. Only background frames
    meet here, never the story's events; events without people (an earlier quake) stay apart,
    as a year and a country do not tell two of them apart.
    """
    if not r.recalled:
        return None
    for k in _recalled_keys(r):
        held = recalled.get(k, ())
        if len(held) > MAX_BLOCK_SIZE:
            continue  # a key that many events hold identifies none
        for i in held:
            c = clusters[i]
            if r.doc_id in c.docs or _place_relation(r, c, registry) is False:
                continue
            others_here = r.persons - frozenset(c.persons)
            others_there = frozenset(c.persons) - r.persons
            if others_here and others_there:
                continue  # each names someone the other does not: who took part disagrees
            return c
    return None


def _keys(r: FrameRecord) -> list[tuple[str, ...]]:
    """Return the small keys a frame is filed under: class + participant, place or occasion."""
    keys: list[tuple[str, ...]] = []
    own = r.groups | {r.group}
    # A speech at a summit during a visit meets the summit and the visit under the visit's keys.
    outer = {k for k, inner in lexicon().containers.items() if inner & own}
    for g in sorted(own | outer):
        keys.extend((g, "p", p) for p in sorted(r.participants | r.told))
        keys.extend((g, "@", p) for p in r.places)
        keys.extend((g, "from", o) for o in r.origins)
        if r.occasion:
            keys.append((g, "o", r.occasion))
        if g in lexicon().two_sided:
            # A side is "Owls" in one outlet's headline and "the Harbor City Owls" in another's:
            # a contest is also filed under each word of its sides' names (``_side_words``).
            words = {w for side in _side_words(r.participants, r.others) for w in side}
            keys.extend((g, "w", w) for w in sorted(words))
    return keys


def fit(r: FrameRecord, c: Cluster, registry: Registry) -> tuple[int, int, int, int] | None:
    """Return how well a frame fits a cluster (higher is better), or None when it does not.

    The rules are those of this module's docstring.
    """
    return judge(r, c, registry)[0]


def why_apart(r: FrameRecord, c: Cluster, registry: Registry) -> str | None:
    """Return the rule that keeps a frame out of a cluster (None when it fits).

    For diagnosis (``benchmarks/ecbplus.py --misses``): the reasons are the names of the rules of
    this module's docstring.
    """
    return judge(r, c, registry)[1]


Score = tuple[int, int, int, int]


def _plainly_apart(r: FrameRecord, c: Cluster) -> bool:
    """Return whether ``judge`` refuses the frame whatever else it reads: a cheap first look.

    The same document, other people than the ones the event is about (``judge``'s rule "other
    people"), or dates too far apart: in a large corpus most of a block's events are of these
    kinds (a key of class and place is held by many events of other people and other years), and
    these few lookups spare them the place and people work. ``judge`` itself still gives the
    reason (``why_apart``).
    """
    if r.doc_id in c.docs:
        return True
    core = c.core
    if r.persons and core and not r.persons & core and not r.told & core:
        return True
    # Dates farther apart than the slip (``judge``'s rule "date"): a block keyed by place holds
    # the events of every year there.
    gap = _gap_to(r, c)
    return gap is not None and gap > c.slip


def judge(r: FrameRecord, c: Cluster, registry: Registry) -> tuple[Score | None, str | None]:
    """Return (score, None) when a frame fits a cluster, else (None, the rule that refused it)."""
    if r.doc_id in c.docs:
        return None, "same document"
    if not any(related(x, y) for x in r.groups | {r.group} for y in c.groups):
        return None, "class"
    if r.occasion and c.occasions and r.occasion not in c.occasions:
        return None, "occasion"  # "the G-20 summit" and "the NATO summit" are two summits
    if r.kind and c.kinds and r.kind not in c.kinds:
        return None, "kind"  # a presidential and a parliamentary election are two elections
    # A contest's sides, read once for the rules below that compare them.
    contest = _contest(r, c)
    mine_sides = _side_words(r.participants, r.others) if contest else frozenset()
    their_sides = _side_words(c.participants, c.others) if contest else frozenset()
    if contest and _sides_differ(mine_sides, their_sides):
        return None, "sides"
    place = _place_relation(r, c, registry)
    gap = _gap_to(r, c)
    # A weekday ("on Friday" in an undated article) is one day of every week: the same weekday is
    # the same day when nothing else dates the event; another weekday is one fact disagreeing, which
    # splits an event only beside a second (a place, the people), and is otherwise a contradiction.
    weekday_gap = _weekday_gap_to(r, c) if gap is None else None
    if weekday_gap == 0:
        gap = 0
    other_weekday = bool(weekday_gap)
    if gap is not None and gap > c.slip:
        return None, "date"
    if gap is not None and _span_after(r, c) > c.slip:
        # The cluster's dates would spread over more than one event's slip.
        return None, "date spread"
    if gap != 0 and _one_sided(r, c, mine_sides, their_sides):
        # A game that names one side (or none: "Friday's match at Granite Stadium") is one of that
        # side's many games, and a season's home games share their stadium: only the same day
        # (a calendar day, or the same weekday when nothing else dates them) makes it this game.
        return None, "one side, no shared day"
    if not r.groups & c.groups and gap != 0 and r.group != c.group:
        return None, "date (inner class)"  # a meeting during a visit needs dates that meet
    core = c.core
    if r.persons and core and not r.persons & core and not r.told & core:
        # Other people, whom the document does not name beside the event's: another event.
        return None, "other people"
    shared = r.participants & c.participants
    shared_persons = frozenset(p for p in r.persons if p in c.persons)
    # A place below the country both give: the same, or one inside the other ("a school in Tartu"
    # and "Tartu"); the same country alone does not tell two quakes apart. The
    # event's places hold every place containing one of its own, so one look finds both.
    fine_shared = any(
        not _too_wide(p, r.incident or c.incident, registry) and p in c.places for p in r.places
    )
    # Where the people are from, said on both sides ("deaths of an Arkansas woman"): as good as a
    # shared place for lining up, though it never clashes with a place ("an Ohio man killed in
    # Texas").
    fine_shared = fine_shared or any(
        o in c.origins and not _too_wide(o, r.incident or c.incident, registry) for o in r.origins
    )
    place_shared = place is True
    occasion = bool(r.occasion and r.occasion in c.occasions)
    # What identifies an event when one side names no one (see the branch that reads them).
    by_town = fine_shared and place is not False
    by_day = (r.incident or c.incident or occasion) and place_shared and gap == 0
    # An election is its place's on its day (``by_place``): the same place and the same calendar
    # day identify it, never a weekday alone (many countries vote on Sundays).
    by_day = by_day or (
        r.group in lexicon().by_place
        and r.group == c.group
        and place_shared
        and (_same_calendar_day(r, c) or _same_kind_and_weekday(r, c, weekday_gap))
    )
    by_occasion = occasion and place is not False and gap in (None, 0)
    told: bool | None = None
    both_sides = contest and _sides_shared(mine_sides, their_sides) >= 2
    if (
        len(shared_persons) >= 2
        or (len(shared) >= 2 and not r.persons and not c.persons)
        or both_sides
    ):
        # Two people in common, two organisations, or both sides of one contest (which
        # ``_sides_differ`` has checked name no one else).
        strength = 3
    elif shared and (place_shared or occasion or gap == 0):
        strength = 2
    elif (
        len(r.persons & core) == 1
        and (len(core) == 1 or (len(r.persons) == 1 and not r.unnamed))
        and (c.whole or not r.unnamed)
        and place is not False
        and not gap
    ):
        # A one-participant frame joins the event of its one participant; so does a frame naming
        # the one person an event is about beside others ("X and his agent"), unless the event
        # names others of its own (checked below: who took part would disagree). Not when both
        # sides have someone the text does not name ("X nominated her", "X offered the job"): the
        # one person named may be who acted, and the event is about whom it was done to.
        strength = 1
    elif (
        r.group == c.group
        and r.group in lexicon().once
        and len(r.persons) == 1
        and r.persons == core
        and (c.whole or not r.unnamed)
        and place is not False
        and gap is not None
        and 0 < gap <= c.slip
        and _one_day(r, c.slip)
        and r.fixed
        and c.fixed
    ):
        # One person's death, arrest or firing, the one person the event is about, told a few
        # days off: a person goes through it once in a story, so this is the event dated
        # differently (a contradiction to report), not another event of the kind. Only between
        # days the outlets fix by their own words: a frame dated by its article's day of writing
        # alone ("today", "tonight") tells when that outlet wrote, which a report a day or two
        # later reads as another weekday; set against one, it is no date the outlets disagree on.
        strength = 2
    elif (not r.participants or not c.participants) and (by_town or by_day or by_occasion):
        # Without people on one side, where it happened identifies the event: a place below the
        # country ("the killing in <town>" and the victim's death placed there); for an incident
        # or a named occasion also a country on a day both give.
        strength = 2 if by_town and r.incident else 1
    elif (told := _told_shared(r, c)) is not None:
        if not told:
            return None, "people told differ"
        # The people the frame's document names include one the event is about, and the two
        # sides' documents do not name different people (``_told_shared``).
        strength = 1
    elif not r.participants or not c.participants:
        return None, "no identity (no people)"
    else:
        return None, "no identity"
    if r.group in lexicon().repeated or c.group in lexicon().repeated:
        # A governor undid two of her predecessor's rules weeks apart: the same two people are no
        # identity of one such act, so a day that differs sets the frames apart instead of
        # contradicting.
        strength = min(strength, 1)
    # Both name people the other does not ("the Red Sox owners met X and his agent", "the Angels
    # owner met X's agent"): who took part disagrees, which only a shared place or day outweighs.
    # (Counted, not copied: the event may name many people.)
    others_here = any(p not in c.persons for p in r.persons)
    others_there = len(c.persons) > len(shared_persons)
    people_differ = others_here and others_there
    if people_differ and not (place_shared or gap == 0):
        return None, "people differ"
    # People in common only by surname whose given names say they are others (``_given_differ``:
    # one firmly, by the familiar-forms file, or two or more with no form in common): who took
    # part disagrees too; beside a second fact it is the second of two.
    people_differ = people_differ or _given_differ(r, c, shared_persons)
    # Places below the country on both sides that nothing relates (two clinics, two venues the
    # registry does not know): alone that may be one place named two ways, but beside another
    # fact that disagrees it is the second of two, as a firm place clash is.
    places_apart = place is None and _places_apart(r, c, registry)
    disagreements = (
        (place is False)
        + places_apart
        + (gap is not None and gap > 0)
        + people_differ
        + other_weekday
    )
    if disagreements >= 2:
        return None, "two disagreements"
    if (
        place is False
        and not (strength >= 2 and gap == 0)
        and not _placed_apart_alone(r, c, strength, gap)
    ):
        # A place that disagrees is one fact: with someone the event is about and its day
        # agreeing, the frame tells the event placed differently (a contradiction to report);
        # without them it is another event of the kind.
        return None, "place"
    # One of the event's people in the frame and another in its article (``_told_two``), each
    # side's day fixed by its own words: a frame dated by its article's day of writing alone
    # ("announced today") tells when that outlet wrote, as for a ``once`` class above.
    told_two = _told_two(r, c) and r.fixed and c.fixed
    if gap and strength < 2 and not told_two:
        # A date off by days is a contradiction only about a well-identified event: two of its
        # people in the frame, or one there and another in its article.
        return None, "date (weak identity)"
    mine, theirs = _bodies(r.others), c.bodies
    if strength < 3 and mine and theirs and not _bodies_meet(mine, theirs):
        # "fired by Vestby United" and "fired from the Tartu Rovers": two firings.
        return None, "organisations"
    # A frame with dates of its own joined only through its article's people: its dates are not
    # the event's (a verdict and the trial's resumption are told with the same people), unless
    # the frame itself names one of the event's people and its article another (``_told_two``).
    firm = int(told is None or not r.dates or told_two)
    return (strength, firm, len(shared) + int(place_shared) + int(occasion), -c.index), None


def _same_kind_and_weekday(r: FrameRecord, c: Cluster, weekday_gap: int | None) -> bool:
    """Return whether a frame and an event name one kind of election on one weekday and neither
    fixes a calendar day.

    A country holds an election of one kind every few years, and an outlet dating it by its
    weekday alone is undated, so one place, one kind and one weekday are one election as the
    undated outlets tell it. A calendar day on either side says which one it is: a weekday alone
    never joins it, as any election of that kind may fall on that weekday.
    """
    if not r.kind or r.kind not in c.kinds or weekday_gap != 0:
        return False
    mine = r.when(c.slip)
    return all(w.narrow is None and w.narrow_md is None and w.weekdays for w in (mine, c.when))


def _same_calendar_day(r: FrameRecord, c: Cluster) -> bool:
    """Return whether a frame and an event are dated by the same one calendar day."""
    mine, theirs = r.when(c.slip), c.when
    for x, y in ((mine.narrow, theirs.narrow), (mine.narrow_md, theirs.narrow_md)):
        if x is not None and y is not None:
            return x == y and x[0] == x[1]
    return False


def _placed_apart_alone(r: FrameRecord, c: Cluster, strength: int, gap: int | None) -> bool:
    """Return whether a place clash is all that sets a strongly identified frame apart.

    The same two people, or both sides of one contest, or one of the event's people in the
    frame and another in its article (``_told_two``: "a man stabbed a woman outside a bakery in
    Leeds" in an article naming both), with nothing else disagreeing and no date on either side
    to say otherwise: who took part decides identity, so two places are two outlets placing one
    event differently (a contradiction to report), not two events told apart in silence. Two
    games of one pairing or two meetings of the same leaders are weeks apart, so documents
    published further apart than the event's slip keep the frames apart; undated documents (no
    publication date) say nothing of that.
    """
    if gap is not None or (strength < 3 and not _told_two(r, c)):
        return False
    if r.published is None or c.issued is None:
        return True
    first, last = min(c.issued[0], r.published), max(c.issued[1], r.published)
    return (last - first).days <= c.slip


def _told_two(r: FrameRecord, c: Cluster) -> bool:
    """Return whether a frame names someone an event is about and its article another of them.

    Two of the event's people in one article's telling of an event of its class identify it as
    two people in one frame do.
    """
    if r.group in lexicon().repeated or c.group in lexicon().repeated:
        return False  # the same two people identify no one act of such a class (``judge``)
    theirs = c.core | c.told_core
    return bool(r.persons & theirs) and len((r.persons | r.told) & theirs) >= 2


def _one_day(r: FrameRecord, slip: int) -> bool:
    """Return whether a frame's own dates name one day (or two running into each other).

    A frame dated two ways ("yesterday" and "Monday" for one firing) says less of which day it is
    than the outlets that agree, and is not enough to call another day a contradiction.
    """
    mine = r.when(slip)
    narrow_ok = all(iv is None or (iv[1] - iv[0]).days <= 1 for iv in (mine.narrow, mine.narrow_md))
    return narrow_ok and _weekday_spread(mine.weekdays) <= 1


def _sides_differ(mine: frozenset[frozenset[str]], theirs: frozenset[frozenset[str]]) -> bool:
    """Return whether the sides of a contest frame and of a contest name different games or bouts.

    A contest is identified by its sides: "A beat B" and "A beat C" are two games whatever the
    day, place or score, and one team or boxer in common is what two games of a season share.
    So each side's sides must all be the other's (one may name a player beside the teams).
    """
    return not (sides_covered(mine, theirs) or sides_covered(theirs, mine))


def _one_sided(
    r: FrameRecord,
    c: Cluster,
    mine: frozenset[frozenset[str]],
    theirs: frozenset[frozenset[str]],
) -> bool:
    """Return whether a contest frame or the contest it is judged against names one side or none
    (``mine`` and ``theirs``: their sides' words).

    Such frames are games told by a noun that names its day (``claims._pinned_game``): every
    other contest frame names both sides.
    """
    two_sided = lexicon().two_sided
    return (r.group in two_sided and len(mine) < 2) or (c.group in two_sided and len(theirs) < 2)


def _contest(r: FrameRecord, c: Cluster) -> bool:
    two_sided = lexicon().two_sided
    return r.group in two_sided or c.group in two_sided


def _side_words(participants: Iterable[str], others: Iterable[str]) -> frozenset[frozenset[str]]:
    return side_words(sides(participants, others))


def _sides_shared(a: frozenset[frozenset[str]], b: frozenset[frozenset[str]]) -> int:
    """Return how many sides two contests share, a side named in full or in part."""
    used: set[frozenset[str]] = set()
    n = 0
    for side in sorted(a, key=lambda s: sorted(s)):
        match = next(
            (
                m
                for m in sorted(b, key=lambda s: sorted(s))
                if m not in used and (side <= m or m <= side)
            ),
            None,
        )
        if match is not None:
            used.add(match)
            n += 1
    return n


def _told_shared(r: FrameRecord, c: Cluster) -> bool | None:
    """Return whether the documents' people identify the frame with the event.

    None when they say nothing (no one told on a side, or no one in common); False when each
    side's documents name someone the other's do not ("the president nominated X" and "the
    president nominated Y": one shared nominator, two nominations); True otherwise.
    """
    mine = r.told or r.persons
    theirs = c.core | c.told_core
    # Someone the frame itself does not name must do it, or a member that names no one: the
    # frame's own people were judged by the rules above ("X nominated her" is not X's event).
    if not (mine - r.persons) & theirs and not (not c.core and r.persons & theirs):
        return None
    if c.core and not mine & c.core:
        return None  # the article names none of the people the event is about
    if len(mine & theirs) == 1:
        # One person in common (the president who nominates, the club that fires): the frame's
        # document must name no one the event's documents do not.
        return not _untold(mine, c)
    return not (_untold(mine, c) and theirs - mine)


def _places_apart(r: FrameRecord, c: Cluster, registry: Registry) -> bool:
    """Return whether both name places below the country and none of the frame's relates to one.

    Related means the same, one inside the other, or one name repeating the other's words
    (``place_relation``); a firm clash is left to ``_place_relation``.
    """
    mine = [p for p in r.places if p and not _too_wide(p, r.incident or c.incident, registry)]
    if not mine or not c.fine:
        return False
    return all(place_relation(p, q, registry).unnested() is None for p in mine for q in c.fine)


def _too_wide(place: str, incident: bool, registry: Registry) -> bool:
    """Return whether a place is too wide to identify an event by itself.

    A country or a region the model names is, always. A first-level region the registry lists (a
    US state, a Canadian province) lines up the frames of one story as a town does ("the death in
    Oklahoma"), but many quakes and fires happen in one state: for an incident it is a country's
    grain.
    """
    return kind_of_id(place) in COARSE or (incident and registry.kind(place) == REGION)


def _bodies(ids: Iterable[str]) -> set[str]:
    # Organisations beside the people tell two events apart; a country beside them ("talks on
    # cooperation with Japan") is context, named differently by every outlet.
    return {i for i in ids if kind_of_id(i) != COUNTRY}


def _bodies_meet(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Return whether two sets of organisations share one, by id or by its short name.

    "placed by the Hawks" and "the Denver Hawks placed": an organisation named in full by one
    outlet and by its last words by another. Names the registry lacks get ids from their words
    (``local_id``), so the short name's id is the full name's last words; names it lists share
    ids already. Not a shared last word alone ("the Red Sox", "the White Sox").
    """
    theirs = set(theirs)
    for x in mine:
        if x in theirs:
            return True
        if not is_local(x):
            continue
        kind, slug = x.split(":", 1)
        for y in theirs:
            other_kind, other = y.split(":", 1)
            if (
                other_kind == kind
                and is_local(y)
                and (other.endswith("-" + slug[1:]) or slug.endswith("-" + other[1:]))
            ):
                return True
    return False


def _place_relation(r: FrameRecord, c: Cluster, registry: Registry) -> bool | None:
    """Return True if a place of the frame is (in) a cluster place, False if all firmly differ."""
    mine = [p for p in r.places if p]
    if not mine or not c.places:
        return None
    if any(p in c.places for p in mine):
        return True
    # The event's places hold every place containing one of its own (``_add``), and a place of the
    # frame inside one of them is among its own enclosing places: one walk up from each.
    if any(q in c.fine or q in c.countries for p in mine for q in enclosing(p, registry)):
        return True
    named = c.fine | c.countries
    # Towns the gazetteer sets apart are apart here too (an article's event told in passing in
    # another town is another event), but a town it alone nests in a country or a state the
    # event gives does not join it by that (``PlaceRelation.unnested``). Each side's other places are
    # what its text says around a town: a town put in another state is another town of the name.
    around = sorted(named)
    relations = [
        place_relation(p, q, registry, mine, around).unnested() for p in mine for q in named
    ]
    if True in relations:
        return True
    # One firm clash and nothing that fits: "Sudan" against an event already in "South Sudan".
    if False in relations:
        return False
    return None


def _new_cluster(index: int, r: FrameRecord, registry: Registry) -> Cluster:
    c = Cluster(index, r.group, _NO_ONE, r.incident)
    _add(c, r, registry, sure=True)
    return c


def _carries_a_date(r: FrameRecord, c: Cluster, strength: int) -> bool:
    """Return whether a frame fits the event well enough to hold a date that disagrees.

    As ``judge`` lets a date off by days into an event: a strong identity (two people, one and the
    place or occasion), or the death, arrest or firing of the one person the event is about, with
    days both sides fix by their own words. A weekday of no known week is judged by that alone.
    """
    if r.given and _given_differ(r, c, frozenset(p for p in r.persons if p in c.persons)):
        # Joined only through surnames whose given names disagree: its identity rests on the
        # facts that agree, dates among them, so its date never stands against the event's.
        return False
    if strength >= 2:
        return True
    return (
        r.group == c.group
        and r.group in lexicon().once
        and len(r.persons) == 1
        and r.persons == c.core
        and r.fixed
        and c.fixed
    )


def _add(
    c: Cluster, r: FrameRecord, registry: Registry, *, weak: bool = False, sure: bool = False
) -> None:
    c.members.append(r)
    if weak:
        c.weak = _grown(c.weak, (r.key,))
    if sure and not weak:
        c.sure = _grown(c.sure, (r.key,))
    c.docs.add(r.doc_id)
    c.groups = _grown(c.groups, r.groups if r.group in r.groups else r.groups | {r.group})
    c.participants = _grown(c.participants, r.participants)
    for p in r.persons:
        c.persons[p] = c.persons.get(p, 0) + 1
    for p in r.told:
        c.told[p] = c.told.get(p, 0) + 1
    if r.persons:
        c.naming += 1
        c.core_now = _half_or_more(c.persons, c.naming, _union(c.core_now, r.persons))
    if r.told:
        c.telling += 1
        c.told_core_now = _half_or_more(c.told, c.telling, _union(c.told_core_now, r.told))
    c.others = _grown(c.others, r.others)
    c.bodies = _grown(c.bodies, _bodies(r.others))
    if r.given:
        if c.given is None:
            c.given = {}
        for key, given in r.given:
            c.given.setdefault(key, set()).add(given)
    c.dated = c.dated or bool(r.dates)
    c.fixed = c.fixed or (r.key not in c.weak and bool(r.dates) and r.fixed)
    c.rich = c.rich or r.rich
    if r.published is not None:
        day = r.published
        c.issued = (
            (day, day) if c.issued is None else (min(c.issued[0], day), max(c.issued[1], day))
        )
    c.whole = c.whole or not r.unnamed
    for p in r.places:
        c.places = _grown(c.places, enclosing(p, registry))
        if _too_wide(p, c.incident, registry):
            c.countries = _grown(c.countries, (p,))
        else:
            c.fine = _grown(c.fine, (p,))
    c.origins = _grown(c.origins, r.origins)
    if r.occasion:
        c.occasions = _grown(c.occasions, (r.occasion,))
    if r.kind:
        c.kinds = _grown(c.kinds, (r.kind,))
    mine = _UNKNOWN if r.key in c.weak else r.when(c.slip)
    if not mine.known:
        return  # joined with nothing, the event's dates say what they said
    w = c.when
    c.when = When(
        _join(w.narrow, mine.narrow),
        _join(w.narrow_md, mine.narrow_md),
        _meet(w.wide, mine.wide),
        _meet(w.wide_md, mine.wide_md),
        w.weekdays | mine.weekdays,
    )


def _given_differ(r: FrameRecord, c: Cluster, shared: frozenset[str]) -> bool:
    """Return whether the people a frame shares with an event are other people of one surname.

    Either one shared person is firmly another of that surname: both sides write the given name
    in full and the familiar forms of given names list both and never together ("Margaret" /
    "Dorothy", ``other_given_name``). Or at least ``MIN_OTHER_GIVEN`` people are shared, every one a
    surname key (``PERSON_SURNAME``) that both sides write in full, and no given name of the
    frame's is a form of one of the event's (``same_given_name``): one name in two unrelated forms
    may be a nickname the file lacks, two at once are other people. A side writing the surname
    alone, or with initials only, says nothing either way.
    """
    if not r.given or c.given is None:
        return False
    unrelated = 0
    for p in sorted(shared):
        # A member writing the surname alone says nothing against the names the others write.
        theirs = [g for g in c.given.get(p, ()) if g]
        mine = [g for key, g in r.given if key == p and g]
        if not mine or not theirs:
            continue
        if all(other_given_name(g, other) for g in mine for other in theirs):
            return True
        if not any(same_given_name(g, other) for g in mine for other in theirs):
            unrelated += 1
    return unrelated >= MIN_OTHER_GIVEN and unrelated == len(shared)


def _persons_of(participants: frozenset[str]) -> frozenset[str]:
    persons = frozenset(p for p in participants if kind_of_id(p) == PERSON)
    # Shared, not copied: a run holds every frame's record at once (docs/scale.md).
    if not persons:
        return _NO_ONE
    return participants if len(persons) == len(participants) else persons


def _grown(held: Set[str], more: Collection[str]) -> Set[str]:
    """Return ``held`` with ``more`` added.

    An event's set is a frozenset it shares (``_NO_ONE``, or a first member's own set) until
    something new is added, then a set of its own that grows in place: never is a shared set
    changed.
    """
    if not more:
        return held
    if isinstance(held, set):
        held.update(more)
        return held
    if all(x in held for x in more):
        return held
    if not held and isinstance(more, frozenset):
        return more
    grown = set(held)
    grown.update(more)
    return grown


def _half_or_more(counts: Mapping[str, int], n: int, candidates: frozenset[str]) -> frozenset[str]:
    """Return the candidates that at least half of ``n`` members name.

    Only the previous holders and the new member's people can qualify after a member is added:
    everyone else's count stayed while ``n`` grew. So the work is the few people of the core, not
    everyone the event's members ever named.
    """
    found = frozenset(p for p in candidates if 2 * counts[p] >= n)
    # The candidates themselves when all qualify: shared with the member they came from.
    return candidates if len(found) == len(candidates) else found


def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Return ``a | b``, or whichever of the two holds the other (shared, not copied)."""
    if b <= a:
        return a
    if a <= b:
        return b
    return a | b


def _join(a: Interval | None, b: Interval | None) -> Interval | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _meet(a: Interval | None, b: Interval | None) -> Interval | None:
    """Return the overlap of two intervals (either one when the other is None or they miss)."""
    if a is None or b is None:
        return a or b
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else a


@frozen
class When:
    """When a frame or an event happened, as far as its dates tell.

    ``narrow`` is the hull of the dates that fix a day or a few (absolute, and read by month and
    day in _COMMON_YEAR as ``narrow_md`` so an undated article's "Aug. 18" compares); ``wide`` the
    overlap of month-wide dates ("in April", "later this month"). Years and wider say nothing here.
    ``weekdays`` are the ISO weekdays of unanchored weekdays ("on Friday" in an article without a
    publication date): outlets telling one event name its day alike, and two events of one kind
    a story collects rarely fall on one weekday, so a weekday is a day the event can be judged by
    (how many days apart two weekdays lie, at the nearest).
    """

    narrow: Interval | None = None
    narrow_md: Interval | None = None
    wide: Interval | None = None
    wide_md: Interval | None = None
    weekdays: frozenset[int] = frozenset()

    @property
    def known(self) -> bool:
        return any((self.narrow, self.narrow_md, self.wide, self.wide_md, self.weekdays))

    def pairs(self) -> tuple[tuple[Interval | None, Interval | None], ...]:
        return ((self.narrow, self.narrow_md), (self.wide, self.wide_md))


# What the many frames whose dates fix nothing say: one object, not one per frame.
_UNKNOWN: When = When()
_UNKNOWN_WHENS: tuple[When, When] = (_UNKNOWN, _UNKNOWN)


def _to_common_year(iv: Interval) -> Interval | None:
    if iv[0].year != iv[1].year:
        return None
    try:
        return iv[0].replace(year=_COMMON_YEAR), iv[1].replace(year=_COMMON_YEAR)
    except ValueError:
        return None


def _when(spans: Iterable[TimeSpan], slip: int) -> When:
    """Return what a frame's dates say of when it happened (nothing, if they disagree)."""
    narrow: list[tuple[Interval | None, Interval | None]] = []
    wide: list[tuple[Interval | None, Interval | None]] = []
    weekdays: set[int] = set()
    for s in spans:
        day = _OPEN_WEEKDAY.match(s.value)
        if day is not None:
            weekdays.add(int(day[1]))
            continue
        if s.earliest is not None and s.latest is not None:
            absolute: Interval | None = (s.earliest, s.latest)
            md = _to_common_year((s.earliest, s.latest))
        else:
            absolute, md = None, _interval(s, _COMMON_YEAR)
        seen = absolute or md
        if seen is None:
            continue  # a time of day alone, "recently": fixes no day
        width = (seen[1] - seen[0]).days
        if width < NARROW_DAYS:
            narrow.append((absolute, md))
        elif width <= WIDE_DAYS:
            wide.append((absolute, md))
    hull_abs = hull_md = None
    for absolute, md in narrow:
        hull_abs, hull_md = _join(hull_abs, absolute), _join(hull_md, md)
    # Dates of one frame that spread beyond a slip name two events (its words also name another):
    # they neither identify it nor count against an event.
    if (hull_abs and (hull_abs[1] - hull_abs[0]).days > slip) or (
        hull_md and (hull_md[1] - hull_md[0]).days > slip
    ):
        return _UNKNOWN
    if _weekday_spread(weekdays) > slip:
        return _UNKNOWN
    wide_abs = wide_md = None
    for absolute, md in wide:
        wide_abs, wide_md = _meet(wide_abs, absolute), _meet(wide_md, md)
    if not (hull_abs or hull_md or wide_abs or wide_md or weekdays):
        return _UNKNOWN
    return When(hull_abs, hull_md, wide_abs, wide_md, frozenset(weekdays))


def _whens(spans: Sequence[TimeSpan]) -> tuple[When, When]:
    """Return what a frame's dates say under an incident's slip and under another event's."""
    incident = _when(spans, MAX_INCIDENT_SLIP_DAYS)
    other = _when(spans, MAX_DATE_SLIP_DAYS)
    # Most frames have no date, or dates both slips read alike: one object for the two, and for
    # a frame whose dates fix nothing, one pair for all of them.
    if other == incident:
        return _UNKNOWN_WHENS if incident is _UNKNOWN else (incident, incident)
    return (incident, other)


WEEK = 7


def _weekday_spread(days: Iterable[int]) -> int:
    """Return how many days the shortest stretch holding all these weekdays covers (0 for one)."""
    points = sorted(set(days))
    if len(points) < 2:
        return 0
    steps = [(b - a) % WEEK for a, b in zip(points, [*points[1:], points[0]], strict=True)]
    return WEEK - max(steps)


def _weekday_gap(days: frozenset[int], others: frozenset[int]) -> int:
    """Return the fewest days between a weekday of one set and one of the other (0: shared)."""
    return min(min((a - b) % WEEK, (b - a) % WEEK) for a in days for b in others)


def _weekday_to(days: frozenset[int], iv: Interval) -> int | None:
    """Return the fewest days from an interval of a few days to a day on one of the weekdays."""
    width = (iv[1] - iv[0]).days
    if width >= NARROW_DAYS:
        return None
    inside = {(iv[0] + dt.timedelta(days=k)).isoweekday() for k in range(width + 1)}
    return _weekday_gap(days, frozenset(inside))


def _gap_when(a: When, b: When) -> int | None:
    """Return the most days between what ``a`` and ``b`` say (None: nothing to compare)."""
    gaps = []
    for a_abs, a_md in a.pairs():
        for b_abs, b_md in b.pairs():
            if a_abs is not None and b_abs is not None:
                gaps.append(_distance(a_abs, b_abs))
            elif a_md is not None and b_md is not None:
                gaps.append(_distance(a_md, b_md))
    return max(gaps) if gaps else None


def _weekday_gap_when(a: When, b: When) -> int | None:
    """Return the fewest days between the weekdays of ``a`` and what ``b`` says (None: unknown).

    A weekday against a weekday, or against a few days of the other's interval (how far the
    nearest day on it lies).
    """
    gaps = []
    if a.weekdays and b.weekdays:
        gaps.append(_weekday_gap(a.weekdays, b.weekdays))
    for days, other in ((a.weekdays, b.narrow), (b.weekdays, a.narrow)):
        if days and other is not None and (found := _weekday_to(days, other)) is not None:
            gaps.append(found)
    return max(gaps) if gaps else None


def _gap_to(r: FrameRecord, c: Cluster) -> int | None:
    """Return the days between the frame's dates and the event's (None when unknown)."""
    return _gap_when(r.when(c.slip), c.when)


def _weekday_gap_to(r: FrameRecord, c: Cluster) -> int | None:
    """Return the days between the frame's weekdays and the event's days (None when unknown)."""
    return _weekday_gap_when(r.when(c.slip), c.when)


def _span_after(r: FrameRecord, c: Cluster) -> int:
    """Return how many days the event's narrow dates would cover with the frame in it."""
    mine = r.when(c.slip)
    spans = [0]
    for x, y in ((mine.narrow, c.when.narrow), (mine.narrow_md, c.when.narrow_md)):
        joined = _join(x, y)
        if x is not None and joined is not None:
            spans.append((joined[1] - joined[0]).days)
    return max(spans)


def _distance(a: Interval, b: Interval) -> int:
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


def _filed_dates(c: Cluster) -> list[tuple[str, int]]:
    """Return the date claims that date this cluster's event (see :func:`_dates_of_event`).

    Of a document that gives the event a day, its dates wider than a month ("the 2019-20 season")
    are left out: they say nothing of the day, and beside the document's day they would hide a
    day that disagrees (its dates would not all clash with the others').
    """
    filed = _dates_of_event(c)
    spans = {
        (r.doc_id, start): s
        for r in c.members
        for start, s in zip(r.date_starts, r.dates, strict=True)
    }
    with_day = {d for d, start in filed if _fixes_day(spans[(d, start)])}
    return [(d, start) for d, start in filed if d not in with_day or not _wide(spans[(d, start)])]


def _wide(span: TimeSpan) -> bool:
    """Return whether a date covers more than a month (a year, a season, "2019-20")."""
    if _OPEN_WEEKDAY.match(span.value):
        return False
    days = _extent_days(span)
    return days is None or days > WIDE_DAYS


def _extent_days(span: TimeSpan) -> int | None:
    """Return how many days a date covers beyond its first (its own bounds, else in a common
    year), or None when it has no interval at all."""
    seen = (
        (span.earliest, span.latest)
        if span.earliest is not None and span.latest is not None
        else _interval(span, _COMMON_YEAR)
    )
    return None if seen is None else (seen[1] - seen[0]).days


def _dates_of_event(c: Cluster) -> list[tuple[str, int]]:
    """Return the date claims (document, offset) that date this cluster's event.

    A date is filed when it lies within the slip of what the event's dates say (a day off is a
    contradiction to report; "in March" can contain it). When the event's dates say nothing, its
    dates are filed only when they all agree with each other, so a date of another event the same
    words name ("the quake in 2003") never makes a contradiction.
    """
    echoed = _echoed(c)
    spans = [
        (r.doc_id, start, s)
        for r in c.members
        for start, s in zip(r.date_starts, r.dates, strict=True)
        if r.key not in c.weak or (r.key, start) in echoed
    ]
    w = c.when
    if not any((w.narrow, w.narrow_md, w.wide, w.wide_md)):
        # No interval: weekdays alone say which day only as far as the documents agree on it.
        agreed = _agreeing(spans)
        return sorted(set(agreed + _weak_weekdays(c, spans, agreed)))
    weekdays: list[tuple[str, int]] = []
    if w.narrow is None and w.narrow_md is None:
        # Only a month or so ("in January"): it fixes no day, so unanchored weekdays are filed as
        # when the event has no interval at all, by how far the documents agree on them.
        weekdays = _agreeing([x for x in spans if _OPEN_WEEKDAY.match(x[2].value)])
        spans = [x for x in spans if not _OPEN_WEEKDAY.match(x[2].value)]
    out = []
    days: set[str] = set()  # the documents agreeing with the event on its day
    for doc_id, start, span in spans:
        gap = _gap_when(_when([span], c.slip), c.when)
        if (gap is not None and gap <= c.slip) or _weekday_fits(span, c.when):
            out.append((doc_id, start))
            if _fixes_day(span):
                days.add(doc_id)
    # A member joined only through its article's people dates the event where it agrees with it
    # (one time, told twice), never against it.
    for r in c.members:
        if r.key in c.weak:
            out.extend(
                (r.doc_id, start)
                for start, span in zip(r.date_starts, r.dates, strict=True)
                if (r.key, start) not in echoed
                and (
                    (_gap_when(_when([span], c.slip), c.when) == 0 and _fixes_day(span))
                    or _weekday_fits(span, c.when)
                )
            )
    sure = {r.doc_id for r in c.members if r.key in c.sure}
    lone = not c.incident and days | {d for d, _, _ in spans} <= sure
    return sorted(
        set(out + _dissenting(spans, days) + weekdays + _outvoting(spans, days, c.when, lone=lone))
    )


def _echoed(c: Cluster) -> frozenset[tuple[str, int]]:
    """Return the dates (frame key, offset) of weak members that echo a firm member's dating.

    A member joined only through its article's people has its dates left out where they
    disagree (they may be another occasion told with the same people: a verdict beside the
    trial's resumption). Its date told of the same event word, as that word's own
    (``FrameRecord.date_words``), as a firm member's date is ("a man was charged ... Sunday"
    beside "X was charged Saturday", "the Monday attack" beside "the Tuesday attack") is one
    occasion told twice, and stands as the firm member's does.
    """
    if not c.weak:
        return frozenset()
    firm = {w for r in c.members if r.key not in c.weak for w in r.date_words if w}
    if not firm:
        return frozenset()
    return frozenset(
        (r.key, start)
        for r in c.members
        if r.key in c.weak
        for start, w in zip(r.date_starts, r.date_words, strict=False)
        if w and w in firm
    )


def _weak_weekdays(
    c: Cluster, spans: Sequence[tuple[str, int, TimeSpan]], agreed: Sequence[tuple[str, int]]
) -> list[tuple[str, int]]:
    """Return the weekdays of members joined through their article's people that the event's agree with.

    An event dated by weekdays alone ("Saturday" in undated articles) keeps the weekday its
    documents agree on; a member joined only through the people its article names ("a man was
    charged Saturday" in an article naming the accused) tells that day too, and corroborates
    it. It never dissents: its dates may be another occasion told with the same people.
    """
    if not c.weak or not agreed:
        return []
    chosen = set(agreed)
    days = {
        int(m[1])
        for d, start, span in spans
        if (d, start) in chosen and (m := _OPEN_WEEKDAY.match(span.value)) is not None
    }
    if len(days) != 1:
        return []
    return [
        (r.doc_id, start)
        for r in c.members
        if r.key in c.weak
        for start, span in zip(r.date_starts, r.dates, strict=True)
        if (m := _OPEN_WEEKDAY.match(span.value)) is not None and int(m[1]) in days
    ]


def _agreeing(spans: Sequence[tuple[str, int, TimeSpan]]) -> list[tuple[str, int]]:
    """Return the dates (document, offset) of an event no interval fixes that the documents agree on.

    The dates most of the others agree with, as long as they all agree with each other: an odd
    date ("Thursday" among five "Friday"s) dates something else the words also name, and is left
    out rather than costing the event every date it has; with two documents agreeing, a document
    that gives only another day dissents (``_dissenting``).
    """
    if len(spans) > MAX_WIDE_DATES:
        return []
    # Compared value against value, each distinct value once: outlets repeat one date
    # ("Tuesday"), and whether two dates agree depends on nothing but their values.
    counts: dict[TimeSpan, int] = {}
    for _, _, b in spans:
        counts[b] = counts.get(b, 0) + 1
    support_of = {a: sum(n for b, n in counts.items() if compatible(a, b)) for a in counts}
    support = [support_of[a] for _, _, a in spans]
    order = sorted(range(len(spans)), key=lambda i: (-support[i], spans[i][0], spans[i][1]))
    chosen: list[int] = []
    kept: dict[TimeSpan, None] = {}  # the distinct values of the chosen dates, in order
    for i in order:
        if all(compatible(spans[i][2], v) for v in kept):
            chosen.append(i)
            kept[spans[i][2]] = None
    sources = {d for d, _, _ in spans}
    agreeing = {spans[i][0] for i in chosen}
    if len(agreeing) < min(MIN_SOURCES, len(sources)):
        return []  # no two documents agree: nothing says which date is the event's
    filed = [(spans[i][0], spans[i][1]) for i in chosen]
    if len(agreeing) >= MIN_SOURCES:
        # A document agrees on the day only by a date that fixes one: "the 2019-20 season"
        # agrees with any day, so beside it the document's own weekday still dissents.
        filed += _dissenting(spans, {spans[i][0] for i in chosen if _fixes_day(spans[i][2])})
    return sorted(filed)


def _dissenting(
    spans: Sequence[tuple[str, int, TimeSpan]], agreeing: set[str]
) -> list[tuple[str, int]]:
    """Return the dates of the documents that give the event no date the others agree on.

    A frame of the event (aligned on who and where, not on when) dated on its own word by a day
    no other document gives: when every date that document gives the event disagrees with the
    ones the event keeps, it is that document's date of the event, and a contradiction to report.
    A document that also gives an agreeing date is left alone: its odd date dates something else
    its words name ("Thursday" for the announcement beside "Friday" for the firing). Dissenting
    documents must be fewer than agreeing ones.
    """
    odd = [(d, start) for d, start, span in spans if d not in agreeing and _fixes_day(span)]
    # Only a few against many: when as many documents give another day, the event's words may
    # name two events (a sentencing on Saturday, the escape it punished on a date years before).
    return odd if len({d for d, _ in odd}) < len(agreeing) else []


def _outvoting(
    spans: Sequence[tuple[str, int, TimeSpan]], days: set[str], when: When, *, lone: bool = False
) -> list[tuple[str, int]]:
    """Return the unanchored weekdays of more documents than those that fix the event's day.

    The event's interval comes from the documents with a publication date ("Friday" read as
    2013-08-02, or a full date); undated documents give the weekday only, which does not fit an
    interval on another weekday. When more documents give one weekday off the interval than give
    the interval itself ("Friday" in two undated articles, "Wednesday" read as July 31 in one
    dated one), the interval is the odd one: the weekdays are filed beside it so that the
    disagreement is reported, as :func:`_dissenting` reports a few documents against many.

    One against one only when ``lone`` says so: every document dating the event is a member
    whose identity holds without its dates (``Cluster.sure``) and the event is no incident. A
    weekday of no known week cannot say the two are days apart rather than weeks, so only an
    event known to be one without its dates makes the disagreement about one day; an incident
    (known by its kind and place alone) may be an earlier one recalled with its full date.
    """
    if not days or when.narrow is None:
        return []
    off = [
        (d, start, int(m[1]))
        for d, start, span in spans
        if d not in days and (m := _OPEN_WEEKDAY.match(span.value)) is not None
    ]
    if len({w for _, _, w in off}) != 1:
        return []  # none, or weekdays that disagree among themselves: nothing outvotes
    voters = {d for d, _, _ in off}
    one_to_one = lone and len(voters) == len(days) == 1
    if not one_to_one and (len(voters) < MIN_SOURCES or len(voters) <= len(days)):
        return []
    return [(d, start) for d, start, _ in off]


def _fixes_day(span: TimeSpan) -> bool:
    """Return whether a date names a day or a few (a weekday, "Aug. 18"), not a month or year."""
    if _OPEN_WEEKDAY.match(span.value):
        return True
    days = _extent_days(span)
    return days is not None and days < NARROW_DAYS


def _weekday_fits(span: TimeSpan, when: When) -> bool:
    """Return whether an unanchored weekday ("Monday") falls on a day of the event's interval.

    Without a publication date a weekday fixes no day, but it agrees with a full date that falls
    on it: filed with the event, it is compared with the event's other dates.
    """
    m = _OPEN_WEEKDAY.match(span.value)
    if m is None or when.narrow is None:
        return False
    first, last = when.narrow
    if (last - first).days >= NARROW_DAYS:
        return False
    days = ((first + dt.timedelta(days=k)) for k in range((last - first).days + 1))
    return any(d.isoweekday() == int(m[1]) for d in days)


RoleIndex = dict[tuple[str, str], list[Claim]]


def resolve_roles(
    claims: Sequence[Claim], published: dict[str, dt.date | None], registry: Registry
) -> dict[str, tuple[RoleLink, ...]]:
    """Resolve the participants frames give by office to the people the corpus names in it.

    "The two presidents" are the two people the corpus calls president, "the Spanish prime
    minister" the one person it calls Spain's prime minister, "the leaders of A and B" A's and B's
    one head each, "the host" the head of the country the event is held in. Role claims
    (``person.role``, read from ``crosscheck.names``) of the frame's own document are asked first,
    then those of documents published within ``BACKGROUND_DAYS`` of the event's date (offices
    change hands): the day a date on one of the frame's own words fixes ("the two presidents met
    on March 3, 2021", told two years later), else its document's publication date. A description
    is resolved only when exactly as many people fit as it stands for. Returns, per frame (local
    subject), how each description was resolved.
    """
    frames = [
        (c, c.details)
        for c in claims
        if c.facet == PARTICIPANTS_FACET
        and isinstance(c.details, EventDetails)
        and c.details.roles
        and c.subject.startswith(LOCAL_PREFIX)
    ]
    if not frames:
        return {}
    by_doc: RoleIndex = {}
    by_role: RoleIndex = {}
    for c in claims:
        d = role_details(c)
        if (
            c.facet != Facet.ROLE
            or c.modality not in HOLDING
            or not d.role
            or not c.evidence
            or kind_of_id(c.subject) != PERSON
        ):
            continue
        country = d.organization if d.organization_kind == COUNTRY else d.person_country
        for key in ((d.role, country or ""), (d.role, "")) if country else ((d.role, ""),):
            by_role.setdefault(key, []).append(c)
            by_doc.setdefault((c.doc_id, "|".join(key)), []).append(c)
    for found in (*by_role.values(), *by_doc.values()):
        found.sort(key=lambda c: (c.doc_id, c.evidence[0].start, c.subject))
    sets = lexicon().role_sets
    days = _frame_days(claims)
    out: dict[str, tuple[RoleLink, ...]] = {}
    for c, e in frames:
        links: list[RoleLink] = []
        day = _own_day(c.doc_id, e, days) or published.get(c.doc_id)
        for r in e.roles:
            roles = sorted(sets.get(r.role, frozenset({r.role})))
            countries = r.countries
            if r.role in lexicon().role_words.values():
                # "the host": the head of the country the event is held in.
                countries = tuple(
                    dict.fromkeys(
                        q
                        for p in e.places
                        for q in (p, *enclosing(p, registry))
                        if kind_of_id(q) == COUNTRY
                    )
                )[:1]
                if not countries:
                    continue
            if countries:
                for country in countries:
                    links.extend(
                        _holders(r, roles, country, 1, c.doc_id, day, published, by_doc, by_role)
                    )
            elif r.count is not None:
                links.extend(
                    _holders(r, roles, "", r.count, c.doc_id, day, published, by_doc, by_role)
                )
        if links:
            out[c.subject] = tuple(links)
    return out


def _holders(
    r: RoleDescription,
    roles: Sequence[str],
    country: str,
    need: int,
    doc_id: str,
    day: dt.date | None,
    published: dict[str, dt.date | None],
    by_doc: RoleIndex,
    by_role: RoleIndex,
) -> list[RoleLink]:
    """Return the links to the ``need`` holders of an office on ``day`` (the event's, when known),
    or none when not exactly that many."""
    local: dict[str, Claim] = {}
    for role in roles:
        for c in by_doc.get((doc_id, f"{role}|{country}"), ()):
            local.setdefault(c.subject, c)
    found = local
    if len(local) != need:
        found = {}
        for role in roles:
            for c in by_role.get((role, country), ())[:MAX_ROLE_SCAN]:
                theirs = published.get(c.doc_id)
                if day and theirs and abs((day - theirs).days) > BACKGROUND_DAYS:
                    continue  # an office named long before or after: maybe another holder
                found.setdefault(c.subject, c)
            if len(found) > need:
                return []
    if len(found) != need:
        return []
    return [
        RoleLink(
            written=r.written,
            person=p,
            role=role_details(c).role or "",
            evidence=c.evidence[0],
            country=country or None,
        )
        for p, c in sorted(found.items())
    ]


def _frame_days(claims: Sequence[Claim]) -> dict[tuple[str, int], dt.date]:
    """Return the one day each event word's date fixes, by (document, word offset)."""
    days: dict[tuple[str, int], dt.date] = {}
    for c in claims:
        d = c.details
        if (
            c.facet == EVENT_DATE_FACET
            and isinstance(d, DateDetails)
            and d.trigger_start is not None
            and d.earliest is not None
            and d.earliest == d.latest
        ):
            days.setdefault((c.doc_id, d.trigger_start), d.earliest)
    return days


def _own_day(
    doc_id: str, e: EventDetails, days: Mapping[tuple[str, int], dt.date]
) -> dt.date | None:
    """Return the day a date on one of the frame's own words fixes, when its words fix one."""
    found = {days[(doc_id, t)] for t in e.triggers if (doc_id, t) in days}
    return found.pop() if len(found) == 1 else None


def _with_links(c: Claim, links: dict[str, tuple[RoleLink, ...]]) -> Claim:
    """Return a frame claim with the people its role descriptions resolved to, and how."""
    found = links.get(c.subject)
    if not found or c.facet != PARTICIPANTS_FACET or not isinstance(c.details, EventDetails):
        return c
    ids = sorted(set(_linked_participants(c.details, found)))
    return evolve(c, value="+".join(ids), details=evolve(c.details, resolved=found))


def _linked_participants(e: EventDetails, links: Sequence[RoleLink]) -> list[str]:
    """Return a frame's participants once its role descriptions are resolved.

    The countries a description named stand in for their leaders only until those are known:
    "the leaders of A and B" resolved are two people, not two countries.
    """
    persons = [link.person for link in links]
    replaced = {link.country for link in links if link.country}
    return [*(p for p in e.participants if p not in replaced), *persons]


def _records(
    claims: Sequence[Claim],
    published: dict[str, dt.date | None],
    links: dict[str, tuple[RoleLink, ...]] | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[FrameRecord]:
    # Date claims know the event word they date (its offset); frames know all their event words.
    # A word a frame only borrows lends the dates of its events, never of its sayings.
    dates: dict[tuple[str, int], list[tuple[int, TimeSpan, str]]] = {}
    said: dict[tuple[str, int], list[tuple[int, TimeSpan, str]]] = {}
    for c in claims:
        d = c.details
        if (
            c.facet in FRAME_DATE_FACETS
            and c.evidence
            and isinstance(d, DateDetails)
            and d.trigger_start is not None
        ):
            start = c.evidence[0].start
            word = (
                _own_word(d, start, (texts or {}).get(c.doc_id))
                if c.facet == EVENT_DATE_FACET
                else ""
            )
            (dates if c.facet == EVENT_DATE_FACET else said).setdefault(
                (c.doc_id, d.trigger_start), []
            ).append((start, claim_span(c), word))
    links = links or {}
    frames = [
        (c, c.details)
        for c in claims
        if c.facet == PARTICIPANTS_FACET
        and c.subject.startswith(LOCAL_PREFIX)
        and isinstance(c.details, EventDetails)
    ]
    details = [e for _, e in frames]
    known = _registry_surnames(details)
    person_key = _person_keys(details, known)
    given_pool: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = {}
    named = _named_people(claims, person_key, known)
    # Equal sets of names shared, not copied: a run holds every frame's record at once, and most
    # frames name the same few people, groups and others as many more (docs/scale.md).
    pool: dict[frozenset[str], frozenset[str]] = {}

    def shared(items: Iterable[str]) -> frozenset[str]:
        found = frozenset(items)
        return pool.setdefault(found, found)

    records = []
    for c, e in frames:
        own = sorted(
            found
            for t in e.triggers
            for found in (*dates.get((c.doc_id, t), []), *said.get((c.doc_id, t), []))
        )
        if not own:
            # No word naming the event is dated: the time of a word telling the same occasion
            # ("died while climbing on Saturday") is the event's.
            # Such a word is not the event's own: its dates are never its echo (``_echoed``).
            own = sorted(
                (start, span, "")
                for t in e.borrowed
                for start, span, _ in dates.get((c.doc_id, t), [])
            )
        spans = tuple(span for _, span, _ in own)
        places = e.places or ((e.place,) if e.place else ())
        # A place the names layer found to be a person (the kind most of the corpus gives the
        # name, ``crosscheck.names.normalize.kind_plan``): the model took the person for a place
        # in this sentence ("X will be the host …" read as a GPE), and the person takes part.
        people = [person_key.get(q, q) for q in places if kind_of_id(q) == PERSON]
        if people:
            places = tuple(q for q in places if kind_of_id(q) != PERSON)
        participants = _linked_participants(e, links.get(c.subject, ()))
        records.append(
            FrameRecord(
                key=c.subject,
                doc_id=c.doc_id,
                start=c.evidence[0].start if c.evidence else 0,
                group=e.group,
                groups=shared(e.groups or (e.group,)),
                lemma=e.lemma,
                participants=shared([*(person_key.get(p, p) for p in participants), *people]),
                others=shared(e.others),
                places=places,
                origins=e.origins,
                occasion=e.occasion,
                excluded=e.background or e.negated or _long_before(spans, published.get(c.doc_id)),
                recalled=not e.negated
                and (e.background or _long_before(spans, published.get(c.doc_id))),
                dates=spans,
                date_starts=tuple(start for start, _, _ in own),
                date_words=tuple(word for _, _, word in own),
                label=c.subject_label,
                # Someone given by office the corpus does not name ("the two presidents" in a
                # corpus naming three): the frame's named people are not all its people.
                unnamed=e.unnamed or _unresolved(e, links.get(c.subject, ())),
                named=named.get(c.doc_id, frozenset()),
                fixed=not _writing_day(spans, published.get(c.doc_id)),
                published=published.get(c.doc_id),
                given=_given_names(e, person_key, given_pool),
                kind=e.kind,
            )
        )
    return records


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _own_word(d: DateDetails, start: int, text: str | None) -> str:
    """Return the lemma of the event word a date is told of, when the date is that word's own.

    A date that says which event a noun is ("the Monday attack") is; so is one told of a word
    with nothing of another moment between them ("was charged with murder Friday after ...",
    "on Friday, X was charged"). A date after a phrase or clause of another moment ("was
    charged after a shooting in Leeds Friday", ``separate`` words of the data file) may be that
    moment's, which the parser hangs on the verb all the same: "" for it, and for a date whose
    text is not at hand. Only a word of an event class (a verb or noun of the data file): a verb
    an event noun hangs on ("made the announcement", "held talks") is no word of the event's own,
    and one such verb tells many occasions.
    """
    lex = lexicon()
    word = d.trigger_lemma
    if not word or d.trigger_start is None or (word not in lex.verbs and word not in lex.nouns):
        return ""
    if d.modifies_trigger:
        return word
    if text is None:
        return ""
    between = text[min(start, d.trigger_start) : max(start, d.trigger_start)]
    if _SENTENCE_END.search(between):
        return ""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", between)}
    return "" if words & lex.separate else word


def _given_names(
    e: EventDetails,
    person_key: Mapping[str, str],
    pool: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]],
) -> tuple[tuple[str, str], ...]:
    """Return (surname key, given-name parts) of each person of a frame keyed by surname.

    Read from the person's id (the key parts of the name as written, ``local_id``): what is left
    once the surname is taken out is the given name; "" when nothing is (the surname alone, or
    initials, which the key drops). Shared between frames, as the other sets of names are.
    """
    found = []
    for p, s in zip(e.participants, e.surnames, strict=False):
        key = person_key.get(p)
        if not s or key is None or not key.startswith(PERSON_SURNAME):
            continue
        parts = p.split(LOCAL_MARK, 1)[1].split("-")
        last = s.split("-")
        given = ""
        for i in range(len(parts) - len(last) + 1):
            if parts[i : i + len(last)] == last:
                given = " ".join(parts[:i] + parts[i + len(last) :])
                break
        found.append((key, given))
    out = tuple(sorted(set(found)))
    return pool.setdefault(out, out)


def _writing_day(spans: Sequence[TimeSpan], published: dt.date | None) -> bool:
    """Return whether a frame's dates all name its article's day of writing (and it has some).

    "Today", "tonight", "this morning" are the publication day: they say when the outlet wrote,
    not a day it fixes by its own words (see ``judge``'s rule for events a person goes through
    once).
    """
    return (
        published is not None
        and bool(spans)
        and all(s.earliest == s.latest == published for s in spans)
    )


def _unresolved(e: EventDetails, links: Sequence[RoleLink]) -> bool:
    done = {link.written for link in links}
    return any(r.written not in done and not r.countries for r in e.roles)


def _registry_surnames(details: Sequence[EventDetails]) -> dict[str, set[str]]:
    """Map each surname to the registry people of it the frames name ("obama" -> Barack Obama)."""
    known: dict[str, set[str]] = {}
    for e in details:
        for p, s in zip(e.participants, e.surnames, strict=False):
            if s and kind_of_id(p) == PERSON and not is_local(p):
                known.setdefault(s, set()).add(p)
    return known


def _surname_key(last: str, known: Mapping[str, set[str]]) -> str:
    """Return the key of a person the registry lacks: the one registry person of that surname the
    frames name, else the surname itself."""
    owners = known.get(last, set())
    # "Clark" / "Clarke": one surname with and without a silent final letter (``silent_stem``)
    return next(iter(owners)) if len(owners) == 1 else f"{PERSON_SURNAME}{silent_stem(last)}"


def _person_keys(details: Sequence[EventDetails], known: Mapping[str, set[str]]) -> dict[str, str]:
    """Map each person the frames name to the key the aligner compares people by.

    Outlets spell one person's name differently ("Ines Carro", "Dr. Ines M. Carro",
    "Carro"), so a name the registry lacks is compared by its last part, the surname
    (``PERSON_SURNAME`` + surname); a surname that belongs to exactly one registry person named
    in the corpus is that person ("Obama" beside "Barack Obama"). Registry people keep their ids.
    Two people of one surname become one key: the cluster rules (the people at least half its
    members name) and dates still keep their events apart, and they rarely share an event kind.
    """
    out: dict[str, str] = {}
    for e in details:
        for p, s in zip(e.participants, e.surnames, strict=False):
            if not s or kind_of_id(p) != PERSON or not is_local(p):
                continue
            out[p] = _surname_key(s, known)
    return out


def _named_people(
    claims: Sequence[Claim], person_key: Mapping[str, str], known: Mapping[str, set[str]]
) -> dict[str, frozenset[str]]:
    """Return the people each document names (its ``entity.name`` claims), keyed as frames'.

    A person a frame names keeps the frame's key; another person the registry lacks is keyed by
    surname as ``_person_keys`` does, or as the one registry person of that surname the frames
    name.
    """
    out: dict[str, set[str]] = {}
    # One person is named by many articles under one label: its surname is read once.
    surnames: dict[str, str] = {}
    for c in claims:
        if c.facet != Facet.NAME or kind_of_id(c.subject) != PERSON:
            continue
        key = person_key.get(c.subject)
        if key is None and not is_local(c.subject):
            key = c.subject
        if key is None:
            last = surnames.get(c.subject_label)
            if last is None:
                last = surnames[c.subject_label] = surname(c.subject_label)
            if not last:
                continue
            key = _surname_key(last, known)
        out.setdefault(c.doc_id, set()).add(key)
    return {d: frozenset(people) for d, people in out.items()}


def _long_before(spans: Sequence[TimeSpan], published: dt.date | None) -> bool:
    """Return whether every firm date of a frame lies long before its document was published."""
    if published is None:
        return False
    firm = [s.latest for s in spans if s.latest is not None]
    return bool(firm) and all((published - d).days > BACKGROUND_DAYS for d in firm)


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


def _interval(span: TimeSpan, year: int) -> Interval | None:
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
    group = _main_group(members)
    rep = max(
        members,
        key=lambda r: (len(r.participants), r.group == group, bool(r.places), r.doc_id, r.start),
    )
    # Identity from content: the participants, or for an incident its kind and place.
    identity = " ".join(sorted(rep.participants)) or f"{rep.lemma}@{' '.join(rep.places)}"
    digest = hashlib.sha256(identity.encode()).hexdigest()[:10]
    if not rep.participants:
        return f"event:{group}:{digest}", rep.label  # an incident: "explosion in <place>"
    label = rep.label.split(":", 1)[-1].strip()
    ordered = sorted(members, key=lambda r: (r.doc_id, r.start))
    kind = next((r.lemma for r in ordered if r.group == group), group)
    return f"event:{group}:{digest}", f"{kind}: {label}"


def _main_group(members: Sequence[FrameRecord]) -> str:
    # The event a cluster is about is what most of its frames call it; on a tie, the inner event
    # (a summit during a visit is "the summit"), then the first by name.
    counts: dict[str, int] = {}
    for r in members:
        counts[r.group] = counts.get(r.group, 0) + 1
    containers = lexicon().containers
    groups = sorted(counts)
    inner = {g for g in groups if not any(h in containers.get(g, frozenset()) for h in groups)}
    return min(groups, key=lambda g: (-counts[g], g not in inner, g))


def _rewrite(
    c: Claim,
    subject_of: dict[str, tuple[str, str]],
    date_subject: dict[tuple[str, int], tuple[str, str]],
) -> Claim:
    target = subject_of.get(c.subject)
    if target is None and c.facet in FRAME_DATE_FACETS and c.evidence:
        target = date_subject.get((c.doc_id, c.evidence[0].start))
        if target is not None:
            # "The academy announced on Friday that ...": the saying is the announcement the
            # frame is, and the day it was said is the event's date.
            c = evolve(c, facet=EVENT_DATE_FACET)
    if target is None:
        return c
    subject, label = target
    return evolve(c, subject=subject, subject_label=label)
