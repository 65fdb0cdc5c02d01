"""Date claims (time/claims.py) and their comparison (time/compare.py), on tables and the seeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from crosscheck.extract import Analysis
from crosscheck.ingest import load_corpus
from crosscheck.model import (
    Claim,
    ClaimGroup,
    Corpus,
    Document,
    FindingKind,
    Granularity,
    Modality,
    TimeKind,
)
from crosscheck.time.claims import DateDetails, date_claims
from crosscheck.time.compare import (
    compare_dates,
    publication_consistency,
    unanchored_times,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
APR12 = dt.date(2023, 4, 12)


def doc(text: str, published: dt.date | None = APR12, doc_id: str = "a.txt") -> Document:
    return Document(id=doc_id, path=doc_id, text=text, published=published)


def dated(text: str, published: dt.date | None = APR12) -> list[Claim]:
    return [
        c for c in date_claims(Analysis(doc(text, published))) if c.facet != "document.published"
    ]


# (sentence, facet, trigger lemma, value, modality)
CLAIMS = [
    # seed 000
    (
        "He told members of the Foreign Media Club on Tuesday in the capital Seoul.",
        "statement.date",
        "tell",
        "2023-04-11",
        Modality.PAST,
    ),
    (
        # the parse attaches the date to the visit; the summit happens during it (one event frame)
        "President Yoon is set to visit Washington later this month for a summit with Biden.",
        "event.date",
        "visit",
        "2023-04",
        Modality.SCHEDULED,
    ),
    (
        "South Korea on Monday said it will seek appropriate measures.",
        "statement.date",
        "say",
        "2023-04-10",
        Modality.PAST,
    ),
    (
        # the criticism is dated, not the visit: a reaction, reported by a reporting verb
        "The DP criticized his visit to Japan last month.",
        "statement.date",
        "criticize",
        "2023-03",
        Modality.PAST,
    ),
    # seed 002
    (
        "President Joe Biden will host the leaders for a summit at Camp David on Aug. 18 to talk.",
        "event.date",
        "summit",
        "2023-08-18",
        Modality.SCHEDULED,
    ),
    (
        "Yoon speaks at a press briefing in Washington on April 26, 2023.",
        "event.date",
        "briefing",
        "2023-04-26",
        Modality.ASSERTED,
    ),
    # past tense, and June 2023 lies after the 2023-04-12 anchor: the June before it
    (
        "In June, the defense chiefs met on the sidelines of a conference.",
        "event.date",
        "meeting",
        "2022-06",
        Modality.PAST,
    ),
    # seed 003
    (
        "President Moon Jae-in asserted on Nov. 3 that it was undesirable.",
        "statement.date",
        "assert",
        "2022-11-03",
        Modality.PAST,
    ),
    # seed 004
    (
        "An idea to float during an upcoming trilateral summit later this month.",
        "event.date",
        "float",
        "2023-04",
        Modality.SCHEDULED,
    ),
    (
        "The agreement, formally established in 2016, was nearly revoked.",
        "event.date",
        "agreement",
        "2016",
        Modality.PAST,
    ),
    # "the United States" is no reporting verb
    (
        "They meet in the United States this month.",
        "event.date",
        "meeting",
        "2023-04",
        Modality.ASSERTED,
    ),
]


@pytest.mark.parametrize(("text", "facet", "lemma", "value", "modality"), CLAIMS)
def test_date_attached_to_what_it_dates(
    text: str, facet: str, lemma: str, value: str, modality: Modality
) -> None:
    [claim] = dated(text)
    assert (claim.facet, claim.details.trigger_lemma, claim.value) == (facet, lemma, value)
    assert claim.modality is modality
    assert claim.subject.startswith(f"{facet.split('.')[0]}:{lemma}@a.txt:")
    assert claim.evidence[0].start == text.index(claim.written)


def test_event_claim_carries_what_the_aligner_needs() -> None:
    text = (
        "Biden will be meeting with President Yoon Suk Yeol and Japanese Prime Minister "
        "Fumio Kishida at Camp David on Aug. 18."
    )
    [claim] = dated(text, dt.date(2023, 8, 22))
    assert claim.subject == f"event:meeting@a.txt:{text.index('Aug. 18')}"
    assert claim.subject_label == "meeting (Aug. 18)"
    d = claim.details
    assert isinstance(d, DateDetails)
    assert (d.trigger, d.places) == ("meeting", ("Camp David",))
    # the entity layer's names in the clause, its subject included (titles are not part of a name)
    assert d.participants == ("Biden", "Yoon Suk Yeol", "Fumio Kishida")
    assert (d.earliest, d.latest, d.granularity, d.anchored) == (
        dt.date(2023, 8, 18),
        dt.date(2023, 8, 18),
        Granularity.DAY,
        True,
    )
    assert d.clause == text


def test_a_verb_outside_the_event_table_is_named_by_its_lemma() -> None:
    [claim] = dated("Since the start of 2022, North Korea has fired more than 100 missiles.")
    assert claim.subject.startswith("event:fire@a.txt:")
    assert claim.subject_label == "fire (Since the start of 2022)"
    assert claim.details.modifier == "ON_OR_AFTER"


def test_unspecified_event_when_nothing_names_it() -> None:
    [claim] = dated("Talks in Oslo. Results: April 3.")
    assert claim.subject.startswith("event:unspecified@a.txt:")


@pytest.mark.parametrize(
    "text",
    ["He was here recently.", "It took four years.", "They meet every year.", "at 6 p.m."],
)
def test_durations_sets_references_and_bare_times_date_nothing(text: str) -> None:
    assert all(c.details.kind in (TimeKind.DATE, TimeKind.TIME) for c in dated(text))
    assert [c for c in dated(text) if c.value.startswith(("P", "PAST", "PRESENT"))] == []


@pytest.mark.parametrize(
    "line",
    [
        "Riyaz ul Khaliq and Aamir Latif  | 12.04.2023 - Update : 12.04.2023",
        "Posted on : 2017-11-04 18:06 KST Modified on : 2017-11-04 18:06 KST",
        "  \u2022 2023-08-22",
    ],
)
def test_dateline_is_the_document_date_not_an_event(line: str) -> None:
    text = f"Headline\n\n{line}\nBody text follows here."
    d = attrs.evolve(doc(text), date_order="DMY")
    claims = date_claims(Analysis(d))
    assert [c.facet for c in claims] == ["document.published"]


def test_published_claim_points_at_the_printed_date() -> None:
    text = "Title\nBy A. Writer | 12.04.2023\nBody."
    d = attrs.evolve(doc(text), date_order="DMY", published_text="12.04.2023")
    [claim] = date_claims(Analysis(d))
    assert (claim.facet, claim.subject, claim.value) == (
        "document.published",
        "document:a.txt",
        "2023-04-12",
    )
    assert d.quote(claim.evidence[0]) == "12.04.2023"


def test_published_claim_falls_back_to_first_character() -> None:
    [claim] = date_claims(Analysis(doc("No date printed here.")))
    assert (claim.evidence[0].start, claim.evidence[0].end) == (0, 1)


# --- the seeds, through ingest and the manifest ---


@pytest.fixture(scope="module")
def seeds() -> tuple[Corpus, list[Claim]]:
    corpus = load_corpus(SEEDS)
    claims = [c for d in corpus.documents for c in date_claims(Analysis(d))]
    return corpus, claims


def test_seed_004_published_after_its_upcoming_summit(seeds: tuple[Corpus, list[Claim]]) -> None:
    corpus, claims = seeds
    [finding] = publication_consistency(corpus, claims)
    assert (finding.kind, finding.category) == (FindingKind.DISCREPANCY, "inconsistency")
    assert finding.doc_ids == ("004_8a5f8103d029b1ea.txt",)
    quotes = [o.quote for o in finding.observations]
    assert quotes == ["2023-08-22", "Aug. 18"]
    assert [o.value for o in finding.observations] == ["2023-08-22", "2023-08-18"]


def test_undated_seeds_report_their_unanchored_dates(seeds: tuple[Corpus, list[Claim]]) -> None:
    corpus, claims = seeds
    found = {f.subject: f for f in unanchored_times(corpus, claims)}
    assert sorted(found) == [
        "document:001_b3cc9a0815253f82.txt",
        "document:002_c36ad60334172b78.txt",
    ]
    late_april = found["document:001_b3cc9a0815253f82.txt"]
    assert (late_april.kind, late_april.category) == (FindingKind.DISCREPANCY, "unanchored")
    assert [(o.written, o.value) for o in late_april.observations] == [("late April", "XXXX-04")]
    assert [o.written for o in found["document:002_c36ad60334172b78.txt"].observations] == [
        "Aug. 15",
        "Aug. 18",
        "June",
        "by the end of the year",
    ]


def test_seed_claims_have_evidence_in_their_documents(seeds: tuple[Corpus, list[Claim]]) -> None:
    corpus, claims = seeds
    texts = {d.id: d for d in corpus.documents}
    for c in claims:
        assert texts[c.doc_id].quote(c.evidence[0]) in (c.written, texts[c.doc_id].text[:1])


# --- comparing dates once events share a subject ---


def _shared(claim: Claim, subject: str = "event:summit") -> Claim:
    return attrs.evolve(claim, subject=subject)


def _claim(text: str, doc_id: str, published: dt.date | None) -> Claim:
    [claim] = [
        c for c in date_claims(Analysis(doc(text, published, doc_id))) if c.facet == "event.date"
    ]
    return _shared(claim)


def test_compatible_dates_agree_across_documents() -> None:
    a = _claim("The talks in late April were held.", "a.txt", None)
    b = _claim("The talks on April 26, 2023 were held.", "b.txt", None)
    [finding] = compare_dates(ClaimGroup("event.date", "event:summit", (a, b)), {})
    assert (finding.kind, finding.category) == (FindingKind.AGREEMENT, "corroborated")


def test_disjoint_dates_contradict() -> None:
    a = _claim("The summit on Aug. 18 was held.", "a.txt", dt.date(2023, 8, 22))
    b = _claim("The summit on Aug. 19 was held.", "b.txt", dt.date(2023, 8, 22))
    [finding] = compare_dates(ClaimGroup("event.date", "event:summit", (a, b)), {})
    assert (finding.kind, finding.category) == (FindingKind.DISCREPANCY, "contradiction")
    assert "Aug. 18" in finding.explanation and "Aug. 19" in finding.explanation


def test_a_document_giving_disjoint_dates_is_inconsistent() -> None:
    a = _claim("The summit on Aug. 18 was held.", "a.txt", dt.date(2023, 8, 22))
    b = _claim("The summit on Aug. 25 will be held.", "a.txt", dt.date(2023, 8, 22))
    findings = compare_dates(ClaimGroup("event.date", "event:summit", (a, b)), {})
    assert [(f.kind, f.category) for f in findings] == [(FindingKind.DISCREPANCY, "inconsistency")]


def test_a_trailing_attribution_does_not_take_the_date_of_the_clause_it_reports() -> None:
    from crosscheck.extract import Analysis
    from crosscheck.model import Document
    from crosscheck.time.claims import date_claims

    text = (
        "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Friday, the palace said."
    )
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 3, 15))
    [friday] = [c for c in date_claims(Analysis(doc)) if c.written == "Friday"]
    assert (friday.facet, friday.value) == ("event.date", "2024-03-15")
    text = "Chancellor Olaf Scholz told reporters on Friday that the talks went well."
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 3, 15))
    [friday] = [c for c in date_claims(Analysis(doc)) if c.written == "Friday"]
    assert friday.facet == "statement.date"


def test_a_document_that_also_gives_the_others_date_contradicts_only_itself() -> None:
    published = dt.date(2025, 2, 4)
    a = _claim("The leaders met in Oslo on Sunday.", "a.txt", published)
    b = _claim("The leaders met in Bergen on Sunday.", "b.txt", published)
    c = _claim("The talks that nearly failed in December went on.", "b.txt", published)
    findings = compare_dates(ClaimGroup("event.date", "event:summit", (a, b, c)), {})
    assert [(f.kind, f.category, f.doc_ids) for f in findings] == [
        (FindingKind.DISCREPANCY, "inconsistency", ("b.txt",))
    ]


def test_dates_by_predicate_gives_each_event_word_its_dates_as_the_date_claims_do() -> None:
    from crosscheck.extract import Analysis
    from crosscheck.model import Document
    from crosscheck.time.claims import dates_by_predicate

    text = "OSLO, May 3 (Wire) - Ann Roe met Bo Lind on Friday and praised the May 1 agreement."
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 5, 3))
    sdoc = Analysis(doc).doc()
    found = {
        sdoc[i].text: [(te.text, modifies) for te, modifies in dates]
        for i, dates in dates_by_predicate(sdoc).items()
    }
    # the dateline dates nothing; "the May 1 agreement" only says which agreement is meant
    assert found == {"met": [("Friday", False)], "agreement": [("May 1", True)]}
