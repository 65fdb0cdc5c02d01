"""Benchmark: crosscheck's find_times against dateparser.search.search_dates on the seed bodies.

Run by hand (never in the test suite)::

    python benchmarks/bench_times.py [--repeat 100]

Prints documents per second for each, the ratio (target: find_times at least 10x faster), and how
many dates each reports per pass over the seeds (search_dates also reports its false dates).
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from dateparser.search import search_dates

from crosscheck.ingest import load_corpus
from crosscheck.model import TimeKind
from crosscheck.time import find_times

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

Doc = tuple[str, dt.date | None, str | None]


def seed_documents() -> list[Doc]:
    """Return each seed's text with the publication date and date order its manifest gives."""
    corpus = load_corpus(SEEDS)
    return [(d.text, d.published, d.date_order) for d in corpus.documents]


def run_find_times(doc: Doc) -> int:
    text, published, order = doc
    found = find_times(text, published=published, date_order=order)
    return sum(te.kind in (TimeKind.DATE, TimeKind.TIME) for te in found)


def run_search_dates(doc: Doc) -> int:
    return len(search_dates(doc[0], languages=["en"]) or [])


def docs_per_second(fn: Callable[[Doc], int], docs: Sequence[Doc], repeat: int) -> float:
    """Return how many documents per second ``fn`` reads over ``docs`` repeated ``repeat`` times."""
    fn(docs[0])  # warm up: compiled patterns and lazily loaded data are one-time costs
    start = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            fn(doc)
    return len(docs) * repeat / (time.perf_counter() - start)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100, help="passes over the seeds")
    args = parser.parse_args(argv)
    docs = seed_documents()
    ours = docs_per_second(run_find_times, docs, args.repeat)
    theirs = docs_per_second(run_search_dates, docs, args.repeat)
    print(f"seed documents: {len(docs)}, passes: {args.repeat}")
    print(f"find_times:   {ours:10.1f} docs/s  dates per pass: {sum(map(run_find_times, docs))}")
    print(
        f"search_dates: {theirs:10.1f} docs/s  dates per pass: {sum(map(run_search_dates, docs))}"
    )
    print(f"ratio: {ours / theirs:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
