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
    [game] = contests(
        "Back from a knee injury, Mira Castell will line up in Friday's derby match at Leeds."
    )
    assert game["participants"] == "person:~castell-mira"
    assert game["place"]
    assert game["planned"]


def test_a_game_noun_with_no_day_of_its_own_stays_out() -> None:
    # "the derby match at Leeds" with one side: any of the side's matches there.
    assert not contests(
        "Back from a knee injury, Mira Castell will line up in the derby match at Leeds."
    )


def test_several_games_of_a_day_are_no_one_game() -> None:
    assert not contests("Mira Castell plans to watch Friday's matches in Leeds.")


def test_a_denied_act_about_a_game_does_not_deny_the_game() -> None:
    # "will not bench X for Friday's match": what is denied is the benching, not the match.
    text = (
        "Despite a bruised thumb, the Owls will not bench Mira Castell for Friday's match at Leeds."
    )
    [game] = contests(text)
    assert not game["negated"]


def test_play_against_names_the_other_side() -> None:
    [game] = contests("On Friday Mira Castell will play against the Hawks.")
    assert game["participants"] == "organization:~hawks+person:~castell-mira"


# A player's line of an invented preview, completed by each test with a day's match and a place.
LINE_UP = "Back from a knee injury, Mira Castell will line up"


def test_one_game_of_one_side_on_one_day_placed_twice_contradicts(tmp_path: Path) -> None:
    # The same player's game of the same weekday: one game, and two cities for it clash.
    write_undated(tmp_path, "a.txt", f"{LINE_UP} in Friday's derby match in Manchester.")
    write_undated(tmp_path, "b.txt", f"{LINE_UP} in Friday's derby match in Glasgow.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert [f.facet for f in findings if f.category == "contradiction"] == ["event.place"]


def test_games_of_one_side_on_other_days_stay_apart(tmp_path: Path) -> None:
    # One side plays many games at one stadium: without a shared day, two are two games.
    write_undated(tmp_path, "a.txt", f"{LINE_UP} in Friday's derby match in Manchester.")
    write_undated(tmp_path, "b.txt", f"{LINE_UP} in Tuesday's derby match in Manchester.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} not in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_a_game_of_one_side_joins_the_game_both_sides_name_on_its_day(tmp_path: Path) -> None:
    write_undated(
        tmp_path, "a.txt", "Mira Castell will play against the Hawks in Manchester on Friday."
    )
    write_undated(tmp_path, "b.txt", f"{LINE_UP} in Friday's derby match in Manchester.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_a_playoff_is_a_game_and_the_playoffs_are_none() -> None:
    [game] = contests("Mira Castell will line up in Friday's playoff at Leeds.")
    assert game["lemma"] == "playoff"
    # the playoffs, a place in them: a season's round of games, not one game
    assert not contests("The Owls qualified for the playoffs in Leeds on Friday.")
    assert not contests("Mira Castell's goal earned the Owls a playoff place in Leeds on Friday.")


# sentence, participants: the unnamed winner of a contest noun told as the means of a verb is a
# team when it reads as one and the opponent is a team
MEANS_SIDES = [
    (
        "Mira Castell's two late tries let the Owls lift the league shield with a 28-14 "
        "victory over the Hawks in Leeds.",
        "organization:~hawks+organization:~owls",
    ),
    (
        "The Owls go into Saturday's cup final unbeaten after booking their place with a 3-1 "
        "win over the Millbrook Hawks in Leeds.",
        "organization:~millbrook-hawks+organization:~owls",
    ),
]


@pytest.mark.parametrize(("text", "participants"), MEANS_SIDES)
def test_the_winner_of_a_means_contest_is_named_as_a_team(text: str, participants: str) -> None:
    [game] = contests(text)
    assert game["participants"] == participants


def test_a_common_noun_winner_is_no_team() -> None:
    # "The team" is no name: the contest still has one side, and no day pins it.
    assert not contests("The squad celebrated promotion with a narrow win over the Hawks in Leeds.")


def test_a_contest_noun_modifying_another_is_no_game() -> None:
    # "win streak", "match plan": a kind of thing, which lends no word to the game.
    [game] = contests(
        "The Owls beat the Hawks on Friday in Leeds to stretch their win streak to six."
    )
    assert game["words"] == ["beat"]


def test_a_headline_side_named_short_joins_the_body_game(tmp_path: Path) -> None:
    # The headline's "Owls" and "Hawks" are the body's full names: one game in the article, so
    # its body's date reaches the game the headline opens.
    text = (
        "Owls Take League Shield With 28-14 Win Over Hawks\n\n"
        "The Harbor City Owls beat the Millbrook Hawks 28-14 at Granite Stadium on Saturday."
    )
    found = contests(text)
    assert len(found) == 1
    assert "organization:~owls" in str(found[0]["participants"])


def test_a_win_over_one_of_two_teams_names_no_winner() -> None:
    # "can lift ... with a win over X or a Y stumble": a way the season may go, whose subject
    # is not named a side of a game by it.
    found = contests(
        "Next week the Owls can lift the shield at Leeds with a win over the Hawks or a Larks "
        "stumble."
    )
    assert not [f for f in found if "owls" in str(f["participants"])]


def test_a_participle_describing_a_game_gives_its_place_and_opponent() -> None:
    # "a match looming against Y on Friday at X": the participle says when, where and whom.
    [game] = contests(
        "Mira Castell is nursing a sore knee with a cup match looming against the Hawks on "
        "Friday at Leeds."
    )
    assert game["participants"] == "organization:~hawks+person:~castell-mira"
    assert game["place"]


def test_a_hope_to_play_names_no_player_of_the_game() -> None:
    # The game is scheduled whoever plays: hoping to play in it makes no one a side of it.
    [game] = contests("Mira Castell wants to line up in Friday's derby match at Leeds.")
    assert game["participants"] == ""
    assert not game["background"]
