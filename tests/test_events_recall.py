"""Event frames of more sentence kinds, and alignment that holds across outlets' spellings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import crosscheck
from crosscheck.events.claims import EventDetails, surname
from crosscheck.extract import Analysis, extract_claims
from crosscheck.model import Document
from crosscheck.time.claims import DateDetails, date_claims
from tests.test_events import event_docs, frames_of, write

# sentence, class, participants, place, the words that name the event (a date on any dates it)
FRAMES = [
    # a verb that gives someone an office ("role_verbs"): an appointment only with the office
    (
        "Governor Lena Ortiz asked Marcus Hale to serve as state fire marshal.",
        "appointment",
        "person:~hale-marcus+person:~lena-ortiz",
        "",
        ["asked"],
    ),
    (
        "Dr. Ana Ruiz has been approached by the city administration to fill the post of fire chief.",
        "appointment",
        "person:~ana-ruiz",
        "",
        ["approached"],
    ),
    (
        "Dara Quinn was introduced as the new head coach of the Rivertown Hawks on Tuesday.",
        "appointment",
        "person:~dara-quinn",
        "",
        ["introduced"],
    ),
    # a verb and its object that name an event together ("phrases")
    (
        "A gunman opened fire at a bakery in Tromso on Friday, wounding two people.",
        "attack",
        "",
        "place:~tromso",
        ["opened", "fire"],
    ),
    # a state said of someone ("states")
    (
        "Police said Nora Lind is presumed dead after the avalanche.",
        "death",
        "person:~lind-nora",
        "",
        ["presumed", "dead"],
    ),
    (
        "Police said Nora Lind was found dead in Bergen on Sunday.",
        "death",
        "person:~lind-nora",
        "place:~bergen",
        ["dead"],  # the verb of finding is no word of the death ("discovery_verbs")
    ),
]


@pytest.mark.parametrize(("text", "group", "participants", "place", "words"), FRAMES)
def test_frames_of_more_sentence_kinds(
    text: str, group: str, participants: str, place: str, words: list[str]
) -> None:
    [frame] = [f for f in frames_of(text, published=None) if not f["background"]]
    assert (frame["group"], frame["participants"], frame["place"]) == (group, participants, place)
    assert frame["words"] == words


@pytest.mark.parametrize(
    "text",
    [
        "A man named Tomas Birk lives in Ghent.",  # a name given, not an office
        "Paul Adler asked a question about the budget.",  # asking without an office
        "The dead were buried in Lund.",  # "dead" as a noun: no one said to be dead
    ],
)
def test_role_verbs_and_states_open_no_frame_without_their_structure(text: str) -> None:
    assert [
        f for f in frames_of(text, published=None) if f["group"] in ("appointment", "death")
    ] == []


def test_an_event_dated_years_before_the_latest_year_of_its_article_is_background() -> None:
    # No publication date: the article's latest year ("the 2009-10 season") is its news year.
    text = (
        "Ines Falk was appointed director on March 2, 2004. "
        "The gallery plans three shows in the 2009-10 season."
    )
    [frame] = [f for f in frames_of(text, published=None) if f["group"] == "appointment"]
    assert frame["background"]
    [current] = [
        f
        for f in frames_of("Ines Falk was appointed director on March 2, 2009.", published=None)
        if f["group"] == "appointment"
    ]
    assert not current["background"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Helena Varga", "varga"),
        ("Dr. Helena M. Varga", "varga"),
        ("Varga's", "varga"),
        ("", ""),
    ],
)
def test_surname_is_the_last_name_part(name: str, expected: str) -> None:
    assert surname(name) == expected


def test_outlets_spelling_a_name_differently_align_by_surname(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-05-07",
        "The museum board appointed Dr. Helena M. Varga director on Monday.",
    )
    write(tmp_path, "b.txt", "2024-05-07", "Helena Varga was appointed director on Monday.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert {"a.txt", "b.txt"} in event_docs(findings)
    assert not [f for f in findings if f.category == "contradiction"]


def test_two_appointments_by_one_person_stay_apart(tmp_path: Path) -> None:
    # The same appointer, two different people named: two appointments, not one contradicted.
    write(
        tmp_path,
        "a.txt",
        "2024-05-07",
        "Mayor Ana Bell appointed Tom Reyes police chief on Monday.",
    )
    write(
        tmp_path,
        "b.txt",
        "2024-05-07",
        "Mayor Ana Bell appointed Tom Reyes as police chief on Monday.",
    )
    write(tmp_path, "c.txt", "2024-09-20", "Mayor Ana Bell nominated her for the post.")
    write(
        tmp_path,
        "d.txt",
        "2024-09-20",
        "Mayor Ana Bell appointed Rita Gomez fire chief on Thursday.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    groups = event_docs(findings)
    assert {"a.txt", "b.txt"} in groups
    # "nominated her": someone the text does not name, so not Tom Reyes's appointment
    assert not [g for g in groups if "c.txt" in g and g & {"a.txt", "b.txt"}]
    assert not [g for g in groups if "d.txt" in g and g & {"a.txt", "b.txt"}]
    assert not [f for f in findings if f.category == "contradiction"]


def test_a_frame_without_people_joins_its_event_by_a_town(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-02-03",
        "Nora Lind was shot dead at a cafe in Tromso on Friday.",
    )
    write(tmp_path, "b.txt", "2024-02-03", "Nora Lind was shot in Tromso on Friday.")
    write(tmp_path, "c.txt", "2024-02-03", "A gunman opened fire at a cafe in Tromso.")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert any({"a.txt", "b.txt", "c.txt"} <= g for g in event_docs(findings))
    assert not [f for f in findings if f.category == "contradiction"]


@pytest.mark.parametrize(
    ("text", "date_word", "dates_it"),
    [
        ("A gunman opened fire at a bakery in Tromso on Friday.", "opened", True),
        ("Ann Roe held talks with Bo Lind in Oslo on Friday.", "held", True),
        # "was found dead on Sunday": when she was found, which may be after the death (a verb of
        # ``discovery_verbs``); the death's frame takes no date from it.
        ("Police said Nora Lind was found dead in Bergen on Sunday.", "found", False),
    ],
)
def test_a_date_on_the_verb_carrying_the_event_dates_it(
    text: str, date_word: str, dates_it: bool
) -> None:
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 2, 5))
    claims = extract_claims(doc)
    [frame] = [c for c in claims if c.facet == "event.participants"]
    assert isinstance(frame.details, EventDetails)
    [date] = [c for c in claims if c.facet == "event.date"]
    assert isinstance(date.details, DateDetails)
    if dates_it:
        assert date.details.trigger_start == text.index(date_word)
    assert (date.details.trigger_start in frame.details.triggers) is dates_it


def test_frames_read_without_a_publication_date_still_open() -> None:
    # The date-free path (ECB+-like input) reads the same frames.
    text = "Dara Quinn was introduced as the new head coach on Tuesday."
    assert frames_of(text, published=None)[0]["group"] == "appointment"
    assert frames_of(text, published=dt.date(2024, 5, 7))[0]["group"] == "appointment"


def test_an_unanchored_weekday_is_filed_when_its_day_fits_and_contradicts_when_not(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        "a.txt",
        "2024-03-15",
        "Olaf Scholz met Emmanuel Macron in Paris on March 14, 2024.",
    )
    # No publication date: the weekdays fix no day, but Thursday is what March 14, 2024 was.
    (tmp_path / "b.txt").write_text(
        "Title: b\n\nEmmanuel Macron met Olaf Scholz in Paris on Thursday.\n", "utf-8"
    )
    # The same two people in the same place: the same meeting, whose day c.txt gives otherwise.
    (tmp_path / "c.txt").write_text(
        "Title: c\n\nOlaf Scholz met Emmanuel Macron in Paris on Friday.\n", "utf-8"
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    dates = [f for f in findings if f.facet == "event.date" and f.kind != "note"]
    assert [(f.category, sorted(o.doc_id for o in f.observations)) for f in dates] == [
        ("contradiction", ["a.txt", "b.txt", "c.txt"])
    ]
    [odd] = [o for o in dates[0].observations if o.doc_id == "c.txt"]
    assert odd.written == "Friday"


# Undated articles (as ECB+'s are): which day each gives the one event; whether a contradiction.
UNDATED_DAYS = [
    # one outlet against two: its day is the event's day as it tells it, and disagrees
    ({"a": "Thursday", "b": "Thursday", "c": "Friday"}, True),
    # one against one, two against two: nothing says which day is the event's
    ({"a": "Thursday", "b": "Friday"}, False),
    ({"a": "Thursday", "b": "Thursday", "c": "Friday", "d": "Friday"}, False),
    # all agree
    ({"a": "Thursday", "b": "Thursday", "c": "Thursday"}, False),
]


@pytest.mark.parametrize(("days", "contradicts"), UNDATED_DAYS)
def test_a_lone_dissenting_weekday_of_undated_articles_contradicts(
    tmp_path: Path, days: dict[str, str], contradicts: bool
) -> None:
    for name, day in days.items():
        body = f"Customs officers arrested smuggler Pavel Orlik at the port of Varna on {day}."
        (tmp_path / f"{name}.txt").write_text(f"Title: {name}\n\n{body}\n", "utf-8")
    findings = crosscheck.crosscheck(tmp_path).findings
    found = [f for f in findings if f.facet == "event.date" and f.category == "contradiction"]
    assert bool(found) is contradicts
    if contradicts:
        assert {o.doc_id for o in found[0].observations} == {f"{n}.txt" for n in days}


def test_frames_that_say_the_same_thing_but_were_not_joined_keep_apart(tmp_path: Path) -> None:
    # Undated articles: one company's two announcements, days apart, each frame naming only the
    # company. The frames are not joined (one shared organisation identifies no event), so they
    # must not meet again under one subject because their content is the same.
    bodies = {
        "a.txt": "Northwind Systems announced the largest acquisition in its history Monday, "
        "paying about $2.1 billion to acquire software maker Brightline.",
        "b.txt": "Northwind Systems announced Wednesday it is buying network vendor Cobalt.",
        "c.txt": "Northwind Systems on Wednesday announced a deal to acquire startup Cobalt.",
    }
    for name, body in bodies.items():
        (tmp_path / name).write_text(f"Title: {name}\n\n{body}\n", "utf-8")
    findings = crosscheck.crosscheck(tmp_path).findings
    assert not [docs for docs in event_docs(findings) if {"a.txt", "b.txt"} <= docs]
    assert not [f for f in findings if f.category == "contradiction"]


# A reporting verb that an event class lists dates that event unless it reports a clause.
# (sentence, the date as written, facet)
EVENT_OR_SAYING = [
    ("Kari Holm was charged with arson on Saturday, police said.", "Saturday", "event.date"),
    ("Prosecutors charged Kari Holm with arson on Tuesday.", "Tuesday", "event.date"),
    ("Critics charged on Friday that the count was rigged.", "Friday", "statement.date"),
    ("The ministry announced on Monday that it would close the port.", "Monday", "statement.date"),
    (
        "The harbour master told reporters on Monday that the port was shut.",
        "Monday",
        "statement.date",
    ),
]


@pytest.mark.parametrize(("text", "written", "facet"), EVENT_OR_SAYING)
def test_an_event_verb_that_reports_nothing_dates_its_event(
    text: str, written: str, facet: str
) -> None:
    doc = Document(id="t.txt", path="t.txt", text=text, published=dt.date(2024, 6, 5))
    [claim] = [c for c in date_claims(Analysis(doc)) if c.written == written]
    assert claim.facet == facet


# The first verb of a coordination that names no event lends its date to the event verbs after it.
# (sentence, class, the words that name the event)
COORDINATED = [
    (
        "A gunman walked into a bakery in Tromso on Friday and shot Nora Lind.",
        "attack",
        ["walked", "shot"],
    ),
    (
        "Two men broke into the gallery on Sunday night and stole a painting by Ivo Brandt.",
        "robbery",
        ["broke", "stole"],
    ),
    # the lead verb names an event of its own: its date stays with it
    (
        "Police arrested Kari Holm in Bergen on Monday and charged her with arson.",
        "arrest",
        ["arrested"],
    ),
]


@pytest.mark.parametrize(("text", "group", "words"), COORDINATED)
def test_a_coordinated_event_verb_takes_the_lead_verbs_date(
    text: str, group: str, words: list[str]
) -> None:
    [frame] = [f for f in frames_of(text) if f["group"] == group]
    assert sorted(frame["words"]) == sorted(words)


def test_a_charge_dated_on_its_verb_lines_up_across_outlets(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "2024-06-05", "Kari Holm was charged with arson in Bergen on Tuesday.")
    write(
        tmp_path,
        "b.txt",
        "2024-06-05",
        "Prosecutors in Bergen charged Kari Holm with arson on Tuesday.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    dates = [f for f in findings if f.facet == "event.date" and f.kind != "note"]
    assert [(f.category, sorted(o.doc_id for o in f.observations)) for f in dates] == [
        ("corroborated", ["a.txt", "b.txt"])
    ]


def test_an_earlier_event_several_outlets_recall_lines_up_by_person_and_year(
    tmp_path: Path,
) -> None:
    # Each article's story is the coming show; each also recalls an earlier one. Two recall the
    # same one (the same host, the same year): one event, its year corroborated. The third
    # recalls another year: another earlier event, left apart (not a contradiction).
    bodies = {
        "a.txt": "Talk show host Mara Quill will host the Lumen Awards next year. "
        "Quill hosted the show in 2007.",
        "b.txt": "Mara Quill is to host the Lumen Awards again. "
        "Quill first hosted the show in 2007, to good reviews.",
        "c.txt": "Mara Quill returns as host of the Lumen Awards. "
        "Quill also hosted the ceremony in 2009.",
    }
    for name, body in bodies.items():
        (tmp_path / name).write_text(f"Title: {name}\n\n{body}\n", "utf-8")
    findings = crosscheck.crosscheck(tmp_path).findings
    dates = [f for f in findings if f.facet == "event.date" and f.kind != "note"]
    assert [(f.category, sorted((o.doc_id, o.value) for o in f.observations)) for f in dates] == [
        ("corroborated", [("a.txt", "2007"), ("b.txt", "2007")])
    ]
    assert not [f for f in findings if f.category == "contradiction"]
