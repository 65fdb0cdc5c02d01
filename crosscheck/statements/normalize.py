"""Normalise statements: claims about the same quote in different documents get one subject.

Quotes are folded (case, punctuation, whitespace), blocked by shared content-word shingles and
confirmed with RapidFuzz (``crosscheck.statements.matching``); each cluster's subject is
``statement:<hash of its smallest folded text>``, so subjects do not depend on input order. A
statement's speaker and via claims follow its text claim to the new subject. Fragments (quotes
under ``MIN_MATCH_WORDS`` words) keep their extraction subject, which already joins only the
identical words from the same speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import evolve

from crosscheck import plugins
from crosscheck.model import Claim, Corpus, Facet
from crosscheck.statements.claims import quote_label, statement_details
from crosscheck.statements.matching import clusters, statement_subject

_FACETS = frozenset({Facet.STATEMENT_TEXT, Facet.STATEMENT_SPEAKER, Facet.STATEMENT_VIA})


def _statement_key(claim: Claim) -> tuple[str, str] | None:
    local = statement_details(claim).statement
    return (claim.doc_id, local) if local is not None else None


@plugins.normalizer("statements")
def cluster_statements(claims: Sequence[Claim], corpus: Corpus) -> list[Claim]:
    """Give the claims of one statement, across documents, one subject and label.

    Args:
        claims: every claim of the corpus (other facets pass through untouched).
        corpus: the corpus (for each document's language).

    Returns:
        The claims, statement claims with their cluster subject.
    """
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
