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

A head of government ("Prime Minister", "premier": ``heads_of_government``) holds a seat of its
own, ``HEAD_OF_GOVERNMENT``, that no portfolio is compatible with: one person is not prime minister
in one document and finance minister in another at the same time.

Other offices exclude each other the same way within a set (``[office_sets]``: president, prime
minister and vice president of a state; a town's mayor, deputy mayor and fire chief; a company's
chief executive and its finance chief; a team's coach, captain and sporting director), when the
organisation is the same or unnamed on one side, and named on one side at least for the sets not
in ``unnamed_office_sets`` ("CEO X" and "COO X" may be two companies' posts; a mayor of one town
is no fire chief of another at the same time). Each set is compared on its own: a president who is also called his party's leader
contradicts nothing.
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
from crosscheck.names.lexicon import ROLES_FILE, alternation, lexicon

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
# The seat of a head of government, set against portfolios as one more portfolio.
HEAD_OF_GOVERNMENT = "head of government"
# The set cabinet portfolios and the head of government's seat belong to.
CABINET = "cabinet"
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# The office words of a cabinet title, as a pattern ("Finance Minister", "Home Secretary").
_OFFICES = f"(?:{'|'.join(CABINET_OFFICES)})"


@frozen
class _Cabinet:
    portfolios: frozenset[str]  # normalised portfolios ("interior")
    written: Mapping[str, str]  # portfolio word as written (lower case) -> normalised
    markers: frozenset[str]
    ambiguous: frozenset[str]
    synonyms: frozenset[frozenset[str]]
    heads: frozenset[str]  # normalised roles of a head of government ("prime minister")
    office_sets: Mapping[str, str]  # normalised role -> the set of offices it excludes within
    unnamed_sets: frozenset[str]  # sets compared with no organisation named on either side
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
    office = _OFFICES
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
        heads=frozenset(data.get("heads_of_government", [])),
        unnamed_sets=frozenset(data.get("unnamed_office_sets", [])),
        office_sets={
            role: name for name, roles in data.get("office_sets", {}).items() for role in roles
        },
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


def seat_of(role: str) -> str | None:
    """Return the cabinet seat a normalised role names: its portfolio, or ``HEAD_OF_GOVERNMENT``.

    Args:
        role: a normalised role, as ``person.role`` claims carry it.

    Returns:
        The seat, or None for a role that is no cabinet seat (or a vague portfolio).
    """
    return HEAD_OF_GOVERNMENT if role in _cabinet().heads else portfolio_of(role)


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
    """Return the seat and role span of a claim giving a current cabinet seat, else None."""
    portfolio = seat_of(claim.value)
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
    if portfolio == HEAD_OF_GOVERNMENT:
        if not any(lexicon().role(m.group("role")) in cabinet.heads for m in _role_matches(own)):
            return None
    elif not any(cabinet.written.get(w.lower()) == portfolio for w in _portfolio_words(written)):
        return None
    return portfolio, span


@functools.cache
def _portfolio_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(_cabinet().written)})(?![\w-])", re.IGNORECASE)


def _role_matches(text: str) -> list[re.Match[str]]:
    return list(lexicon().role_pattern.finditer(text))


def _portfolio_words(text: str) -> list[str]:
    return [" ".join(m.group().split()) for m in _portfolio_pattern().finditer(text)]


_OFFICE_WORD = re.compile(rf"(?<![\w-]){_OFFICES}(?![\w-])", re.IGNORECASE)


def _joined(span: Span, doc: Document) -> tuple[frozenset[str], Span] | None:
    """Return the portfolios of one title that joins two ("Industry and Trade Minister",
    "Minister of Economy and Finance"), one seat that holds them all, and the title's whole span.
    No portfolios when the role phrase joins none; None when it joins a second office ("transport
    minister and interior minister"): the person may hold two seats."""
    start = max(0, span.start - 40)
    window = doc.text[start : span.end + 60]
    cabinet = _cabinet()
    for m in cabinet.joined.finditer(window):
        if m.start() + start < span.end and m.end() + start > span.start:
            if _OFFICE_WORD.search(m.group()):
                return None  # an office written inside the join: two titles, two seats
            held = frozenset(cabinet.written[w.lower()] for w in _portfolio_words(m.group()))
            if len(held) < 2:
                return None
            whole = doc.span(min(span.start, m.start() + start), max(span.end, m.end() + start))
            return held, whole
    return frozenset(), span


