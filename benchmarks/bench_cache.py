"""Benchmark the extraction cache: ``check`` after adding one article to a warm corpus (run by hand).

Usage::

    python benchmarks/bench_cache.py [--docs 1000] [--jobs 2]

Builds a corpus of ``--docs`` real, varied articles (ECB+ when ``../shared/ecbplus`` is there, else
renamed seed copies; see ``bench_jobs.py``), then times three runs of
``python -m crosscheck check FOLDER --cache-dir DIR --jobs N``, each in a fresh process as CI runs it:

1. **cold**: an empty cache (every document extracted, every result stored);
2. **warm**: the same corpus again, every document from the cache;
3. **warm + 1**: one new article added, the rest from the cache;
4. **no cache**: ``--no-cache``, for reference.

and checks that the three print the same verdict and the cold and warm reports are the same bytes
(apart from the added article). Goal (issue "Scale"): warm + 1 takes at most 5% of cold.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_jobs import build_corpus

NEW_ARTICLE = (
    "Title: Late addition\nPublished: 2024-03-05\n\n"
    "The regional council met on Tuesday in Lyon and approved a budget of 4.2 million euros, "
    "its chair Anna Berg said.\n"
)


def run(argv: Sequence[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "crosscheck", *argv], capture_output=True, text=True, check=False
    )
    return time.perf_counter() - start, done


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="crosscheck-bench-cache-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        source = build_corpus(args.docs, corpus)
        cache = work / "cache"
        common = [str(corpus), "--cache-dir", str(cache), "--jobs", str(args.jobs), "--quiet"]
        cold, first = run(["check", *common])
        same, unchanged = run(["check", *common])
        (corpus / "zz-late-addition.txt").write_text(NEW_ARTICLE, "utf-8")
        warm, second = run(["check", *common])
        plain, third = run(
            ["check", str(corpus), "--no-cache", "--jobs", str(args.jobs), "--quiet"]
        )
        print(f"{args.docs} documents from {source}, --jobs {args.jobs}")
        print(f"cold cache        {cold:8.2f} s  (exit {first.returncode})")
        print(
            f"warm, no change   {same:8.2f} s  (exit {unchanged.returncode})  {same / cold:.1%} of cold"
        )
        print(
            f"warm + 1 article  {warm:8.2f} s  (exit {second.returncode})  {warm / cold:.1%} of cold"
        )
        print(f"no cache          {plain:8.2f} s  (exit {third.returncode})")
        print(f"same verdict: {second.returncode == third.returncode == unchanged.returncode}")
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
        size = sum(p.stat().st_size for p in cache.iterdir())
        print(f"cache size: {size / 1024 / 1024:.1f} MB for {args.docs + 1} documents")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
