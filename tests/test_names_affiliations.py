"""Roles and affiliations: future roles, portfolios, counterparts, organisations named around a title."""

from __future__ import annotations

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document, Modality
from crosscheck.names import find_mentions, registry_for
from crosscheck.names.claims import roles
from crosscheck.names.roles import find_roles
from crosscheck.nlp import annotate
from tests.texts import findings_of

Fact = tuple[str, str, str | None, str]  # person, role, organisation, modality


def facts(text: str) -> list[Fact]:
    doc = Document(id="d", path="d", text=text)
    out = []
    for f in find_roles(annotate(doc), find_mentions(doc), registry_for()):
        modality = "past" if f.past else "scheduled" if f.future else "asserted"
        out.append((f.person.text, f.role, f.organization, modality))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # future roles: a marker, a suffix, or future words between the name and the role
        (
            "Tarja Halonen, who is expected to become prime minister, said so.",
            [("Tarja Halonen", "prime minister", None, "scheduled")],
        ),
        (
            "Lucas Moreau is set to become chancellor.",
            [("Lucas Moreau", "chancellor", None, "scheduled")],
        ),
        (
            "President-elect Tomasz Zielke thanked voters.",
            [("Tomasz Zielke", "president", None, "scheduled")],
        ),
        (
            "incoming Prime Minister Marit Solberg spoke.",
            [("Marit Solberg", "prime minister", None, "scheduled")],
        ),
        (
            "Marit Solberg, the prime minister designate, spoke.",
            [("Marit Solberg", "prime minister", None, "scheduled")],
        ),
        (
            "Marit Solberg, a candidate for president, spoke.",
            [("Marit Solberg", "president", None, "scheduled")],
        ),
        # ... and the present and past stay as they were
        (
            "Marit Solberg, who is the prime minister, spoke.",
            [("Marit Solberg", "prime minister", None, "asserted")],
        ),
        (
            "Outgoing Prime Minister Marit Solberg spoke.",
            [("Marit Solberg", "prime minister", None, "asserted")],
        ),
        # portfolios keep their name and the country before them
        (
            "Finnish Energy Minister Tarja Halonen said.",
            [("Tarja Halonen", "energy minister", "country:fi", "asserted")],
        ),
        (
            "said Tarja Halonen, Norway's minister of foreign affairs.",
            [("Tarja Halonen", "foreign minister", "country:no", "asserted")],
        ),
        # a counterpart holds the one role the sentence named before, in their own country
        (
            "Danish Prime Minister Mette Lund met her Norwegian counterpart Eirik Dahl.",
            [
                ("Mette Lund", "prime minister", "country:dk", "asserted"),
                ("Eirik Dahl", "prime minister", "country:no", "asserted"),
            ],
        ),
        (
            "Foreign Minister Mette Lund, with President Jonas Berge, met his counterpart Eirik Dahl.",
            [
                ("Mette Lund", "foreign minister", None, "asserted"),
                ("Jonas Berge", "president", None, "asserted"),
            ],
        ),
        # organisations the registry lacks, named around the title
        (
            "Velmar CEO Marit Solberg said so.",
            [("Marit Solberg", "chief executive", "organization:~velmar", "asserted")],
        ),
        (
            "Velmar's chairman, Oskar Lind, said so.",
            [("Oskar Lind", "leader", "organization:~velmar", "asserted")],
        ),
        (
            "Velmar's board, led by chairman Oskar Lind, agreed.",
            [("Oskar Lind", "leader", "organization:~velmar", "asserted")],
        ),
        (
            "Green Future, led by Eva Lindgren, won the vote.",
            [("Eva Lindgren", "leader", "organization:~green-future", "asserted")],
        ),
        (
            "Green Future and its leader Eva Lindgren won the vote.",
            [("Eva Lindgren", "leader", "organization:~green-future", "asserted")],
        ),
        (
            "Velmar Robotics grew. Velmar chairman Oskar Lind said so.",
            [("Oskar Lind", "leader", "organization:~velmar-robotics", "asserted")],
        ),
        # membership gives an affiliation and no role
        (
            "Eva Lindgren of the Solidarity Front voted against.",
            [("Eva Lindgren", "", "organization:~solidarity-front", "asserted")],
        ),
        # narrower and subordinate posts are other roles than the office
        (
            "Velmar's finance chief, Oskar Lind, said so.",
            [("Oskar Lind", "chief financial officer", "organization:~velmar", "asserted")],
        ),
        ("Deputy Mayor Eirik Dahl said so.", [("Eirik Dahl", "deputy mayor", None, "asserted")]),
        ("Vice Chairman Eirik Dahl said so.", [("Eirik Dahl", "deputy leader", None, "asserted")]),
        # "led by former minister": a leader now, a minister before
        (
            "Green Future, led by former finance minister Eva Lindgren, won.",
            [
                ("Eva Lindgren", "finance minister", None, "past"),
                ("Eva Lindgren", "leader", "organization:~green-future", "asserted"),
            ],
        ),
        # a party's qualifier after "of" describes the party, the name after it is the party
        (
            "Mirela Costa, a lawmaker of the opposition Verdant Party, voted no.",
            [("Mirela Costa", "lawmaker", "party:~verdant-party", "asserted")],
        ),
        (
            "Mirela Costa, leader of the ruling Harbour Alliance, voted yes.",
            [("Mirela Costa", "leader", "party:~harbour-alliance", "asserted")],
        ),
        # a qualifier before a lower-case noun names no organisation: a field
        (
            "Mirela Costa, head of the opposition research unit, voted no.",
            [("Mirela Costa", "leader", None, "asserted")],
        ),
        # a verb before a title is no narrowing word
        (
            "Eva Lindgren met President Jonas Berge.",
            [("Jonas Berge", "president", None, "asserted")],
        ),
    ],
)
def test_roles_and_organisations(text: str, expected: list[Fact]) -> None:
    assert sorted(facts(text)) == sorted(expected)


