"""Compare dates: interval compatibility across documents, publication-date consistency, and
documents whose relative dates could not be anchored.

A date group agrees when every document's interval can meet every other's ("late April" and
"April 26, 2023") and is a contradiction when two are disjoint ("Aug. 18" and "Aug. 19").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

import attrs

from crosscheck import plugins
from crosscheck.compare import make_finding
from crosscheck.model import (
    Claim,
    ClaimGroup,
    Corpus,
    Document,
    Finding,
    FindingKind,
    Modality,
)
from crosscheck.time import TimeSpan, compatible, find_times, timex
from crosscheck.time.claims import (
    DATE_FACETS,
    EXTRACTOR,
    PUBLISHED_FACET,
    DateDetails,
    PublishedDetails,
    published_claim,
)
from crosscheck.time.intervals import fixes_days
from crosscheck.time.timex import readable

_OPEN_YEAR = re.compile(r"XXXX-")
_YEAR_WRITTEN = re.compile(r"\d{4}")
# A dateline and the page date, or a dateline and a past event it reports, may differ by this many
# days without either being wrong: time zones, and a story filed late goes out the next morning.
DATELINE_SLACK_DAYS = 2


def claim_span(claim: Claim) -> TimeSpan:
    """Return the TimeSpan a date claim describes (its value and the interval in its details)."""
    d = claim.details
    if not isinstance(d, DateDetails):  # a plugin's date claim: its value alone
        return TimeSpan(claim.value, None, None, None, ())
    return TimeSpan(claim.value, d.earliest, d.latest, d.modifier, d.candidates)


def claims_compatible(a: Claim, b: Claim) -> bool:
    """Return whether two date claims can describe the same time."""
    return compatible(claim_span(a), claim_span(b))


def _first_clash(claims: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    """Return two claims whose times cannot meet, comparing each distinct value once.

    A group holds the claims about one event or statement, so its distinct values are few; the
    pairs are over those, never over the corpus.
    """
    distinct: dict[TimeSpan, Claim] = {}
    for c in claims:
        distinct.setdefault(claim_span(c), c)
    reps = list(distinct.values())
    for i, a in enumerate(reps):
        for b in reps[i + 1 :]:
            if not claims_compatible(a, b):
                return a, b
    return None


def _documents_clash(by_doc: Mapping[str, Sequence[Claim]]) -> tuple[Claim, Claim] | None:
    """Return two claims of two documents none of whose dates can meet, if there are such.

    A document that gives the other's date as well as a disjoint one ("met on Sunday", and in the
    same frame "talks ... in December") contradicts itself, not the other document: that is the
    in-document inconsistency, reported on its own. The groups are one event's few documents.
    """
    ids = sorted(by_doc)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            pairs = [(x, y) for x in by_doc[a] for y in by_doc[b]]
            if all(not claims_compatible(x, y) for x, y in pairs):
                return pairs[0]
    return None


def compare_dates(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Compare the dates given for one event or statement, by interval compatibility.

    Returns:
        An in-document ``inconsistency`` for a document that gives disjoint dates, then across
        documents a ``contradiction`` when two documents give only disjoint dates, else (when no
        document contradicts itself either) a ``corroborated`` agreement.
    """
    label = group.label
    by_doc: dict[str, list[Claim]] = {}
    # A date that fixes nothing ("yesterday" in an undated article) neither agrees nor disagrees.
    comparable = [c for c in group.claims if fixes_days(claim_span(c))]
    for c in comparable:
        by_doc.setdefault(c.doc_id, []).append(c)
    findings: list[Finding] = []
    for doc_id, own in sorted(by_doc.items()):
        clash = _first_clash(own)
        if clash:
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "inconsistency",
                    own,
                    docs,
                    f"{doc_id} gives disjoint dates for {label}: "
                    f"{clash[0].written} ({_said(clash[0].value)}) and {clash[1].written} "
                    f"({_said(clash[1].value)})",
                )
            )
    if len(by_doc) < 2:
        return findings
    clash = _documents_clash(by_doc)
    if clash:
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "contradiction",
                comparable,
                docs,
                f"documents disagree on the date of {label}: {clash[0].doc_id} says {clash[0].written} "
                f"({_said(clash[0].value)}), {clash[1].doc_id} says {clash[1].written} "
                f"({_said(clash[1].value)})",
            )
        )
    elif not findings:  # a document contradicting itself leaves nothing corroborated
        values = sorted({c.value for c in comparable})
        findings.append(
            make_finding(
                FindingKind.AGREEMENT,
                "corroborated",
                comparable,
                docs,
                f"{len(by_doc)} documents give compatible dates for {label}: "
                # A readable date may hold a comma ("13 September, year not given").
                + "; ".join(_said(v) for v in values)
                + "".join(f". {note}" for note in inferred_years(comparable)),
            )
        )
    return findings


