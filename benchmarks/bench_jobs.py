"""Benchmark --jobs and the streamed JSON report: wall time per worker count, and peak memory.

Run by hand: ``python benchmarks/bench_jobs.py [--docs N] [--memory-docs N] [--jobs 1,2]``.

The corpus is real, varied coverage: ECB+ articles (``ecbplus_corpus.py``, from ``../shared/ecbplus``)
when they are there, else copies of the seeds under new names (as ``bench_pipeline.py`` builds them).
Past the 746 ECB+ articles, further copies go into subfolders, so every document has its own id.

1. **Time**: the whole pipeline (``crosscheck.crosscheck(folder, jobs=N)``: ingest to report) on
   ``--docs`` documents, for each N: wall seconds, documents per second, speed-up over the first N,
   and whether the JSON report is the same bytes for every N. Each N runs in a fresh process whose
   engines are warmed on the seeds first; the workers start cold, as they do for a user. Beside the wall time: the CPU seconds of
   this process and of the workers (from ``/proc``), and the load average, since on a shared machine
   the wall time says more about the neighbours than about crosscheck.
2. **Memory**: ``python -m crosscheck report FOLDER --format json --output FILE --jobs N`` on
   ``--memory-docs`` documents, each N in a fresh process: its peak resident memory
   (``getrusage(RUSAGE_SELF)``), and the workers' peak (their ``VmHWM``, sampled from ``/proc`` on
   Linux; the forkserver's children are not the command's own, so ``RUSAGE_CHILDREN`` misses them).
   Then, on the report read back, the peak Python allocations (``tracemalloc``) of writing it
   streamed (``iter_json``, what the command does) against building the whole string first
   (``to_json()`` then ``write_text``, what it did before); and, in one more fresh process, the
   peak resident memory of that former way end to end (``--no-former`` skips it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import crosscheck
from crosscheck.serialize import iter_json

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MB = 1024 * 1024
# How often the workers' memory and CPU time are read from /proc. Each reading walks every process
# (about 3 ms of CPU on the development machine): every 50 ms that was 6% of a core taken from the
# calling process, which under the Dask engine also runs the scheduler. VmHWM is the kernel's own
# high-water mark, so a slower sample loses no peak, only up to this long of a worker's last CPU.
SAMPLE_SECONDS = 0.5


# --- the corpus ---


def build_corpus(count: int, folder: Path) -> str:
    """Write ``count`` documents into ``folder``; return where they came from."""
    from ecbplus_corpus import DEFAULT_ROOT, read_topic, topic_folders, write_corpus

    if DEFAULT_ROOT.is_dir():
        articles = [a for topic in topic_folders(DEFAULT_ROOT) for a in read_topic(topic)]
        for copy in range(-(-count // len(articles))):
            chunk = articles[: count - copy * len(articles)]
            write_corpus(chunk, folder / f"copy{copy}" if copy else folder)
        return f"ECB+ articles from {DEFAULT_ROOT} ({len(articles)} distinct)"
    seeds = sorted(SEEDS.glob("*.txt"))
    folder.mkdir(parents=True)
    for i in range(count):
        seed = seeds[i % len(seeds)]
        shutil.copy(seed, folder / f"c{i // len(seeds):04d}_{seed.name}")
    return f"copies of the {len(seeds)} seed articles (no ECB+ at {DEFAULT_ROOT})"


# --- 1. time ---


def time_jobs(folder: Path, jobs: Sequence[int]) -> None:
    first: float | None = None
    reference: str | None = None
    for n in jobs:
        figures = child("--time", str(folder), str(n))
        elapsed = figures["wall"]
        first = first or elapsed
        reference = reference or figures["sha256"]
        print(
            f"  --jobs {n}: {elapsed:7.2f} s  {figures['docs'] / elapsed:6.2f} docs/s  "
            f"speed-up {first / elapsed:4.2f}x  CPU {figures['cpu']:6.2f} s here + "
            f"{figures['workers_cpu']:6.2f} s in workers  (load {figures['load']:.1f})  "
            f"{figures['findings']} findings, same bytes as --jobs {jobs[0]}: "
            f"{'yes' if figures['sha256'] == reference else 'NO'}"
        )


def time_one(folder: str, jobs: str) -> dict[str, Any]:
    """Time the pipeline once in this (fresh) process, engines warmed first (the child side)."""
    crosscheck.crosscheck(SEEDS)  # build this process's engines once, outside the timing
    load = os.getloadavg()[0]
    workers = Descendants()
    workers.start()
    cpu = time.process_time()
    start = time.perf_counter()
    report = crosscheck.crosscheck(folder, jobs=int(jobs))
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu
    workers.stop()
    return {
        "wall": wall,
        "cpu": cpu,
        "workers_cpu": workers.cpu(),
        "load": load,
        "docs": len(report.documents),
        "findings": len(report.findings),
        "sha256": hashlib.sha256(report.to_json().encode("utf-8")).hexdigest(),
    }


def child(*args: str) -> dict[str, Any]:
    # Each measurement in a fresh process: no cache warmed by an earlier run, its own peak memory.
    proc = subprocess.run(
        [sys.executable, __file__, *args], check=True, capture_output=True, text=True
    )
    figures: dict[str, Any] = json.loads(proc.stdout.splitlines()[-1])
    return figures


# --- 2. memory ---


def measure(folder: str, out: str, jobs: str, mode: str) -> dict[str, Any]:
    """Run the report command in this (fresh) process; return its figures (the child side).

    ``mode``: ``stream`` (the command), ``compare`` (the command, then the allocation comparison),
    or ``former`` (the command's former way: the whole JSON string built, then written).
    """
    from crosscheck.cli import main

    load = os.getloadavg()[0]
    workers = Descendants()
    workers.start()
    start = time.perf_counter()
    if mode == "former":
        report = crosscheck.crosscheck(crosscheck.load_corpus(folder), jobs=int(jobs))
        Path(out).write_text(report.to_json(), encoding="utf-8", newline="\n")
        del report
        code = 0
    else:
        # --no-cache: the first run would otherwise leave a warm cache beside the corpus, and every
        # later run would read claims from it instead of extracting them (and start no worker).
        code = main(
            ["report", folder, "--format", "json", "--output", out, "--jobs", jobs, "--no-cache"]
        )
    wall = time.perf_counter() - start
    workers.stop()
    figures: dict[str, Any] = {
        "exit": code,
        "wall": wall,
        "load": load,
        "cpu": time.process_time(),
        "workers_cpu": workers.cpu(),
        "self_peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "children_peak": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
        "workers_peak": max(workers.peaks.values(), default=0),
        "workers_seen": len(workers.peaks),
    }
    if mode == "compare":
        report = crosscheck.Report.from_json(Path(out).read_text("utf-8"))
        target = Path(out).with_suffix(".again")

        def streamed() -> None:
            with target.open("w", encoding="utf-8", newline="\n") as fh:
                fh.writelines(iter_json(report))

        def whole() -> None:
            target.write_text(report.to_json(), encoding="utf-8", newline="\n")

        figures["streamed_alloc"] = allocation_peak(streamed)
        figures["whole_alloc"] = allocation_peak(whole)
        figures["report_bytes"] = Path(out).stat().st_size
    return figures


def allocation_peak(step: Callable[[], None]) -> int:
    tracemalloc.start()
    try:
        step()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


class Descendants(threading.Thread):
    """Samples every descendant process's peak resident memory (VmHWM) and CPU time, from /proc.

    The workers are the forkserver's children, not this process's, so ``RUSAGE_CHILDREN`` never
    sees them. Linux only; elsewhere nothing is recorded. A sample comes every ``SAMPLE_SECONDS``,
    so a worker's last half second of CPU may be missed.
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peaks: dict[int, int] = {}
        self.cpu_seconds: dict[int, float] = {}
        self._done = threading.Event()
        self._before = {pid: cpu_seconds(pid) for pid in descendants(os.getpid())}

    def stop(self) -> None:
        self._done.set()
        self.join()

    def cpu(self) -> float:
        """CPU seconds the descendants spent while sampled (a reused forkserver's earlier time not)."""
        return sum(t - self._before.get(pid, 0.0) for pid, t in self.cpu_seconds.items())

    def run(self) -> None:
        if not Path("/proc/self/status").exists():
            return
        while not self._done.wait(SAMPLE_SECONDS):
            for pid in descendants(os.getpid()):
                peak = vm_hwm(pid)
                if peak:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), peak)
                    self.cpu_seconds[pid] = cpu_seconds(pid) or self.cpu_seconds.get(pid, 0.0)


