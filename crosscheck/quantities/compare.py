"""Compare quantities as intervals, and check durations against year ranges and anniversaries.

Comparison is conservative by construction: claims meet only when their subject keys are equal, and
a key carries the counted noun plus all the context its sentence gave (verb, agent, time anchor,
scope). Only *strong* keys (enough context to pin one fact down; see ``docs/quantities.md``) can
yield a contradiction; weak keys only ever confirm identical values, except an undated figure with a
verb, a named agent and a specific noun reported twice within one news cycle; bare keys are never
compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

from crosscheck import plugins
from crosscheck.compare import make_finding
from crosscheck.model import Claim, ClaimGroup, Corpus, Document, Facet, Finding, FindingKind
from crosscheck.quantities import Interval, Strength, common, compatible, parse_interval
from crosscheck.quantities._lexicon import lexicon
from crosscheck.quantities.claims import QuantityDetails
from crosscheck.quantities.classes import (
    CLASSED_KINDS,
    Member,
    coarse,
    day_of,
    owner_slug,
    split_optional,
    week_start_of,
)
from crosscheck.quantities.interval import format_number
from crosscheck.quantities.normalize import owner_note
from crosscheck.quantities.quantity import GENERIC_NOUNS, Kind, named

# Year ranges hide months: "1962-88" may last anywhere from just over 25 to just under 27 years, so
# a duration fits a range when it is within one year of the difference of its end years.
YEAR_RANGE_SLACK = 1
# An article may be written the year after an anniversary it reports, or about one coming next
# year; an anniversary number only counts as inconsistent when it is further off than this.
ANNIVERSARY_SLACK_YEARS = 1
# An undated figure ("Northline Rail said the train carried 430 passengers") is about the story of
# the day: two reports published within one news cycle of each other are about the same fact, while
# reports further apart may be about another trip, another year's accounts. A week is one cycle.
NEWS_CYCLE = dt.timedelta(days=7)
# Half of the one-year difference two ways of counting a yearly occasion give: each ordinal is
# widened by this much, so ordinals one apart meet and ordinals two apart do not. The age of a
# thing ("the 25-year-old treaty") is widened alike: counted from its year or from its day, it
# may be one less.
ORDINAL_SLACK = Fraction(1, 2)
# A share said plainly ("slipped 6%", "fell 6.1%") is the figure rounded to the last digit written,
# as reporters round "6.4%" to "6%": it stands for the half unit of that digit either side (half
# open, so "6%" and "7%" do not meet), not the ROUND_SLACK of counts. Shares carry at most this many
# decimals; a value with more (a fraction from a range) is compared as it is.
MAX_PERCENT_DECIMALS = 6
# An age in years ("the 25-year-old treaty") is one less than the difference of the years before
# the anniversary of its origin in the year of writing, and equal to it after.
AGE_SLACK_YEARS = 1
_STRENGTH_ORDER = {Strength.BARE: 0, Strength.WEAK: 1, Strength.STRONG: 2}


def _details(claim: Claim) -> QuantityDetails | None:
    d = claim.details
    return d if isinstance(d, QuantityDetails) else None  # None: a plugin's claim of this facet


def _strength(claims: Iterable[Claim]) -> Strength:
    """Return the weakest strength among claims (a claim without quantity details counts as bare)."""
    return min(
        (d.strength if (d := _details(c)) is not None else Strength.BARE for c in claims),
        key=lambda s: _STRENGTH_ORDER[s],
        default=Strength.BARE,
    )


def _by_doc(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.doc_id, []).append(c)
    return by_doc


def _sources(by_doc: Mapping[str, list[Claim]]) -> str:
    return "; ".join(
        f"{doc_id}: " + ", ".join(sorted({c.written for c in claims}))
        for doc_id, claims in sorted(by_doc.items())
    )


@plugins.comparer("quantity")
def compare_quantities(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Compare one group of quantity claims (same subject key) as intervals.

    Args:
        group: claims with one subject key, from one or more documents.
        docs: the corpus documents by id.

    Returns:
        An agreement when two or more documents' intervals meet (strong keys) or are equal (weak
        keys); a contradiction when a strong key's intervals share no number; else nothing.
    """
    strength = _strength(group.claims)
    by_doc = _by_doc(group.claims)
    if strength is Strength.BARE or len(by_doc) < 2:
        return []
    intervals: dict[str, list[Interval]] = {}
    for doc_id, claims in by_doc.items():
        parsed = [_counted_as(c) for c in claims if parse_interval(c.value) is not None]
        # A key that one document uses for figures that cannot both hold does not pin one fact
        # down there ("two countries" and "three countries" in different sentences): no verdict.
        if not parsed or common(parsed) is None:
            return []
        intervals[doc_id] = parsed
    label = group.label
    values = {c.value for c in group.claims}
    everything = [i for ivs in intervals.values() for i in ivs]
    if len(values) == 1 or (strength is Strength.STRONG and common(everything) is not None):
        category = "corroborated" if len(values) == 1 else "compatible"
        return [
            make_finding(
                FindingKind.AGREEMENT,
                category,
                group.claims,
                docs,
                f"{len(by_doc)} documents agree on {label}: {_sources(by_doc)}",
            )
        ]
    if strength is Strength.STRONG:
        why = "no one figure fits all"
    elif _same_cycle(group.claims, docs) and common(everything) is None:
        why = f"no one figure fits all, in reports published within {NEWS_CYCLE.days} days"
    else:
        return []
    owners = owner_note(group.claims)
    return [
        make_finding(
            FindingKind.DISCREPANCY,
            "contradiction",
            group.claims,
            docs,
            f"documents disagree on {label}, and {why}: {_sources(by_doc)}"
            + (f" (identity of the owner: {owners})" if owners else ""),
        )
    ]


