"""JSON for the value types: one cattrs converter, so no stage juggles dicts by hand.

The JSON form is documented in ``docs/json.md`` and ``docs/report.schema.json``. Output is
deterministic: keys in declaration order (mapping fields are sorted by the model's converters),
fixed indentation, and article text kept in its own characters.

A report can also be written piece by piece (:func:`iter_json`, the same bytes as :func:`dumps`) or
as JSON Lines (:func:`iter_jsonl`: a header line, then one finding a line), so that a large report is
never held whole as one string.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.preconf.json import make_converter

from crosscheck.model import Claim, Details, Report, Span

T = TypeVar("T")

converter: cattrs.Converter = make_converter()
# Dates as ISO strings (the preconf converter already does datetimes; plain dates need a hook).
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
# Exact numbers (a quantity's bounds) as "7", "1.35" or "1/3": a string, so no float rounding.
converter.register_unstructure_hook(Fraction, str)
converter.register_structure_hook(Fraction, lambda v, _: Fraction(str(v)))

# Claim details are typed per facet family (a Details subclass); JSON names the class by its tag
# ("type") and leaves out fields at their default, so a claim reads back with the same type.
_DETAILS_TAG = "type"
_unstructure_fns: dict[type[Details], Any] = {}
_structure_fns: dict[type[Details], Any] = {}


def _unstructure_details(value: Details) -> dict[str, Any]:
    cls = type(value)
    fn = _unstructure_fns.get(cls)
    if fn is None:
        attrs.resolve_types(cls)  # the field types are strings under postponed annotations
        fn = _unstructure_fns[cls] = make_dict_unstructure_fn(
            cls, converter, _cattrs_omit_if_default=True
        )
    return {_DETAILS_TAG: value.tag, **fn(value)}


def _structure_details(data: Any, _: Any) -> Details:
    if isinstance(data, Details):
        return data  # already read, and shared, by a Pool (see claims_from_json)
    if not isinstance(data, dict):
        raise ValueError(f"claim details must be an object, got {type(data).__name__}")
    tag = data.get(_DETAILS_TAG, Details.tag)
    if tag not in Details.types:
        from crosscheck import plugins

        plugins.load_builtins()  # the capability modules declare the detail types
    cls = Details.types.get(tag)
    if cls is None:
        raise ValueError(f"unknown claim details type {tag!r}")
    fn = _structure_fns.get(cls)
    if fn is None:
        attrs.resolve_types(cls)
        fn = _structure_fns[cls] = make_dict_structure_fn(cls, converter)
    details: Details = fn({k: v for k, v in data.items() if k != _DETAILS_TAG}, cls)
    return details


_structure_span = make_dict_structure_fn(attrs.resolve_types(Span), converter)


def _structure_shared_span(data: Any, _: Any) -> Span:
    if isinstance(data, Span):
        return data  # already read, and shared, by a Pool (see claims_from_json)
    span: Span = _structure_span(data, Span)
    return span


converter.register_structure_hook(Span, _structure_shared_span)
converter.register_unstructure_hook_func(
    lambda t: isinstance(t, type) and issubclass(t, Details), _unstructure_details
)
converter.register_structure_hook_func(
    lambda t: isinstance(t, type) and issubclass(t, Details), _structure_details
)


def to_data(value: Any) -> Any:
    """Return the plain-JSON form (dicts, lists, strings, numbers) of a value type."""
    return converter.unstructure(value)


def from_data(data: Any, cls: type[T]) -> T:
    """Build a value of type ``cls`` from its plain-JSON form.

    Raises:
        ValueError: the data does not have the shape of ``cls`` (the message says where).
    """
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, KeyError, TypeError, ValueError) as exc:
        detail = (
            "; ".join(cattrs.transform_error(exc))
            if isinstance(exc, cattrs.BaseValidationError)
            else str(exc)
        )
        raise ValueError(f"not a valid {cls.__name__}: {detail}") from exc


def claims_to_json(claims: Iterable[Claim]) -> str:
    """Return claims as one compact JSON array: how claims travel from a worker and sit in the cache."""
    return json.dumps(
        [to_data(c) for c in claims], ensure_ascii=False, separators=_COMPACT, default=str
    )


class Pool:
    """One copy of each distinct value read over one run (see :func:`claims_from_json`).

    Claims decoded from JSON otherwise hold a fresh copy of every value: some 15 strings a claim (a
    document id, a facet, a subject, an extractor's name, a detail's kind), only one in twelve
    distinct, and three integers a span. Those copies were over half of the calling process's
    memory at 3,000 articles (docs/scale.md). The same holds one level up: details equal to
    another document's (a country's name claim, the same figure in two outlets), and inside
    details the dates, exact numbers and tuples of ids that many claims repeat (at 3,000 recombined
    articles 2,100 distinct dates among 7,300, 600 numbers among 6,500). A pool lives as long as
    its run's decoding, no longer.
    """

    __slots__ = ("numbers", "strings", "values")

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}
        self.numbers: dict[int, int] = {}
        # Values by exact type, so that equal values of two types (1, 1.0, True, Fraction(1))
        # never stand in for each other.
        self.values: dict[type, dict[Any, Any]] = {}

    def share(self, data: list[Any] | dict[str, Any]) -> None:
        """Replace, in place, each string and integer inside ``data`` by the pool's copy of it."""
        strings, numbers = self.strings, self.numbers
        # Depth first with an explicit stack: claims JSON is a few levels deep, a foreign cache
        # entry may not be.
        stack: list[list[Any] | dict[str, Any]] = [data]
        while stack:
            node = stack.pop()
            pairs = node.items() if isinstance(node, dict) else enumerate(node)
            for key, value in pairs:
                if type(value) is str:
                    node[key] = strings.setdefault(value, value)  # type: ignore[index]
                elif type(value) is int:  # never a bool, which would equal 0 or 1
                    node[key] = numbers.setdefault(value, value)  # type: ignore[index]
                elif isinstance(value, (dict, list)):
                    stack.append(value)

    def value(self, item: T) -> T:
        """Return the pool's copy of ``item``, a hashable value (``item`` itself the first time)."""
        table = self.values.get(type(item))
        if table is None:
            table = self.values[type(item)] = {}
        try:
            found: T = table.setdefault(item, item)
        except TypeError:  # a plugin's details type that cannot be hashed: kept as read
            return item
        return found

    def details(self, read: Details) -> Details:
        """Return the pool's copy of details just read, their dates, numbers and tuples shared.

        ``read`` must be fresh from the converter, seen by nothing else yet: its shared fields are
        set in place (it is a value, and no one can have read the copies it drops).
        """
        cls = type(read)
        names = _VALUE_FIELDS.get(cls)
        if names is None:
            names = _VALUE_FIELDS[cls] = tuple(f.name for f in attrs.fields(cls))
        signed_zero = False
        for name in names:
            held = getattr(read, name)
            kind = type(held)
            if kind in _SHARED_TYPES:
                shared = self.value(held)
                if shared is not held:
                    object.__setattr__(read, name, shared)
            elif kind is float and held == 0:
                signed_zero = True
        # Equal details print alike: every field is read as its declared type, so == never takes
        # 1 for 1.0 or True. The one exception is a float zero (0.0 == -0.0, printed apart).
        return read if signed_zero else self.value(read)


