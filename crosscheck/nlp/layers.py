"""The names of the annotation layers and the Doc extensions that carry them, declared in one place.

Every layer is a span group on the spaCy Doc (``doc.spans[NAME]``), so that spans, their tokens and
their sentences come from one tokenisation. Values that are not spans (the TimeExpression and Mention
objects behind the ``times`` and ``mentions`` groups, the document annotated) live in Doc extension
attributes registered by :func:`register_extensions` (called where the pipeline is built, with the
sentence component, so that a process that only reads these names never imports spaCy),
index-aligned with their span group.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Span groups (doc.spans keys).
PARAGRAPHS = "paragraphs"  # label "paragraph"
QUOTES = "quotes"  # label "double" | "single": paired quotation marks, marks included
TIMES = "times"  # label: the TIMEX3 value; doc._.cc_times holds the TimeExpressions
MENTIONS = (
    "mentions"  # label: entity id, or "model:<LABEL>" for a statistical entity no alias names
)
CUES = "cues"  # label "reporting" | "according-to": attribution cues
DATELINES = "datelines"  # label "dateline": "CITY, Month D (Agency) -" at a paragraph's start
FURNITURE = "furniture"  # label: the kind of furniture line (byline, caption, related, ...)

LAYERS = (PARAGRAPHS, QUOTES, TIMES, MENTIONS, CUES, DATELINES, FURNITURE)
# What the spaCy pipeline itself gives: tokens, sentence boundaries, tags and lemmas, the dependency
# parse, the statistical entities. With the span groups above, what an extractor may ``require``.
TOKENS = "tokens"
SENTENCES = "sentences"
TAGS = "tags"  # part of speech, fine tag, lemma
PARSE = "parse"  # dependency heads and labels
ENTITIES = "entities"  # the model's named entities (doc.ents)
PIPELINE_ATTRIBUTES = (TOKENS, SENTENCES, TAGS, PARSE, ENTITIES)
REQUIRABLE = PIPELINE_ATTRIBUTES + LAYERS

# Doc extensions (doc._.NAME).
EXT_DOCUMENT = "cc_document"  # the crosscheck Document annotated
EXT_TIMES = "cc_times"  # tuple[TimeExpression, ...], aligned with doc.spans[TIMES]
EXT_MENTIONS = "cc_mentions"  # tuple[Mention, ...], aligned with doc.spans[MENTIONS]
EXT_MODEL = "cc_model"  # ModelInfo of the pipeline that parsed the Doc
# dict[int, int]: a relative pronoun's token index -> the index of the noun its clause hangs on
# ("the coach, who was fired": who -> coach), so every extractor reads the clause's subject alike.
EXT_ANTECEDENTS = "cc_antecedents"

# Statistical entity labels the mention layer keeps (the rest, e.g. WORK_OF_ART, are not claims).
ENTITY_LABELS = (
    "CARDINAL",
    "DATE",
    "EVENT",
    "FAC",
    "GPE",
    "LOC",
    "MONEY",
    "NORP",
    "ORDINAL",
    "ORG",
    "PERCENT",
    "PERSON",
    "QUANTITY",
)


def register_extensions() -> None:
    """Declare crosscheck's Doc extensions once (idempotent; spaCy keeps them process-wide)."""
    # Imported here, not with the module: the layer names are read by processes that never parse
    # (the caller when workers do), and importing spaCy costs some 90 MB there (docs/scale.md).
    from spacy.tokens import Doc

    for name in (EXT_DOCUMENT, EXT_TIMES, EXT_MENTIONS, EXT_MODEL, EXT_ANTECEDENTS):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def spans_from_offsets(
    doc: Doc, offsets: Sequence[tuple[int, int]], labels: str | Sequence[str]
) -> list[Span]:
    """Return token-aligned spans for character ranges (expanded to whole tokens), in text order.

    A range that covers no token (whitespace only) is dropped.
    """
    out: list[Span] = []
    for k, (start, end) in enumerate(offsets):
        label = labels if isinstance(labels, str) else labels[k]
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            out.append(span)
    return out
