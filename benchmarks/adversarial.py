"""Adversarial text: is extraction linear on text built to make it slow? (run by hand)

For each pattern below, one article of ``--kb`` kilobytes (default 256) is built by repeating the
pattern, and the time to annotate and extract its claims is compared with the time for an article of
the same size made of ordinary news text (the seed articles, repeated). The goal (issue "Hostile
input"): every pattern within 5x of ordinary text. A pattern far above that, and growing with
``--kb``, is a super-linear path.

Usage::

    python benchmarks/adversarial.py [--kb 256] [--patterns spaces,dates,...]

Prints one line per pattern: seconds, ratio to ordinary text, claims found. Nothing here is a test;
the figures go in the issue note.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crosscheck.extract import extract_claims  # noqa: E402
from crosscheck.ingest import load_corpus  # noqa: E402
from crosscheck.model import Document  # noqa: E402
from crosscheck.nlp.annotate import clear_parse_cache  # noqa: E402

PUBLISHED = "2023-04-12"


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _paragraphs(unit: str, size: int, every: int = 4000) -> str:
    # Long runs, but broken into paragraphs of ``every`` characters as a page would be.
    chunk = _repeat(unit, every)
    return "\n\n".join([chunk] * (size // every + 1))[:size]


# name -> builder(size in characters): the text of one adversarial article.
PATTERNS: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: _repeat("The minister" + " " * 2000 + "said the talks went well. ", n),
    "capitalised": lambda n: _repeat("Alpha Bravo Charlie Delta Echo Foxtrot ", n),
    "digits-hyphens": lambda n: _repeat("12-34-56-78-90-", n),
    "quote-marks": lambda n: _repeat("\" \u201c \u201d ' ", n),
    "mr": lambda n: _repeat("Mr. ", n),
    "dates": lambda n: _paragraphs("on March 3, 2021, and on Tuesday, ", n),
    "quote-said": lambda n: _paragraphs('"We will see," he said. "Not now," she said. ', n),
    "brackets": lambda n: _repeat("((([[[{{{", n // 2) + _repeat("}}}]]])))", n // 2),
}


def ordinary(size: int) -> str:
    """News text of ``size`` characters: the seed articles, repeated."""
    corpus = load_corpus(ROOT / "seeds")
    text = "\n\n".join(d.text for d in corpus.documents)
    return _repeat(text + "\n\n", size)


def timed(text: str) -> tuple[float, int]:
    import datetime as dt

    clear_parse_cache()
    doc = Document(
        id="adversarial.txt",
        path="adversarial.txt",
        text=text,
        published=dt.date.fromisoformat(PUBLISHED),
    )
    start = time.perf_counter()
    claims = extract_claims(doc)
    return time.perf_counter() - start, len(claims)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=256, help="article size in kilobytes")
    parser.add_argument("--patterns", default=",".join(PATTERNS), help="comma-separated names")
    args = parser.parse_args(argv)
    size = args.kb * 1024
    timed("Warm-up: the pipeline loads once. The minister said so on Tuesday.")
    base, base_claims = timed(ordinary(size))
    print(f"ordinary news text, {args.kb} KB: {base:.2f} s, {base_claims} claims")
    worst = 0.0
    for name in args.patterns.split(","):
        seconds, claims = timed(PATTERNS[name](size))
        ratio = seconds / base
        worst = max(worst, ratio)
        flag = "" if ratio <= 5 else "  <-- above 5x"
        print(f"{name:15} {seconds:7.2f} s  {ratio:5.2f}x  {claims} claims{flag}")
    print(f"worst ratio {worst:.2f}x (goal: 5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
