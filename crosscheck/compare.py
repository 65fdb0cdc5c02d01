"""Compare: turn each group of aligned claims into findings (agreements and discrepancies).

Comparison works group by group: a comparer sees the claims of one (facet, subject) group and never
the whole claim list, so the stage is linear in the number of claims. Each capability registers the
comparers of its own facets (``crosscheck/<capability>/compare.py``) with
``crosscheck.plugins.comparer`` and builds its findings with :func:`make_finding`. Corpus-level
checks registered with ``crosscheck.plugins.check`` (a document contradicting itself about its own
date, say) run after and must block their work by key too.

What no capability owns lives here:

- ``single_valued`` is for facets where a subject has one true value (an event's date, a person's
  party at one time); facets register it with ``plugins.comparer``. The fallback for facets without
  a comparer of their own (``shared_values``) only reports agreement, because a facet that may hold
  several values at once (roles, statements) would otherwise turn every second value into a false
  contradiction.
- The ``corroboration`` check lists the claims only one outlet makes. Agreements already say which
  outlets state each value; this check lists the rest, the checkable claims no other document
  repeats, as ``note`` findings of category ``single-source``, so that a reader sees what rests on
  one source alone. It groups claims by key in one pass.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

from crosscheck import plugins
from crosscheck.model import (
    Claim,
    ClaimGroup,
    Corpus,
    Diff,
    Document,
    Finding,
    FindingKind,
    Observation,
    ValueSources,
)

# Fingerprints are hex prefixes of a SHA-256; 16 hex digits keep collisions out of reach for any
# corpus size we expect while staying short enough to read in a baseline diff.
FINGERPRINT_HEX_DIGITS = 16


def fingerprint(
    kind: FindingKind, category: str, facet: str, subject: str, pairs: Iterable[tuple[str, str]]
) -> str:
    """Return a finding id derived from its content only: never from lines, offsets or file order.

    ``pairs`` are (document id, normalised value) pairs; their order does not matter.
    """
    payload = json.dumps(
        [str(kind), category, facet, subject, sorted(set(pairs))],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:FINGERPRINT_HEX_DIGITS]


# The quotes of the comparison under way (``shared_quotes``): None outside one, where each
# observation keeps its own copy.
_QUOTES: ContextVar[dict[str, str] | None] = ContextVar("crosscheck_quotes", default=None)


@contextmanager
def shared_quotes() -> Iterator[None]:
    """Within the block, observations that quote the same words share one string.

    Nested blocks share the outer one's quotes; the quotes are let go of when the outermost ends.
    """
    if _QUOTES.get() is not None:
        yield
        return
    token = _QUOTES.set({})
    try:
        yield
    finally:
        _QUOTES.reset(token)


def observe(claim: Claim, docs: Mapping[str, Document]) -> Observation:
    """Return the Observation a claim contributes to a finding, with its evidence quoted."""
    doc = docs.get(claim.doc_id)
    quote = ""
    if doc is not None and claim.evidence:
        # The same words quoted twice (a name repeated in one claim's evidence) are shown once.
        quote = " … ".join(dict.fromkeys(doc.quote(s) for s in claim.evidence))
        # One copy of each quote however many findings show it: a claim is observed by several
        # findings and outlets print the same words, and the findings of a run are held together
        # (most of the quotes' memory at 3,000 articles was copies; docs/scale.md). Not
        # sys.intern: some Python versions (3.12.0-3.12.5, free-threaded builds) never free an
        # interned string, and a long-lived process would keep every quote of every run.
        quotes = _QUOTES.get()
        if quotes is not None:
            quote = quotes.setdefault(quote, quote)
    return Observation(
        doc_id=claim.doc_id,
        written=claim.written,
        value=claim.value,
        evidence=claim.evidence,
        outlet=doc.outlet if doc else None,
        path=doc.path if doc else None,
        attributed_to=claim.attributed_to,
        via=claim.via,
        modality=claim.modality,
        quote=quote,
    )


def value_diff(claims: Iterable[Claim]) -> Diff:
    """Return the value diff of some claims: each normalised value with the documents giving it."""
    by_value: dict[str, set[str]] = {}
    for c in claims:
        by_value.setdefault(c.value, set()).add(c.doc_id)
    return Diff(values=tuple(ValueSources(v, tuple(d)) for v, d in sorted(by_value.items())))


def make_finding(
    kind: FindingKind,
    category: str,
    claims: Sequence[Claim],
    docs: Mapping[str, Document],
    explanation: str,
    *,
    facet: str | None = None,
    subject: str | None = None,
    diff: Diff | None = None,
    label: str | None = None,
) -> Finding:
    """Build a Finding over ``claims`` with observations, a value diff and a content fingerprint."""
    if not claims:
        raise ValueError("a finding needs at least one claim")
    facet = facet if facet is not None else claims[0].facet
    subject = subject if subject is not None else claims[0].subject
    if label is None:
        label = next((c.subject_label for c in claims if c.subject_label), subject)
    observations = tuple(sorted((observe(c, docs) for c in claims), key=observation_order))
    return Finding(
        id=fingerprint(kind, category, facet, subject, ((c.doc_id, c.value) for c in claims)),
        kind=kind,
        category=category,
        facet=facet,
        subject=subject,
        subject_label=label,
        observations=observations,
        diff=diff if diff is not None else value_diff(claims),
        explanation=explanation,
    )


def observation_order(o: Observation) -> tuple[object, ...]:
    first = o.evidence[0].start if o.evidence else -1
    return (o.doc_id, first, o.value, o.written)


def finding_order(f: Finding) -> tuple[object, ...]:
    """Discrepancies, agreements, then notes; then by facet, subject and id: stable whatever the input order."""
    return (_KIND_ORDER[f.kind], f.facet, f.subject, f.category, f.id)


_KIND_ORDER = {FindingKind.DISCREPANCY: 0, FindingKind.AGREEMENT: 1, FindingKind.NOTE: 2}


def compare(groups: Iterable[ClaimGroup], corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Return every finding: each group through its facet's comparer, then the corpus checks."""
    with shared_quotes():
        return merge_findings(compare_groups(groups, corpus), check_corpus(corpus, claims))


