"""Mentions: what each name in a text resolves to, and through which tier."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import Document, Entity, Resolution
from crosscheck.names import find_mentions

R, T, K, F, U, C = (
    Resolution.REGISTRY,
    Resolution.TEXT_ALIAS,
    Resolution.KEY,
    Resolution.FUZZY,
    Resolution.UNRESOLVED,
    Resolution.COREFERENCE,
)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def resolved(text: str, extra: tuple[Entity, ...] = ()) -> list[tuple[str, str | None, Resolution]]:
    doc = Document(id="d", path="d", text=text)
    return [(m.text, m.entity_id, m.resolution) for m in find_mentions(doc, extra=extra)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # registry aliases, demonyms and capital metonyms
        ("Seoul said on Monday", [("Seoul", "country:kr", R)]),
        ("South Korean officials", [("South Korean", "country:kr", R)]),
        ("via AP", [("AP", "outlet:ap", R)]),
        ("Kim Gun-hee arrived", [("Kim Gun-hee", "person:kim-keon-hee", R)]),
        (
            "Yoon Suk Yeol and Yoon Suk-yeol",
            [
                ("Yoon Suk Yeol", "person:yoon-suk-yeol", R),
                ("Yoon Suk-yeol", "person:yoon-suk-yeol", R),
            ],
        ),
        # transliteration key: spellings no alias lists
        ("President Yun Sukyeol spoke", [("Yun Sukyeol", "person:yoon-suk-yeol", K)]),
        ("President Jae-myung Rhee spoke", [("Jae-myung Rhee", "person:lee-jae-myung", K)]),
        ("the Korea Joong-ang Daily reported", [("Korea Joong-ang Daily", "outlet:joongang", K)]),
        # fuzzy, above the merge threshold, with its score
        (
            "Prime Minister Yasukazu Hamadah said",
            [("Yasukazu Hamadah", "person:yasukazu-hamada", F)],
        ),
        # people the registry lacks: a key-derived id
        ("Park Won-gon, a professor, said", [("Park Won-gon", "person:~park-wongon", K)]),
        (
            "By Seong Yeon-cheol, staff reporter",
            [("Seong Yeon-cheol", "person:~sung-yeoncheol", K)],
        ),
        ("Aldgra Fredly is a freelance writer.", [("Aldgra Fredly", "person:~aldgra-fredly", K)]),
        # acronyms nothing resolves stay unresolved
        ("the network CAN said", [("CAN", None, U)]),
        # capitalised words that are not names
        ("In June, the president said", []),
        ("Hong Kong-based analysts", [("Hong Kong", "place:hong-kong", R)]),
        ("", []),
    ],
)
def test_mentions(text: str, expected: list[tuple[str, str | None, Resolution]]) -> None:
    assert resolved(text) == expected


def test_fuzzy_mentions_carry_their_score() -> None:
    doc = Document(id="d", path="d", text="Prime Minister Yasukazu Hamadah said")
    [mention] = find_mentions(doc)
    assert mention.resolution is F and mention.score is not None and mention.score >= 96


@pytest.mark.parametrize(
    ("text", "ref", "target"),
    [
        ("Lee Jae-myung spoke. Later, Lee said no.", "Lee", "person:lee-jae-myung"),
        ("Lee Jae-myung spoke. Lee\u2019s remarks", "Lee", "person:lee-jae-myung"),
        ("President Yoon Suk-yeol spoke. Mr. Yoon added", "Yoon", "person:yoon-suk-yeol"),
        ("President Yoon Suk-yeol spoke. Mr. Yun added", "Yun", "person:yoon-suk-yeol"),  # by key
        ("Park Won-gon, a professor, said. Park added", "Park", "person:~park-wongon"),
        # a caption before the body: the nearest following full name
        ("President Moon arrives\n\nPresident Moon Jae-in said", "Moon", "person:moon-jae-in"),
        # "the president" refers back to the person last named with that title
        (
            "President Moon Jae-in said so. Later the president added",
            "the president",
            "person:moon-jae-in",
        ),
    ],
)
def test_short_references_link_to_the_full_name(text: str, ref: str, target: str) -> None:
    doc = Document(id="d", path="d", text=text)
    refs = [m for m in find_mentions(doc) if m.text == ref]
    assert refs and all(m.entity_id == target and m.resolution is C for m in refs)
    assert all(m.evidence is not None and doc.quote(m.evidence).count(" ") >= 1 for m in refs)


def test_a_short_reference_takes_the_nearest_preceding_full_name() -> None:
    text = "Kim Jong-un met Kim Gun-hee. Kim smiled."
    assert ("Kim", "person:kim-keon-hee", C) in resolved(text)


def test_the_president_of_an_institute_is_not_a_reference() -> None:
    text = "President Moon Jae-in spoke to the president of the institute."
    assert all(m[0] != "the president" for m in resolved(text))


def test_a_word_inside_a_longer_name_is_not_a_short_reference() -> None:
    text = "Park Won-gon, a professor, said. They met at the Peace Park Memorial."
    assert [m for m in resolved(text) if m[0] == "Park"] == []


def test_an_ambiguous_alias_is_decided_by_the_other_names() -> None:
    korea = "The Democratic Party and the DP said. Seoul and South Korea agreed."
    assert ("Democratic Party", "party:democratic-party-of-korea", R) in resolved(korea)
    us = "The Democratic Party said. Washington and the United States and Republicans agreed."
    assert ("Democratic Party", "party:democratic-party-us", R) in resolved(us)
    unsure = "The Democratic Party said so."
    assert ("Democratic Party", None, U) in resolved(unsure)


def test_corpus_entities_extend_and_override_the_registry() -> None:
    extra = (
        Entity("person:hong-gil-dong", "Hong Gil-dong", "person", ("Hong Kil-tong",)),
        Entity("party:democratic-party-of-korea", "Democratic Party of Korea", "party", ("DPK",)),
    )
    found = resolved("Hong Kil-tong met the Toburo and the DPK.", extra)
    assert ("Hong Kil-tong", "person:hong-gil-dong", R) in found
    assert ("DPK", "party:democratic-party-of-korea", R) in found
    assert not any(text == "Toburo" for text, *_ in found)  # the override dropped this alias


def test_seed_003_has_the_caption_acronym_unresolved_and_the_body_one_resolved() -> None:
    text = (SEEDS / "003_2b379f518b89cfe0.txt").read_text("utf-8")
    found = resolved(text)
    assert ("CAN", None, U) in found and ("CNA", "outlet:cna", R) in found
    assert ("Channel NewsAsia", "outlet:cna", R) in found


@given(st.text(max_size=200))
def test_any_text_gives_mentions_inside_it(text: str) -> None:
    doc = Document(id="d", path="d", text=text)
    for m in find_mentions(doc):
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert text[m.span.start : m.span.end] == m.text


@given(
    st.lists(
        st.sampled_from(
            [
                "Lee",
                "Jae-myung",
                "Mr.",
                "President",
                "(DP)",
                "Democratic",
                "Party",
                "of",
                "Korea",
                ",",
                "the",
                "said",
                "CNA",
                "CAN",
                "who",
                "chairs",
                "leader",
                "\n",
                "Kim",
                "Gun-hee",
                "'s",
            ]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_name_like_word_salad_never_breaks(text: str) -> None:
    doc = Document(id="d", path="d", text=text)
    mentions = find_mentions(doc)
    starts = [m.span.start for m in mentions]
    assert starts == sorted(starts)