# What Pool.details shares inside details: immutable values that claims repeat. A tuple holds
# strings, integers or frozen values (role links, role descriptions), so equal tuples print alike.
_SHARED_TYPES: frozenset[type] = frozenset({dt.date, Fraction, tuple})
_VALUE_FIELDS: dict[type, tuple[str, ...]] = {}


def claims_from_json(text: str | bytes, pool: Pool | None = None) -> list[Claim]:
    """Read claims back from :func:`claims_to_json` output, sharing values through ``pool``.

    Raises:
        ValueError: the text is not JSON, not a list, or an item is not a claim.
        RecursionError: the JSON is nested too deeply.
    """
    data = json.loads(text)
    if not isinstance(data, list):
        raise ValueError(f"not a list of claims: {type(data).__name__}")
    if pool is not None:
        pool.share(data)
        _share_parts(data, pool)
    return [from_data(item, Claim) for item in data]


def _share_parts(items: list[Any], pool: Pool) -> None:
    # Claims of one sentence often carry equal details (a statement's text, speaker and channel
    # claims: 45% of the details of 3,000 articles repeat another of their document's), and details
    # are values: equal JSON is read once and the object shared, then shared through the pool with
    # equal details of other documents. Keyed by the JSON as written, so the same text always
    # reads as the same value; the keys live for one call (a worker's chunk or a cache entry), not
    # the run, where they would cost more than the sharing saves. A document's claims also cite
    # one span several times (a name and the event it takes part in): each is read once too.
    read: dict[str, Details] = {}
    spans: dict[tuple[Any, ...], Span] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        data = item.get("details")
        if isinstance(data, dict):
            key = json.dumps(data, ensure_ascii=False, separators=_COMPACT)
            found = read.get(key)
            if found is None:
                found = read[key] = pool.details(from_data(data, Details))
            item["details"] = found
        evidence = item.get("evidence")
        if isinstance(evidence, list):
            for i, span in enumerate(evidence):
                if isinstance(span, dict):
                    where = tuple(span.get(name) for name in _SPAN_FIELDS)
                    if len(span) == len(_SPAN_FIELDS):  # nothing else in it that could matter
                        shared = spans.get(where)
                        if shared is None:
                            shared = spans[where] = from_data(span, Span)
                        evidence[i] = shared


