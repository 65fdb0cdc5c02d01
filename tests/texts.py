"""Run the whole pipeline on texts held in memory: for tests that check findings across documents."""

from __future__ import annotations

import datetime as dt

from crosscheck.align import align
from crosscheck.compare import compare
from crosscheck.extract import extract_claims
from crosscheck.model import Corpus, Document, Finding
from crosscheck.normalize import normalize


def findings_of(*texts: str, published: dt.date | None = dt.date(2024, 5, 6)) -> list[Finding]:
    """Return the findings for one document per text (ids ``0.txt``, ``1.txt`` …, outlets alike)."""
    docs = tuple(
        Document(id=f"{n}.txt", path=f"{n}.txt", text=t, outlet=f"Outlet {n}", published=published)
        for n, t in enumerate(texts)
    )
    corpus = Corpus(documents=docs)
    claims = normalize([c for d in docs for c in extract_claims(d)], corpus)
    return compare(align(claims), corpus, claims)
