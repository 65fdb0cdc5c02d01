"""Parse JSON, TOML and YAML from untrusted files without letting their shape crash a run.

Each parser raises its own error for bad syntax, but a well-formed file can still break the reader:
100,000 nested brackets overflow the parser's recursion, an integer of 5,000 digits trips Python's
conversion limit, and ``"\\ud800"`` in JSON decodes to a lone surrogate that no output can encode.
:func:`parse` turns the first two into a :class:`ShapeError` with a one-line reason; lone surrogates
are replaced (with U+FFFD) and counted so the caller can warn, and the article is kept.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections.abc import Callable
from typing import Any

import yaml  # type: ignore[import-untyped, unused-ignore]  # stubs: types-PyYAML

REPLACEMENT = "\ufffd"
NESTING = "nested too deeply"


class ShapeError(ValueError):
    """Well-formed text whose shape the reader cannot hold (nesting depth, huge integers)."""


def _guarded(load: Callable[[str], Any], text: str) -> Any:
    try:
        return load(text)
    except RecursionError:
        # The parsers recurse once per level; Python's limit bounds what any of them can nest.
        raise ShapeError(f"{NESTING} (more than {sys.getrecursionlimit()} levels)") from None
    except ValueError as exc:
        if "digits" in str(exc) and "int" in str(exc):  # sys.set_int_max_str_digits
            limit = sys.get_int_max_str_digits()
            raise ShapeError(f"a number has more than {limit} digits") from None
        raise


def parse_json(text: str) -> tuple[Any, int]:
    """Return the JSON value of ``text`` and how many lone surrogates were replaced.

    Raises:
        json.JSONDecodeError: invalid JSON.
        ShapeError: too deeply nested, or an integer too long to convert.
    """
    return replace_surrogates(_guarded(json.loads, text))


def parse_toml(text: str) -> dict[str, Any]:
    """Return the TOML table of ``text``.

    Raises:
        tomllib.TOMLDecodeError: invalid TOML.
        ShapeError: too deeply nested, or an integer too long to convert.
    """
    table: dict[str, Any] = _guarded(tomllib.loads, text)
    return table


def parse_yaml(text: str) -> Any:
    """Return the YAML value of ``text`` (safe loader: plain data only).

    Raises:
        yaml.YAMLError: invalid YAML.
        ShapeError: too deeply nested, or an integer too long to convert.
    """
    return _guarded(yaml.safe_load, text)


def replace_surrogates(value: Any) -> tuple[Any, int]:
    """Return ``value`` with every lone surrogate in its strings (keys too) replaced, and the count.

    Iterative, so a value nested as deep as the parser allowed is walked without recursion.
    """
    count = 0

    def fix(s: str) -> str:
        nonlocal count
        if not _has_surrogate(s):
            return s
        count += sum(1 for ch in s if _SURROGATES[0] <= ch <= _SURROGATES[1])
        return "".join(REPLACEMENT if _SURROGATES[0] <= ch <= _SURROGATES[1] else ch for ch in s)

    root: list[Any] = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        holder, key = stack.pop()
        item = holder[key]
        if isinstance(item, str):
            holder[key] = fix(item)
        elif isinstance(item, list):
            stack.extend((item, i) for i in range(len(item)))
        elif isinstance(item, dict):
            if any(isinstance(k, str) and _has_surrogate(k) for k in item):
                fixed = {fix(k) if isinstance(k, str) else k: v for k, v in item.items()}
                item.clear()
                item.update(fixed)
            stack.extend((item, k) for k in item)
    return root[0], count


_SURROGATES = ("\ud800", "\udfff")


def _has_surrogate(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
