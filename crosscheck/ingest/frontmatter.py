"""Read YAML (``---``) or TOML (``+++``) front matter at the top of a Markdown or text file.

The opening fence must be the file's first line and the closing fence (the same three characters, or
``...`` for YAML) a line of its own. Front matter that is never closed makes the file unreadable (where
the body starts is unknown); front matter that is not valid YAML/TOML, or not a table of keys, gives a
warning and the body is still read.
"""

from __future__ import annotations

import re
import tomllib

import yaml  # type: ignore[import-untyped, unused-ignore]  # stubs: types-PyYAML

from crosscheck.errors import InputError
from crosscheck.ingest.header import Header
from crosscheck.ingest.structured import ShapeError, parse_toml, parse_yaml
from crosscheck.model import Diagnostic

_FENCES = {"---": ("---", "..."), "+++": ("+++",)}
_KEY = re.compile(r"""(?:"([^"]{1,100})"|'([^']{1,100})'|([A-Za-z0-9_-]{1,100}))\s*[:=]""")
_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column \d+\)$|\s*\(at end of document\)$")


def split_front_matter(text: str, path: str) -> tuple[Header | None, list[Diagnostic]]:
    """Return the front matter of ``text`` if it opens with a fence, and any warning about it.

    Args:
        text: the decoded file text.
        path: the file as the user names it, for messages.

    Returns:
        ``(front matter or None, diagnostics)``; the pairs are empty if the front matter was unreadable.

    Raises:
        InputError: the front matter is never closed.
    """
    first, _, rest = text.partition("\n")
    opening = first.rstrip()
    if opening not in _FENCES:
        return None, []
    closings = _FENCES[opening]
    body_lines: list[str] = []
    for line in rest.split("\n"):
        if line.rstrip() in closings:
            break
        body_lines.append(line)
    else:
        raise InputError(
            path, f"front matter opened with {opening!r} on line 1 is never closed", line=1
        )
    content = "\n".join(body_lines)
    taken = len(body_lines) + 2
    if opening == "---":
        table, problem = _load_yaml(content, path)
    else:
        table, problem = _load_toml(content, path)
    if problem is not None:
        return Header((), taken), [problem]
    if table is None:
        return Header((), taken), []
    if not isinstance(table, dict):
        warning = Diagnostic(
            path, "front matter is not a table of keys and values; ignored", line=1, skipped=False
        )
        return Header((), taken), [warning]
    lines = _key_lines(body_lines)
    pairs = tuple((str(k), v, lines.get(str(k))) for k, v in table.items())
    return Header(pairs, taken), []


def _load_yaml(content: str, path: str) -> tuple[object, Diagnostic | None]:
    try:
        return parse_yaml(content), None
    except ShapeError as exc:
        return None, _invalid(path, f"front matter cannot be read: {exc}; ignored", None)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for the fence
        reason = exc.problem or exc.context or "syntax error"
        return None, _invalid(path, f"front matter is not valid YAML: {reason}; ignored", line)
    except yaml.YAMLError as exc:
        return None, _invalid(path, f"front matter is not valid YAML: {exc}; ignored", None)


def _load_toml(content: str, path: str) -> tuple[object, Diagnostic | None]:
    try:
        return parse_toml(content), None
    except ShapeError as exc:
        return None, _invalid(path, f"front matter cannot be read: {exc}; ignored", None)
    except tomllib.TOMLDecodeError as exc:
        reason, line = toml_error(exc, content)
        shifted = line + 1 if line is not None else None
        return None, _invalid(path, f"front matter is not valid TOML: {reason}; ignored", shifted)


def toml_error(exc: tomllib.TOMLDecodeError, text: str) -> tuple[str, int | None]:
    """Split a tomllib error into its reason and 1-based line (tomllib puts the line in the text).

    Args:
        exc: the error.
        text: the TOML text that failed, to place an error "at end of document" on its last line.

    Returns:
        ``(reason, line)``.
    """
    message = str(exc)
    match = _TOML_WHERE.search(message)
    if match is None:
        return message, None
    line = int(match[1]) if match[1] else text.rstrip("\n").count("\n") + 1
    return message[: match.start()], line


def _key_lines(lines: list[str]) -> dict[str, int]:
    # Top-level keys start a line without indentation; +2 turns a 0-based index past the fence into
    # the file's 1-based line number.
    found: dict[str, int] = {}
    for index, line in enumerate(lines):
        match = _KEY.match(line)
        if match:
            found.setdefault(match[1] or match[2] or match[3], index + 2)
    return found


def _invalid(path: str, message: str, line: int | None) -> Diagnostic:
    return Diagnostic(path, message, line=line, skipped=False)
