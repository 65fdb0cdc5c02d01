"""Contests (games and bouts won and lost) as events: identified by both their sides."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.events.claims import EventDetails, event_claims
from crosscheck.extract import Analysis
from crosscheck.model import Document
from tests.test_events import event_docs, frames_of, write_undated


def contest_details(text: str) -> list[EventDetails]:
    """The details of each contest frame's participants claim, in text order."""
    doc = Document(id="t.txt", path="t.txt", text=text)
    out = []
    for c in event_claims(Analysis(doc)):
        d = c.details
        if c.facet == "event.participants" and isinstance(d, EventDetails) and d.group == "contest":
            out.append(d)
    return out


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


# sentence, participants, places: a bout stopped in a round, knocked out, a game lost to the
# other side; a gerund of means ("by stopping") takes its head's subject; the place may hang on
# the phrase's noun ("in the fifth round at X") or on an infinitive of purpose ("to keep ... in X")
RESULTS = [
    (
        "Dana Voss stopped Ilse Brandt in the fifth round at the Kessler Arena on Saturday.",
        "person:~brandt-ilse+person:~dana-voss",
        ("place:~kessler-arena",),
    ),
    (
        "Dana Voss kept her title by stopping Ilse Brandt in the ninth round on Saturday.",
        "person:~brandt-ilse+person:~dana-voss",
        (),
    ),
    (
        "Dana Voss knocked out Ilse Brandt in Graz on Saturday.",
        "person:~brandt-ilse+person:~dana-voss",
        ("place:~graz",),
    ),
    (
        "The Harbor City Owls lost to the Millbrook Hawks at Granite Stadium on Sunday.",
        "organization:~harbor-city-owls+organization:~millbrook-hawks",
        ("place:~granite-stadium",),
    ),
    (
        "Dana Voss stopped Ilse Brandt in the fourth round to keep her belts on Saturday in "
        "Linz, Austria.",
        "person:~brandt-ilse+person:~dana-voss",
        ("place:~linz", "country:at"),
    ),
    (
        "Dana Voss retained her title with a third-round stoppage of Ilse Brandt in Graz.",
        "person:~brandt-ilse+person:~dana-voss",
        ("place:~graz",),
    ),
    # the parser hangs the "with" phrase on the object of the verb it tells the means of
    (
        "Dana Voss retained her WBO and IBF titles with a one-sided stoppage of Ilse Brandt in "
        "Graz, Austria.",
        "person:~brandt-ilse+person:~dana-voss",
        ("place:~graz", "country:at"),
    ),
    # and the place on the object of the purpose infinitive
    (
        "Dana Voss stopped Ilse Brandt in the ninth round to retain her WBO and IBF titles at the "
        "Kessler Arena in Graz.",
        "person:~brandt-ilse+person:~dana-voss",
        ("place:~kessler-arena", "place:~graz"),
    ),
    # a player and a team named: the two sides (the model takes some teams for people)
    (
        "Dana Voss lost to the Millbrook Hawks at Granite Stadium on Sunday.",
        "organization:~millbrook-hawks+person:~dana-voss",
        ("place:~granite-stadium",),
    ),
    (
        "The game between the Harbor City Owls and the Millbrook Hawks at Granite Stadium ended "
        "late on Sunday.",
        "organization:~harbor-city-owls+organization:~millbrook-hawks",
        ("place:~granite-stadium",),
    ),
    # a present participle set off after a clause has that clause's subject
    (
        "Dana Voss retained her title on Saturday, stopping Ilse Brandt in the seventh round in "
        "Berlin.",
        "person:~brandt-ilse+person:~dana-voss",
        ("place:berlin",),
    ),
    (
        "Dana Voss defended her belts in Leipzig, knocking out Ilse Brandt in the second round.",
        "person:~brandt-ilse+person:~dana-voss",
        ("place:~leipzig",),
    ),
    # a verb of no class with a named object, whose infinitive of purpose keeps a title
    (
        "In Graz on Friday night, Dana Voss outboxed Ilse Brandt over twelve rounds to keep her "
        "featherweight belt.",
        "person:~brandt-ilse+person:~dana-voss",
        ("place:~graz",),
    ),
]


