"""Event identity through the people an article names for its story (``told_people``).

A sentence that names no one ("a pensioner was killed") is about the people its article names
elsewhere (the victim, the driver arrested): a careful reader lines it up with the event those
people are in, and keeps it apart from another event of the kind whose articles name others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import attrs
import pytest

import crosscheck
from crosscheck.events.normalize import (
    MAX_TOLD,
    FrameRecord,
    _filed_dates,
    cluster_frames,
    told_people,
)
from crosscheck.names.registry import registry_for
from crosscheck.time import TimeSpan
from tests.test_events import event_docs, frames_of, write_undated

REGISTRY = registry_for()


def frame(
    doc: str,
    group: str,
    people: Iterable[str] = (),
    *,
    start: int = 0,
    unnamed: bool = False,
    others: Iterable[str] = (),
    places: tuple[str, ...] = (),
    named: Iterable[str] = (),
    dates: tuple[TimeSpan, ...] = (),
) -> FrameRecord:
    """A frame as the aligner reads it (no date unless given: people and places identify it)."""
    return FrameRecord(
        key=f"local:{doc}:{start}",
        doc_id=doc,
        start=start,
        group=group,
        groups=frozenset({group}),
        lemma=group,
        participants=frozenset(f"person:#{p}" for p in people) | frozenset(others),
        others=frozenset(),
        places=places,
        occasion=None,
        excluded=False,
        unnamed=unnamed,
        dates=dates,
        date_starts=tuple(start + 1 + k for k in range(len(dates))),
        label=f"{group}: {doc}",
        named=frozenset(f"person:#{p}" for p in named),
    )


def events(records: list[FrameRecord], group: str | None = None) -> list[set[str]]:
    """The frames of each event that more than one document tells (of one class), sorted."""
    found = [
        {r.key for r in c.members}
        for c in cluster_frames(records, REGISTRY)
        if group is None or c.group == group
    ]
    return sorted((k for k in found if len(k) > 1), key=sorted)


def test_the_people_of_its_article_join_a_frame_naming_no_one_to_its_event() -> None:
    records = [
        # "Piet Vos hit and killed Lena Moss, 64, in Tilburg. Police arrested him at home."
        frame("a.txt", "death", ["moss", "vos"], start=0),
        frame("a.txt", "arrest", ["vos"], start=60, unnamed=True),
        # "Lena Moss died when a van driven by Piet Vos hit her."
        frame("b.txt", "death", ["moss", "vos"]),
        # "A pensioner was killed in a crash. Police arrested Piet Vos, 29, at his home."
        frame("c.txt", "death", start=0, unnamed=True),
        frame("c.txt", "arrest", ["vos"], start=50, unnamed=True),
    ]
    assert {"local:a.txt:0", "local:b.txt:0", "local:c.txt:0"} in events(records)


def test_a_frame_whose_article_names_other_people_stays_apart() -> None:
    records = [
        frame("a.txt", "death", ["moss"], start=0),
        frame("a.txt", "arrest", ["vos"], start=60, unnamed=True),
        frame("b.txt", "death", ["moss"]),
        # Another crash of the same kind the same week: its article names another driver.
        frame("d.txt", "death", start=0, unnamed=True),
        frame("d.txt", "arrest", ["brandt"], start=50, unnamed=True),
    ]
    assert not [e for e in events(records) if "local:d.txt:0" in e]


def test_one_shared_person_beside_someone_the_event_lacks_is_another_event() -> None:
    records = [
        # "Mayor Ines Roth appointed Karl Aue fire chief." told twice
        frame("a.txt", "appointment", ["roth", "aue"]),
        frame("b.txt", "appointment", ["roth", "aue"]),
        # "The appointment drew criticism. Roth said Greta Lind would be her deputy." The mayor
        # appoints again: one person in common and one the event's articles never name.
        frame("c.txt", "appointment", start=0, others=["organization:~city-hall"]),
        frame("c.txt", "speech", ["roth", "lind"], start=40),
    ]
    assert events(records) == [{"local:a.txt:0", "local:b.txt:0"}]


def test_an_article_naming_many_people_tells_nothing_of_which_event() -> None:
    crowd = [f"name{i}" for i in range(MAX_TOLD + 1)]
    records = [
        frame("a.txt", "death", ["moss"]),
        frame("b.txt", "death", ["moss"]),
        frame("c.txt", "death", start=0, unnamed=True),
        frame("c.txt", "speech", ["moss", *crowd], start=40),
    ]
    [told] = [r.told for r in told_people(records) if r.key == "local:c.txt:0"]
    assert told == frozenset()
    assert events(records) == [{"local:a.txt:0", "local:b.txt:0"}]


def test_what_an_article_names_is_the_same_whatever_order_its_frames_come_in() -> None:
    records = [
        frame("a.txt", "death", ["moss"], start=0),
        frame("a.txt", "arrest", ["vos"], start=60, unnamed=True),
        frame("c.txt", "death", start=0, unnamed=True),
        frame("c.txt", "arrest", ["vos"], start=50, unnamed=True),
    ]
    forward = {r.key: r.told for r in told_people(records)}
    backward = {r.key: r.told for r in told_people(records[::-1])}
    assert forward == backward
    assert forward["local:c.txt:0"] == frozenset({"person:#vos"})


def shooting(gunman_article_names: str) -> list[FrameRecord]:
    """Two articles name the victims, two the gunman; one of the latter also names ``...``."""
    town = ("place:~tilburg",)
    return [
        # "Ada Moss and Eva Lind were shot at a cafe. Police arrested Piet Vos." (twice)
        frame("a.txt", "attack", ["moss", "lind"], start=0),
        frame("a.txt", "arrest", ["vos"], start=70, unnamed=True),
        frame("b.txt", "attack", ["moss", "lind"], start=0),
        frame("b.txt", "arrest", ["vos"], start=70, unnamed=True),
        # "Piet Vos opened fire at a cafe in Tilburg." founds an event of its own: the gunman is
        # no one the victims' frames name.
        frame("c.txt", "attack", ["vos"], places=town),
        # "Piet Vos shot two women in Tilburg. <someone> died in hospital." joins it (the gunman
        # and the town in common) before anything ties the two events.
        frame("d.txt", "attack", ["vos"], start=0, places=town),
        frame("d.txt", "death", [gunman_article_names], start=60),
    ]


def test_an_event_told_by_its_gunman_merges_with_the_one_told_by_its_victims() -> None:
    # The articles of both events name the gunman and a victim: one shooting.
    assert events(shooting("moss"), "attack") == [
        {"local:a.txt:0", "local:b.txt:0", "local:c.txt:0", "local:d.txt:0"}
    ]


def test_events_whose_articles_share_only_the_gunman_stay_apart() -> None:
    # The gunman in common, but the gunman's articles name someone the victims' never do.
    assert events(shooting("kerr"), "attack") == [
        {"local:a.txt:0", "local:b.txt:0"},
        {"local:c.txt:0", "local:d.txt:0"},
    ]


def test_the_people_an_article_names_outside_its_frames_count_too() -> None:
    records = [
        frame("a.txt", "death", ["moss"]),
        frame("b.txt", "death", ["moss"]),
        # "A pensioner was killed. The victim was named as Lena Moss." (no frame names her)
        frame("c.txt", "death", unnamed=True, named=["moss"]),
        frame("d.txt", "death", unnamed=True, named=["dekker"]),
    ]
    assert events(records) == [{"local:a.txt:0", "local:b.txt:0", "local:c.txt:0"}]


def test_an_article_naming_its_victim_only_in_another_sentence_joins_her_death(
    tmp_path: Path,
) -> None:
    write_undated(tmp_path, "a.txt", "Lena Moss, 64, died in a crash near Tilburg on Friday.")
    write_undated(tmp_path, "b.txt", "Lena Moss died after a crash near Tilburg.")
    write_undated(
        tmp_path,
        "c.txt",
        "A pensioner was killed in the Netherlands, police said.\n"
        "The victim was named as Lena Moss.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt", "c.txt"} in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_an_article_naming_only_someone_the_event_is_not_about_stays_apart() -> None:
    records = [
        # "Lena Moss died in a crash. Piet Vos, her neighbour, said she was careful." (twice)
        frame("a.txt", "death", ["moss"], start=0),
        frame("a.txt", "statement", ["vos"], start=60),
        frame("b.txt", "death", ["moss"]),
        # "A pensioner was killed in a crash. Piet Vos called for a speed limit." The one
        # person in common is no one the deaths are about.
        frame("c.txt", "death", start=0, unnamed=True),
        frame("c.txt", "statement", ["vos"], start=50),
    ]
    assert events(records, "death") == [{"local:a.txt:0", "local:b.txt:0"}]


def test_a_dated_frame_joined_through_its_article_people_lends_the_event_no_date() -> None:
    day = dt.date(2024, 3, 5)
    records = [
        frame("a.txt", "death", ["moss", "vos"]),
        frame("b.txt", "death", ["moss", "vos"]),
        # "A pensioner was killed on March 5. Police arrested Piet Vos." Its day may be another
        # stage of the story (the trial's resumption beside a verdict): it lines up, but its
        # date is never set against the event's.
        frame(
            "c.txt", "death", unnamed=True, named=["vos"], dates=(TimeSpan("2024-03-05", day, day),)
        ),
    ]
    [event] = [c for c in cluster_frames(records, REGISTRY) if len(c.members) > 1]
    assert {r.key for r in event.members} == {"local:a.txt:0", "local:b.txt:0", "local:c.txt:0"}
    assert event.weak == {"local:c.txt:0"}
    assert _filed_dates(event) == []


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        # two firms' announcements: the later names the first firm in its clause, but its doer
        # is another firm
        (
            "Nordsoft announced on Tuesday that it had restored service to its customers. Telvia "
            "announced on Monday that its own links through Nordsoft were running again.",
            2,
        ),
        # the same meeting told from the other side joins, and one firm named two ways too
        ("Ann Roe met Bo Lind in Oslo on Tuesday. Lind met Roe again later that day.", 1),
        # a move a headline tells without "was" (its subject read as the doer) is no doer's act
        (
            "Tom Reed placed on injured reserve\n\nThe Denver Hawks placed Tom Reed on injured "
            "reserve on Wednesday.",
            1,
        ),
        (
            "Nordsoft announced on Tuesday that it had restored service. Nordsoft Inc. announced "
            "the fix on its website.",
            1,
        ),
    ],
)
def test_a_later_verb_of_another_named_doer_is_another_event(text: str, frames: int) -> None:
    assert len(frames_of(text)) == frames


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # the date in the noun's own phrase names another announcement than the one told before
        (
            "On July 13, Governor Ann Roe announced that she would name Bo Lind to the court. "
            "Roe praised Lind's record in the July 8 announcement.",
            [(["announced"], False), (["announcement"], True)],
        ),
        # the same date: the same announcement
        (
            "On July 13, Governor Ann Roe announced that she would name Bo Lind to the court. "
            "Roe praised Lind's record in the July 13 announcement.",
            [(["announced", "announcement"], False)],
        ),
        (
            "Ann Roe met Bo Lind in Oslo on March 3. Roe praised Lind after the March 1 meeting.",
            [(["met"], False), (["meeting"], True)],
        ),
        # weekdays are no calendar: two may be the days of one meeting that ran over both
        (
            "Ann Roe met Bo Lind in Oslo on Monday. Roe praised Lind after Tuesday's meeting.",
            [(["met", "meeting"], False)],
        ),
        # the earlier telling gives no date: nothing says the two are apart
        (
            "Governor Ann Roe announced that she would name Bo Lind to the court. Roe praised "
            "Lind's record in the July 8 announcement.",
            [(["announced", "announcement"], False)],
        ),
        # a later verb's own date is no name of another event: an outlet's slip is shown, not
        # hidden (the two dates are then an inconsistency of the article)
        (
            "On July 13, Governor Ann Roe announced that she would name Bo Lind to the court. "
            "On July 8, Roe announced that she would also name Lind to the board.",
            [(["announced", "announced"], False)],
        ),
    ],
)
def test_a_later_event_noun_dated_in_its_own_phrase_apart_is_another_event(
    text: str, told: list[tuple[list[str], bool]]
) -> None:
    assert [(f["words"], f["background"]) for f in frames_of(text)] == told


def _stabbing(third_names: Iterable[str], published: dt.date | None = None) -> list[FrameRecord]:
    """Two outlets place a stabbing in Lisbon, naming the attacker and the woman he wounded; a
    third places it in Madrid, its frame naming the attacker alone."""
    town = ("place:lisbon",)
    return [
        frame("a.txt", "attack", ["vos", "moss"], places=town),
        frame("b.txt", "attack", ["vos", "moss"], places=town),
        attrs.evolve(
            frame("c.txt", "attack", ["vos"], places=("place:madrid",), named=third_names),
            published=published,
        ),
    ]


def test_a_frame_whose_article_names_two_of_the_events_people_joins_it_placed_elsewhere() -> None:
    # "Piet Vos stabbed a woman outside a bakery in Madrid" in an article that names Lena Moss as
    # he killed: the event's two people, so another city is the event placed differently (a
    # contradiction the outlets' place facts then show), not a second shooting.
    assert events(_stabbing(["vos", "moss"]), "attack") == [
        {"local:a.txt:0", "local:b.txt:0", "local:c.txt:0"}
    ]


def test_one_of_the_events_people_in_a_frame_placed_elsewhere_is_another_event() -> None:
    # The gunman alone, in the frame and in its article: one person and a city that disagrees.
    assert events(_stabbing(["vos"]), "attack") == [{"local:a.txt:0", "local:b.txt:0"}]


def test_two_of_the_events_people_placed_elsewhere_long_after_is_another_event() -> None:
    # Published further apart than the event's slip: a later event of the same people.
    records = _stabbing(["vos", "moss"], published=dt.date(2024, 9, 1))
    records = [
        r if r.published else attrs.evolve(r, published=dt.date(2024, 3, 1)) for r in records
    ]
    assert events(records, "attack") == [{"local:a.txt:0", "local:b.txt:0"}]


def test_an_outlet_placing_a_stabbing_in_another_city_is_a_contradiction(tmp_path: Path) -> None:
    write_undated(tmp_path, "a.txt", "Piet Vos stabbed Lena Moss outside a bakery in Lisbon.")
    write_undated(
        tmp_path, "b.txt", "Piet Vos stabbed and wounded Lena Moss outside a bakery in Lisbon."
    )
    write_undated(
        tmp_path,
        "c.txt",
        "Piet Vos stabbed a woman outside a bakery in Madrid.\nLena Moss, 40, was taken to hospital.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    [clash] = [f for f in findings if f.category == "contradiction"]
    assert clash.facet == "event.place"
    assert sorted(o.doc_id for o in clash.observations) == ["a.txt", "b.txt", "c.txt"]


def _announcements(third_names: Iterable[str]) -> list[FrameRecord]:
    """Two outlets date the harbour deal Ana Ruiz and Tomas Lind announced on March 5; a third,
    whose frame names Ruiz alone, on March 7."""
    fifth, seventh = dt.date(2024, 3, 5), dt.date(2024, 3, 7)
    return [
        frame(
            "a.txt", "announcement", ["ruiz", "lind"], dates=(TimeSpan("2024-03-05", fifth, fifth),)
        ),
        frame(
            "b.txt", "announcement", ["ruiz", "lind"], dates=(TimeSpan("2024-03-05", fifth, fifth),)
        ),
        frame(
            "c.txt",
            "announcement",
            ["ruiz"],
            named=third_names,
            dates=(TimeSpan("2024-03-07", seventh, seventh),),
        ),
    ]


def test_a_frame_whose_article_names_two_of_the_events_people_sets_its_date_against_it() -> None:
    # "Ana Ruiz held a news conference on March 7 to announce the harbour deal" in an article
    # that names Tomas Lind elsewhere: the event's two people, so its day is a date the outlets
    # disagree on, filed with the event.
    [event] = [
        c for c in cluster_frames(_announcements(["ruiz", "lind"]), REGISTRY) if len(c.members) > 1
    ]
    assert {r.key for r in event.members} == {"local:a.txt:0", "local:b.txt:0", "local:c.txt:0"}
    assert event.weak == set()
    assert {doc for doc, _ in _filed_dates(event)} == {"a.txt", "b.txt", "c.txt"}


def test_one_of_the_events_people_dated_otherwise_is_another_event() -> None:
    assert events(_announcements(["ruiz"]), "announcement") == [{"local:a.txt:0", "local:b.txt:0"}]