_SPAN_FIELDS = ("doc_id", "start", "end", "line", "column")


def dumps(value: Any) -> str:
    """Serialise a value type as indented JSON ending with a newline."""
    return json.dumps(to_data(value), ensure_ascii=False, indent=2) + "\n"


def loads(text: str, cls: type[T]) -> T:
    """Read a value of type ``cls`` back from :func:`dumps` output."""
    return from_data(json.loads(text), cls)


# JSON Lines are compact: no space after separators, one record a line.
_COMPACT = (",", ":")
# Characters that JSON leaves raw inside strings but that some readers (Python's str.splitlines,
# older JavaScript) take for line breaks; escaped in JSON Lines so that a line is always one record.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_INDENT = 2  # the indentation of dumps(); iter_json() must match it


def _indented(data: Any, depth: int) -> str:
    # json.dumps of a value nested ``depth`` levels deep inside an indented document. Strings never
    # hold a raw newline (JSON escapes it), so every newline is a line break of the layout.
    text = json.dumps(data, ensure_ascii=False, indent=_INDENT)
    return text.replace("\n", "\n" + " " * (_INDENT * depth))


def _envelope(report: Report) -> dict[str, Any]:
    # The report's JSON without its findings, keys in declaration order (findings an empty list).
    data: dict[str, Any] = to_data(attrs.evolve(report, findings=()))
    return data


def iter_json(report: Report) -> Iterator[str]:
    """Yield the report's indented JSON in pieces, one list item (finding, document…) at a time.

    The pieces join to exactly ``dumps(report)`` (``Report.to_json()``); only one item's plain
    form is in memory at a time. The documents' summary is streamed as the findings are: written
    whole it was one string of several MB at 10,000 articles, made at the end of a run, when the
    calling process's memory is at its highest (docs/scale.md).
    """
    pad = " " * _INDENT
    # The lists that grow with the corpus, written an item at a time; the rest as a whole.
    streamed: dict[str, tuple[Any, ...]] = {
        "documents": report.documents,
        "diagnostics": report.diagnostics,
        "findings": report.findings,
    }
    envelope = to_data(attrs.evolve(report, documents=(), diagnostics=(), findings=()))
    yield "{"
    for i, (key, value) in enumerate(envelope.items()):
        yield ("," if i else "") + f"\n{pad}{json.dumps(key)}: "
        items = streamed.get(key, ())
        if items:
            yield "["
            for j, item in enumerate(items):
                yield ("," if j else "") + f"\n{pad * 2}" + _indented(to_data(item), 2)
            yield f"\n{pad}]"
        else:
            yield _indented(value, 1)
    yield "\n}\n"


def iter_jsonl(report: Report) -> Iterator[str]:
    """Yield the report as JSON Lines: a header line, then one line per finding, in report order.

    The header is the report without ``findings``: ``schema_version``, ``documents``,
    ``diagnostics``. Each line is compact JSON ending with a newline, with no other character that
    any reader takes for a line break (see ``docs/json.md``).
    """
    envelope = _envelope(report)
    del envelope["findings"]
    yield _line({"schema_version": envelope.pop("schema_version"), **envelope})
    for finding in report.findings:
        yield _line(to_data(finding))


def _line(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=_COMPACT).translate(_LINE_BREAKS) + "\n"


def report_from_jsonl(lines: Iterable[str]) -> Report:
    """Read a report back from :func:`iter_jsonl` output (its lines; blank lines are ignored).

    Raises:
        ValueError: no header line, or a line that is not JSON or not of the expected shape.
    """
    records = (json.loads(line) for line in lines if line.strip())
    header = next(records, None)
    if not isinstance(header, dict):
        raise ValueError(
            f"not a valid Report: expected a header object on the first line, got {header!r}"
        )
    return from_data({**header, "findings": list(records)}, Report)
