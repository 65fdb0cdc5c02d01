"""Benchmark: one-pass alias matching (Aho-Corasick) against a loop of ``str.find`` per alias.

Run by hand: ``python benchmarks/bench_names.py [--aliases N] [--repeat R]``. The registry is the
shipped one padded with generated names up to N aliases (10,000 by default); the text is the seed
articles. Prints the time of each method per pass over the text and the ratio (target: >= 20x).
"""

from __future__ import annotations

import argparse
import random
import string
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from crosscheck.names import registry_for
from crosscheck.names.matcher import AliasMatcher

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# Fixed, so every run matches the same generated registry.
RANDOM_SEED = 20230412


def generated_aliases(count: int) -> dict[str, list[str]]:
    """Return the shipped aliases plus generated capitalised names, ``count`` in all."""
    aliases: dict[str, list[str]] = {n: sorted(ids) for n, ids in registry_for().names.items()}
    rng = random.Random(RANDOM_SEED)
    n = 0
    while len(aliases) < count:
        words = [
            "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 9))).title()
            for _ in range(rng.randint(1, 3))
        ]
        aliases.setdefault(" ".join(words), [f"bench:{n}"])
        n += 1
    return aliases


def naive(aliases: Sequence[str], text: str) -> int:
    """Count occurrences with one ``str.find`` loop per alias (the baseline)."""
    found = 0
    for alias in aliases:
        i = text.find(alias)
        while i != -1:
            found += 1
            i = text.find(alias, i + 1)
    return found


def best_of(repeat: int, fn: Callable[[], int]) -> tuple[float, int]:
    """Return the fastest of ``repeat`` runs of ``fn`` in seconds, and its result."""
    best = float("inf")
    result = 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print both timings and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aliases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    text = "\n\n".join(p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt")))
    aliases = generated_aliases(args.aliases)
    built = time.perf_counter()
    matcher = AliasMatcher(aliases)
    build_seconds = time.perf_counter() - built
    names = sorted(aliases)

    one_pass, hits = best_of(args.repeat, lambda: len(matcher.find(text)))
    loop, occurrences = best_of(args.repeat, lambda: naive(names, text))
    print(f"aliases: {len(aliases):,}; text: {len(text):,} characters (seed articles)")
    print(f"automaton built once in {build_seconds * 1000:.1f} ms")
    print(
        f"one pass (Aho-Corasick): {one_pass * 1000:8.2f} ms  ({hits} mentions on word boundaries)"
    )
    print(f"str.find per alias:      {loop * 1000:8.2f} ms  ({occurrences} raw occurrences)")
    print(f"ratio: {loop / one_pass:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
