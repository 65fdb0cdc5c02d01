"""Contests (games and bouts won and lost) as events: identified by both their sides."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from tests.test_events import event_docs, frames_of, write_undated

# sentence, participants: a contest frame names both sides, whichever way the sentence puts them
CONTESTS = [
    (
        "Marco Ferreira defeated Pavel Novak on Sunday.",
        "person:~ferreira-marco+person:~novak-pavel",
    ),
    # passive: the loser is the subject, the winner the agent
    (
        "Karl Lindholm was beaten by Marco Ferreira on Sunday.",
        "person:~ferreira-marco+person:~karl-lindholm",
    ),
    # a noun: the possessive is one side, the "over" phrase the other
    (
        "Marco Ferreira's victory over Karl Lindholm came on Sunday.",
        "person:~ferreira-marco+person:~karl-lindholm",
    ),
]


@pytest.mark.parametrize(("text", "participants"), CONTESTS)
def test_a_contest_frame_names_both_sides(text: str, participants: str) -> None:
    found = [f for f in frames_of(text) if f["group"] == "contest"]
    assert [f["participants"] for f in found] == [participants]


def test_a_contest_naming_one_side_is_no_event() -> None:
    # One player meets many opponents: "X won on Sunday" could be any of X's matches.
    assert not [f for f in frames_of("Marco Ferreira won on Sunday.") if f["group"] == "contest"]


def test_two_outlets_telling_one_match_line_up(tmp_path: Path) -> None:
    write_undated(tmp_path, "a.txt", "Marco Ferreira defeated Karl Lindholm in Lisbon on Sunday.")
    write_undated(tmp_path, "b.txt", "Karl Lindholm was beaten by Marco Ferreira on Sunday.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_two_matches_of_one_player_on_one_day_stay_apart(tmp_path: Path) -> None:
    # One player, two opponents, the same day: two matches of a tournament, not one told twice
    # (a shared day would otherwise outweigh the people who differ).
    write_undated(tmp_path, "a.txt", "Marco Ferreira defeated Karl Lindholm on Sunday.")
    write_undated(tmp_path, "b.txt", "Karl Lindholm was beaten by Marco Ferreira on Sunday.")
    write_undated(tmp_path, "c.txt", "Marco Ferreira defeated Pavel Novak on Sunday.")
    findings = crosscheck.crosscheck(tmp_path).findings
    groups = event_docs(findings)
    assert {"a.txt", "b.txt"} in groups
    assert not [g for g in groups if "c.txt" in g and len(g) > 1]
    assert not [f for f in findings if f.category == "contradiction"]


# Two games of one national side, told in one article: the second in a relative clause.
TWO_GAMES = (
    "Portugal defeated Norway on Friday. Norway, which had beaten Chile on Thursday, never "
    "threatened."
)


def test_an_earlier_game_told_in_a_relative_clause_is_its_own_contest() -> None:
    # "Norway, which had beaten Chile": the relative pronoun is Norway, and that game is not the
    # one the article is about, though one side plays in both.
    found = [f["participants"] for f in frames_of(TWO_GAMES) if f["group"] == "contest"]
    assert found == ["country:no+country:pt", "country:cl+country:no"]


def test_a_game_and_the_earlier_one_of_a_side_do_not_clash_on_the_day(tmp_path: Path) -> None:
    write_undated(tmp_path, "a.txt", TWO_GAMES)
    write_undated(tmp_path, "b.txt", "Norway were beaten by Portugal on Friday.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]
