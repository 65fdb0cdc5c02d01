"""Check metadata values from every source and merge them by precedence into one Document.

Each source (manifest entry, header / front matter / record, manifest defaults, page furniture) gives a
:class:`Layer` of raw values; :func:`resolve` checks them (a bad value becomes a warning and the field
is left to the next source) and takes each field from the first layer that has a good value.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from attrs import frozen

from crosscheck.errors import MetadataValueError
from crosscheck.ingest.dates import normalize_date_order, parse_date
from crosscheck.model import Diagnostic, Document, FrozenMap, MetaSource

FIELDS = (
    "title",
    "outlet",
    "published",
    "published_text",
    "updated",
    "authors",
    "url",
    "language",
    "date_order",
)

# Key spellings that headers, front matter and news-please records use for our fields (after
# lower-casing and turning "-" and " " into "_"): Pelican, Hugo, Jekyll and news-please conventions.
ALIASES: Mapping[str, str] = {
    "author": "authors",
    "authors": "authors",
    "date": "published",
    "date_modified": "updated",
    "date_modify": "updated",
    "date_order": "date_order",
    "date_publish": "published",
    "date_published": "published",
    "lang": "language",
    "language": "language",
    "last_modified": "updated",
    "lastmod": "updated",
    "link": "url",
    "modified": "updated",
    "outlet": "outlet",
    "publish_date": "published",
    "publishdate": "published",
    "published": "published",
    "published_text": "published_text",
    "publisher": "outlet",
    "site_name": "outlet",
    "source": "outlet",
    "source_domain": "outlet",
    "title": "title",
    "updated": "updated",
    "url": "url",
}

# Keys those conventions define that say nothing crosscheck uses: read without a warning, so that a
# warning about an unknown key points at a real typo.
IGNORED_KEYS = frozenset(
    {
        "aliases",
        "categories",
        "category",
        "date_download",
        "description",
        "draft",
        "filename",
        "image",
        "image_url",
        "keywords",
        "layout",
        "localpath",
        "save_as",
        "series",
        "slug",
        "status",
        "subtitle",
        "summary",
        "tags",
        "template",
        "title_page",
        "title_rss",
        "translationkey",
        "type",
        "weight",
    }
)

T = TypeVar("T")

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")
_AUTHOR_SEPARATORS = re.compile(r"[,;]")


@frozen
class Item:
    """One raw metadata value, with the key as written and its line, for messages."""

    key: str
    value: object
    line: int | None = None


@frozen
class Layer:
    """The raw metadata values one source gives a document, by field name."""

    source: MetaSource
    path: str  # the file that holds these values, for diagnostics
    items: Mapping[str, Item]


def canonical_key(key: str) -> str:
    """Return a metadata key lower-cased with ``-`` and spaces turned into ``_``."""
    return re.sub(r"[-\s]", "_", key.strip().lower())


def build_layer(
    pairs: Iterable[tuple[str, object, int | None]],
    *,
    source: MetaSource,
    path: str,
    what: str,
    aliases: Mapping[str, str] = ALIASES,
    ignored: frozenset[str] = IGNORED_KEYS,
    prefix: str = "",
) -> tuple[Layer, list[Diagnostic]]:
    """Collect ``(key, value, line)`` pairs into a Layer, warning about unknown and repeated keys.

    Args:
        pairs: the keys and values as the source writes them.
        source: where the values come from.
        path: the file holding them, for messages.
        what: how messages name a key (``header key``, ``record field`` …).
        aliases: accepted key spellings, canonical key → field name.
        ignored: keys accepted without a warning and not used.
        prefix: put before every key and message, to say which table the keys are in.

    Returns:
        The layer and a warning per unknown or repeated key.
    """
    items: dict[str, Item] = {}
    problems: list[Diagnostic] = []
    for key, value, line in pairs:
        name = aliases.get(canonical_key(key))
        if name is None:
            if canonical_key(key) not in ignored:
                problems.append(_warn(path, f"{prefix}unknown {what} {key!r} ignored", line))
        elif name in items:
            message = f"{prefix}{what} {key!r} repeats {items[name].key!r}; the first one is used"
            problems.append(_warn(path, message, line))
        else:
            items[name] = Item(prefix + key, value, line)
    return Layer(source, path, items), problems


def resolve(
    layers: Sequence[Layer],
    infer: Callable[[str | None], Mapping[str, object]] | None = None,
) -> tuple[dict[str, object], dict[str, MetaSource], list[Diagnostic]]:
    """Check every layer's values and take each field from the first layer with a good value.

    Args:
        layers: the sources, highest precedence first.
        infer: if given, called with the resolved date order to read values off the page when no
            layer gives a publication date; they fill the fields no layer gave, marked inferred.

    Returns:
        ``(fields, sources, diagnostics)``: field values, where each came from, and one warning per
        value that could not be used.
    """
    problems: list[Diagnostic] = []
    orders = [_check_date_order(layer, problems) for layer in layers]
    date_order = next((order for order in orders if order is not None), None)
    fields: dict[str, object] = {}
    sources: dict[str, MetaSource] = {}
    for layer, order in zip(layers, orders, strict=True):
        values = _check_values(layer, date_order, problems)
        if order is not None:
            values["date_order"] = order
        for name, value in values.items():
            if name not in fields:
                fields[name] = value
                sources[name] = layer.source
    if infer is not None and "published" not in fields:
        # A layer that dates the document is the authority on its metadata; the page's furniture
        # only stands in when none does (an update line under a header's date could be anything).
        guessed = infer(date_order)
        for name, value in guessed.items():
            if name not in fields:
                fields[name] = value
                sources[name] = MetaSource.INFERRED
    return fields, dict(sorted(sources.items())), problems


def make_document(
    doc_id: str,
    path: str,
    text: str,
    fields: Mapping[str, object],
    sources: Mapping[str, MetaSource],
    *,
    first_line: int = 1,
) -> Document:
    """Build the Document from resolved fields (values already checked by :func:`resolve`)."""
    authors = fields.get("authors", ())
    return Document(
        id=doc_id,
        path=path,
        text=text,
        title=_opt(fields, "title", str),
        outlet=_opt(fields, "outlet", str),
        published=_opt(fields, "published", dt.date),
        published_text=_opt(fields, "published_text", str),
        updated=_opt(fields, "updated", dt.date),
        authors=authors if isinstance(authors, tuple) else (),
        url=_opt(fields, "url", str),
        language=_opt(fields, "language", str) or "en",
        date_order=_opt(fields, "date_order", str),
        sources=_shared_sources(tuple(sorted(sources.items()))),
        first_line=first_line,
    )


@functools.lru_cache(maxsize=256)
def _shared_sources(items: tuple[tuple[str, MetaSource], ...]) -> FrozenMap:
    # Nearly every document of a corpus has its metadata from the same places (a header giving
    # title, outlet and date): one shared map, where one each cost some 0.5 KB an article that a
    # run holds to its end (docs/scale.md, "Memory of the calling process"). A FrozenMap is
    # immutable, so sharing it is safe.
    return FrozenMap(items)


def _opt(fields: Mapping[str, object], name: str, kind: type[T]) -> T | None:
    value = fields.get(name)
    return value if isinstance(value, kind) else None


def _check_date_order(layer: Layer, problems: list[Diagnostic]) -> str | None:
    item = layer.items.get("date_order")
    if item is None or _blank(item.value):
        return None
    try:
        return normalize_date_order(item.value)
    except MetadataValueError as exc:
        problems.append(_warn(layer.path, f"{item.key}: {exc}; left empty", item.line))
        return None


def _check_values(
    layer: Layer, date_order: str | None, problems: list[Diagnostic]
) -> dict[str, object]:
    values: dict[str, object] = {}
    for name, item in layer.items.items():
        if name == "date_order" or _blank(item.value):
            continue
        try:
            values[name] = _check(name, item.value, date_order)
        except MetadataValueError as exc:
            problems.append(_warn(layer.path, f"{item.key}: {exc}; left empty", item.line))
    # The printed form goes with the date it belongs to: the layer's own text for it, else the value.
    if "published" in values:
        item = layer.items["published"]
        if "published_text" not in values and isinstance(item.value, str):
            values["published_text"] = " ".join(item.value.split())
        elif "published_text" in values:
            _check_agree(layer, values, date_order, problems)
    elif "published_text" in values:
        text = values["published_text"]
        try:
            values["published"] = parse_date(str(text), date_order=date_order)
        except MetadataValueError as exc:
            where = layer.items["published_text"]
            problems.append(_warn(layer.path, f"{where.key}: {exc}; left empty", where.line))
            del values["published_text"]
    return values


def _check_agree(
    layer: Layer, values: dict[str, object], date_order: str | None, problems: list[Diagnostic]
) -> None:
    # A printed form that reads as another day than the normalised date is a typo in one of them.
    text, published = str(values["published_text"]), values["published"]
    try:
        printed = parse_date(text, date_order=date_order)
    except MetadataValueError:
        return  # a printed form may lack the year; nothing to compare
    if printed != published:
        item = layer.items["published_text"]
        message = f"{item.key}: {text!r} reads as {printed.isoformat()}, not the published date {published}"
        problems.append(_warn(layer.path, message, item.line))


def _check(name: str, value: object, date_order: str | None) -> object:
    if name in ("published", "updated"):
        return _check_date(value, date_order)
    if name == "authors":
        return _check_authors(value)
    if not isinstance(value, str):
        raise MetadataValueError(f"expected text, got {_kind(value)}")
    text = " ".join(value.split())
    if name == "language" and not _LANGUAGE.fullmatch(text):
        raise MetadataValueError(f"{text!r} is not a language code such as 'en' or 'pt-BR'")
    return text


def _check_date(value: object, date_order: str | None) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value, date_order=date_order)
    raise MetadataValueError(f"expected a date, got {_kind(value)}")


def _check_authors(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        names = _AUTHOR_SEPARATORS.split(value)
    elif isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        names = list(value)
    else:
        raise MetadataValueError(f"expected a list of names, got {_kind(value)}")
    cleaned = tuple(" ".join(n.split()) for n in names if n.strip())
    if not cleaned:
        raise MetadataValueError("no author names")
    return cleaned


def _blank(value: object) -> bool:
    # null / empty values mean "not given" in every source convention (news-please writes null).
    return value is None or (isinstance(value, str | list | tuple) and not value)


def _kind(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _warn(path: str, message: str, line: int | None) -> Diagnostic:
    return Diagnostic(path, message, line=line, skipped=False)
