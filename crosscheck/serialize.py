"""JSON for the value types: one cattrs converter, so no stage juggles dicts by hand.

The JSON form is documented in ``docs/json.md`` and ``docs/report.schema.json``. Output is
deterministic: keys in declaration order (mapping fields are sorted by the model's converters),
fixed indentation, and article text kept in its own characters.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

import cattrs
from cattrs.preconf.json import make_converter

T = TypeVar("T")

converter: cattrs.Converter = make_converter()
# Dates as ISO strings (the preconf converter already does datetimes; plain dates need a hook).
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))


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


def dumps(value: Any) -> str:
    """Serialise a value type as indented JSON ending with a newline."""
    return json.dumps(to_data(value), ensure_ascii=False, indent=2) + "\n"


def loads(text: str, cls: type[T]) -> T:
    """Read a value of type ``cls`` back from :func:`dumps` output."""
    return from_data(json.loads(text), cls)
