"""Read the corpus manifest, ``crosscheck.toml``, read with tomllib.

The manifest sits at the corpus root (or in any folder of the corpus; the nearest one above a file
applies to it). Every part is optional::

    baseline = "crosscheck-baseline.json"   # relative to the manifest's folder
    exclude = ["README.md", "notes/*"]      # files that are not articles (glob patterns)
    model = "en_core_web_sm"                # the spaCy pipeline (root manifest only; see docs/nlp.md)

    [defaults]                              # for every document that does not say otherwise
    language = "en"                         # language, date_order and outlet only
    date_order = "DMY"

    [documents."000_example.txt"]           # a path relative to the manifest's folder
    outlet = "Example News"                 # ("feed.jsonl#3" names one record of a JSON Lines file)
    title = "..."
    published = "2023-04-12"                # a TOML date or a string, normalised
    published_text = "12.04.2023"           # as the page prints it
    updated = "2023-04-12"
    date_order = "DMY"                      # DMY, MDY or YMD: how the page writes numeric dates
    authors = ["First Author", "Second Author"]
    url = "https://example.org/article"
    language = "en"

    [[entity]]                              # corpus registry entries (see docs/input.md)
    id = "party:example-party"
    label = "Example Party"
    kind = "party"
    aliases = ["EP"]

Values are checked: a value of the wrong type or that cannot be read is a warning and is not used; an
unknown key is a warning; a manifest that is not valid TOML is reported and the corpus is read without
it; an entry for a file that does not exist is reported.
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

from attrs import field, frozen

from crosscheck.errors import InputError
from crosscheck.ingest.decode import decode
from crosscheck.ingest.entities import parse_entity_tables, skip, string_list, string_value, warn
from crosscheck.ingest.fields import Layer, build_layer
from crosscheck.ingest.frontmatter import toml_error
from crosscheck.ingest.structured import ShapeError, parse_toml
from crosscheck.model import Diagnostic, Entity, MetaSource

MANIFEST_NAME = "crosscheck.toml"
DEFAULT_BASELINE = "crosscheck-baseline.json"

ENTRY_KEYS = (
    "authors",
    "date_order",
    "language",
    "outlet",
    "published",
    "published_text",
    "title",
    "updated",
    "url",
)
DEFAULT_KEYS = ("date_order", "language", "outlet")
TOP_KEYS = ("baseline", "defaults", "documents", "entity", "exclude", "model")

_TABLE_LINE = re.compile(r"\s*(\[\[?)([^\]#]{1,300})\]\]?\s*(?:#.*)?")
_KEY_LINE = re.compile(r"""\s*("(?:[^"\\]|\\.){0,300}"|'[^']{0,300}'|[A-Za-z0-9_-]{1,100})\s*=""")
_NAME_PART = re.compile(r""""((?:[^"\\]|\\.){0,300})"|'([^']{0,300})'|([A-Za-z0-9_-]{1,100})""")


