"""A test extractor: lines ``FACT subject = value`` become single-valued ``test.fact`` claims.

It lets the gate, CLI and pipeline be tested with claims whose truth the test controls, independent
of how good the real extractors are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from crosscheck import plugins
from crosscheck.compare import single_valued
from crosscheck.extract import Analysis
from crosscheck.model import Claim

FACET = "test.fact"
_FACT = re.compile(r"^FACT ([a-z-]+) = ([^\n]+)$", re.MULTILINE)


def fact_claims(analysis: Analysis) -> Iterator[Claim]:
    doc = analysis.document
    for m in _FACT.finditer(doc.text):
        yield Claim(
            doc_id=doc.id,
            facet=FACET,
            subject=f"fact:{m.group(1)}",
            subject_label=m.group(1),
            value=m.group(2).strip().casefold(),
            written=m.group(2).strip(),
            evidence=(doc.span(m.start(2), m.end(2)),),
            extractor="test-facts",
        )


@pytest.fixture
def facts() -> Iterator[None]:
    """Register the test extractor and comparer for one test, then remove them."""
    plugins.load_builtins()
    plugins.extractor("test-facts")(fact_claims)
    plugins.comparer(FACET)(single_valued)
    try:
        yield
    finally:
        plugins.remove(plugins.EXTRACTORS, "test-facts")
        plugins.remove(plugins.COMPARERS, FACET)
