"""Find cabinet portfolios two documents of the same time give one person differently.

A person may hold several roles, so roles in general never contradict each other. A cabinet
portfolio is the exception the comparer makes: when two documents published at the same time
(``findings.same_time``) each give a person exactly one current portfolio ("Transport Minister",
"Minister of Home Affairs"), and the two differ, one of them is wrong. Everything that makes the
two compatible keeps them apart (the data is ``crosscheck/data/names/roles.toml``):

- a document that gives the person two portfolios ("Minister of Economy and Finance", "transport
  minister, who is also interior minister"): they may hold both;
- a role that is not the cabinet seat held now: former, future, acting, interim, deputy, state or
  junior minister, shadow minister, newly appointed (``cabinet_exempt_markers``);
- a vague portfolio ("Security Minister": ``ambiguous_portfolios``);
- two portfolios one seat often holds together or that name one seat ("Treasury" / "Finance":
  ``portfolio_synonyms``);
- a role the person holds in a party (a party's "transport minister" is a shadow post).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence

from attrs import evolve, frozen

from crosscheck._data import load_toml
from crosscheck.model import Claim, Document, Span
from crosscheck.names.claims import role_details
from crosscheck.names.findings import CURRENT, ROLE_FACET, published, same_time
from crosscheck.names.lexicon import ROLES_FILE, alternation

# The offices a portfolio is held as: "Home Secretary" is the interior portfolio as much as "Home
# Minister". Not "commissioner": a police or an EU commissioner sits in no national cabinet.
CABINET_OFFICES = ("minister", "secretary")
# Words right before a role phrase that still qualify it ("newly appointed Transport Minister"):
# at most this many, unbroken by punctuation.
MARKER_WORDS_BEFORE = 2
# Organisation kinds a cabinet seat belongs to; a party's "transport minister" is a shadow post.
_CABINET_ORG_KINDS = frozenset({"country", "city", "place", "organization"})
# Organisations named before a role whose words are no marker ("New Zealand"); an unknown one
# ("Shadow Transport Minister", read as an organisation "Shadow") keeps its words.
_PLACE_KINDS = frozenset({"country", "city", "place"})
_WORD = re.compile(r"[\w-]+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


@frozen
class _Cabinet:
    portfolios: frozenset[str]  # normalised portfolios ("interior")
    written: Mapping[str, str]  # portfolio word as written (lower case) -> normalised
    markers: frozenset[str]
    ambiguous: frozenset[str]
    synonyms: frozenset[frozenset[str]]
    # Two portfolios joined by "and" ("Economy and Finance", "transport minister and interior
    # minister"): the one seat holds both, or the person holds two.
    joined: re.Pattern[str]


@functools.cache
def _cabinet() -> _Cabinet:
    data = load_toml(ROLES_FILE)
    written: dict[str, str] = dict(data.get("portfolios", {}))
    synonyms = {
        frozenset((a, b))
        for a, others in data.get("portfolio_synonyms", {}).items()
        for b in others
    }
    word = alternation(written)
    office = "(?:minister|secretary)"
    joined = re.compile(
        rf"(?<![\w-])(?:{word})(?:[ \t]+{office})?[ \t]*,?[ \t]*(?:and|&|as[ \t]+well[ \t]+as)"
        rf"[ \t]+(?:the[ \t]+)?(?:{office}[ \t]+(?:of|for)[ \t]+)?(?:{word})(?![\w-])",
        re.IGNORECASE,
    )
    return _Cabinet(
        portfolios=frozenset(written.values()),
        written=written,
        markers=frozenset(data.get("cabinet_exempt_markers", [])),
        ambiguous=frozenset(data.get("ambiguous_portfolios", [])),
        synonyms=frozenset(synonyms),
        joined=joined,
    )


def portfolio_of(role: str) -> str | None:
    """Return the cabinet portfolio a normalised role names ("interior minister" -> "interior").

    Args:
        role: a normalised role, as ``person.role`` claims carry it.

    Returns:
        The normalised portfolio, or None for a role that is no cabinet portfolio, or a vague one.
    """
    cabinet = _cabinet()
    head, _, office = role.rpartition(" ")
    if office not in CABINET_OFFICES or head not in cabinet.portfolios:
        return None
    return None if head in cabinet.ambiguous else head


def compatible(a: str, b: str) -> bool:
    """Return True if one person may hold portfolios ``a`` and ``b`` as one seat, or they are one."""
    return a == b or frozenset((a, b)) in _cabinet().synonyms


def _role_span(claim: Claim, doc: Document) -> Span | None:
    """Return the claim's evidence span that holds the role phrase (the other is the name)."""
    written = " ".join(claim.written.split())
    for span in claim.evidence:
        if " ".join(doc.text[span.start : span.end].split()) == written:
            return span
    return None


