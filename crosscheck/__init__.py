"""crosscheck: cross-check news reporting across outlets.

Give it articles about one story from several outlets; it finds what each one claims, lines the
claims up and reports where the outlets agree and where they disagree::

    import crosscheck
    report = crosscheck.crosscheck("seeds/")
    print(report.to_markdown())
"""

from crosscheck.errors import BaselineError, CrosscheckError, InputError, ManifestError, UsageError
from crosscheck.extract import extract_claims
from crosscheck.ingest import load_corpus
from crosscheck.model import (
    Claim,
    ClaimGroup,
    Corpus,
    Diagnostic,
    Diff,
    Document,
    DocumentSummary,
    Entity,
    Finding,
    FindingKind,
    Mention,
    MetaSource,
    Modality,
    Observation,
    Opcode,
    Report,
    Resolution,
    Span,
    TimeExpression,
    TimeKind,
    ValueSources,
)
from crosscheck.pipeline import crosscheck
from crosscheck.time import find_times

__version__ = "0.1.0"

__all__ = [
    "BaselineError",
    "Claim",
    "ClaimGroup",
    "Corpus",
    "CrosscheckError",
    "Diagnostic",
    "Diff",
    "Document",
    "DocumentSummary",
    "Entity",
    "Finding",
    "FindingKind",
    "InputError",
    "ManifestError",
    "Mention",
    "MetaSource",
    "Modality",
    "Observation",
    "Opcode",
    "Report",
    "Resolution",
    "Span",
    "TimeExpression",
    "TimeKind",
    "UsageError",
    "ValueSources",
    "crosscheck",
    "extract_claims",
    "find_times",
    "load_corpus",
]