def compare_groups(groups: Iterable[ClaimGroup], corpus: Corpus) -> list[Finding]:
    """Return the findings of each group, through its facet's comparer, in group order.

    Only one group is looked at at a time: given an iterator that lets go of each group once it is
    taken, a group's claims can be freed as soon as they are compared (the pipeline does so).
    """
    plugins.load_builtins()
    docs = {d.id: d for d in corpus.documents}
    fallback = plugins.COMPARERS.get("*")
    findings: list[Finding] = []
    for group in groups:
        comparer = plugins.COMPARERS.get(group.facet, fallback)
        if comparer is not None:
            findings.extend(comparer(group, docs))
    return findings


def check_corpus(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Return the findings of the corpus checks (``plugins.check``), check by check in name order."""
    plugins.load_builtins()
    findings: list[Finding] = []
    for name in sorted(plugins.CHECKS):
        findings.extend(plugins.CHECKS[name](corpus, claims))
    return findings


def merge_findings(from_groups: Iterable[Finding], from_checks: Iterable[Finding]) -> list[Finding]:
    """Return the findings of both stages, one per id, sorted (``finding_order``).

    Two routes to the same content are one finding; when two share an id, the later one (a check's
    over a group's) is kept, whichever stage ran first.
    """
    unique = {f.id: f for f in itertools.chain(from_groups, from_checks)}
    return sorted(unique.values(), key=finding_order)


# --- values: the comparers no capability owns ---


def _values_by_doc(group: ClaimGroup) -> dict[str, set[str]]:
    by_doc: dict[str, set[str]] = {}
    for c in group.claims:
        by_doc.setdefault(c.doc_id, set()).add(c.value)
    return by_doc


def single_valued(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Compare a facet that has one true value per subject."""
    by_doc = _values_by_doc(group)
    values = {v for vs in by_doc.values() for v in vs}
    label = group.label
    findings: list[Finding] = []
    for doc_id, vs in sorted(by_doc.items()):
        if len(vs) > 1:
            own = [c for c in group.claims if c.doc_id == doc_id]
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "inconsistency",
                    own,
                    docs,
                    f"{doc_id} gives {len(vs)} values for {group.facet} of {label}: "
                    + ", ".join(sorted(vs)),
                )
            )
    if len(by_doc) < 2:
        return findings
    if len(values) == 1:
        findings.append(
            make_finding(
                FindingKind.AGREEMENT,
                "corroborated",
                group.claims,
                docs,
                f"{len(by_doc)} documents agree on {group.facet} of {label}: {next(iter(values))}",
            )
        )
    else:
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "contradiction",
                group.claims,
                docs,
                f"documents disagree on {group.facet} of {label}: " + " vs ".join(sorted(values)),
            )
        )
    return findings


@plugins.comparer("*")
def shared_values(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report each value that two or more documents share; never a discrepancy."""
    by_value: dict[str, list[Claim]] = {}
    for c in group.claims:
        by_value.setdefault(c.value, []).append(c)
    label = group.label
    findings = []
    for value, claims in sorted(by_value.items()):
        sources = {c.doc_id for c in claims}
        if len(sources) >= 2:
            findings.append(
                make_finding(
                    FindingKind.AGREEMENT,
                    "corroborated",
                    claims,
                    docs,
                    f"{len(sources)} documents agree on {group.facet} of {label}: {value}",
                )
            )
    return findings


# --- corroboration: the claims only one outlet makes ---

SINGLE_SOURCE_CATEGORY = "single-source"
# Facets whose claims are worth corroborating. Names, intermediaries and the document's own date are
# left out: a spelling or a dateline is not a claim about the story.
SINGLE_SOURCE_FACETS = frozenset(
    {
        "event.date",
        "event.participants",
        "event.place",
        "person.affiliation",
        "person.role",
        "quantity",
        "statement.text",
    }
)
# Subjects with this mark are local to one document by construction (a date whose event was not
# aligned with any frame): listing them as single-source would say nothing.
LOCAL_MARK = "@"


@plugins.check("corroboration")
def single_source(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Return one ``single-source`` note per (facet, subject) that only one document states."""
    docs = {d.id: d for d in corpus.documents}
    groups: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.facet in SINGLE_SOURCE_FACETS and LOCAL_MARK not in c.subject and c.value:
            groups.setdefault(c.key, []).append(c)
    findings = []
    for (facet, _subject), members in sorted(groups.items()):
        sources = {c.doc_id for c in members}
        if len(sources) != 1 or len(docs) < 2:
            continue
        doc = docs.get(next(iter(sources)))
        who = (doc.outlet or doc.id) if doc else next(iter(sources))
        label = next((c.subject_label for c in members if c.subject_label), members[0].subject)
        values = ", ".join(sorted({c.written for c in members}))
        findings.append(
            make_finding(
                FindingKind.NOTE,
                SINGLE_SOURCE_CATEGORY,
                members,
                docs,
                f"only {who} states {facet} of {label}: {values}",
            )
        )
    return findings
