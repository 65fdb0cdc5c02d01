"""Aliases a text defines for itself, and the mentions that use them."""

from __future__ import annotations

import pytest

from crosscheck.model import Document, Resolution
from crosscheck.names import find_mentions
from crosscheck.names.aliases import best_long_form, find_definitions
from crosscheck.names.text import TokenIndex
from crosscheck.nlp import annotate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Full Name (ABBR)
        ("the Foreign Media Club (FMC) said", [("FMC", "Foreign Media Club", "abbreviation")]),
        (
            "the United Nations Command (UNC) by the",
            [("UNC", "United Nations Command", "abbreviation")],
        ),
        (
            "the General Security of Military Information Agreement (Gsomia), which",
            [("Gsomia", "General Security of Military Information Agreement", "abbreviation")],
        ),
        # the Full Name (ABBR) of Country
        (
            "said Lee, leader of the Democratic Party (DP) of Korea.",
            [("DP", "Democratic Party of Korea", "abbreviation")],
        ),
        (
            "the Ministry of Foreign Affairs (MOFA) of Japan said",
            [("MOFA", "Ministry of Foreign Affairs of Japan", "abbreviation")],
        ),
        # ABBR (Full Name)
        (
            "NIS (National Intelligence Service) officials",
            [("NIS", "National Intelligence Service", "expansion")],
        ),
        # X, also known as Y
        (
            'Kim Jong Un, also known as "Rocket Man", said',
            [("Rocket Man", "Kim Jong Un", "aka")],
        ),
        ("the Minjoo Party (also known as Deobureo) said", [("Deobureo", "Minjoo Party", "aka")]),
        # Y, which <Proper noun> calls X
        (
            "the Liancourt Rocks, which Japan calls Takeshima, are",
            [("Takeshima", "Liancourt Rocks", "calls")],
        ),
        ("the Sea of Japan, which Seoul calls the East Sea", []),  # "the": not a name after calls
        # <Proper noun> calls them X: the target is left to the mentions before it
        ("the islets. Japan calls them Takeshima and", [("Takeshima", "", "calls")]),
        # not definitions
        ("President Yoon Suk-yeol (L) and", []),  # one letter
        ("in the AA News Broadcasting System (HAS), and", []),  # letters do not fit
        ("(provided by Blue House)", []),
        ("unbalanced ( parenthesis (DP", []),
        ("", []),
    ],
)
def test_definitions(text: str, expected: list[tuple[str, str, str]]) -> None:
    index = TokenIndex.from_doc(annotate(Document(id="d", path="d", text=text)))
    found = [(d.alias, d.target, d.shape) for d in find_definitions(index)]
    assert found == expected


@pytest.mark.parametrize(
    ("short", "long", "start"),
    [
        ("UNC", "the United Nations Command", 4),
        ("HAS", "the AA News Broadcasting System", None),
        ("GSOMIA", "General Security of Military Information Agreement", 0),
    ],
)
def test_schwartz_hearst(short: str, long: str, start: int | None) -> None:
    assert best_long_form(short, long) == start


def _mentions(text: str) -> list[tuple[str, str | None, Resolution, str | None]]:
    doc = Document(id="d", path="d", text=text)
    return [
        (m.text, m.entity_id, m.resolution, doc.quote(m.evidence) if m.evidence else None)
        for m in find_mentions(doc)
    ]


def test_defined_abbreviation_resolves_later_uses_with_the_definition_as_evidence() -> None:
    text = "Lee, leader of the Democratic Party (DP) of Korea, spoke. The DP said no."
    found = _mentions(text)
    assert (
        "Democratic Party (DP) of Korea",
        "party:democratic-party-of-korea",
        Resolution.REGISTRY,
        None,
    ) in found
    assert (
        "DP",
        "party:democratic-party-of-korea",
        Resolution.TEXT_ALIAS,
        "Democratic Party (DP) of Korea",
    ) in found


def test_an_unknown_organisation_gets_a_local_id_shared_by_its_abbreviation() -> None:
    found = _mentions("The Foreign Media Club (FMC) met. Later the FMC voted.")
    assert (
        "Foreign Media Club (FMC)",
        "organization:~foreign-media-club",
        Resolution.KEY,
        None,
    ) in found
    assert (
        "FMC",
        "organization:~foreign-media-club",
        Resolution.TEXT_ALIAS,
        "Foreign Media Club (FMC)",
    ) in found


def test_a_text_definition_beats_the_registry_in_its_document() -> None:
    # "AP" is an outlet in the registry; this text defines it as something else.
    found = _mentions("the Assembly of Parliaments (AP) met. The AP voted.")
    assert (
        "AP",
        "organization:~assembly-of-parliaments",
        Resolution.TEXT_ALIAS,
        "Assembly of Parliaments (AP)",
    ) in found


def test_calls_them_takes_the_thing_named_before() -> None:
    text = "Both claim the Senkaku Islands. China calls them Diaoyutai and Japan disagrees."
    found = _mentions(text)
    assert ("Senkaku Islands", "place:senkaku-islands", Resolution.REGISTRY, None) in found
    assert (
        "Diaoyutai",
        "place:senkaku-islands",
        Resolution.TEXT_ALIAS,
        "China calls them Diaoyutai",
    ) in found


def test_he_calls_it_is_not_a_definition() -> None:
    found = _mentions("the Senkaku Islands. He calls them Fake Islands today.")
    assert not any(text == "Fake Islands" for text, *_ in found)


def test_a_known_abbreviation_names_a_full_form_that_shares_its_words() -> None:
    found = _mentions("Japan's Self-Defense Force (SDF) drilled.")
    assert (
        "Self-Defense Force (SDF)",
        "org:japan-self-defense-forces",
        Resolution.REGISTRY,
        None,
    ) in found
