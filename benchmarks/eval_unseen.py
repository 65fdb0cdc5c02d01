"""Measure crosscheck's contradictions on corpora it has never seen (run by hand, nothing is timed).

Each folder of ``benchmarks/unseen/`` is a small invented corpus with an ``expected.toml`` listing the
contradictions planted in it. This script runs ``crosscheck.crosscheck`` on each corpus, matches the
reported contradictions to the planted ones and prints, per corpus and overall, the true positives,
the planted contradictions it missed (false negatives) and the contradictions it reported that were
not planted (false positives, each with its explanation and evidence lines), plus every diagnostic
and crash.

A reported contradiction matches a planted one when their facets are equal and the finding holds an
observation from each of the planted sides: a document of the side's ``files`` whose written value
contains (case-insensitively) one of the side's ``written`` strings.

Usage: ``python benchmarks/eval_unseen.py [CORPUS_FOLDER ...]``
"""

from __future__ import annotations

import sys
import tomllib
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import crosscheck
from crosscheck.model import Finding, Observation

UNSEEN = Path(__file__).resolve().parent / "unseen"
CONTRADICTION = "contradiction"
QUOTE_WIDTH = 160  # evidence quotes are cut to this many characters so each stays on one line


@dataclass(frozen=True)
class Side:
    """One side of a planted contradiction: the documents and the values they write."""

    files: frozenset[str]
    written: tuple[str, ...]

    def holds(self, obs: Observation) -> bool:
        """Return whether the observation comes from this side."""
        text = obs.written.casefold()
        return obs.doc_id in self.files and any(w.casefold() in text for w in self.written)


@dataclass(frozen=True)
class Planted:
    """A contradiction planted in a corpus."""

    id: str
    facet: str
    note: str
    sides: tuple[Side, ...]

    def matches(self, finding: Finding) -> bool:
        """Return whether the finding reports this contradiction (facet and two sides present)."""
        if finding.facet != self.facet:
            return False
        present = sum(1 for side in self.sides if any(side.holds(o) for o in finding.observations))
        return present >= 2

    def extras(self, finding: Finding) -> list[Observation]:
        """Return the finding's observations that belong to no planted side."""
        return [o for o in finding.observations if not any(s.holds(o) for s in self.sides)]


@dataclass
class Result:
    """What one corpus gave."""

    name: str
    tp: list[tuple[Planted, list[Finding]]] = field(default_factory=list)
    fn: list[Planted] = field(default_factory=list)
    fp: list[Finding] = field(default_factory=list)
    diagnostics: list[str] = field(default_factory=list)
    crash: str | None = None
    other_discrepancies: dict[str, int] = field(default_factory=dict)


def load_expected(folder: Path) -> list[Planted]:
    """Read the planted contradictions of a corpus folder."""
    data = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
    planted = []
    for entry in data.get("contradiction", []):
        sides = tuple(Side(frozenset(s["files"]), tuple(s["written"])) for s in entry["sides"])
        planted.append(Planted(entry["id"], entry["facet"], entry.get("note", ""), sides))
    return planted


def evaluate(folder: Path) -> Result:
    """Run crosscheck on one corpus and score its contradictions."""
    result = Result(folder.name)
    planted = load_expected(folder)
    try:
        report = crosscheck.crosscheck(str(folder))
    except Exception:  # a crash is a result to report (with its traceback), not to hide
        result.crash = traceback.format_exc()
        result.fn = planted
        return result
    result.diagnostics = [str(d) for d in report.diagnostics]
    contradictions = [f for f in report.findings if f.category == CONTRADICTION]
    matched: set[str] = set()
    for p in planted:
        hits = [f for f in contradictions if p.matches(f)]
        if hits:
            result.tp.append((p, hits))
            matched.update(f.id for f in hits)
        else:
            result.fn.append(p)
    result.fp = [f for f in contradictions if f.id not in matched]
    for f in report.findings:
        if f.kind.value == "discrepancy" and f.category != CONTRADICTION:
            result.other_discrepancies[f.category] = (
                result.other_discrepancies.get(f.category, 0) + 1
            )
    return result


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_WIDTH else flat[: QUOTE_WIDTH - 1] + "…"


def print_finding(f: Finding) -> None:
    """Print a finding with its explanation and evidence lines."""
    print(f"    [{f.facet}] {f.subject_label or f.subject}  (id {f.id})")
    print(f"      explanation: {_one_line(f.explanation)}")
    for o in f.observations:
        where = ", ".join(f"{s.doc_id}:{s.line}:{s.column}" for s in o.evidence) or o.doc_id
        print(f"      - {o.doc_id}: written={o.written!r} value={o.value!r} at {where}")
        if o.quote:
            print(f"          “{_one_line(o.quote)}”")


def print_result(r: Result) -> None:
    """Print one corpus's scores and details."""
    print(f"=== {r.name}: TP {len(r.tp)}  FN {len(r.fn)}  FP {len(r.fp)}")
    if r.crash:
        print("  CRASH:")
        print("    " + r.crash.replace("\n", "\n    "))
    for p, hits in r.tp:
        print(f"  TP {p.id} [{p.facet}] ({len(hits)} finding(s)): {p.note}")
        for f in hits:
            for o in p.extras(f):
                # A side the planted contradiction does not have: a spurious party in a true finding.
                print(
                    f"    extra side (not planted): {o.doc_id}: written={o.written!r} value={o.value!r} "
                    f"modality={o.modality.value}"
                )
    for p in r.fn:
        print(f"  FN {p.id} [{p.facet}]: {p.note}")
    for f in r.fp:
        print("  FP:")
        print_finding(f)
    for d in r.diagnostics:
        print(f"  diagnostic: {d}")
    if r.other_discrepancies:
        others = ", ".join(f"{k} {v}" for k, v in sorted(r.other_discrepancies.items()))
        print(f"  other discrepancies (not scored): {others}")
    print()


def main(argv: list[str]) -> int:
    """Evaluate the given corpus folders (default: every folder of benchmarks/unseen)."""
    folders = [Path(a) for a in argv] or sorted(
        p for p in UNSEEN.iterdir() if (p / "expected.toml").is_file()
    )
    results = [evaluate(folder) for folder in folders]
    for r in results:
        print_result(r)
    tp = sum(len(r.tp) for r in results)
    fn = sum(len(r.fn) for r in results)
    fp = sum(len(r.fp) for r in results)
    crashes = sum(1 for r in results if r.crash)
    extras = sum(len(p.extras(f)) for r in results for p, hits in r.tp for f in hits)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(
        f"=== overall: TP {tp}  FN {fn}  FP {fp}  extra sides in TPs {extras}  crashes {crashes}  "
        f"precision {precision:.2f}  recall {recall:.2f}"
    )
    for r in results:
        print(
            f"    {r.name:20} TP {len(r.tp)}  FN {len(r.fn)}  FP {len(r.fp)}  diagnostics {len(r.diagnostics)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
