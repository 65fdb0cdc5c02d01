"""Time the quantity reader on large and hostile inputs (run by hand: python benchmarks/bench_quantities.py).

Each case should take time roughly proportional to its size; a case that grows faster than its input
is a regression (an all-pairs loop or a backtracking pattern). The annotation (the spaCy parse and the
shared layers) is timed apart from the quantity reader, which reads the annotated Doc.
"""

from __future__ import annotations

import time
from pathlib import Path

from crosscheck.model import Document
from crosscheck.nlp import annotate
from crosscheck.quantities import find_quantities

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def cases(scale: int) -> dict[str, str]:
    """Return the benchmark texts, ``scale`` times the base size."""
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    figures = (
        f"in 2022 North Korea fired more than {i} missiles since 2021" for i in range(1000 * scale)
    )
    return {
        "seeds": seeds * 10 * scale,
        "one sentence of figures": " and ".join(figures),
        "digit soup": " ".join(str(i) for i in range(10000 * scale)),
        "date chain": "-".join(str(2000 + i % 100) for i in range(10000 * scale)),
        "number words": "seven hundred and twenty-five thousand " * 4000 * scale,
        "quote marks": "\u201c" * 20000 * scale + ". " + ")" * 20000 * scale,
    }


def main() -> None:
    for scale in (1, 2, 4):
        for name, text in cases(scale).items():
            start = time.perf_counter()
            doc = annotate(Document(id="bench", path="bench", text=text))
            parsed = time.perf_counter()
            found = find_quantities(doc)
            done = time.perf_counter()
            print(
                f"x{scale} {name:26} {len(text) / 1e6:6.2f} MB annotate {parsed - start:6.2f} s "
                f"read {done - parsed:6.2f} s {len(found):6} found"
            )


if __name__ == "__main__":
    main()
