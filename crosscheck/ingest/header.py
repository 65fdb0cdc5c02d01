"""Read a Pelican-style header: ``Key: value`` lines at the top of a text file, then a blank line.

A header is the first block of lines (up to the first blank line) when every line in it is
``Key: value`` and at least one key is one crosscheck knows (Title, Outlet, Published, Updated, URL,
Authors, Language, Date-Order, or a spelling listed in ``fields.ALIASES``). Any other first block is the
start of the body, so raw page text is never mistaken for metadata. A block that has a known key but
also a line that is not ``Key: value`` is read as body too, with a warning naming that line.
"""

from __future__ import annotations

import re

from attrs import frozen

from crosscheck.ingest.fields import ALIASES, canonical_key
from crosscheck.model import Diagnostic

# A header longer than this is not a header: it bounds the scan of a file that has no blank line.
MAX_HEADER_LINES = 40

_KEY_LINE = re.compile(r"([A-Za-z][A-Za-z0-9 _-]{0,39}):[ \t]*(.*)")

MALFORMED = "header block has a line that is not 'Key: value'; the block is read as body text"


@frozen
class Header:
    """The ``(key, value, line)`` pairs of a metadata block and how many lines it takes.

    Used for both forms of metadata block: a ``Key: value`` header (with its blank line) and
    Markdown front matter (with its fences).
    """

    pairs: tuple[tuple[str, object, int | None], ...]
    lines: int


def split_header(text: str, path: str) -> tuple[Header | None, list[Diagnostic]]:
    """Return the header of ``text``, if it has one, and a warning if its first block looks broken.

    Args:
        text: the decoded file text.
        path: the file as the user names it, for messages.

    Returns:
        ``(header or None, diagnostics)``.
    """
    lines = text.split("\n", MAX_HEADER_LINES + 1)[: MAX_HEADER_LINES + 1]
    block: list[str] = []
    for line in lines:
        if not line.strip():
            break
        block.append(line)
    else:
        return None, []  # no blank line near the top: no header
    pairs: list[tuple[str, object, int | None]] = []
    bad_line: int | None = None
    for number, line in enumerate(block, start=1):
        match = _KEY_LINE.fullmatch(line.rstrip())
        if match is None:
            bad_line = bad_line or number
            continue
        pairs.append((match[1].strip(), match[2].strip(), number))
    known = any(canonical_key(key) in ALIASES for key, _, _ in pairs)
    if not known:
        return None, []
    if bad_line is not None:
        return None, [Diagnostic(path, MALFORMED, line=bad_line, skipped=False)]
    return Header(tuple(pairs), len(block) + 1), []
