"""Event frames: who meets whom, where and when, as each document tells it.

A frame is an event word of an alignable kind (meeting, summit, visit, talks, speech, interview,
briefing, test, launch: ``data/events_en.toml``) with the participants (people, else countries) and
the place named in its sentence; the date extractor's dates for its event words join it later. A later mention
that refers back ("The anticipated talks in late April") joins the frame it refers to, so a date
given one sentence after the participants still dates the same event.

Frames are per document; ``crosscheck.events.normalize`` decides which frames of different documents
are one event and gives their claims one subject.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from attrs import define, field, frozen

from crosscheck import plugins
from crosscheck._data import load_toml
from crosscheck.extract import Analysis
from crosscheck.model import Claim, Details, Document, Facet, Mention, Span
from crosscheck.names.registry import Registry, kind_of_id, registry_for
from crosscheck.nlp.layers import MENTIONS
from crosscheck.time.context import Sentences

EXTRACTOR = "events"
DATA_FILE = "events_en.toml"
TRIGGER_FILE = "date_claims_en.toml"  # the event words and their lemmas, shared with date claims
PARTICIPANTS_FACET = Facet.EVENT_PARTICIPANTS
PLACE_FACET = Facet.EVENT_PLACE
LOCAL_PREFIX = "event@"
# How far back (characters, about three sentences) a referring mention ("the talks") may look for
# the frame it names; farther back, a bare "the summit" more likely names another event.
ANAPHORA_CHARS = 600
# A word that separates an event from its sentence's ("after", "before") counts this many words back.
SEPARATE_REACH_WORDS = 5
SEPARATE_REACH_CHARS = 60
# A referring word ("the", "these", "anticipated") counts only this many words before the event word.
REFERRING_REACH_WORDS = 2
# How many words may stand between a place preposition and the place ("at the White House garden").
PLACE_REACH_WORDS = 3
# Participants farther than this (characters) from the event word belong to another clause.
PARTICIPANT_WINDOW = 300


@frozen
class EventDetails(Details):
    """Of an ``event.participants`` or ``event.place`` claim: the frame the event aligner reads.

    ``group`` is the event class (``meeting``), ``groups`` every class its words belong to,
    ``lemma`` and ``trigger`` the event word as lemma and as written, ``triggers`` the offsets of
    all its event words (a date claim dating one of them dates this frame), ``participants`` and
    ``place`` the entity ids.
    """

    tag = "event"
    group: str
    groups: tuple[str, ...] = ()
    lemma: str = ""
    trigger: str = ""
    triggers: tuple[int, ...] = ()
    participants: tuple[str, ...] = ()
    place: str | None = None


# Countries stand in for participants only when a sentence names no person and at least this many
# countries: one country adjective ("South Korean officials") does not make a meeting.
MIN_COUNTRY_PARTICIPANTS = 2

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_PLACE_PREPOSITIONS = frozenset({"at", "in", "inside", "near"})
_VISIT_OBJECT = "visit"  # "visit Washington": the visited place follows the word itself


@frozen
class Lexicon:
    """The event words (form → lemma), the alignable groups, and the cue words."""

    triggers: Mapping[str, str]
    groups: Mapping[str, str]
    containers: Mapping[str, frozenset[str]]
    anaphoric: frozenset[str]
    place_kinds: frozenset[str]
    participant_kinds: frozenset[str]
    no_participants: frozenset[str]  # groups identified by kind and place alone (incidents)
    separate: frozenset[str]  # "after three months of talks": another event than the sentence's


@functools.cache
def lexicon() -> Lexicon:
    """Return the event lexicon, read once from the data files."""
    data = load_toml(DATA_FILE)
    words = data["words"]
    return Lexicon(
        triggers=load_toml(TRIGGER_FILE)["event_trigger"],
        groups=data["group"],
        containers={k: frozenset(v) for k, v in data["container"].items()},
        anaphoric=frozenset(words["anaphoric"]),
        place_kinds=frozenset(words["place_kinds"]),
        participant_kinds=frozenset(words["participant_kinds"]),
        no_participants=frozenset(words["no_participants"]),
        separate=frozenset(words["separate"]),
    )


@define
class Frame:
    """One event as one document tells it (mutable while the document is read, then emitted)."""

    trigger: Span
    word: str
    lemma: str
    group: str
    sentence: tuple[int, int]
    participants: list[Mention] = field(factory=list)
    place: Mention | None = None
    triggers: list[int] = field(factory=list)  # offsets of every word naming this event
    groups: set[str] = field(factory=set)  # every group named: a summit during a visit has both

    @property
    def local_subject(self) -> str:
        return f"{LOCAL_PREFIX}{self.trigger.doc_id}:{self.trigger.start}"


@plugins.extractor(
    EXTRACTOR, requires=(MENTIONS,), assigns=(Facet.EVENT_PARTICIPANTS, Facet.EVENT_PLACE)
)
def event_claims(analysis: Analysis) -> list[Claim]:
    """Return one ``event.participants`` (and, where named, ``event.place``) claim per event frame."""
    doc = analysis.document
    registry = registry_for(analysis.entities)
    return [
        claim
        for frame in frames(doc, analysis.mentions(), registry)
        for claim in _claims(doc, frame, registry)
    ]


def frames(doc: Document, mentions: Sequence[Mention], registry: Registry) -> list[Frame]:
    """Return the document's event frames with participants and place, in text order.

    Dates are not read here: the date extractor decides which event word each date belongs to, and
    the aligner joins its date claims to the frame holding that word.
    """
    lex = lexicon()
    sentences = Sentences(doc.text)
    found: list[Frame] = []
    for m in _WORD.finditer(doc.text):
        lemma = lex.triggers.get(m.group().lower())
        group = lex.groups.get(lemma or "")
        if lemma is None or group is None:
            continue
        sentence = sentences.around(m.start())
        # Only an event noun can be named by the word before it ("the Pisco earthquake"); before a
        # verb ("Xi met") stands its subject.
        named = m.group().lower().startswith(lemma) and _named_event(doc.text, m.start())
        # "met on Sunday after three months of talks": the talks are an earlier event than the
        # meeting, so they open a frame of their own instead of joining the sentence's.
        before = (
            doc.text[max(sentence[0], m.start() - SEPARATE_REACH_CHARS) : m.start()].lower().split()
        )
        separate = any(w.strip(",") in lex.separate for w in before[-SEPARATE_REACH_WORDS:])
        named = named or (separate and group not in lex.no_participants)
        same = next(
            (
                f
                for f in found[-4:]
                if f.sentence == sentence and related(f.group, group) and not named
            ),
            None,
        )
        if same is not None:
            # One sentence, one event: "met ... at the meeting"; "visit Washington ... for a summit"
            # is the summit, during the visit.
            same.triggers.append(m.start())
            same.groups.add(group)
            if group in lex.containers.get(same.group, frozenset()):
                same.group, same.lemma = group, lemma
            continue
        frame = Frame(
            doc.span(m.start(), m.end()),
            m.group(),
            lemma,
            group,
            sentence,
            triggers=[m.start()],
            groups={group},
        )
        _fill(frame, doc.text, mentions, registry)
        if frame.participants or (group in lex.no_participants and frame.place is not None):
            found.append(frame)
            continue
        antecedent = _antecedent(frame, found, doc.text)
        if antecedent is not None:
            antecedent.triggers.append(m.start())
            if antecedent.place is None:
                antecedent.place = frame.place
    return found


def _fill(frame: Frame, text: str, mentions: Sequence[Mention], registry: Registry) -> None:
    lex = lexicon()
    s_start, s_end = frame.sentence
    inside = [m for m in mentions if s_start <= m.span.start < s_end and m.entity_id]
    near = [m for m in inside if abs(m.span.start - frame.trigger.start) <= PARTICIPANT_WINDOW]
    lemmas = lex.triggers
    # Event words of unrelated kinds open frames of their own; a place beyond one is theirs. Related
    # words ("host ... for a summit at the ranch") join this frame, so they do not block.
    others = [
        w.start()
        for w in _WORD.finditer(text, s_start, s_end)
        if (g := lex.groups.get(lemmas.get(w.group().lower(), ""))) and not related(g, frame.group)
    ]
    place = _place(frame, text, inside, registry, others)
    frame.place = place
    people = [m for m in near if kind_of_id(m.entity_id or "") == "person"]
    countries = [
        m
        for m in near
        if kind_of_id(m.entity_id or "") == "country"
        and (place is None or m.entity_id != place.entity_id)
    ]
    countries = _unique_entities(countries) if "country" in lex.participant_kinds else []
    chosen = people or (countries if len(countries) >= MIN_COUNTRY_PARTICIPANTS else [])
    # An incident has no participants: the people of its sentence are victims, witnesses or the
    # officials quoted about it, and none of them tells one explosion from another.
    frame.participants = [] if frame.group in lex.no_participants else _unique_entities(chosen)


def _place(
    frame: Frame, text: str, mentions: Sequence[Mention], registry: Registry, others: Sequence[int]
) -> Mention | None:
    """Return the most specific place named after a place preposition (or a visit) in the sentence."""
    lex = lexicon()
    best: tuple[int, int, Mention] | None = None
    for m in mentions:
        entity = registry.find(m.entity_id)
        if entity is None or entity.kind not in lex.place_kinds:
            continue
        low, high = sorted((m.span.start, frame.trigger.start))
        if any(low < t < high for t in others):
            continue  # another event word stands between: the place is that event's
        before = [w.group().lower() for w in _WORD.finditer(text, frame.sentence[0], m.span.start)]
        before = before[-(PLACE_REACH_WORDS + 1) :]
        after_visit = (
            frame.lemma == _VISIT_OBJECT
            and m.span.start > frame.trigger.end
            and text[frame.trigger.end : m.span.start].strip() == ""
        )
        if not after_visit and not any(w in _PLACE_PREPOSITIONS for w in before):
            continue
        if entity.kind == "organization" and not before[-2:].count("at") and not after_visit:
            continue  # "at the White House" is a place; "in the White House's view" is not
        # Prefer specific places over countries, then the nearest to the event word.
        rank = 1 if entity.kind == "country" else 0
        distance = abs(m.span.start - frame.trigger.start)
        if best is None or (rank, distance) < best[:2]:
            best = (rank, distance, m)
    return best[2] if best else None


def _antecedent(frame: Frame, found: Sequence[Frame], text: str) -> Frame | None:
    """Return the earlier frame a referring mention ("the anticipated talks") names, if any."""
    lex = lexicon()
    window = text[max(0, frame.trigger.start - 40) : frame.trigger.start].split()
    before = [w.strip(".,;:()\"'").lower() for w in window]
    # The referring word determines the event noun itself ("the summit", "the anticipated talks"):
    # in "The leaders will meet again" the article belongs to "leaders", and this is a new event.
    if not before or not set(before[-REFERRING_REACH_WORDS:]) & lex.anaphoric:
        return None
    if frame.word.lower().startswith(frame.lemma) and _named_event(text, frame.trigger.start):
        return None  # "the G7 summit", "the NATO summit": a named event, not a reference back
    for candidate in reversed(found):
        if frame.trigger.start - candidate.sentence[1] > ANAPHORA_CHARS:
            break
        if related(candidate.group, frame.group):
            return candidate
    return None


def _named_event(text: str, trigger_start: int) -> bool:
    """Return whether the word before an event word names it ("the 2007 Pisco earthquake")."""
    window = text[max(0, trigger_start - 40) : trigger_start].split()
    if not window:
        return False
    last = window[-1].strip(".,;:()\"'")
    if last.lower() in lexicon().anaphoric or len(window) == 1:
        return False  # "The summit" opening a sentence is capitalised, not named
    return last[:1].isupper() or any(c.isdigit() for c in last)


def related(a: str, b: str) -> bool:
    """Return whether events of groups ``a`` and ``b`` can be one event or one inside the other."""
    containers = lexicon().containers
    return a == b or b in containers.get(a, frozenset()) or a in containers.get(b, frozenset())


def _unique_entities(mentions: Iterable[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for m in mentions:
        if m.entity_id and m.entity_id not in seen:
            seen[m.entity_id] = m
    return list(seen.values())


def _claims(doc: Document, frame: Frame, registry: Registry) -> list[Claim]:
    ids = sorted({m.entity_id for m in frame.participants if m.entity_id})
    # A name the registry lacks is labelled as the article writes it (its longest form).
    written: dict[str, str] = {}
    for m in frame.participants:
        if m.entity_id and len(m.text) > len(written.get(m.entity_id, "")):
            written[m.entity_id] = m.text
    labels = [registry.label(i) or written.get(i, i) for i in ids]
    details = EventDetails(
        group=frame.group,
        groups=tuple(sorted(frame.groups)),
        lemma=frame.lemma,
        trigger=frame.word,
        triggers=tuple(frame.triggers),
        participants=tuple(ids),
        place=frame.place.entity_id if frame.place is not None and frame.place.entity_id else None,
    )
    if labels:
        label = f"{frame.lemma}: {', '.join(labels)}"
    else:  # an incident: its kind and place are its identity
        place_id = frame.place.entity_id if frame.place else None
        place_label = (registry.label(place_id) if place_id else None) or (
            frame.place.text if frame.place else "?"
        )
        label = f"{frame.lemma} in {place_label}"
    claims = [
        Claim(
            doc_id=doc.id,
            facet=PARTICIPANTS_FACET,
            subject=frame.local_subject,
            subject_label=label,
            value="+".join(ids),
            written=", ".join(dict.fromkeys(m.text for m in frame.participants)),
            evidence=(frame.trigger, *(m.span for m in frame.participants)),
            details=details,
            extractor=EXTRACTOR,
        )
    ]
    if frame.place is not None and frame.place.entity_id:
        claims.append(
            Claim(
                doc_id=doc.id,
                facet=PLACE_FACET,
                subject=frame.local_subject,
                subject_label=label,
                value=frame.place.entity_id,
                written=frame.place.text,
                evidence=(frame.place.span,),
                details=EventDetails(group=frame.group),
                extractor=EXTRACTOR,
            )
        )
    return claims
