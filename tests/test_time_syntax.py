"""A date dates the predicate it modifies in the parse, in the direction its clause gives.

The sentences are invented (other names, other stories than the evaluation corpora and the seeds).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.extract import Analysis
from crosscheck.model import Claim, Corpus, Document, Modality
from crosscheck.time import TimeSpan, compatible, find_times
from crosscheck.time.claims import DateDetails, date_claims
from crosscheck.time.compare import compare_dates, dateline_consistency
from crosscheck.time.intervals import fixes_days

MON = dt.date(2025, 6, 2)  # a Monday
PAST, SCHEDULED, ASSERTED = Modality.PAST, Modality.SCHEDULED, Modality.ASSERTED


def dated(text: str, published: dt.date | None = MON, doc_id: str = "t.txt") -> list[Claim]:
    d = Document(id=doc_id, path=doc_id, text=text, published=published)
    return [c for c in date_claims(Analysis(d)) if c.facet != "document.published"]


# (sentence, date as written, facet, word attached to, value, modality)
TABLE = [
    # an apposition of the date dates the event it names, not the verb of the clause
    (
        "The minister landed in Quito on Sunday, the first day of a three-day visit, and "
        "held talks with the mayor.",
        "Sunday",
        "event.date",
        "visit",
        "2025-06-01",
        PAST,
    ),
    # a relative clause about an event noun dates that event
    (
        "The ferry that capsized off the cape on Friday was carrying 40 people.",
        "Friday",
        "event.date",
        "capsized",
        "2025-05-30",
        PAST,
    ),
    (
        "The landslide that buried the road on Friday has cut off two villages.",
        "Friday",
        "event.date",
        "landslide",
        "2025-05-30",
        PAST,
    ),
    # a verb that only says an event happened passes the date to its event-noun subject
    (
        "The explosion injured nine workers on Thursday.",
        "Thursday",
        "event.date",
        "explosion",
        "2025-05-29",
        PAST,
    ),
    # a reporting verb dates its own date, not what it reports ...
    (
        "Ortiz said on Tuesday that the ferry had sunk.",
        "Tuesday",
        "statement.date",
        "said",
        "2025-05-27",
        PAST,
    ),
    # ... and a date inside what it reports never dates the saying
    (
        "Ortiz said the ferry sank on Tuesday.",
        "Tuesday",
        "event.date",
        "sank",
        "2025-05-27",
        PAST,
    ),
    # a trailing attribution reports the clause before it, which keeps its date
    (
        "The strike began on Friday, the union said.",
        "Friday",
        "event.date",
        "strike",
        "2025-05-30",
        PAST,
    ),
    # a reaction is dated, not the event it reacts to
    (
        "The union on Friday condemned the blockade.",
        "Friday",
        "event.date",
        "condemned",
        "2025-05-30",
        PAST,
    ),
    # future and scheduled clauses look forward ...
    (
        "Ortiz will meet the mayors of both towns on Thursday.",
        "Thursday",
        "event.date",
        "meet",
        "2025-06-05",
        SCHEDULED,
    ),
    (
        "The port is set to reopen on Thursday.",
        "Thursday",
        "event.date",
        "reopen",
        "2025-06-05",
        SCHEDULED,
    ),
    (
        "The envoys plan to sign the treaty on Friday.",
        "Friday",
        "event.date",
        "sign",
        "2025-06-06",
        SCHEDULED,
    ),
    (
        "Lund is due to visit Tartu in March.",
        "March",
        "event.date",
        "visit",
        "2026-03",
        SCHEDULED,
    ),
    (
        "The upcoming summit on Thursday will be held in Tartu.",
        "Thursday",
        "event.date",
        "summit",
        "2025-06-05",
        SCHEDULED,
    ),
    # ... the past looks back, whatever word of the sentence is nearer the date
    (
        "The envoys signed the treaty on Friday.",
        "Friday",
        "event.date",
        "signed",
        "2025-05-30",
        PAST,
    ),
    (
        "Lund told reporters on Friday that she will resign.",
        "Friday",
        "statement.date",
        "told",
        "2025-05-30",
        PAST,
    ),
    # no cue: the weekday stays ambiguous, this week's or last week's
    (
        "The envoys sign the treaty on Friday.",
        "Friday",
        "event.date",
        "sign",
        "2025-XX-XX",
        ASSERTED,
    ),
    # a bare day of the month: the publication's month, or the one before in a past clause
    (
        "The envoys signed the treaty on the 9th.",
        "the 9th",
        "event.date",
        "signed",
        "2025-05-09",
        PAST,
    ),
    (
        "The envoys will sign the treaty on the 9th.",
        "the 9th",
        "event.date",
        "sign",
        "2025-06-09",
        SCHEDULED,
    ),
    (
        "The dam burst on the morning of the 1st, the agency said.",
        "the morning of the 1st",
        "event.date",
        "burst",
        "2025-06-01TMO",
        PAST,
    ),
]


# times counted from an event: resolved when the event is dated in the document, else relative
TABLE += [
    (
        "The vote was held on May 30, 2025. Two days before the vote, the rebels withdrew.",
        "Two days before",
        "event.date",
        "withdrew",
        "2025-05-28",
        PAST,
    ),
    (
        "The mayor unveiled the plan on Friday. The union struck the day after the mayor "
        "unveiled the plan.",
        "the day after",
        "event.date",
        "struck",
        "2025-05-31",
        PAST,
    ),
    (
        "Three weeks after the referendum, the talks resumed.",
        "Three weeks after",
        "event.date",
        "talks",
        "XXXX-XX-XX",
        PAST,
    ),
    # a passive "was held" dates its event-noun subject
    (
        "The vote was held on May 30, 2025.",
        "May 30, 2025",
        "event.date",
        "vote",
        "2025-05-30",
        PAST,
    ),
]


@pytest.mark.parametrize(("text", "written", "facet", "word", "value", "modality"), TABLE)
def test_a_date_dates_the_predicate_it_modifies(
    text: str, written: str, facet: str, word: str, value: str, modality: Modality
) -> None:
    [claim] = [c for c in dated(text) if c.written == written]
    d = claim.details
    assert isinstance(d, DateDetails)
    assert (claim.facet, d.trigger, claim.value, claim.modality) == (facet, word, value, modality)
    # the events extractor files the date under the frame whose word starts at trigger_start
    assert d.trigger_start is not None
    assert text[d.trigger_start :].startswith(word)


def test_an_event_relative_time_names_its_anchor() -> None:
    text = "Three weeks after the referendum, the talks resumed."
    [claim] = dated(text)
    d = claim.details
    assert isinstance(d, DateDetails)
    assert (d.relative_to, d.offset_days) == (text.index("referendum"), 21)


def test_an_ambiguous_weekday_carries_both_readings() -> None:
    [claim] = dated("The envoys sign the treaty on Friday.")
    d = claim.details
    assert isinstance(d, DateDetails)
    assert (d.ambiguous, d.candidates) == (True, ("2025-05-30", "2025-06-06"))
    assert (d.earliest, d.latest) == (dt.date(2025, 5, 30), dt.date(2025, 6, 6))


def test_find_times_keeps_its_own_reading() -> None:
    # the date-claim layer re-reads the direction; find_times' values stay as they were
    [te] = find_times("The envoys sign the treaty on Friday.", published=MON)
    assert (te.value, te.ambiguous) == ("2025-05-30", False)


def test_names_come_from_the_entity_layer_of_the_clause() -> None:
    text = "Lena Dahl will meet Omar Haddad in Copenhagen on Thursday, and Berlin will host talks."
    [claim] = dated(text)
    d = claim.details
    assert isinstance(d, DateDetails)
    assert "Copenhagen" in d.places
    assert "Berlin" not in d.places  # another clause
    assert "Omar Haddad" in d.participants


def test_a_dateline_is_the_filing_date_and_names_no_place() -> None:
    [claim] = dated("TARTU, June 2 (Baltic Wire) - Lund will meet Dahl on Wednesday.")
    d = claim.details
    assert isinstance(d, DateDetails)
    assert (claim.written, claim.value, d.trigger) == ("Wednesday", "2025-06-04", "meet")
    assert "TARTU" not in d.places


def _corpus(*docs: Document) -> tuple[Corpus, list[Claim]]:
    claims = [c for d in docs for c in date_claims(Analysis(d))]
    return Corpus(docs), claims


def test_a_dateline_far_from_the_publication_date_is_an_inconsistency() -> None:
    late = Document(
        id="a.txt",
        path="a.txt",
        published=dt.date(2025, 6, 9),
        text="TARTU, June 2 (Baltic Wire) - Lund met Dahl on May 30, 2025.",
    )
    corpus, claims = _corpus(late)
    [finding] = dateline_consistency(corpus, claims)
    assert finding.category == "inconsistency"
    assert sorted(o.quote for o in finding.observations) == ["June 2", "T"]


def test_a_dateline_before_a_past_event_it_reports_is_an_inconsistency() -> None:
    doc = Document(
        id="b.txt",
        path="b.txt",
        published=dt.date(2025, 6, 3),
        text="TARTU, June 2 (Baltic Wire) - Lund met Dahl on June 6, 2025.",
    )
    corpus, claims = _corpus(doc)
    [finding] = dateline_consistency(corpus, claims)
    assert sorted(o.quote for o in finding.observations) == ["June 2", "June 6, 2025"]


def test_a_dateline_a_day_off_is_no_finding() -> None:
    doc = Document(
        id="c.txt",
        path="c.txt",
        published=dt.date(2025, 6, 3),
        text="TARTU, June 2 (Baltic Wire) - Lund met Dahl on May 30, 2025.",
    )
    assert dateline_consistency(*_corpus(doc)) == []


# --- unanchored relative dates are compared only through what they fix ---


def _span(text: str) -> TimeSpan:
    return TimeSpan.of(find_times(text)[0])


def test_an_unanchored_weekday_is_checked_against_full_dates() -> None:
    friday = _span("on Friday")
    assert compatible(friday, _span("May 30, 2025"))  # a Friday
    assert not compatible(friday, _span("May 31, 2025"))  # a Saturday
    assert fixes_days(friday)


def test_an_unanchored_yesterday_fixes_nothing_and_agrees_with_nothing() -> None:
    yesterday = _span("yesterday")
    assert not fixes_days(yesterday)
    undated = Document(id="u.txt", path="u.txt", text="The strike began yesterday.")
    dated_doc = Document(
        id="d.txt", path="d.txt", text="The strike began on May 30, 2025.", published=MON
    )
    _, claims = _corpus(undated, dated_doc)
    from crosscheck.model import ClaimGroup

    events = [c for c in claims if c.facet == "event.date"]
    group = ClaimGroup(facet="event.date", subject="event:strike", claims=tuple(events))
    docs = {"u.txt": undated, "d.txt": dated_doc}
    assert compare_dates(group, docs) == []  # neither corroborated nor contradicted


# --- invariants ---

_SUBJECTS = ["The envoys", "Lund", "The union", "The mayor of Tartu"]
_VERBS = ["met", "will meet", "signed", "plan to sign", "said", "visited"]
_TIMES = ["on Friday", "on Tuesday", "on the 9th", "in March", "on May 30", "last week"]
_TAILS = ["", ", the agency said", " and agreed to talk again", ", the first day of a visit"]


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(_SUBJECTS),
    st.sampled_from(_VERBS),
    st.sampled_from(_TIMES),
    st.sampled_from(_TAILS),
)
def test_every_date_claim_is_attached_inside_its_sentence(
    subject: str, verb: str, when: str, tail: str
) -> None:
    text = f"Talks went on. {subject} {verb} the others {when}{tail}. Nothing else happened."
    for claim in dated(text):
        d = claim.details
        assert isinstance(d, DateDetails)
        if d.trigger_start is None:
            continue
        first = text.index(". ") + 2
        last = text.index(". Nothing")
        assert first <= d.trigger_start < last  # never a word of another sentence
        assert text[d.trigger_start :].startswith(d.trigger or "")


# A date naming its year inside the phrase of an event class's noun dates that event, not the verb
# the phrase hangs off; a weekday alone there is left to the verb (outlets date such games and
# fires by other days). Invented sentences.
YEAR_IN_EVENT_NOUN = [
    ("Tomas Ferreira was charged in an April 2019 shooting at a bakery.", "April 2019", "shooting"),
    ("Lena Okafor, who survived the 2011 avalanche, spoke on the radio.", "2011", "avalanche"),
    ("The striker scored twice after the 2016 takeover of the club.", "2016", "takeover"),
    ("Tomas Ferreira was charged in a Friday shooting at a bakery.", "Friday", "charged"),
]


@pytest.mark.parametrize(("text", "written", "word"), YEAR_IN_EVENT_NOUN)
def test_a_year_inside_an_event_nouns_phrase_dates_that_event(
    text: str, written: str, word: str
) -> None:
    [claim] = [c for c in dated(text) if c.written == written]
    d = claim.details
    assert isinstance(d, DateDetails)
    assert d.trigger == word
    assert d.modifies_trigger == (word != "charged")