@frozen
class Seat:
    """One document's single current cabinet portfolio (or office of a set) for a person."""

    doc_id: str
    portfolio: str  # the portfolio, ``HEAD_OF_GOVERNMENT``, or the office of a set
    claim: Claim  # the role claim, its evidence narrowed to the role phrase
    office_set: str = CABINET
    organization: str | None = None  # where the office is held, when the text names it
    # The portfolios one cabinet seat holds ("Industry and Trade Minister": industry, trade);
    # empty for a seat of one portfolio or an office of a set.
    portfolios: frozenset[str] = frozenset()

    def clashes_with(self, other: Seat) -> bool:
        """Return True if one person cannot hold this seat and ``other`` at once."""
        if self.office_set != other.office_set:
            return False
        if self.office_set == CABINET:
            mine = self.portfolios or {self.portfolio}
            theirs = other.portfolios or {other.portfolio}
            return not any(compatible(a, b) for a in mine for b in theirs)
        if self.organization and other.organization and self.organization != other.organization:
            return False  # president of the club, vice president of the country
        if not (self.organization or other.organization) and (
            self.office_set not in _cabinet().unnamed_sets
        ):
            return False  # "CEO X" and "COO X": of which company, neither says
        return self.portfolio != other.portfolio


def _office(claim: Claim, doc: Document) -> Span | None:
    """Return the role span of a claim giving a current office of a set, plainly, else None."""
    if claim.modality not in CURRENT or claim.value not in _cabinet().office_sets:
        return None
    if role_details(claim).field:
        return None  # "head of research at Acme" is a post inside, not the office
    span = _role_span(claim, doc)
    if span is None:
        return None
    own = _POSSESSIVE.split(doc.text[span.start : span.end])[-1]
    # A subordinate word is in the normalised role already ("deputy mayor"); the other markers
    # (acting, interim, former, newly appointed ...) make the office not the one held now.
    # The office's own words are no marker: the "state" of "Secretary of State" is its name.
    markers = _cabinet().markers - lexicon().subordinate_markers - set(claim.value.split())
    words = [w.lower() for w in _WORD.findall(own)] + _words_before(doc.text, span.start)
    if any(w in markers for w in words):
        return None
    # The office must be written in the role phrase, not copied from a "counterpart"; a
    # subordinate word before it is part of the normalised role ("Deputy Mayor": deputy mayor).
    written_roles = {lexicon().role(m.group("role")) for m in _role_matches(own)}
    if not any(r and (claim.value == r or claim.value.endswith(f" {r}")) for r in written_roles):
        return None
    return span


def office_seats(claims: Sequence[Claim], docs: Mapping[str, Document]) -> list[Seat]:
    """Return, per document and office set, the one current office it gives a person.

    Args:
        claims: one person's ``person.role`` claims, from any documents.
        docs: the corpus's documents by id.

    Returns:
        One Seat per document and set of ``[office_sets]`` for which the document gives exactly
        one current office of that set, plainly; sorted by document id, then set.
    """
    sets = _cabinet().office_sets
    found: dict[tuple[str, str], list[Seat]] = {}
    spoilt: set[tuple[str, str]] = set()
    for c in claims:
        doc = docs.get(c.doc_id)
        if c.facet != ROLE_FACET or doc is None or c.value not in sets:
            continue
        key = (c.doc_id, sets[c.value])
        span = _office(c, doc)
        if span is None:
            spoilt.add(key)  # an office given otherwise than plainly: it may be one of two
            continue
        seat = Seat(
            c.doc_id,
            c.value,
            evolve(c, evidence=(span,)),
            office_set=key[1],
            organization=role_details(c).organization,
        )
        found.setdefault(key, []).append(seat)
    result = []
    for key, held in sorted(found.items()):
        named = {s.organization for s in held} - {None}
        if key in spoilt or len({s.portfolio for s in held}) != 1 or len(named) > 1:
            continue  # two offices of one set in one document: the text itself is unclear
        # "South Korean President X ... President X said": one office, its organisation named
        # once; the named mention stands for the document.
        result.append(next((s for s in held if s.organization), held[0]))
    return result


