"""Entities from the model's layer and coreference a careful reader would do (issue 13, items 1-2).

Sentences are written for these tests, about stories not in the seeds.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract import extract_claims
from crosscheck.model import Corpus, Document, Resolution
from crosscheck.names import find_mentions, model_entity_id
from crosscheck.names.findings import identity_note
from crosscheck.normalize import normalize

C, K = Resolution.COREFERENCE, Resolution.KEY


def _mentions(text: str) -> list[tuple[str, str | None, Resolution, str | None]]:
    doc = Document(id="d", path="d", text=text)
    return [
        (
            m.text,
            m.entity_id,
            m.resolution,
            text[m.evidence.start : m.evidence.end] if m.evidence else None,
        )
        for m in find_mentions(doc)
    ]


# --- stable ids for the model's entities ---


@pytest.mark.parametrize(
    ("label", "name", "expected"),
    [
        ("PERSON", "Ines Okoro", "person:~ines-okoro"),
        ("PERSON", "Okoro Ines", "person:~ines-okoro"),  # the key ignores name order
        ("PERSON", "Okoro\u2019s", model_entity_id("PERSON", "Okoro")),  # no possessive
        ("ORG", "the Telvaro Group", "organization:~telvaro-group"),  # leading article dropped
        ("GPE", "Port Selwyn", "place:~port-selwyn"),
        ("FAC", "Harbour Hall", "place:~harbour-hall"),
        ("LOC", "the Amber Coast", "region:~amber-coast"),
        ("NORP", "Valdorians", "group:~valdorians"),
        ("DATE", "Monday", None),  # no entity
        ("CARDINAL", "twelve", None),
    ],
)
def test_model_entity_ids_come_from_label_and_name(
    label: str, name: str, expected: str | None
) -> None:
    assert model_entity_id(label, name) == expected


@given(st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"]), st.text(max_size=30))
def test_model_entity_id_depends_on_nothing_but_label_and_name(label: str, name: str) -> None:
    first = model_entity_id(label, name)
    assert first == model_entity_id(label, name)
    assert first is None or first.split(":", 1)[0] in {
        "person",
        "organization",
        "place",
        "region",
        "group",
    }


# --- within one document ---


@pytest.mark.parametrize(
    ("text", "written", "entity_id", "resolution", "evidence"),
    [
        # the model labels the untitled full name otherwise; the title elsewhere says person
        (
            "Ines Okoro met the traders. Later, Mayor Ines Okoro cut the ribbon.",
            "Ines Okoro",
            "person:~ines-okoro",
            K,
            "Ines Okoro",
        ),
        # a surname alone and a title plus surname: the full name earlier
        (
            "Mayor Ines Okoro cut the ribbon. Okoro said the bridge was late.",
            "Okoro",
            "person:~ines-okoro",
            C,
            "Ines Okoro",
        ),
        (
            "Mayor Ines Okoro cut the ribbon. Ms. Okoro said the bridge was late.",
            "Okoro",
            "person:~ines-okoro",
            C,
            "Ines Okoro",
        ),
        # an acronym: the one institution with those initials written before it
        (
            "The Nordic Shipping Authority fined the ferry firm. The NSA said the fine was final.",
            "NSA",
            "organization:~nordic-shipping-authority",
            C,
            "The Nordic Shipping Authority",
        ),
        (
            "The Bureau of Coastal Safety closed the pier. BCS inspectors arrived on Friday.",
            "BCS",
            "organization:~bureau-of-coastal-safety",
            C,
            "The Bureau of Coastal Safety",
        ),
    ],
)
def test_short_forms_resolve_to_the_name_written_before(
    text: str, written: str, entity_id: str, resolution: Resolution, evidence: str
) -> None:
    assert (written, entity_id, resolution, evidence) in _mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        # written before its full name: nothing to resolve to yet
        "The NSA said the fine was final. The Nordic Shipping Authority fined the firm.",
        # two institutions with the same initials: a reader would not guess
        "The Nordic Shipping Authority and the National Salmon Association met. The NSA agreed.",
    ],
)
def test_an_acronym_without_one_earlier_expansion_stays_unresolved(text: str) -> None:
    found = [m for m in _mentions(text) if m[0] == "NSA"]
    assert found and all(m[2] is not C for m in found)


# --- across documents ---


def _normalised(*texts: str) -> list:
    docs = tuple(
        Document(
            id=f"{n}.txt",
            path=f"{n}.txt",
            text=t,
            outlet=f"Outlet {n}",
            published=dt.date(2024, 5, 2),
        )
        for n, t in enumerate(texts)
    )
    claims = [c for d in docs for c in extract_claims(d)]
    return normalize(claims, Corpus(documents=docs))


def test_a_person_in_one_article_is_a_person_in_all() -> None:
    claims = _normalised(
        "Ines Okoro (IO) spoke at the harbour fair.",
        "Mayor Ines Okoro opened the harbour fair on Monday.",
    )
    names = [c for c in claims if c.facet == "entity.name"]
    assert {c.subject for c in names} == {"person:~ines-okoro"}
    moved = [c for c in names if c.doc_id == "0.txt"]
    assert moved and all(c.merge is not None and c.merge.tier == "corpus" for c in moved)
    note = identity_note(moved)
    assert "organization:~ines-okoro, a person in another document" in note


def test_spelling_variants_across_articles_are_one_person_with_the_decision_recorded() -> None:
    claims = _normalised(
        "Harbour Commissioner Marguerite Delacroix opened the pier.",
        "Harbour Commissioner Marguerite Delacroixe opened the pier.",
    )
    subjects = {c.subject for c in claims if c.facet == "person.role"}
    assert len(subjects) == 1
    merged = [c for c in claims if c.merge is not None]
    assert merged and {c.merge.tier for c in merged} == {"fuzzy"}


def _findings(*texts: str) -> list[tuple[str, str, str]]:
    from crosscheck.align import align
    from crosscheck.compare import compare

    docs = tuple(
        Document(
            id=f"{n}.txt",
            path=f"{n}.txt",
            text=t,
            outlet=f"Outlet {n}",
            published=dt.date(2024, 5, 2),
        )
        for n, t in enumerate(texts)
    )
    corpus = Corpus(documents=docs)
    claims = normalize([c for d in docs for c in extract_claims(d)], corpus)
    return [
        (f.kind.value, f.category, f.subject)
        for f in compare(align(claims), corpus, claims)
        if f.facet in ("entity.name", "person.role")
    ]


def test_a_misspelling_inside_one_article_is_an_inconsistency_not_a_second_person() -> None:
    text = (
        "Harbour Commissioner Ines Okoro opened the pier on Monday. Later, Harbour Commissioner "
        "Inez Okoro said the pier cost too much."
    )
    people = {m[1] for m in _mentions(text) if (m[1] or "").startswith("person:")}
    assert people == {"person:~ines-okoro"}
    found = _findings(text, "Harbour Commissioner Ines Okoro opened the pier on Monday.")
    assert ("discrepancy", "inconsistency", "person:~ines-okoro") in found
    assert not any(f[1] == "possible-variant" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # the same title and surname, given names far apart: two people (relatives, colleagues)
        "Judge Ines Okoro heard the case. Judge Tunde Okoro heard the appeal.",
        # close given names but different titles: no evidence they are one
        "Judge Ines Okoro heard the case. Senator Inez Okoro spoke later.",
    ],
)
def test_people_are_not_joined_without_title_surname_and_close_given_name(text: str) -> None:
    people = {m[1] for m in _mentions(text) if (m[1] or "").startswith("person:")}
    assert len(people) == 2


# --- organisations named with a possessive, and "the union" standing for one of them ---

DOCKERS = "organization:~harbour-dockers-union"
GROWERS = "organization:~valley-growers-association"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive inside an organisation's name does not make its first words a person
        (
            "Lena Varga, who chairs the Harbour Dockers' Union, said the union would strike.",
            [
                ("Harbour Dockers' Union", DOCKERS, K, None),
                ("union", DOCKERS, C, "Harbour Dockers' Union"),
            ],
        ),
        (
            "The Valley Growers' Association met on Friday. The association wants higher prices.",
            [
                ("Valley Growers' Association", GROWERS, K, None),
                ("association", GROWERS, C, "Valley Growers' Association"),
            ],
        ),
        # two unions named: "the union" could be either, so it is no mention
        (
            "The Harbour Dockers' Union and the Rail Drivers' Union met. The union said no.",
            [
                ("Harbour Dockers' Union", DOCKERS, K, None),
                ("Rail Drivers' Union", "organization:~rail-drivers-union", K, None),
            ],
        ),
        # none named before it
        (
            "The union said it would strike. Later the Harbour Dockers' Union confirmed it.",
            [("Harbour Dockers' Union", DOCKERS, K, None)],
        ),
        # the noun only modifies another: "the union leader" is a person, not the union
        (
            "The Harbour Dockers' Union voted. The union leader spoke.",
            [("Harbour Dockers' Union", DOCKERS, K, None)],
        ),
    ],
)
def test_organisations_with_a_possessive_and_their_definite_references(
    text: str, expected: list[tuple[str, str, Resolution, str | None]]
) -> None:
    found = [m for m in _mentions(text) if not (m[1] or "").startswith("person:")]
    assert found == expected
    # no person is read out of the organisation's name ("Harbour Dockers")
    assert all(
        "Dockers" not in t for t, e, _, _ in _mentions(text) if (e or "").startswith("person:")
    )


def test_a_title_before_the_possessive_keeps_the_person() -> None:
    found = _mentions("Mayor Ines Okoro's Office issued a statement on Monday.")
    assert [(t, e) for t, e, _, _ in found] == [("Ines Okoro", "person:~ines-okoro")]


def test_the_union_owns_its_pay_claim() -> None:
    from crosscheck.quantities import find_quantities

    text = (
        "Talks between the Harbour Dockers' Union and the port authority broke down. "
        "The union is demanding a 9% pay rise."
    )
    (q,) = [q for q in find_quantities(Document(id="d", path="d", text=text)) if "9%" in q.written]
    assert (q.agent, q.agent_written) == (DOCKERS, "union")
