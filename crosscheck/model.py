"""The value types every pipeline stage passes on: frozen, slotted attrs classes.

All nouns of the vocabulary in ``docs/pipeline.md`` live here so that stages depend on this module and
not on each other. Instances are immutable; build changed copies with ``attrs.evolve``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, ClassVar

from attrs import field, frozen

SCHEMA_VERSION = 1


class MetaSource(enum.StrEnum):
    """Where a document's metadata value came from."""

    HEADER = "header"
    FRONT_MATTER = "front-matter"
    RECORD = "record"  # a JSON / JSON Lines record
    MANIFEST = "manifest"
    INFERRED = "inferred"  # read off the page furniture; may be wrong


class Modality(enum.StrEnum):
    """How a claim is put: stated as fact, reported from someone, scheduled, past, or denied."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    SCHEDULED = "scheduled"
    PAST = "past"
    DENIED = "denied"


class FindingKind(enum.StrEnum):
    """Whether sources agree, disagree, or (a note) one source alone says something."""

    AGREEMENT = "agreement"
    DISCREPANCY = "discrepancy"
    NOTE = "note"  # single-source claims: neither corroborated nor contradicted


class TimeKind(enum.StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(enum.StrEnum):
    """How fine a time expression is: the unit of its value (a duration's unit for durations)."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    PART_OF_DAY = "part-of-day"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    VAGUE = "vague"  # a reference ("recently", "now") or a value without a calendar unit


class Facet(enum.StrEnum):
    """The facets the shipped extractors claim. A plugin extractor may claim facets of its own."""

    PUBLISHED = "document.published"
    EVENT_DATE = "event.date"
    STATEMENT_DATE = "statement.date"
    EVENT_PARTICIPANTS = "event.participants"
    EVENT_PLACE = "event.place"
    EVENT_DURATION = "event.duration"
    EVENT_ORDINAL = "event.ordinal"
    NAME = "entity.name"
    ROLE = "person.role"
    AFFILIATION = "person.affiliation"
    STATEMENT_TEXT = "statement.text"
    STATEMENT_SPEAKER = "statement.speaker"
    STATEMENT_VIA = "statement.via"
    QUANTITY = "quantity"
    PERIOD = "period"


class EntityKind(enum.StrEnum):
    """What an entity is. The registry's ``kind`` values; ids start with one (``person:...``)."""

    PERSON = "person"
    PARTY = "party"
    ORGANIZATION = "organization"
    OUTLET = "outlet"
    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    PLACE = "place"
    AGREEMENT = "agreement"
    EVENT = "event"
    SYSTEM = "system"  # a weapons or technical system
    TEAM = "team"
    GROUP = "group"  # a nationality, faith or movement the model names (NORP) and nothing resolves


class Resolution(enum.StrEnum):
    """How a mention was tied to an entity, from most to least certain."""

    REGISTRY = "registry"  # an alias in the shipped or corpus registry
    TEXT_ALIAS = "text-alias"  # an alias the document itself defines, e.g. "Full Name (ABBR)"
    KEY = "key"  # same transliteration-aware key as a known name
    FUZZY = "fuzzy"  # RapidFuzz similarity above the documented threshold
    MODEL = "model"  # a statistical entity (spaCy NER) that no alias or key resolves
    COREFERENCE = "coreference"  # a short form ("Lee", "Mr. Lee", "the president", "NSA") of a
    # name written earlier in the same document (``Mention.evidence``: that name)
    CORPUS = "corpus"  # a kind another document of the corpus establishes ("a person in one article
    # is a person in all"); set by the normaliser on claims, recorded in ``Claim.merge``
    UNRESOLVED = "unresolved"


def _sorted_tuple(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(items)))


class FrozenMap(Mapping[str, Any]):
    """An immutable, hashable mapping with its keys in sorted order.

    The dict fields of the frozen value types hold one, so a frozen value cannot be changed through
    them and can be hashed, and its JSON bytes never depend on the order it was filled in.
    """

    __slots__ = ("_data", "_hash", "_items")

    def __init__(self, items: Mapping[str, Any] | Iterable[tuple[str, Any]] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        data = dict(sorted(pairs))
        self._data = data
        self._items = tuple(data.items())
        self._hash: int | None = None

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(self._items)
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._items == other._items
        return isinstance(other, Mapping) and self._data == dict(other)

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenMap, (self._items,))


def _sorted_map(items: Mapping[str, Any]) -> FrozenMap:
    # Sorted on the way in so that the JSON bytes never depend on fill order; immutable and hashable
    # so that the frozen value holding it is.
    return items if isinstance(items, FrozenMap) else FrozenMap(items)


@frozen
class Span:
    """A character range of one document's text, with the 1-based line and column of its start.

    Line and column are derived (``Document.span`` computes them) and kept so that a Span read back
    from JSON still points at the line without the document at hand.
    """

    doc_id: str
    start: int
    end: int
    line: int = 1
    column: int = 1


