"""Check the ``[[entity]]`` tables of a corpus manifest and build Entities, one diagnostic per problem.

The shape is the one the shipped registry uses (``crosscheck/data/entities``): ``id`` (``kind:slug``),
``label`` and ``kind`` required; ``aliases``, ``wikidata`` (a Q-id) and ``country`` (an id) optional. An
entity missing a required value is skipped; a bad optional value or an unknown key is a warning.
"""

from __future__ import annotations

from collections.abc import Mapping

from crosscheck.model import Diagnostic, Entity, EntityKind
from crosscheck.names.registry import ENTITY_FIELDS, ENTITY_ID, ENTITY_REQUIRED, KINDS, WIKIDATA_ID

ENTITY_OPTIONAL = tuple(f for f in ENTITY_FIELDS if f not in ENTITY_REQUIRED)
# One set of rules with the shipped registry: "kind:slug", "~" after the colon reserved for ids
# derived from a name's key, Wikidata ids as Q-numbers.
_ENTITY_ID = ENTITY_ID
_WIKIDATA = WIKIDATA_ID


def parse_entity_tables(
    raw: object,
    *,
    path: str,
    lines: Mapping[tuple[str, ...], int],
    problems: list[Diagnostic],
) -> tuple[Entity, ...]:
    """Check ``[[entity]]`` tables and build the Entities (an invalid one is reported and skipped).

    Args:
        raw: the value of the manifest's ``entity`` key.
        path: the manifest, for messages.
        lines: the line of each table and key, for messages.
        problems: where diagnostics are appended.

    Returns:
        The entities, sorted by id; a repeated id keeps its last definition.
    """
    if not isinstance(raw, list):
        problems.append(
            skip(
                path,
                "entity must be an array of tables ([[entity]]); ignored",
                lines.get(("entity",)),
            )
        )
        return ()
    found: dict[str, Entity] = {}
    for index, table in enumerate(raw):
        where = ("entity", str(index))
        line = lines.get(where)
        if not isinstance(table, dict):
            problems.append(skip(path, f"entity {index + 1} must be a table", line))
            continue
        missing = [
            k for k in ENTITY_REQUIRED if not isinstance(table.get(k), str) or not table[k].strip()
        ]
        if missing:
            keys = ", ".join(repr(k) for k in missing)
            problems.append(skip(path, f"entity {index + 1}: needs text for {keys}", line))
            continue
        entity_id = table["id"].strip()
        if not _ENTITY_ID.fullmatch(entity_id):
            message = f"entity {index + 1}: id {entity_id!r} is not 'kind:slug'"
            problems.append(skip(path, message, line))
            continue
        kind = table["kind"].strip()
        if kind not in KINDS:
            message = (
                f"entity {entity_id!r}: unknown kind {kind!r}; expected one of {', '.join(KINDS)}"
            )
            problems.append(skip(path, message, line))
            continue
        for key in table:
            if key not in ENTITY_REQUIRED + ENTITY_OPTIONAL:
                message = f"entity {entity_id!r}: unknown key {key!r} ignored"
                problems.append(warn(path, message, lines.get((*where, key), line)))
        aliases = string_list(
            table.get("aliases", []), f"entity {entity_id!r}: aliases", path, line, problems
        )
        wikidata = string_value(
            table.get("wikidata"), f"entity {entity_id!r}: wikidata", path, line, problems
        )
        if wikidata is not None and not _WIKIDATA.fullmatch(wikidata):
            problems.append(
                warn(
                    path,
                    f"entity {entity_id!r}: wikidata {wikidata!r} is not a Q-id; ignored",
                    line,
                )
            )
            wikidata = None
        country = string_value(
            table.get("country"), f"entity {entity_id!r}: country", path, line, problems
        )
        if country is not None and not _ENTITY_ID.fullmatch(country):
            message = (
                f"entity {entity_id!r}: country {country!r} is not an id like 'country:kr'; ignored"
            )
            problems.append(warn(path, message, line))
            country = None
        if entity_id in found:
            problems.append(
                warn(path, f"entity {entity_id!r} is defined twice; the later one is used", line)
            )
        found[entity_id] = Entity(
            id=entity_id,
            label=table["label"].strip(),
            kind=EntityKind(kind),
            aliases=tuple(aliases),
            wikidata=wikidata,
            country=country,
        )
    return tuple(found[k] for k in sorted(found))


def string_value(
    value: object, name: str, path: str, line: int | None, problems: list[Diagnostic]
) -> str | None:
    """Return ``value`` stripped if it is non-empty text; else warn (unless absent) and return None."""
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        return value.strip()
    problems.append(warn(path, f"{name}: expected text; ignored", line))
    return None


def string_list(
    value: object, name: str, path: str, line: int | None, problems: list[Diagnostic]
) -> tuple[str, ...]:
    """Return ``value`` as a tuple of stripped strings if it is a list of strings; else warn."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    problems.append(warn(path, f"{name}: expected a list of strings; ignored", line))
    return ()


def warn(path: str, message: str, line: int | None) -> Diagnostic:
    """Return a warning: the input was read, with this value left out."""
    return Diagnostic(path, message, line=line, skipped=False)


def skip(path: str, message: str, line: int | None) -> Diagnostic:
    """Return a diagnostic for an input (or a part of one) that was not read."""
    return Diagnostic(path, message, line=line, skipped=True)