def descendants(root: int) -> list[int]:
    parent: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # the process ended meanwhile
            parent[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: list[int] = []
    frontier = [root]
    while frontier:
        pid = frontier.pop()
        children = [p for p, pp in parent.items() if pp == pid]
        found.extend(children)
        frontier.extend(children)
    return found


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0  # the process ended meanwhile
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def vm_hwm(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass  # the process ended meanwhile
    return 0


def args_docs(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.txt"))


def memory_jobs(folder: Path, jobs: Sequence[int], scratch: Path, former: bool) -> None:
    outputs: list[bytes] = []
    runs = [(n, "compare" if i == 0 else "stream") for i, n in enumerate(jobs)]
    if former:
        runs.append((jobs[0], "former"))
    for n, mode in runs:
        out = scratch / f"report-{n}-{mode}.json"
        figures = child("--measure", str(folder), str(out), str(n), mode)
        outputs.append(out.read_bytes())
        workers = (
            f"workers' peak {figures['workers_peak'] / MB:6.1f} MB each at most "
            f"({figures['workers_seen']} processes seen)"
            if figures["workers_seen"]
            else "no worker process"
        )
        label = "former way, whole string" if mode == "former" else "streamed"
        print(
            f"  --jobs {n}, {label}: exit {figures['exit']}  {figures['wall']:7.2f} s  "
            f"{args_docs(folder) / figures['wall']:6.2f} docs/s  CPU {figures['cpu']:6.2f} s + "
            f"{figures['workers_cpu']:6.2f} s in workers  (load {figures['load']:.1f})\n"
            f"      peak {figures['self_peak'] / MB:6.1f} MB in the command; {workers}"
        )
        if "streamed_alloc" in figures:
            streamed, whole = figures["streamed_alloc"], figures["whole_alloc"]
            print(
                f"  writing the {figures['report_bytes'] / MB:.1f} MB report (tracemalloc peak): "
                f"streamed {streamed / MB:6.2f} MB, whole string first {whole / MB:6.2f} MB "
                f"({whole / max(streamed, 1):.0f}x)"
            )
    same = all(o == outputs[0] for o in outputs)
    print(f"  the report files are the same bytes for every run: {'yes' if same else 'NO'}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=250, help="documents to time (default 250)")
    parser.add_argument(
        "--memory-docs", type=int, default=1000, help="documents for the memory run (default 1000)"
    )
    parser.add_argument(
        "--jobs", default="1,2", help="worker counts, comma-separated (default 1,2)"
    )
    parser.add_argument(
        "--no-former", action="store_true", help="skip the run of the former, whole-string way"
    )
    parser.add_argument("--time", nargs=2, help=argparse.SUPPRESS)  # the child side of step 1
    parser.add_argument("--measure", nargs=4, help=argparse.SUPPRESS)  # the child side of step 2
    args = parser.parse_args(argv)
    if args.time:
        print(json.dumps(time_one(*args.time)))
        return
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return
    jobs = [int(n) for n in args.jobs.split(",")]
    print(f"{os.cpu_count()} cores; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        source = build_corpus(args.docs, scratch / "timed")
        print(f"1. whole pipeline on {args.docs} documents: {source}")
        time_jobs(scratch / "timed", jobs)
        build_corpus(args.memory_docs, scratch / "memory")
        print(f"2. report --format json --output on {args.memory_docs} documents")
        memory_jobs(scratch / "memory", jobs, scratch, former=not args.no_former)


if __name__ == "__main__":
    main()
