"""Helpers for the name findings, and the corpus-level checks (offices, possible variants).

The comparers and the check registrations live in ``crosscheck/names/compare.py``; this module holds
what they share: how spellings and outlets are listed, what "the same time" means, and the two
corpus checks, which block their work by key (an office; a name's first letters).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from attrs import evolve

from crosscheck.compare import make_finding
from crosscheck.model import (
    Claim,
    Corpus,
    Diff,
    Document,
    Facet,
    Finding,
    FindingKind,
    Modality,
    Resolution,
    ValueSources,
)
from crosscheck.names.claims import is_guess, role_details
from crosscheck.names.fuzzy import (
    FUZZY_MERGE_SCORE,
    POSSIBLE_VARIANT_SCORE,
    blocked_pairs,
    registry_candidates,
    similarity,
)
from crosscheck.names.keys import name_tokens
from crosscheck.names.lexicon import lexicon
from crosscheck.names.registry import is_local, kind_of_id, registry_for

NAME_FACET = Facet.NAME
ROLE_FACET = Facet.ROLE
AFFILIATION_FACET = Facet.AFFILIATION
# Modalities of a role or affiliation held at the time of writing.
CURRENT = frozenset({Modality.ASSERTED, Modality.REPORTED})
# Two documents speak of "the same time" unless their publication dates are further apart than
# this. A month keeps one story's coverage together while keeping a predecessor's term (years
# earlier) apart.
SAME_TIME_DAYS = 31


def label_of(claims: Sequence[Claim], fallback: str) -> str:
    """Return the subject label the claims carry, or ``fallback``."""
    return next((c.subject_label for c in claims if c.subject_label), fallback)


def written_diff(claims: Iterable[Claim]) -> Diff:
    """Return a diff of the claims' spellings (as written) and the documents using each."""
    by_written: dict[str, set[str]] = {}
    for c in claims:
        by_written.setdefault(c.written, set()).add(c.doc_id)
    return Diff(values=tuple(ValueSources(w, tuple(d)) for w, d in sorted(by_written.items())))


def outlets_of(claims: Iterable[Claim], docs: Mapping[str, Document]) -> str:
    """Return the outlets (else the document ids) of the claims, comma-separated."""
    outlets = []
    for doc_id in sorted({c.doc_id for c in claims}):
        doc = docs.get(doc_id)
        outlets.append(doc.outlet if doc is not None and doc.outlet else doc_id)
    return ", ".join(outlets)


def spellings(claims: Sequence[Claim], docs: Mapping[str, Document]) -> str:
    """Return "'A' (outlets) vs 'B' (outlets)" for the claims' spellings."""
    by_written: dict[str, list[Claim]] = {}
    for c in claims:
        by_written.setdefault(c.written, []).append(c)
    return " vs ".join(f"{w!r} ({outlets_of(cs, docs)})" for w, cs in sorted(by_written.items()))


def same_time(a: dt.date | None, b: dt.date | None, *, undated_is_now: bool = False) -> bool:
    """Return True if two publication dates are ``SAME_TIME_DAYS`` apart or less.

    Two undated documents are taken to be the same story's coverage, so the same time. A dated and
    an undated one are the same time only with ``undated_is_now``: what one person holds (a party,
    a cabinet seat, an office of a set) written with no word of time ("former", "-elect") is what
    the person holds in the coverage the undated article belongs to; but the holders of one office
    are kept apart, since an undated article may name a predecessor in the present tense of its
    own years.
    """
    if a is None or b is None:
        return (a is None and b is None) or undated_is_now
    return abs((a - b).days) <= SAME_TIME_DAYS


def published(doc_id: str, docs: Mapping[str, Document]) -> dt.date | None:
    """Return a document's publication date, None if unknown."""
    doc = docs.get(doc_id)
    return doc.published if doc is not None else None


def conflicts(
    claims: Sequence[Claim], docs: Mapping[str, Document], *, undated_is_now: bool = False
) -> list[Claim]:
    """Return the claims of values that some other value's document contradicts in time.

    ``undated_is_now`` is passed to :func:`same_time`.
    """
    dated = sorted(claims, key=lambda c: (published(c.doc_id, docs) or dt.date.min, c.doc_id))
    hit: dict[int, Claim] = {}
    for i, a in enumerate(dated):
        for b in dated[i + 1 :]:
            da, db = published(a.doc_id, docs), published(b.doc_id, docs)
            if da is not None and db is not None and (db - da).days > SAME_TIME_DAYS:
                break  # sorted by date: every later claim is further away
            if (
                a.value != b.value
                and a.doc_id != b.doc_id
                and same_time(da, db, undated_is_now=undated_is_now)
            ):
                hit[id(a)] = a
                hit[id(b)] = b
    return sorted(hit.values(), key=lambda c: (c.doc_id, c.value))


def _merge_words(old: str, tier: str, score: float) -> str:
    if tier == Resolution.CORPUS:
        return f"{old}, a person in another document"  # a kind decision, not a similarity
    return f"{old} by {tier} score {score:g}"


