"""Names: the entity registry, aliases learned from the text, transliteration-aware matching.

``find_mentions`` is the entry point the extractors use (through ``Analysis.mentions()``); the
registry, key and fuzzy helpers are public for the normaliser, the comparers and users.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.model import Document, Entity, Mention
from crosscheck.names.fuzzy import (
    FUZZY_MERGE_SCORE,
    POSSIBLE_VARIANT_SCORE,
    NameMatch,
    compare_names,
)
from crosscheck.names.keys import name_key
from crosscheck.names.registry import Registry, parse_entities, registry_for
from crosscheck.names.resolve import resolve_mentions

__all__ = [
    "FUZZY_MERGE_SCORE",
    "POSSIBLE_VARIANT_SCORE",
    "NameMatch",
    "Registry",
    "compare_names",
    "find_mentions",
    "name_key",
    "parse_entities",
    "registry_for",
]


def find_mentions(document: Document, *, extra: Sequence[Entity] = ()) -> list[Mention]:
    """Return the entity mentions in ``document``, each with how it was resolved.

    Args:
        document: the article.
        extra: corpus-manifest entities that extend the shipped registry or override it by id.

    Returns:
        Mentions in text order. ``entity_id`` is a registry id, a key-derived id for a name the
        registry lacks (``person:~...``), or None for an unresolved acronym or ambiguous alias.
    """
    return resolve_mentions(document, registry_for(extra))