def _said(value: str) -> str:
    """A date value as the report says it: "a Wednesday night, date not given", not the TIMEX3
    value "XXXX-WXX-3TNI" (a value a reader can read, such as "2023-08-18", stays as it is)."""
    return readable(value) or value


def inferred_years(claims: Sequence[Claim]) -> list[str]:
    """Say, for each date written without a year, which other document fixes its year.

    "Aug. 18" in an undated article (``XXXX-08-18``) aligned with "Aug. 18" in an article of
    2023 reads as 2023-08-18; the report shows that reading and where the year came from.
    """
    fixed = [c for c in claims if _OPEN_YEAR.match(c.value) is None and c.value[:4].isdigit()]
    notes = []
    for c in claims:
        # A day or month with the year open: a weekday ("XXXX-WXX-5") has no year to fix that
        # would make it a date, so no note is made of it.
        if _OPEN_YEAR.match(c.value) is None or not c.value[5:7].isdigit():
            continue
        source = next((f for f in fixed if f.doc_id != c.doc_id and claims_compatible(c, f)), None)
        if source is not None:
            notes.append(
                f"{c.doc_id} gives “{c.written}” without a year; {source.doc_id} "
                f"(“{source.written}”, {_said(source.value)}) fixes it as "
                f"{source.value[:4]}{c.value[4:]}"
            )
    return sorted(set(notes))


for _facet in DATE_FACETS:
    plugins.comparer(_facet)(compare_dates)


@plugins.check("publication-consistency")
def publication_consistency(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Report documents published after an event they describe as upcoming.

    Each finding names two spans: where the document prints its date, and the scheduled event's
    date. It is an ``inconsistency``: the page date is wrong, or the article was published late.
    """
    docs = {d.id: d for d in corpus.documents}
    published: dict[str, Claim] = {}
    scheduled: dict[str, list[Claim]] = {}
    for c in claims:
        if c.facet == PUBLISHED_FACET:
            published.setdefault(c.doc_id, c)
        elif c.facet == "event.date" and c.modality is Modality.SCHEDULED:
            scheduled.setdefault(c.doc_id, []).append(c)
    findings: list[Finding] = []
    for doc_id, events in sorted(scheduled.items()):
        doc = docs.get(doc_id)
        if doc is None or doc.published is None:
            continue
        for event in events:
            latest = claim_span(event).latest
            if latest is None or latest >= doc.published:
                continue
            date_claim = published.get(doc_id) or _published_claim(doc)
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "inconsistency",
                    [event, date_claim],  # the event first: the finding is labelled by it
                    docs,
                    f"{doc_id} is dated {doc.published.isoformat()} but describes {event.subject_label} "
                    f"as upcoming, and that date ({event.value}) is before publication",
                    facet=event.facet,
                    subject=event.subject,
                )
            )
    return findings


def _published_claim(doc: Document) -> Claim:
    """Build the publication-date claim when the date extractor did not run."""
    times = find_times(doc.text, published=doc.published, date_order=doc.date_order)
    return published_claim(doc, times)


@plugins.check("dateline-consistency")
def dateline_consistency(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Report datelines that contradict the page date or a past event the story reports.

    The dateline ("LIMA, Nov. 11 (Wire) -") is the day the story was filed. More than
    ``DATELINE_SLACK_DAYS`` from the publication date, or before a day the story reports as past
    (a date written in full, not one anchored on the publication date), one of the two is wrong;
    the finding is an ``inconsistency`` whose observations are both spans.
    """
    docs = {d.id: d for d in corpus.documents}
    past: dict[str, list[Claim]] = {}
    for c in claims:
        d = c.details
        if (
            c.facet == "event.date"
            and c.modality is Modality.PAST
            and isinstance(d, DateDetails)
            and not d.relative
            and d.earliest is not None
        ):
            past.setdefault(c.doc_id, []).append(c)
    findings: list[Finding] = []
    for c in claims:
        d = c.details
        doc = docs.get(c.doc_id)
        if (
            c.facet != PUBLISHED_FACET
            or not isinstance(d, PublishedDetails)
            or d.dateline is None
            or doc is None
            or doc.published is None
        ):
            continue
        filed_claim = _dateline_claim(doc, c, d)
        if filed_claim is None:
            continue
        filed = dt.date.fromisoformat(filed_claim.value)
        slack = dt.timedelta(days=DATELINE_SLACK_DAYS)
        if abs(doc.published - filed) > slack:
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "inconsistency",
                    [filed_claim, c],
                    docs,
                    f"{doc.id} is dated {doc.published.isoformat()} but its dateline "
                    f"“{d.dateline_text}” says it was filed on {filed.isoformat()}",
                )
            )
        for event in past.get(doc.id, ()):
            first = claim_span(event).earliest
            if first is not None and first > filed + slack:
                findings.append(
                    make_finding(
                        FindingKind.DISCREPANCY,
                        "inconsistency",
                        [event, filed_claim],  # the event first: the finding is labelled by it
                        docs,
                        f"{doc.id} was filed on {filed.isoformat()} (dateline “{d.dateline_text}”) "
                        f"but reports {event.subject_label} as past, on {event.value}",
                        facet=event.facet,
                        subject=event.subject,
                    )
                )
    return findings


