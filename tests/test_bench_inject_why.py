"""benchmarks/inject_why.py: a cause for every number rewrite the injection yardstick missed."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.quantities.claims import quantity_claims

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
STORY = BENCHMARKS / "unseen" / "peru_quake"


@pytest.fixture(scope="module")
def modules() -> Iterator[tuple[ModuleType, ModuleType]]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import inject
        import inject_why

        yield inject, inject_why
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_differing_names_the_segments_of_the_closest_keys(
    modules: tuple[ModuleType, ModuleType],
) -> None:
    _, why = modules
    mine = ["quantity:home|verb=destroy|agent=a|asof=2024-11-13"]
    theirs = [
        "quantity:home|verb=destroy|agent=b|asof=2024-11-12",
        "quantity:home|verb=destroy|asof=2024-11-13",
    ]
    assert why.differing(mine, theirs) == ["agent"]
    assert why.differing(["quantity:x"], ["quantity:y|verb=go"]) == ["noun", "verb"]


def test_keys_whose_coarse_keys_meet_are_told_apart(
    modules: tuple[ModuleType, ModuleType],
) -> None:
    _, why = modules
    docs = [
        Document(id=f"{i}.txt", path=f"{i}.txt", text=t)
        for i, t in enumerate(
            (
                "About 61,000 residents voted in the Lindqvarn referendum.",
                "Some 90,000 people cast ballots in the Lindqvarn referendum.",
                "The plant employs 400 people.",
            )
        )
    ]
    voted, cast, employs = (quantity_claims(Analysis(d)) for d in docs)
    assert why.cause(voted, cast) == (why.COARSE, ["noun", "verb"])
    assert why.cause(voted, employs)[0] == why.KEYS_DIFFER


def test_every_missed_number_rewrite_gets_one_known_cause(
    modules: tuple[ModuleType, ModuleType],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    inject, why = modules
    assert inject.main([str(STORY), "--kinds", "number", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    missed = [
        m
        for m in result["mutations"]
        if m["mode"] == "conflict" and m["kind"] == "number" and not m["caught"]
    ]
    rows = why.explain(result, [STORY])
    assert len(rows) == len(missed)
    causes = {
        why.NOT_EXTRACTED,
        why.PARTNERS_NOT_EXTRACTED,
        why.KEYS_DIFFER,
        why.BARE,
        why.WEAK,
        why.COMPATIBLE,
        why.COARSE,
    }
    assert all(r.cause in causes for r in rows)
    # Keys that differ always say in what; other causes name no segment.
    differ = (why.KEYS_DIFFER, why.COARSE)
    assert all(bool(r.segments) == (r.cause in differ) for r in rows)
    saved = tmp_path / "inject.json"
    saved.write_text(json.dumps(result), encoding="utf-8")
    assert why.main([str(saved), str(STORY), "--list"]) == 0
    out = capsys.readouterr().out
    assert f"inject_why: {len(rows)} missed number rewrites" in out
