"""Event frames of sentence kinds the parse hid: each row a fresh sentence about an invented story."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from tests.test_events import event_docs, frames_of, write, write_undated

# sentence, class, participants, place, the words that name the event
FRAMES = [
    # a suicide told by its act: a verb and its reflexive object, or "committed suicide"
    (
        "Piet Vandersloot hanged himself in a barn near Leeds on Tuesday evening.",
        "death",
        "person:~piet-vandersloot",
        "place:~leeds",
        ["hanged", "himself"],
    ),
    (
        "Piet Vandersloot committed suicide at his farm on Tuesday.",
        "death",
        "person:~piet-vandersloot",
        "",
        ["committed", "suicide"],
    ),
    # the model tags "rehab" before "facility" an adjective: still the stay's kind of place
    (
        "Piet Vos entered a rehab facility in Vestby on Monday.",
        "rehab",
        "person:~piet-vos",
        "place:~vestby",
        ["entered", "rehab"],
    ),
    # the verb carrying an event noun, a purpose clause or a second verb without a subject,
    # shares its head's subject
    (
        "Tom Weller scored 20 points last night to break the county's career scoring record.",
        "record",
        "person:~tom-weller",
        "",
        ["break", "record"],
    ),
    # a bout or game told by a verb of winning with a named side on each hand
    (
        "Tom Weller easily dismantled Piet Vandersloot in Leeds on Saturday.",
        "contest",
        "person:~piet-vandersloot+person:~tom-weller",
        "place:~leeds",
        ["dismantled"],
    ),
    (
        "Tom Weller dominated Piet Vandersloot over six rounds in Leeds on Saturday.",
        "contest",
        "person:~piet-vandersloot+person:~tom-weller",
        "place:~leeds",
        ["dominated"],
    ),
    # a rule or ruling undone by whoever has the power to
    (
        "Governor Lina Osei reversed the ban on river fishing on Tuesday.",
        "reversal",
        "person:~lina-osei",
        "",
        ["reversed"],
    ),
    (
        "Lina Osei overturned the harbour board's ruling on night fishing on Tuesday.",
        "reversal",
        "person:~lina-osei",
        "",
        ["overturned"],
    ),
    (
        "Anna Lindqvist flew to Oslo on Monday to hold talks with Piet Vandersloot.",
        "meeting",
        "person:~anna-lindqvist+person:~piet-vandersloot",
        "",
        ["hold", "talks"],
    ),
]


@pytest.mark.parametrize(("text", "group", "participants", "place", "words"), FRAMES)
def test_frames_of_hidden_sentence_kinds(
    text: str, group: str, participants: str, place: str, words: list[str]
) -> None:
    [frame] = [f for f in frames_of(text) if f["group"] == group]
    assert (frame["participants"], frame["place"]) == (participants, place)
    assert [text[t:].split()[0].rstrip(".,") for t in frame["triggers"]] == words
    assert not frame["background"]


@pytest.mark.parametrize(
    "text",
    [
        "Piet Vandersloot enjoyed himself in Leeds on Tuesday.",  # a reflexive of no class
        "The workers hanged a banner on the bridge in Leeds on Tuesday.",  # no reflexive
        "Piet Vos left a rehab facility in Vestby on Monday.",  # leaving opens no stay
        "Nordsoft Inc. dominated the market for browsers in Leeds last year.",  # one side
    ],
)
def test_no_frame_outside_the_kind(text: str) -> None:
    assert not [f for f in frames_of(text) if f["group"] in ("contest", "death", "rehab")]


@pytest.mark.parametrize(
    "text",
    [
        "Lina Osei could overturn the ban on river fishing next year.",  # what may happen
        "Lina Osei vowed to reverse the ban on river fishing.",  # an intention
        "Lina Osei did not rescind the ban on river fishing.",  # negated
    ],
)
def test_a_reversal_not_done_is_never_aligned(text: str) -> None:
    [frame] = [f for f in frames_of(text) if f["group"] == "reversal"]
    assert frame["background"] or frame["negated"]


def test_one_rule_overturned_joins_and_another_governors_reversal_stays_apart(
    tmp_path: Path,
) -> None:
    write_undated(
        tmp_path,
        "a.txt",
        "Governor Lina Osei on Tuesday overturned Piet Vandersloot's fishing ban.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        "Lina Osei reversed the fishing ban Piet Vandersloot had imposed, on Tuesday.",
    )
    write_undated(
        tmp_path, "c.txt", "Governor Tom Weller on Tuesday revoked Jan Okafor's hunting rule."
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [f for f in findings if f.category == "contradiction"]
    linked = event_docs(findings)
    assert {"a.txt", "b.txt"} in linked
    assert not [d for d in linked if "c.txt" in d and len(d) > 1]


def test_two_reversals_by_one_governor_on_two_days_are_two_not_a_contradiction(
    tmp_path: Path,
) -> None:
    # A governor undoes many of her predecessor's rules: the same two people on two days are two
    # reversals (``repeated``), not one dated differently.
    write(
        tmp_path,
        "a.txt",
        "2024-05-09",
        "Governor Lina Osei on Tuesday overturned Piet Vandersloot's ban on river fishing.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-05-09",
        "Governor Lina Osei on Monday reversed Piet Vandersloot's rule on hunting permits.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [f for f in findings if f.category == "contradiction"]
    assert {"a.txt", "b.txt"} not in event_docs(findings)


def test_an_election_naming_no_one_is_its_place_and_calendar_day(tmp_path: Path) -> None:
    # A country holds one election on a day (``by_place``): the same country and calendar day
    # line two outlets up; another day is another election, and a weekday alone identifies none
    # (many countries vote on Sundays).
    write(
        tmp_path,
        "a.txt",
        "2024-03-05",
        "A parliamentary election was held in Estonia on March 3. Kadri Tamm, an observer, "
        "counted the ballots.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-03-04",
        "Under new rules, a parliamentary election was held in Estonia on March 3. Jaan Kask led "
        "the monitoring group.",
    )
    write(
        tmp_path,
        "c.txt",
        "2024-03-12",
        "A parliamentary election was held in Estonia on March 10. Peeter Saar voted early.",
    )
    write_undated(
        tmp_path,
        "d.txt",
        "A parliamentary election was held in Estonia on Sunday. Mart Lepp voted.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [f for f in findings if f.category == "contradiction"]
    linked = event_docs(findings)
    assert {"a.txt", "b.txt"} in linked
    assert not [d for d in linked if ("c.txt" in d or "d.txt" in d) and len(d) > 1]


def test_a_bout_told_by_domination_joins_its_bout_and_another_opponent_stays_apart(
    tmp_path: Path,
) -> None:
    write_undated(
        tmp_path, "a.txt", "Tom Weller dominated Piet Vandersloot in Leeds on Saturday night."
    )
    write_undated(tmp_path, "b.txt", "Tom Weller beat Piet Vandersloot in Leeds on Saturday.")
    write_undated(tmp_path, "c.txt", "Tom Weller dismantled Jan Okafor in Cardiff on Saturday.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [f for f in findings if f.category == "contradiction"]
    linked = event_docs(findings)
    assert {"a.txt", "b.txt"} in linked
    assert not [d for d in linked if "c.txt" in d and len(d) > 1]


def test_a_finding_does_not_date_the_death_found(tmp_path: Path) -> None:
    # "found dead late last night" tells when the body was found, which may be a day after the
    # death the other outlets date by its act: one death, no date the outlets disagree on.
    write(
        tmp_path,
        "a.txt",
        "2024-05-09",
        "Piet Vandersloot hanged himself in a barn near Leeds on Tuesday evening. police said.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-05-09",
        "Piet Vandersloot was found dead in his cell in Leeds late last night, police said.",
    )
    write(
        tmp_path,
        "c.txt",
        "2024-05-09",
        "Piet Vandersloot hanged himself in his Leeds cell on Tuesday evening.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [f for f in findings if f.category == "contradiction"]
    assert {"a.txt", "b.txt", "c.txt"} in event_docs(findings)