@frozen
class Manifest:
    """A manifest as read: its settings, per-document layers, entities, and problems found."""

    path: str  # as the user would open it
    folder: str  # absolute folder the manifest's paths are relative to
    baseline: str | None = None
    exclude: tuple[str, ...] = ()
    model: str | None = None  # a spaCy pipeline name (crosscheck.nlp.choose_model)
    defaults: Layer | None = None
    # file key -> id suffix ("" for the file itself, "#3" for one record) -> the entry's values
    entries: Mapping[str, Mapping[str, Layer]] = field(factory=dict)
    entities: tuple[Entity, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    lines: Mapping[tuple[str, ...], int] = field(factory=dict)

    def excludes(self, key: str) -> bool:
        """Return True if the file at ``key`` (relative to the manifest) matches an exclude pattern."""
        return any(fnmatch.fnmatchcase(key, pattern) for pattern in self.exclude)

    def entries_for(self, key: str) -> Mapping[str, Layer]:
        """Return the entries for the file at ``key`` by id suffix: ``""`` for the file, ``#3`` …"""
        return self.entries.get(key, {})


def load_manifest(folder: str, path: str) -> Manifest | None:
    """Read the manifest at ``path`` if it exists; problems become diagnostics, never exceptions.

    Args:
        folder: the absolute folder holding it.
        path: the manifest as the user would open it.

    Returns:
        The Manifest, or None if there is no manifest file.
    """
    file = Path(folder, MANIFEST_NAME)
    if not file.is_file():
        return None
    try:
        text = decode(file.read_bytes(), path)
    except OSError as exc:
        return Manifest(
            path, folder, diagnostics=(skip(path, f"cannot read manifest: {_reason(exc)}", None),)
        )
    except InputError as exc:
        if exc.reason == "empty file":
            return Manifest(path, folder)  # an empty manifest says nothing, which is allowed
        return Manifest(path, folder, diagnostics=(skip(path, exc.reason, exc.line),))
    try:
        table = parse_toml(text)
    except ShapeError as exc:
        message = f"manifest cannot be read: {exc}; the corpus is read without it"
        return Manifest(path, folder, diagnostics=(skip(path, message, None),))
    except tomllib.TOMLDecodeError as exc:
        reason, line = toml_error(exc, text)
        message = f"manifest is not valid TOML: {reason}; the corpus is read without it"
        return Manifest(path, folder, diagnostics=(skip(path, message, line),))
    return parse_manifest(table, folder=folder, path=path, lines=locate_lines(text))


def parse_manifest(
    table: Mapping[str, object], *, folder: str, path: str, lines: Mapping[tuple[str, ...], int]
) -> Manifest:
    """Check a parsed manifest table and build the Manifest.

    Args:
        table: what tomllib read.
        folder: the absolute folder the manifest's paths are relative to.
        path: the manifest as the user would open it, for messages.
        lines: the line of each table and key (from :func:`locate_lines`), for messages.

    Returns:
        The Manifest with a diagnostic for every value it could not use.
    """
    problems: list[Diagnostic] = []
    for key in table:
        if key not in TOP_KEYS:
            problems.append(warn(path, f"unknown manifest key {key!r} ignored", lines.get((key,))))
    baseline = string_value(
        table.get("baseline"), "baseline", path, lines.get(("baseline",)), problems
    )
    exclude = string_list(
        table.get("exclude", []), "exclude", path, lines.get(("exclude",)), problems
    )
    model = string_value(table.get("model"), "model", path, lines.get(("model",)), problems)
    defaults = None
    raw_defaults = table.get("defaults")
    if raw_defaults is not None:
        if isinstance(raw_defaults, dict):
            defaults = _layer(
                raw_defaults, "[defaults] ", ("defaults",), DEFAULT_KEYS, path, lines, problems
            )
        else:
            problems.append(
                warn(path, "[defaults] must be a table; ignored", lines.get(("defaults",)))
            )
    entries: dict[str, dict[str, Layer]] = {}
    raw_documents = table.get("documents", {})
    if not isinstance(raw_documents, dict):
        problems.append(
            warn(path, "documents must be a table of tables; ignored", lines.get(("documents",)))
        )
        raw_documents = {}
    for name, fields in sorted(raw_documents.items()):
        where = ("documents", name)
        if not isinstance(fields, dict):
            problems.append(
                skip(path, f'[documents."{name}"] must be a table; entry ignored', lines.get(where))
            )
            continue
        prefix = f'[documents."{name}"] '
        file, hash_sign, record = name.partition("#")
        layer = _layer(fields, prefix, where, ENTRY_KEYS, path, lines, problems)
        entries.setdefault(file, {})[hash_sign + record] = layer
    entities = parse_entity_tables(
        table.get("entity", []), path=path, lines=lines, problems=problems
    )
    return Manifest(
        path,
        folder,
        baseline=baseline,
        exclude=exclude,
        model=model,
        defaults=defaults,
        entries=entries,
        entities=entities,
        diagnostics=tuple(problems),
        lines=lines,
    )


def entry_layer(
    fields: Mapping[str, object], *, name: str, path: str
) -> tuple[Layer, list[Diagnostic]]:
    """Return the Layer for one ``[documents."name"]`` table given directly (``read_document``).

    Args:
        fields: the entry's keys and values.
        name: the document key, for messages.
        path: where the entry comes from, for messages.

    Returns:
        The layer and a warning per unknown key.
    """
    problems: list[Diagnostic] = []
    layer = _layer(
        fields, f'[documents."{name}"] ', ("documents", name), ENTRY_KEYS, path, {}, problems
    )
    return layer, problems


def missing_entries(manifest: Manifest) -> list[Diagnostic]:
    """Return a diagnostic for every ``[documents]`` entry whose file does not exist."""
    problems = []
    for file, by_suffix in manifest.entries.items():
        if Path(manifest.folder, file).is_file():
            continue
        for suffix in by_suffix:
            name = file + suffix
            line = manifest.lines.get(("documents", name))
            message = f'[documents."{name}"] names no file: {file!r} does not exist; entry ignored'
            problems.append(skip(manifest.path, message, line))
    return problems


def locate_lines(text: str) -> dict[tuple[str, ...], int]:
    """Return the 1-based line of every table header and key of a TOML text, for messages.

    Keys are tuples: ``("baseline",)``, ``("documents", "a.txt")``, ``("documents", "a.txt",
    "published")``, ``("entity", "0")``, ``("entity", "0", "label")``. Forms this simple scan does not
    follow (inline tables, dotted keys) just have no line.
    """
    found: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    entity_count = 0
    for number, line in enumerate(text.split("\n"), start=1):
        header = _TABLE_LINE.fullmatch(line)
        if header:
            parts = tuple(_unquote(m) for m in _NAME_PART.finditer(header[2]))
            if header[1] == "[[" and parts == ("entity",):
                parts = ("entity", str(entity_count))
                entity_count += 1
            table = parts
            found.setdefault(table, number)
            continue
        key = _KEY_LINE.match(line)
        if key:
            found.setdefault((*table, _unquote_text(key[1])), number)
    return found


def resolve_baseline(manifest: Manifest | None, root: str) -> str:
    """Return the baseline path: the manifest's ``baseline`` joined to ``root``, or the default there."""
    name = manifest.baseline if manifest is not None and manifest.baseline else DEFAULT_BASELINE
    return os.path.normpath(os.path.join(root, name))


def _layer(
    fields: Mapping[str, object],
    prefix: str,
    where: tuple[str, ...],
    allowed: tuple[str, ...],
    path: str,
    lines: Mapping[tuple[str, ...], int],
    problems: list[Diagnostic],
) -> Layer:
    pairs = [(str(k), v, lines.get((*where, str(k)), lines.get(where))) for k, v in fields.items()]
    layer, found = build_layer(
        pairs,
        source=MetaSource.MANIFEST,
        path=path,
        what="key",
        aliases={k: k for k in allowed},
        ignored=frozenset(),
        prefix=prefix,
    )
    problems.extend(found)
    return layer


def _unquote(match: re.Match[str]) -> str:
    return match[1] if match[1] is not None else match[2] if match[2] is not None else match[3]


def _unquote_text(key: str) -> str:
    return key[1:-1] if key[:1] in "\"'" else key


def _reason(exc: OSError) -> str:
    return "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
