"""Event frames and their alignment across documents: type, participants, place, time."""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosscheck
from crosscheck.events.claims import EventDetails, event_claims, related
from crosscheck.events.normalize import (
    MAX_DATE_SLIP_DAYS,
    align_events,
    date_gap,
    enclosing,
    places_compatible,
)
from crosscheck.extract import Analysis, extract_claims
from crosscheck.model import Claim, Corpus, Document, FindingKind
from crosscheck.names.registry import registry_for
from crosscheck.time import TimeSpan

DATA = Path(crosscheck.__file__).parent / "data" / "events_en.toml"


def frames_of(text: str, published: dt.date | None = dt.date(2023, 8, 10)) -> list[dict[str, Any]]:
    doc = Document(id="t.txt", path="t.txt", text=text, published=published)
    out = []
    for c in event_claims(Analysis(doc)):
        if c.facet != "event.participants":
            continue
        d = c.details
        assert isinstance(d, EventDetails)
        out.append(
            {
                "group": d.group,
                "lemma": d.lemma,
                "participants": c.value,
                "place": d.place or "",
                "words": [text[t : t + len(w)] for t, w in _words(text, d.triggers)],
                "negated": d.negated,
                "planned": d.planned,
                "background": d.background,
                "occasion": d.occasion,
                "triggers": d.triggers,
            }
        )
    return out


def _words(text: str, offsets: tuple[int, ...]) -> list[tuple[int, str]]:
    out = []
    for t in offsets:
        word = text[t:].split()[0].rstrip(".,")
        out.append((t, word.removesuffix("'s")))
    return out


# sentence, class, participants, place, the words that name the event
FRAMES = [
    # verbal events
    (
        "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.",
        "meeting",
        "person:vladimir-putin+person:xi-jinping",
        "place:moscow",
        ["met"],
    ),
    (
        "Joe Biden will be meeting with President Yoon Suk Yeol and Japanese Prime Minister "
        "Fumio Kishida at Camp David on Aug. 18.",
        "meeting",
        "person:fumio-kishida+person:joe-biden+person:yoon-suk-yeol",
        "place:camp-david",
        ["meeting"],
    ),
    # a nominal event hanging off a predicate of its class is the same frame
    (
        "Joe Biden will host Fumio Kishida and Yoon Suk Yeol for a summit at Camp David on Aug. 18.",
        "meeting",
        "person:fumio-kishida+person:joe-biden+person:yoon-suk-yeol",
        "place:camp-david",
        ["host", "summit"],
    ),
    # the summit during the visit
    (
        "President Yoon Suk-yeol is set to visit Washington later this month for a summit with his "
        "US counterpart Joe Biden.",
        "meeting",
        "person:joe-biden+person:yoon-suk-yeol",
        "country:us",
        ["visit", "summit"],
    ),
    # host construction: the countries of "the leaders of A and B" stand in for their leaders
    (
        "Joe Biden hosted the leaders of Japan and South Korea at Camp David.",
        "meeting",
        "country:jp+country:kr+person:joe-biden",
        "place:camp-david",
        ["hosted"],
    ),
    # nominal events: possessive, "of" phrase, support verb, incident with a place
    (
        "Maria Lopez's visit to Beijing ended on Friday.",
        "visit",
        "person:~lopez-maria",
        "place:beijing",
        ["visit"],
    ),
    (
        "The arrest of Tom Miller surprised his neighbours.",
        "arrest",
        "person:~miller-tom",
        "",
        ["arrest"],
    ),
    (
        "Emmanuel Macron and Olaf Scholz held talks in Berlin.",
        "meeting",
        "person:~emmanuel-macron+person:~olaf-scholz",
        "place:berlin",
        ["held", "talks"],  # the support verb names the event too: a date on it dates the talks
    ),
    (
        "Tuesday's earthquake in Nepal killed 40 people.",
        "disaster",
        "",
        "country:np",
        ["earthquake"],
    ),
    # one participant
    ("Senator Ann Carter resigned on Monday.", "dismissal", "person:~ann-carter", "", ["resigned"]),
    (
        "On Thursday, Emmanuel Macron hosted a meeting in Paris.",
        "meeting",
        "person:~emmanuel-macron",
        "place:paris",
        ["hosted", "meeting"],
    ),
]


