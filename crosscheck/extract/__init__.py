"""Extract: find the claims one document makes.

Each extractor is a function over an :class:`Analysis` (the document plus lazily computed, shared
layers such as its time expressions and entity mentions) registered with
``crosscheck.plugins.extractor``. Extraction is per document and pure, so documents can be processed
in any order or in parallel.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import define, field

from crosscheck import plugins
from crosscheck.model import Claim, Document, Entity, Mention, TimeExpression


@define
class Analysis:
    """One document and the analysis layers extractors share, each computed at most once."""

    document: Document
    entities: Sequence[Entity] = ()  # corpus-specific registry additions
    _times: list[TimeExpression] | None = field(default=None, init=False)
    _mentions: list[Mention] | None = field(default=None, init=False)

    def times(self) -> list[TimeExpression]:
        """The document's time expressions, anchored on its publication date when it has one."""
        if self._times is None:
            from crosscheck.time import find_times

            doc = self.document
            self._times = find_times(doc.text, published=doc.published, date_order=doc.date_order)
        return self._times

    def mentions(self) -> list[Mention]:
        """The document's entity mentions, resolved against the registry and its own aliases."""
        if self._mentions is None:
            from crosscheck.names import find_mentions

            self._mentions = find_mentions(self.document, extra=self.entities)
        return self._mentions


def claim_order(claim: Claim) -> tuple[object, ...]:
    """Sort key that makes claim lists independent of extractor and dict order."""
    first = claim.evidence[0].start if claim.evidence else -1
    return (claim.doc_id, first, claim.facet, claim.subject, claim.value, claim.written)


def extract_claims(document: Document, *, entities: Sequence[Entity] = ()) -> list[Claim]:
    """Return every claim the registered extractors find in ``document``, in text order.

    Args:
        document: the article.
        entities: registry entries to add to the shipped ones (from a corpus manifest).
    """
    plugins.load_builtins()
    analysis = Analysis(document, entities)
    claims: list[Claim] = []
    for name in sorted(plugins.EXTRACTORS):
        claims.extend(plugins.EXTRACTORS[name](analysis))
    return sorted(claims, key=claim_order)
