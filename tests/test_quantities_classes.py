"""Keys that meet across wordings: measure classes, counted groups, owners one outlet leaves out.

Sentences are invented for these tests, about stories not in the seeds.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract import Analysis
from crosscheck.model import Claim, Corpus, Document
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.classes import classes, coarse, read_raw
from crosscheck.quantities.compare import NEWS_CYCLE, classes_consistency

DAY = dt.date(2025, 3, 4)


def _claims(text: str, published: dt.date | None = DAY, doc_id: str = "a.txt") -> list[Claim]:
    doc = Document(id=doc_id, path=doc_id, text=text, published=published)
    return quantity_claims(Analysis(doc))


def _coarse(text: str) -> tuple[str, str, str | None, str | None] | None:
    [claim] = _claims(text)
    key = coarse(claim, DAY, NEWS_CYCLE)
    return None if key is None else (key.block, key.modifiers, key.agent, key.time)


COARSE_KEYS = [
    # Verbs of one class meet: "killed", "died"; "voted", "cast ballots"; a noun that names the
    # measure decides it whatever the verb ("left ... dead").
    (
        "The floods killed 42 people, the Marrowvale council said on Monday.",
        ("quantity:death/person|asof=2025-03-03", "", "marrowvale", None),
    ),
    (
        "At least 42 people died in the floods, the Marrowvale council said on Monday.",
        ("quantity:death/person|asof=2025-03-03", "", "marrowvale", None),
    ),
    (
        "The floods left at least 42 dead, the Marrowvale council said on Monday.",
        ("quantity:death/person|asof=2025-03-03", "", "marrowvale", None),
    ),
    (
        "The storm has killed 42 residents, the Marrowvale council said on Monday.",
        ("quantity:death/person|asof=2025-03-03", "", "marrowvale", None),
    ),
    (
        "About 61,000 residents voted in the Lindqvarn referendum.",
        ("quantity:vote/person", "", None, None),
    ),
    (
        "Some 61,000 people cast ballots in the Lindqvarn referendum.",
        ("quantity:vote/person", "", None, None),
    ),
    # The agent and the day are set apart as optional segments.
    (
        "Tollbridge Mills employs about 800 people.",
        ("quantity:workforce/person", "", "tollbridge-mills", None),
    ),
    (
        "The mill employs roughly 800 people, most of them in the town.",
        ("quantity:workforce/person", "", None, None),
    ),
    (
        "Harlow Freight shares jumped 12% on Monday.",
        ("quantity:rise/percent|kind=percent|unit=percent", "", "harlow-freight", "on-2025-03-03"),
    ),
    # A description before the head stays in the block: a deposit rate is not a repo rate.
    (
        "The Kestrel Bank cut its deposit rate to 2.25% on Monday.",
        (
            "quantity:to/deposit rate|kind=percent|unit=percent",
            "",
            "kestrel-bank",
            "on-2025-03-03",
        ),
    ),
    # Not read coarsely: a planned figure, a share of nothing named and no one's, a running
    # total with no source (it may be another event's toll).
    ("The quake has killed 180 people.", None),
    ("Tollbridge Mills said on Monday it would cut 800 jobs.", None),
    ("In the shops, prices rose 12% last month.", None),
]


@pytest.mark.parametrize(("text", "expected"), COARSE_KEYS)
def test_coarse_keys(text: str, expected: tuple[str, str, str | None, str | None] | None) -> None:
    assert _coarse(text) == expected


def _verdicts(*texts: str, days: int = 1, published: bool = True) -> list[tuple[str, str]]:
    docs = tuple(
        Document(
            id=f"{i}.txt",
            path=f"{i}.txt",
            text=t,
            published=DAY + dt.timedelta(days=i * days) if published else None,
        )
        for i, t in enumerate(texts)
    )
    claims = [c for d in docs for c in quantity_claims(Analysis(d))]
    return [(f.category, f.subject) for f in classes_consistency(Corpus(docs), claims)]


CROSS = [
    # "killed 42 people" and "left at least 60 dead", by one source on one day: one death toll.
    (
        (
            "The floods killed 42 people, the Marrowvale council said on Monday.",
            "The floods left at least 60 dead, the Marrowvale council said on Monday.",
        ),
        [("contradiction", "quantity:death/person|asof=2025-03-03")],
    ),
    # "voted" and "cast ballots" meet, but with no owner and no day there is nothing to go on.
    (
        (
            "About 61,000 residents voted in the Lindqvarn referendum.",
            "Some 90,000 people cast ballots in the Lindqvarn referendum.",
        ),
        [],
    ),
    # An owner one outlet names and another leaves out: one measure.
    (
        ("Tollbridge Mills employs about 800 people.", "The mill employs roughly 1,400 people."),
        [("contradiction", "quantity:workforce/person")],
    ),
    # What a named side asks for, "is demanding" or "wants": one claim in a dispute.
    (
        (
            "The Harlow Dockers Federation is demanding a 12% pay rise.",
            "The Harlow Dockers Federation wants a 9% pay rise.",
        ),
        [("contradiction", "quantity:claim/*|kind=percent|unit=percent")],
    ),
    # Fans who "made the trip" (a relative clause under "including", no verb of its own) and fans
    # who "travelled", one of them named by their club: one count of travelling fans; the
    # reception the main clause plans keys nothing.
    (
        (
            "About 2,400 Vellmar Rangers fans travelled to Tarsk for the cup tie, according to"
            " the Ostrava Football Association.",
            "The club will hold a party at the Oster Arena on Friday for members, including some"
            " 1,500 fans who made the trip to Tarsk.",
        ),
        [("contradiction", "quantity:travel/attendance")],
    ),
    # The same figure: nothing to report here (the exact keys' comparers corroborate).
    (("Tollbridge Mills employs about 800 people.", "The mill employs roughly 800 people."), []),
    # A day one outlet gives, within the news cycle of its publication, and one it leaves out.
    (
        ("Harlow Freight shares jumped 12% on Monday.", "Harlow Freight rose 19%."),
        [("contradiction", "quantity:rise/percent|kind=percent|unit=percent")],
    ),
    # A year is another fact than the day's figure: not joined with an undated one.
    (("Harlow Freight shares jumped 12% in 2019.", "Harlow Freight rose 19%."), []),
    # Two different owners: no telling whose the undated, ownerless figure is.
    (
        (
            "Tollbridge Mills employs about 800 people.",
            "Carrow Textiles employs about 300 people.",
            "The mill employs roughly 1,400 people.",
        ),
        [],
    ),
    # Different descriptions of the counted noun are different things.
    (
        (
            "The Kestrel Bank cut its deposit rate to 2.25% on Monday.",
            "The Kestrel Bank cut its repo rate to 3.25% on Monday.",
        ),
        [],
    ),
    # A planned figure never meets an asserted one.
    (
        (
            "Tollbridge Mills employs about 800 people.",
            "Tollbridge Mills will employ about 1,400 people.",
        ),
        [],
    ),
    # A thing's pieces that did what the clause says ("seven of its 12 carriages left the
    # track", "Five of the tram's carriages left the track") count the carriages that did it;
    # the reporting officer is not their owner, so the name of the route is the only one.
    (
        (
            "The Brenmoor-Halden tram was full when seven of its 12 carriages left the track on"
            " Sunday, March 2.",
            "Five of the tram's carriages left the track near the depot, fire chief Ilsa Varga said.",
        ),
        [("contradiction", "quantity:leav/carriage")],
    ),
    # A side's position names what it is about once: "has offered 4%" after "a 9% pay rise" is
    # a pay rise, as "its offer of a 3% pay rise" says outright.
    (
        (
            "The union wants a 9% pay rise; the ministry has offered 4%.",
            "Talks broke down on Monday, March 3, when the ministry refused to improve its offer"
            " of a 3% pay rise.",
        ),
        [("contradiction", "quantity:offer/*|kind=percent|unit=percent")],
    ),
    # ... but two things offered, named apart, are two positions.
    (
        (
            "The ministry has offered a 4% pay rise.",
            "Talks broke down on Monday, March 3, when the ministry refused to improve its offer"
            " of a 3% bonus.",
        ),
        [],
    ),
    # A person's part stays a part of a tally: nothing to compare.
    (
        (
            "Three of his passes found the winger on Sunday, March 2, coach Ilsa Varga said.",
            "Five of his passes found the winger, coach Ilsa Varga said.",
        ),
        [],
    ),
    # One article giving two figures of one coarse key is about two things.
    (
        (
            "Tollbridge Mills employs about 800 people. The mill employs roughly 1,400 people.",
            "The mill employs roughly 2,000 people.",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("texts", "expected"), CROSS)
def test_coarse_comparison(texts: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert _verdicts(*texts) == expected


def test_reports_of_one_day_need_no_owner_or_day() -> None:
    # Undated, ownerless figures of one measure printed on the same day are the figure as of that
    # day: "voted" and "cast ballots" then meet, and differ; a day apart, nothing pins them.
    texts = (
        "About 61,000 residents voted in the Lindqvarn referendum.",
        "Some 90,000 people cast ballots in the Lindqvarn referendum.",
    )
    assert _verdicts(*texts, days=0) == [("contradiction", "quantity:vote/person")]
    assert _verdicts(*texts, days=1) == []
    same = ("About 61,000 residents voted.", "Some 61,000 people cast ballots in the referendum.")
    assert _verdicts(*same, days=0) == []


def test_a_corpus_local_entity_and_its_name_are_one_agent() -> None:
    [claim] = _claims("Tollbridge Mills employs about 800 people.")
    local = attrs.evolve(
        claim, subject=claim.subject.replace("tollbridge-mills", "org:~tollbridge-mills")
    )
    registry = attrs.evolve(
        claim, subject=claim.subject.replace("tollbridge-mills", "org:tollbridge")
    )
    agents = [k.agent for c in (claim, local, registry) if (k := coarse(c, DAY, NEWS_CYCLE))]
    assert agents == ["tollbridge-mills", "tollbridge-mills", "org:tollbridge"]


def test_coarse_comparison_needs_one_news_cycle() -> None:
    texts = ("Tollbridge Mills employs about 800 people.", "The mill employs roughly 1,400 people.")
    assert _verdicts(*texts, days=1)
    assert _verdicts(*texts, days=30) == []
    assert _verdicts(*texts, published=False) == []


def test_a_coarse_contradiction_names_the_keys_it_joined() -> None:
    docs = (
        Document(
            id="a.txt",
            path="a.txt",
            text="Tollbridge Mills employs about 800 people.",
            published=DAY,
        ),
        Document(
            id="b.txt", path="b.txt", text="The mill employs roughly 1,400 people.", published=DAY
        ),
    )
    claims = [c for d in docs for c in quantity_claims(Analysis(d))]
    [finding] = classes_consistency(Corpus(docs), claims)
    assert "quantity:person|verb=employ|agent=tollbridge-mills" in finding.explanation
    assert "quantity:person|verb=employ;" in finding.explanation
    assert {o.doc_id for o in finding.observations} == {"a.txt", "b.txt"}
    assert all(o.evidence for o in finding.observations)


@given(st.permutations(range(3)))
def test_coarse_verdicts_do_not_depend_on_claim_order(order: list[int]) -> None:
    docs = (
        Document(
            id="a.txt",
            path="a.txt",
            text="Harlow Freight shares jumped 12% on Monday.",
            published=DAY,
        ),
        Document(id="b.txt", path="b.txt", text="Harlow Freight rose 19%.", published=DAY),
        Document(id="c.txt", path="c.txt", text="Harlow Freight gained 12%.", published=DAY),
    )
    per_doc = [quantity_claims(Analysis(d)) for d in docs]
    claims = [c for i in order for c in per_doc[i]]
    baseline = [c for cs in per_doc for c in cs]
    assert classes_consistency(Corpus(docs), claims) == classes_consistency(Corpus(docs), baseline)


def test_classes_data_file_is_sorted_unique_and_well_formed() -> None:
    raw = read_raw()
    assert set(raw) == {"verb_classes", "noun_classes", "counted_groups", "time_nouns"}
    for name, table in raw.items():
        keys = list(table)
        assert keys == sorted(keys, key=str.casefold), name
        assert all(k == k.casefold() and k.strip() == k for k in keys), name
    assert all(len(v) == 2 for v in raw["noun_classes"].values())
    # Every class a noun names is one a verb names too, so a noun and a verb of it meet.
    assert {v[0] for v in raw["noun_classes"].values()} <= set(raw["verb_classes"].values())
    assert classes().verbs["kil"] == "death"  # keyed by the stems the exact keys carry


# Kinds of sentence that gave false contradictions on real news read with publication dates
# (benchmarks/ecbplus_dated.py): each pair is about two facts, and the coarse check keeps them apart.
APART = [
    # A count with no verb and no noun naming a measure: keyed by the nearest name alone, which
    # in the second sentence is the passer, not the runner.
    (
        "Aldo Dalby started. A big reason was Dalby, who was 12 of 25 for 171 yards.",
        "Marten Olsby picked off a poor Aldo Dalby throw and took it back 41 yards for a score.",
    ),
    # A count of lengths of someone's time: one person's seasons are not another's.
    (
        "She also spent eight seasons as a scout for the Harrow Kites.",
        "Odile Marsh, 51, had a 14-year Halden League career, spending 11 seasons in Brenmoor.",
    ),
    # A part of a tally ("three of his four goals in that stretch") and someone's whole.
    (
        "However, he does have three of his four goals in that stretch.",
        "Pello Arkin has nine goals in all.",
    ),
    # A figure up to the day of writing ("has so far lost") and one day's figure.
    (
        "Five Valdorian sailors lost their lives on Wednesday.",
        "Valdoria has so far lost seven sailors in the conflict.",
    ),
    # A running total whose report day is only the publication day: the source's earlier
    # update and its latest may both be printed that day.
    (
        "The storm killed 40 people, the Ostmark Red Cross said.",
        "The Ostmark Red Cross said earlier that it had counted 25 dead.",
    ),
    # A name after a possessive date is another occasion's: the figure is that occasion's.
    (
        "Ratings for last year's Lumen Awards plunged, with about 32 million people tuning in.",
        "A total of 55.3 million people tuned in to watch.",
    ),
    # After an existential "there's", a name before it (here in an exclamation) is no doer.
    (
        "'Oh, my God, there's three people shot!' a witness shouted.",
        "A driver had fatally shot eight people at a depot weeks earlier.",
    ),
]


@pytest.mark.parametrize("texts", APART)
def test_coarse_check_keeps_two_facts_apart(texts: tuple[str, str]) -> None:
    assert _verdicts(*texts, days=0) == []


def _dated_verdicts(later: str, day_report: str, gap: int = 1) -> list[tuple[str, str]]:
    """Verdicts on a report of DAY (a Tuesday) and a later one published ``gap`` days after."""
    docs = (
        Document(id="day.txt", path="day.txt", text=day_report, published=DAY),
        Document(
            id="later.txt",
            path="later.txt",
            text=later,
            published=DAY + dt.timedelta(days=gap),
        ),
    )
    claims = [c for d in docs for c in quantity_claims(Analysis(d))]
    return [(f.category, f.subject) for f in classes_consistency(Corpus(docs), claims)]


EARLIER_DAY = [
    # "up from 300 on Tuesday" against Tuesday's report of another count: the later figure's
    # verb ("deployed") is not the one the day's report used ("sent"), the owner and noun are.
    (
        "Harbour Minister Lene Aakvik said 900 rescue divers were now deployed, up from 300 on"
        " Tuesday.",
        "Harbour Minister Lene Aakvik said 500 rescue divers and sailors had been sent to the"
        " coast.",
        1,
        [("contradiction", "quantity:rescue diver|kind=count|agent=aakvik-lene")],
    ),
    # the same figure: nothing to report
    (
        "Harbour Minister Lene Aakvik said 900 rescue divers were now deployed, up from 500 on"
        " Tuesday.",
        "Harbour Minister Lene Aakvik said 500 rescue divers had been sent to the coast.",
        1,
        [],
    ),
    # the day's report came out on another day than the one the earlier value names
    (
        "Harbour Minister Lene Aakvik said 900 rescue divers were now deployed, up from 300 on"
        " Wednesday.",
        "Harbour Minister Lene Aakvik said 500 rescue divers had been sent to the coast.",
        2,
        [],
    ),
    # another owner's count
    (
        "Harbour Minister Lene Aakvik said 900 rescue divers were now deployed, up from 300 on"
        " Tuesday.",
        "Coast guard chief Pal Rudberg said 500 rescue divers had been sent to the coast.",
        1,
        [],
    ),
    # a plan is no count of the day
    (
        "Harbour Minister Lene Aakvik said 900 rescue divers were now deployed, up from 300 on"
        " Tuesday.",
        "Harbour Minister Lene Aakvik said 500 rescue divers would be sent to the coast.",
        1,
        [],
    ),
]


@pytest.mark.parametrize(("later", "day_report", "gap", "expected"), EARLIER_DAY)
def test_an_earlier_value_dated_to_a_day_meets_that_day_s_report(
    later: str, day_report: str, gap: int, expected: list[tuple[str, str]]
) -> None:
    assert _dated_verdicts(later, day_report, gap) == expected


MONDAY = DAY - dt.timedelta(days=1)

WEEK_START = [
    # "at the start of the week" in Thursday's report is that week's Monday, and a figure Monday's
    # report dates to its own day ("on Monday") is that day's figure; the spokeswoman speaks for
    # the coast guard, which owns the count in both reports.
    (
        "More than 60 patrol boats were out on Thursday, the Kestrel Coast Guard said, up from"
        " about 20 at the start of the week.",
        "About 35 patrol boats, backed by two aircraft, were searching the fjord on Monday, said"
        " Ada Brekke, a spokeswoman for the Kestrel Coast Guard.",
        3,
        [("contradiction", "quantity:patrol boat|kind=count|agent=kestrel-coast-guard")],
    ),
    (
        "More than 60 patrol boats were out on Thursday, the Kestrel Coast Guard said, up from"
        " about 35 at the start of the week.",
        "About 35 patrol boats were searching the fjord on Monday, said Ada Brekke, a spokeswoman"
        " for the Kestrel Coast Guard.",
        3,
        [],
    ),
    # the end of the week is no Monday
    (
        "More than 60 patrol boats were out on Sunday, the Kestrel Coast Guard said, up from"
        " about 20 at the end of the week.",
        "About 35 patrol boats were searching the fjord on Monday, the Kestrel Coast Guard said.",
        6,
        [],
    ),
    # the start of last week is not this week's Monday
    (
        "More than 60 patrol boats were out on Thursday, the Kestrel Coast Guard said, up from"
        " about 20 at the start of last week.",
        "About 35 patrol boats were searching the fjord on Monday, the Kestrel Coast Guard said.",
        3,
        [],
    ),
]


@pytest.mark.parametrize(("later", "monday_report", "gap", "expected"), WEEK_START)
def test_the_start_of_the_week_is_its_monday_for_an_earlier_value(
    later: str, monday_report: str, gap: int, expected: list[tuple[str, str]]
) -> None:
    docs = (
        Document(id="mon.txt", path="mon.txt", text=monday_report, published=MONDAY),
        Document(
            id="later.txt",
            path="later.txt",
            text=later,
            published=MONDAY + dt.timedelta(days=gap),
        ),
    )
    claims = [c for d in docs for c in quantity_claims(Analysis(d))]
    verdicts = [(f.category, f.subject) for f in classes_consistency(Corpus(docs), claims)]
    assert verdicts == expected


def test_parts_of_a_period_key_apart() -> None:
    start, end = (
        _claims(f"About 20 patrol boats were out at the {part} of the week, the coast guard said.")
        for part in ("start", "end")
    )
    assert start[0].subject.endswith("time=in-2025-W10-start")
    assert end[0].subject.endswith("time=in-2025-W10-end")
