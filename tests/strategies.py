"""Hypothesis strategies for crosscheck's value types."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from crosscheck.model import (
    Diagnostic,
    Diff,
    DocumentSummary,
    Finding,
    FindingKind,
    MetaSource,
    Modality,
    Observation,
    Opcode,
    Report,
    Span,
    ValueSources,
)

# Text that includes the characters most likely to break JSON or markdown.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from("|`<>[]()*_\\\"'\n"),
    max_size=40,
)
ids = st.from_regex(r"[a-z0-9_]{1,12}\.txt", fullmatch=True)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
spans = st.builds(
    Span,
    doc_id=ids,
    start=st.integers(0, 10_000),
    end=st.integers(0, 10_000),
    line=st.integers(1, 500),
    column=st.integers(1, 200),
)
observations = st.builds(
    Observation,
    doc_id=ids,
    written=texts,
    value=texts,
    evidence=st.lists(spans, max_size=2).map(tuple),
    outlet=st.none() | texts,
    path=st.none() | texts,
    attributed_to=st.none() | texts,
    via=st.none() | texts,
    modality=st.sampled_from(Modality),
    quote=texts,
)
opcodes = st.builds(
    Opcode,
    tag=st.sampled_from(["equal", "replace", "insert", "delete"]),
    a_start=st.integers(0, 50),
    a_end=st.integers(0, 50),
    b_start=st.integers(0, 50),
    b_end=st.integers(0, 50),
)
diffs = st.builds(
    Diff,
    values=st.lists(
        st.builds(ValueSources, value=texts, doc_ids=st.lists(ids, max_size=3)), max_size=3
    ).map(tuple),
    opcodes=st.lists(opcodes, max_size=3).map(tuple),
    texts=st.lists(texts, min_size=2, max_size=2).map(tuple) | st.just(()),
)
findings = st.builds(
    Finding,
    id=st.from_regex(r"[0-9a-f]{16}", fullmatch=True),
    kind=st.sampled_from(FindingKind),
    category=st.sampled_from(["contradiction", "variant", "inconsistency", "corroborated"]),
    facet=st.sampled_from(["event.date", "person.affiliation", "statement.text"]),
    subject=texts,
    observations=st.lists(observations, min_size=1, max_size=3).map(tuple),
    explanation=texts,
    subject_label=texts,
    diff=diffs,
)
summaries = st.builds(
    DocumentSummary,
    id=ids,
    path=texts,
    outlet=st.none() | texts,
    title=st.none() | texts,
    published=st.none() | dates,
    published_source=st.none() | st.sampled_from(MetaSource),
    claims=st.integers(0, 1000),
)
diagnostics = st.builds(
    Diagnostic,
    path=texts,
    message=texts,
    line=st.none() | st.integers(1, 1000),
    skipped=st.booleans(),
)
reports = st.builds(
    Report,
    documents=st.lists(summaries, max_size=3).map(tuple),
    findings=st.lists(findings, max_size=4).map(tuple),
    diagnostics=st.lists(diagnostics, max_size=2).map(tuple),
)
