"""Extract quantity claims: numbers with what they count, their comparator and their context.

Each :class:`~crosscheck.quantities.Quantity` becomes one claim: facet ``quantity`` (or ``period`` for
a span of years such as "1962-88 military rule"), subject the quantity's key, value its canonical
interval. See ``docs/quantities.md``.
"""

from __future__ import annotations

from fractions import Fraction

from crosscheck import plugins
from crosscheck.extract import Analysis
from crosscheck.model import Claim, Modality
from crosscheck.quantities import Quantity, find_quantities
from crosscheck.quantities.interval import format_number

EXTRACTOR = "quantities"
# Characters of the sentence kept on each side of a figure in ``details["sentence"]``: enough for
# any ordinary sentence, bounded for run-on text.
SENTENCE_CONTEXT_CHARS = 300
_MODALITY = {"negated": Modality.DENIED, "irrealis": Modality.SCHEDULED}


def _bound(value: Fraction | None, infinite: str) -> str:
    return infinite if value is None else format_number(value)


def quantity_details(q: Quantity) -> dict[str, str]:
    """Return the claim details of a quantity: its bounds, unit, comparator, noun and context."""
    i = q.interval
    details = {
        "low": _bound(i.low, "-inf"),
        "high": _bound(i.high, "inf"),
        "low_open": str(i.low_open or i.low is None).lower(),
        "high_open": str(i.high_open or i.high is None).lower(),
        "unit": q.unit or "",
        "comparator": q.comparator,
        "noun": q.noun,
        "noun_written": q.noun_written,
        "kind": q.kind.value,
        "strength": q.strength.value,
        "sentence": "",
    }
    optional = {
        "verb": q.verb,
        "agent": q.agent,
        "agent_written": q.agent_written,
        "anchor": q.anchor,
        "object": q.obj,
        "reported": q.reported,
        "cumulative": "true" if q.cumulative else None,
        "news_cycle": "true" if q.news_cycle else None,
        "scope": q.scope,
        "superlative": q.superlative,
        "mood": q.mood,
        "base_year": q.base_year,
        "reference_year": q.reference_year,
        "reference_source": q.reference_source,
    }
    details.update({k: str(v) for k, v in optional.items() if v is not None})
    return details


@plugins.extractor(EXTRACTOR)
def quantity_claims(analysis: Analysis) -> list[Claim]:
    """Return a claim for every quantity in the analysed document.

    Args:
        analysis: the document with its annotated Doc.

    Returns:
        The claims, in text order.
    """
    doc = analysis.document
    claims = []
    for q in find_quantities(analysis.doc()):
        details = quantity_details(q)
        # The sentence, cut to a window around the figure: a run-on "sentence" (a table, a page
        # without full stops) must not be copied whole into every claim.
        lo = max(q.sentence_start, q.start - SENTENCE_CONTEXT_CHARS)
        hi = min(q.sentence_end, q.end + SENTENCE_CONTEXT_CHARS)
        details["sentence"] = doc.text[lo:hi]
        claims.append(
            Claim(
                doc_id=doc.id,
                facet=q.facet,
                subject=q.subject,
                subject_label=q.label,
                value=q.value,
                written=q.written,
                evidence=(doc.span(q.start, q.end),),
                modality=_MODALITY.get(q.mood or "", Modality.ASSERTED),
                details=details,
                extractor=EXTRACTOR,
            )
        )
    return claims
