"""Normalise statements: claims about the same quote in different documents get one subject.

Quotes are folded (case, punctuation, whitespace), blocked by shared content-word shingles and
confirmed with RapidFuzz (``crosscheck.statements.matching``); each cluster's subject is
``statement:<hash of its smallest folded text>``, so subjects do not depend on input order. A
statement's speaker and via claims follow its text claim to the new subject. Fragments (quotes
under ``MIN_MATCH_WORDS`` words) keep their extraction subject, which already joins only the
identical words from the same speaker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from attrs import evolve

from crosscheck import plugins
from crosscheck._disjoint import DisjointSets
from crosscheck.model import Claim, Corpus, Facet
from crosscheck.statements.claims import quote_label, statement_details
from crosscheck.statements.compare import FIRM_RESOLUTIONS, UNNAMED_PREFIX
from crosscheck.statements.matching import (
    MAX_BLOCK_SIZE,
    clusters,
    content_stems,
    statement_subject,
    translation_variants,
)

_FACETS = frozenset({Facet.STATEMENT_TEXT, Facet.STATEMENT_SPEAKER, Facet.STATEMENT_VIA})
# The reader's own key prefixes of a person and of a body (crosscheck.statements.speakers);
# names-layer ids ("person:~holm-lena", "organization:...") are never rewritten.
_PERSON_PREFIX = "person:"
_BODY_PREFIX = "org:"


def _statement_key(claim: Claim) -> tuple[str, str] | None:
    local = statement_details(claim).statement
    return (claim.doc_id, local) if local is not None else None


def _variant_key(claim: Claim) -> tuple[str, str] | None:
    """Return (speaker, occasion) of a text claim whose speaker is named outright, else None."""
    d = statement_details(claim)
    if d.speaker_key is None or d.speaker_resolution not in FIRM_RESOLUTIONS:
        return None
    if d.speaker_key.startswith(UNNAMED_PREFIX):
        return None  # "an official" in two outlets need not be one person
    return d.speaker_key, d.date or ""


def _join_variants(
    texts: Sequence[Claim], representative: dict[str, str], languages: Mapping[str, str]
) -> dict[str, str]:
    """Join the clusters of one speaker's quotes that are one remark worded differently
    (translation variants): same speaker named outright, same occasion (the statement date, when
    both give one), other documents, and content words shared (``translation_variants``).

    Candidates are blocked by (speaker, content stem); a stem shared by more than
    ``MAX_BLOCK_SIZE`` of one speaker's quotes is no evidence, which keeps the pass linear.
    """
    items: list[tuple[tuple[str, str], str, str, frozenset[str]]] = []
    for c in texts:
        key = _variant_key(c)
        if key is not None:
            stems = content_stems(c.value, languages.get(c.doc_id, "en"))
            items.append((key, c.doc_id, representative[c.value], stems))
    items.sort(key=lambda it: (it[0], it[1], it[2]))
    blocks: dict[tuple[str, str], list[int]] = {}
    for i, (key, _, _, stems) in enumerate(items):
        for stem in stems:
            blocks.setdefault((key[0], stem), []).append(i)
    remarks = DisjointSets[str]()
    for _, block in sorted(blocks.items()):
        if len(block) > MAX_BLOCK_SIZE:
            continue
        for n, i in enumerate(block):
            (_, date), doc, rep, stems = items[i]
            for j in block[n + 1 :]:
                (_, other_date), other_doc, other_rep, other_stems = items[j]
                if doc == other_doc or (date and other_date and date != other_date):
                    continue
                if remarks.find(rep) != remarks.find(other_rep) and translation_variants(
                    stems, other_stems
                ):
                    remarks.union(rep, other_rep)
    return {value: remarks.find(rep) for value, rep in representative.items()}


def _bodies_as_bodies(claims: Sequence[Claim]) -> list[Claim]:
    """Key as a body a bare name one document keys as a person ("Northwind Ferries said": two
    capitalised words and nothing more) when another shows it to be one: a spokesperson speaks
    for it ("a spokeswoman for Northwind Ferries") or its own reader keyed it as a body. Only the
    reader's own slugs change (never a names-layer id), and only for a speaker with no title or
    organisation beside it, so a person keeps a person's key."""
    bodies = set()
    for c in claims:
        if c.facet not in _FACETS:
            continue
        d = statement_details(c)
        for key in (d.speaker_organization_key, d.speaker_key):
            if key is not None and key.startswith(_BODY_PREFIX):
                bodies.add(key[len(_BODY_PREFIX) :])
    if not bodies:
        return list(claims)
    out: list[Claim] = []
    for c in claims:
        d = statement_details(c)
        key = d.speaker_key
        if (
            c.facet in _FACETS
            and key is not None
            and key.startswith(_PERSON_PREFIX)
            and key[len(_PERSON_PREFIX) :] in bodies
            and d.speaker_title is None
            and d.speaker_organization is None
        ):
            body = _BODY_PREFIX + key[len(_PERSON_PREFIX) :]
            details = evolve(d, speaker_key=body)
            value = body if c.facet == Facet.STATEMENT_SPEAKER and c.value == key else c.value
            c = evolve(c, value=value, details=details)
        out.append(c)
    return out


@plugins.normalizer("statements")
def cluster_statements(claims: Sequence[Claim], corpus: Corpus) -> list[Claim]:
    """Give the claims of one statement, across documents, one subject and label.

    Args:
        claims: every claim of the corpus (other facets pass through untouched).
        corpus: the corpus (for each document's language).

    Returns:
        The claims, statement claims with their cluster subject.
    """
    claims = _bodies_as_bodies(claims)
    languages = {d.id: d.language for d in corpus.documents}
    texts = [
        c for c in claims if c.facet == Facet.STATEMENT_TEXT and not statement_details(c).fragment
    ]
    by_language: dict[str, set[str]] = {}
    for c in texts:
        by_language.setdefault(languages.get(c.doc_id, "en"), set()).add(c.value)
    representative: dict[str, str] = {}
    for language, values in sorted(by_language.items()):
        representative.update(clusters(values, language))
    representative = _join_variants(texts, representative, languages)
    # The label of a cluster: the written form of its representative, first by document order.
    labels: dict[str, str] = {}
    for c in sorted(
        texts, key=lambda c: (c.value, c.doc_id, c.evidence[0].start if c.evidence else 0)
    ):
        rep = representative[c.value]
        if c.value == rep and rep not in labels:
            labels[rep] = quote_label(c.written)
    subject_of: dict[tuple[str, str], tuple[str, str]] = {}
    for c in texts:
        key = _statement_key(c)
        rep = representative[c.value]
        if key is not None:
            subject_of[key] = (statement_subject(rep), labels.get(rep, c.subject_label))
    out: list[Claim] = []
    for c in claims:
        key = _statement_key(c) if c.facet in _FACETS else None
        if key is not None and key in subject_of and statement_details(c).level != "speaker":
            subject, label = subject_of[key]
            out.append(evolve(c, subject=subject, subject_label=label))
        else:
            out.append(c)
    return out