def test_a_future_role_is_a_scheduled_claim() -> None:
    doc = Document(id="d", path="d", text="President-elect Tomasz Zielke thanked voters.")
    [role] = [c for c in roles(Analysis(doc)) if c.facet == "person.role"]
    assert (role.value, role.modality) == ("president", Modality.SCHEDULED)


def test_membership_makes_an_affiliation_claim_only() -> None:
    doc = Document(id="d", path="d", text="Eva Lindgren of the Solidarity Front voted against.")
    claims = roles(Analysis(doc))
    assert [(c.facet, c.value) for c in claims] == [
        ("person.affiliation", "organization:~solidarity-front")
    ]


def _contradictions(*texts: str) -> list[tuple[str, str]]:
    return sorted(
        (f.facet, f.subject) for f in findings_of(*texts) if f.category == "contradiction"
    )


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        # a future prime minister is no rival to the present one
        ("Marit Solberg, who is expected to become Norway's prime minister, spoke.", []),
        ("Norway's incoming Prime Minister Marit Solberg spoke.", []),
        ("Marit Solberg will be Norway's next prime minister, she said.", []),
        # the control: two people named prime minister of Norway now
        (
            "Norway's Prime Minister Marit Solberg spoke.",
            [("person.role", "office:prime minister:country:no")],
        ),
    ],
)
def test_future_roles_stay_out_of_the_office_check(
    other: str, expected: list[tuple[str, str]]
) -> None:
    assert _contradictions("Norwegian Prime Minister Jonas Berge spoke.", other) == expected


def test_an_organisation_a_document_calls_a_party_is_one_in_every_document() -> None:
    findings = _contradictions(
        "Eva Lindgren, leader of the Green Future party, spoke.",
        "Eva Lindgren of the Amber Union party spoke.",
    )
    assert findings == [("person.affiliation", "person:~eva-lindgren")]


def test_organisations_stay_apart_unless_a_document_calls_them_parties() -> None:
    # Two organisations are not exclusive: a person may belong to several.
    assert (
        _contradictions(
            "Green Future leader Eva Lindgren spoke.", "Eva Lindgren of Amber Union spoke."
        )
        == []
    )


def test_a_short_form_is_the_one_longer_name_of_the_corpus() -> None:
    findings = _contradictions(
        "Velmar Robotics grew. Velmar's chairman, Oskar Lind, said so.",
        "Velmar chairwoman Ingrid Aas said the board agreed.",
    )
    assert findings == [("person.role", "office:leader:organization:~velmar-robotics")]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a party whose name begins with a word of an occasion is still a party
        ("Ines Okoro, of the New Harbour party, spoke.", "party:~new-harbour"),
        ("Ines Okoro, of the New Dawn party, spoke.", "party:~new-dawn"),
        # an occasion ends the name: no party at all
        ("Ines Okoro went to a New Year party on Friday.", None),
        ("Ines Okoro went to an Independence Day party on Friday.", None),
    ],
)
def test_only_an_occasion_word_at_the_end_makes_a_party_an_occasion(
    text: str, party: str | None
) -> None:
    doc = Document(id="a.txt", path="a.txt", text=text)
    parties = sorted(
        {m.entity_id for m in find_mentions(doc) if (m.entity_id or "").startswith("party:")}
    )
    assert parties == ([party] if party else [])


