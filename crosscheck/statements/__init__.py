"""Statements: who said what, to whom, when, and through which intermediary.

``find_statements(document)`` reads one article and returns its direct quotes and reported speech
with their speakers resolved; ``crosscheck.statements.claims`` turns them into claims. Word lists
(reporting verbs, pronouns, titles, chain cues) live in ``crosscheck/data/reporting_verbs.toml``.
"""

from __future__ import annotations

from crosscheck.statements.core import find_statements
from crosscheck.statements.drafts import Statement, Via
from crosscheck.statements.speakers import Speaker
from crosscheck.statements.text import normalize_quote, slug, word_keys

__all__ = ["Speaker", "Statement", "Via", "find_statements", "normalize_quote", "slug", "word_keys"]