def _counted_as(claim: Claim) -> Interval:
    """Return a claim's interval as compared: an ordinal is given one either way, a plain share
    the half unit of its last digit (the rounding it hides).

    Outlets count a yearly occasion from its first celebration or from the year after it ("the 40th
    Independence Day" of a country independent for 40 years may be called its 41st), so ordinals
    only disagree when they are further apart than that (``ORDINAL_SLACK``).
    """
    interval = parse_interval(claim.value)
    assert interval is not None  # the caller keeps only readable values
    d = _details(claim)
    if d is None or interval.low is None or interval.high is None:
        return interval
    if d.kind is Kind.ORDINAL or (d.kind is Kind.AGE and not d.measure):
        # The age of a thing is counted from its year or from its day: one apart is no conflict.
        return Interval(interval.low - ORDINAL_SLACK, interval.high + ORDINAL_SLACK)
    if d.kind is Kind.PERCENT and d.comparator == "exact" and interval.is_point:
        half = _half_unit(interval.low)
        if half is not None:
            return Interval(interval.low - half, interval.low + half, False, True)
    return interval


def _half_unit(value: Fraction) -> Fraction | None:
    """Return half a unit of the last decimal digit of ``value`` (6 -> 1/2, 6.25 -> 1/200)."""
    unit = Fraction(1)
    for _ in range(MAX_PERCENT_DECIMALS + 1):
        if (value / unit).denominator == 1:
            return unit / 2
        unit /= 10
    return None


def _same_cycle(claims: Sequence[Claim], docs: Mapping[str, Document]) -> bool:
    """Return whether undated weak claims may contradict: all eligible, published within a cycle."""
    if not all((d := _details(c)) is not None and d.news_cycle for c in claims):
        return False
    published: list[dt.date] = []
    for doc_id in {c.doc_id for c in claims}:
        doc = docs.get(doc_id)
        if doc is None or doc.published is None:
            return False  # without publication dates there is no telling the reports are close
        published.append(doc.published)
    return max(published) - min(published) <= NEWS_CYCLE


def _years(claim: Claim) -> tuple[Fraction, Fraction] | None:
    i = parse_interval(claim.value)
    if i is None or i.low is None or i.high is None:
        return None
    return i.low, i.high


