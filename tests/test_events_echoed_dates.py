"""A weak member's date told of the same event word as a firm member's stands as theirs does.

A frame joined to its event only through the people its article names ("A 40-year-old woman was
charged with arson Sunday" in an article that names the accused elsewhere) has its dates left out
where they disagree: they may date another stage told with the same people. When its date is the
date of the same event word a firmly joined member dates ("Dana Roe was charged with arson on
Saturday"), told as that word's own, it is one occasion told twice, and a day that differs is a
contradiction to report.
"""

from __future__ import annotations

import attrs

from crosscheck.events.normalize import FrameRecord, _filed_dates, _own_word, cluster_frames
from crosscheck.model import Granularity, TimeKind
from crosscheck.time import TimeSpan
from crosscheck.time.claims import DateDetails
from tests.test_events_told import REGISTRY, frame

SATURDAY = TimeSpan("XXXX-WXX-6", None, None)
SUNDAY = TimeSpan("XXXX-WXX-7", None, None)


def _dated(record: FrameRecord, span: TimeSpan, word: str) -> FrameRecord:
    return attrs.evolve(record, dates=(span,), date_starts=(record.start + 1,), date_words=(word,))


def _charges(weak_word: str) -> list[FrameRecord]:
    firm = [_dated(frame(doc, "trial", ["roe"]), SATURDAY, "charge") for doc in ("a.txt", "b.txt")]
    # names no one; its article names Roe elsewhere, so it joins through its people
    weak = _dated(frame("c.txt", "trial", unnamed=True, named=["roe"]), SUNDAY, weak_word)
    return [*firm, weak]


def test_a_weak_members_date_of_the_same_word_dissents() -> None:
    [event] = [c for c in cluster_frames(_charges("charge"), REGISTRY) if len(c.members) > 1]
    assert event.weak == {"local:c.txt:0"}
    assert ("c.txt", 1) in _filed_dates(event)


def test_a_weak_members_date_of_another_word_or_moment_is_still_left_out() -> None:
    for word in ("resume", ""):
        [event] = [c for c in cluster_frames(_charges(word), REGISTRY) if len(c.members) > 1]
        assert event.weak == {"local:c.txt:0"}
        assert ("c.txt", 1) not in _filed_dates(event)


def _details(trigger_start: int, lemma: str = "charge", modifies: bool = False) -> DateDetails:
    return DateDetails(
        kind=TimeKind.DATE,
        granularity=Granularity.DAY,
        clause="",
        trigger_lemma=lemma,
        trigger_start=trigger_start,
        modifies_trigger=modifies,
    )


def test_a_date_is_its_words_own_unless_another_moment_comes_between() -> None:
    text = "A woman was charged with arson Sunday after a fire at a shop in Leeds Friday."
    charged = text.index("charged")
    assert _own_word(_details(charged), text.index("Sunday"), text) == "charge"
    # after "after a fire ...": the fire's day, whatever word the parser hangs it on
    assert _own_word(_details(charged), text.index("Friday"), text) == ""
    # before the word, in its sentence
    text = "On Sunday, a woman was charged with arson."
    assert _own_word(_details(text.index("charged")), text.index("Sunday"), text) == "charge"
    # another sentence, or no text at hand
    text = "The shop burned on Friday. A woman was charged with arson."
    assert _own_word(_details(text.index("charged")), text.index("Friday"), text) == ""
    assert _own_word(_details(3), 20, None) == ""


def test_a_date_of_a_verb_an_event_noun_hangs_on_is_no_words_own() -> None:
    # "made" tells many occasions ("made the announcement", "made the decision")
    text = "The singer made the announcement on her website Friday."
    made = _details(text.index("made"), "make")
    assert _own_word(made, text.index("Friday"), text) == ""


def test_a_date_that_says_which_event_a_noun_is_is_its_own() -> None:
    text = "Police said the Sunday fire at the shop was set deliberately."
    fire = text.index("fire")
    assert _own_word(_details(fire, "fire", modifies=True), text.index("Sunday"), text) == "fire"
