"""Benchmark the whole pipeline side by side with spaCy's own ``nlp.pipe`` on the same documents.

Run by hand: ``python benchmarks/bench_pipeline.py [--ecbplus PATH] [--limit N] [--repeat K]``.

For each corpus (the seeds; the ECB+ articles in ``../shared/ecbplus`` when present) it times, in this
one process and one after the other:

- ``nlp.pipe``: the same spaCy pipeline crosscheck uses, over the document texts (the parse alone);
- ``crosscheck.crosscheck``: the whole pipeline (ingest, annotate, extract, normalise, align, compare,
  report) with ``jobs=1``, on the same documents, with crosscheck's per-process parse cache cleared
  first so that every document is really parsed;

and prints documents per second for each and their ratio (the goal is a ratio of at least 0.6: our own
work costs no more than two thirds of the parse). Each figure is the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crosscheck
from crosscheck.nlp import choose_model, load_pipeline
from crosscheck.nlp.annotate import clear_parse_cache

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ECBPLUS = ROOT.parent / "shared" / "ecbplus"


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """Return the shortest wall time of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def side_by_side(label: str, folder: Path, repeat: int) -> None:
    corpus = crosscheck.load_corpus(folder)
    texts = [d.text for d in corpus.documents]
    n = len(texts)
    nlp = load_pipeline(choose_model(None, corpus.model))

    def spacy_only() -> None:
        for _ in nlp.pipe(texts):
            pass

    def whole() -> None:
        clear_parse_cache()  # every document parsed, as on a first run
        crosscheck.crosscheck(corpus)

    t_spacy = best_of(repeat, spacy_only)
    t_whole = best_of(repeat, whole)
    chars = sum(map(len, texts))
    print(
        f"{label:8s} {n:5d} docs {chars / n:7.0f} chars/doc | nlp.pipe {n / t_spacy:7.1f} docs/s | "
        f"crosscheck {n / t_whole:7.1f} docs/s | ratio {t_spacy / t_whole:5.2f} "
        f"(extraction = {max(t_whole - t_spacy, 0) / t_spacy:4.2f} x the parse)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ecbplus", default=str(ECBPLUS), help="the ECB+ folder")
    parser.add_argument("--limit", type=int, default=300, help="ECB+ articles to use (0: all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (the best counts)")
    args = parser.parse_args(argv)
    crosscheck.crosscheck(SEEDS)  # build the engines once, outside the timing
    side_by_side("seeds", SEEDS, args.repeat)
    ecb = Path(args.ecbplus)
    if ecb.is_dir():
        from ecbplus_corpus import read_topic, topic_folders, write_corpus

        articles = [a for f in topic_folders(ecb) for a in read_topic(f)]
        if args.limit:
            articles = articles[: args.limit]
        with tempfile.TemporaryDirectory() as tmp:
            write_corpus(articles, Path(tmp))
            side_by_side("ecbplus", Path(tmp), args.repeat)
    else:
        print(f"ecbplus: not found at {ecb}; skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
