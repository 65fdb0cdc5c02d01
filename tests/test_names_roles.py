"""Roles and affiliations read from titles, appositives, copulas and relative clauses."""

from __future__ import annotations

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document, Modality
from crosscheck.names import find_mentions, registry_for
from crosscheck.names.claims import roles
from crosscheck.names.roles import find_roles
from crosscheck.nlp import annotate

Row = tuple[str, str, str | None, str | None, str | None, bool]


def facts(text: str) -> list[Row]:
    doc = Document(id="d", path="d", text=text)
    return [
        (f.person.text, f.role, f.organization, f.qualifier, f.field, f.past)
        for f in find_roles(annotate(doc), find_mentions(doc), registry_for())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pre-name titles, with the country before them
        (
            "Japanese Defense Minister Yasukazu Hamada told reporters.",
            [("Yasukazu Hamada", "defense minister", "country:jp", None, None, False)],
        ),
        (
            "U.S. President Joe Biden will host the summit.",
            [("Joe Biden", "president", "country:us", None, None, False)],
        ),
        (
            "President Moon Jae-in gave an interview.",
            [("Moon Jae-in", "president", None, None, None, False)],
        ),
        (
            "former President Moon Jae-in said so.",
            [("Moon Jae-in", "president", None, None, None, True)],
        ),
        (
            "South Korean opposition leader Lee Jae-myung said so.",
            [("Lee Jae-myung", "leader", "country:kr", "opposition", None, False)],
        ),
        (
            "Japan's Prime Minister Fumio Kishida said so.",
            [("Fumio Kishida", "prime minister", "country:jp", None, None, False)],
        ),
        # appositives
        (
            "Lee Jae-myung spoke, said Lee, leader of the Democratic Party (DP) of Korea.",
            [("Lee", "leader", "party:democratic-party-of-korea", None, None, False)],
        ),
        (
            "said Park Won-gon, a professor of North Korean studies at Ewha Womans University.",
            [
                (
                    "Park Won-gon",
                    "professor",
                    "organization:~ewha-womans-university",
                    None,
                    "North Korean studies",
                    False,
                )
            ],
        ),
        (
            "said Sohn Yul, president of the East Asia Institute.",
            [("Sohn Yul", "president", "organization:~east-asia-institute", None, None, False)],
        ),
        (
            "Park Jie-won, an adviser to the DP and a former National Intelligence Service chief.",
            [
                ("Park Jie-won", "adviser", "party:democratic-party-of-korea", None, None, False),
                ("Park Jie-won", "leader", "org:national-intelligence-service", None, None, True),
            ],
        ),
        (
            "By Seong Yeon-cheol, staff reporter",
            [("Seong Yeon-cheol", "reporter", None, None, None, False)],
        ),
        # relative clauses and copulas
        (
            "Lee Jae-myung, who chairs South Korea\u2019s principal opposition party Toburo, said.",
            [
                (
                    "Lee Jae-myung",
                    "leader",
                    "party:democratic-party-of-korea",
                    "opposition",
                    None,
                    False,
                )
            ],
        ),
        (
            "Kim Jong Un, who was the leader of the Workers' Party of Korea, said.",
            [("Kim Jong Un", "leader", "party:workers-party-of-korea", None, None, True)],
        ),
        (
            "Aldgra Fredly is a freelance writer covering Asia.",
            [("Aldgra Fredly", "writer", None, None, None, False)],
        ),
        # multi-word titles and organisation names, modifiers that are not the organisation
        (
            "Japan's Chief Cabinet Secretary Hirokazu Matsuno said.",
            [("Hirokazu Matsuno", "chief cabinet secretary", "country:jp", None, None, False)],
        ),
        (
            "said Dr. Victor Cha, a senior fellow at the Center for Strategic and International "
            "Studies in Washington.",
            [
                (
                    "Victor Cha",
                    "researcher",
                    "organization:~center-for-strategic-and-international-studies",
                    None,
                    None,
                    False,
                )
            ],
        ),
        (
            "Philip Goldberg, who heads the U.S. embassy in Seoul, met him.",
            [("Philip Goldberg", "leader", None, None, None, False)],
        ),
        # not roles
        ("his US counterpart Joe Biden", []),
        ("Mr. Yoon, a conservative who has pushed to resolve it, said.", []),
        ("", []),
    ],
)
def test_roles(text: str, expected: list[Row]) -> None:
    assert facts(text) == expected


def test_role_claims_normalise_and_carry_the_evidence() -> None:
    text = "Lee Jae-myung, who chairs South Korea\u2019s principal opposition party Toburo, said."
    doc = Document(id="d", path="d", text=text)
    claims = roles(Analysis(doc))
    [role] = [c for c in claims if c.facet == "person.role"]
    [party] = [c for c in claims if c.facet == "person.affiliation"]
    assert (role.subject, role.value, role.details.qualifier) == (
        "person:lee-jae-myung",
        "leader",
        "opposition",
    )
    assert (party.value, party.written, party.details.kind) == (
        "party:democratic-party-of-korea",
        "Toburo",
        "party",
    )
    assert doc.quote(party.evidence[0]) == "Lee Jae-myung"
    assert doc.quote(party.evidence[1]) == "Toburo"


def test_a_former_role_is_a_past_claim() -> None:
    doc = Document(
        id="d", path="d", text="Park Jie-won, a former National Intelligence Service chief."
    )
    [role] = [c for c in roles(Analysis(doc)) if c.facet == "person.role"]
    assert role.modality is Modality.PAST and role.value == "leader"


def test_repeated_titles_make_one_claim_with_every_span() -> None:
    text = "President Joe Biden spoke. Later President Joe Biden left."
    doc = Document(id="d", path="d", text=text)
    [role] = [c for c in roles(Analysis(doc)) if c.facet == "person.role"]
    assert len(role.evidence) == 4
