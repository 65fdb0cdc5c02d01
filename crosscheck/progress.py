"""Progress on standard error while documents are extracted: done / total, rate, time left.

Shown only when standard error is a terminal and the run has lasted a few seconds, and never with
``--quiet``: a CI log or a redirected run gets nothing, so output stays byte-identical whatever the
timing. The clock here measures the run for the person watching; it never touches a result.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

# Nothing is shown for runs shorter than this (seconds), and the line is redrawn at most this often.
QUIET_SECONDS = 2.0
REDRAW_SECONDS = 0.5


class Progress:
    """A one-line counter of documents done, redrawn in place on a terminal."""

    def __init__(self, total: int, stream: TextIO | None = None, label: str = "extracting") -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.done = 0
        self._start = time.monotonic()
        self._drawn = 0.0
        self._shown = False

    @classmethod
    def for_terminal(cls, total: int, *, quiet: bool = False) -> Progress | None:
        """A Progress when standard error is a terminal and not ``quiet``, else None."""
        if quiet or not sys.stderr.isatty():
            return None
        return cls(total)

    def advance(self, count: int = 1) -> None:
        """Count ``count`` more documents done; redraw when it is time to."""
        self.done += count
        now = time.monotonic()
        elapsed = now - self._start
        if elapsed < QUIET_SECONDS or (
            now - self._drawn < REDRAW_SECONDS and self.done < self.total
        ):
            return
        self._drawn = now
        self._shown = True
        self.stream.write("\r" + self.line(elapsed) + "\x1b[K")
        self.stream.flush()

    def line(self, elapsed: float) -> str:
        """The progress line after ``elapsed`` seconds: done / total, rate, time left."""
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        return (
            f"{self.label}: {self.done}/{self.total} documents, {rate:.1f}/s, "
            f"{_duration(left)} left"
        )

    def close(self) -> None:
        """End the line if one was drawn, so what follows starts on a clean line."""
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
