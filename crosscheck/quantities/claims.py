"""Extract quantity claims: numbers with what they count, their comparator and their context.

Each :class:`~crosscheck.quantities.Quantity` becomes one claim: facet ``quantity`` (or ``period`` for
a span of years such as "1962-88 military rule"), subject the quantity's key, value its canonical
interval. See ``docs/quantities.md``.
"""

from __future__ import annotations

from fractions import Fraction

from attrs import frozen

from crosscheck import plugins
from crosscheck.extract import Analysis
from crosscheck.model import Claim, Details, Document, Facet, Modality, Span
from crosscheck.nlp.layers import CUES, MENTIONS, SENTENCES, TAGS, TIMES, TOKENS
from crosscheck.quantities import Quantity, find_quantities
from crosscheck.quantities.quantity import Kind, Strength

EXTRACTOR = "quantities"
# Characters of the sentence kept on each side of a figure in ``QuantityDetails.sentence``: enough for
# any ordinary sentence, bounded for run-on text.
SENTENCE_CONTEXT_CHARS = 300
_MODALITY = {"negated": Modality.DENIED, "irrealis": Modality.SCHEDULED}


@frozen
class QuantityDetails(Details):
    """Of a ``quantity`` or ``period`` claim: the interval, what is counted and the context.

    ``low``/``high`` are exact (None: unbounded on that side); the keys (``noun``, ``verb``,
    ``agent`` …) are normalised and the ``*_written`` ones as printed. ``sentence`` is the sentence
    around the figure, cut to a window for run-on text.
    """

    tag = "quantity"
    kind: Kind
    strength: Strength
    low: Fraction | None
    high: Fraction | None
    low_open: bool
    high_open: bool
    comparator: str
    noun: str
    noun_written: str
    unit: str | None = None
    sentence: str = ""
    verb: str | None = None
    agent: str | None = None
    agent_written: str | None = None
    anchor: str | None = None
    object: str | None = None
    recipient: str | None = None
    recipient_written: str | None = None
    reported: str | None = None
    cumulative: bool = False
    news_cycle: bool = False
    scope: str | None = None
    superlative: str | None = None
    mood: str | None = None
    base_year: int | None = None
    reference_year: int | None = None
    reference_source: str | None = None
    origin: str | None = None
    # A measure of ``_measures.py`` (a distance, a magnitude, a named person's age, a body's size).
    measure: bool = False
    # "has so far lost seven": a figure up to the day of writing (see ``Quantity.perfect``).
    perfect: bool = False
    # A running total's report day is stated in the text, not the publication day.
    reported_stated: bool = False
    # A part of a whole its sentence also gives ("3 of his 11 rebounds").
    part: bool = False
    # A figure of a stretch of the story ("during the deciding run").
    episode: bool = False
    # "up from 1,200 on Tuesday": the earlier value of the figure before it, at another time.
    earlier: bool = False
    # The whole of "N of the M passengers", "its seven-member board": the size of a group.
    whole: bool = False


def quantity_details(q: Quantity, sentence: str = "") -> QuantityDetails:
    """Return the claim details of a quantity: its bounds, unit, comparator, noun and context."""
    i = q.interval
    return QuantityDetails(
        kind=q.kind,
        strength=q.strength,
        low=i.low,
        high=i.high,
        low_open=i.low_open or i.low is None,
        high_open=i.high_open or i.high is None,
        comparator=q.comparator,
        noun=q.noun,
        noun_written=q.noun_written,
        unit=q.unit or None,
        sentence=sentence,
        verb=q.verb,
        agent=q.agent,
        agent_written=q.agent_written,
        anchor=q.anchor,
        object=q.obj,
        recipient=q.recipient,
        recipient_written=q.recipient_written,
        reported=q.reported,
        cumulative=q.cumulative,
        news_cycle=q.news_cycle,
        scope=q.scope,
        superlative=q.superlative,
        mood=q.mood,
        base_year=q.base_year,
        reference_year=q.reference_year,
        reference_source=q.reference_source,
        origin=q.origin_written,
        measure=q.measure,
        perfect=q.perfect,
        reported_stated=q.reported_stated,
        part=q.part,
        episode=q.episode,
        earlier=q.earlier,
        whole=q.whole,
    )


@plugins.extractor(
    EXTRACTOR,
    requires=(TOKENS, SENTENCES, TAGS, CUES, MENTIONS, TIMES),
    assigns=(Facet.QUANTITY, Facet.PERIOD),
)
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
        # The sentence, cut to a window around the figure: a run-on "sentence" (a table, a page
        # without full stops) must not be copied whole into every claim.
        lo = max(q.sentence_start, q.start - SENTENCE_CONTEXT_CHARS)
        hi = min(q.sentence_end, q.end + SENTENCE_CONTEXT_CHARS)
        details = quantity_details(q, doc.text[lo:hi])
        claims.append(
            Claim(
                doc_id=doc.id,
                facet=q.facet,
                subject=q.subject,
                subject_label=q.label,
                value=q.value,
                written=q.written,
                evidence=_evidence(doc, q),
                modality=_MODALITY.get(q.mood or "", Modality.ASSERTED),
                details=details,
                extractor=EXTRACTOR,
            )
        )
    return claims


def _evidence(doc: Document, q: Quantity) -> tuple[Span, ...]:
    """Return the figure's span, then the span dating its origin when it has one ("signed in 1999")."""
    own = doc.span(q.start, q.end)
    if q.origin_start is None or q.origin_end is None:
        return (own,)
    return (own, doc.span(q.origin_start, q.origin_end))