@frozen
class Diagnostic:
    """A problem with one input: skipped entirely or only partly read. Nothing is dropped silently.

    ``excluded`` marks a file or folder left out on purpose (hidden, excluded by the manifest, a
    link out of the corpus): listed so that nothing leaves a corpus unseen, but not an input error
    (``skipped`` is False), so it never fails ``check``.
    """

    path: str
    message: str
    line: int | None = None
    skipped: bool = True
    excluded: bool = False

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        verdict = "excluded" if self.excluded else "skipped" if self.skipped else "warning"
        return f"{where}: {verdict}: {self.message}"


@frozen
class Document:
    """One article: its text and metadata, and where each metadata value came from.

    ``id`` is the path relative to the corpus root in POSIX form, so it is stable across machines.
    ``sources`` maps a metadata field name (``published``, ``outlet`` …) to a :class:`MetaSource`.
    """

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_text: str | None = None  # as the page or header prints it
    updated: dt.date | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    language: str = "en"
    date_order: str | None = None  # "DMY", "MDY" or "YMD" for numeric dates; None if unknown
    sources: Mapping[str, MetaSource] = field(factory=FrozenMap, converter=_sorted_map)
    # The line of the file on which ``text`` starts (after a header or front matter), so that span
    # lines are the lines a user sees in the file. For a JSON record, the record's line.
    first_line: int = 1
    # Where each line starts, built by the first ``span`` call: only extraction makes spans, so
    # the calling process of a run whose documents are parsed by workers (or read from the cache)
    # never builds it, where building it for every document cost some 0.4 KB an article
    # (docs/scale.md, "Memory of the calling process").
    _line_starts: tuple[int, ...] | None = field(
        default=None, eq=False, repr=False, alias="_line_starts", init=False
    )

    def span(self, start: int, end: int) -> Span:
        """Return the Span for ``text[start:end]`` with its line and column filled in."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(
                f"span {start}:{end} outside document {self.id!r} of {len(self.text)} chars"
            )
        starts = self._line_starts
        if starts is None:
            found = [0]
            found.extend(i + 1 for i, ch in enumerate(self.text) if ch == "\n")
            starts = tuple(found)
            object.__setattr__(self, "_line_starts", starts)
        index = bisect.bisect_right(starts, start)
        column = start - starts[index - 1] + 1
        return Span(self.id, start, end, index + self.first_line - 1, column)

    def quote(self, span: Span) -> str:
        """Return the text a span of this document covers."""
        return self.text[span.start : span.end]


@frozen
class Corpus:
    """The documents read, sorted by id, and a diagnostic for every input skipped or partly read."""

    documents: tuple[Document, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    root: str | None = None
    baseline: str | None = None  # baseline path from the manifest, relative to root
    entities: tuple[Entity, ...] = ()  # corpus-specific registry entries from the manifest
    model: str | None = None  # the manifest's ``model =``: a spaCy pipeline name

    def get(self, doc_id: str) -> Document:
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)


@frozen
class TimeExpression:
    """A time mention in a text, normalised to a TIMEX3 value and the calendar interval it covers.

    ``start``/``end`` index the text given to ``find_times``. ``earliest``/``latest`` are inclusive
    calendar days (``None`` for durations, sets and unanchored values). ``candidates`` lists every
    reading when the expression is ambiguous (``12.04.2023`` with an unknown date order).
    """

    start: int
    end: int
    text: str
    value: str
    kind: TimeKind = TimeKind.DATE
    earliest: dt.date | None = None
    latest: dt.date | None = None
    granularity: Granularity = Granularity.DAY
    modifier: str | None = None
    anchored: bool = False
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()


@frozen
class Entity:
    """A canonical person, party, organisation, country, place, outlet or agreement."""

    id: str  # "party:democratic-party-of-korea"
    label: str
    kind: EntityKind = field(converter=EntityKind)
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    country: str | None = None


@frozen
class Mention:
    """A span of text naming an entity (or failing to), and how it was resolved."""

    span: Span
    text: str
    entity_id: str | None
    resolution: Resolution
    score: float | None = None  # fuzzy similarity, 0-100, when resolution is FUZZY
    evidence: Span | None = None  # where a text-defined alias was defined


@frozen
class Details:
    """Facet-specific structure of a claim, typed: the base class holds none.

    Each capability declares a frozen subclass for its facets (``DateDetails`` in
    ``crosscheck/time/claims.py`` and so on, listed in ``docs/pipeline.md``) with a ``tag`` unique
    among them; the tag names the class in JSON so that a claim read back has the same type.
    """

    tag: ClassVar[str] = "none"
    types: ClassVar[dict[str, type[Details]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # attrs builds a slotted copy of each class; registering by tag keeps the last (final) one.
        Details.types[cls.tag] = cls


Details.types[Details.tag] = Details
NO_DETAILS = Details()


@frozen
class Merge:
    """An identity decision on a claim's subject: ``merged_from`` became the subject by ``tier``.

    Set by the name normaliser when two spellings or transliterations are taken for one entity
    (tier ``key`` or ``fuzzy``, with the similarity ``score`` 0-100), so the decision is shown.
    """

    merged_from: str
    tier: str
    score: float


@frozen
class Claim:
    """One checkable statement from one document.

    ``subject`` is a canonical key (an entity id or an event key), ``facet`` what is said about it
    (a :class:`Facet` value for the shipped extractors), ``value`` the normalised value that comparison
    uses and ``written`` the value as the article writes it. ``details`` holds the typed, facet-specific
    structure that comparers read (an interval's ``earliest``/``latest``, a quantity's bounds, a match
    tier): a :class:`Details` subclass.
    """

    doc_id: str
    # A plain string even when built from a Facet member, so that reprs and JSON show the name.
    facet: str = field(converter=str)
    subject: str
    value: str
    written: str
    evidence: tuple[Span, ...]
    subject_label: str = ""
    attributed_to: str | None = None
    via: str | None = None
    modality: Modality = Modality.ASSERTED
    details: Details = NO_DETAILS
    extractor: str = ""
    merge: Merge | None = None  # set when the subject is another id merged into this one

    @property
    def key(self) -> tuple[str, str]:
        """The alignment key: claims with equal keys are about the same thing."""
        return (self.facet, self.subject)


@frozen
class ValueSources:
    """One normalised value and the documents that give it (a row of a value diff)."""

    value: str
    doc_ids: tuple[str, ...] = field(converter=_sorted_tuple)


@frozen
class Opcode:
    """One edit operation between two texts, as difflib / RapidFuzz ``opcodes`` give them."""

    tag: str  # equal | replace | insert | delete
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@frozen
class Diff:
    """What differs: the sources behind each value, and for texts the word-level edit operations."""

    values: tuple[ValueSources, ...] = ()
    opcodes: tuple[Opcode, ...] = ()
    # The two texts the opcodes relate, as written; opcodes index their whitespace-split words.
    texts: tuple[str, ...] = ()


@frozen
class Observation:
    """What one source says in a finding: value as written, normalised value and evidence."""

    doc_id: str
    written: str
    value: str
    evidence: tuple[Span, ...]
    outlet: str | None = None
    path: str | None = None
    attributed_to: str | None = None
    via: str | None = None
    modality: Modality = Modality.ASSERTED
    quote: str = ""  # the evidence text, for the report; never used for identity
    # The normalised value as a reader reads it (an entity's label for its id, "April, year not
    # given" for XXXX-04); empty when the value reads as it is. Set by the report builder.
    shown: str = ""


@frozen
class Finding:
    """The unit of output: an agreement or discrepancy about one subject and facet across sources."""

    id: str
    kind: FindingKind
    category: str
    facet: str
    subject: str
    observations: tuple[Observation, ...]
    explanation: str
    subject_label: str = ""
    diff: Diff = Diff()

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(sorted({o.doc_id for o in self.observations}))


@frozen
class DocumentSummary:
    """A document's line in the report's summary table."""

    id: str
    path: str
    outlet: str | None
    title: str | None
    published: dt.date | None
    published_source: MetaSource | None
    claims: int


@frozen
class ModelInfo:
    """The spaCy pipeline that annotated a corpus: its package name and version."""

    name: str
    version: str

    def __str__(self) -> str:
        return f"{self.name} {self.version}"


@frozen
class Report:
    """The corpus summary, every finding, and every diagnostic about skipped or partly read input."""

    documents: tuple[DocumentSummary, ...]
    findings: tuple[Finding, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    schema_version: int = SCHEMA_VERSION
    model: ModelInfo | None = None  # the spaCy pipeline that produced the claims

    def to_markdown(self) -> str:
        """Render the report as GitHub-flavoured markdown."""
        from crosscheck.report import to_markdown

        return to_markdown(self)

    def to_json(self) -> str:
        """Serialise the report as JSON (see ``docs/report.schema.json``)."""
        from crosscheck.serialize import dumps

        return dumps(self)

    @classmethod
    def from_json(cls, text: str) -> Report:
        """Read a report back from :meth:`to_json` output."""
        from crosscheck.serialize import loads

        return loads(text, cls)

    def by_category(self) -> Mapping[str, int]:
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.category] = counts.get(f.category, 0) + 1
        return dict(sorted(counts.items()))


@frozen
class ClaimGroup:
    """Claims from one or more documents that share an alignment key (facet, subject)."""

    facet: str
    subject: str
    claims: tuple[Claim, ...]

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(sorted({c.doc_id for c in self.claims}))

    @property
    def label(self) -> str:
        """The subject's display label: the first claim's that has one, else the subject key."""
        return next((c.subject_label for c in self.claims if c.subject_label), self.subject)
