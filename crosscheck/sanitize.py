"""The one boundary where text from articles and file names leaves the program.

Article text and file names are data from strangers. Written raw to a terminal, an escape sequence
can clear the screen or retitle the window (``ESC c``, ``ESC ]0;``); in a CI log, a line that starts
with ``::`` is a GitHub workflow command; in markdown, a URL or an ``@name`` becomes a link or a
notification. Everything the CLI prints passes :func:`line` and everything the markdown report
quotes passes :func:`markdown_text`, so no other module has to think about it.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls, the characters that reorder or hide text when displayed
# (bidirectional overrides and isolates, line and paragraph separators), and lone surrogates (a
# file name's undecodable bytes), which no output encoding can write.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# A workflow command is a line whose first non-blank characters are "::".
_COMMAND = re.compile(r"^(\s*):(?=:)")
# Bare links a markdown renderer would turn into links, and @mentions it would turn into pings.
_LINKISH = re.compile(r"(?i)(?<=[a-z])(?=://)|(?<![\w.])www(?=\.)|(?<![\w@])@(?=[A-Za-z0-9])")
ZERO_WIDTH = "\u200b"


def printable(text: str) -> str:
    """Return ``text`` with every control or display-reordering character shown as an escape
    (``\\x1b``, ``\\n``, ``\\u202e``), so it prints as one inert line."""
    return _UNSAFE.sub(_escape, text)


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def line(text: str) -> str:
    """Return one line safe for a terminal or a CI log: printable, and never a workflow command.

    The program's own workflow commands (GitHub annotations) are written without this.
    """
    return _COMMAND.sub(r"\1:" + ZERO_WIDTH, printable(text), count=1)


def unlinked(text: str) -> str:
    """Return ``text`` with bare URLs (``https://``, ``www.``) and ``@mentions`` broken by a
    zero-width space, so a markdown renderer shows them as text, not links or notifications."""
    return _LINKISH.sub(lambda m: m.group() + ZERO_WIDTH, text)
