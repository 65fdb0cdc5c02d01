"""The statement types, and the drafts the readers of one document build them from."""

from __future__ import annotations

from attrs import define, frozen

from crosscheck.model import TimeExpression
from crosscheck.statements.chains import ViaHit, label_phrase
from crosscheck.statements.lexicon import Lexicon
from crosscheck.statements.phrases import SentenceView, VerbHit
from crosscheck.statements.speakers import MentionIndex, Resolver, Speaker
from crosscheck.statements.text import slug

# Which cue names the intermediary when a sentence has several: an explicit report first, and an
# outlet before any other body.
_CUE_RANK = {"by": 0, "reported": 1, "report-noun": 2, "according": 3, "interview": 4, "told": 5}
_NOT_AN_OUTLET = 10


@frozen
class Via:
    """The intermediary a statement is reported through: as written, its key and the cue."""

    text: str
    start: int
    end: int
    key: str
    label: str
    cue: str
    outlet: bool
    inherited: bool = False


@frozen
class Statement:
    """One statement of a document: its words, speaker, audience, date and reporting chain."""

    kind: str  # direct | indirect
    pieces: tuple[tuple[int, int], ...]  # the quoted (or reported) words, in text order
    written: str
    speaker: Speaker | None
    via: Via | None
    sentence: tuple[int, int]
    paragraph: int
    audience: str | None = None
    audience_span: tuple[int, int] | None = None
    date: TimeExpression | None = None
    verb: str | None = None
    denied: bool = False
    # the reported clause the quoted words stand in ("said the talks had been “very productive”
    # for both sides"), as context: the pieces are its quoted words and what is compared
    clause: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return self.pieces[0][0]


@frozen
class Context:
    """What the readers of one document share: its lexicon, speaker resolver and mentions."""

    lex: Lexicon
    resolver: Resolver
    mentions: MentionIndex


@define
class Draft:
    """A statement while its document is read; frozen into a Statement at the end."""

    kind: str
    pieces: list[tuple[int, int]]
    speaker: Speaker | None
    view: SentenceView
    paragraph: int
    verb: VerbHit | None = None
    via: Via | None = None
    open_end: bool = False
    at_paragraph_start: bool = False
    # the rest of a quote left open in the paragraph before, with no opening mark of its own
    unopened: bool = False
    # the paragraph its last piece lies in, when it runs on past ``paragraph``
    last_paragraph: int = -1
    clause: tuple[int, int] | None = None  # the reported clause its quoted words stand in
    # the sentence the verb's word index refers to, when it is not ``view`` (an attribution on
    # the line before or after the quote)
    verb_view: SentenceView | None = None

    @property
    def ends_in(self) -> int:
        """Return the paragraph the statement's words end in."""
        return max(self.paragraph, self.last_paragraph)


def cue_rank(v: ViaHit) -> tuple[int, int]:
    """Sort key of a chain cue: the best intermediary first."""
    return (_CUE_RANK.get(v.cue, len(_CUE_RANK)) + (0 if v.outlet else _NOT_AN_OUTLET), v.cue_first)


def best_via(vias: list[ViaHit]) -> ViaHit:
    """Return the cue that best names a sentence's intermediary."""
    return min(vias, key=cue_rank)


def make_via(view: SentenceView, hit: ViaHit, mentions: MentionIndex) -> Via:
    """Return the Via a cue names, keyed by the names layer when it knows the outlet."""
    name = label_phrase(view, hit.phrase)
    start, end = view.span(name)
    label = view.text[start:end]
    head_end = view.tokens[name.last].end
    # An outlet mention, or one that covers the name's last word: "the Kenya Times" is not the
    # "Kenya" inside it.
    usable = [
        m
        for m in mentions.overlapping(start, end)
        if m.span.start >= start
        and ((m.entity_id or "").startswith("outlet:") or m.span.end >= head_end)
    ]
    best = min(
        usable,
        key=lambda m: (not (m.entity_id or "").startswith("outlet:"), m.span.start),
        default=None,
    )
    if best is not None and best.entity_id:
        key = best.entity_id
    else:
        key = ("outlet:" if hit.outlet else "org:") + slug(label)
    return Via(label, start, end, key, label, hit.cue, hit.outlet)
