"""Ingest: read article files and folders into a Corpus of Documents.

Input forms (see ``docs/input.md``): text with a ``Key: value`` header, Markdown or text with YAML or
TOML front matter, news-please JSON / JSON Lines records, and raw page text whose metadata comes from
the corpus manifest (``crosscheck.toml``) or, failing that, is inferred from the page furniture.
Bad input becomes a :class:`~crosscheck.model.Diagnostic`; the rest of the corpus is still read.
"""

from __future__ import annotations

from crosscheck.ingest.corpus import load_corpus, read_document, sort_diagnostics

__all__ = ["load_corpus", "read_document", "sort_diagnostics"]
