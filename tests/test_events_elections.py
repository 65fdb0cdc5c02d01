"""Elections told by the electorate's acts and by their kind: invented sentences and stories."""

from __future__ import annotations

from pathlib import Path

import crosscheck
from tests.test_events import event_docs, frames_of, write, write_undated


def _linked_without_conflicts(folder: Path) -> list[set[str]]:
    """Cross-check the folder, assert it reports no contradiction or inconsistency, and return
    the documents of each event more than one of them tells."""
    findings = crosscheck.crosscheck(folder).findings
    assert not [f for f in findings if f.category in ("contradiction", "inconsistency")]
    return event_docs(findings)


def test_the_electorate_casting_ballots_or_heading_to_the_polls_is_the_election() -> None:
    # "cast ballots", "head to the polls": the electorate's acts tell the election itself.
    [frame] = frames_of("At schools across Estonia, farmers and students cast ballots on Sunday.")
    assert (frame["group"], frame["place"]) == ("election", "country:ee")
    [frame] = frames_of("Under grey skies, Norway heads to the polls on Sunday.")
    assert (frame["group"], frame["place"]) == ("election", "country:no")


def test_a_vote_naming_no_body_is_the_election_of_its_article() -> None:
    # A country's vote and the election named beside it: one event told by two words, the
    # country its place; a body's vote stays a vote of its own.
    frames = frames_of(
        "After a quiet campaign Estonia voted on Sunday, and the parliamentary election ran "
        "smoothly. Last year the Harbor City council voted to close the ferry."
    )
    assert sorted(f["group"] for f in frames) == ["election", "vote"]
    [election] = [f for f in frames if f["group"] == "election"]
    assert election["place"] == "country:ee"
    assert {"voted", "election"} <= set(election["words"])


def test_undated_outlets_line_an_election_up_by_place_kind_and_weekday(tmp_path: Path) -> None:
    # Undated articles date an election by its weekday alone: the same country, the same kind
    # of election and the same weekday make one; another kind, another country or a calendar
    # day (which may be any year's election of that kind) keep the others apart.
    write_undated(
        tmp_path,
        "a.txt",
        "After a quiet campaign Estonia voted on Sunday, and the parliamentary election ran "
        "smoothly.",
    )
    write_undated(
        tmp_path,
        "b.txt",
        "Pensioners cast ballots on Sunday in the Estonian parliamentary election, and queues "
        "were long.",
    )
    write_undated(
        tmp_path,
        "c.txt",
        "After a quiet campaign Estonia voted on Sunday, and the presidential election ran "
        "smoothly.",
    )
    write_undated(
        tmp_path,
        "d.txt",
        "After a quiet campaign Latvia voted on Sunday, and the parliamentary election ran "
        "smoothly.",
    )
    write(
        tmp_path,
        "e.txt",
        "2024-03-05",
        "A parliamentary election was held in Estonia on March 3. Turnout was low.",
    )
    linked = _linked_without_conflicts(tmp_path)
    assert {"a.txt", "b.txt"} in linked
    assert not [d for d in linked if d & {"c.txt", "d.txt", "e.txt"} and len(d) > 1]


def test_a_place_that_sees_an_event_as_something_does_not_place_it() -> None:
    # "a referendum Brussels sees as a turning point": a view of the event, not a place that
    # witnessed it ("the biggest strike Estonia has seen" still places the strike).
    frames = frames_of(
        "Voters headed to the polls on Sunday for a referendum Brussels sees as a turning point."
    )
    assert not [f for f in frames if "brussels" in f["place"]]
    [strike] = frames_of("The biggest strike Estonia has seen began on Sunday.")
    assert strike["place"] == "country:ee"


def test_two_kinds_of_election_on_one_day_in_one_country_are_two_elections(tmp_path: Path) -> None:
    # A country may choose its president and its parliament on one day: the kind named tells
    # the two apart where place and calendar day alone would make them one.
    write(
        tmp_path,
        "a.txt",
        "2024-03-05",
        "A presidential election was held in Estonia on March 3. Turnout was high.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-03-05",
        "A parliamentary election was held in Estonia on March 3. Turnout was low.",
    )
    write(
        tmp_path,
        "c.txt",
        "2024-03-06",
        "Under new rules, a parliamentary election was held in Estonia on March 3.",
    )
    linked = _linked_without_conflicts(tmp_path)
    assert {"b.txt", "c.txt"} in linked
    assert not [d for d in linked if "a.txt" in d and len(d) > 1]


def test_one_article_telling_two_kinds_of_election_tells_two() -> None:
    # A later mention of another kind is another election, not the first told again.
    frames = frames_of(
        "A presidential election was held in Estonia on Sunday. A parliamentary election was "
        "held in Estonia on the same day."
    )
    assert [f["group"] for f in frames] == ["election", "election"]


def test_an_electorate_named_for_its_country_places_the_election() -> None:
    # "Estonians headed to the polls": a plural of the country's name for its people is its
    # electorate (no participant, even where the model reads a person); "pensioners in Estonia"
    # is one too. A verb taking the election as its topic places nothing, and a person stays a
    # person.
    [frame] = frames_of("Under grey skies, Estonians headed to the polls on Sunday.", None)
    assert (frame["group"], frame["place"], frame["participants"]) == (
        "election",
        "country:ee",
        "",
    )
    [frame] = frames_of("By noon, pensioners in Estonia had begun to cast ballots.", None)
    assert frame["place"] == "country:ee"
    assert not frames_of("Estonians condemned the election on Sunday.", None)
    [frame] = frames_of("Ann Roe went to the polls on Sunday.", None)
    assert (frame["place"], frame["participants"]) == ("", "person:~ann-roe")


def test_an_election_named_by_its_country_people_is_placed_there() -> None:
    # "the Estonian election": a country's name for its people modifying the election places it
    # there; a name that is no one country's ("European") places nothing.
    [frame] = frames_of("The Estonian parliamentary election was held on Sunday.", None)
    assert frame["place"] == "country:ee"
    assert not frames_of("The European election was held on Sunday.", None)


def test_a_vote_told_first_becomes_the_election_told_after_it() -> None:
    # The election may be named after the vote: the frame is the election's either way, its
    # lemma and class the election's.
    [frame] = frames_of(
        "Voting in Estonia closed at 8 p.m. on Sunday. Observers said the parliamentary election "
        "was orderly.",
        None,
    )
    assert (frame["group"], frame["lemma"], frame["place"]) == (
        "election",
        "election",
        "country:ee",
    )
    assert frame["words"] == ["Voting", "election"]


def test_an_election_naming_no_place_is_its_articles_one_country() -> None:
    # An article naming one country only: the election it tells without a place is held there.
    # Naming two, it says nothing of which one votes.
    [frame] = frames_of(
        "Officials in Estonia praised the calm. Turnout in the parliamentary election on Sunday "
        "was high.",
        None,
    )
    assert (frame["group"], frame["place"]) == ("election", "country:ee")
    assert not frames_of(
        "Officials in Estonia praised Latvia. Turnout in the parliamentary election on Sunday "
        "was high.",
        None,
    )