def _words_before(text: str, start: int) -> list[str]:
    """Return up to ``MARKER_WORDS_BEFORE`` words right before ``start``, unbroken by punctuation."""
    head = text[max(0, start - 40) : start]
    words: list[str] = []
    for w in reversed(head.split(" ")):
        if not w:
            continue
        if not _WORD.fullmatch(w) or len(words) == MARKER_WORDS_BEFORE:
            break
        words.append(w.lower())
    return words


def _seat(claim: Claim, doc: Document) -> tuple[str, Span] | None:
    """Return the portfolio and role span of a claim giving a current cabinet seat, else None."""
    portfolio = portfolio_of(claim.value)
    if portfolio is None or claim.modality not in CURRENT:
        return None
    details = role_details(claim)
    kind = details.organization_kind
    if kind and kind not in _CABINET_ORG_KINDS:
        return None
    span = _role_span(claim, doc)
    if span is None:
        return None
    cabinet = _cabinet()
    written = doc.text[span.start : span.end]
    # A country written before the role ("New Zealand's transport minister") is not a marker.
    parts = _POSSESSIVE.split(written)
    own = parts[-1]
    org = details.organization_label or ""
    if org and kind in _PLACE_KINDS and own.startswith(org):
        own = own[len(org) :]
    words = [w.lower() for w in _WORD.findall(own)] + _words_before(doc.text, span.start)
    if any(w in cabinet.markers for w in words):
        return None
    # The portfolio must be written in the role phrase: a role copied from a "counterpart" or
    # read from the sentence around it is too far from the text to contradict another.
    if not any(cabinet.written.get(w.lower()) == portfolio for w in _portfolio_words(written)):
        return None
    return portfolio, span


@functools.cache
def _portfolio_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(_cabinet().written)})(?![\w-])", re.IGNORECASE)


def _portfolio_words(text: str) -> list[str]:
    return [" ".join(m.group().split()) for m in _portfolio_pattern().finditer(text)]


def _joins_another(span: Span, doc: Document) -> bool:
    """Return True if the role phrase joins a second portfolio ("Economy and Finance Minister")."""
    start = max(0, span.start - 40)
    window = doc.text[start : span.end + 60]
    for m in _cabinet().joined.finditer(window):
        if m.start() + start < span.end and m.end() + start > span.start:
            return True
    return False


@frozen
class Seat:
    """One document's single current cabinet portfolio for a person."""

    doc_id: str
    portfolio: str
    claim: Claim  # the role claim, its evidence narrowed to the role phrase


def seats(claims: Sequence[Claim], docs: Mapping[str, Document]) -> list[Seat]:
    """Return, per document, the one current cabinet portfolio it gives a person.

    Args:
        claims: one person's ``person.role`` claims, from any documents.
        docs: the corpus's documents by id.

    Returns:
        One Seat per document that gives exactly one current portfolio, plainly (no marker, no
        second portfolio joined to it), sorted by document id.
    """
    found: dict[str, list[tuple[str, Claim]]] = {}
    spoilt: set[str] = set()
    for c in claims:
        doc = docs.get(c.doc_id)
        if c.facet != ROLE_FACET or doc is None:
            continue
        if portfolio_of(c.value) is None or c.modality not in CURRENT:
            continue
        seat = _seat(c, doc)
        if seat is None or _joins_another(seat[1], doc):
            # A portfolio the document gives otherwise than plainly: it may be one of two.
            spoilt.add(c.doc_id)
            continue
        found.setdefault(c.doc_id, []).append((seat[0], evolve(c, evidence=(seat[1],))))
    result = []
    for doc_id, held in sorted(found.items()):
        if doc_id in spoilt or len({p for p, _ in held}) != 1:
            continue  # two portfolios: the person may hold both
        result.append(Seat(doc_id, held[0][0], held[0][1]))
    return result


def clashes(found: Sequence[Seat], docs: Mapping[str, Document]) -> list[Seat]:
    """Return the seats some other document of the same time contradicts, by document id."""
    dated = sorted(found, key=lambda s: (published(s.doc_id, docs) or dt.date.min, s.doc_id))
    hit: dict[str, Seat] = {}
    for i, a in enumerate(dated):
        da = published(a.doc_id, docs)
        for b in dated[i + 1 :]:
            db = published(b.doc_id, docs)
            if da is not None and db is not None and not same_time(da, db):
                break  # sorted by date: every later seat is further away
            if same_time(da, db) and not compatible(a.portfolio, b.portfolio):
                hit[a.doc_id] = a
                hit[b.doc_id] = b
    return [hit[d] for d in sorted(hit)]
