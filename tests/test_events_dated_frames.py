"""A frame read whole: its class, people, place and the date of its own word; facts it carries.

Tables of sentences written for these tests (invented people and stories, none of the seeds or of
the evaluation corpora), one row per kind the events issue names, so that a change to the parse
walk shows up as a row that no longer holds.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck.events.claims import EventDetails, event_claims
from crosscheck.extract import Analysis
from crosscheck.model import Corpus, Document
from crosscheck.pipeline import corpus_claims
from crosscheck.time.claims import DateDetails, date_claims

MON = dt.date(2025, 6, 2)  # a Monday


def dated_frames(text: str) -> list[tuple[str, str, str, str, str]]:
    """Return (class, participants, place, date, word the date hangs on) of each frame."""
    analysis = Analysis(Document(id="t.txt", path="t.txt", text=text, published=MON))
    dates = [c for c in date_claims(analysis) if c.facet == "event.date"]
    out = []
    for c in event_claims(analysis):
        if c.facet != "event.participants":
            continue
        d = c.details
        assert isinstance(d, EventDetails)
        mine = []
        for date in dates:
            dd = date.details
            assert isinstance(dd, DateDetails)
            if dd.trigger_start in d.triggers:
                mine.append((date.value, dd.trigger or ""))
        value, word = mine[0] if len(mine) == 1 else ("", "")
        out.append((d.group, c.value, d.place or "", value, word))
    return out


# sentence -> (class, participants, place, date, the word the date attaches to)
FRAMES = [
    (
        "Prime Minister David Chen met President Maria Lopez in Boston on Tuesday.",
        ("meeting", "person:~chen-david+person:~lopez-maria", "place:boston", "2025-05-27", "met"),
    ),
    # a nominal event with "between" and "held at"
    (
        "Talks between David Chen and Maria Lopez were held at the Corvid Hall on Tuesday.",
        (
            "meeting",
            "person:~chen-david+person:~lopez-maria",
            "place:~corvid-hall",
            "2025-05-27",
            "Talks",
        ),
    ),
    # the future looks forward
    (
        "David Chen will visit Denver on Thursday.",
        ("visit", "person:~chen-david", "place:~denver", "2025-06-05", "visit"),
    ),
    # an apposition of the date dates the visit, not the arrival
    (
        "Maria Lopez arrived in Denver on Sunday, the first day of a three-day visit.",
        ("visit", "person:~lopez-maria", "place:~denver", "2025-06-01", "visit"),
    ),
    # a support verb carries the event noun and its date
    (
        "Maria Lopez gave a speech in Chicago on Friday.",
        ("speech", "person:~lopez-maria", "place:chicago", "2025-05-30", "gave"),
    ),
    (
        "David Chen held a press conference in Boston on Wednesday.",
        ("press", "person:~chen-david", "place:boston", "2025-05-28", "held"),
    ),
    # a bare day of the month in a past clause: the month before the publication's
    (
        "David Chen and Maria Lopez signed the accord in Chicago on the 9th.",
        (
            "signing",
            "person:~chen-david+person:~lopez-maria",
            "place:chicago",
            "2025-05-09",
            "signed",
        ),
    ),
    # the reporting verb's own date is not the arrest's
    (
        "Paul Grant was arrested in Denver on Saturday, police said on Sunday.",
        ("arrest", "person:~grant-paul", "place:~denver", "2025-05-31", "arrested"),
    ),
    # a relative clause about a person is that person's event
    (
        "Maria Lopez, who was detained in Chicago on Saturday, appeared in court.",
        ("arrest", "person:~lopez-maria", "place:chicago", "2025-05-31", "detained"),
    ),
    # a reported clause keeps its own date
    (
        "The aides said David Chen met Maria Lopez in Boston on Tuesday.",
        ("meeting", "person:~chen-david+person:~lopez-maria", "place:boston", "2025-05-27", "met"),
    ),
    # an incident names no participants; a possessive date is its own
    (
        "Tuesday's earthquake in Chile killed three people.",
        ("disaster", "", "country:cl", "2025-05-27", "earthquake"),
    ),
    (
        "Paul Grant died in Boston on Friday.",
        ("death", "person:~grant-paul", "place:boston", "2025-05-30", "died"),
    ),
    # counted from an event of another clause, which is not dated here: kept relative
    (
        "Anna Kask resigned a day after the auditor published the report.",
        ("dismissal", "person:~anna-kask", "", "XXXX-XX-XX", "resigned"),
    ),
    # an event noun that is the subject of a verb of gathering: its objects took part
    (
        "The summit in Quito brought together David Chen and Maria Lopez on Tuesday.",
        (
            "meeting",
            "person:~chen-david+person:~lopez-maria",
            "place:quito",
            "2025-05-27",
            "summit",
        ),
    ),
    (
        "The talks involved David Chen and Maria Lopez.",
        ("meeting", "person:~chen-david+person:~lopez-maria", "", "", ""),
    ),
]


# an event noun that brings something other than people names no one by its verb
@pytest.mark.parametrize(
    "text",
    [
        "The summit brought a deal on fishing quotas on Tuesday.",
        "The summit brought heavy traffic to the city of David Chen.",
    ],
)
def test_a_verb_of_gathering_names_only_the_people_it_brings(text: str) -> None:
    assert all(participants == "" for _, participants, *_ in dated_frames(text))


@pytest.mark.parametrize(("text", "expected"), FRAMES)
def test_a_frame_has_its_class_people_place_and_the_date_of_its_word(
    text: str, expected: tuple[str, str, str, str, str]
) -> None:
    assert dated_frames(text) == [expected]


def test_a_denied_meeting_keeps_its_people_place_and_date() -> None:
    text = "David Chen did not meet Maria Lopez in Boston on Tuesday."
    analysis = Analysis(Document(id="t.txt", path="t.txt", text=text, published=MON))
    [frame] = [c for c in event_claims(analysis) if c.facet == "event.participants"]
    assert isinstance(frame.details, EventDetails)
    assert frame.details.negated
    assert dated_frames(text) == [
        ("meeting", "person:~chen-david+person:~lopez-maria", "place:boston", "2025-05-27", "meet")
    ]


def dates(text: str) -> list[tuple[str, str, str]]:
    """Return (written, value, word attached to) of the event dates of ``text``."""
    analysis = Analysis(Document(id="t.txt", path="t.txt", text=text, published=MON))
    out = []
    for c in date_claims(analysis):
        if c.facet == "event.date":
            assert isinstance(c.details, DateDetails)
            out.append((c.written, c.value, c.details.trigger or ""))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "after" opening a clause: the count dates the verb the clause hangs on, not the anchor
        (
            "The auditor published the report on May 27, 2025. The mayor resigned a day after "
            "the auditor published the report.",
            [
                ("May 27, 2025", "2025-05-27", "published"),
                ("a day after", "2025-05-28", "resigned"),
            ],
        ),
        (
            "The mayor announced the plan a week after the storm hit the coast.",
            [("a week after", "XXXX-XX-XX", "announced")],
        ),
        # a date that says which thing a noun is dates no verb above it
        (
            "The publisher picked a March 4, 2026 release date for the novel.",
            [("March 4, 2026", "2026-03-04", "")],
        ),
        (
            "The Hawks own the top pick of the 2026 draft.",
            [("2026", "2026", "")],
        ),
        # a phrase of time set on the verb dates it
        (
            "Paul Grant was arrested during the July 4 weekend.",
            [("July 4", "2024-07-04", "arrested")],
        ),
        ("Paul Grant was picked in the 2019 draft.", [("2019", "2019", "picked")]),
        # one that says which event is meant dates the event, and a possessive the verb's game
        ("Paul Grant left after the 2019 earthquake.", [("2019", "2019", "earthquake")]),
        ("The Rovers won Sunday's game.", [("Sunday", "2025-06-01", "won")]),
        # what came before a future moment may lie either side of today; before a past one, back
        (
            "Lena Ross will chair the board again, after chairing its meeting on Friday.",
            [("Friday", "2025-XX-XX", "chairing")],
        ),
        (
            "Lena Ross chaired the board again, after chairing its meeting on Friday.",
            [("Friday", "2025-05-30", "chairing")],
        ),
        # a count with a modifier fixes no day, though its anchor is dated
        (
            "The auditor published the report on May 27, 2025. The mayor resigned nearly two "
            "weeks after the auditor published the report.",
            [
                ("May 27, 2025", "2025-05-27", "published"),
                ("nearly two weeks after", "XXXX-XX-XX", "resigned"),
            ],
        ),
        # a tour is a visit: the apposition dates it, not the welcome
        (
            "David Chen welcomed Maria Lopez on Sunday, the opening day of a five-day tour.",
            [("Sunday", "2025-06-01", "tour")],
        ),
        # a month in a past clause looks back, in a future one forward
        ("Maria Lopez visited Denver in March.", [("March", "2025-03", "visited")]),
        ("Maria Lopez will visit Denver in March.", [("March", "2026-03", "visit")]),
        # a new finite verb after "and" takes no date from the clause before it
        (
            "Paul Grant arrived in Denver on Tuesday and the talks will resume later.",
            [("Tuesday", "2025-05-27", "arrived")],
        ),
    ],
)
def test_a_date_dates_the_word_its_clause_gives(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text) == expected


def write(folder: Path, name: str, published: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: {name}\nOutlet: {name}\nPublished: {published}\n\n{body}\n", "utf-8"
    )


MET = "Maria Lopez and Luis Soto met in Cusco on March 3, 2025"


@pytest.mark.parametrize(
    ("a", "b", "facet", "expected"),
    [
        # an adjectival length of a tour
        (
            "Maria Lopez began a fortnight-long tour of Peru on March 3, 2025.",
            "Maria Lopez began a ten-day tour of Peru on March 3, 2025.",
            "event.duration",
            "contradiction",
        ),
        (
            "Maria Lopez began a fortnight-long tour of Peru on March 3, 2025.",
            "Maria Lopez began a two-week tour of Peru on March 3, 2025.",
            "event.duration",
            "corroborated",
        ),
        # a status claim: the first of its kind somewhere
        (
            f"{MET}. It was the first summit held outside the capital.",
            f"{MET}. It was the second summit held outside the capital.",
            "event.ordinal",
            "contradiction",
        ),
        (
            f"{MET}, the first time the two presidents have met.",
            f"{MET}, the third time the two presidents have met.",
            "event.ordinal",
            "contradiction",
        ),
        (
            f"{MET}, the first time the two presidents have met.",
            f"{MET}, the first time the two presidents have met.",
            "event.ordinal",
            "corroborated",
        ),
    ],
)
def test_lengths_and_ordinals_of_one_event_are_compared(
    tmp_path: Path, a: str, b: str, facet: str, expected: str
) -> None:
    write(tmp_path, "a.txt", "2025-03-04", a)
    write(tmp_path, "b.txt", "2025-03-04", b)
    found = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == facet]
    assert [f.category for f in found] == [expected]
    assert {o.doc_id for o in found[0].observations} == {"a.txt", "b.txt"}


def test_an_office_named_long_before_the_event_is_not_its_holder(tmp_path: Path) -> None:
    # Offices change hands: a president named two years earlier is not one of "the two
    # presidents" of this meeting, so the two named now still resolve it.
    write(tmp_path, "a.txt", "2025-03-04", "The two presidents met in Lima on March 3, 2025.")
    write(
        tmp_path,
        "b.txt",
        "2025-03-04",
        "Chilean President Ana Ruiz and Peruvian President Luis Soto met in Lima on March 3, 2025.",
    )
    write(
        tmp_path,
        "c.txt",
        "2023-01-10",
        "Bolivian President Marta Quispe spoke in La Paz on January 9, 2023.",
    )
    claims = corpus_claims(crosscheck.load_corpus(tmp_path))
    [claim] = [c for c in claims if c.doc_id == "a.txt" and c.facet == "event.participants"]
    assert claim.value == "person:~ana-ruiz+person:~luis-soto"
    assert isinstance(claim.details, EventDetails)
    assert {link.evidence.doc_id for link in claim.details.resolved} == {"b.txt"}


def test_an_office_is_resolved_at_the_events_date_not_the_articles(tmp_path: Path) -> None:
    # An article written two years after the meeting it recalls: "the two presidents" are those
    # in office on the meeting's day, named by an article of that week, not those named when the
    # recalling article was written.
    write(
        tmp_path,
        "a.txt",
        "2025-03-04",
        "The two presidents met in Lima on March 3, 2023, and agreed on the river treaty.",
    )
    write(
        tmp_path,
        "b.txt",
        "2023-03-04",
        "Chilean President Ana Ruiz and Peruvian President Luis Soto met in Lima on March 3, 2023.",
    )
    write(
        tmp_path,
        "c.txt",
        "2025-03-01",
        "Chilean President Marta Quispe and Peruvian President Paul Grant spoke in Quito.",
    )
    claims = corpus_claims(crosscheck.load_corpus(tmp_path))
    [claim] = [c for c in claims if c.doc_id == "a.txt" and c.facet == "event.participants"]
    assert claim.value == "person:~ana-ruiz+person:~luis-soto"
    assert isinstance(claim.details, EventDetails)
    assert {link.evidence.doc_id for link in claim.details.resolved} == {"b.txt"}


# --- permuting the sentences of a document never changes which events it tells ---

_SENTENCES = {
    "a.txt": (
        "Maria Lopez met Luis Soto in Boston on March 3, 2025.",
        "A fire destroyed the Elm Street Warehouse in Chicago on March 1, 2025.",
        "Paul Grant visited Denver on February 20, 2025.",
    ),
    "b.txt": (
        "Luis Soto and Maria Lopez held talks in Boston on March 3, 2025.",
        "Paul Grant arrived in Denver on February 20, 2025.",
        "Anna Kask was arrested in Seattle on February 27, 2025.",
    ),
}


@functools.cache
def _clusters(order_a: tuple[int, ...], order_b: tuple[int, ...]) -> frozenset[frozenset[str]]:
    """Return the events as sets of "document:sentence number as first written"."""
    docs = []
    starts: dict[str, list[tuple[int, int]]] = {}
    for name, order in (("a.txt", order_a), ("b.txt", order_b)):
        text = ""
        for k in order:
            starts.setdefault(name, []).append((len(text), k))
            text += _SENTENCES[name][k] + " "
        docs.append(Document(id=name, path=name, text=text, published=dt.date(2025, 3, 4)))
    claims = corpus_claims(Corpus(documents=tuple(docs)))
    events: dict[str, set[str]] = {}
    for c in claims:
        if c.facet != "event.participants" or not c.evidence:
            continue
        at = c.evidence[0].start
        k = max((s, k) for s, k in starts[c.doc_id] if s <= at)[1]
        events.setdefault(c.subject, set()).add(f"{c.doc_id}:{k}")
    return frozenset(frozenset(v) for v in events.values())


@settings(max_examples=4, deadline=None)
@given(st.permutations(range(3)), st.permutations(range(3)))
def test_permuting_sentences_never_changes_the_events(a: list[int], b: list[int]) -> None:
    assert _clusters(tuple(a), tuple(b)) == _clusters((0, 1, 2), (0, 1, 2))


# --- the dateline's city is the event's place only when the text says so ---


def places(text: str) -> list[tuple[str, tuple[str, ...], list[str]]]:
    """Return (place, places, evidence words) of each ``event.place`` claim of ``text``."""
    analysis = Analysis(Document(id="t.txt", path="t.txt", text=text, published=MON))
    out = []
    for c in event_claims(analysis):
        if c.facet == "event.place":
            assert isinstance(c.details, EventDetails)
            out.append((c.value, c.details.places, [text[e.start : e.end] for e in c.evidence]))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "here" says the event happened where the story was filed
        (
            "OSLO, June 1 (Nordic Wire) - David Chen met Maria Lopez here on Friday.",
            [("place:oslo", ("place:oslo",), ["OSLO"])],
        ),
        # a place phrase on the adverb is the closer place, inside the dateline's city
        (
            "OSLO, June 1 (Nordic Wire) - David Chen met Maria Lopez here at the Corvid Hall on "
            "Friday.",
            [
                (
                    "place:~corvid-hall",
                    ("place:~corvid-hall", "place:oslo"),
                    ["Corvid Hall", "OSLO"],
                )
            ],
        ),
        # without "here" the dateline only says where the reporter filed
        ("OSLO, June 1 (Nordic Wire) - David Chen met Maria Lopez on Friday.", []),
        # "here" without a dateline points nowhere the text names
        ("David Chen met Maria Lopez here on Friday.", []),
    ],
)
def test_the_dateline_city_is_the_place_only_when_the_text_says_so(
    text: str, expected: list[tuple[str, tuple[str, ...], list[str]]]
) -> None:
    assert places(text) == expected


def test_an_event_placed_here_meets_the_city_another_outlet_names(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2025-06-01",
        "OSLO, May 31 (Nordic Wire) - David Chen met Maria Lopez here on May 30, 2025.",
    )
    write(tmp_path, "b.txt", "2025-06-01", "David Chen met Maria Lopez in Oslo on May 30, 2025.")
    found = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.place"]
    assert [(f.category, sorted(o.doc_id for o in f.observations)) for f in found] == [
        ("corroborated", ["a.txt", "b.txt"])
    ]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # the infinitive of a refusal is an event that did not happen
        ("David Chen refused to meet Maria Lopez in Oslo on Friday.", True),
        ("Maria Lopez declined to sign the accord in Oslo on Friday.", True),
        ("David Chen did not meet Maria Lopez in Oslo on Friday.", True),
        ("David Chen agreed to meet Maria Lopez in Oslo on Friday.", False),
        ("David Chen met Maria Lopez in Oslo on Friday.", False),
    ],
)
def test_a_refused_event_is_negated(text: str, negated: bool) -> None:
    analysis = Analysis(Document(id="t.txt", path="t.txt", text=text, published=MON))
    [frame] = [c for c in event_claims(analysis) if c.facet == "event.participants"]
    assert isinstance(frame.details, EventDetails)
    assert frame.details.negated is negated


# --- linear identity: a key held by more events than the cap stops growing, and nothing merges ---


def test_a_block_stops_one_past_the_cap() -> None:
    from crosscheck.events.normalize import MAX_BLOCK_SIZE, _file

    block: list[int] = []
    for i in range(MAX_BLOCK_SIZE + 20):
        _file(block, i)
        _file(block, i)  # filing twice files once
    assert block == list(range(MAX_BLOCK_SIZE + 1))


_FIRST = ["Alan", "Brenda", "Carl", "Diane", "Edward", "Fiona", "George", "Helen"]
_LAST = ["Baker", "Carter", "Dawson", "Ellis", "Fisher", "Graham", "Hughes", "Irwin"]


def test_many_meetings_in_one_city_stay_apart_past_the_cap() -> None:
    from crosscheck.events.normalize import MAX_BLOCK_SIZE, align_events
    from crosscheck.extract import extract_claims

    docs = []
    start = dt.date(2024, 1, 1)
    for k in range(MAX_BLOCK_SIZE + 6):
        a = f"{_FIRST[k % 8]} {_LAST[k // 8 % 8]}"
        b = f"{_FIRST[(k + 3) % 8]} {_LAST[(k // 8 + 5) % 8]}"
        day = start + dt.timedelta(days=30 * k)  # farther apart than any date slip
        text = f"{a} met {b} in Paris on {day:%B} {day.day}, {day.year}."
        docs.append(Document(id=f"d{k:03}.txt", path=f"d{k:03}.txt", text=text, published=day))
    claims = [c for d in docs for c in extract_claims(d)]
    aligned = align_events(claims, Corpus(documents=tuple(docs)))
    events: dict[str, set[str]] = {}
    for c in aligned:
        if c.facet == "event.participants":
            events.setdefault(c.subject, set()).add(c.doc_id)
    # Every meeting is its own event: other people (some of one family name) a month apart,
    # though all in Paris.
    assert sorted(len(v) for v in events.values()) == [1] * len(docs)


def test_an_article_naming_only_the_host_joins_the_event_of_the_guests(tmp_path: Path) -> None:
    # "X hosted the leaders of A and B at PLACE on DAY": the leaders are the people another
    # article names in those offices, and the host's frame is the same meeting.
    write(
        tmp_path,
        "a.txt",
        "2025-03-04",
        "Ecuadorian President Pedro Vera hosted the leaders of Chile and Peru in Quito on "
        "March 3, 2025.",
    )
    write(
        tmp_path,
        "b.txt",
        "2025-03-04",
        "Chilean President Maria Lopez and Peruvian President Luis Soto met in Quito on "
        "March 3, 2025.",
    )
    found = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet.startswith("event.")]
    assert not [f for f in found if f.category == "contradiction"]
    [people] = [f for f in found if f.facet == "event.participants"]
    assert {o.doc_id for o in people.observations} == {"a.txt", "b.txt"}
    claims = corpus_claims(crosscheck.load_corpus(tmp_path))
    [claim] = [c for c in claims if c.doc_id == "a.txt" and c.facet == "event.participants"]
    assert isinstance(claim.details, EventDetails)
    assert {(link.person, link.evidence.doc_id) for link in claim.details.resolved} == {
        ("person:~lopez-maria", "b.txt"),
        ("person:~luis-soto", "b.txt"),
    }


_MET = "Edwin Lindgren met Paula Marsh in Lisbon on March 4, 2024."

# Two articles about one event: the aligner keys people the registry lacks by surname, so every
# second article shares its people with the first.
_SURNAME_CASES = [
    # Both people with other given names written in full, and another day: two facts disagree,
    # two meetings.
    (_MET, "Vera Lindgren met Hugo Marsh in Lisbon on March 6, 2024.", False, False),
    # A short form of the same given name ("Ed" / "Edwin"), a day off: one meeting dated twice.
    (_MET, "Ed Lindgren met Paula Marsh in Lisbon on March 5, 2024.", True, True),
    # Surnames only: nothing says these are other people, so the day off is a contradiction.
    (_MET, "Lindgren met Marsh in Lisbon on March 5, 2024.", True, True),
    # One person the same by full name: the meeting is identified, its day told differently.
    (_MET, "Vera Lindgren met Paula Marsh in Lisbon on March 5, 2024.", True, True),
    # Other given names but the same day and city: one fact alone (outlets write a person's given
    # name in forms that share no letter: nicknames, transliterations) keeps one meeting.
    (_MET, "Vera Lindgren met Hugo Marsh in Lisbon on March 4, 2024.", True, False),
    # One person in common whose given names are no form of each other: a nickname, not another
    # person, so the day off is a contradiction.
    (
        "William Lindgren resigned as mayor of Tavira on March 4, 2024.",
        "Bill Lindgren resigned as mayor of Tavira on March 5, 2024.",
        True,
        True,
    ),
    # A familiar form the given-name file lists ("Peggy" for "Margaret"): one person, dated twice.
    (
        "Margaret Lindgren resigned as mayor of Tavira on March 4, 2024.",
        "Peggy Lindgren resigned as mayor of Tavira on March 6, 2024.",
        True,
        True,
    ),
    # Two given names the file lists and never together: another person of that surname, and
    # another day, so another resignation, not a date contradiction.
    (
        "Thomas Lindgren resigned as mayor of Tavira on March 4, 2024.",
        "Peter Lindgren resigned as mayor of Tavira on March 6, 2024.",
        False,
        False,
    ),
    # The same with one person the same by full name: Paula Marsh met two Lindgrens on two days.
    (_MET, "Thomas Lindgren met Paula Marsh in Lisbon on March 6, 2024.", False, False),
]


@pytest.mark.parametrize(("first", "second", "one_event", "contradicted"), _SURNAME_CASES)
def test_people_keyed_by_surname_with_other_given_names_count_as_a_disagreement(
    tmp_path: Path, first: str, second: str, one_event: bool, contradicted: bool
) -> None:
    write(tmp_path, "a.txt", "2024-03-07", first)
    write(tmp_path, "b.txt", "2024-03-07", second)
    findings = crosscheck.crosscheck(tmp_path).findings
    by_event: dict[str, set[str]] = {}
    for f in findings:
        if f.facet.startswith("event."):
            for o in f.observations:
                by_event.setdefault(f.subject, set()).add(o.doc_id)
    assert ({"a.txt", "b.txt"} in by_event.values()) == one_event
    found = {f.facet for f in findings if f.category == "contradiction"}
    assert found == ({"event.date"} if contradicted else set())


def test_an_article_writing_surnames_only_does_not_bridge_other_given_names(
    tmp_path: Path,
) -> None:
    # The article writing "Lindgren" and "Marsh" alone agrees with the first on its day; the third
    # writes other given names in full on another day: still another meeting.
    write(tmp_path, "a.txt", "2024-03-07", _MET)
    write(tmp_path, "b.txt", "2024-03-07", "Lindgren met Marsh in Lisbon on March 4, 2024.")
    write(
        tmp_path, "c.txt", "2024-03-07", "Vera Lindgren met Hugo Marsh in Lisbon on March 6, 2024."
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    by_event: dict[str, set[str]] = {}
    for f in findings:
        if f.facet.startswith("event."):
            for o in f.observations:
                by_event.setdefault(f.subject, set()).add(o.doc_id)
    assert {"a.txt", "b.txt"} in by_event.values()
    assert not [docs for docs in by_event.values() if "c.txt" in docs and len(docs) > 1]
    assert not [f for f in findings if f.category == "contradiction"]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a plan told in the past for a day after the page's: still to come
        ("Ivo Marsh was due to be released in June 2030.", "scheduled"),
        ("The ferry was due to sail on June 20.", "scheduled"),
        # for a day before it: the day has passed, whatever became of the plan
        ("The ferry was due to sail on May 20.", "past"),
        # told as done after the page's day: past (the dateline check's concern, not this one)
        ("The ferry sailed on June 20.", "past"),
    ],
)
def test_a_plan_told_in_the_past_for_a_later_day_is_scheduled(text: str, modality: str) -> None:
    analysis = Analysis(Document(id="t.txt", path="t.txt", text=text, published=MON))
    assert [c.modality.value for c in date_claims(analysis) if c.facet == "event.date"] == [
        modality
    ]


# sentence -> (class, participants, the date of the frame, the word it hangs on); "" for no date
NOTICES = [
    # telling someone of their own dismissal or suspension is the act itself: the day of the
    # telling is the event's, and the person told is the one it is done to
    (
        "The Harbour Owls notified coach Lena Varga of her dismissal on Friday.",
        ("dismissal", "person:~lena-varga", "2025-05-30", "notified"),
    ),
    (
        "Marlow United informed Pavel Dusek of his dismissal late on Tuesday.",
        ("dismissal", "person:~dusek-pavel", "2025-05-27", "informed"),
    ),
    (
        "Lena Varga was informed of her suspension by the league on Thursday.",
        ("suspension", "person:~lena-varga", "2025-05-29", "informed"),
    ),
    # someone else's act told to a third party: the telling comes after it, no date
    (
        "Marlow United informed the league of Pavel Dusek's dismissal on Tuesday.",
        ("dismissal", "person:~dusek-pavel", "", ""),
    ),
]


@pytest.mark.parametrize(("text", "frame"), NOTICES)
def test_telling_someone_of_their_dismissal_dates_it(
    text: str, frame: tuple[str, str, str, str]
) -> None:
    assert dated_frames(text) == [(frame[0], frame[1], "", frame[2], frame[3])]


@pytest.mark.parametrize(
    "text",
    [
        # a death is told after it happened: the telling never dates it
        "Police informed Ines Carro of the death of her son Tomas Carro on Friday.",
        "Tomas Carro died in Lisbon. Police notified Ines Carro of his death on Friday.",
    ],
)
def test_telling_someone_of_a_death_does_not_date_it(text: str) -> None:
    [(group, _, _, date, _)] = dated_frames(text)
    assert (group, date) == ("death", "")
