"""Split article text into paragraphs: a line is a paragraph, except in hard-wrapped text."""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.nlp.quotes import ALL_MARKS

# A hard-wrapped text has most of its long lines ending mid-sentence and no line much longer than
# a terminal's width; then single newlines are soft and only blank lines end a paragraph.
WRAP_LONG_LINE = 40
WRAP_MAX_LINE = 100
WRAP_MIN_LONG_LINES = 3
WRAP_OPEN_FRACTION = 0.5
_TERMINAL = ".!?:;…" + ALL_MARKS + ")]"
# A line at least this long that ends inside a sentence (a letter or a comma) and is followed by a
# line starting with a letter is hard-wrapped prose, not a headline, caption or label, even in a
# text that is not hard-wrapped throughout.
WRAPPED_LINE_MIN_CHARS = 60


def soft_newline(text: str, newline: int) -> bool:
    """Return whether the newline at ``newline`` only wraps a line inside one sentence."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    following = text[newline + 1 : newline + 2]
    return (
        len(line) >= WRAPPED_LINE_MIN_CHARS
        and (line[-1:].isalpha() or line[-1:] in ",;-")
        and following.isalpha()
    )


def _is_wrapped(lines: Sequence[str]) -> bool:
    long_lines = [ln.rstrip() for ln in lines if len(ln.strip()) >= WRAP_LONG_LINE]
    if len(long_lines) < WRAP_MIN_LONG_LINES or max(len(ln) for ln in long_lines) > WRAP_MAX_LINE:
        return False
    open_ended = sum(1 for ln in long_lines if not ln.endswith(tuple(_TERMINAL)))
    return open_ended >= WRAP_OPEN_FRACTION * len(long_lines)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of each paragraph, whitespace trimmed.

    A line is a paragraph, as in page text; in hard-wrapped text a blank line ends a paragraph.
    """
    lines = text.split("\n")
    wrapped = _is_wrapped(lines)
    spans: list[tuple[int, int]] = []
    pos = 0
    block_start: int | None = None
    block_end = 0
    for line in lines:
        line_end = pos + len(line)
        if not line.strip():
            if block_start is not None:
                spans.append((block_start, block_end))
                block_start = None
        elif wrapped:
            if block_start is None:
                block_start = pos
            block_end = line_end
        else:
            spans.append((pos, line_end))
        pos = line_end + 1
    if block_start is not None:
        spans.append((block_start, block_end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
