"""What a figure counts: parts of a whole, amount verbs and their subjects, crowd sizes."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.quantities import Quantity, find_quantities
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.compare import compare_quantities

PUBLISHED = dt.date(2023, 9, 4)


def quantities(text: str) -> list[Quantity]:
    return find_quantities(Document(id="t.txt", path="t.txt", text=text, published=PUBLISHED))


def readings(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(q.written, q.value, q.noun, q.verb) for q in quantities(text)]


# "N of M <noun>": the part N counts the noun and takes the verb; the whole M is never read.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven of 16 carriages left the tracks.",
            [("Seven of 16 carriages", "7", "carriage", "leav")],
        ),
        (
            "At least 5 of the 12 lorries overturned.",
            [("At least 5 of the 12 lorries", "[5,inf)", "lorry", "overturn")],
        ),
        (
            "Four of the province's 11 districts were flooded.",
            [("Four of the province's 11 districts", "4", "district", "flood")],
        ),
        ("One of the 37 pilgrims injured was a child.", []),
        ("100 of the 300 were freed.", []),
        ("Two of them died.", []),
    ],
)
def test_part_of_a_whole_counts_the_part(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert readings(text) == expected


# Amount verbs share one key; a sum of money takes the noun of the clause's subject.
@pytest.mark.parametrize(
    ("text", "noun", "verb", "agent"),
    [
        ("Exports totalled $3.2 billion last year.", "export", "total", None),
        ("Bilateral trade reached $5 billion in 2022.", "trade", "total", None),
        ("Trade between the two nations stood at $4 billion in 2022.", "trade", "total", None),
        (
            "The trade between Chile and Peru amounted to $2 billion.",
            "trade",
            "total",
            "country:pe",
        ),
        ("Revenue came to $2 billion.", "revenue", "total", None),
        ("Orvan's revenue hit $1 billion in 2021.", "revenue", "total", "orvan"),
        ("In 2022, imports totalled $3bn.", "import", "total", None),
        # not an amount verb, or no subject noun: the money stays generic
        ("The ministry spent $3 billion.", "money", "spend", None),
        ("Police said the thieves reached $5 million.", "money", "total", None),
    ],
)
def test_amount_verbs_and_their_subjects(
    text: str, noun: str, verb: str, agent: str | None
) -> None:
    [q] = [q for q in quantities(text) if q.kind.value == "money"]
    assert (q.noun, q.verb, q.agent) == (noun, verb, agent)


def test_amount_verbs_align_across_outlets() -> None:
    texts = [
        "Rice exports from Vadria reached $4 billion in 2022, the ministry said.",
        "Rice exports from Vadria totalled $4 billion in 2022.",
    ]
    docs = {
        f"{i}.txt": Document(id=f"{i}.txt", path=f"{i}.txt", text=t, published=PUBLISHED)
        for i, t in enumerate(texts)
    }
    claims = [
        c for d in docs.values() for c in quantity_claims(Analysis(d)) if c.facet == "quantity"
    ]
    subjects = {c.subject for c in claims if c.details.kind == "money"}
    assert len(subjects) == 1
    groups = [g for g in align(claims) if g.subject in subjects]
    kinds = [f.kind.value for g in groups for f in compare_quantities(g, docs)]
    assert kinds == ["agreement"]


# Crowd nouns are one key; "in front of N", "a crowd of N" and watching verbs key as "attend".
@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("The derby was played in front of 52,000 fans.", "attendance", "attend"),
        ("Her late goal silenced a crowd of 30,000.", "attendance", "attend"),
        ("Some 20,000 spectators watched the race.", "attendance", "attend"),
        ("Police arrested 300 fans.", "attendance", "arrest"),
        ("About 500 employees were laid off.", "worker", "lay"),
    ],
)
def test_crowd_sizes_share_a_key(text: str, noun: str, verb: str) -> None:
    [q] = quantities(text)
    assert (q.noun, q.verb) == (noun, verb)


# "N of its/the X" with no whole counted: a count of the part, keyed by the noun (the whole unread).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine of its carriages overturned near the bridge.",
            [("Nine of its carriages", "9", "carriage", "overturn")],
        ),
        (
            "Seven of the ferry's lifeboats were lowered into the water.",
            [("Seven of the ferry's lifeboats", "7", "lifeboat", "lower")],
        ),
        ("Two of them died.", []),
        ("Two of the injured died.", []),
    ],
)
def test_part_of_an_uncounted_whole_counts_the_part(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert readings(text) == expected
    assert all(q.part for q in quantities(text))


# A modifier that says when or how things were meant is not what is counted; one that says which
# things ("new cases", "registered voters") stays in the key.
@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Clinics in Harlow postponed 400 scheduled operations on Monday.", "operation"),
        ("Clinics in Harlow postponed 400 operations on Monday.", "operation"),
        ("The ministry cancelled 12 planned flights to Osterby on Friday.", "flight"),
        ("Health officials in Harlow reported 300 new cases on Monday.", "new case"),
        ("Some 52,000 registered voters turned out in Harlow on Sunday.", "registered voter"),
    ],
)
def test_counted_noun_keeps_only_modifiers_that_say_which(text: str, noun: str) -> None:
    assert [q.noun for q in quantities(text)] == [noun]


# "since X" after a first or a superlative is that one's reference point, not the figures' date.
@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        (
            "The Harlow board met on Thursday, its first meeting since March, and "
            "four of its nine members voted for the plan.",
            "on-2023-08-31",
        ),
        (
            "Exports from Osterby rose 4% in July, the biggest gain since 2019.",
            "in-2023-07",
        ),
        ("Since 2019, 500 people have died on the Harlow road.", "since-2019"),
    ],
)
def test_since_after_a_first_or_superlative_is_no_anchor(text: str, anchor: str) -> None:
    assert [q.anchor for q in quantities(text)] == [anchor]