def _dateline_claim(doc: Document, claim: Claim, d: PublishedDetails) -> Claim | None:
    """Return the dateline as a claim about the document's date, its day the reading nearest
    the publication date (a dateline without a year, "Dec. 31", may be of the year before)."""
    if d.dateline is None or doc.published is None:
        return None
    first, last = timex.interval_of(d.dateline)
    if first is None or last is None or first != last:
        return None  # a dateline that fixes no single day is no filing date
    day = first
    published = doc.published
    if _YEAR_WRITTEN.search(d.dateline_text or "") is None:
        day = min(
            (
                c
                for y in (first.year - 1, first.year, first.year + 1)
                if (c := _same_day_in(first, y)) is not None
            ),
            key=lambda c: abs(c - published),
        )
    start = d.dateline_start if d.dateline_start is not None else 0
    end = d.dateline_end if d.dateline_end is not None else start
    return attrs.evolve(
        claim,
        value=day.isoformat(),
        written=d.dateline_text or d.dateline,
        evidence=(doc.span(start, end),),
        details=PublishedDetails(d.source),
        extractor=EXTRACTOR,
    )


def _same_day_in(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None  # 29 February


@plugins.check("unanchored-times")
def unanchored_times(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Report, once per document without a publication date, the relative dates left unanchored."""
    undated = {d.id: d for d in corpus.documents if d.published is None}
    loose: dict[str, list[Claim]] = {}
    for c in claims:
        if (
            c.doc_id in undated
            and c.facet in DATE_FACETS
            and isinstance(c.details, DateDetails)
            and c.details.relative
            and not c.details.anchored
        ):
            loose.setdefault(c.doc_id, []).append(c)
    docs = {d.id: d for d in corpus.documents}
    findings: list[Finding] = []
    for doc_id, own in sorted(loose.items()):
        own.sort(key=lambda c: c.evidence[0].start if c.evidence else -1)
        texts = ", ".join(f"“{c.written}”" for c in own)
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "unanchored",
                own,
                docs,
                f"{doc_id} has no publication date, so {len(own)} relative date(s) could not be "
                f"anchored: {texts}",
                facet=PUBLISHED_FACET,
                subject=f"document:{doc_id}",
                label=docs[doc_id].title or doc_id,
            )
        )
    return findings


__all__ = [
    "claim_span",
    "claims_compatible",
    "compare_dates",
    "dateline_consistency",
    "publication_consistency",
    "unanchored_times",
]
