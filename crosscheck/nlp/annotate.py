"""``annotate(document) -> Doc``: one spaCy parse per document, plus the layers every extractor reads.

The layers (declared in :mod:`crosscheck.nlp.layers`) are span groups on the Doc: paragraphs and
quotations (set before the parser, so sentences never split inside a quotation or at a soft line
break), time expressions (``find_times``, anchored on the publication date), entity mentions (the
registry's and the text's own aliases, merged with the model's entities), attribution cues,
datelines and page furniture. Extractors read these and never tokenise or split text themselves.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosscheck.model import Document, Entity, Mention, Resolution
from crosscheck.nlp.furniture import furniture_lines, is_dateline
from crosscheck.nlp.layers import (
    CUES,
    DATELINES,
    ENTITY_LABELS,
    EXT_ANTECEDENTS,
    EXT_DOCUMENT,
    EXT_MENTIONS,
    EXT_MODEL,
    EXT_TIMES,
    FURNITURE,
    MENTIONS,
    TIMES,
    spans_from_offsets,
)
from crosscheck.nlp.model import choose_model, load_pipeline, model_info

# spaCy is imported where a document is parsed, not with the module: processes that never parse (the
# caller when workers do) read this package's names, and ``import spacy`` alone costs some 90 MB.
if TYPE_CHECKING:
    from spacy.tokens import Doc

# Parses kept per process, keyed by model and text: the same article parsed again (a re-run, a test
# suite, a report then a check) costs a copy, not a parse. Bounded so memory stays flat on big corpora.
PARSE_CACHE_SIZE = 64

# "according to X" is an attribution cue whatever verb the sentence has.
_ACCORDING = ("according", "to")
# Fine tags of a relative pronoun that stands for a noun ("who", "whom", "which", "that"; not the
# possessive "whose") and the roles it fills in its clause.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# Parts of speech a reporting verb's token may have (the tagger calls some participles ADJ).
_VERB_POS = frozenset({"VERB", "AUX"})


@functools.cache
def reporting_lemmas() -> frozenset[str]:
    """Lemmas of the reporting verbs, from the one list the project keeps (single words only)."""
    from crosscheck._data import load_toml

    data = load_toml("reporting_verbs.toml")["en"]
    words = [*data["verbs"], *data["quote_verbs"]]
    return frozenset(w for w in words if " " not in w)


def annotate(
    document: Document, *, entities: Sequence[Entity] = (), model: str | None = None
) -> Doc:
    """Parse ``document`` with the spaCy pipeline in force and add crosscheck's shared layers.

    Args:
        document: the article.
        entities: corpus registry entries (the manifest's ``[[entity]]`` tables).
        model: a spaCy pipeline name; by default the one :func:`choose_model` picks.

    Returns:
        The Doc, whose text is ``document.text`` exactly, so token and span character offsets are
        the document's.

    Raises:
        ModelError: the model is not installed or not usable.
    """
    name = choose_model(model)
    doc = _parse(name, document.text).copy()
    doc._.set(EXT_DOCUMENT, document)
    doc._.set(EXT_MODEL, model_info(name))
    _add_times(doc, document)
    _add_mentions(doc, document, entities)
    _add_cues(doc)
    _add_furniture(doc)
    doc._.set(EXT_ANTECEDENTS, antecedents(doc))
    return doc


@functools.lru_cache(maxsize=PARSE_CACHE_SIZE)
def _parse(name: str, text: str) -> Doc:
    """Return the pipeline's parse of ``text`` (callers copy it before adding layers), its
    title-case headlines parsed again in sentence case (:mod:`crosscheck.nlp.headlines`)."""
    from crosscheck.nlp.headlines import sentence_case

    nlp = load_pipeline(name)
    return sentence_case(nlp, nlp(text))


def parse(text: str, model: str | None = None) -> Doc:
    """Return the pipeline's parse of ``text`` without crosscheck's layers; do not modify it.

    Tokens, the sentences of :mod:`crosscheck.nlp.sentences` with its paragraphs and quotations,
    the dependency parse and the entities. ``find_times`` on bare text reads tense here; the parse
    is kept, so annotating the same text afterwards does not parse it again.
    """
    return _parse(choose_model(model), text)


def clear_parse_cache() -> None:
    """Forget the parses kept in this process (benchmarks time a first run with it)."""
    _parse.cache_clear()


def _add_times(doc: Doc, document: Document) -> None:
    from spacy.tokens import Span  # only where a document is parsed: see the module note

    from crosscheck.time import find_times

    times = find_times(
        document.text,
        published=document.published,
        date_order=document.date_order,
        doc=doc,
    )
    kept = []
    spans = []
    datelines = []
    for te in times:
        span = doc.char_span(te.start, te.end, label=te.value, alignment_mode="expand")
        if span is None or not len(span):
            continue
        kept.append(te)
        spans.append(span)
        if is_dateline(document.text, te):
            datelines.append(Span(doc, span.start, span.end, label="dateline"))
    doc.spans[TIMES] = spans
    doc.spans[DATELINES] = datelines
    doc._.set(EXT_TIMES, tuple(kept))


def _add_mentions(doc: Doc, document: Document, entities: Sequence[Entity]) -> None:
    from spacy.tokens import Span  # only where a document is parsed: see the module note

    from crosscheck.names import find_mentions

    # The names resolver reads this Doc's tokens and sentences (set above by the parse).
    found = find_mentions(document, extra=entities, doc=doc)
    mentions: list[tuple[Span, Mention]] = []
    taken: set[int] = set()
    for m in found:
        span = doc.char_span(
            m.span.start, m.span.end, label=m.entity_id or "unresolved", alignment_mode="expand"
        )
        if span is None or not len(span):
            continue
        mentions.append((span, m))
        taken.update(range(span.start, span.end))
    # Statistical entities that no alias names join as model mentions, unresolved to an id: the
    # names layer decides identity; here they only make a name the registry lacks visible.
    from crosscheck.names.text import TokenIndex

    index = TokenIndex.from_doc(doc)
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        if ent.label_ == "PERSON" and index.in_headline(ent.start_char):
            # A title-case headline capitalises every word, so the model's PERSON there ("Driver
            # Charged") is a guess the names layer does not make either; the body names people.
            continue
        span = Span(doc, ent.start, ent.end, label=f"model:{ent.label_}")
        mention = Mention(
            span=document.span(ent.start_char, ent.end_char),
            text=ent.text,
            entity_id=None,
            resolution=Resolution.MODEL,
        )
        mentions.append((span, mention))
    mentions.sort(key=lambda sm: (sm[0].start, sm[0].end, sm[0].label_))
    doc.spans[MENTIONS] = [s for s, _ in mentions]
    doc._.set(EXT_MENTIONS, tuple(m for _, m in mentions))


def _add_cues(doc: Doc) -> None:
    from spacy.tokens import Span  # only where a document is parsed: see the module note

    lemmas = reporting_lemmas()
    cues: list[Span] = []
    for token in doc:
        if token.pos_ in _VERB_POS and token.lemma_.lower() in lemmas:
            cues.append(Span(doc, token.i, token.i + 1, label="reporting"))
        elif (
            token.lower_ == _ACCORDING[0]
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == _ACCORDING[1]
        ):
            cues.append(Span(doc, token.i, token.i + 2, label="according-to"))
    doc.spans[CUES] = cues


def antecedents(doc: Doc) -> dict[int, int]:
    """Return, for each relative pronoun that is a clause's subject or object, the noun the
    clause hangs on: "the coach, who was fired in March" gives who -> coach.

    The parse hangs a relative clause (``relcl``) on the noun it describes; its pronoun stands for
    that noun. Extractors read the noun's names where the pronoun stands.
    """
    out: dict[int, int] = {}
    for tok in doc:
        if tok.tag_ not in _RELATIVE_TAGS or tok.dep_ not in _RELATIVE_ROLES:
            continue
        clause = tok.head
        if clause.dep_ != "relcl" or clause.head.pos_ not in _NOUN_POS:
            continue
        out[tok.i] = clause.head.i
    return out


def _add_furniture(doc: Doc) -> None:
    lines = list(furniture_lines(doc.text))
    doc.spans[FURNITURE] = spans_from_offsets(
        doc, [(s, e) for s, e, _ in lines], [k for *_, k in lines]
    )
