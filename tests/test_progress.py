"""Progress: shown on a terminal after a few seconds, never in a log or with --quiet."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from crosscheck import progress as progress_module
from crosscheck.ingest import load_corpus
from crosscheck.pipeline import corpus_claims
from crosscheck.progress import Progress
from tests.conftest import SEEDS


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_counts_documents_rate_and_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(progress_module.time, "monotonic", clock)
    out = io.StringIO()
    bar = Progress(100, out)
    bar.advance(10)
    assert out.getvalue() == ""  # a short run shows nothing
    clock.now += 5
    bar.advance(10)
    assert out.getvalue() == "\rextracting: 20/100 documents, 4.0/s, 20s left\x1b[K"
    clock.now += 0.1
    bar.advance(1)  # redrawn at most twice a second
    assert out.getvalue().count("\r") == 1
    clock.now += 60
    bar.advance(79)
    assert out.getvalue().endswith("100/100 documents, 1.5/s, 0s left\x1b[K")
    bar.close()
    assert out.getvalue().endswith("\n")


def test_nothing_is_shown_off_a_terminal_or_when_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert Progress.for_terminal(10) is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert Progress.for_terminal(10, quiet=True) is None
    assert Progress.for_terminal(10) is not None


def test_the_pipeline_reports_every_document_once(tmp_path: Path) -> None:
    corpus = load_corpus(SEEDS)
    for cache in (None, tmp_path, tmp_path):  # no cache, cold, warm: cached documents count too
        counted: list[int] = []
        corpus_claims(corpus, progress=counted.append, cache=cache)
        assert sum(counted) == len(corpus.documents)
