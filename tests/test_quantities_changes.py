"""Changes in percent: a share of a named thing that moved is keyed by which way it moved.

Every sentence here is invented for these tests (other places, people and firms than any corpus).
"""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.quantities import find_quantities
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.compare import compare_quantities

MONDAY = dt.date(2025, 9, 1)
TUESDAY = MONDAY + dt.timedelta(days=1)
CONTRADICTION = [("discrepancy", "contradiction")]


def keys(text: str) -> list[tuple[str, str]]:
    doc = Document(id="a.txt", path="a.txt", text=text, published=MONDAY)
    return [(q.written, q.subject) for q in find_quantities(doc)]


def verdicts(a: str, b: str) -> list[tuple[str, str]]:
    docs = {
        "a.txt": Document(id="a.txt", path="a.txt", text=a, published=MONDAY),
        "b.txt": Document(id="b.txt", path="b.txt", text=b, published=TUESDAY),
    }
    claims = [c for d in docs.values() for c in quantity_claims(Analysis(d))]
    return sorted(
        (f.kind.value, f.category) for g in align(claims) for f in compare_quantities(g, docs)
    )


SHARE = "quantity:percent|kind=percent|unit=percent"

CHANGES = [
    # The verb's lemma says which way: "jumped", "soared" and "gained" all rise.
    ("Helmsund shares jumped 12% in Oslo.", [("12%", f"{SHARE}|verb=rise|agent=helmsund")]),
    ("Helmsund's stock soared 12%.", [("12%", f"{SHARE}|verb=rise|agent=helmsund")]),
    ("Brenna Foods slipped 4.5% in Bergen.", [("4.5%", f"{SHARE}|verb=fall|agent=brenna-foods")]),
    # A verb of its own ("closed", "ended") with a comparative or "up"/"down" beside the figure.
    (
        "Helmsund shares closed 12% higher.",
        [("12%", f"{SHARE}|verb=rise|agent=helmsund")],
    ),
    (
        "Helmsund shares ended 12 per cent lower.",
        [("12 per cent", f"{SHARE}|verb=fall|agent=helmsund")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES)
def test_a_share_that_moved_is_keyed_by_its_direction(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text) == expected


def test_a_comparative_alone_is_not_a_counted_noun() -> None:
    [(_, subject)] = keys("Helmsund shares closed 12% higher.")
    assert subject.startswith(f"{SHARE}|")  # not "quantity:higher"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # One move told with two verbs, in one news cycle: one fact.
        (
            "Helmsund shares jumped 12% in Oslo.",
            "Helmsund shares closed 12% higher.",
            [("agreement", "corroborated")],
        ),
        (
            "Helmsund shares jumped 12% in Oslo.",
            "Helmsund shares closed 19% higher.",
            CONTRADICTION,
        ),
        # A rise and a fall never meet: nothing is said.
        ("Helmsund shares jumped 12% in Oslo.", "Helmsund shares fell 12% in Oslo.", []),
    ],
)
def test_moves_told_with_other_verbs_are_compared(
    a: str, b: str, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(a, b) == expected


LEVELS = [
    # A share after "to"/"from" on a verb with an object is that object's level, keyed by the
    # object with the words that tell it from others, not its possessor or length.
    (
        "The Ostmark Central Bank cut its main policy rate to 4.75% on Thursday.",
        # "main policy rate" and "key rate" name one rate: data/quantities_en.toml [noun_synonyms]
        "quantity:policy rate|kind=percent|unit=percent|verb=to|agent=ostmark-central-bank|time=on-2025-08-28",
    ),
    (
        "The Ostmark Central Bank lowered its seven-day deposit rate by 25 basis points to 4.75% "
        "on Thursday, its second cut this year.",
        "quantity:deposit rate|kind=percent|unit=percent|verb=to|agent=ostmark-central-bank|time=on-2025-08-28",
    ),
    (
        "Halvik Group raised its stake in the insurer to 25%.",
        "quantity:stake|kind=percent|unit=percent|verb=to|agent=halvik-group",
    ),
]


@pytest.mark.parametrize(("text", "subject"), LEVELS)
def test_a_share_after_to_is_the_level_of_the_verbs_object(text: str, subject: str) -> None:
    assert [s for w, s in keys(text) if w.endswith("%")] == [subject]


def test_the_level_left_is_apart_from_the_level_reached() -> None:
    assert [s for w, s in keys("The bank cut its key rate to 4.75% from 5%.") if "rate" in s] == [
        "quantity:policy rate|kind=percent|unit=percent|verb=to",
        "quantity:policy rate|kind=percent|unit=percent|verb=from",
    ]


# "at N%" is a level through its verb: kept/held at gives the level the object had (the one a
# change leaves: "from"), set at the level reached ("to"); after other verbs it is no level.
@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Two council members wanted to keep the lending rate at 5.25%.",
            "quantity:lending rate|kind=percent|unit=percent|verb=from",
        ),
        (
            "The Tarvik Reserve Bank held its overnight rate at 3% in June.",
            "quantity:overnight rate|kind=percent|unit=percent|verb=from|agent=tarvik-reserve-bank"
            "|time=in-2025-06",
        ),
        (
            "The Tarvik Reserve Bank set its overnight rate at 3% in June.",
            "quantity:overnight rate|kind=percent|unit=percent|verb=to|agent=tarvik-reserve-bank"
            "|time=in-2025-06",
        ),
    ],
)
def test_a_share_at_a_kept_or_set_level(text: str, subject: str) -> None:
    assert [s for w, s in keys(text) if w.endswith("%")] == [subject]


