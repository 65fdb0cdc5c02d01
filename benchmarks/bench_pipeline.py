"""Benchmark the whole pipeline on growing corpora: copies of the seeds under new names.

Run by hand: ``python benchmarks/bench_pipeline.py``. Prints documents per second for corpora of 5,
20, 80 and 320 documents; roughly constant figures mean the pipeline scales linearly (alignment is a
group-by, comparison group by group). Copies are exact, so every claim aligns with its twins: the
worst case for group sizes.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import crosscheck

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FACTORS = (1, 4, 16, 64)


def corpus_of(copies: int, root: Path) -> Path:
    folder = root / f"x{copies}"
    folder.mkdir()
    manifest = (SEEDS / "crosscheck.toml").read_text("utf-8")
    parts = [manifest]
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            name = f"c{i:03d}_{seed.name}"
            shutil.copy(seed, folder / name)
            if i:
                section = manifest.split(f'[documents."{seed.name}"]', 1)[1].split("\n[", 1)[0]
                parts.append(f'\n[documents."{name}"]{section}\n')
    text = "".join(parts)
    for seed in sorted(SEEDS.glob("*.txt")):
        text = text.replace(f'[documents."{seed.name}"]', f'[documents."c000_{seed.name}"]', 1)
    (folder / "crosscheck.toml").write_text(text, "utf-8")
    return folder


def main() -> None:
    crosscheck.crosscheck(SEEDS)  # build the engines once, outside the timing
    with tempfile.TemporaryDirectory() as tmp:
        for copies in FACTORS:
            folder = corpus_of(copies, Path(tmp))
            start = time.perf_counter()
            report = crosscheck.crosscheck(folder)
            elapsed = time.perf_counter() - start
            docs = len(report.documents)
            print(
                f"{docs:5d} documents  {elapsed:7.2f} s  {docs / elapsed:7.1f} docs/s  "
                f"{len(report.findings):6d} findings  {len(report.diagnostics)} diagnostics"
            )


if __name__ == "__main__":
    main()
