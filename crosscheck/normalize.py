"""Normalise: give claims from different documents canonical, comparable subjects and values.

Extraction is per document; this stage is where the corpus is seen whole, for example to decide that
a name spelt two ways in two outlets is one person. Each registered normaliser maps the full claim
list to a new one and must stay linear (block by key, never compare all pairs).
"""

from __future__ import annotations

from collections.abc import Sequence

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
    return sorted(out, key=claim_order)