@pytest.mark.parametrize(("text", "group", "participants", "place", "words"), FRAMES)
def test_frames_from_predicates(
    text: str, group: str, participants: str, place: str, words: list[str]
) -> None:
    [frame] = [f for f in frames_of(text) if not f["background"]]
    assert (frame["group"], frame["participants"], frame["place"]) == (group, participants, place)
    assert [w for _, w in _words(text, frame["triggers"])] == words


def test_negation_and_modality_are_recorded() -> None:
    [frame] = frames_of("Olaf Scholz did not meet Emmanuel Macron in Paris.")
    assert frame["negated"] and not frame["planned"]
    [frame] = frames_of("Olaf Scholz will meet Emmanuel Macron in Paris.")
    assert frame["planned"] and not frame["negated"]


def _details(text: str) -> list[EventDetails]:
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2023, 8, 10))
    return [
        c.details
        for c in event_claims(Analysis(doc))
        if c.facet == "event.participants" and isinstance(c.details, EventDetails)
    ]


# sentence, participants, whether someone is left unnamed
UNNAMED = [
    # a lone common noun the later mention names: no one is left unnamed
    (
        "A nurse was arrested on Friday in Leeds. Police said Clara Voss was arrested at her "
        "home after a search.",
        "person:~clara-voss",
        True,
    ),
    # a pronoun is someone the first mention leaves unnamed, whatever follows
    (
        "Police arrested her on Friday in Leeds. Police said Clara Voss was arrested at her "
        "home after a search.",
        "person:~clara-voss",
        False,
    ),
]


@pytest.mark.parametrize(("text", "participants", "named"), UNNAMED)
def test_a_later_mention_names_the_described_doer(
    text: str, participants: str, named: bool
) -> None:
    [frame] = [(c.group, c.unnamed) for c in _details(text)]
    assert frame == ("arrest", not named)
    [value] = [f["participants"] for f in frames_of(text)]
    assert value == participants


def test_an_event_noun_whose_verb_is_to_come_is_planned() -> None:
    # "will resume": the date is the coming one, not the past trial's
    [frame] = _details("The trial of Tom Brandt will resume on Monday with evidence from a doctor.")
    assert frame.group == "trial" and frame.planned
    [frame] = _details("The trial of Tom Brandt resumed on Monday with evidence from a doctor.")
    assert frame.group == "trial" and not frame.planned


@pytest.mark.parametrize(
    "text",
    [
        "It was the deadliest since the 2007 Pisco earthquake.",  # "since": recalled
        "The previous meeting of Olaf Scholz and Emmanuel Macron was held in Berlin.",
        "In 2006, linebacker Tom Miller was shot by a police officer.",  # a bare year: recalled
    ],
)
def test_background_events_are_marked(text: str) -> None:
    groups = {"disaster", "attack", "meeting"}
    marked = [f for f in frames_of(text) if f["group"] in groups]
    assert marked and all(f["background"] for f in marked)


def test_an_event_after_an_event_of_another_kind_is_the_sentences_own() -> None:
    # The announcers took part in the talks; the talks are not an earlier event of the announcing.
    [talks] = [
        f
        for f in frames_of(
            "Prime Ministers Kadri Veskimagi and Henrik Aaltonen announced a deal after talks in "
            "Oslo on Tuesday."
        )
        if f["group"] == "meeting"
    ]
    assert not talks["background"]
    assert talks["participants"] == "person:~aaltonen-henrik+person:~kadri-veskimagi"


def test_a_name_before_an_event_noun_is_its_occasion() -> None:
    frames = frames_of("Olaf Scholz met Emmanuel Macron at the NATO summit in Vilnius.")
    assert [f["occasion"] for f in frames if f["lemma"] == "summit"] in ([], ["nato"])


def test_a_referring_mention_joins_the_frame_it_names() -> None:
    text = (
        "U.S. President Joe Biden would meet with South Korean President Yoon Suk-yeol in Washington. "
        "The anticipated talks in late April were described as concentrating on security."
    )
    [frame] = frames_of(text, published=None)
    assert len(frame["triggers"]) == 2  # "meet" and "talks"


@pytest.mark.parametrize(
    "text",
    [
        "The weather was fine and nobody met anyone.",
        "South Korean officials said the talks were useful.",  # one country adjective is no meeting
        "",
    ],
)
def test_no_frame_without_participants(text: str) -> None:
    assert frames_of(text) == []


