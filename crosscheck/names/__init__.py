"""Names: the entity registry, aliases learned from the text, transliteration-aware matching.

``find_mentions`` is the entry point the extractors use (through ``Analysis.mentions()``); the
registry, key and fuzzy helpers are public for the normaliser, the comparers and users.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosscheck.model import Document, Entity, Mention, Resolution
from crosscheck.names.fuzzy import (
    FUZZY_MERGE_SCORE,
    POSSIBLE_VARIANT_SCORE,
    NameMatch,
    compare_names,
)
from crosscheck.names.keys import name_key
from crosscheck.names.registry import Registry, model_entity_id, parse_entities, registry_for
from crosscheck.names.resolve import resolve_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "FUZZY_MERGE_SCORE",
    "POSSIBLE_VARIANT_SCORE",
    "NameMatch",
    "Registry",
    "compare_names",
    "find_mentions",
    "model_entity_id",
    "name_key",
    "parse_entities",
    "registry_for",
    "resolve_mentions",
]


def find_mentions(
    document: Document, *, extra: Sequence[Entity] = (), doc: Doc | None = None
) -> list[Mention]:
    """Return the entity mentions in ``document``, each with how it was resolved.

    Args:
        document: the article.
        extra: corpus-manifest entities that extend the shipped registry or override it by id.
        doc: the document's annotated Doc, when the caller has one; without it the document is
            annotated here (``crosscheck.nlp.annotate``, whose ``mentions`` layer this builds).

    Returns:
        Mentions in text order. ``entity_id`` is a registry id, a key-derived id for a name the
        registry lacks (``person:~...``), or None for an unresolved acronym or ambiguous alias.

    Raises:
        ModelError: no Doc was given and the spaCy model is not installed or not usable.
    """
    if doc is not None:
        return resolve_mentions(doc, registry_for(extra))
    from crosscheck.nlp import annotate
    from crosscheck.nlp.layers import EXT_MENTIONS

    layer: Sequence[Mention] = annotate(document, entities=extra)._.get(EXT_MENTIONS)
    return [m for m in layer if m.resolution is not Resolution.MODEL]
