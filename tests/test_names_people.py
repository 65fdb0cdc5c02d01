"""People found without a registry entry: particles, plural and comma titles, wrapped lines, shape."""

from __future__ import annotations

import pytest

from crosscheck.model import Document
from crosscheck.names import find_mentions
from crosscheck.names.keys import name_key


def people(text: str) -> list[str]:
    doc = Document(id="d", path="d", text=text)
    return [
        m.text
        for m in find_mentions(doc)
        if m.entity_id and m.entity_id.startswith("person:") and " " in m.text
    ]


def person_ids(text: str) -> dict[str, str]:
    doc = Document(id="d", path="d", text=text)
    return {
        m.text: str(m.entity_id)
        for m in find_mentions(doc)
        if m.entity_id and m.entity_id.startswith("person:")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lower-case particles inside a name
        ("Ingrid van Dam, a lawyer, said so.", ["Ingrid van Dam"]),
        ("Defence Minister Karel de Vries spoke.", ["Karel de Vries"]),
        ("Judge Jan van der Meer ruled.", ["Jan van der Meer"]),
        ("said Omar bin Rashid, an economist.", ["Omar bin Rashid"]),
        # plural titles cover every name of the list, and the title stays out of the name
        (
            "Prime Ministers Marit Solberg and Tomasz Zielke met on Friday.",
            ["Marit Solberg", "Tomasz Zielke"],
        ),
        (
            "Foreign Ministers Eirik Dahl, Petra Novotna and Mateus Rocha signed it.",
            ["Eirik Dahl", "Petra Novotna", "Mateus Rocha"],
        ),
        # more role words
        ("Velmar CEO Marit Solberg said the deal was done.", ["Marit Solberg"]),
        ("EU Commissioner Petra Novotna said so.", ["Petra Novotna"]),
        ("Mayor Eirik Dahl opened the bridge.", ["Eirik Dahl"]),
        ("his Norwegian counterpart Eirik Dahl agreed.", ["Eirik Dahl"]),
        # a title set off by commas after a possessive or a determiner
        ("Velmar's chairman, Oskar Lind, said the board agreed.", ["Oskar Lind"]),
        ("Norway's premier, Marit Solberg, said so.", ["Marit Solberg"]),
        ("The head of the port authority, Mateus Rocha, said so.", ["Mateus Rocha"]),
        # a title at the end of a wrapped line, the name on the next
        (
            "The president flew to the coast on Friday. He met the regional governor\n"
            "Tarja Halonen at the port.",
            ["Tarja Halonen"],
        ),
        # the shape of a name: a common given name, or a surname used alone elsewhere
        ("Lucas Moreau arrived on Monday.", ["Lucas Moreau"]),
        ("Tarja Halonen arrived on Monday. Halonen said it went well.", ["Tarja Halonen"]),
        # two names joined before a verb of meeting: one is known, so the other is a person too
        ("Lucas Moreau and Tarja Halonen met in Oslo.", ["Lucas Moreau", "Tarja Halonen"]),
        # ... but not a firm's name, nor a pair before a verb firms use too
        ("Harbour Bank and Lucas Moreau met in Oslo.", ["Lucas Moreau"]),
        ("Lucas Moreau and Velmar Holding said they agreed.", ["Lucas Moreau"]),
        # relative clauses of a future role still mark a person
        ("Tarja Halonen, who is expected to become president, said so.", ["Tarja Halonen"]),
        # a membership of a party set off after the name: a person, no given name needed
        ("Brandt Okoro, of the Harbour Party, said the vote was rigged.", ["Brandt Okoro"]),
        ("Ivo Marsh, of the opposition Verdant Party, told reporters so.", ["Ivo Marsh"]),
        ("The motion fell after Sela Dunmore, of the Green Caucus, spoke.", ["Sela Dunmore"]),
    ],
)
def test_people_are_found(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "South Korea said on Monday it would reply.",
        "European Union officials met in Vienna.",
        "Christian Democrats said they would vote against.",
        "Amber Valley Council said the road was closed.",
        "Nordic Steel Group said its profit rose.",
        # a firm "of" a group, a party lower-cased or a body not named: no membership of a party
        "Northwind Ferries, of the Harbour group, said the route would close.",
        "Kestrel Haulage, of the Harbour Group, said the route would close.",
        "Brandt Okoro, of the party, said the vote was rigged.",
        # ... nor a name of organisations' words, whatever it is a member of
        "Harbour Union, of the Verdant Party, said the vote was rigged.",
        # a blank line ends a paragraph: no title reaches over it
        "He met the regional governor\n\nTarja Halonen spoke later.",
        # a short line is a heading, not a wrapped line
        "Politics\nHalvard Lange said so.",
        # the same run in a title-case headline is not read for names
        "Tarja Halonen Wins Vote In Landslide Count",
        # a surname after "the" is a noun
        "Amber Union won. The Union said so.",
        # a place that reads as a plural title ("princes", "kings") before one name lists no people
        "The market moves to Princes Street Gardens in Edinburgh on Oct. 2.",
        "A delivery van stalled on Kings Road West during the morning rush.",
    ],
)
def test_things_that_are_not_people(text: str) -> None:
    assert people(text) == []


def test_references_keep_their_particle() -> None:
    text = "Karel de Vries, a lawyer, spoke. De Vries said no. Later de Vries left."
    ids = person_ids(text)
    assert ids["De Vries"] == ids["de Vries"] == ids["Karel de Vries"]


def test_the_second_name_of_a_plural_title_is_no_referent_of_the_singular() -> None:
    # "the prime minister" cannot tell which of two prime ministers it means.
    text = "Prime Ministers Marit Solberg and Tomasz Zielke met. The talks, the prime minister said, went well."
    doc = Document(id="d", path="d", text=text)
    refs = [m for m in find_mentions(doc) if m.text.lower() == "the prime minister"]
    assert refs == []


def test_a_name_the_document_titles_once_is_a_person_everywhere() -> None:
    text = "Harald Moe spoke first. Later, Mayor Harald Moe left."
    assert people(text) == ["Harald Moe", "Harald Moe"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title says a person's name starts; the model says where it ends (initial, suffix)
        (
            "Harbour Authority Chairman Tomas K. Berglund III said the port would reopen.",
            {"Tomas K. Berglund": "person:~berglund-tomas"},
        ),
        # an abbreviated title is no name: "Sen." is not a person called Sen
        (
            "Budget Committee Chairman Sen. Maria Ostrowska said the bill would pass.",
            {"Maria Ostrowska": "person:~maria-ostrowska"},
        ),
        # a place after the name is no person, even before an appositive role
        (
            "Gov. Alan Pryce of New Mexico, the chairman of the Western Water Council, spoke.",
            {"Alan Pryce": "person:~alan-pryce"},
        ),
    ],
)
def test_titles_initials_and_places_around_names(text: str, expected: dict[str, str]) -> None:
    assert person_ids(text) == expected


def test_an_initial_with_or_without_its_full_stop_is_one_name() -> None:
    assert (
        name_key("Robert J. Pickell") == name_key("Robert J Pickell") == name_key("Robert Pickell")
    )