def _claim_key(claim: Claim) -> tuple[str, int, str]:
    return (claim.doc_id, claim.evidence[0].start if claim.evidence else -1, claim.value)


def _durations_vs_periods(
    noun: str, durations: Sequence[Claim], periods: Sequence[Claim], docs: Mapping[str, Document]
) -> list[Finding]:
    """Check each duration of ``noun`` against each year range of it (one block, one noun)."""
    everyone = [*durations, *periods]
    agents = {qd.agent for c in everyone if (qd := _details(c)) is not None and qd.agent}
    if len(agents) > 1:
        return []  # several owners' rules, say: no telling which duration goes with which range
    ranges: dict[str, tuple[Fraction, Fraction]] = {}
    for p in periods:
        years = _years(p)
        if years is not None:
            ranges[p.value] = years
    fitting: set[str] = set()
    misfits: dict[tuple[str, int, str], Claim] = {}
    for d in durations:
        length = parse_interval(d.value)
        if length is None:
            continue
        for value, (y1, y2) in sorted(ranges.items()):
            span = y2 - y1
            if compatible(length, Interval(span - YEAR_RANGE_SLACK, span + YEAR_RANGE_SLACK)):
                between = f"{format_number(y1)} to {format_number(y2)}"
                sum_text = f"{format_number(y2)} - {format_number(y1)} = {format_number(span)}"
                fitting.add(f"{d.written} fits {between} ({sum_text})")
            else:
                misfits[_claim_key(d)] = d
                misfits.update({_claim_key(p): p for p in periods if p.value == value})
    agent = next(iter(agents), None)
    subject = f"duration:{noun}" + (f"|agent={agent}" if agent else "")
    if not misfits:
        if len({c.doc_id for c in everyone}) < 2 or not fitting:
            return []
        return [
            make_finding(
                FindingKind.AGREEMENT,
                "derived",
                everyone,
                docs,
                "consistent: " + "; ".join(sorted(fitting)),
                subject=subject,
            )
        ]
    involved = [misfits[k] for k in sorted(misfits)]
    if not all((qd := _details(c)) is not None and qd.agent for c in involved):
        return []  # without a named owner on every side the two may be about different things
    return [
        make_finding(
            FindingKind.DISCREPANCY,
            "inconsistency",
            involved,
            docs,
            f"the duration of {noun} does not fit the years given: "
            + "; ".join(f"{c.doc_id}: {c.written}" for c in involved),
            subject=subject,
        )
    ]


def _anniversary(claim: Claim, docs: Mapping[str, Document]) -> list[Finding]:
    """Check "the 50th anniversary of ... 1971" against the year the document is written in."""
    d = _details(claim)
    if d is None or d.base_year is None or d.reference_year is None:
        return []  # no event year or no year of writing: nothing to derive
    try:
        number = int(claim.value)
    except ValueError:
        return []
    base, reference = d.base_year, d.reference_year
    expected = reference - base
    sum_text = f"{reference} - {base} = {expected}"
    # A year read from the sentence that dates the thing ("the accord was signed in 1999") is
    # quoted, as for an age; a year beside the anniversary is in its own words.
    fits = f"{claim.written} and {d.origin!r}" if d.origin else claim.written
    dated_by = repr(d.origin) if d.origin else str(base)
    if number == expected:
        return [
            make_finding(
                FindingKind.AGREEMENT,
                "derived",
                [claim],
                docs,
                f"consistent: {fits} written in {reference} ({sum_text})",
            )
        ]
    # Only a publication date is firm enough to call the number wrong.
    if abs(number - expected) > ANNIVERSARY_SLACK_YEARS and d.reference_source == "published":
        return [
            make_finding(
                FindingKind.DISCREPANCY,
                "inconsistency",
                [claim],
                docs,
                f"{claim.written} does not fit {dated_by} in a document published in "
                f"{reference} ({sum_text})",
            )
        ]
    return []


