"""Compare: turn each group of aligned claims into findings (agreements and discrepancies).

Comparison works group by group: a comparer sees the claims of one (facet, subject) group and never
the whole claim list, so the stage is linear in the number of claims. Corpus-level checks registered
with ``crosscheck.plugins.check`` (a document contradicting itself about its own date, say) run after
and must block their work by key too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence

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


def observe(claim: Claim, docs: Mapping[str, Document]) -> Observation:
    """Return the Observation a claim contributes to a finding, with its evidence quoted."""
    doc = docs.get(claim.doc_id)
    quote = ""
    if doc is not None and claim.evidence:
        # The same words quoted twice (a name repeated in one claim's evidence) are shown once.
        quote = " … ".join(dict.fromkeys(doc.quote(s) for s in claim.evidence))
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
    plugins.load_builtins()
    docs = {d.id: d for d in corpus.documents}
    fallback = plugins.COMPARERS.get("*")
    findings: list[Finding] = []
    for group in groups:
        comparer = plugins.COMPARERS.get(group.facet, fallback)
        if comparer is not None:
            findings.extend(comparer(group, docs))
    for name in sorted(plugins.CHECKS):
        findings.extend(plugins.CHECKS[name](corpus, claims))
    # One finding per id: two routes to the same content are one finding.
    unique = {f.id: f for f in findings}
    return sorted(unique.values(), key=finding_order)