@pytest.mark.parametrize(
    "text",
    [
        "Maria Okoro, of the opposition Civic Union party, criticised the plan.",
        "Maria Okoro, a member of the ruling Civic Union party, criticised the plan.",
        "Maria Okoro, of the main opposition Civic Union party, criticised the plan.",
    ],
)
def test_a_qualifier_before_the_party_is_no_part_of_its_name(text: str) -> None:
    analysis = Analysis(Document(id="a.txt", path="a.txt", text=text))
    affiliations = [c for c in roles(analysis) if c.facet == "person.affiliation"]
    assert [(c.subject, c.value) for c in affiliations] == [
        ("person:~maria-okoro", "party:~civic-union")
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Senator Daniel Brannigan (D-Ore.) criticised the plan.", "party:democratic-party-us"),
        ("Rep. Maria Okoro (R-W.Va.) voted against the bill.", "party:republican-party-us"),
        ("Senator Daniel Brannigan (R-New Mexico) spoke.", "party:republican-party-us"),
        # a registry party named alone in brackets
        ("Senator Daniel Brannigan (Republican Party) spoke.", "party:republican-party-us"),
        ("Kim Min-ji (People Power Party) said so.", "party:people-power-party"),
        # a letter no party is listed for, a bracket that is no party tag
        ("Senator Daniel Brannigan (I-Vt.) spoke.", None),
        ("Senator Daniel Brannigan (Republican Party leaders) spoke.", None),
        ("Senator Daniel Brannigan (pictured) spoke.", None),
    ],
)
def test_a_party_letter_tag_after_a_name_gives_the_party(text: str, party: str | None) -> None:
    analysis = Analysis(Document(id="a.txt", path="a.txt", text=text))
    affiliations = [c.value for c in roles(analysis) if c.facet == "person.affiliation"]
    assert affiliations == ([party] if party else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party that owns or modifies a standing noun in apposition to the name
        (
            "Republican Party candidate Maria Okoro spoke on Monday.",
            [("person.affiliation", "party:republican-party-us", "asserted")],
        ),
        (
            "Maria Okoro, the Centre Party's candidate, spoke on Monday.",
            [("person.affiliation", "party:~centre-party", "asserted")],
        ),
        (
            "Maria Okoro, who is the Republican Party's nominee, spoke on Monday.",
            [("person.affiliation", "party:republican-party-us", "asserted")],
        ),
        # the office sought after "candidate for" is a future role, not one held
        (
            "The ruling Amber Union's candidate for mayor, Maria Okoro, spoke on Monday.",
            [
                ("person.affiliation", "party:~amber-union", "asserted"),
                ("person.role", "mayor", "scheduled"),
            ],
        ),
        (
            "Maria Okoro, a candidate for president, spoke.",
            [("person.role", "president", "scheduled")],
        ),
        # no party: a place or a chamber owns the noun
        ("Maria Okoro, Norland's candidate at the contest, sang.", []),
        ("Maria Okoro, the Senate's nominee for the court, spoke.", []),
    ],
)
def test_a_candidate_stands_for_the_party_that_owns_the_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    analysis = Analysis(Document(id="a.txt", path="a.txt", text=text))
    got = sorted((c.facet, c.value, c.modality.value) for c in roles(analysis))
    assert got == sorted(expected)


def test_a_candidates_party_contradicts_another_articles_party() -> None:
    findings = findings_of(
        "The ruling Amber Union's candidate Maria Okoro opened the campaign on Monday.",
        "Maria Okoro, of the opposition Civic Union party, opened the campaign on Monday.",
    )
    parties = [
        f for f in findings if f.facet == "person.affiliation" and f.kind.value == "discrepancy"
    ]
    assert [(f.category, f.subject) for f in parties] == [("contradiction", "person:~maria-okoro")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place a lawmaker is elected for or comes from is no organisation of the role
        (
            "Joana Pires, a Civic Union party lawmaker from Porto, said so on Monday.",
            [("person.affiliation", "party:~civic-union"), ("person.role", "lawmaker")],
        ),
        # a name nothing resolved right before the title in an appositive is its organisation
        (
            "Joana Pires, a Left Harbour lawmaker, said so on Monday.",
            [("person.affiliation", "organization:~left-harbour"), ("person.role", "lawmaker")],
        ),
        (
            "Joana Pires, a Left Harbour member of parliament for Porto, said so on Monday.",
            [("person.affiliation", "organization:~left-harbour"), ("person.role", "lawmaker")],
        ),
        # other roles keep the organisation their preposition names
        (
            "Joana Pires, a spokeswoman for Acme Robotics, said so on Monday.",
            [
                ("person.affiliation", "organization:~acme-robotics"),
                ("person.role", "spokesperson"),
            ],
        ),
    ],
)
def test_a_lawmakers_party_and_seat(text: str, expected: list[tuple[str, str]]) -> None:
    analysis = Analysis(Document(id="a.txt", path="a.txt", text=text))
    assert sorted((c.facet, c.value) for c in roles(analysis)) == sorted(expected)


def test_an_appositive_lawmakers_organisation_stands_where_the_party_does() -> None:
    findings = findings_of(
        "Joana Pires, a Civic Union party lawmaker from Porto, said the talks failed on Monday.",
        "Joana Pires, a Left Harbour member of parliament for Porto, said the talks failed.",
    )
    [party] = [
        f for f in findings if f.facet == "person.affiliation" and f.category == "contradiction"
    ]
    assert {o.value for o in party.observations} == {"party:~civic-union", "party:~left-harbour"}