def _age(claim: Claim, docs: Mapping[str, Document]) -> list[Finding]:
    """Check "the 25-year-old treaty" against the year it was "signed in 1999" and the year of writing."""
    d = _details(claim)
    if d is None or d.base_year is None or d.reference_year is None or d.origin is None:
        return []
    interval = parse_interval(claim.value)
    if interval is None or interval.low is None or interval.high is None:
        return []
    base, reference = d.base_year, d.reference_year
    expected = reference - base
    fits = Interval(Fraction(expected - AGE_SLACK_YEARS), Fraction(expected))
    sum_text = f"{reference} - {base} = {expected}"
    what = f"{claim.written} and {d.origin!r}"
    if compatible(interval, fits):
        return [
            make_finding(
                FindingKind.AGREEMENT,
                "derived",
                [claim],
                docs,
                f"consistent: {what} written in {reference} ({sum_text})",
            )
        ]
    if d.reference_source != "published":
        return []  # a year of writing inferred from the text's dates may be off
    return [
        make_finding(
            FindingKind.DISCREPANCY,
            "inconsistency",
            [claim],
            docs,
            f"{what} do not fit in a document published in {reference} ({sum_text})",
        )
    ]


@plugins.check("duration-consistency")
def duration_consistency(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Check durations against year ranges of the same noun, and anniversaries against their years.

    Claims are blocked by the noun the duration or range modifies ("military rule"), so the work is
    linear in the number of claims.

    Args:
        corpus: the documents.
        claims: every claim of the corpus.

    Returns:
        ``derived`` agreements where the figures fit, ``inconsistency`` discrepancies where they do not.
    """
    docs = {d.id: d for d in corpus.documents}
    blocks: dict[str, tuple[list[Claim], list[Claim]]] = {}
    findings: list[Finding] = []
    for c in claims:
        d = _details(c)
        if d is None or d.unit != "year" or not d.noun:
            continue
        if c.facet == Facet.PERIOD and d.kind is Kind.PERIOD:
            blocks.setdefault(d.noun, ([], []))[1].append(c)
        elif c.facet == Facet.QUANTITY and d.kind is Kind.DURATION:
            blocks.setdefault(d.noun, ([], []))[0].append(c)
        elif c.facet == Facet.QUANTITY and d.kind is Kind.ANNIVERSARY:
            findings.extend(_anniversary(c, docs))
        elif c.facet == Facet.QUANTITY and d.kind is Kind.AGE:
            findings.extend(_age(c, docs))
    for noun, (durations, periods) in sorted(blocks.items()):
        if durations and periods:
            findings.extend(_durations_vs_periods(noun, durations, periods, docs))
    return findings


@plugins.check("quantity-classes")
def classes_consistency(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Compare counts, sums and shares whose exact keys differ but whose coarse keys meet.

    "Caldera employs about 3,400 people" and "roughly 3,400 people work there"; "killed 120
    people" and "120 dead"; a day or an owner one outlet gives and another leaves out: the claims
    are blocked by their coarse key (``crosscheck.quantities.classes``), each block is split where
    its optional segments (agent, day, modifiers) disagree, and a group is compared only when:

    - it holds claims of two or more exact keys from two or more documents (one exact key is the
      ordinary comparer's to judge, and so is any disagreement inside one exact key);
    - every document's own figures in it fit one number (an article giving two figures of one
      coarse key is about two things, and the key says nothing);
    - every document has a publication date, all within one news cycle (``NEWS_CYCLE``): a
      coarser reading is only trusted for reports of one moment of one story;
    - some claim in it names an owner or a time anchor, as an undated exact key needs to
      contradict within a news cycle (a named agent or an anchor), or every document was
      published on one day: an undated figure in a news report is the figure as of its
      publication day ("Some 910,000 people cast ballots" and "About 910,000 people voted" in
      two reports of one day).

    An earlier value dated to one day is then set against that day's reports
    (:func:`earlier_day_consistency`).

    Returns:
        A ``contradiction`` for each group in which no one figure fits all documents; its
        explanation names the exact keys that were read as one measure.
    """
    docs = {d.id: d for d in corpus.documents}
    blocks: dict[str, list[Member]] = {}
    for c in claims:
        if c.facet != Facet.QUANTITY:
            continue
        doc = docs.get(c.doc_id)
        key = coarse(c, doc.published if doc else None, NEWS_CYCLE)
        if key is not None:
            blocks.setdefault(key.block, []).append((c, key))
    findings: list[Finding] = []
    for block, members in sorted(blocks.items()):
        ordered = sorted(members, key=lambda m: _claim_key(m[0]))
        for group in split_optional(ordered):
            finding = _classed(block, [c for c, _ in group], docs)
            if finding is not None:
                findings.append(finding)
    return findings + earlier_day_consistency(docs, claims)


# --- an earlier value dated to a day, against the figure reported on that day ---


def earlier_day_consistency(docs: Mapping[str, Document], claims: Sequence[Claim]) -> list[Finding]:
    """Compare an earlier value dated to one day with undated figures published on that day.

    "1,500 officers are now deployed, up from 1,200 on Tuesday" dates its earlier value, and a
    report published that Tuesday ("the minister said 1,200 officers had been sent") gives the
    figure of that day without naming it: an undated figure in a news report is the figure as of
    its publication day. The earlier value's verb is the later figure's ("deployed"), not the
    one the day's report used, so the two meet by what they count and whose it is (a named owner
    on both sides), not by the verb. Both sides must be plain bounded figures (no mood, no
    running total, no present perfect, no part, whole or stretch of the story), and each
    document's own figures of one side must fit one number.
    """
    earlier: dict[tuple[str, dt.date], list[Claim]] = {}
    undated: dict[tuple[str, dt.date], list[Claim]] = {}
    for c in claims:
        d = _details(c)
        doc = docs.get(c.doc_id)
        if d is None or doc is None or not _plain_owned(d):
            continue
        block = _owner_block(d)
        if d.earlier:
            day = day_of(d.anchor) or _week_start_before(d.anchor, doc.published)
            if day is not None:
                earlier.setdefault((block, day), []).append(c)
        elif doc.published is not None and d.anchor in (None, _day_anchor(doc.published)):
            # An undated figure is the figure as of its publication day, and so is one dated to
            # that day ("were working on the fire on Monday" in Monday's report).
            undated.setdefault((block, doc.published), []).append(c)
    findings: list[Finding] = []
    for key, dated in sorted(earlier.items()):
        reported = [c for c in undated.get(key, ()) if c.doc_id not in {e.doc_id for e in dated}]
        if not reported:
            continue
        finding = _earlier_against_day(key[0], sorted([*dated, *reported], key=_claim_key), docs)
        if finding is not None:
            findings.append(finding)
    return findings


def _day_anchor(day: dt.date) -> str:
    """Return the time anchor key of one whole day ("on-2025-07-07")."""
    return f"on-{day.isoformat()}"


def _week_start_before(anchor: str | None, published: dt.date | None) -> dt.date | None:
    """Return the Monday an earlier value "at the start of the week" names, where that is safe.

    The start of a week is its first days, not one day; it is read as the Monday only for an
    earlier value in a report written later in that same week ("up from 350 at the start of the
    week" on a Wednesday), set against reports published on that Monday. Any other use of the
    anchor (exact keys, coarse keys) keeps the whole part of the week.
    """
    monday = week_start_of(anchor)
    if monday is None or published is None:
        return None
    return monday if monday < published <= monday + dt.timedelta(days=6) else None


def _plain_owned(d: QuantityDetails) -> bool:
    """Whether a figure is a plain bounded count, sum or share of a specific noun a name owns."""
    return (
        d.kind in CLASSED_KINDS
        and d.strength is not Strength.BARE
        and d.mood is None
        and d.comparator != "vague"
        and not (d.cumulative or d.perfect or d.part or d.episode or d.whole or d.measure)
        and d.low is not None
        and d.high is not None
        and d.noun not in GENERIC_NOUNS
        and d.noun not in lexicon().words("unspecific_nouns")
        and d.agent is not None
        and named(d.agent_written)
    )


def _owner_block(d: QuantityDetails) -> str:
    """Return what an earlier value and a day's figure must share: noun, kind, unit and owner."""
    return "|".join(
        [d.noun]
        + [
            f"{name}={value}"
            for name, value in (
                ("kind", d.kind.value),
                ("unit", d.unit),
                ("agent", owner_slug(d.agent)),
                ("object", d.object),
                ("to", d.recipient),
            )
            if value is not None
        ]
    )


def _earlier_against_day(
    block: str, claims: Sequence[Claim], docs: Mapping[str, Document]
) -> Finding | None:
    by_doc = _by_doc(claims)
    if not _one_figure_each(by_doc):
        return None
    if common([_counted_as(c) for c in claims]) is not None:
        return None
    label = next((c.subject_label for c in claims if c.subject_label), block)
    return make_finding(
        FindingKind.DISCREPANCY,
        "contradiction",
        claims,
        docs,
        f"documents disagree on {label}: an earlier value dated to the day of another report "
        f"against that report's figure ({block}): {_sources(by_doc)}",
        subject=f"quantity:{block}",
    )


def _one_figure_each(by_doc: Mapping[str, Sequence[Claim]]) -> bool:
    """Whether each document's figures of a key fit one number (if not, they are of two things)."""
    return all(
        common([_counted_as(c) for c in doc_claims]) is not None for doc_claims in by_doc.values()
    )


def _classed(block: str, claims: Sequence[Claim], docs: Mapping[str, Document]) -> Finding | None:
    """Return the contradiction of one coarse group, or None (see :func:`classes_consistency`)."""
    by_doc = _by_doc(claims)
    subjects = sorted({c.subject for c in claims})
    if len(by_doc) < 2 or len(subjects) < 2 or not _published_in_one_cycle(by_doc, docs):
        return None
    if not _one_figure_each(by_doc):
        return None
    for subject in subjects:
        exact = [c for c in claims if c.subject == subject]
        if len({c.doc_id for c in exact}) > 1 and common([_counted_as(c) for c in exact]) is None:
            return None  # a disagreement within one exact key is the ordinary comparer's verdict
    if not any(_pinned(c) for c in claims) and not _same_day(by_doc, docs):
        return None  # no one's and of no day: as little to go on as an exact key without them
    if common([_counted_as(c) for c in claims]) is not None:
        return None
    label = next((c.subject_label for c in claims if c.subject_label), block)
    return make_finding(
        FindingKind.DISCREPANCY,
        "contradiction",
        claims,
        docs,
        f"documents disagree on {label}, read as one measure ({block}) across the keys "
        f"{'; '.join(subjects)}, in reports published within {NEWS_CYCLE.days} days: "
        f"{_sources(by_doc)}",
        subject=block,
    )


def _pinned(claim: Claim) -> bool:
    """Return whether a claim names whose figure it is (a name, not "officials") or its time."""
    d = _details(claim)
    return d is not None and (named(d.agent_written) or d.anchor is not None)


def _same_day(by_doc: Mapping[str, list[Claim]], docs: Mapping[str, Document]) -> bool:
    """Return whether every document was published on one day (the caller checked the dates).

    Reports of one day about one story give their undated figures as of that day, so they pin
    one moment without an owner or an anchor of their own.
    """
    return len({d.published for doc_id in by_doc if (d := docs.get(doc_id)) is not None}) == 1


def _published_in_one_cycle(
    by_doc: Mapping[str, list[Claim]], docs: Mapping[str, Document]
) -> bool:
    """Return whether every document has a publication date and all are within one news cycle."""
    published: list[dt.date] = []
    for doc_id in by_doc:
        doc = docs.get(doc_id)
        if doc is None or doc.published is None:
            return False
        published.append(doc.published)
    return max(published) - min(published) <= NEWS_CYCLE