def test_place_containment_and_compatibility() -> None:
    registry = registry_for()
    assert enclosing("place:camp-david", registry) == ["place:camp-david", "country:us"]
    assert places_compatible("place:camp-david", "country:us", registry) is True
    assert places_compatible("country:us", "place:camp-david", registry) is True
    assert places_compatible("country:us", "country:jp", registry) is False
    assert places_compatible(None, "country:jp", registry) is None


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        (
            TimeSpan("2023-08-18", dt.date(2023, 8, 18), dt.date(2023, 8, 18)),
            TimeSpan("2023-08-19", dt.date(2023, 8, 19), dt.date(2023, 8, 19)),
            1,
        ),
        (
            TimeSpan("XXXX-08-18"),
            TimeSpan("2023-08-18", dt.date(2023, 8, 18), dt.date(2023, 8, 18)),
            0,
        ),
        (TimeSpan("XXXX-04", modifier="END"), TimeSpan("XXXX-08-18"), 110),
        (
            TimeSpan("2023-04", dt.date(2023, 4, 12), dt.date(2023, 4, 30)),
            TimeSpan("2023-04-26", dt.date(2023, 4, 26), dt.date(2023, 4, 26)),
            0,
        ),
        (TimeSpan("PRESENT_REF"), TimeSpan("XXXX-08-18"), None),  # vague: tells nothing
    ],
)
def test_date_gap(a: TimeSpan, b: TimeSpan, gap: int | None) -> None:
    assert date_gap([a], [b]) == gap
    assert date_gap([b], [a]) == gap


def test_groups_relate_within_a_group_and_through_a_container() -> None:
    assert related("meeting", "meeting")
    assert related("visit", "press") and related("press", "visit")
    assert related("speech", "meeting")  # a speech at a summit
    assert not related("speech", "interview") and not related("arrest", "attack")


def write(folder: Path, name: str, published: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: {name}\nOutlet: {name}\nPublished: {published}\n\n{body}\n", "utf-8"
    )


def test_one_event_told_twice_agrees_and_a_day_off_contradicts(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2023-08-10",
        "Joe Biden will host Fumio Kishida and Yoon Suk Yeol for a summit at Camp David on Aug. 18.",
    )
    write(
        tmp_path,
        "b.txt",
        "2023-08-12",
        "Joe Biden will be meeting with President Yoon Suk Yeol and Prime Minister Fumio Kishida at Camp David on Aug. 18.",
    )
    dates = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.date"]
    assert [(f.kind, f.category) for f in dates] == [(FindingKind.AGREEMENT, "corroborated")]
    write(
        tmp_path,
        "c.txt",
        "2023-08-11",
        "Joe Biden hosts Fumio Kishida and Yoon Suk Yeol at Camp David on Aug. 19 for a summit.",
    )
    dates = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.date"]
    assert [(f.kind, f.category) for f in dates] == [(FindingKind.DISCREPANCY, "contradiction")]
    assert {o.doc_id for o in dates[0].observations} == {"a.txt", "b.txt", "c.txt"}


def test_same_people_months_apart_in_different_places_are_two_events(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2023-04-12",
        "Yoon Suk Yeol will visit Washington later this month for a summit with Joe Biden.",
    )
    write(
        tmp_path,
        "b.txt",
        "2023-08-10",
        "Joe Biden will host Fumio Kishida and Yoon Suk Yeol for a summit at Camp David on Aug. 18.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [
        f for f in findings if f.facet.startswith("event.") and f.kind == FindingKind.DISCREPANCY
    ]
    assert MAX_DATE_SLIP_DAYS < 100  # the gap here is about four months


def test_events_data_file_is_sorted_unique_and_consistent() -> None:
    data = tomllib.loads(DATA.read_text("utf-8"))
    for table in ("class", "container", "words"):
        assert list(data[table]) == sorted(data[table]), table
    classes = set(data["class"])
    seen: dict[tuple[str, str], str] = {}
    for name, entry in data["class"].items():
        parts = (
            "agents",
            "nouns",
            "phrases",
            "purposes",
            "role_states",
            "role_verbs",
            "states",
            "struck_by",
            "verbs",
        )
        assert entry.get("steps", []) == sorted(set(entry.get("steps", []))), name
        allowed = {
            "by_doer",
            "by_place",
            "includes",
            "incident",
            "kinds",
            "once",
            "prepositions",
            "repeated",
            "sides",
            "steps",
            "struck_by_products",
            *parts,
        }
        assert set(entry) <= allowed, name
        inner = entry.get("includes", [])
        assert inner == sorted(set(inner)) and set(inner) <= classes and name not in inner, name
        kinds = entry.get("kinds", {})
        kind_words = [w for ws in kinds.values() for w in ws]
        assert len(kind_words) == len(set(kind_words)), name  # a word names one kind
        assert all(ws == sorted(set(ws)) for ws in kinds.values()), name
        for part in parts:
            words = entry.get(part, [])
            assert words == sorted(set(words)), (name, part)
            for w in words:  # a word names one class: otherwise its frames would be ambiguous
                assert seen.setdefault((part, w), name) == name, (part, w)
    assert sum(bool(c.get("struck_by_products")) for c in data["class"].values()) <= 1
    for outer, inner in data["container"].items():
        assert outer in classes and set(inner) <= classes and inner == sorted(set(inner))
    for name, words in data["words"].items():
        assert words == sorted(set(words)), name


