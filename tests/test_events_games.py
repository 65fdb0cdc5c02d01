"""Games named by a noun that give their day but name one side, or none, of the contest."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from tests.test_events import event_docs, frames_of, write_undated


def contests(text: str) -> list[dict[str, object]]:
    return [f for f in frames_of(text) if f["group"] == "contest"]


def test_a_game_noun_with_its_day_and_one_side_is_a_frame() -> None:
    # The possessive weekday says which of the player's games is meant; the place is the game's.
    [game] = contests("Dana Voss will play in Sunday's playoff game at Denver.")
    assert game["participants"] == "person:~dana-voss"
    assert game["place"]
    assert game["planned"]


def test_a_game_noun_with_no_day_of_its_own_stays_out() -> None:
    # "the game at Denver" with one side: any of the side's games there.
    assert not contests("Dana Voss will play in the game at Denver.")


def test_several_games_of_a_day_are_no_one_game() -> None:
    assert not contests("Dana Voss will watch Sunday's games at Denver.")


def test_a_denied_act_about_a_game_does_not_deny_the_game() -> None:
    # "will not affect ... for Sunday's game": what is denied is the effect, not the game.
    text = (
        "A sprained ankle will not affect the status of Owls receiver Dana Voss for Sunday's "
        "game at Denver."
    )
    [game] = contests(text)
    assert not game["negated"]


def test_play_against_names_the_other_side() -> None:
    [game] = contests("Dana Voss will play against the Hawks on Sunday.")
    assert game["participants"] == "organization:~hawks+person:~dana-voss"


def test_one_game_of_one_side_on_one_day_placed_twice_contradicts(tmp_path: Path) -> None:
    # The same player's game of the same weekday: one game, and two cities for it clash.
    write_undated(tmp_path, "a.txt", "Dana Voss will play in Sunday's playoff game at Denver.")
    write_undated(tmp_path, "b.txt", "Dana Voss will play in Sunday's playoff game at Seattle.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert [f.facet for f in findings if f.category == "contradiction"] == ["event.place"]


def test_games_of_one_side_on_other_days_stay_apart(tmp_path: Path) -> None:
    # One side plays many games at one stadium: without a shared day, two are two games.
    write_undated(tmp_path, "a.txt", "Dana Voss will play in Sunday's playoff game at Denver.")
    write_undated(tmp_path, "b.txt", "Dana Voss will play in Saturday's playoff game at Denver.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} not in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_a_game_of_one_side_joins_the_game_both_sides_name_on_its_day(tmp_path: Path) -> None:
    write_undated(tmp_path, "a.txt", "Dana Voss will play against the Hawks on Sunday at Denver.")
    write_undated(tmp_path, "b.txt", "Dana Voss will play in Sunday's playoff game at Denver.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_a_playoff_is_a_game_and_the_playoffs_are_none() -> None:
    [game] = contests("Dana Voss will play in Sunday's playoff at Denver.")
    assert game["lemma"] == "playoff"
    # the playoffs, a berth in them: a season's round of games, not one game
    assert not contests("The Owls made the playoffs at Denver on Sunday.")
    assert not contests("Dana Voss clinched a playoff berth in Denver on Sunday.")


# sentence, participants: the unnamed winner of a contest noun told as the means of a verb is a
# team when it reads as one and the opponent is a team
MEANS_SIDES = [
    (
        "Dana Voss threw for 300 yards, helping the Owls secure the top seed with a 31-24 "
        "victory over the Hawks in Denver.",
        "organization:~hawks+organization:~owls",
    ),
    (
        "The Owls will be making their third straight playoff appearance after securing that "
        "spot with a 27-20 win over the Millbrook Hawks last night in Denver.",
        "organization:~millbrook-hawks+organization:~owls",
    ),
]


@pytest.mark.parametrize(("text", "participants"), MEANS_SIDES)
def test_the_winner_of_a_means_contest_is_named_as_a_team(text: str, participants: str) -> None:
    [game] = contests(text)
    assert game["participants"] == participants


def test_a_common_noun_winner_is_no_team() -> None:
    # "The team" is no name: the contest still has one side, and no day pins it.
    assert not contests("The team secured the title with a win over the Hawks in Denver.")


def test_a_contest_noun_modifying_another_is_no_game() -> None:
    # "playoff appearance", "game plan": a kind of thing, which lends no word to the game.
    [game] = contests(
        "The Owls beat the Hawks on Sunday to make their first playoff appearance in Denver."
    )
    assert game["words"] == ["beat"]


def test_a_headline_side_named_short_joins_the_body_game(tmp_path: Path) -> None:
    # The headline's "Owls" and "Hawks" are the body's full names: one game in the article, so
    # its body's date reaches the game the headline opens.
    text = (
        "Owls Clinch Top Seed With 27-20 Win Over Hawks\n\n"
        "The Harbor City Owls beat the Millbrook Hawks 27-20 at Granite Stadium on Sunday."
    )
    found = contests(text)
    assert len(found) == 1
    assert "organization:~owls" in str(found[0]["participants"])


def test_a_win_over_one_of_two_teams_names_no_winner() -> None:
    # "could clinch ... with a win over X or a Y loss": a way the season may go, whose subject
    # is not named a side of a game by it.
    found = contests(
        "The Owls could clinch the seed with a win over the Hawks or a Larks loss in Denver."
    )
    assert not [f for f in found if "owls" in str(f["participants"])]


def test_a_participle_describing_a_game_gives_its_place_and_opponent() -> None:
    # "a game looming on Sunday at X against Y": the participle says when, where and whom.
    [game] = contests(
        "Dana Voss faces a long night with a playoff game looming on Sunday at Denver against "
        "the Hawks."
    )
    assert game["participants"] == "organization:~hawks+person:~dana-voss"
    assert game["place"]


def test_a_hope_to_play_names_no_player_of_the_game() -> None:
    # The game is scheduled whoever plays: hoping to play in it makes no one a side of it.
    [game] = contests("Dana Voss hopes to play in Sunday's game at Denver.")
    assert game["participants"] == ""
    assert not game["background"]
