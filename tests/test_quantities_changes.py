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
    # No object between the verb and "to": the share is the level the subject ("unemployment")
    # reached, whichever way it moved.
    [(_, subject)] = keys("Brenna Foods said unemployment in Tarvik fell to 6.2%.")[:1]
    assert subject.startswith("quantity:unemployment|") and "|verb=to" in subject


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


# A share after "to"/"from" on a verb with no object is the level its common-noun subject reached
# or left, whatever the verb; a capitalised opener that is no name is no agent either.
SUBJECT_LEVELS = [
    (
        "Inflation eased to 3.1% in July from 3.4% in June.",
        [
            ("3.1%", "quantity:inflation|kind=percent|unit=percent|verb=to|time=in-2025-07"),
            ("3.4%", "quantity:inflation|kind=percent|unit=percent|verb=from|time=in-2025-07"),
        ],
    ),
    (
        "In Tarvik, the jobless rate climbed to 7.2% in August.",
        [
            (
                "7.2%",
                "quantity:jobless rate|kind=percent|unit=percent|verb=to|agent=tarvik"
                "|time=in-2025-08",
            )
        ],
    ),
    # A share that moved by itself (no "to") keeps its direction.
    (
        "Helmsund shares fell 0.3% in August.",
        [
            (
                "0.3%",
                "quantity:percent|kind=percent|unit=percent|verb=fall|agent=helmsund"
                "|time=in-2025-08",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_LEVELS)
def test_a_share_with_no_object_is_its_subjects_level(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Another verb, one level of one month: compared within one news cycle.
        (
            "Inflation eased to 3.1% in July, the statistics office said.",
            "Inflation slowed to 3.8% in July.",
            CONTRADICTION,
        ),
        (
            "Inflation eased to 3.1% in July, the statistics office said.",
            "Inflation slowed to 3.1% in July.",
            [("agreement", "corroborated")],
        ),
        # Another month is another figure.
        ("Inflation eased to 3.1% in July.", "Inflation slowed to 3.8% in June.", []),
        # A month's first estimate is that month's figure; a count under way is not.
        (
            "Inflation eased to 3.1% in July, according to preliminary figures from the "
            "statistics office.",
            "Inflation slowed to 3.8% in July.",
            CONTRADICTION,
        ),
        (
            "With 60% of ballots counted, the Harbour Party had 31% of the vote.",
            "The Harbour Party had 27% of the vote.",
            [],
        ),
        # A vote's preliminary results stay a count under way, even dated to a month.
        (
            "The Harbour Party won 31% of the vote in July, according to preliminary results.",
            "The Harbour Party won 27% of the vote in July.",
            [],
        ),
        (
            "With 60% of ballots counted, the Harbour Party had 31% of the vote in July.",
            "The Harbour Party had 27% of the vote in July.",
            [],
        ),
    ],
)
def test_a_subjects_level_is_compared(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    assert verdicts(a, b) == expected


# "the rate" with no word of its own stands for the one rate of that head the text named before
# (singular, with the words that say which); with two named, or none, it stays bare.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Tarvik Reserve Bank cut its benchmark rate to 4% on Friday. Two members wanted "
            "to keep the rate at 4.25%.",
            "quantity:policy rate|kind=percent|unit=percent|verb=from",
        ),
        (
            "Banks raised lending rates. The overnight rate was cut to 4%. Two members wanted to "
            "keep the rate at 4.25%.",
            "quantity:overnight rate|kind=percent|unit=percent|verb=from",
        ),
        (
            "The deposit rate was left alone, and the bank cut its overnight rate to 4%. Two "
            "members wanted to keep the rate at 4.25%.",
            "quantity:rate|kind=percent|unit=percent|verb=from",
        ),
        (
            "Two members of the board wanted to keep the rate at 4.25%.",
            "quantity:rate|kind=percent|unit=percent|verb=from",
        ),
    ],
)
def test_the_rate_stands_for_the_one_rate_named_before(text: str, expected: str) -> None:
    assert [s for w, s in keys(text) if w == "4.25%"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A forecast's gerund and a modal's bare verb state no level reached.
        "Some economists see the jobless rate falling to 3% by next year.",
        "Inflation will slow to 2% next year.",
    ],
)
def test_a_forecast_gives_no_subjects_level(text: str) -> None:
    assert all("|verb=to" not in s for _, s in keys(text))


def test_a_level_with_a_finite_auxiliary_is_read() -> None:
    assert [s.split("|")[0] for _, s in keys("Unemployment has risen to 5.5%.")] == [
        "quantity:unemployment"
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # A named rate's level is one fact of the week's story, with or without its bank's name.
        (
            "The bank cut its overnight rate to 4% from 4.25%.",
            "Two members wanted to keep the overnight rate at 4.5%.",
            CONTRADICTION,
        ),
        (
            "The bank cut its overnight rate to 4% from 4.25%.",
            "Two members wanted to keep the overnight rate at 4.25%.",
            [("agreement", "corroborated")],
        ),
        # Another rate's level is another fact.
        (
            "The bank cut its overnight rate to 4% from 4.25%.",
            "Two members wanted to keep the deposit rate at 3.5%.",
            [],
        ),
    ],
)
def test_a_rates_level_is_compared_within_a_news_cycle(
    a: str, b: str, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(a, b) == expected


def test_a_subject_with_no_one_level_keeps_its_direction() -> None:
    # Support in one poll of several is no level of the story: the share keeps its direction.
    [(_, subject)] = keys("Support for the Harbour Party rose to 31% in July.")
    assert "|verb=rise" in subject and "|verb=to" not in subject