def doubled_offices(claims: Sequence[Claim], docs: Mapping[str, Document]) -> list[list[Seat]]:
    """Return, per document and office set, the different offices of one set it gives a person.

    One person does not hold two offices of a set at once ("President X" and "Vice President X"
    in one article), so a document giving both, each plainly and of one organisation (or none
    named), contradicts itself. Cabinet seats are left out: a minister may hold two portfolios.

    Args:
        claims: one person's ``person.role`` claims, from any documents.
        docs: the corpus's documents by id.

    Returns:
        One list of Seats (one per office, the first mention of each) per document and set that
        gives two offices or more; sorted by document id, then set.
    """
    sets = _cabinet().office_sets
    found: dict[tuple[str, str], dict[str, Seat]] = {}
    for c in sorted(claims, key=lambda c: (c.doc_id, c.evidence[0].start if c.evidence else -1)):
        doc = docs.get(c.doc_id)
        if c.facet != ROLE_FACET or doc is None or c.value not in sets:
            continue
        span = _office(c, doc)
        if span is None:
            continue
        key = (c.doc_id, sets[c.value])
        seat = Seat(
            c.doc_id,
            c.value,
            evolve(c, evidence=(span,)),
            office_set=key[1],
            organization=role_details(c).organization,
        )
        found.setdefault(key, {}).setdefault(c.value, seat)
    result = []
    for _, held in sorted(found.items()):
        named = {s.organization for s in held.values()} - {None}
        if len(held) > 1 and len(named) <= 1:
            result.append([held[k] for k in sorted(held)])
    return result


def seats(claims: Sequence[Claim], docs: Mapping[str, Document]) -> list[Seat]:
    """Return, per document, the one current cabinet portfolio it gives a person.

    Args:
        claims: one person's ``person.role`` claims, from any documents.
        docs: the corpus's documents by id.

    Returns:
        One Seat per document that gives exactly one current portfolio, plainly (no marker, no
        second portfolio joined to it), sorted by document id.
    """
    found: dict[str, list[tuple[frozenset[str], Claim]]] = {}
    spoilt: set[str] = set()
    for c in claims:
        doc = docs.get(c.doc_id)
        if c.facet != ROLE_FACET or doc is None:
            continue
        if seat_of(c.value) is None or c.modality not in CURRENT:
            continue
        seat = _seat(c, doc)
        joined = _joined(seat[1], doc) if seat is not None else None
        if seat is None or joined is None:
            # A portfolio the document gives otherwise than plainly: it may be one of two.
            spoilt.add(c.doc_id)
            continue
        held, whole = joined
        if held:  # the whole title is the evidence: "Industry and Trade Minister"
            c = evolve(c, written=" ".join(doc.text[whole.start : whole.end].split()))
        found.setdefault(c.doc_id, []).append(
            (held or frozenset({seat[0]}), evolve(c, evidence=(whole,)))
        )
    result = []
    for doc_id, titles in sorted(found.items()):
        if doc_id in spoilt:
            continue
        # One seat: the widest title holds every other ("Industry and Trade Minister", then
        # "the trade minister"); two that neither holds are two portfolios the person may hold.
        widest, claim = max(titles, key=lambda t: (len(t[0]), -t[1].evidence[0].start))
        if any(not held <= widest for held, _ in titles):
            continue
        name = " and ".join(sorted(widest))
        result.append(Seat(doc_id, name, claim, portfolios=widest))
    return result


def clashes(found: Sequence[Seat], docs: Mapping[str, Document]) -> list[Seat]:
    """Return the seats some other document of the same time contradicts, by document and set.

    An undated document is of any dated one's time here (``findings.same_time``): one person's
    seat with no word of time is the seat held in the story's coverage.
    """
    dated = sorted(
        found, key=lambda s: (published(s.doc_id, docs) or dt.date.min, s.doc_id, s.office_set)
    )
    hit: dict[tuple[str, str], Seat] = {}
    for i, a in enumerate(dated):
        da = published(a.doc_id, docs)
        for b in dated[i + 1 :]:
            db = published(b.doc_id, docs)
            if da is not None and db is not None and not same_time(da, db):
                break  # sorted by date: every later seat is further away
            if (
                a.doc_id != b.doc_id
                and same_time(da, db, undated_is_now=True)
                and a.clashes_with(b)
            ):
                hit[(a.doc_id, a.office_set)] = a
                hit[(b.doc_id, b.office_set)] = b
    return [hit[k] for k in sorted(hit)]
