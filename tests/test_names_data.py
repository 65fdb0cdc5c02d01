"""The name data files stay well formed: sorted, unique, consistent with each other."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from pathlib import Path

import pytest

from crosscheck.names.keys import canon_token, name_key
from crosscheck.names.matcher import fold
from crosscheck.names.registry import (
    declared_ambiguous,
    name_disputes,
    parse_entities,
    registry_for,
    shipped_entities,
)

DATA = Path(__file__).resolve().parent.parent / "crosscheck" / "data"
ENTITY_FILES = sorted((DATA / "entities").glob("*.toml"))
NAMES = DATA / "names"


def _load(path: Path) -> dict[str, object]:
    return tomllib.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("path", ENTITY_FILES, ids=lambda p: p.name)
def test_entity_file_is_well_formed_and_sorted_by_id(path: Path) -> None:
    data = _load(path)
    assert set(data) == {"entity"}, "an entity file holds [[entity]] tables only"
    entities = parse_entities(data["entity"], str(path))  # type: ignore[arg-type]
    ids = [e.id for e in entities]
    assert ids == sorted(ids), f"{path.name} is not sorted by id"
    for e in entities:
        assert e.id.split(":")[0] in {
            "agreement",
            "country",
            "event",
            "org",
            "outlet",
            "party",
            "person",
            "place",
            "system",
        }
        assert len(set(e.aliases)) == len(e.aliases), f"{e.id} lists an alias twice"
        assert e.label not in e.aliases, f"{e.id} repeats its label as an alias"
        if e.country is not None:
            assert registry_for().find(e.country) is not None, f"{e.id}: unknown {e.country}"


def test_ids_are_unique_across_files() -> None:
    ids = [e.id for e in shipped_entities()]
    assert len(ids) == len(set(ids))


def test_every_alias_names_one_entity_or_is_declared_ambiguous() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for e in shipped_entities():
        for name in (e.label, *e.aliases):
            owners[fold(name)].add(e.id)
    shared = {alias: frozenset(ids) for alias, ids in owners.items() if len(ids) > 1}
    assert shared == dict(declared_ambiguous())


def test_ambiguous_file_is_sorted_and_names_real_entities() -> None:
    entries = _load(NAMES / "ambiguous.toml")["ambiguous"]
    aliases = [e["alias"] for e in entries]  # type: ignore[index, union-attr]
    assert aliases == sorted(aliases)
    for entry in entries:  # type: ignore[union-attr]
        assert entry["entities"] == sorted(entry["entities"])
        assert all(registry_for().find(i) for i in entry["entities"])


def test_person_keys_do_not_collide_between_people() -> None:
    keys: dict[str, set[str]] = defaultdict(set)
    for e in shipped_entities():
        if e.kind == "person":
            for name in (e.label, *e.aliases):
                keys[name_key(name)].add(e.id)
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}


def test_disputed_names_are_aliases_of_their_entity() -> None:
    entries = _load(NAMES / "disputes.toml")["dispute"]
    assert [e["entity"] for e in entries] == sorted(e["entity"] for e in entries)  # type: ignore[union-attr, index]
    registry = registry_for()
    for entity_id, names in name_disputes().items():
        assert names, entity_id
        assert set(names) <= registry.folded_names(entity_id), entity_id
        assert all(registry.kind(c) == "country" for c in names.values())


def _sorted_unique(words: list[str]) -> bool:
    return words == sorted(set(words))


def test_romanization_tables_are_sorted_unique_and_consistent() -> None:
    data = _load(NAMES / "romanization.toml")
    assert _sorted_unique(data["syllables"])  # type: ignore[arg-type]
    assert _sorted_unique(data["suffixes"])  # type: ignore[arg-type]
    for table in ("family", "syllable"):
        groups: dict[str, list[str]] = data[table]  # type: ignore[assignment]
        assert list(groups) == sorted(groups), f"[{table}] keys not sorted"
        seen: set[str] = set()
        for canonical, variants in groups.items():
            assert _sorted_unique(variants), f"[{table}] {canonical}"
            for v in variants:
                assert v not in seen and v not in groups, f"[{table}] {v} is in two groups"
                seen.add(v)
    # Every canonical form maps to itself, so the key is a fixed point of its own tables.
    for canonical in (*data["family"], *data["syllable"]):  # type: ignore[misc]
        assert canon_token(canonical) == canon_token(canon_token(canonical))


@pytest.mark.parametrize(
    "name", ["roles.toml", "stopwords.toml", "person_words.toml", "metonyms.toml"]
)
def test_word_lists_are_sorted_lower_case_and_unique(name: str) -> None:
    data = _load(NAMES / name)
    for key, value in data.items():
        if isinstance(value, list):
            assert _sorted_unique(value), key
            assert all(w == w.lower() for w in value), key
        elif isinstance(value, dict):
            assert list(value) == sorted(value), key
            for inner, words in value.items():
                if isinstance(words, list):
                    assert _sorted_unique(words), f"{key}.{inner}"


def test_exclusive_and_referring_roles_are_normalised_roles() -> None:
    data = _load(NAMES / "roles.toml")
    normalised = set(data["roles"].values())  # type: ignore[union-attr]
    assert set(data["exclusive"]["roles"]) <= normalised  # type: ignore[index]
    assert set(data["referring"]["roles"]) <= normalised  # type: ignore[index]
    assert set(data["national"]["roles"]) <= set(data["exclusive"]["roles"])  # type: ignore[index]
    assert set(data["verbs"].values()) <= normalised  # type: ignore[union-attr]


def test_seats_of_government_are_cities_of_the_registry() -> None:
    data = _load(NAMES / "metonyms.toml")
    registry = registry_for()
    for seat in data["seats"]:  # type: ignore[union-attr]
        entity = registry.find(seat)
        assert entity is not None and entity.kind == "city" and entity.country, seat
    for seat, government in data["governments"].items():  # type: ignore[union-attr]
        assert seat in data["seats"] and registry.find(government) is not None, seat  # type: ignore[operator]


def test_given_names_are_no_words_of_names_of_things() -> None:
    data = _load(NAMES / "person_words.toml")
    given = set(data["given_names"])  # type: ignore[arg-type]
    assert not given & set(data["not_name_words"])  # type: ignore[arg-type]
    assert not given & set(data["particles"])  # type: ignore[arg-type]


def test_portfolios_build_roles_and_plurals() -> None:
    from crosscheck.names.lexicon import lexicon

    lex = lexicon()
    assert lex.role("Energy Minister") == lex.role("minister of energy") == "energy minister"
    assert lex.role("Defence Secretary") == "defense secretary"
    assert lex.role("Prime Ministers") == "prime minister" and lex.is_plural("prime ministers")
    assert lex.role("chairmen") == "leader"
    assert not lex.is_plural("heads")  # a verb ("who heads the party") before a plural title


def test_portfolio_synonyms_and_ambiguous_portfolios_are_normalised_portfolios() -> None:
    data = _load(NAMES / "roles.toml")
    portfolios = set(data["portfolios"].values())  # type: ignore[union-attr]
    synonyms: dict[str, list[str]] = data["portfolio_synonyms"]  # type: ignore[assignment]
    for portfolio, others in synonyms.items():
        assert {portfolio, *others} <= portfolios, portfolio
        assert portfolio not in others, portfolio
    assert set(data["ambiguous_portfolios"]) <= portfolios  # type: ignore[arg-type]
