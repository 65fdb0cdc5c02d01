"""How the agreements on one lined-up event name who took part and where, for a reader."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.events.claims import EventDetails
from crosscheck.events.compare import compare_participants
from crosscheck.model import Claim, ClaimGroup, Document, FindingKind, Span

TEXT = "A lorry struck a cyclist on the quay road."


def _claim(
    doc_id: str,
    value: str,
    written: str | None = None,
    facet: str = "event.participants",
    details: EventDetails | None = None,
) -> Claim:
    return Claim(
        doc_id=doc_id,
        facet=facet,
        subject="event:accident:test",
        value=value,
        written=value if written is None else written,
        evidence=(Span(doc_id, 2, 7),),
        details=details or EventDetails(group="accident"),
    )


def _said(*sides: tuple[str, str]) -> str:
    docs = {d: Document(id=d, path=d, text=TEXT) for d, _ in sides}
    group = ClaimGroup(
        "event.participants", "event:accident:test", tuple(_claim(*s) for s in sides)
    )
    (finding,) = compare_participants(group, docs)
    assert finding.kind == FindingKind.AGREEMENT
    assert {o.doc_id for o in finding.observations} == set(docs)  # every source tells the event
    return finding.explanation


def test_people_every_source_names_are_the_agreement() -> None:
    said = _said(
        ("a.txt", "person:orla-brennick"), ("b.txt", "person:orla-brennick+person:ivo-lenk")
    )
    assert said.endswith("all name person:orla-brennick")


@pytest.mark.parametrize(
    ("sides", "tail"),
    [
        # Two name the cyclist, one names no one: she is not named by all, but by two or more.
        (
            (("a.txt", "person:orla-brennick"), ("b.txt", "person:orla-brennick"), ("c.txt", "")),
            "no one is named by all of them; two or more name person:orla-brennick",
        ),
        # One names her, the other no one: nothing is shared, and the finding does not say
        # "all name no one in common".
        (
            (("a.txt", "person:orla-brennick"), ("b.txt", "")),
            "no one is named by all of them",
        ),
        # One source naming her in two frames of its own counts once.
        (
            (("a.txt", "person:orla-brennick"), ("a.txt", "person:orla-brennick"), ("b.txt", "")),
            "no one is named by all of them",
        ),
    ],
)
def test_no_one_named_by_all_is_said_plainly(sides: tuple[tuple[str, str], ...], tail: str) -> None:
    said = _said(*sides)
    assert said.endswith(tail)
    assert "all name" not in said


def test_a_person_the_registry_lacks_is_shown_by_the_name_the_article_writes() -> None:
    """A local id is no name for a reader: the written name ending in the frame's surname is."""
    local = "person:~brennick-orla"
    frame = EventDetails(group="accident", participants=(local,), surnames=("brennick",))

    def told(doc_id: str, written: str) -> Claim:
        return _claim(doc_id, local, written, details=frame)

    docs = {d: Document(id=d, path=d, text=TEXT) for d in ("a.txt", "b.txt")}
    group = ClaimGroup(
        "event.participants",
        "event:accident:test",
        (told("a.txt", "Orla Brennick"), told("b.txt", "Brennick")),
    )
    (finding,) = compare_participants(group, docs)
    assert finding.explanation == "2 documents describe event:accident:test; all name Orla Brennick"


def test_a_place_the_registry_lacks_is_shown_as_written() -> None:
    """The place agreement names a place the registry lacks as the articles write it, not by
    its local id."""
    from crosscheck.events.compare import compare_places

    def placed(doc_id: str) -> Claim:
        return _claim(doc_id, "place:~quay-road", "Quay Road", facet="event.place")

    docs = {d: Document(id=d, path=d, text=TEXT) for d in ("a.txt", "b.txt")}
    group = ClaimGroup("event.place", "event:accident:test", (placed("a.txt"), placed("b.txt")))
    (finding,) = compare_places(group, docs)
    assert finding.explanation.endswith("in the same place: Quay Road")


def test_a_date_agreement_says_an_open_weekday_in_words(tmp_path: Path) -> None:
    """Two undated articles agree on "Tuesday night": the agreement says "a Tuesday night, date
    not given", not the TIMEX3 value XXXX-WXX-2TNI."""
    for name, body in (
        ("a.txt", "Police arrested Daniel Okafor on Tuesday night in Tarrow after a long chase."),
        (
            "b.txt",
            "Daniel Okafor was arrested by police in Tarrow on Tuesday night, officers said.",
        ),
    ):
        (tmp_path / name).write_text(f"Title: {name}\n\n{body}\n", "utf-8")
    report = crosscheck.crosscheck(str(tmp_path))
    (date,) = [f for f in report.findings if f.facet == "event.date" and f.kind.name == "AGREEMENT"]
    assert date.explanation.endswith(": a Tuesday night, date not given")
    assert "XXXX" not in date.explanation


def test_a_name_read_across_a_line_break_is_labelled_on_one_line() -> None:
    """The model may read a headline's last word and the blank line after it as one name
    ("Owls\\n\\n"): the event's label heads a report section, so it is shown on one line."""
    from crosscheck.events.claims import Frame, Named, _claims
    from crosscheck.names.registry import registry_for

    text = "Owls Beat Hawks\n\nThe Owls beat the Hawks in Leeds."
    doc = Document(id="a.txt", path="a.txt", text=text)
    frame = Frame(trigger=doc.span(5, 9), word="Beat", lemma="beat", group="contest", token=1)
    frame.participants = [
        Named("organization:~owls", "organization", "Owls\n\n", doc.span(0, 6)),
        Named("organization:~hawks", "organization", "Hawks", doc.span(10, 15)),
    ]
    labels = {c.subject_label for c in _claims(doc, frame, registry_for())}
    assert labels == {"beat: Hawks, Owls"}