def test_hard_wrapped_lines_do_not_split_a_sentence() -> None:
    text = (
        "President Joe Biden will host Japanese Prime Minister Fumio Kishida and South Korean President\n"
        "Yoon Suk Yeol for a summit at Camp David on Aug. 19, the White House said.\n"
        "Short headline\n"
        "Joe Biden met Xi Jinping."
    )
    frames = frames_of(text)
    assert frames[0]["participants"] == "person:fumio-kishida+person:joe-biden+person:yoon-suk-yeol"
    assert frames[0]["place"] == "place:camp-david"
    assert frames[1]["participants"] == "person:joe-biden+person:xi-jinping"


@pytest.mark.parametrize(
    "second",
    [
        "The leaders will meet again at the G7 summit in June.",  # a named event: new
        "Both will meet again in June.",  # no referring word: new
    ],
)
def test_only_a_real_reference_back_joins_an_earlier_frame(second: str) -> None:
    text = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Friday. " + second
    # The later meeting is another event: it neither joins the first frame nor is the story's.
    [frame] = [f for f in frames_of(text, dt.date(2024, 3, 15)) if not f["background"]]
    assert len(frame["triggers"]) == 1


def test_incidents_align_by_kind_and_place_without_participants(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-03-12",
        "An explosion hit a market in Osaka on Monday, killing two, police chief Ann Lee said.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-03-12",
        "A powerful explosion tore through a market in Osaka on Sunday, officials said.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    dates = [f for f in findings if f.facet == "event.date"]
    assert [(f.kind, f.category) for f in dates] == [(FindingKind.DISCREPANCY, "contradiction")]
    assert dates[0].subject_label == "explosion in Osaka"
    participants = [f for f in findings if f.facet == "event.participants"]
    assert participants == []  # the police chief quoted is no participant of an explosion


def test_incidents_a_day_apart_in_one_country_are_two_incidents(tmp_path: Path) -> None:
    # A country alone does not identify an explosion: on different days these are two.
    write(tmp_path, "a.txt", "2024-03-12", "An explosion hit a market in Japan on Monday.")
    write(tmp_path, "b.txt", "2024-03-12", "A powerful explosion tore through Japan on Sunday.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [f for f in findings if f.facet.startswith("event.") and len(f.observations) > 1]


def test_the_same_people_on_the_same_day_in_two_countries_contradict_on_place(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-03-12",
        "President Joe Biden met President Xi Jinping in Japan on Monday.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-03-12",
        "President Joe Biden met President Xi Jinping in South Korea on Monday.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    places = [f for f in findings if f.facet == "event.place"]
    assert [(f.kind, f.category) for f in places] == [(FindingKind.DISCREPANCY, "contradiction")]
    assert not [
        f for f in findings if f.facet == "event.date" and f.kind == FindingKind.DISCREPANCY
    ]


def test_an_event_after_after_or_before_is_another_event() -> None:
    text = (
        "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Sunday after three months "
        "of talks that nearly failed in December."
    )
    frames = frames_of(text, published=dt.date(2024, 3, 15))
    [meeting] = [f for f in frames if not f["background"]]
    # "met" and "talks" are two events: the talks came before the meeting.
    assert (meeting["lemma"], len(meeting["triggers"])) == ("meet", 1)


def test_a_time_of_day_alone_does_not_make_two_incidents_one(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-11-12",
        "The earthquake struck Japan at 3:14 a.m. on Sunday. It was the deadliest in Japan since "
        "the 1995 Kobe earthquake, which struck Japan in January.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [
        f for f in findings if f.facet == "event.date" and f.kind == FindingKind.DISCREPANCY
    ]


def test_an_undated_mention_does_not_bridge_two_incidents_years_apart(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "2024-03-12", "An explosion hit a market in Japan on Monday.")
    write(tmp_path, "b.txt", "2024-03-12", "An explosion in Japan killed ten people, police said.")
    write(tmp_path, "c.txt", "2024-03-12", "An explosion in Japan in 1995 killed twenty people.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [
        f for f in findings if f.facet == "event.date" and f.kind == FindingKind.DISCREPANCY
    ]


def write_undated(folder: Path, name: str, body: str) -> None:
    """Write an ECB+-like article: no publication date, so a weekday stays a weekday."""
    (folder / name).write_text(f"Title: {name}\n\n{body}\n", "utf-8")


def event_docs(findings: list[Any]) -> list[set[str]]:
    """The documents of each event finding that lines articles up (notes link nothing)."""
    return [
        {o.doc_id for o in f.observations}
        for f in findings
        if f.facet.startswith("event.") and f.kind != FindingKind.NOTE
    ]


def two_outlets(
    folder: Path, first: str, second: str, published: str = "2024-03-09"
) -> tuple[bool, list[str]]:
    """Two outlets' articles of one day: whether their events are lined up, and the facets of
    the contradictions found between them."""
    write(folder, "a.txt", published, first)
    write(folder, "b.txt", published, second)
    findings = crosscheck.crosscheck(folder).findings
    lined_up = {"a.txt", "b.txt"} in event_docs(findings)
    return lined_up, [f.facet for f in findings if f.category == "contradiction"]


def test_two_quakes_in_one_country_a_year_apart_stay_apart(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2023-02-10",
        "A strong earthquake struck Kathmandu on Feb. 6, 2023, killing dozens.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-02-10",
        "A strong earthquake struck Kathmandu on Feb. 7, 2024, officials said.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [docs for docs in event_docs(findings) if docs == {"a.txt", "b.txt"}]
    assert not [f for f in findings if f.category == "contradiction"]


def test_an_earlier_meeting_of_the_same_leaders_elsewhere_is_another_event(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-01-11",
        "Olaf Scholz and Emmanuel Macron met in Berlin on January 10, 2024.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-03-15",
        "Olaf Scholz met Emmanuel Macron in Paris on March 14, 2024.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [docs for docs in event_docs(findings) if docs == {"a.txt", "b.txt"}]
    assert not [f for f in findings if f.category == "contradiction"]


def test_a_one_participant_frame_joins_its_event(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "2024-03-15", "Olaf Scholz met Emmanuel Macron in Paris on Thursday.")
    write(tmp_path, "b.txt", "2024-03-15", "Emmanuel Macron met Olaf Scholz in Paris on Thursday.")
    write(
        tmp_path, "c.txt", "2024-03-15", "On Thursday, Emmanuel Macron hosted a meeting in Paris."
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    [participants] = [f for f in findings if f.facet == "event.participants"]
    assert {o.doc_id for o in participants.observations} == {"a.txt", "b.txt", "c.txt"}


_STORIES = {
    "a.txt": ("2024-03-15", "Olaf Scholz met Emmanuel Macron in Paris on Thursday."),
    "b.txt": ("2024-03-15", "Emmanuel Macron met Olaf Scholz in Paris on Thursday."),
    "c.txt": ("2024-03-15", "On Thursday, Emmanuel Macron hosted a meeting in Paris."),
    "d.txt": ("2024-01-11", "Olaf Scholz and Emmanuel Macron met in Berlin on January 10, 2024."),
    "e.txt": ("2024-03-12", "An explosion hit a market in Osaka on Monday."),
    "f.txt": ("2024-03-12", "A powerful explosion tore through a market in Osaka on Monday."),
}


@functools.cache
def _story_claims() -> tuple[tuple[Claim, ...], tuple[Document, ...]]:
    docs = tuple(
        Document(id=k, path=k, text=text, published=dt.date.fromisoformat(day))
        for k, (day, text) in sorted(_STORIES.items())
    )
    return tuple(c for d in docs for c in extract_claims(d)), docs


@given(st.data())
def test_permuting_the_documents_never_changes_the_events(data: st.DataObject) -> None:
    claims, docs = _story_claims()
    order = data.draw(st.permutations(docs))
    shuffled = data.draw(st.permutations(claims))
    baseline = align_events(list(claims), Corpus(documents=docs))
    permuted = align_events(list(shuffled), Corpus(documents=tuple(order)))

    def subjects(cs: list[Claim]) -> set[tuple[str, int, str, str]]:
        return {(c.doc_id, c.evidence[0].start, str(c.facet), c.subject) for c in cs if c.evidence}

    assert subjects(permuted) == subjects(baseline)


def test_nested_places_are_compatible_and_unknown_ones_say_nothing(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "2024-03-12", "Joe Biden met Xi Jinping at Camp David on Monday.")
    write(
        tmp_path, "b.txt", "2024-03-12", "Joe Biden met Xi Jinping in the United States on Monday."
    )
    [place] = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.place"]
    assert (place.kind, place.category) == (FindingKind.AGREEMENT, "compatible")
    # A town the registry lacks relates to nothing known: neither agreement nor contradiction.
    write(
        tmp_path, "b.txt", "2024-03-12", "Joe Biden met Xi Jinping in Nordvale Springs on Monday."
    )
    places = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == "event.place"]
    assert [f for f in places if f.kind != FindingKind.NOTE] == []


def _date_findings(folder: Path) -> list[tuple[str, list[str]]]:
    return [
        (f.category, sorted(f"{o.doc_id}:{o.written}" for o in f.observations))
        for f in crosscheck.crosscheck(folder).findings
        if f.facet == "event.date" and f.kind != FindingKind.NOTE
    ]


def test_a_month_does_not_keep_an_events_weekdays_out(tmp_path: Path) -> None:
    # "in January" fixes no day: the weekdays the undated outlets agree on still date the event,
    # and an outlet giving another weekday contradicts them.
    write_undated(tmp_path, "a.txt", "Nadia Ferrow met Tomas Alvik in Oslo on Friday.")
    write_undated(tmp_path, "b.txt", "Tomas Alvik met Nadia Ferrow in Oslo on Friday.")
    write_undated(tmp_path, "c.txt", "Nadia Ferrow met Tomas Alvik in Oslo in January.")
    assert _date_findings(tmp_path) == [
        ("corroborated", ["a.txt:Friday", "b.txt:Friday", "c.txt:January"])
    ]
    write_undated(tmp_path, "d.txt", "Nadia Ferrow and Tomas Alvik met in Oslo on Tuesday.")
    assert [cat for cat, _ in _date_findings(tmp_path)] == ["contradiction"]


def test_one_persons_arrest_told_days_apart_is_one_arrest_dated_differently(
    tmp_path: Path,
) -> None:
    # An arrest is something a person goes through once in a story: the one person arrested on
    # Sunday in two outlets and on Thursday in a third is one arrest whose day they disagree on.
    write(
        tmp_path, "a.txt", "2024-03-12", "Tomas Berg was arrested on suspicion of fraud on Sunday."
    )
    write(tmp_path, "b.txt", "2024-03-12", "Police arrested Tomas Berg on Sunday, officers said.")
    write(
        tmp_path,
        "c.txt",
        "2024-03-12",
        "Tomas Berg was arrested on Thursday on suspicion of fraud.",
    )
    assert [cat for cat, _ in _date_findings(tmp_path)] == ["contradiction"]


def test_one_persons_announcements_days_apart_stay_two(tmp_path: Path) -> None:
    # A person announces many things: another day is another announcement, not a contradiction.
    write(tmp_path, "a.txt", "2024-03-12", "Tomas Berg announced a new policy on Sunday.")
    write(tmp_path, "b.txt", "2024-03-12", "Tomas Berg announced the plan on Sunday, aides said.")
    write(tmp_path, "c.txt", "2024-03-12", "Tomas Berg announced on Thursday that he would retire.")
    assert "contradiction" not in [cat for cat, _ in _date_findings(tmp_path)]


def test_a_firing_dated_by_its_day_of_writing_is_not_set_against_a_weekday(
    tmp_path: Path,
) -> None:
    # "Today" is the outlet's own day of writing: a report filed a day or two later names the same
    # day by its weekday, so the one firing of Lena Ostrova is not told on two days.
    write(tmp_path, "a.txt", "2024-03-12", "The club fired coach Lena Ostrova today after a loss.")
    write(tmp_path, "b.txt", "2024-03-12", "Lena Ostrova was fired today, the club said.")
    write(tmp_path, "c.txt", "2024-03-14", "The club fired Lena Ostrova on Monday after a loss.")
    assert "contradiction" not in [cat for cat, _ in _date_findings(tmp_path)]
