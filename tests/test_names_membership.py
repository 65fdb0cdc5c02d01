"""Party membership after a name, multi-word titles, and names that merely contain a place."""

from __future__ import annotations

import pytest

from crosscheck.model import Document, Finding
from crosscheck.names import find_mentions, registry_for
from crosscheck.names.roles import find_roles
from crosscheck.nlp import annotate
from tests.texts import findings_of

Fact = tuple[str, str, str | None, bool]  # person, role, organisation, past


def facts(text: str) -> list[Fact]:
    doc = Document(id="d", path="d", text=text)
    return [
        (f.person.text, f.role, f.organization, f.past)
        for f in find_roles(annotate(doc), find_mentions(doc), registry_for())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # membership phrases after a name give an affiliation and no role
        (
            "Ana Ruiz, of the Verdant party, said the bill would pass.",
            [("Ana Ruiz", "", "party:~verdant", False)],
        ),
        (
            "Ana Ruiz, who belongs to the Verdant party, said so.",
            [("Ana Ruiz", "", "party:~verdant", False)],
        ),
        (
            "Ana Ruiz, who is a member of the Verdant party, said so.",
            [("Ana Ruiz", "", "party:~verdant", False)],
        ),
        (
            "Ana Ruiz, who joined the Verdant party in 2010, said so.",
            [("Ana Ruiz", "", "party:~verdant", False)],
        ),
        (
            "Ana Ruiz, a member of the Verdant party, said so.",
            [("Ana Ruiz", "", "party:~verdant", False)],
        ),
        (
            "Ana Ruiz, who was a member of the Verdant party until 2019, said so.",
            [("Ana Ruiz", "", "party:~verdant", True)],
        ),
        (
            "Ana Ruiz, a member of Japan's ruling Liberal Democratic Party, said so.",
            [("Ana Ruiz", "", "party:ldp-japan", False)],
        ),
        (
            "Ana Ruiz, a member of President Luis Vega's Verdant party, said so.",
            [("Ana Ruiz", "", "party:~verdant", False), ("Luis Vega", "president", None, False)],
        ),
        (
            "Ana Ruiz, of the Civic Platform, said so.",
            [("Ana Ruiz", "", "organization:~civic-platform", False)],
        ),
        # "<Party> politician", "<Party>'s chairwoman": a role with the party
        (
            "Ana Ruiz, a Verdant party politician, said so.",
            [("Ana Ruiz", "politician", "party:~verdant", False)],
        ),
        (
            "The Verdant party's chairwoman Ana Ruiz said so.",
            [("Ana Ruiz", "leader", "party:~verdant", False)],
        ),
        # not memberships: a part of the party, a role, a participle
        ("Ana Ruiz, of the Verdant party's youth wing, said so.", []),
        ("Ana Ruiz, a member of parliament, said so.", [("Ana Ruiz", "lawmaker", None, False)]),
        ("Ana Ruiz, joined by Luis Vega, said so.", []),
        # multi-word titles and sports roles
        (
            "Director General Hamid Lakhdar said the port would reopen.",
            [("Hamid Lakhdar", "director general", None, False)],
        ),
        (
            "Sporting director Rafael Ortega said so.",
            [("Rafael Ortega", "sporting director", None, False)],
        ),
        ("Coach Rafael Ortega said so.", [("Rafael Ortega", "coach", None, False)]),
        # a place before a title is no plural title of a list ("Kings", "kings")
        (
            "Kings Fire Chief Rafael Ortega said so.",
            [("Rafael Ortega", "fire chief", None, False)],
        ),
        (
            "Rafael Ortega, the team captain, said so.",
            [("Rafael Ortega", "captain", None, False)],
        ),
        # a lone common noun capitalised at a sentence's start is no organisation
        (
            "Club president Rafael Ortega said so.",
            [("Rafael Ortega", "club president", None, False)],
        ),
        # a place at the start of a longer name is not the person's organisation
        (
            "Ana Ruiz, a lawmaker from the Chilean Humanist Party, said so.",
            [("Ana Ruiz", "lawmaker", "party:~chilean-humanist-party", False)],
        ),
        (
            "Rafael Ortega, head of the Kenya Ports Authority, said so.",
            [("Rafael Ortega", "leader", "organization:~kenya-ports-authority", False)],
        ),
        # ... nor after a membership phrase: the whole name is the organisation
        (
            "The treaty was signed by Ana Ruiz of the Chilean Humanist Party.",
            [("Ana Ruiz", "", "party:~chilean-humanist-party", False)],
        ),
        (
            "Ana Ruiz, of the Chilean Humanist Party, signed the treaty.",
            [("Ana Ruiz", "", "party:~chilean-humanist-party", False)],
        ),
        (
            "Ana Ruiz, who belongs to the Peruvian Green Alliance party, signed it.",
            [("Ana Ruiz", "", "party:~peruvian-green-alliance", False)],
        ),
        (
            "The dock was inspected by Rafael Ortega of the Kenya Ports Authority.",
            [("Rafael Ortega", "", "organization:~kenya-ports-authority", False)],
        ),
        # a capitalised time word inside the name is part of it
        (
            "Ana Ruiz, of the Green Future Party, signed the treaty.",
            [("Ana Ruiz", "", "party:~green-future-party", False)],
        ),
        (
            "The treaty was signed by Ana Ruiz of the New Harbour Movement.",
            [("Ana Ruiz", "", "organization:~new-harbour-movement", False)],
        ),
        # a demonym before a lower-case noun modifies it: no organisation
        ("The ship was boarded by Rafael Ortega of the Chilean navy.", []),
    ],
)
def test_membership_and_titles(text: str, expected: list[Fact]) -> None:
    assert facts(text) == expected


def _affiliation(findings: list[Finding], category: str) -> list[Finding]:
    return [f for f in findings if f.facet == "person.affiliation" and f.category == category]


def test_membership_phrases_that_disagree_contradict() -> None:
    findings = findings_of(
        "Luis Vega, of the Verdant party, opened the bridge on Monday.",
        "Luis Vega, who belongs to the Ember party, opened the bridge on Monday.",
    )
    (f,) = _affiliation(findings, "contradiction")
    assert {o.value for o in f.observations} == {"party:~verdant", "party:~ember"}


def test_membership_phrases_that_agree_under_different_forms_agree() -> None:
    findings = findings_of(
        "Luis Vega, a member of Japan's ruling Liberal Democratic Party, spoke on Monday.",
        "Luis Vega, who joined the LDP in 2001, spoke on Monday.",
    )
    assert _affiliation(findings, "contradiction") == []
    (f,) = _affiliation(findings, "corroborated")
    assert {o.value for o in f.observations} == {"party:ldp-japan"}


def test_a_country_word_inside_an_organisation_is_not_the_persons_country() -> None:
    findings = findings_of(
        "Rafael Ortega, head of the Kenya Ports Authority, said on Monday.",
        "Rafael Ortega, a Ugandan official, said on Monday.",
    )
    assert [f for f in findings if f.category == "contradiction"] == []


def test_accent_only_spelling_differences_are_not_variants() -> None:
    findings = findings_of(
        "Márcio Tavora, the mayor, spoke on Monday.", "Marcio Tavora, the mayor, spoke on Monday."
    )
    assert [f for f in findings if f.facet == "entity.name" and f.kind.value != "agreement"] == []
    assert any(f.facet == "person.role" and f.category == "corroborated" for f in findings)
