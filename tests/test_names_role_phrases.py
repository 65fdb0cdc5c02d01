"""Role and affiliation phrases read by structure (issue 13, bugs seen on the second round).

Each row is a sentence written for this test, about no story of the seeds or benchmark sets, with
the role and affiliation claims it must give (facet, value, written).
"""

from __future__ import annotations

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.names import find_mentions
from crosscheck.names.claims import roles

Row = tuple[str, str, str]


def _claims(text: str) -> list[Row]:
    doc = Document(id="a.txt", path="a.txt", text=text)
    return sorted((str(c.facet), c.value, c.written) for c in roles(Analysis(doc)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subordinate title word ends the organisation's name before it
        (
            "Port Selwyn Deputy Mayor Ana Ruiz opened the market.",
            [
                ("person.affiliation", "organization:~port-selwyn", "Port Selwyn"),
                ("person.role", "deputy mayor", "Port Selwyn Deputy Mayor"),
            ],
        ),
        # a title joined to its subordinate word by a hyphen is one word: the name after it is
        # still the person's, whatever the model labels it
        (
            "Vice-Governor Radka Šťastná told a news conference.",
            [("person.role", "deputy governor", "Vice-Governor")],
        ),
        # a lower-case word between an organisation and an exclusive role narrows the role
        (
            "Tallberg marketing chief Lars Holm said costs rose.",
            [
                ("person.affiliation", "organization:~tallberg", "Tallberg"),
                ("person.role", "marketing chief", "Tallberg marketing chief"),
            ],
        ),
        # ... unless the words are an office of their own: a finance chief is the company's CFO
        (
            "Tallberg finance chief Lars Holm said costs rose.",
            [
                ("person.affiliation", "organization:~tallberg", "Tallberg"),
                ("person.role", "chief financial officer", "Tallberg finance chief"),
            ],
        ),
        # a capitalised time word inside a party's name is no time of the role
        (
            "Green Future lawmaker Ana Ruiz said the bill failed. The Green Future party won.",
            [
                ("person.affiliation", "party:~green-future", "Green Future"),
                ("person.role", "lawmaker", "Green Future lawmaker"),
            ],
        ),
        # a title outweighs the model's place label on the name
        ("Mayor Ines Okoro cut the ribbon.", [("person.role", "mayor", "Mayor")]),
        # a subordinate marker joined by a hyphen
        (
            "Vice-Governor Tomas Brandt opened the port.",
            [("person.role", "deputy governor", "Vice-Governor")],
        ),
        (
            "Deputy-Mayor Tomas Brandt opened the port.",
            [("person.role", "deputy mayor", "Deputy-Mayor")],
        ),
        # "whose Y party": the person's own party
        (
            "Ana Ruiz, whose Verdant party won, spoke. The Verdant party agreed.",
            [("person.affiliation", "party:~verdant", "Verdant party")],
        ),
        # "the Y party of Prime Minister X"
        (
            "The Verdant party of Prime Minister Ana Ruiz won the vote.",
            [
                ("person.affiliation", "party:~verdant", "Verdant"),
                ("person.role", "prime minister", "Prime Minister"),
            ],
        ),
    ],
)
def test_role_phrases(text: str, expected: list[Row]) -> None:
    assert _claims(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a verb between a name and a title narrows nothing
        ("Eva Lindgren met President Jonas Berge.", "president"),
        # "whose party" with no party named gives none; "of" a person is no party
        ("Ana Ruiz, whose party won, spoke.", None),
        ("The leader of Ana Ruiz spoke.", None),
        # a capitalised time word opening the sentence is still the role's time, no name
        ("Former Mayor Ana Ruiz spoke.", "mayor"),
    ],
)
def test_no_party_and_no_narrowing_without_the_structure(text: str, role: str | None) -> None:
    rows = _claims(text)
    assert [r for r in rows if r[0] == "person.affiliation"] == []
    assert [r[1] for r in rows if r[0] == "person.role"] == ([role] if role else [])


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        # title-case headline words are no names
        (
            "Veteran Singer Returns To Stage After Decade Away\n\nThe singer performed on Friday.",
            {"Singer Returns", "Returns To Stage", "Decade Away"},
        ),
        # a demonym is no person
        ("A Briton and a Dane were arrested. The Briton was released.", {"Briton", "Dane"}),
    ],
)
def test_headlines_and_demonyms_are_no_people(text: str, not_people: set[str]) -> None:
    doc = Document(id="a.txt", path="a.txt", text=text)
    people = {m.text for m in find_mentions(doc) if (m.entity_id or "").startswith("person:")}
    assert not people & not_people
    assert all(len(p.split()) < 3 for p in people)
