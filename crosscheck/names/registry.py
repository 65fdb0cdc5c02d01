"""The entity registry: the shipped data files plus a corpus's own entries, indexed for lookup.

Entities live in ``crosscheck/data/entities/*.toml`` as ``[[entity]]`` tables (the same shape a
corpus manifest uses). A manifest entry with the id of a shipped entity replaces it; a new id adds
one. Names not in the registry get key-derived ids (``person:~kim-minsu``) so that documents
spelling them alike still meet.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from crosscheck._data import data_files, load_toml
from crosscheck.errors import InputError
from crosscheck.model import Entity, EntityKind
from crosscheck.names.keys import ascii_fold, name_key
from crosscheck.names.matcher import AliasMatcher, fold, is_acronym

ENTITY_FOLDER = "entities"
# Short forms of regions that name one only after a town and a comma ("Fountain Valley, CA").
REGION_CODES_FILE = "names/region_codes.toml"
AMBIGUOUS_FILE = "names/ambiguous.toml"
DISPUTES_FILE = "names/disputes.toml"
# How many distinct corpus registries (shipped data + manifest entries) to keep built at once.
REGISTRY_CACHE_SIZE = 8

# Marks an id derived from a name's key rather than taken from the registry.
LOCAL_MARK = "~"
# The rules of an [[entity]] table, shared with the manifest reader (crosscheck.ingest.entities),
# which reports each bad table as a diagnostic where shipped data fails loudly.
ENTITY_FIELDS = ("id", "label", "kind", "aliases", "wikidata", "country")
ENTITY_REQUIRED = ("id", "label", "kind")
KINDS = tuple(k.value for k in EntityKind)
ENTITY_ID = re.compile(r"\A[a-z][a-z0-9_-]*:[^\s~][^\s]*\Z")
WIKIDATA_ID = re.compile(r"\AQ[1-9][0-9]*\Z")
_FIELDS = ENTITY_FIELDS
_ID = ENTITY_ID
_WIKIDATA = WIKIDATA_ID
_SLUG_JUNK = re.compile(r"[^\w]+")
_ARTICLE = re.compile(r"\Athe\s+")


def _text_field(table: Mapping[str, Any], key: str, where: str, source: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InputError(source, f"{where}: expected a non-empty string for {key!r}, got {value!r}")
    return value.strip()


def _parse_entity(table: object, where: str, source: str) -> Entity:
    if not isinstance(table, Mapping):
        raise InputError(source, f"{where}: expected a table, got {type(table).__name__}")
    unknown = sorted(set(table) - set(_FIELDS))
    if unknown:
        raise InputError(source, f"{where}: unknown key(s) {unknown}; expected some of {_FIELDS}")
    entity_id = _text_field(table, "id", where, source)
    if not _ID.match(entity_id):
        raise InputError(
            source, f"{where}: expected an id like 'party:some-slug', got {entity_id!r}"
        )
    label = _text_field(table, "label", where, source)
    kind = _text_field(table, "kind", where, source)
    if kind not in KINDS:
        raise InputError(
            source, f"{where}: unknown kind {kind!r}; expected one of {', '.join(KINDS)}"
        )
    aliases = table.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise InputError(source, f"{where}: expected a list of non-empty strings for 'aliases'")
    wikidata = table.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.match(wikidata)):
        raise InputError(source, f"{where}: expected a Wikidata id like 'Q884', got {wikidata!r}")
    country = table.get("country")
    if country is not None and not (isinstance(country, str) and _ID.match(country)):
        raise InputError(
            source, f"{where}: expected a country id like 'country:kr', got {country!r}"
        )
    return Entity(
        id=entity_id,
        label=label,
        kind=kind,
        aliases=tuple(a.strip() for a in aliases),
        wikidata=wikidata,
        country=country,
    )


def parse_entities(tables: list[dict[str, Any]], source: str) -> list[Entity]:
    """Validate ``[[entity]]`` tables and return them as Entities, in the order given.

    Args:
        tables: the parsed ``entity`` array of a TOML file (shipped data or ``crosscheck.toml``).
        source: the file they come from, for error messages.

    Returns:
        One Entity per table.

    Raises:
        InputError: if a table lacks ``id``, ``label`` or ``kind``, has an unknown key, a malformed
            id, or the same id twice.
    """
    if not isinstance(tables, list):
        raise InputError(
            source, f"expected an array of [[entity]] tables, got {type(tables).__name__}"
        )
    entities: list[Entity] = []
    seen: set[str] = set()
    for number, table in enumerate(tables, 1):
        label = table.get("id") if isinstance(table, Mapping) else None
        where = f"entity #{number}" + (f" ({label!r})" if isinstance(label, str) else "")
        entity = _parse_entity(table, where, source)
        if entity.id in seen:
            raise InputError(source, f"{where}: id {entity.id!r} is defined twice")
        seen.add(entity.id)
        entities.append(entity)
    return entities


def local_id(kind: str, name: str) -> str:
    """Return the id of a name that is not in the registry ("person:~kim-minsu").

    A person's id is derived from the transliteration key, so documents that spell the name with
    the same key get the same id; other names from their folded words ("organization:~east-asia-
    institute"), a leading article dropped.
    """
    key = name_key(name) if kind == "person" else _ARTICLE.sub("", ascii_fold(name).strip())
    slug = _SLUG_JUNK.sub("-", key).strip("-") or "unnamed"
    return f"{kind}:{LOCAL_MARK}{slug}"


# The kind of a corpus-local entity the statistical model names and no alias, key or title
# resolves. Places keep the events aligner's reading: a LOC ("Northern California", "the Gulf
# coast") is wider than a town, a region. NORP ("Britons", "Sunni") is a group of people.
MODEL_KINDS: Mapping[str, str] = {
    "FAC": "place",
    "GPE": "place",
    "LOC": "region",
    "NORP": "group",
    "ORG": "organization",
    "PERSON": "person",
}
_POSSESSIVE_TAIL = re.compile(r"(?:['\u2019]s?)\Z")


def model_entity_id(label: str, name: str) -> str | None:
    """Return the stable corpus-local id of a model entity ("person:~okoro-ines"), or None.

    The id depends only on the entity label and the normalised name (the transliteration key for
    a person, so "Ines Okoro" and "Okoro Ines" meet), never on the document or its order, so every
    document naming the entity alike gets the same id. A possessive ending is no part of the name
    ("Okoro's"). Labels that name no entity (dates, numbers) give None.
    """
    kind = MODEL_KINDS.get(label)
    bare = _POSSESSIVE_TAIL.sub("", name.strip())
    if kind is None or not bare:
        return None
    return local_id(kind, bare)


def is_local(entity_id: str) -> bool:
    """Return True for a key-derived id (a name not in the registry)."""
    return f":{LOCAL_MARK}" in entity_id


def kind_of_id(entity_id: str) -> str:
    """Return the kind prefix of an id ("person" for "person:~kim-minsu")."""
    return entity_id.split(":", 1)[0]


class Registry:
    """Entities by id, their names by alias and by transliteration key, and the alias automaton."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        """Index ``entities``; a later entity with an id seen before replaces the earlier one."""
        by_id: dict[str, Entity] = {}
        for entity in entities:
            by_id[entity.id] = entity
        self._by_id = dict(sorted(by_id.items()))
        self._names: dict[str, set[str]] = {}
        self._keys: dict[str, set[str]] = {}
        for entity in self._by_id.values():
            for name in (entity.label, *entity.aliases):
                self._names.setdefault(name, set()).add(entity.id)
                if len(name.split()) >= 2 and not is_acronym(name):
                    self._keys.setdefault(name_key(name), set()).add(entity.id)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Every entity, sorted by id."""
        return tuple(self._by_id.values())

    @property
    def names(self) -> Mapping[str, frozenset[str]]:
        """Every label and alias as written, with the ids of the entities it names."""
        return {name: frozenset(ids) for name, ids in self._names.items()}

    def get(self, entity_id: str) -> Entity:
        """Return the entity with this id.

        Raises:
            KeyError: if the registry has no such entity.
        """
        return self._by_id[entity_id]

    def find(self, entity_id: str | None) -> Entity | None:
        """Return the entity with this id, or None."""
        return self._by_id.get(entity_id) if entity_id is not None else None

    def kind(self, entity_id: str) -> str:
        """Return an entity's kind, from the registry or from a key-derived id's prefix."""
        entity = self._by_id.get(entity_id)
        return entity.kind if entity is not None else kind_of_id(entity_id)

    def enclosing(self, entity_id: str | None) -> list[str]:
        """Return ``entity_id`` and the places that contain it, innermost first (empty for None).

        An entity's ``country`` is the place directly containing it: a city in a state names the
        state, the state names the country (crosscheck/data/entities/regions.toml).
        """
        chain: list[str] = []
        current = entity_id
        while current is not None and current not in chain:
            chain.append(current)
            entity = self._by_id.get(current)
            current = entity.country if entity is not None else None
        return chain

    def country_of(self, entity_id: str | None) -> str | None:
        """Return the country an entity is in, walking up through its regions, or None."""
        for outer in self.enclosing(entity_id)[1:]:
            entity = self._by_id.get(outer)
            if entity is None or entity.kind == "country":
                return outer
        return None

    def label(self, entity_id: str) -> str | None:
        """Return an entity's display label, or None for an id the registry does not hold."""
        entity = self._by_id.get(entity_id)
        return entity.label if entity is not None else None

    @functools.cached_property
    def matcher(self) -> AliasMatcher:
        """The one-pass automaton over every label and alias (built on first use)."""
        return AliasMatcher(self._names)

    def resolve(self, text: str) -> tuple[str, ...]:
        """Return the ids of the entities that have ``text`` as their label or an alias.

        Case and dashes are folded as in matching ("united nations command" resolves), but an
        acronym must be written as one. Several ids mean the alias is ambiguous.
        """
        text = text.strip()
        ids: set[str] = set()
        for hit in self.matcher.candidates(text):
            if hit.start == 0 and hit.end == len(text):
                ids.update(hit.ids)
        return tuple(sorted(ids))

    def resolve_key(self, text: str) -> tuple[str, ...]:
        """Return the ids of entities with a multi-word name of the same transliteration key."""
        key = name_key(text)
        if not key or " " not in key:
            return ()
        return tuple(sorted(self._keys.get(key, ())))

    def key_index(self) -> Mapping[str, frozenset[str]]:
        """Every multi-word name key with the ids of the entities that have it."""
        return {key: frozenset(ids) for key, ids in self._keys.items()}

    def names_of(self, entity_id: str) -> tuple[str, ...]:
        """Return an entity's label and aliases (empty for unknown ids)."""
        entity = self._by_id.get(entity_id)
        return (entity.label, *entity.aliases) if entity is not None else ()

    def folded_names(self, entity_id: str) -> frozenset[str]:
        """Return the folded label and aliases of an entity (empty for unknown ids)."""
        entity = self._by_id.get(entity_id)
        if entity is None:
            return frozenset()
        return frozenset(fold(n) for n in (entity.label, *entity.aliases))


def _entity_tables(relative: str) -> list[dict[str, Any]]:
    data = load_toml(relative)
    unknown = sorted(set(data) - {"entity"})
    if unknown:
        raise InputError(
            f"crosscheck/data/{relative}", f"unknown table(s) {unknown}; expected [[entity]]"
        )
    tables = data.get("entity", [])
    return tables if isinstance(tables, list) else [tables]


@functools.cache
def shipped_entities() -> tuple[Entity, ...]:
    """Return every entity of the shipped data files, in file then table order."""
    entities: list[Entity] = []
    for relative in data_files(ENTITY_FOLDER):
        entities.extend(parse_entities(_entity_tables(relative), f"crosscheck/data/{relative}"))
    return tuple(entities)


@functools.lru_cache(maxsize=REGISTRY_CACHE_SIZE)
def _registry(extra: tuple[Entity, ...]) -> Registry:
    return Registry((*shipped_entities(), *extra))


def registry_for(extra: Sequence[Entity] = ()) -> Registry:
    """Return the shipped registry extended (or overridden, by id) with ``extra`` entries.

    Args:
        extra: corpus-manifest entities; one with a shipped id replaces the shipped entity.

    Returns:
        The Registry, built once per distinct ``extra`` and cached.
    """
    return _registry(tuple(extra))


@functools.cache
def region_codes() -> Mapping[str, str]:
    """Return the short forms that name a region after a town ("CA", "Miss.", "Ont."), as
    written, to the region's id (``crosscheck/data/names/region_codes.toml``)."""
    data = load_toml(REGION_CODES_FILE)
    return {str(k): str(v) for table in data.values() for k, v in table.items()}


@functools.cache
def declared_ambiguous() -> Mapping[str, frozenset[str]]:
    """Return the aliases the shipped data shares between entities on purpose, by folded alias."""
    data = load_toml(AMBIGUOUS_FILE)
    return {
        fold(entry["alias"]): frozenset(entry["entities"]) for entry in data.get("ambiguous", [])
    }


@functools.cache
def name_disputes() -> Mapping[str, Mapping[str, str]]:
    """Return disputed names: entity id -> {folded name -> id of the country that uses it}."""
    data = load_toml(DISPUTES_FILE)
    return {
        entry["entity"]: {fold(name): country for name, country in entry["names"].items()}
        for entry in data.get("dispute", [])
    }
