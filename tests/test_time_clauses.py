"""A date's own clause: tense past a trailing attribution, and which word a date dates.

The sentences are invented (other names, other stories than the evaluation corpora).
"""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Claim, Document, Modality
from crosscheck.time import find_times
from crosscheck.time.claims import date_claims

MON = dt.date(2025, 6, 2)  # a Monday


def values(text: str, published: dt.date = MON) -> dict[str, str]:
    return {t.text: t.value for t in find_times(text, published=published)}


# --- tense: a trailing attribution does not set the tense of the clause it reports ---


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the future of the date's own clause wins over the past of ", X said"
        ("Moreau will host Ortiz on Wednesday at the palace, her spokesman said.", "2025-06-04"),
        ("The envoys will sign the accord on Friday, according to diplomats.", "2025-06-06"),
        ("Talks will resume on Thursday in Oslo, officials told reporters.", "2025-06-05"),
        ("The ferry will sail on Saturday, the operator said on Sunday.", "2025-06-07"),
        # the past of the own clause is kept
        ("Moreau hosted Ortiz on Wednesday at the palace, her spokesman said.", "2025-05-28"),
        # a date inside the attribution takes the attribution's tense
        ("The ferry will sail again, the operator said on Sunday.", "2025-06-01"),
        # a fronted date: the comma opens the main clause, which is in the future
        ("On Thursday, the ministers will meet in Lyon.", "2025-06-05"),
        # an apposition without its own verb takes no tense from the clause around it
        (
            "The buyer will pay 12 euros a share, a premium to the closing price on Friday, "
            "the firms said.",
            "2025-05-30",
        ),
    ],
)
def test_weekday_reads_the_tense_of_its_own_clause(text: str, value: str) -> None:
    found = values(text)
    weekday = next(w for w in found if w.split()[-1].endswith("day"))
    assert found[weekday] == value


def test_attributed_future_is_scheduled() -> None:
    [claim] = dated("Moreau will host Ortiz on Wednesday at the palace, her spokesman said.")
    assert (claim.facet, claim.value, claim.modality) == (
        "event.date",
        "2025-06-04",
        Modality.SCHEDULED,
    )


# --- which word a date dates ---
# The date dates the predicate it modifies in the parse: a verb outside the event-word table is
# named by its own lemma ("hit", "rise"), and a date inside a quote dates a predicate of the quote.


def dated(text: str, published: dt.date = MON) -> list[Claim]:
    d = Document(id="t.txt", path="t.txt", text=text, published=published)
    return [c for c in date_claims(Analysis(d)) if c.facet != "document.published"]


def attached(text: str, written: str) -> tuple[str, str]:
    """Return (facet, trigger lemma or "unspecified") of the date written ``written``."""
    [claim] = [c for c in dated(text) if c.written == written]
    return claim.facet, claim.details.trigger_lemma or "unspecified"


@pytest.mark.parametrize(
    ("text", "written", "facet", "lemma"),
    [
        # a saying dates a date in its own attribution, not the event before it
        (
            "The storm that hit the coast on Friday has killed 12 people, officials said on Sunday.",
            "Sunday",
            "statement.date",
            "say",
        ),
        # ... and the event of a relative clause keeps its date
        (
            "The storm that hit the coast on Friday has killed 12 people, officials said on Sunday.",
            "Friday",
            "event.date",
            "hit",
        ),
        (
            "The earthquake that struck the island on Friday has killed 12 people.",
            "Friday",
            "event.date",
            "earthquake",
        ),
        # the verb before the date governs it, not a coordinated verb after it
        (
            "The two mayors met in Ghent on Thursday and agreed to share a tram line.",
            "Thursday",
            "event.date",
            "meeting",
        ),
        # a reporting verb dates a date only across its object, never inside what it reports
        ("Ortiz told the council in Quito on Friday.", "Friday", "statement.date", "tell"),
        (
            "Ortiz said she wants the bridge finished before the vote on June 20.",
            "June 20",
            "event.date",
            "finish",
        ),
        (
            "Ortiz said the rebels had controlled the town since Friday.",
            "since Friday",
            "event.date",
            "control",
        ),
        (
            "Ortiz said on Friday that the rebels had left the town.",
            "Friday",
            "statement.date",
            "say",
        ),
        # a date before a trailing attribution never dates the saying
        (
            "The shares closed at 40 euros on Friday, the exchange said.",
            "Friday",
            "event.date",
            "close",
        ),
        (
            "Ortiz conceded defeat on Friday but said she would appeal.",
            "Friday",
            "statement.date",
            "concede",
        ),
        # an event already dated by its own modifier takes no second date
        (
            "The toll from Friday's landslide rose to 40 on Monday.",
            "Monday",
            "event.date",
            "rise",
        ),
        (
            "Saturday's referendum was a defeat for the mayor, results showed on Sunday.",
            "Sunday",
            "event.date",
            "show",
        ),
        (
            "It was the worst since the 1998 Lisbon earthquake.",
            "1998",
            "event.date",
            "earthquake",
        ),
        # a capitalised event word inside a name is no event
        (
            "Results were published by the National Election Office on Monday.",
            "Monday",
            "event.date",
            "publish",
        ),
        # a date in a quote dates nothing outside it
        (
            '"We have not forgotten the floods of April," the mayor said at the summit.',
            "April",
            "event.date",
            "forget",
        ),
        # a phrase of place or occasion after the date goes on with its clause
        (
            "The leaders laid wreaths on May 9, on the sidelines of the summit.",
            "May 9",
            "event.date",
            "lay",
        ),
        # a comma then a new subject and verb is another clause
        (
            "The rebels won the vote, the commission announced on Monday.",
            "Monday",
            "statement.date",
            "announce",
        ),
    ],
)
def test_a_date_dates_a_word_of_its_own_clause(
    text: str, written: str, facet: str, lemma: str
) -> None:
    assert attached(text, written) == (facet, lemma)


def test_an_event_word_with_its_own_date_is_marked() -> None:
    [claim] = dated("It was the worst since the 1998 Lisbon earthquake.")
    assert claim.details.modifies_trigger
    [claim] = dated("The earthquake struck the island on Friday.")
    assert not claim.details.modifies_trigger


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, June 2 (Andean Wire) - The two mayors met in Ghent on Thursday.",
        "GHENT, Belgium, June 2 (AW) — The two mayors met in Ghent on Thursday.",
        "**GHENT**, June 2 — The two mayors met in Ghent on Thursday.",
        "Ghent, June 2 - The two mayors met in Ghent on Thursday.",
    ],
)
def test_a_wire_dateline_dates_no_event(text: str) -> None:
    claims = dated(text)
    assert [c.written for c in claims] == ["Thursday"]
    assert claims[0].details.trigger_lemma == "meeting"


def test_a_possessive_date_takes_no_signal() -> None:
    # "since Friday's landslide": since governs the landslide; the date only says which one
    found = find_times("Roads have been shut since Friday's landslide.", published=MON)
    assert [(t.text, t.value, t.modifier) for t in found] == [("Friday", "2025-05-30", None)]