def identity_note(claims: Sequence[Claim]) -> str:
    """Return the recorded decision that makes the claims' one subject one entity, for an explanation.

    A contradiction sets the values of one subject against each other, so the reader is told why
    the sides are the same person: one registry entity, one transliteration key, or a merge of two
    spellings with its tier and score (``Claim.merge``).

    Raises:
        ValueError: the claims have more than one subject (no contradiction can rest on them).
    """
    subjects = sorted({c.subject for c in claims})
    if len(subjects) != 1:
        raise ValueError(f"expected claims about one subject, got {len(subjects)}: {subjects}")
    subject = subjects[0]
    merges = sorted({(m.merged_from, m.tier, m.score) for c in claims if (m := c.merge)})
    if merges:
        joined = ", ".join(_merge_words(old, tier, score) for old, tier, score in merges)
        return f"identity: {subject}, merged from {joined}"
    if is_local(subject):
        return f"identity: {subject}, the same name key in every document"
    return f"identity: {subject}, a registry entity"


def office_key(claim: Claim) -> tuple[str, str, str] | None:
    """Return (role, qualifier, organisation) for a claim about an exclusive office, else None.

    Only offices held now count: a past role ("former president") or a future one ("incoming",
    "-elect", "expected to become") is no rival to the holder. A role with a field ("head of
    research at Acme") is a post inside the organisation, not its office.
    """
    if claim.facet != ROLE_FACET or claim.modality not in CURRENT:
        return None
    d = role_details(claim)
    if claim.value not in lexicon().exclusive or d.field:
        return None
    org = d.organization
    if not org and claim.value in lexicon().national:
        org = d.person_country  # "President X": the president of his country
    if not org:
        return None
    return (claim.value, d.qualifier or "", org)


def offices(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Report two people named in one exclusive office at the same time by different documents."""
    docs = {d.id: d for d in corpus.documents}
    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for c in claims:
        key = office_key(c)
        if key is not None:
            groups.setdefault(key, []).append(c)
    findings = []
    registry = registry_for(corpus.entities)
    for (role, qualifier, org), members in sorted(groups.items()):
        if len({c.subject for c in members}) < 2:
            continue
        # "Boone Isaacs" in one document, "Cheryl Boone Isaacs" in another: a name whose words
        # all stand in another's may be that person named shorter, not a second holder.
        shorter = _within_longer({c.subject: c.subject_label or c.subject for c in members})
        as_values = [evolve(c, value=c.subject) for c in members]
        keyed = [evolve(c, value=shorter.get(c.subject, c.subject)) for c in as_values]
        back = {id(k): v for k, v in zip(keyed, as_values, strict=True)}
        conflicting = sorted(
            (back[id(c)] for c in conflicts(keyed, docs)), key=lambda c: (c.doc_id, c.value)
        )
        if not conflicting:
            continue
        office = " ".join(x for x in (qualifier, role) if x)
        where = registry.label(org) or next(
            (shown for c in members if (shown := role_details(c).organization_label)), org
        )
        people = sorted({c.subject_label or c.subject for c in conflicting})
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "contradiction",
                conflicting,
                docs,
                f"documents name different people {office} of {where} at the same time: "
                + ", ".join(people),
                facet=ROLE_FACET,
                subject=f"office:{role}:{qualifier}:{org}" if qualifier else f"office:{role}:{org}",
            )
        )
    return findings


def _within_longer(labels: Mapping[str, str]) -> dict[str, str]:
    """Return, for each id whose name's words all stand in exactly one longer name of
    ``labels``, that longer name's id ("Boone Isaacs" -> the id of "Cheryl Boone Isaacs")."""
    words = {i: frozenset(name_tokens(label)) for i, label in labels.items()}
    out: dict[str, str] = {}
    for i, mine in sorted(words.items()):
        longer = sorted(j for j, theirs in words.items() if j != i and mine and mine < theirs)
        if len(longer) == 1:
            out[i] = longer[0]
    return out


def possible_variants(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Report names the registry lacks that are close to another name, with the score."""
    docs = {d.id: d for d in corpus.documents}
    registry = registry_for(corpus.entities)
    by_id: dict[str, list[Claim]] = {}
    for c in claims:
        if c.facet == NAME_FACET and is_local(c.subject) and not is_guess(c):
            by_id.setdefault(c.subject, []).append(c)
    ids = sorted(by_id)
    names = [label_of(by_id[i], by_id[i][0].written) for i in ids]
    findings = []
    for i, j in blocked_pairs(names):
        if kind_of_id(ids[i]) != kind_of_id(ids[j]):
            continue
        score = round(similarity(names[i], names[j]), 1)
        if POSSIBLE_VARIANT_SCORE <= score < FUZZY_MERGE_SCORE:
            pair = by_id[ids[i]] + by_id[ids[j]]
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "possible-variant",
                    pair,
                    docs,
                    f"{names[i]!r} and {names[j]!r} may be one name (similarity {score}, below the "
                    f"merge threshold {FUZZY_MERGE_SCORE:g}); kept apart",
                    subject="|".join(sorted((ids[i], ids[j]))),
                    diff=written_diff(pair),
                )
            )
    for n, entity_id in enumerate(ids):
        kind = kind_of_id(entity_id)
        best: tuple[float, str, str] | None = None
        for other_id, other in registry_candidates(names[n], registry, kind):
            score = round(similarity(names[n], other), 1)
            in_band = POSSIBLE_VARIANT_SCORE <= score < FUZZY_MERGE_SCORE
            if in_band and (best is None or (score, other_id) > (best[0], best[1])):
                best = (score, other_id, other)
        if best is not None:
            score, other_id, other = best
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "possible-variant",
                    by_id[entity_id],
                    docs,
                    f"{names[n]!r} may be {registry.label(other_id)!r} (as {other!r}, similarity "
                    f"{score}, below the merge threshold {FUZZY_MERGE_SCORE:g}); kept apart",
                    subject="|".join(sorted((entity_id, other_id))),
                )
            )
    return findings
