"""Read news-please style JSON records: one object, an array of objects, or JSON Lines.

Each record is one article. Fields follow news-please: ``title``, ``maintext`` (the article text,
required), ``date_publish``, ``date_modify``, ``source_domain``, ``authors``, ``url``, ``language``; our
own names (``outlet``, ``published``, ``updated``, ``date_order`` …) are accepted too. A record that is
not an object or has no ``maintext`` is skipped with its line; a JSON Lines line that is not valid JSON
is skipped alone; a ``.json`` file that is not valid JSON is skipped whole.
"""

from __future__ import annotations

import json
import re

from attrs import frozen

from crosscheck.errors import InputError
from crosscheck.ingest.structured import ShapeError, parse_json
from crosscheck.model import Diagnostic

NO_MAINTEXT = "record has no 'maintext' (the article text)"
NOT_OBJECT = "record is not a JSON object"
NO_RECORDS = "JSON file holds no records"


def surrogates_replaced(count: int) -> str:
    """Return the warning for lone surrogates ("\\ud800") replaced in JSON text."""
    return (
        f"{count} lone surrogate escape(s) such as \\ud800 are not characters; replaced with U+FFFD"
    )


_BETWEEN = re.compile(r"[\s,]*")  # whitespace and commas between the elements of a JSON array


@frozen
class Record:
    """One JSON object read from a file, with its line and its id suffix (``#3``, or empty)."""

    suffix: str
    line: int
    table: dict[str, object]


def read_json(text: str, path: str) -> tuple[list[Record], list[Diagnostic]]:
    """Return the records of a ``.json`` file: one object, or an array of objects.

    Args:
        text: the decoded file text.
        path: the file as the user names it, for messages.

    Returns:
        ``(records, diagnostics)``; suffixes are ``#<index>`` (from 0) for an array, empty for one object.

    Raises:
        InputError: the file is not valid JSON, holds no records, or holds neither object nor array.
    """
    try:
        data, replaced = parse_json(text)
    except ShapeError as exc:
        raise InputError(path, f"cannot read JSON: {exc}") from None
    except json.JSONDecodeError as exc:
        hint = (
            " (several JSON values: name the file .jsonl for JSON Lines)"
            if exc.msg == "Extra data"
            else ""
        )
        raise InputError(
            path, f"invalid JSON: {exc.msg} (column {exc.colno}){hint}", line=exc.lineno
        ) from None
    warnings = [Diagnostic(path, surrogates_replaced(replaced), skipped=False)] if replaced else []
    if isinstance(data, dict):
        return [Record("", _first_line(text), data)], warnings
    if not isinstance(data, list):
        raise InputError(path, f"expected a JSON object or an array of objects, got {_kind(data)}")
    if not data:
        raise InputError(path, NO_RECORDS)
    records: list[Record] = []
    problems: list[Diagnostic] = list(warnings)
    for index, (value, line) in enumerate(zip(data, _element_lines(text, len(data)), strict=True)):
        if isinstance(value, dict):
            records.append(Record(f"#{index}", line, value))
        else:
            problems.append(Diagnostic(path, f"{NOT_OBJECT} (element {index})", line=line))
    return records, problems


def read_json_lines(text: str, path: str) -> tuple[list[Record], list[Diagnostic]]:
    """Return the records of a JSON Lines file, one object a line (blank lines are allowed).

    Args:
        text: the decoded file text.
        path: the file as the user names it, for messages.

    Returns:
        ``(records, diagnostics)``; suffixes are ``#<line>`` (from 1); each bad line is one diagnostic.
    """
    records: list[Record] = []
    problems: list[Diagnostic] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value, replaced = parse_json(line)
        except ShapeError as exc:
            problems.append(Diagnostic(path, f"cannot read JSON: {exc}", line=number))
            continue
        except json.JSONDecodeError as exc:
            message = f"invalid JSON: {exc.msg} (column {exc.colno})"
            problems.append(Diagnostic(path, message, line=number))
            continue
        if replaced:
            problems.append(
                Diagnostic(path, surrogates_replaced(replaced), line=number, skipped=False)
            )
        if isinstance(value, dict):
            records.append(Record(f"#{number}", number, value))
        else:
            problems.append(Diagnostic(path, NOT_OBJECT, line=number))
    return records, problems


def _element_lines(text: str, count: int) -> list[int]:
    """Return the 1-based line where each element of the top-level array starts (text is valid JSON)."""
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    line = text.count("\n", 0, pos) + 1
    lines: list[int] = []
    for _ in range(count):
        skip = _BETWEEN.match(text, pos)
        start = skip.end() if skip else pos
        line += text.count("\n", pos, start)
        lines.append(line)
        _, end = decoder.raw_decode(text, start)
        line += text.count("\n", start, end)
        pos = end
    return lines


def _first_line(text: str) -> int:
    stripped = text.lstrip()
    return text.count("\n", 0, len(text) - len(stripped)) + 1


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "null"
