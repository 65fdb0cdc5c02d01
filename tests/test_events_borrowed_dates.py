"""Dates an event takes from a word of its sentence that tells the same occasion: fresh sentences.

A date dates the predicate it modifies in the parse; when that predicate names no event but tells
the event's moment (a "while" clause, a non-finite adjunct, the verb an event noun completes), the
event takes the date, but only when no word naming the event carries one of its own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import crosscheck
from crosscheck.events.claims import EventDetails, event_claims
from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.pipeline import corpus_claims
from tests.test_dates_claims import dated

PUBLISHED = dt.date(2023, 4, 12)  # a Wednesday


def _frames(text: str) -> list[EventDetails]:
    doc = Document(id="t.txt", path="t.txt", text=text, published=PUBLISHED)
    return [
        c.details
        for c in event_claims(Analysis(doc))
        if c.facet == "event.participants" and isinstance(c.details, EventDetails)
    ]


def _word(text: str, offset: int) -> str:
    return text[offset:].split()[0].rstrip(".,")


# (sentence, the frame's class, the words it borrows a date from, the date those words carry)
BORROWED = [
    # a "while" clause and a non-finite adjunct of the frame's verb
    (
        "Hugo Marchetti died while hiking near the Lorn Pass on Saturday, rangers said.",
        "death",
        ["hiking"],
        "2023-04-08",
    ),
    (
        "Anneke Vos died on the ridge, climbing alone on Sunday without a rope.",
        "death",
        ["climbing"],
        "2023-04-09",
    ),
    # a gerund in the frame verb's prepositional phrase, however deep the phrase
    (
        "Tarik Osei was arrested on suspicion of driving drunk early Monday.",
        "arrest",
        ["driving"],
        "2023-04-10",
    ),
    # the verb whose "when" clause the event is
    (
        "Rosa Lindqvist was cycling home on Friday when she was killed in Leeds.",
        "death",
        ["cycling"],
        "2023-04-07",
    ),
    # the verb a death ends by "to": how the death came, at the same moment
    (
        "Jorun Halvik plunged to his death on Thursday from the Brenna Ridge.",
        "death",
        ["plunged"],
        "2023-04-06",
    ),
    (
        "Mika Tolvanen fell to her death from a cliff near Vestby on Sunday, police said.",
        "death",
        ["fell"],
        "2023-04-09",
    ),
    # a stage of the same occurrence told of the same person in another sentence, with its adjunct
    (
        "Jamal Ortiz was arrested on suspicion of drunken driving. Ortiz was pulled over for "
        "speeding early Sunday on a highway outside Fresno, police said.",
        "arrest",
        ["pulled", "speeding"],
        "2023-04-09",
    ),
    (
        "Rhian Caddell died on Mount Tarrant. Caddell fell about 300 metres while climbing to a "
        "hut on Saturday.",
        "death",
        ["fell", "climbing"],
        "2023-04-08",
    ),
    # the doer's arrival where the act then happens, in a relative clause on its agent or subject
    (
        "Lea Kask was stabbed by Ivo Rask, who stormed into the Marlin Hotel late Monday.",
        "attack",
        ["stormed"],
        "2023-04-10",
    ),
    (
        "Mara Lind, who burst into the Alder Bank in Tartu on Friday, robbed two clerks.",
        "robbery",
        ["burst"],
        "2023-04-07",
    ),
    # the event of one sitting an infinitive of purpose is held at (``purpose_classes``)
    (
        "Mayor Ines Carro held a news conference on Tuesday to announce the harbour deal.",
        "announcement",
        ["held", "conference"],
        "2023-04-11",
    ),
]


@pytest.mark.parametrize(("text", "group", "words", "date"), BORROWED)
def test_a_frame_borrows_the_words_of_its_occasion(
    text: str, group: str, words: list[str], date: str
) -> None:
    [frame] = [f for f in _frames(text) if f.group == group]
    assert [_word(text, i) for i in frame.borrowed] == words
    assert [c.value for c in dated(text) if c.details.trigger_start in frame.borrowed] == [date]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # "after" tells another moment: the charge is not dated by the shooting's day
        ("Ivo Rask was charged with murder after opening fire at a bakery on Monday.", "trial"),
        # a new finite verb in an adjunct is another clause
        ("Lena Moor was arrested at the flat where she lived on Monday.", "arrest"),
        # a word naming an event of its own keeps its date for that event
        ("Omar Sidibe was arrested while attacking a guard on Monday.", "arrest"),
        # a verb taking an event as its topic tells another occasion (telling someone of their
        # own dismissal is the dismissal: its own word, test_events_dated_frames.py)
        ("Marlow United notified the league of Pavel Dusek's dismissal on Monday.", "dismissal"),
        ("Kestrel Bank completed the takeover of Alder Trust on Monday.", "sale"),
        # "to" before an event of another class: walking to a meeting is not the meeting
        ("Ansel Brody walked to the meeting with Ines Carro on Monday.", "meeting"),
        # the arrival of someone else than the act's doer, or one without a destination
        ("Ivo Rask, who walked on Monday, stabbed Lea Kask in Tartu.", "attack"),
        ("Ivo Rask stabbed Lea Kask, who walked into the bar on Monday.", "attack"),
        # a stage told of someone else, or denied, is no stage of this arrest
        ("Nell Varga was arrested in Cork. Officers stopped Tom Brisk on Sunday.", "arrest"),
        ("Nell Varga was arrested in Cork. Varga was not stopped on Sunday.", "arrest"),
        # a visit lasts days: what it is made for may come on another one of them; and a verb of
        # no event held is no occasion
        ("Ines Carro visited Tartu on Monday to sign the water treaty.", "signing"),
        ("Ines Carro flew to Tartu on Monday to sign the water treaty.", "signing"),
    ],
)
def test_no_date_is_borrowed_across_another_moment(text: str, group: str) -> None:
    for frame in _frames(text):
        if frame.group == group:
            assert frame.borrowed == ()


def _write(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(f"Title: {name}\nPublished: 2023-04-12\n\n{body}\n", "utf-8")


def _date_contradictions(folder: Path) -> list[set[str]]:
    report = crosscheck.crosscheck(crosscheck.load_corpus(str(folder)))
    return [
        {o.written for o in f.observations}
        for f in report.findings
        if f.category == "contradiction" and f.facet == "event.date"
    ]


def test_a_borrowed_date_meets_the_other_outlets_date(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "ridge_post.txt",
        "Hugo Marchetti died near the Lorn Pass while hiking on Thursday, rangers said.",
    )
    _write(
        tmp_path,
        "valley_news.txt",
        "Hugo Marchetti died near the Lorn Pass on Saturday. Rangers found him late that evening.",
    )
    assert _date_contradictions(tmp_path) == [{"Thursday", "Saturday"}]


def test_an_own_date_wins_over_a_borrowed_one(tmp_path: Path) -> None:
    # The death is dated by its own word; the day of the climb is lent only to an undated event.
    _write(
        tmp_path,
        "ridge_post.txt",
        "Hugo Marchetti died on Saturday after a fall while climbing on Thursday.",
    )
    _write(tmp_path, "valley_news.txt", "Hugo Marchetti died on Saturday near the Lorn Pass.")
    assert _date_contradictions(tmp_path) == []


def test_the_day_of_an_announcement_that_reports_a_clause_dates_the_announcement(
    tmp_path: Path,
) -> None:
    # "announced ... that": the date is the saying's, and the saying is the announcement event.
    _write(
        tmp_path,
        "guild_news.txt",
        "The Lakeside Film Guild announced on Friday that Tara Quell will host its gala in March.",
    )
    claims = corpus_claims(crosscheck.load_corpus(str(tmp_path)))
    [frame] = [
        c for c in claims if c.facet == "event.participants" and c.details.group == "announcement"
    ]
    assert [
        (c.facet, c.written)
        for c in claims
        if c.subject == frame.subject and c.facet.endswith(".date")
    ] == [("event.date", "Friday")]
    # a saying of no event word stays a statement's date
    _write(tmp_path, "guild_news.txt", "Tara Quell will host the gala, the guild said on Friday.")
    claims = corpus_claims(crosscheck.load_corpus(str(tmp_path)))
    assert [c.facet for c in claims if c.written == "Friday"] == ["statement.date"]


def test_the_day_of_a_stage_meets_the_other_outlets_date(tmp_path: Path) -> None:
    # Undated pages, as ECB+ gives them: a weekday stays a weekday, and another weekday for one
    # arrest of one person is a contradiction.
    for name, body in (
        (
            "coast_daily.txt",
            "Jamal Ortiz was arrested on suspicion of drunken driving. Ortiz was pulled over for "
            "speeding early Sunday on a highway outside Fresno, police said.",
        ),
        (
            "valley_news.txt",
            "Jamal Ortiz was arrested early Tuesday on suspicion of drunk driving.",
        ),
        ("bay_wire.txt", "Jamal Ortiz was arrested on Tuesday on suspicion of drunk driving."),
    ):
        (tmp_path / name).write_text(f"Title: {name}\n\n{body}\n", "utf-8")
    assert _date_contradictions(tmp_path) == [{"Sunday", "Tuesday"}]


def test_the_day_of_a_press_conference_dates_the_announcement_made_at_it(tmp_path: Path) -> None:
    # The announcement's date is lent by the press conference, an event of its own told by one
    # article: the date is filed with the announcement the other outlets tell too.
    _write(tmp_path, "a.txt", "Mayor Ines Carro and Piet Vos announced the harbour deal on Monday.")
    _write(tmp_path, "b.txt", "Piet Vos and Mayor Ines Carro on Monday announced the harbour deal.")
    _write(
        tmp_path,
        "c.txt",
        "Mayor Ines Carro held a news conference on Tuesday to announce the harbour deal.\n"
        "Carro met Piet Vos in Lisbon in March.",
    )
    assert _date_contradictions(tmp_path) == [{"Monday", "Tuesday"}]
