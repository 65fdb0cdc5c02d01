"""The annotation layer: one spaCy Doc per document, with the layers every extractor reads.

``annotate(document)`` parses a document once (tokens, sentences, parse, entities) and adds
crosscheck's shared layers as span groups: paragraphs, quotations, time expressions, entity
mentions, attribution cues, datelines and page furniture (names in :mod:`crosscheck.nlp.layers`).
The spaCy pipeline is a setting (:mod:`crosscheck.nlp.model`) built once per process.
"""

from crosscheck.model import ModelInfo
from crosscheck.nlp.annotate import annotate, parse
from crosscheck.nlp.model import (
    ENV_VAR,
    OFFICIAL_MODEL,
    PINNED_MODEL,
    PINNED_VERSION,
    choose_model,
    load_pipeline,
    model_info,
)

__all__ = [
    "ENV_VAR",
    "OFFICIAL_MODEL",
    "PINNED_MODEL",
    "PINNED_VERSION",
    "ModelInfo",
    "annotate",
    "choose_model",
    "load_pipeline",
    "model_info",
    "parse",
]