@pytest.mark.parametrize(("text", "participants", "places"), RESULTS)
def test_a_result_told_by_its_phrase_is_a_contest_with_its_place(
    text: str, participants: str, places: tuple[str, ...]
) -> None:
    found = [f for f in frames_of(text) if f["group"] == "contest"]
    assert [f["participants"] for f in found] == [participants]
    assert [d.places for d in contest_details(text)] == [places]


@pytest.mark.parametrize(
    "text",
    [
        # no named object: a title kept against no one the sentence names
        "Dana Voss trained in Graz for a month to retain her title.",
        # a purpose that keeps no title
        "Dana Voss battered Ilse Brandt in Graz on Friday to win the crowd back.",
    ],
)
def test_a_purpose_keeping_no_title_from_a_named_side_is_no_contest(text: str) -> None:
    assert not [f for f in frames_of(text) if f["group"] == "contest"]


def test_a_stop_by_the_police_is_no_contest() -> None:
    # "stopped X in Graz": no round, no contest (a traffic stop is an arrest's step).
    assert not [
        f
        for f in frames_of("Police stopped Dana Voss in Graz on Saturday.")
        if f["group"] == "contest"
    ]


def test_a_bout_placed_by_its_venue_contradicts_another_venue(tmp_path: Path) -> None:
    write_undated(
        tmp_path, "a.txt", "Dana Voss stopped Ilse Brandt in the fifth round at the Kessler Arena."
    )
    write_undated(
        tmp_path, "b.txt", "Dana Voss knocked out Ilse Brandt in the fifth round at the Orlov Hall."
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert [f.facet for f in findings if f.category == "contradiction"] == ["event.place"]


# A short headline of a game whose team names the model names nothing: the subject and object of
# the contest verb are its sides when the article writes them capitalised inside a sentence and
# never in lower case, keyed as organisations by the words written.
HEADLINE_GAMES = [
    (
        "Comets beat Foxes 27-10 to reach the final\n\n"
        "The Comets scored three times in the second half as the Foxes faded on Sunday.",
        "organization:~comets+organization:~foxes",
    ),
    # title case: every word capitalised, so only the body's spelling makes the names
    (
        "Comets Defeat Foxes 27-10, Lift Cup\n\n"
        "The Comets scored three times in the second half as the Foxes faded on Sunday.",
        "organization:~comets+organization:~foxes",
    ),
    # a side of two words: the capitalised compound before the name is part of it
    (
        "River Comets beat Foxes 27-10 to reach the final\n\n"
        "The River Comets scored three times in the second half as the Foxes faded on Sunday.",
        "organization:~foxes+organization:~river-comets",
    ),
]


@pytest.mark.parametrize(("text", "participants"), HEADLINE_GAMES)
def test_a_headline_game_of_unnamed_teams_names_both_sides(text: str, participants: str) -> None:
    found = [f["participants"] for f in frames_of(text) if f["group"] == "contest"]
    assert found == [participants]


# A capitalised common word opening a sentence is no team: the article writes it in lower case
# elsewhere, or never inside a sentence; and one side alone is no contest.
NO_TEAMS = [
    "Farmers beat Herders in a valley feud\n\nThe farmers said the herders started it.",
    "Comets beat Foxes 27-10\n\nNo one expected the result.",
    "Comets beat rivals 27-10\n\nThe Comets scored three times in the second half.",
]


@pytest.mark.parametrize("text", NO_TEAMS)
def test_a_capitalised_common_word_is_no_side(text: str) -> None:
    assert not [f for f in frames_of(text) if f["group"] == "contest"]


def test_two_outlets_headlines_of_one_game_line_up(tmp_path: Path) -> None:
    write_undated(
        tmp_path,
        "a.txt",
        "Comets beat Foxes 27-10 to reach the final\n\n"
        "The Comets scored three times in the second half as the Foxes faded.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        "Comets Beat Foxes 27-10, Lift Cup\n\n"
        "A late run carried the Comets past the Foxes in front of a full stadium.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_a_headlines_short_names_meet_the_full_names_of_another_outlet(tmp_path: Path) -> None:
    # "Comets" is "the Harbor City Comets": a side named in part is that side, and a game with
    # another opponent stays another game.
    write_undated(
        tmp_path,
        "a.txt",
        "Comets beat Foxes 27-10 to reach the final\n\n"
        "The Comets scored three times in the second half as the Foxes faded.",
    )
    write_undated(
        tmp_path, "b.txt", "The Brookfield Foxes lost to the Harbor City Comets on Sunday."
    )
    write_undated(
        tmp_path, "c.txt", "The Brookfield Wolves lost to the Harbor City Comets on Sunday."
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    groups = event_docs(findings)
    assert {"a.txt", "b.txt"} in groups
    assert not [g for g in groups if "c.txt" in g and len(g) > 1]
    assert not [f for f in findings if f.category == "contradiction"]


@pytest.mark.parametrize("verb", ["edged", "outlasted", "routed", "thrashed", "trounced"])
def test_verbs_of_a_lopsided_or_close_win_are_contests(verb: str) -> None:
    found = [
        f["participants"]
        for f in frames_of(f"Marco Ferreira {verb} Pavel Novak on Sunday.")
        if f["group"] == "contest"
    ]
    assert found == ["person:~ferreira-marco+person:~novak-pavel"]


# sentence, participants: a contest noun of means whose winner is told by the clause it hangs on,
# or whose opponent the model labels a place (a team named after its town or ground).
MEANS_SIDES = [
    # the gerund the win is the means of has no subject: the main clause's is the winner
    (
        "The Dover Hawks stay top of the rugby table after earning a bonus point with a 27-20 "
        "win over the Linfield Stags in Bristol on Tuesday.",
        "organization:~dover-hawks+organization:~linfield-stags",
    ),
    (
        "The Carrow Hawks reached the final after sealing the tie with a 3-1 victory over "
        "the Ashford Rovers on Sunday in Leeds.",
        "organization:~ashford-rovers+organization:~carrow-hawks",
    ),
    (
        "Lena Ortiz kept her title after securing the decision with a win over Mara Quint in Reno.",
        "person:~lena-ortiz+person:~mara-quint",
    ),
    # the opponent after "over" is labelled a facility: it is the other side, not a place
    (
        "The Carrow Hawks clinched the cup with a 2-0 win over the Linfield Stags on Saturday.",
        "organization:~carrow-hawks+organization:~linfield-stags",
    ),
    # ... or a region (LOC): the same
    (
        "The Galway Hawks kept their unbeaten home record with a 2-0 win over the Pacific Owls "
        "on Tuesday night in Leeds.",
        "organization:~galway-hawks+organization:~pacific-owls",
    ),
]


@pytest.mark.parametrize(("text", "participants"), MEANS_SIDES)
def test_a_contest_of_means_takes_its_winner_from_the_clause(text: str, participants: str) -> None:
    found = [f for f in frames_of(text) if f["group"] == "contest"]
    assert [f["participants"] for f in found] == [participants]


def test_a_reporting_verb_lends_no_winner_to_a_contest_of_means() -> None:
    # "After securing ..., Lee said ...": who spoke is not who won.
    text = (
        "After sealing promotion with a win over the Linfield Stags, coach Dana Lee said the "
        "Hawks would rest."
    )
    assert not [f for f in frames_of(text) if f["group"] == "contest"]


def test_a_contest_opponent_read_as_a_place_is_no_place_of_the_game() -> None:
    text = "The Carrow Hawks clinched the cup with a 2-0 win over the Linfield Stags in Boise."
    found = [f for f in frames_of(text) if f["group"] == "contest"]
    assert [f["place"] for f in found] == ["place:~boise"]
