"""Normalise: give claims from different documents canonical, comparable subjects and values.

Extraction is per document; this stage is where the corpus is seen whole, for example to decide that
a name spelt two ways in two outlets is one person. Each registered normaliser maps the full claim
list to a new one and must stay linear (block by key, never compare all pairs).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from crosscheck import plugins
from crosscheck.extract import claim_order
from crosscheck.model import Claim, Corpus


def normalize(claims: Sequence[Claim], corpus: Corpus) -> list[Claim]:
    """Run every registered normaliser in registration order and return the claims sorted."""
    plugins.load_builtins()
    out: Sequence[Claim] = claims
    # Only ``out`` holds each list from here: the claims a normaliser replaced are freed as soon as
    # the next one has its own list (when the caller keeps no reference to ``claims`` either).
    del claims
    for name in plugins.NORMALIZERS:  # registration order, set by plugins.BUILTIN_MODULES
        out = plugins.NORMALIZERS[name](out, corpus)
    return in_claim_order(out)


def in_claim_order(claims: Iterable[Claim]) -> list[Claim]:
    """Return the claims sorted by ``claim_order``: the same list as ``sorted(claims, key=claim_order)``.

    The key starts with the document id, so the claims are sorted document by document: only one
    document's keys exist at a time, where sorting the corpus at once made a key tuple for every
    claim (about 100 bytes a claim, on top of the claims, docs/scale.md). Each document's claims
    keep their order among equal keys, as a stable sort of the whole list keeps it.
    """
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.doc_id, []).append(claim)
    ordered: list[Claim] = []
    for doc_id in sorted(by_doc):
        ordered.extend(sorted(by_doc.pop(doc_id), key=claim_order))
    return ordered
