"""Parties the registry lacks, known from the text around them (issue 13, items 1 and 2).

Every sentence is written for this test, about no story of the seeds or the benchmark sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.names import find_mentions
from crosscheck.names.aliases import translated_long_form
from crosscheck.names.claims import roles
from crosscheck.names.elections import elected_names
from crosscheck.names.people import PeopleFinder
from crosscheck.names.text import TokenIndex
from crosscheck.nlp import annotate

from .test_names_findings import corpus_of, run

MAY = dt.date(2032, 5, 10)


def _mentions(text: str) -> list[tuple[str, str | None, str]]:
    doc = Document(id="a.txt", path="a.txt", text=text)
    return [(m.text, m.entity_id, m.resolution.value) for m in find_mentions(doc)]


def _affiliations(text: str) -> list[tuple[str, str]]:
    doc = Document(id="a.txt", path="a.txt", text=text)
    return [
        (c.subject, c.value)
        for c in roles(Analysis(doc))
        if c.facet == "person.affiliation" and c.value.startswith(("party:", "organization:"))
    ]


def _elected(text: str) -> list[str]:
    doc = annotate(Document(id="a.txt", path="a.txt", text=text))
    index = TokenIndex.from_doc(doc)
    return sorted(elected_names(doc, index, PeopleFinder(text, index)))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name that wins seats or a share of the vote is a party
        ("Harbour Alliance won 14 seats in the assembly.", ["Harbour Alliance"]),
        ("Green Dawn took 21.5% of the vote.", ["Green Dawn"]),
        ("Green Dawn, led by Tomas Berg, came third with 9.8% and 11 seats.", ["Green Dawn"]),
        # "the X of <title> Y won seats": the name before "of" is the subject
        (
            "The Harbour Alliance of outgoing Prime Minister Tomas Berg won 12 seats.",
            ["Harbour Alliance"],
        ),
        # a plural possessive is part of the name
        ("The Fishers' League won 8 seats, down from 10.", ["Fishers' League"]),
        # a chamber has seats, it wins none; a venue holds them
        ("The Assembly has 100 seats.", []),
        ("Voters elected the 100-seat Assembly in May.", []),
        ("Harbour Stadium holds 40,000 seats.", []),
    ],
)
def test_names_that_win_seats_or_votes(text: str, names: list[str]) -> None:
    assert _elected(text) == names


def test_a_party_by_its_seats_leaves_the_mentions_as_they_were() -> None:
    # Other readers (quantity owners) key an entity by its mention: a name that is a party in
    # one document only must not split their keys, so the mention is not rewritten.
    assert ("Harbour Alliance", "party:~harbour-alliance", "text-alias") not in _mentions(
        "Harbour Alliance won 14 seats in the assembly."
    )


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("PSL", "of the Liberal Social Party", len("of the ")),  # translated: letters reordered
        ("LSP", "of the Liberal Social Party", len("of the ")),  # in order is a permutation too
        ("PSL", "of the Liberal Party", None),  # two words for three letters
        ("ABT", "He said The Big Apple", None),  # an article is no word of a name
        ("Psl", "of the Liberal Social Party", None),  # not an acronym
    ],
)
def test_translated_long_form(short: str, long: str, expected: int | None) -> None:
    assert translated_long_form(short, long) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a membership phrase ends at the party's acronym in brackets
        (
            "Ana Ruiz, of the Verdant Party (VP), signed the deal.",
            [("person:~ana-ruiz", "party:~verdant-party")],
        ),
        # a party translated into English keeps its own language's acronym
        (
            "Ana Ruiz, of the Liberal Social Party (PSL), signed the deal.",
            [("person:~ana-ruiz", "party:~liberal-social-party")],
        ),
        # a bracket that is no acronym does not close the organisation's name
        ("Ana Ruiz, of the Verdant party (in 2019), signed the deal.", []),
        # "whose Y" followed by a verb: Y is the subject, not a modifier
        (
            "The Green Dawn party won. Senator Tomas Berg, whose Green Dawn fell to 9%, resigned.",
            [("person:~berg-tomas", "party:~green-dawn")],
        ),
        # "whose Y" with Y an organisation nothing here calls a party: an organisation, for
        # the normaliser to make a party if another document shows it is one
        (
            "Senator Tomas Berg, whose Harbour Alliance fell to 9%, resigned.",
            [("person:~berg-tomas", "organization:~harbour-alliance")],
        ),
        # an organisation of the registry is no one's own
        ("Senator Tomas Berg, whose NATO ambitions are known, resigned.", []),
        # "the Y of outgoing <title> X": the time word belongs to the title
        (
            "The Harbour Alliance of outgoing Prime Minister Tomas Berg won 12 seats.",
            [("person:~berg-tomas", "party:~harbour-alliance")],
        ),
    ],
)
def test_party_affiliations(text: str, expected: list[tuple[str, str]]) -> None:
    assert _affiliations(text) == expected


def test_a_title_listing_portfolios_sets_off_the_name_after_it() -> None:
    text = (
        "The deal was signed with Kestria's Minister of Fisheries, Ports, Trade and Tourism, "
        "Ana Lucia Ferreira, of the Liberal Social Party (PSL)."
    )
    found = _mentions(text)
    assert ("Ana Lucia Ferreira", "person:~ana-lucia-ferreira", "key") in found or any(
        t == "Ana Lucia Ferreira" for t, _, _ in found
    )
    assert not any(t in ("Ports", "Trade") for t, _, _ in found)  # list items, no people


def test_a_wrapped_paragraph_line_is_no_headline() -> None:
    text = (
        "Wulf Berg signed the agreement at the Harbour Palace\n"
        "with Kestria's Minister of Fisheries, Ports, Trade and Tourism, Ana\n"
        "Lucia Ferreira, of the Liberal Social Party (PSL).\n"
    )
    people = [
        t for t, entity_id, _ in _mentions(text) if entity_id and entity_id.startswith("person:")
    ]
    assert "Ana\nLucia Ferreira" in people


def _party_contradictions(*texts: str) -> list[set[str]]:
    findings = run(corpus_of(*texts, dates=(MAY,) * len(texts)))
    return [
        {o.value for o in f.observations}
        for f in findings
        if f.facet == "person.affiliation" and f.category == "contradiction"
    ]


def test_an_acronym_one_document_defines_names_the_party_in_another() -> None:
    agree = _party_contradictions(
        "Ana Ruiz, of the Liberal Social Party (PSL), signed the deal.",
        "The deal was signed by Ana Ruiz of the PSL.",
    )
    assert agree == []
    [values] = _party_contradictions(
        "Ana Ruiz, of the Liberal Social Party (PSL), signed the deal.",
        "The deal was signed by Ana Ruiz of the PSL.",
        "Ana Ruiz, of the Verdant Party, signed the deal.",
    )
    assert values == {"party:~liberal-social-party", "party:~verdant-party"}


def test_a_party_known_by_its_seats_in_one_document_contradicts_another() -> None:
    [values] = _party_contradictions(
        "Harbour Alliance won 14 seats. Senator Tomas Berg, whose Harbour Alliance fell to 9%, resigned.",
        "The Green Dawn of outgoing Prime Minister Tomas Berg won 12 seats.",
    )
    assert values == {"party:~harbour-alliance", "party:~green-dawn"}


def test_an_organisation_where_another_document_puts_a_party_is_a_party() -> None:
    # "whose Y" stands where the other article puts Berg's party: a careful reader takes Y as his
    # party, and the contradiction names that decision (issue 13, items 1 and 6).
    findings = run(
        corpus_of(
            "Senator Tomas Berg, whose Harbour Alliance fell to 9%, resigned.",
            "The Green Dawn of outgoing Prime Minister Tomas Berg won 12 seats.",
            dates=(MAY, MAY),
        )
    )
    [f] = [x for x in findings if x.facet == "person.affiliation" and x.kind.value == "discrepancy"]
    assert f.category == "contradiction"
    assert {o.value for o in f.observations} == {"party:~harbour-alliance", "party:~green-dawn"}
    assert "0.txt puts it where 1.txt puts Tomas Berg's party ('whose')" in f.explanation
    assert "'Green Dawn': an election result in this document" in f.explanation
    assert "identity: person:~berg-tomas" in f.explanation


# Berg's party in one article; the other article's words for his affiliation, and what follows.
VERDANT = "Transport Minister Tomas Berg, of the Verdant Party, opened the bridge."


@pytest.mark.parametrize(
    ("other", "category", "values"),
    [
        # where a party stands: the organisation is taken as his party (a recorded decision)
        (
            "Transport Minister Tomas Berg, whose Harbour Alliance fell to 9%, opened the bridge.",
            "contradiction",
            {"party:~harbour-alliance", "party:~verdant-party"},
        ),
        (
            "Transport Minister Tomas Berg (Harbour Alliance) opened the bridge.",
            "contradiction",
            {"party:~harbour-alliance", "party:~verdant-party"},
        ),
        (
            "Harbour Alliance lawmaker Tomas Berg opened the bridge.",
            "contradiction",
            {"party:~harbour-alliance", "party:~verdant-party"},
        ),
        (
            "The Harbour Alliance of Transport Minister Tomas Berg opened the bridge.",
            "contradiction",
            {"party:~harbour-alliance", "party:~verdant-party"},
        ),
        # a plain membership of something nothing shows to be a party: a possible variant
        (
            "Transport Minister Tomas Berg of the Harbour Alliance opened the bridge.",
            "possible-variant",
            {"organization:~harbour-alliance", "party:~verdant-party"},
        ),
        (
            "Transport Minister Tomas Berg, of the HA, opened the bridge.",
            "possible-variant",
            {"organization:~ha", "party:~verdant-party"},
        ),
        # an acronym written in a party's place is never made a party by where it stands: in
        # another language's words it may be the very party the other article names
        (
            "Transport Minister Tomas Berg (HA) opened the bridge.",
            "possible-variant",
            {"organization:~ha", "party:~verdant-party"},
        ),
        # the initials of the party he is given: the party written short, nothing to report
        ("Transport Minister Tomas Berg, of the VP, opened the bridge.", None, None),
        # an institution is no party, wherever it stands
        (
            "Transport Minister Tomas Berg of the Harbour Ports Authority opened the bridge.",
            None,
            None,
        ),
        # a past membership is no rival to the party held now
        (
            "Transport Minister Tomas Berg, a former member of the Harbour Alliance, opened the bridge.",
            None,
            None,
        ),
    ],
)
def test_an_affiliation_beside_a_party_in_another_document(
    other: str, category: str | None, values: set[str] | None
) -> None:
    findings = [
        f
        for f in run(corpus_of(VERDANT, other, dates=(MAY, MAY)))
        if f.facet == "person.affiliation" and f.kind.value == "discrepancy"
    ]
    if category is None:
        assert findings == []
        return
    [f] = findings
    assert f.category == category
    assert {o.value for o in f.observations} == values
    assert "identity: person:~berg-tomas" in f.explanation


def test_no_party_elsewhere_leaves_an_organisation_an_organisation() -> None:
    # Where nothing gives Berg a party, "whose Y" stays an organisation: it contradicts nothing.
    claims_corpus = corpus_of(
        "Transport Minister Tomas Berg, whose Harbour Alliance fell to 9%, opened the bridge.",
        "Transport Minister Tomas Berg of the Northern Fisheries Union opened the bridge.",
        dates=(MAY, MAY),
    )
    findings = run(claims_corpus)
    assert [
        f
        for f in findings
        if f.facet == "person.affiliation"
        and f.kind.value != "agreement"
        and f.category != "single-source"
    ] == []


def test_the_club_x_is_a_team_in_every_document() -> None:
    first = "The cup was won by the club Harbour Rovers. Harbour Rovers coach Tomas Reyes smiled."
    assert ("Harbour Rovers", "team:~harbour-rovers", "text-alias") in _mentions(first)
    findings = run(
        corpus_of(
            first,
            "Harbour Rovers captain Tomas Reyes lifted the cup.",
            dates=(MAY, MAY),
        )
    )
    [clash] = [f for f in findings if f.category == "contradiction"]
    assert {o.value for o in clash.observations} == {"coach", "captain"}


@pytest.mark.parametrize(
    "text",
    [
        "He met friends at the club on Friday.",  # no name after "club"
        "The club's Harbour Rovers shop opened.",  # a possessive: the club owns it
    ],
)
def test_club_without_a_name_declares_no_team(text: str) -> None:
    assert not any(e and e.startswith("team:") for _, e, _ in _mentions(text))
