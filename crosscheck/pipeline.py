"""The orchestrator: ingest → extract → normalise → align → compare → report. No logic of its own."""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike

from crosscheck.align import align
from crosscheck.compare import compare
from crosscheck.extract import extract_claims
from crosscheck.ingest import load_corpus
from crosscheck.model import Claim, Corpus, Report
from crosscheck.normalize import normalize
from crosscheck.report import build_report


def corpus_claims(corpus: Corpus) -> list[Claim]:
    """Extract and normalise the claims of every document in the corpus."""
    # --- extract: per document, pure ---
    extracted = [
        c for doc in corpus.documents for c in extract_claims(doc, entities=corpus.entities)
    ]
    # --- normalise: canonical subjects and values across the corpus ---
    return normalize(extracted, corpus)


def crosscheck(
    corpus_or_paths: Corpus | str | PathLike[str] | Sequence[str | PathLike[str]],
) -> Report:
    """Cross-check a corpus (or the files and folders at the given paths) and return the Report.

    Args:
        corpus_or_paths: a Corpus from ``load_corpus``, or one path, or a sequence of paths.

    Returns:
        The Report: a summary of the documents, every finding, and every input diagnostic.
    """
    # --- ingest ---
    if isinstance(corpus_or_paths, Corpus):
        corpus = corpus_or_paths
    elif isinstance(corpus_or_paths, (str, PathLike)):
        corpus = load_corpus(corpus_or_paths)
    else:
        corpus = load_corpus(*corpus_or_paths)
    # --- extract + normalise ---
    claims = corpus_claims(corpus)
    # --- align: group by key ---
    groups = align(claims)
    # --- compare: group by group, then corpus checks ---
    findings = compare(groups, corpus, claims)
    # --- report ---
    return build_report(corpus, claims, findings)