def test_a_share_at_after_another_verb_is_no_level() -> None:
    [(_, subject)] = keys("Brenna Foods said its sales grew at 4% in Tarvik.")[:1]
    assert "|verb=from" not in subject and "|verb=to" not in subject


def test_a_kept_level_meets_the_level_a_cut_left() -> None:
    a = "The bank cut its lending rate to 5% from 5.25%."
    b = "Two members wanted to keep the lending rate at 5.25%."
    key = "quantity:lending rate|kind=percent|unit=percent|verb=from"
    assert key in [s for _, s in keys(a)] and key in [s for _, s in keys(b)]


def test_a_share_with_no_object_keeps_its_subject() -> None:
    # No object between the verb and "to": the share is the subject's own ("unemployment").
    [(_, subject)] = keys("Brenna Foods said unemployment in Tarvik fell to 6.2%.")[:1]
    assert "|verb=fall|" in subject and not subject.startswith("quantity:rate")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # One rate, told with other verbs and another length: one level.
        (
            "The Ostmark Central Bank cut its seven-day deposit rate to 4.75% on Thursday.",
            "The Ostmark Central Bank lowered its deposit rate by a quarter point to 4.25% on "
            "Thursday.",
            CONTRADICTION,
        ),
        # Two rates a bank sets together are two facts.
        (
            "The Ostmark Central Bank cut its main policy rate to 4.75% on Thursday.",
            "The Ostmark Central Bank cut its deposit rate to 4.25% on Thursday.",
            [],
        ),
    ],
)
def test_two_outlets_levels_of_one_rate_are_compared(
    a: str, b: str, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(a, b) == expected


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # A plain share is its figure rounded to the last digit written: "6%" may be 6.4%.
        ("Helmsund shares fell 6.4% in Oslo.", []),
        ("Helmsund shares fell 6% in Oslo.", [("agreement", "corroborated")]),
        # 6.7% rounds to 7%, and 7% is another whole figure: the half units do not meet.
        ("Helmsund shares fell 6.7% in Oslo.", CONTRADICTION),
        ("Helmsund shares fell 7% in Oslo.", CONTRADICTION),
    ],
)
def test_a_plain_share_stands_for_its_rounding(other: str, expected: list[tuple[str, str]]) -> None:
    assert verdicts("Helmsund's stock slipped 6%.", other) == expected


def test_decimal_shares_round_at_their_last_digit() -> None:
    assert verdicts("Turnout in Tarvik was 58.6%.", "Turnout in Tarvik was 58.64%.") == []
    assert verdicts("Turnout in Tarvik was 58.6%.", "Turnout in Tarvik was 58.9%.") == CONTRADICTION
