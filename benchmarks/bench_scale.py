"""Benchmark scale: docs/s, peak memory and the scaling ratio per engine on varied corpora (by hand).

Usage::

    python benchmarks/bench_scale.py [--sizes 1000,10000] [--huge] [--jobs 2] [--modes ...] [--seed 0]

**Corpora.** Each size gets its own corpus of distinct articles, never copies: every article is
recombined from the sentences of two or three real articles of one ECB+ topic (from
``../shared/ecbplus``; the seeds when it is absent), shuffled, with numbers changed and capitalised
names swapped for others of the same topic, under its own title, outlet and publication date. All
of it is drawn from one ``random.Random(seed)``, so a size and seed always give the same corpus.
Articles go 1,000 to a subfolder. ``--huge`` adds 100,000 articles (hours; by hand only).

**Runs** (``--modes``, each in a fresh process, so no engine or cache is warm unless said):

- ``one``: the local engine in one process (``jobs=1``), the baseline;
- ``jobs``: the local engine with ``--jobs`` worker processes;
- ``cache``: the local engine with ``--jobs`` and an extraction cache, cold, then warm (the warm
  run's figure is the one that matters: a CI re-run on an unchanged corpus);
- ``dask``: the Dask engine on a LocalCluster of ``--jobs`` workers (cluster start included).

For each: wall seconds, documents per second, the peak resident memory of the calling process and
of its largest worker (``VmHWM`` from ``/proc``), and whether the JSON report is the same bytes as
the first run's. Then per mode the scaling ratio t(largest) / t(smallest) over the sizes given, and
the Dask engine's speed over one process.

Goals (issue "Scale"): t(10k) / t(1k) <= 11; peak memory at 10k <= 300 MB on the local engine (the
calling process); Dask on 2 local workers >= 1.6x one process at 10k.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_jobs import Descendants  # the /proc sampler of worker memory and CPU

import crosscheck
from crosscheck.serialize import iter_json

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MB = 1024 * 1024
MODES = ("one", "jobs", "cache", "dask")
HUGE = 100_000
PER_FOLDER = 1000  # articles per subfolder
# A recombined article takes this many sentences (a news article's usual length).
SENTENCES = (6, 18)
SOURCES_PER_ARTICLE = (2, 3)
# Sentence ends and the words the recombination changes. Simple on purpose: the corpus only has to
# be varied text for the pipeline to chew on; nothing here is measured for accuracy.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b|\b\d+\b")
NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b")


# --- the corpora ---


def source_articles() -> tuple[dict[str, list[str]], list[str], str]:
    """Return article bodies by topic, the outlets seen, and where they came from."""
    from ecbplus_corpus import DEFAULT_ROOT, read_topic, topic_folders

    topics: dict[str, list[str]] = {}
    outlets: set[str] = set()
    if DEFAULT_ROOT.is_dir():
        for folder in topic_folders(DEFAULT_ROOT):
            for article in read_topic(folder):
                topics.setdefault(article.topic, []).append(article.text)
                if article.outlet:
                    outlets.add(article.outlet)
        return topics, sorted(outlets), f"ECB+ ({DEFAULT_ROOT}), recombined by topic"
    topics["seeds"] = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return topics, ["Example Wire", "Example Daily"], "the seeds, recombined (no ECB+ found)"


def build_corpus(count: int, folder: Path, seed: int) -> str:
    """Write ``count`` distinct recombined articles into ``folder``; return their source."""
    topics, outlets, source = source_articles()
    names = sorted(topics)
    sentences = {t: [SENTENCE_END.split(body) for body in topics[t]] for t in names}
    pools = {t: sorted({m for body in topics[t] for m in NAME.findall(body)}) for t in names}
    rng = random.Random(seed)
    for i in range(count):
        topic = names[rng.randrange(len(names))]
        bodies = sentences[topic]
        picked = rng.sample(range(len(bodies)), min(len(bodies), rng.randint(*SOURCES_PER_ARTICLE)))
        pool = [s for k in picked for s in bodies[k] if s.strip()]
        rng.shuffle(pool)
        kept = pool[: rng.randint(*SENTENCES)]
        text = "\n".join(_vary(s, rng, pools[topic]) for s in kept) or "Nothing was reported."
        title = " ".join(kept[0].split()[:10]) if kept else "Untitled"
        published = f"20{rng.randint(10, 23):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        header = f"Title: {title}\nOutlet: {rng.choice(outlets)}\nPublished: {published}\n\n"
        path = folder / f"{i // PER_FOLDER:03d}" / f"a{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(header + text + "\n", encoding="utf-8")
    return source


def _vary(sentence: str, rng: random.Random, names: Sequence[str]) -> str:
    # Numbers scaled a little, and now and then a name swapped for another of the same topic: the
    # same sentence in two articles then agrees or disagrees as real coverage does.
    def number(m: re.Match[str]) -> str:
        value = int(m.group().replace(",", ""))
        if rng.random() < 0.5 or value in range(1900, 2100):
            return m.group()
        changed = max(0, round(value * rng.uniform(0.7, 1.3)))
        return f"{changed:,}" if "," in m.group() else str(changed)

    sentence = NUMBER.sub(number, sentence)
    if names and rng.random() < 0.3:
        sentence = NAME.sub(
            lambda m: rng.choice(names) if rng.random() < 0.5 else m.group(), sentence
        )
    return " ".join(sentence.split())


# --- one run, in a fresh process (the child side) ---


def run_once(folder: str, mode: str, jobs: int, cache: str) -> dict[str, Any]:
    """Run the pipeline once in this process as ``mode`` asks; return its figures."""
    options: dict[str, Any] = {"jobs": jobs}
    if mode == "one":
        options["jobs"] = 1
    elif mode == "dask":
        options["engine"] = "dask"
    elif mode in ("cold", "warm"):
        options["cache"] = cache
    corpus = crosscheck.load_corpus(folder)
    workers = Descendants()
    workers.start()
    start = time.perf_counter()
    report = crosscheck.crosscheck(corpus, **options)
    wall = time.perf_counter() - start
    workers.stop()
    digest = hashlib.sha256()
    for chunk in iter_json(report):
        digest.update(chunk.encode("utf-8"))
    return {
        "wall": wall,
        "docs": len(report.documents),
        "findings": len(report.findings),
        "sha256": digest.hexdigest(),
        "self_peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "workers_peak": max(workers.peaks.values(), default=0),
        "workers_seen": len(workers.peaks),
        "load": os.getloadavg()[0],
    }


def child(folder: Path, mode: str, jobs: int, cache: Path) -> dict[str, Any]:
    # The child imports the crosscheck this script sits beside, whatever is installed.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.run(
        [sys.executable, __file__, "--run", str(folder), mode, str(jobs), str(cache)],
        check=False,
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        sys.exit(f"the {mode} run failed (exit {proc.returncode}):\n{proc.stderr}")
    figures: dict[str, Any] = json.loads(proc.stdout.splitlines()[-1])
    return figures


# --- the parent: corpora, runs, ratios ---


def measure_size(count: int, args: argparse.Namespace, scratch: Path) -> dict[str, float]:
    folder = scratch / f"corpus-{count}"
    start = time.perf_counter()
    source = build_corpus(count, folder, args.seed)
    print(f"{count} articles from {source}, built in {time.perf_counter() - start:.1f} s")
    walls: dict[str, float] = {}
    reference: str | None = None
    runs: list[tuple[str, str]] = []
    for mode in args.modes:
        runs += [("cache", "cold"), ("cache", "warm")] if mode == "cache" else [(mode, mode)]
    for label, mode in runs:
        figures = child(folder, mode, args.jobs, scratch / f"cache-{count}")
        reference = reference or figures["sha256"]
        walls[mode] = figures["wall"]
        workers = (
            f"largest worker {figures['workers_peak'] / MB:6.1f} MB ({figures['workers_seen']} seen)"
            if figures["workers_seen"]
            else "no worker process"
        )
        jobs = 1 if mode == "one" else args.jobs
        print(
            f"  {label:5} {mode:5} jobs={jobs}: {figures['wall']:8.1f} s  "
            f"{figures['docs'] / figures['wall']:6.2f} docs/s  peak {figures['self_peak'] / MB:6.1f} MB "
            f"here, {workers}  (load {figures['load']:.1f})  {figures['findings']} findings, "
            f"same bytes: {'yes' if figures['sha256'] == reference else 'NO'}"
        )
    if "one" in walls and "dask" in walls:
        print(f"  dask on {args.jobs} workers vs one process: {walls['one'] / walls['dask']:.2f}x")
    shutil.rmtree(folder)
    return walls


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes (default 1000,10000)")
    parser.add_argument("--huge", action="store_true", help=f"add a corpus of {HUGE:,} articles")
    parser.add_argument("--jobs", type=int, default=2, help="workers (default 2)")
    parser.add_argument(
        "--modes",
        default=",".join(MODES),
        help=f"runs, comma-separated, from {', '.join(MODES)} (default all)",
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--run", nargs=4, help=argparse.SUPPRESS)  # the child side
    args = parser.parse_args(argv)
    if args.run:
        folder, mode, jobs, cache = args.run
        print(json.dumps(run_once(folder, mode, int(jobs), cache)))
        return
    args.modes = [m for m in args.modes.split(",") if m]
    unknown = sorted(set(args.modes) - set(MODES))
    if unknown:
        parser.error(f"unknown modes {unknown}; expected some of {', '.join(MODES)}")
    sizes = [int(n) for n in args.sizes.split(",")] + ([HUGE] if args.huge else [])
    print(f"{os.cpu_count()} cores; python {sys.version.split()[0]}; jobs {args.jobs}")
    walls: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="crosscheck-bench-scale-") as tmp:
        for count in sizes:
            walls[count] = measure_size(count, args, Path(tmp))
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        for mode in walls[small]:
            ratio = walls[large][mode] / walls[small][mode]
            print(
                f"scaling t({large})/t({small}) {mode}: {ratio:.2f} (linear: {large / small:.0f})"
            )


if __name__ == "__main__":
    main()
