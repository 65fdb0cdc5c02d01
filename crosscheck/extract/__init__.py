"""Extract: find the claims one document makes.

Each extractor is a function over an :class:`Analysis` (the document plus lazily computed, shared
layers such as its time expressions and entity mentions) registered with
``crosscheck.plugins.extractor``. Extraction is per document and pure, so documents can be processed
in any order or in parallel.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import define, field

from crosscheck import plugins
from crosscheck.model import Claim, Document, Entity, Mention, Resolution, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc


@define
class Analysis:
    """One document and the analysis layers extractors share, each computed at most once."""

    document: Document
    entities: Sequence[Entity] = ()  # corpus-specific registry additions
    model: str | None = None  # the spaCy pipeline in force (None: crosscheck.nlp.choose_model())
    _doc: Doc | None = field(default=None, init=False)
    _times: list[TimeExpression] | None = field(default=None, init=False)
    _mentions: list[Mention] | None = field(default=None, init=False)

    def doc(self) -> Doc:
        """The annotated spaCy Doc (tokens, sentences, parse, entities and crosscheck's layers)."""
        if self._doc is None:
            from crosscheck.nlp import annotate

            self._doc = annotate(self.document, entities=self.entities, model=self.model)
        return self._doc

    def sentence_starts(self) -> list[int]:
        """Return the character offsets where the annotated Doc's sentences start."""
        return [sent.start_char for sent in self.doc().sents]

    def times(self) -> list[TimeExpression]:
        """The document's time expressions, anchored on its publication date when it has one."""
        if self._times is None:
            from crosscheck.nlp.layers import EXT_TIMES

            self._times = list(self.doc()._.get(EXT_TIMES))
        return self._times

    def mentions(self) -> list[Mention]:
        """The document's entity mentions resolved through the registry and its own aliases.

        The model's own entities (``Resolution.MODEL``) are in the Doc's ``mentions`` layer; the
        extractors that read them take them from there.
        """
        if self._mentions is None:
            from crosscheck.nlp.layers import EXT_MENTIONS

            layer = self.doc()._.get(EXT_MENTIONS)
            self._mentions = [m for m in layer if m.resolution is not Resolution.MODEL]
        return self._mentions


def claim_order(claim: Claim) -> tuple[object, ...]:
    """Sort key that makes claim lists independent of extractor and dict order."""
    first = claim.evidence[0].start if claim.evidence else -1
    return (claim.doc_id, first, claim.facet, claim.subject, claim.value, claim.written)


def extract_claims(
    document: Document, *, entities: Sequence[Entity] = (), model: str | None = None
) -> list[Claim]:
    """Return every claim the registered extractors find in ``document``, in text order.

    Args:
        document: the article.
        entities: registry entries to add to the shipped ones (from a corpus manifest).
        model: the spaCy pipeline to annotate with (default: :func:`crosscheck.nlp.choose_model`).

    Raises:
        ModelError: the model is not installed or not usable.
    """
    plugins.load_builtins()
    analysis = Analysis(document, entities, model)
    claims: list[Claim] = []
    for name in sorted(plugins.EXTRACTORS):
        found = list(plugins.EXTRACTORS[name](analysis))
        plugins.check_assigns(name, found)
        claims.extend(found)
    return sorted(claims, key=claim_order)
