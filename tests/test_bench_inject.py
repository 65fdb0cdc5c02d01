"""The contradiction-injection yardstick (benchmarks/inject.py) runs, counts consistently, repeats.

Only that it works is checked here, never how well the library does: its figures are measured by
hand. No article text of ECB+ is copied into this file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import crosscheck

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
# CI keeps the ECB+ corpus beside the repository, as the benchmarks expect it.
ECBPLUS = ROOT.parent / "shared" / "ecbplus"
ECB_TOPICS = "11,38"  # two small topics (15-16 articles each), so that a run takes seconds
STORY = BENCHMARKS / "unseen" / "peru_quake"


@pytest.fixture(scope="module")
def inject() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import inject as module

        yield module
    finally:
        sys.path.remove(str(BENCHMARKS))


def run_json(inject: ModuleType, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert inject.main([*argv, "--json"]) == 0
    return capsys.readouterr().out


def check_result(inject: ModuleType, result: Mapping[str, Any], bodies: Mapping[str, str]) -> None:
    """Check the counts add up and every rewrite is where it says, in the article it names."""
    assert str(result["summary"]).startswith("inject: ")
    assert inject.to_text(result).startswith(result["summary"])
    total = result["total"]
    assert 0 <= total["caught"] <= total["conflicting"]
    assert 0 <= total["false_alarms"] <= total["neutral"]
    mutations = result["mutations"]
    assert mutations, "no rewrite was run"
    done = [m for m in mutations if "skipped" not in m]
    assert len(done) == total["conflicting"] + total["neutral"]
    for table in ("by_kind", "by_corpus"):
        for key in total:
            assert sum(row[key] for row in result[table].values()) == total[key], (table, key)
    for m in mutations:
        body = bodies[m["article"]]
        assert body[m["start"] : m["end"]] == m["old"]
        assert m["new"] != m["old"]
        rewritten = body[: m["start"]] + m["new"] + body[m["end"] :]
        assert rewritten[m["start"] : m["new_end"]] == m["new"]
        assert m["mode"] in ("conflict", "neutral")
        if m["mode"] == "conflict" and "skipped" not in m:
            assert m["caught"] == bool(m["caught_by"])


def test_injection_on_two_ecbplus_topics(
    inject: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    if not any(ECBPLUS.glob("*/*.xml")):
        pytest.skip(f"ECB+ is not at {ECBPLUS} (it is kept beside the repository)")
    argv = (str(ECBPLUS), "--topics", ECB_TOPICS, "--limit", "4", "--seed", "3")
    first = run_json(inject, capsys, *argv)
    result = json.loads(first)
    bodies = {
        a.file_name: a.text
        for topic in ECB_TOPICS.split(",")
        for a in inject.ecb.read_topic(ECBPLUS / topic)
    }
    check_result(inject, result, bodies)
    assert {m["corpus"] for m in result["mutations"]} <= {"ecb+11", "ecb+38"}
    assert run_json(inject, capsys, *argv) == first


def test_injection_on_an_unseen_story(
    inject: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = (str(STORY), "--limit", "6")
    first = run_json(inject, capsys, *argv)
    result = json.loads(first)
    bodies = {d.id: d.text for d in crosscheck.load_corpus(str(STORY)).documents}
    check_result(inject, result, bodies)
    assert {m["corpus"] for m in result["mutations"]} == {"unseen/peru_quake"}
    assert run_json(inject, capsys, *argv) == first


def test_the_gold_file_is_not_read_as_an_article() -> None:
    for folder in sorted((BENCHMARKS / "unseen").iterdir()):
        if (folder / "inject.toml").is_file():
            corpus = crosscheck.load_corpus(str(folder))
            assert "inject.toml" not in {d.id for d in corpus.documents}, folder.name
            # listed at most as excluded (the manifest says so), never as a problem
            assert not [d for d in corpus.diagnostics if "inject" in d.path and not d.excluded], (
                folder.name
            )
