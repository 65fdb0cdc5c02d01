"""Someone struck by a vehicle: fresh sentences.

A verb of striking opens an accident only when what strikes is a vehicle or its driver (``struck_by``
in the data file).
"""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.events.claims import EventDetails, event_claims
from crosscheck.extract import Analysis
from crosscheck.model import Document

PUBLISHED = dt.date(2023, 4, 12)  # a Wednesday


def _frames(text: str) -> list[tuple[EventDetails, str]]:
    doc = Document(id="t.txt", path="t.txt", text=text, published=PUBLISHED)
    return [
        (c.details, c.value)
        for c in event_claims(Analysis(doc))
        if c.facet == "event.participants" and isinstance(c.details, EventDetails)
    ]


# (sentence, the word of striking, whether it opens an accident frame)
STRUCK = [
    ("A tram struck a jogger near Ostpark in Graz on Tuesday.", "struck", True),
    ("A pensioner was hit by a taxi outside the Linden Hotel in Porto.", "hit", True),
    ("A boy was struck by a drunk driver in Tallinn on Sunday.", "struck", True),
    # the verb alone tells no accident: what strikes is no vehicle
    ("Mayor Ines Roth was hit by fresh criticism in Graz on Monday.", "hit", False),
    ("The Velta dockers' union struck a deal with Velta Motors in Porto.", "struck", False),
    ("Inflation hit a record in Porto in March.", "hit", False),
    # a car named by make and model, the model's product label on the noun itself
    ("A cyclist was hit by a black Honda Civic in Graz on Tuesday.", "hit", True),
    ("A jogger was struck by a 2019 Nissan Altima in Graz on Tuesday.", "struck", True),
    # a product name before a common noun, or a maker's name without an article, is no striker
    ("The convoy was hit by a Hellfire missile near Ostpark in Graz.", "hit", False),
    ("The Porto plant was hit by the Honda recall in March.", "hit", False),
    # coordinated before the event it brings about, it is that event's first word
    ("A bus struck and killed a cyclist in Graz on Tuesday.", "struck", False),
]


@pytest.mark.parametrize(("text", "verb", "opens"), STRUCK)
def test_a_vehicle_striking_someone_is_an_accident(text: str, verb: str, opens: bool) -> None:
    start = text.index(verb)
    accidents = [d for d, _ in _frames(text) if d.group == "accident" and start in d.triggers]
    assert bool(accidents) == opens
