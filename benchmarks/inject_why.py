"""Why an injected number was missed: one cause for each conflicting rewrite ``inject.py`` missed.

The injection yardstick (``benchmarks/inject.py``) says how many rewritten numbers were caught; this
script says why the others were not, so that work goes to the biggest cause. It reads the JSON that
``inject.py --json`` wrote, extracts the claims of each unmodified corpus once (a rewrite changes a
value, not the words around it, so the keys are those of the unmodified text) and gives each missed
number rewrite the first cause that applies:

- ``not extracted``: no quantity claim has evidence on the rewritten mention;
- ``partners not extracted``: it has one, but no other article's mention of the same fact does;
- ``keys differ``: the partners' claims have other subject keys, so the claims never meet (the
  listing names the key segments that differ from the closest partner: noun, verb, agent, time …);
- ``coarse keys meet, held back``: the exact keys differ but the coarse keys of the
  ``quantity-classes`` check meet (``crosscheck/quantities/classes.py``), and that check held its
  verdict back (owners or days that split the block, a document giving two figures, publication
  dates further apart than a news cycle, no owner or day named …);
- ``bare key``: they share a key, but a bare one, which is never compared;
- ``weak key, not in a news cycle``: they share a weak key that may not contradict (no named agent,
  a mood, a present perfect …, see docs/quantities.md, "Undated figures");
- ``compared, judged compatible``: they share a key that is compared, and the rewritten value still
  fits (the tolerances for "about" and round figures) or the publication dates are too far apart.

Usage::

    python benchmarks/inject.py benchmarks/unseen --kinds number --json > inject.json
    python benchmarks/inject_why.py inject.json benchmarks/unseen [--list]

Run it as ``PYTHONPATH=<worktree> python benchmarks/inject_why.py …`` to read a worktree's code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import inject

from crosscheck.model import Claim
from crosscheck.pipeline import corpus_claims
from crosscheck.quantities.classes import coarse
from crosscheck.quantities.compare import NEWS_CYCLE

QUANTITY_FACETS = ("quantity", "period")
NOT_EXTRACTED = "not extracted"
PARTNERS_NOT_EXTRACTED = "partners not extracted"
KEYS_DIFFER = "keys differ"
BARE = "bare key"
WEAK = "weak key, not in a news cycle"
COMPATIBLE = "compared, judged compatible"
COARSE = "coarse keys meet, held back"


@dataclass(frozen=True)
class Miss:
    """One missed rewrite: where, what was written instead, why it was missed, and the keys."""

    corpus: str
    article: str
    chain: str
    old: str
    new: str
    cause: str
    segments: tuple[str, ...]  # the key segments that differ from the closest partner's
    keys: tuple[str, ...]  # the rewritten mention's claim keys
    partner_keys: tuple[str, ...]  # the keys of the other articles' mentions of the fact


def _segments(key: str) -> dict[str, str]:
    """Return a subject key's segments by name: ``noun`` and each ``name=value``."""
    noun, *rest = key.split("|")
    out = {"noun": noun}
    for part in rest:
        name, _, value = part.partition("=")
        out[name] = value
    return out


def differing(mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    """Return the segment names in which the closest pair of keys differ (fewest differences)."""
    best: list[str] | None = None
    for a in mine:
        for b in theirs:
            sa, sb = _segments(a), _segments(b)
            diff = sorted(k for k in sa.keys() | sb.keys() if sa.get(k) != sb.get(k))
            if best is None or len(diff) < len(best):
                best = diff
    return best or []


def _on(claims: Sequence[Claim], doc_id: str, start: int, end: int) -> list[Claim]:
    return [
        c
        for c in claims
        if any(e.doc_id == doc_id and e.start < end and start < e.end for e in c.evidence)
    ]


def _blocks(claims: Sequence[Claim]) -> set[str]:
    """Return the coarse blocks of the claims (which do not depend on publication dates)."""
    return {k.block for c in claims if (k := coarse(c, None, NEWS_CYCLE)) is not None}


def cause(mine: Sequence[Claim], partners: Sequence[Claim]) -> tuple[str, list[str]]:
    """Return the cause of one miss and, for differing keys, the segments that differ."""
    if not mine:
        return NOT_EXTRACTED, []
    if not partners:
        return PARTNERS_NOT_EXTRACTED, []
    theirs = {c.subject for c in partners}
    shared = [c for c in mine if c.subject in theirs]
    if not shared:
        segments = differing(sorted({c.subject for c in mine}), sorted(theirs))
        if _blocks(mine) & _blocks(partners):
            return COARSE, segments
        return KEYS_DIFFER, segments
    strengths = {str(getattr(c.details, "strength", "")) for c in shared}
    if strengths <= {"bare"}:
        return BARE, []
    if "strong" in strengths:
        return COMPATIBLE, []
    keys = {c.subject for c in shared}
    sides = [c for c in [*shared, *partners] if c.subject in keys]
    if all(getattr(c.details, "news_cycle", False) for c in sides):
        return COMPATIBLE, []
    return WEAK, []


def explain(result: dict[str, object], paths: Sequence[Path]) -> list[Miss]:
    """Return one row per missed conflicting number rewrite: where, what, and why."""
    mutations = result.get("mutations", [])
    assert isinstance(mutations, list)
    missed = [
        m
        for m in mutations
        if m.get("kind") == "number" and m.get("mode") == "conflict" and m.get("caught") is False
    ]
    wanted = {m["corpus"] for m in missed}
    rows: list[Miss] = []
    for source in inject.sources_for(list(paths), None):
        if source.name not in wanted:
            continue
        claims = [c for c in corpus_claims(source.corpus) if c.facet in QUANTITY_FACETS]
        candidates, _ = source.candidates()
        for m in (m for m in missed if m["corpus"] == source.name):
            mine = _on(claims, m["article"], m["start"], m["end"])
            partners = [
                c
                for cand in candidates
                if cand.cls == "number" and cand.chain == m["chain"] and cand.doc_id != m["article"]
                for c in _on(claims, cand.doc_id, cand.start, cand.end)
            ]
            why, segments = cause(mine, partners)
            rows.append(
                Miss(
                    source.name,
                    m["article"],
                    m["chain"],
                    m["old"],
                    m["new"],
                    why,
                    tuple(segments),
                    tuple(sorted({c.subject for c in mine})),
                    tuple(sorted({c.subject for c in partners})),
                )
            )
    return rows


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("result", type=Path, help="the JSON inject.py --json wrote")
    parser.add_argument("paths", type=Path, nargs="+", help="the corpora inject.py was given")
    parser.add_argument("--list", action="store_true", help="print every miss with its keys")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the causes of the missed number rewrites with counts (and each miss with --list)."""
    args = parse_args(argv)
    rows = explain(json.loads(args.result.read_text("utf-8")), args.paths)
    if args.list:
        for r in rows:
            print(f"{r.corpus} {r.article} {r.chain} {r.old}->{r.new}: {r.cause}")
            if r.segments:
                print(f"    differ in: {', '.join(r.segments)}")
            for key in r.keys:
                print(f"    mine:    {key}")
            for key in r.partner_keys:
                print(f"    partner: {key}")
    causes = Counter(r.cause for r in rows)
    segments = Counter("+".join(r.segments) for r in rows if r.segments)
    print(f"inject_why: {len(rows)} missed number rewrites")
    for why, n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:3d}  {why}")
    if segments:
        print("  keys differ in:")
        for seg, n in sorted(segments.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:3d}    {seg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
