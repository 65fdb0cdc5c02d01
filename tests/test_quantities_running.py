"""Running totals, attributions, deal prices and spending: what may and may not contradict.

Every sentence here is invented for these tests (other places, people and firms than any corpus).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from crosscheck.quantities import Strength
from tests.test_quantities_context import only, quantities, verdicts

MON, TUE, WED = dt.date(2024, 5, 6), dt.date(2024, 5, 7), dt.date(2024, 5, 8)
CONTRADICTION = [("discrepancy", "contradiction")]
Doc = tuple[str, dt.date | None]

# --- running totals: deaths, injuries, arrests … grow, so only figures of one moment meet ---

RUNNING_TOTALS: list[tuple[Doc, Doc, list[tuple[str, str]]]] = [
    # A rising toll on different days is no contradiction, however the event is dated.
    (
        ("The cyclone that struck Chittagong on Friday has killed 60 people, officials said.", MON),
        ("The cyclone that struck Chittagong on Friday has killed 95 people, officials said.", WED),
        [],
    ),
    (
        (
            "A cyclone struck Chittagong on Friday, killing 60 people, the relief agency ORBA said.",
            MON,
        ),
        (
            "A cyclone struck Chittagong on Friday, killing 95 people, the relief agency ORBA said.",
            WED,
        ),
        [],
    ),
    # One source, one day of saying, two figures: a contradiction, in either order of the sentence.
    (
        ("At least 71 people died in the cyclone, ORBA said on Tuesday.", TUE),
        ("Fifty people died in the cyclone, ORBA said on Tuesday.", WED),
        CONTRADICTION,
    ),
    (
        ("ORBA said on Tuesday that at least 71 people had died in the cyclone.", TUE),
        ("Fifty people died in the cyclone, ORBA said on Tuesday.", WED),
        CONTRADICTION,
    ),
    (
        ("At least 71 people died in the cyclone, ORBA said on Tuesday.", TUE),
        ("About 70 people died in the cyclone, ORBA said on Tuesday.", WED),
        [("agreement", "compatible")],
    ),
    # The same day of publication with a named source: one moment.
    (
        ("The cyclone has killed 71 people, ORBA said.", TUE),
        ("The cyclone has killed 50 people, ORBA said.", TUE),
        CONTRADICTION,
    ),
    # Neither the day nor the source stated: a same-day update may lie between them.
    (
        ("The cyclone has killed 71 people in Chittagong, officials said.", TUE),
        ("The cyclone has killed 50 people in Chittagong, officials said.", TUE),
        [],
    ),
    # No publication day, no stated day: a running total of no known moment.
    (
        ("The cyclone has killed 71 people, ORBA said.", None),
        ("The cyclone has killed 50 people, ORBA said.", None),
        [],
    ),
    # Different sources: different counts, not one figure disputed.
    (
        ("At least 71 people died in the cyclone, ORBA said on Tuesday.", TUE),
        ("Fifty people died in the cyclone, the Red Crescent said on Tuesday.", WED),
        [],
    ),
    # A total of an earlier year's event no longer rises: compared as a settled figure.
    (
        ("In 2019, the flood in Ruritania killed 40 people.", WED),
        ("The flood in Ruritania killed 55 people in 2019.", MON),
        CONTRADICTION,
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), RUNNING_TOTALS)
def test_running_totals_meet_only_at_one_moment(
    a: Doc, b: Doc, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(a, b) == expected


RUNNING_KEYS = [
    ("Police detained 25 people on Saturday, police said on Sunday.", "2024-05-05"),
    ("Storms have injured 14 people, the agency said.", "2024-05-08"),
    ("At least 30 dead after the dam burst, officials said on Monday.", "2024-05-06"),
    ("More than 900 homes were destroyed, the governor said.", "2024-05-08"),
]


@pytest.mark.parametrize(("text", "reported"), RUNNING_KEYS)
def test_a_running_total_is_dated_by_its_report(text: str, reported: str) -> None:
    q = only(text)
    assert q.cumulative and q.reported == reported
    assert f"asof={reported}" in q.subject


def test_the_attribution_names_the_source_of_a_running_total() -> None:
    q = only("In Sylhet, at least 71 people died in the cyclone, ORBA said on Tuesday.")
    assert (q.agent, q.anchor, q.reported) == ("orba", None, "2024-05-07")


# --- trailing attributions date and name other figures too ---

ATTRIBUTED = [
    # (text, agent, anchor): the trailing form reads like the leading one.
    (
        "The Union Party won 44 seats, the commission said on Monday.",
        "union-party",
        "on-2024-05-06",
    ),
    ("The commission said on Monday the Union Party won 44 seats.", "union-party", "on-2024-05-06"),
    ("The bank sold 200 bonds, Meridian said on Monday.", "meridian", "on-2024-05-06"),
    (
        "The leftists won 44 seats, according to results published by Elkom on Monday.",
        "elkom",
        "on-2024-05-06",
    ),
    (
        "The bank lost 200 clients, Ana Ruiz, its chief executive, said on Monday.",
        "person:~ana-ruiz",
        "on-2024-05-06",
    ),
    # A date of the figure's own clause wins over the day of saying.
    ("Kappa Air bought 12 jets in March, the firm said on Monday.", "kappa-air", "in-2024-03"),
    # "…, and Elkom said 50 people …": a clause after the verb, not an attribution.
    ("The Union Party won 44 seats, and Elkom said 50 people voted twice.", "union-party", None),
]


@pytest.mark.parametrize(("text", "agent", "anchor"), ATTRIBUTED)
def test_a_trailing_attribution_gives_the_agent_and_date(
    text: str, agent: str, anchor: str | None
) -> None:
    q = quantities(text)[0]
    assert (q.agent, q.anchor) == (agent, anchor)


# --- counts still under way never contradict ---

PROVISIONAL = [
    "With 60% of ballots counted, the Union Party had 31% of the vote, the board said on Monday.",
    "Preliminary results showed the Union Party winning 44 seats, the board said on Monday.",
]


@pytest.mark.parametrize("text", PROVISIONAL)
def test_a_count_under_way_is_never_strong(text: str) -> None:
    q = quantities(text)[-1]
    assert q.mood == "provisional" and q.strength is Strength.WEAK


def test_a_final_count_is_not_provisional() -> None:
    q = only("With all votes counted, the Union Party won 44 seats, the board said on Monday.")
    assert q.mood is None and q.strength is Strength.STRONG


# --- deal prices: the price of one named purchase is one fact ---

DEAL_KEYS = [
    (
        "Helix Corp agreed on Friday to buy Ardent Labs for $900 million in cash.",
        "quantity:price|kind=money|unit=USD|verb=buy|object=ardent-labs|agent=helix-corp",
    ),
    (
        "Helix Corp paid $900 million for Ardent Labs last year.",
        "quantity:price|kind=money|unit=USD|verb=buy|object=ardent-labs|agent=helix-corp",
    ),
    (
        "Ardent Labs was sold to Helix Corp for $900 million.",
        "quantity:price|kind=money|unit=USD|verb=buy|object=ardent-labs|agent=helix-corp",
    ),
    (
        "Helix Corp will acquire British chipmaker Ardent Labs from Orvex for $900 million.",
        "quantity:price|kind=money|unit=USD|verb=buy|object=ardent-labs|mood=irrealis|agent=helix-corp",
    ),
    (
        "Helix Corp offered on Friday to buy Ardent Labs for $900 million.",
        "quantity:price|kind=money|unit=USD|verb=buy|object=ardent-labs|mood=proposal|agent=helix-corp"
        "|time=on-2024-05-03",
    ),
]


@pytest.mark.parametrize(("text", "subject"), DEAL_KEYS)
def test_a_price_is_keyed_by_buyer_and_what_it_buys(text: str, subject: str) -> None:
    assert only(text).subject == subject


DEALS: list[tuple[Doc, Doc, list[tuple[str, str]]]] = [
    # An agreed price needs no date: the same purchase, with or without the day it was agreed.
    (
        ("Helix Corp agreed on Friday to buy Ardent Labs for $900 million.", MON),
        ("Helix Corp agreed to buy Ardent Labs for $1.2 billion.", WED),
        CONTRADICTION,
    ),
    (
        ("Helix Corp agreed on Friday to buy Ardent Labs for $900 million.", MON),
        ("Helix Corp is buying Ardent Labs for about $0.9 billion.", WED),
        [("agreement", "compatible")],
    ),
    # Offers are revised: only offers of one day meet.
    (
        ("Helix Corp offered to buy Ardent Labs for $900 million.", MON),
        ("Helix Corp offered to buy Ardent Labs for $1.2 billion.", WED),
        [],
    ),
    (
        ("Helix Corp offered on Friday to buy Ardent Labs for $900 million.", MON),
        ("Helix Corp offered on Friday to buy Ardent Labs for $1.2 billion.", MON),
        CONTRADICTION,
    ),
    # Another buyer, or no named target: other facts.
    (
        ("Helix Corp agreed to buy Ardent Labs for $900 million.", MON),
        ("Orvex agreed to buy Ardent Labs for $1.2 billion.", WED),
        [],
    ),
    (
        ("Helix Corp agreed to buy the unit for $900 million.", MON),
        ("Helix Corp agreed to buy the unit for $1.2 billion.", WED),
        [],
    ),
]


@pytest.mark.parametrize(("a", "b", "expected"), DEALS)
def test_deal_prices(a: Doc, b: Doc, expected: list[tuple[str, str]]) -> None:
    assert verdicts(a, b) == expected


def test_a_price_per_share_is_not_the_price_of_the_deal() -> None:
    a = ("Helix Corp agreed to buy Ardent Labs for 38.50 euros a share.", MON)
    b = ("Helix Corp agreed to buy Ardent Labs for 4.2 billion euros.", WED)
    assert only(a[0]).noun == "price per share"
    assert verdicts(a, b) == []


def test_two_prices_for_one_purchase_in_one_article_give_no_verdict() -> None:
    a = "Helix Corp agreed to buy Ardent Labs for $900 million."
    b = (
        "Helix Corp agreed to buy Ardent Labs for $900 million. It first agreed to buy Ardent "
        "Labs for $700 million, Helix Corp said."
    )
    assert verdicts((a, MON), (b, WED)) == []


# --- spending: what the money is spent on is the counted thing ---

SPENDING: list[tuple[str, str, str]] = [
    ("Norway agreed on Monday to spend 2 billion crowns on new frigates.", "frigate", "crown"),
    ("Chile will invest $40 million in a new 30-kilometre tram line in 2025.", "line", "USD"),
    ("Kenya spent 3 billion shillings for the second coastal highway.", "highway", "shilling"),
    (
        "The ministry earmarked 300 million rand for the reconstruction, it said.",
        "reconstruction",
        "ZAR",
    ),
]


@pytest.mark.parametrize(("text", "noun", "unit"), SPENDING)
def test_spending_counts_what_it_is_spent_on(text: str, noun: str, unit: str) -> None:
    q = quantities(text)[0]
    assert (q.noun, q.unit) == (noun, unit)


def test_sums_spent_on_one_thing_by_one_agent_on_one_day_contradict() -> None:
    a = (
        "Chile and Argentina agreed on Monday to spend 500 million euros on a new rail bridge.",
        MON,
    )
    b = ("Chile and Argentina agreed on Monday to spend 800 million euros on the bridge.", TUE)
    assert verdicts(a, b) == CONTRADICTION


# --- invariants ---

RUNNING_VERBS = st.sampled_from(["killed", "injured", "arrested", "evacuated", "displaced"])
SOURCES = st.sampled_from(["ORBA", "officials", "the agency", "Governor Mwale", "ORBA's chief"])
DAYS = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))


@given(
    st.integers(1, 5000), st.integers(1, 5000), RUNNING_VERBS, SOURCES, DAYS, DAYS, st.booleans()
)
def test_running_totals_of_different_days_never_contradict(
    a: int, b: int, verb: str, source: str, day_a: dt.date, day_b: dt.date, dated: bool
) -> None:
    assume(day_a != day_b)
    text = "The storm has {verb} {n} people, {source} said."
    first = (text.format(verb=verb, n=a, source=source), day_a if dated else None)
    second = (text.format(verb=verb, n=b, source=source), day_b if dated else None)
    assert ("discrepancy", "contradiction") not in verdicts(first, second)
