"""A quoted nickname set inside a person's name is an alias of that person, never a second one."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.model import Document, FindingKind
from crosscheck.names.compare import without_nicknames
from crosscheck.names.registry import local_id
from crosscheck.nlp import annotate
from crosscheck.nlp.quotes import nicknames_in_names
from tests.test_events import write
from tests.test_names_people import person_ids


@pytest.mark.parametrize(
    ("text", "written", "plain"),
    [
        # double, single and typographic marks; the nickname of one word or three
        (
            'Dock boss Teodor "The Heron" Vasko died in a prison ward on Monday.',
            'Teodor "The Heron" Vasko',
            "Teodor Vasko",
        ),
        (
            "Gang leader Teodor 'Heron' Vasko was buried on Friday.",
            "Teodor 'Heron' Vasko",
            "Teodor Vasko",
        ),
        (
            "Police said Ruben \u201cRubi\u201d Ostrander, 19, was shot on Friday.",
            "Ruben \u201cRubi\u201d Ostrander",
            "Ruben Ostrander",
        ),
        (
            'The promoter signed Salvo "Sammy the Fist" Grieco, a welterweight, in May.',
            'Salvo "Sammy the Fist" Grieco',
            "Salvo Grieco",
        ),
        # a sentence's first word the tagger misreads still opens the name
        (
            'Teodor "The Heron" Vasko died on Monday. Vasko was 81.',
            'Teodor "The Heron" Vasko',
            "Teodor Vasko",
        ),
    ],
)
def test_a_nickname_inside_a_name_is_part_of_that_person(
    text: str, written: str, plain: str
) -> None:
    found = person_ids(text)
    assert written in found  # the mention keeps the nickname as it is written: the evidence
    assert found[written] == local_id("person", plain)  # keyed as the name without it
    assert set(found.values()) == {local_id("person", plain)}  # no second person


def test_a_nickname_before_a_full_name_joins_nothing_to_it() -> None:
    # the words before the nickname are no part of the name after it
    found = person_ids('Fans of the Adriatic "Heron" Teodor Vasko wept on Monday. Vasko was 81.')
    assert set(found.values()) == {local_id("person", "Teodor Vasko")}
    assert "Teodor Vasko" in found


@pytest.mark.parametrize(
    ("text", "nicknames"),
    [
        ('Dock boss Teodor "The Heron" Vasko died.', ['"The Heron"']),
        # a remark between names, a quote with a verb, a quote after a common noun: no nickname
        ('Vasko said "Never" twice.', []),
        ('Teodor "has gone home" Vasko', []),
        ('the "fair and final" offer of the union', []),
        # a title between a word and a name starting the next sentence is no nickname
        ('He watched "Long Roads." Vasko left.', []),
    ],
)
def test_which_quotes_are_nicknames_inside_names(text: str, nicknames: list[str]) -> None:
    doc = annotate(Document(id="d", path="d", text=text))
    assert [text[s:e] for s, e in nicknames_in_names(doc)] == nicknames


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ('Teodor "The Heron" Vasko', "Teodor Vasko"),
        ("Teodor 'Heron' Vasko", "Teodor Vasko"),
        ("Liam O'Hare", "Liam O'Hare"),  # an apostrophe is no quote
        ("Teodor Vasko", "Teodor Vasko"),
    ],
)
def test_a_written_name_without_its_nickname(written: str, plain: str) -> None:
    assert without_nicknames(written) == plain


def test_two_outlets_name_one_person_with_and_without_the_nickname(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "2031-03-04",
        'Dock boss Teodor "The Heron" Vasko died on Monday in a prison ward in Ostrava. '
        "Teodor 'Heron' Vasko had served nine years.",
    )
    write(
        tmp_path,
        "b.txt",
        "2031-03-05",
        "Teodor Vasko, the dock boss, died on Monday in a prison ward in Ostrava.",
    )
    findings = crosscheck.crosscheck(tmp_path).findings
    # one person spelt the same way: no inconsistency inside a.txt, no variant across
    assert not [f for f in findings if f.facet == "entity.name"]
    dates = [f for f in findings if f.facet == "event.date"]
    assert [f.kind for f in dates] == [FindingKind.AGREEMENT]
    assert {o.doc_id for o in dates[0].observations} == {"a.txt", "b.txt"}
