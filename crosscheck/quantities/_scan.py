"""Find the quantities of one document: counts, money, shares, durations, ranks, anniversaries, periods.

One left-to-right pass over each sentence's tokens. At each token the matchers are tried in turn
(period, anniversary, rank, then counts with their comparators); a match consumes its tokens, and a
number that is not a quantity (a date, a time, "Resolution 1441", a score) is skipped whole so that its
pieces are not read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosscheck.model import Document
from crosscheck.quantities._counts import count_at, earlier_at, unit_long_at
from crosscheck.quantities._doc import DocText
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities._measures import measure_at
from crosscheck.quantities._owners import with_owners
from crosscheck.quantities._steps import Step
from crosscheck.quantities._years import anniversary_at, period_at, rank_at
from crosscheck.quantities.quantity import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_quantities(doc: Doc | Document) -> list[Quantity]:
    """Return the quantities in an annotated document, in text order.

    Args:
        doc: the document's annotated Doc (``crosscheck.nlp.annotate``): its tokens and sentences,
            its time expressions (dates and times in them are not quantities), its resolved entity
            mentions (they name agents) and its attribution cues. A bare Document is annotated
            with the pipeline in force.

    Returns:
        One Quantity per number that counts, measures or ranks something.
    """
    if isinstance(doc, Document):
        from crosscheck.nlp import annotate

        doc = annotate(doc)
    text = DocText.build(doc)
    triggers = lexicon().triggers | lexicon().time_units.keys()
    found: list[Quantity] = []
    for start, stop in text.sentences:
        i = start
        last: Quantity | None = (
            None  # the sentence's latest figure: "up from 9%" is its earlier value
        )
        while i < stop:
            tok = text.tokens[i]
            if not (tok.is_number or tok.lower in triggers or tok.is_possessive):
                i += 1  # most words cannot start a quantity
                continue
            step = earlier_at(text, i, start, stop, last) if last is not None else None
            step = step or _match(text, i, start, stop)
            if step is None:
                i += 1
                continue
            if step.quantity is not None:
                # An earlier value has its owners already: those of the figure it follows.
                q = step.quantity
                found.append(q if q.earlier else with_owners(text, q))
                last = None if step.quantity.earlier else found[-1]
            if step.also is not None:
                found.append(with_owners(text, step.also))
            i = max(step.next, i + 1)
    return found


def _match(doc: DocText, i: int, start: int, stop: int) -> Step | None:
    # Periods are made of years, which the time layer reads as dates: they are looked for first.
    step = period_at(doc, i, start, stop)
    if step is not None or i in doc.excluded:
        return step
    # Measures before counts: "40 km south of X" is a distance, not a count of kilometres.
    for matcher in (anniversary_at, rank_at, measure_at, count_at, unit_long_at):
        step = matcher(doc, i, start, stop)
        if step is not None:
            return step
    return None
