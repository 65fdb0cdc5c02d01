"""Quantity context: attributions, datelines, relative clauses, source counts, deals and spending.

Every sentence here is invented for these tests (other places, people and firms than any corpus).
"""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.align import align
from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.quantities import Quantity, Strength, find_quantities
from crosscheck.quantities.claims import quantity_claims
from crosscheck.quantities.compare import compare_quantities

WEDNESDAY = dt.date(2024, 5, 8)


def quantities(text: str, published: dt.date | None = WEDNESDAY) -> list[Quantity]:
    """Return the quantities of a text read with the time and names layers, as the pipeline does."""
    analysis = Analysis(Document(id="t.txt", path="t.txt", text=text, published=published))
    return find_quantities(analysis.doc())


def only(text: str, published: dt.date | None = WEDNESDAY) -> Quantity:
    [q] = quantities(text, published)
    return q


def verdicts(*docs: tuple[str, dt.date | None]) -> list[tuple[str, str]]:
    """Return the (kind, category) findings of comparing the documents (text, publication day)."""
    by_id = {
        f"{i}.txt": Document(id=f"{i}.txt", path=f"{i}.txt", text=text, published=published)
        for i, (text, published) in enumerate(docs)
    }
    claims = [c for d in by_id.values() for c in quantity_claims(Analysis(d))]
    found = [f for g in align(claims) for f in compare_quantities(g, by_id)]
    return sorted((f.kind.value, f.category) for f in found)


# --- source counts: how many people a reporter spoke to is not a fact of the story ---

SOURCE_COUNTS = [
    "Two people familiar with the matter said the bid was dropped.",
    "The bid was dropped, according to three people familiar with the plans.",
    "Four officials who spoke on condition of anonymity said the base would close.",
    "The base will close, two aides said.",
    "Three diplomats told the newspaper the talks had stalled.",
    "According to two diplomats briefed on the talks, the meeting was cancelled.",
    "The plan was shelved, citing two sources.",
    "Five insiders with knowledge of the deal said it was off.",
]


@pytest.mark.parametrize("text", SOURCE_COUNTS)
def test_counts_of_sources_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_two_and_three_people_familiar_are_no_contradiction() -> None:
    a = "Ms Okafor and Mr Brandt met in Oslo on Friday, two people familiar with the talks said."
    b = "Ms Okafor and Mr Brandt met in Oslo on Friday, three people familiar with the talks said."
    assert verdicts((a, WEDNESDAY), (b, WEDNESDAY)) == []


FACT_COUNTS = [
    "Flooding forced 300 people from their homes in Lagos on Monday.",
    "According to the ministry 300 people fled the floods.",
    "More than 300 people were evacuated, officials said.",
]


@pytest.mark.parametrize("text", FACT_COUNTS)
def test_a_count_of_people_that_is_a_fact_is_kept(text: str) -> None:
    [q] = quantities(text)
    assert q.written.endswith("300 people")


# --- the verb after a count must be a verb ---

VERBS_AFTER = [
    ("Two people familiar with the matter met in Oslo.", []),
    ("About 900 police officers patrolled the city.", [("About 900 police officers", "patrol")]),
    ("Some 40 staff members resigned.", [("Some 40 staff members", "resign")]),
    # A share after "to"/"from" with no object is the level its subject reached or left, see
    # test_quantities_changes; a share that moved by itself is keyed by its direction.
    ("Unemployment fell to 6.2% from 8.1% four years ago.", [("6.2%", "to"), ("8.1%", "from")]),
    ("Twelve bridges collapsed.", [("Twelve bridges", "collap")]),
    ("Thirty nurses were hurt.", [("Thirty nurses", "hurt")]),
]


@pytest.mark.parametrize(("text", "expected"), VERBS_AFTER)
def test_only_real_verbs_follow_a_count(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.written, q.verb) for q in quantities(text)] == expected


def test_a_number_word_after_a_share_is_not_its_noun() -> None:
    q = only("The Green League won 14.2% four years ago.")
    assert q.noun == "percent"


# --- datelines, relative clauses and possessive dates ---

DATELINES = [
    "OSLO — At least 14 people were killed, the police directorate said on Tuesday.",
    "Bergen, Norway (Fjord News) - At least 14 people were killed, the directorate said on Tuesday.",
    "**TROMSØ** — At least 14 people were killed, the police directorate said on Tuesday.",
    "OSLO, May 8 (Nordlys) - At least 14 people were killed, the directorate said on Tuesday.",
]


@pytest.mark.parametrize("text", DATELINES)
def test_a_dateline_is_never_the_agent_nor_the_date(text: str) -> None:
    q = only(text)
    assert (q.agent, q.anchor, q.reported) == (None, None, "2024-05-07")


def test_a_capitalised_sentence_start_without_a_dash_is_not_a_dateline() -> None:
    q = only("Norway and Sweden agreed on Tuesday to spend 3 billion euros on a rail link.")
    assert q.agent is not None and q.anchor == "on-2024-05-07"


RELATIVE_CLAUSES = [
    # (text, anchor, agent): the date and the name inside "that struck X on Sunday" are the quake's.
    ("The firm, which was founded in 1990, employs 3,000 people.", None, None),
    ("The storm that hit Valencia on Sunday destroyed 400 homes.", None, None),
    ("Ruritania, which since 2022 has fired 100 missiles, denied it.", "since-2022", "ruritania"),
    ("The ferry sank on Sunday, killing 31 people.", "on-2024-05-05", None),
]


@pytest.mark.parametrize(("text", "anchor", "agent"), RELATIVE_CLAUSES)
def test_a_relative_clause_dates_and_names_its_own_noun(
    text: str, anchor: str | None, agent: str | None
) -> None:
    q = only(text)
    assert (q.anchor, q.agent) == (anchor, agent)


def test_a_possessive_date_names_an_event_not_the_figure() -> None:
    q = only("Rescuers pulled 12 survivors from Saturday's landslide near Cusco.")
    assert q.anchor is None


def test_hard_wrapped_lines_are_one_sentence() -> None:
    # Hard-wrapped as the annotation layer recognises it: several long lines ending mid-sentence.
    text = (
        "The operator of the island ferry service said on Tuesday\n"
        "that 31 passengers had been rescued from the water near\n"
        "the harbour entrance after the vessel ran aground in\n"
        "heavy fog."
    )
    q = only(text)
    assert (q.written, q.reported) == ("31 passengers", "2024-05-07")


def test_a_generic_noun_opening_a_sentence_is_not_a_name() -> None:
    q = only("Officials said 40 people had died.")
    assert q.agent is None and q.strength is Strength.WEAK
