"""Capitals as cities or governments, aliases inside longer names, parties a document declares."""

from __future__ import annotations

import pytest

from crosscheck.events.normalize import enclosing
from crosscheck.model import Document
from crosscheck.names import find_mentions, registry_for
from tests.texts import findings_of


def resolved(text: str) -> list[tuple[str, str | None]]:
    doc = Document(id="d", path="d", text=text)
    return [(m.text, m.entity_id) for m in find_mentions(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital after a place preposition is the city
        ("Talks were held in Oslo on Monday.", [("Oslo", "place:oslo")]),
        ("The minister flew to Warsaw.", [("Warsaw", "place:warsaw")]),
        ("a hotel in Vienna's old town", [("Vienna", "place:vienna")]),
        ("a Vienna hotel", [("Vienna", "place:vienna")]),
        # ... and the government when it says, decides or acts
        ("Oslo said on Monday it would reply.", [("Oslo", "country:no")]),
        ("Oslo did not provide details.", [("Oslo", "country:no")]),
        ("Oslo initially had said no.", [("Oslo", "country:no")]),
        ("according to Oslo", [("Oslo", "country:no")]),
        ("the alliance with Warsaw", [("Warsaw", "country:pl")]),
        ("Warsaw's position is clear.", [("Warsaw", "country:pl")]),
        (
            "Warsaw and Vienna agreed on Friday.",
            [("Warsaw", "country:pl"), ("Vienna", "country:at")],
        ),
        # a visit to a capital is a visit to its country (a state visit)
        ("The president will visit Warsaw.", [("Warsaw", "country:pl")]),
        # a seat that stands for another government than its country's
        ("Brussels said the rules would change.", [("Brussels", "org:eu")]),
        ("The talks in Brussels ended.", [("Brussels", "place:brussels")]),
        # a large city that is no seat of government never stands for one
        ("Geneva said nothing.", [("Geneva", "place:geneva")]),
    ],
)
def test_capitals_are_cities_or_governments(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolved(text) == expected


def test_a_city_lies_in_its_country_and_a_building_in_its_city() -> None:
    registry = registry_for()
    assert enclosing("place:oslo", registry) == ["place:oslo", "country:no"]
    assert enclosing("org:white-house", registry)[1:] == ["place:washington", "country:us"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alias that is only part of a longer capitalised name is another name
        ("the Social Democrats said so.", []),
        ("the Social-Democrats said so.", []),
        ("The Sweden Democrats gained.", [("Sweden", "country:se")]),
        # the alias alone still resolves, as the registry intends (a corpus about another
        # country's Democrats overrides it in its manifest)
        ("the Democrats said so.", [("Democrats", "party:democratic-party-us")]),
        ("The Democrats' plan", [("Democrats", "party:democratic-party-us")]),
        # places keep their reading inside longer names; titles and stop words end a name
        ("Oslo University said so.", [("Oslo", "place:oslo")]),
        ("Norwegian Foreign Ministry officials", [("Norwegian", "country:no")]),
        ("Yesterday Reuters reported it.", [("Reuters", "outlet:reuters")]),
        # a word the registry resolves is no lone surname that makes its run a person
        ("Sigma Reuters said. Reuters reported.", [("Reuters", "outlet:reuters")]),
    ],
)
def test_aliases_inside_longer_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolved(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Green Future party won 30 seats. Green Future said it would govern.",
            [("Green Future", "party:~green-future"), ("Green Future", "party:~green-future")],
        ),
        (
            "Amber Union, the main opposition party, said no.",
            [("Amber Union", "party:~amber-union")],
        ),
        (
            "It backed the opposition party Amber Union in May.",
            [("Amber Union", "party:~amber-union")],
        ),
        # a party's qualifier right before the name, or an owner's description after it
        (
            "It backed Norland's ruling Amber Union in May.",
            [("Amber Union", "party:~amber-union")],
        ),
        (
            "Voters deserted the main opposition Amber Union's candidate.",
            [("Amber Union", "party:~amber-union")],
        ),
        (
            "The Amber Union, Norland's ruling party, lost ground.",
            [("Amber Union", "party:~amber-union")],
        ),
        # not parties
        ("They held a Christmas party for staff.", []),
        ("Harald's party won.", []),
        # the qualifier belongs to the noun after the name
        ("The ruling Okoro family owns the bank.", []),
        ("The opposition Amber Union leader spoke.", []),
    ],
)
def test_parties_a_document_declares(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, i) for t, i in resolved(text) if i and i.startswith("party:")] == expected


def _discrepancies(*texts: str) -> list[tuple[str, str, str]]:
    return sorted(
        (f.facet, f.category, f.subject)
        for f in findings_of(*texts)
        if f.kind.value == "discrepancy" and f.facet == "entity.name"
    )


@pytest.mark.parametrize(
    "texts",
    [
        # a seat read as its government is no spelling of the government's name
        ("Brussels said the rules would change.", "The EU said the rules would change."),
        ("Oslo said it would reply.", "Norway said it would reply."),
        # cities' spellings are no findings, as countries' are not
        ("Talks were held in Kyiv.", "Talks were held in Kiev."),
    ],
)
def test_no_naming_variant_between_a_seat_and_its_government(texts: tuple[str, str]) -> None:
    assert _discrepancies(*texts) == []
