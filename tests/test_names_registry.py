"""The entity registry: validation, extension and override, and the one-pass alias matcher."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.errors import InputError
from crosscheck.model import Entity
from crosscheck.names import parse_entities, registry_for
from crosscheck.names.matcher import AliasMatcher, fold
from crosscheck.names.registry import is_local, local_id


@pytest.mark.parametrize(
    ("table", "reason"),
    [
        ({"label": "X", "kind": "party"}, "'id'"),
        ({"id": "party:x", "kind": "party"}, "'label'"),
        ({"id": "party:x", "label": "X"}, "'kind'"),
        ({"id": "no-prefix", "label": "X", "kind": "party"}, "an id like"),
        ({"id": "party:~x", "label": "X", "kind": "party"}, "an id like"),
        ({"id": "party:x", "label": "X", "kind": "party", "aliases": "X"}, "'aliases'"),
        ({"id": "party:x", "label": "X", "kind": "party", "aliases": [""]}, "'aliases'"),
        ({"id": "party:x", "label": "X", "kind": "party", "wikidata": "884"}, "Wikidata"),
        ({"id": "party:x", "label": "X", "kind": "party", "country": "Korea"}, "country id"),
        ({"id": "party:x", "label": "X", "kind": "party", "colour": "red"}, "unknown key"),
        ({"id": "club:x", "label": "X", "kind": "club"}, "unknown kind 'club'; expected one of"),
        ("not a table", "expected a table"),
    ],
)
def test_parse_entities_rejects_malformed_tables(table: Any, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as err:
        parse_entities([table], "crosscheck.toml")
    assert err.value.path == "crosscheck.toml"


def test_parse_entities_rejects_a_repeated_id() -> None:
    table = {"id": "party:x", "label": "X", "kind": "party"}
    with pytest.raises(InputError, match="defined twice"):
        parse_entities([table, table], "crosscheck.toml")


def test_parse_entities_builds_entities() -> None:
    [entity] = parse_entities(
        [
            {
                "id": "party:x",
                "label": " X Party ",
                "kind": "party",
                "aliases": ["XP"],
                "wikidata": "Q1",
                "country": "country:kr",
            }
        ],
        "m.toml",
    )
    assert entity == Entity("party:x", "X Party", "party", ("XP",), "Q1", "country:kr")


def test_extra_entities_extend_and_override_the_shipped_registry() -> None:
    new = Entity("party:example", "Example Party", "party", ("EXP",))
    override = Entity("outlet:ap", "Associated Press", "outlet", ("AP", "A.P."))
    registry = registry_for([new, override])
    assert registry.resolve("EXP") == ("party:example",)
    assert registry.resolve("A.P.") == ("outlet:ap",)
    assert registry.resolve("The Associated Press") == ()  # the override replaced the aliases
    assert registry_for().resolve("The Associated Press") == ("outlet:ap",)
    assert registry_for([new, override]) is registry  # built once per distinct extra


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Seoul", ("place:seoul",)),  # a capital is a city inside its country
        ("South Korean", ("country:kr",)),  # a demonym
        ("Democratic party of korea", ("party:democratic-party-of-korea",)),  # case folds
        ("Toburo", ("party:democratic-party-of-korea",)),
        ("military intelligence sharing pact", ("agreement:gsomia",)),  # hyphen = space
        ("Takeshima", ("place:liancourt-rocks",)),
        ("Dokdo", ("place:liancourt-rocks",)),
        ("Channel NewsAsia", ("outlet:cna",)),
        ("ap", ()),  # an acronym must be written as one
        (
            "Democratic Party",
            (
                "party:democratic-party-of-japan",
                "party:democratic-party-of-korea",
                "party:democratic-party-us",
            ),
        ),
    ],
)
def test_resolve(text: str, ids: tuple[str, ...]) -> None:
    assert registry_for().resolve(text) == ids


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Yun Seok-yeol", ("person:yoon-suk-yeol",)),
        ("Suk-yeol Yoon", ("person:yoon-suk-yeol",)),
        ("Keon-hee Kim", ("person:kim-keon-hee",)),
        ("Nobody Atall", ()),
        ("Yoon", ()),  # a single word is never resolved by key
    ],
)
def test_resolve_key(text: str, ids: tuple[str, ...]) -> None:
    assert registry_for().resolve_key(text) == ids


def test_local_ids_derive_from_the_key_for_people() -> None:
    assert local_id("person", "Park Won-gon") == local_id("person", "Pak Won Gon")
    assert local_id("person", "Park Won-gon") == "person:~park-wongon"
    assert (
        local_id("organization", "the East Asia Institute") == "organization:~east-asia-institute"
    )
    assert is_local("person:~park-wongon") and not is_local("person:joe-biden")


# --- the matcher ---

MATCHER = AliasMatcher(
    {
        "AP": ["outlet:ap"],
        "NATO": ["org:nato"],
        "Korea": ["country:kr"],
        "South Korea": ["country:kr"],
        "Korean Peninsula": ["place:peninsula"],
        "military pact": ["agreement:pact"],
    }
)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("via AP.", ["AP"]),
        ("a gap in it", []),  # inside a word
        ("Ap and ap", []),  # short acronyms only in capitals
        ("Nato and NATO", ["Nato", "NATO"]),  # longer acronyms also in title case
        ("South Korea", ["South Korea"]),  # longest match wins
        ("the Korean Peninsula", ["Korean Peninsula"]),
        ("SOUTH KOREA", ["SOUTH KOREA"]),
        ("south korea", []),  # a capitalised alias needs a capital
        ("their military\u2011pact", ["military\u2011pact"]),  # any dash is a space
        ("Korea-Japan ties", ["Korea"]),
        ("", []),
    ],
)
def test_matcher(text: str, found: list[str]) -> None:
    assert [text[h.start : h.end] for h in MATCHER.find(text)] == found


@given(st.text(max_size=60))
def test_fold_keeps_offsets(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text(max_size=60))
def test_matcher_never_fails_and_hits_are_disjoint_and_ordered(text: str) -> None:
    hits = registry_for().matcher.find(text)
    for a, b in itertools.pairwise(hits):
        assert a.end <= b.start
    for h in hits:
        assert fold(text[h.start : h.end]) == fold(h.alias)


def test_every_alias_matches_itself() -> None:
    registry = registry_for()
    for entity in registry.entities:
        for name in (entity.label, *entity.aliases):
            assert entity.id in registry.resolve(name), (entity.id, name)
