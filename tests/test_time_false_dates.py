"""No invented dates: numbers, quantities, scores, counters, labels, "may" the verb and ordinals are
not dates; and each seed yields exactly its own time expressions, nothing more."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosscheck.model import TimeKind
from crosscheck.time import find_times

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUB = dt.date(2023, 4, 12)

NOT_DATES = [
    # the false dates dateparser.search finds in the seeds
    "Spartak's 3-2 Win",  # a score (seed 001)
    "Updated:\n0:00\n",  # a video player's counter (seed 002)
    "marked the 78th anniversary of Korea's liberation",  # an ordinal (seed 002)
    "but we will make every effort",  # "we" is no weekday (seed 002)
    "the adoption of Resolution 2375 sanctioning",  # a resolution number (seed 003)
    "Alliance between Korea and Japan may prove difficult",  # "may" the verb (seed 004)
    "The two countries may bring up the agreement",  # seed 004
    # bare numbers and quantities
    "North Korea has fired more than 100 missiles.",
    "about 2000 troops were sent",
    "a crowd of 1500 people",
    "over 1999 votes",
    "it costs 2023 dollars",
    "they counted 1987",
    "page 1910 of the report",
    "see No. 2023 and Resolution 1718",
    "a rise of 12.5 percent",
    "1,945 cases",
    "$2018 in fees",
    "Flight 1945 landed",
    "scores of 3-2 and 10-12",
    "a 4:3 ratio",
    "a 1:23:45 recording",
    "ISBN 978-3-16",
    "version 2.1.2",
    "the 21st and the 3rd",
    "May I ask a question?",
    "March on Washington",
    "April Ryan said",
    "June Carter sang",
    "a spring in her step",
    "the fall of the government",
    "I am here",
    "the Sun rose",
    "a daily newspaper",
    "the SAT and the MON codes",
    "",
    "\u201c\u201d\u2019 unbalanced \u201c quote",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    found = find_times(text, published=PUB)
    assert [te for te in found if te.kind in (TimeKind.DATE, TimeKind.TIME)] == [], found


def test_adjectival_duration_is_a_duration_not_a_date() -> None:
    [te] = find_times("Japan's 35-year colonial rule", published=PUB)
    assert (te.text, te.value, te.kind) == ("35-year", "P35Y", TimeKind.DURATION)


@pytest.mark.parametrize(
    "text", ["3 km", "100 missiles", "12 percent", "2,000 troops", "4.5 kg", "7 seats"]
)
def test_quantities_are_no_time_at_all(text: str) -> None:
    assert find_times(text, published=PUB) == []


SEED_META: dict[str, tuple[dt.date | None, str | None]] = {
    "000": (dt.date(2023, 4, 12), "DMY"),
    "001": (None, None),
    "002": (None, None),
    "003": (dt.date(2017, 11, 4), "YMD"),
    "004": (dt.date(2023, 8, 22), "YMD"),
}

# Everything find_times reports in each seed body, in order: no more (no false dates), no less.
SEED_EXPRESSIONS = {
    "000": [
        ("12.04.2023", "2023-04-12"),
        ("12.04.2023", "2023-04-12"),
        ("Wednesday", "2023-04-12"),
        ("Tuesday", "2023-04-11"),
        ("later this month", "2023-04"),
        ("Tuesday", "2023-04-11"),
        ("Monday", "2023-04-10"),
        ("recently", "PAST_REF"),
        ("Wednesday", "2023-04-12"),
        ("last month", "2023-03"),
    ],
    "001": [("late April", "XXXX-04")],
    "002": [
        ("April 26, 2023", "2023-04-26"),
        ("Aug. 15", "XXXX-08-15"),
        ("Aug. 18", "XXXX-08-18"),
        ("35-year", "P35Y"),
        ("1945", "1945"),
        ("1945", "1945"),
        ("May 21, 2023", "2023-05-21"),
        ("1945", "1945"),
        ("May 21, 2023", "2023-05-21"),
        ("June", "XXXX-06"),
        ("by the end of the year", "XXXX"),
        ("Since the start of 2022", "2022"),
    ],
    "003": [
        ("2017-11-04 18:06 KST", "2017-11-04T18:06+09:00"),
        ("2017-11-04 18:06 KST", "2017-11-04T18:06+09:00"),
        ("Nov. 3", "2017-11-03"),
        ("Nov. 3", "2017-11-03"),
        ("Nov. 3", "2017-11-03"),
        ("September", "2017-09"),
    ],
    "004": [
        ("2023-08-22", "2023-08-22"),
        ("later this month", "2023-08"),
        ("Tuesday", "2023-08-22"),
        ("Wednesday", "2023-08-16"),
        ("Aug. 18", "2023-08-18"),
        ("the past few years", "PXY"),
        ("four years", "P4Y"),
        ("2016", "2016"),
        ("2019", "2019"),
        ("1910-45", "1910/1945"),
        ("since 2018", "2018"),
        ("this month", "2023-08"),
        ("2012", "2012"),
    ],
}


@pytest.mark.parametrize("seed", sorted(SEED_EXPRESSIONS))
def test_seed_expressions_exactly(seed: str) -> None:
    [path] = SEEDS.glob(f"{seed}_*.txt")
    text = path.read_text(encoding="utf-8")
    published, order = SEED_META[seed]
    found = find_times(text, published=published, date_order=order)
    assert [(te.text, te.value) for te in found] == SEED_EXPRESSIONS[seed]
    assert all(text[te.start : te.end] == te.text for te in found)


def test_seed_000_date_is_ambiguous_without_its_date_order() -> None:
    [path] = SEEDS.glob("000_*.txt")
    first = find_times(path.read_text(encoding="utf-8"))[0]
    assert (first.text, first.ambiguous, first.candidates) == (
        "12.04.2023",
        True,
        ("2023-04-12", "2023-12-04"),
    )
