"""benchmarks/inject_why.py: a cause for every number rewrite the injection yardstick missed."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

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
    }
    assert all(r.cause in causes for r in rows)
    # Keys that differ always say in what; other causes name no segment.
    assert all(bool(r.segments) == (r.cause == why.KEYS_DIFFER) for r in rows)
    saved = tmp_path / "inject.json"
    saved.write_text(json.dumps(result), encoding="utf-8")
    assert why.main([str(saved), str(STORY), "--list"]) == 0
    out = capsys.readouterr().out
    assert f"inject_why: {len(rows)} missed number rewrites" in out
