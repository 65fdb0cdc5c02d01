"""The contradiction-injection yardstick (benchmarks/inject.py) runs, counts consistently, repeats.

Only that it works is checked here, never how well the library does: its figures are measured by
hand. No article text of ECB+ is copied into this file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from random import Random
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
    folders = [
        folder
        for story_set in ("unseen", "heldout", "heldout2")
        for folder in sorted((BENCHMARKS / story_set).iterdir())
    ]
    for folder in folders:
        if (folder / "inject.toml").is_file():
            corpus = crosscheck.load_corpus(str(folder))
            assert "inject.toml" not in {d.id for d in corpus.documents}, folder.name
            # listed at most as excluded (the manifest says so), never as a problem
            assert not [d for d in corpus.diagnostics if "inject" in d.path and not d.excluded], (
                folder.name
            )


def _candidate(inject: ModuleType, text: str, kind: str, **values: tuple[str, ...]) -> Any:
    return inject.Candidate("c", "a.txt", 10, 10 + len(text), text, kind, kind, "chain", **values)


WORDS = ("four", "five", "six", "seven", "eight", "nine", "ten")


def _value(written: str) -> float:
    low = written.lower()
    return float(WORDS.index(low) + 4) if low in WORDS else float(written.replace(",", ""))


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("1,500", "1,500"),
        ("3400", "3400"),
        ("58.6%", "58.6"),
        ("seven", "seven"),
        ("Seven", "Seven"),
    ],
)
def test_a_conflicting_number_keeps_its_written_form(
    inject: ModuleType, text: str, old: str
) -> None:
    for seed in range(12):
        rw = inject.number_rewrite(_candidate(inject, text, "number"), "conflict", Random(seed))
        assert rw.old == old and rw.new != old and rw.marks == (rw.new,)
        assert ("," in rw.new) == ("," in old and _value(rw.new) >= 1000)
        assert ("." in rw.new) == ("." in old)
        assert rw.new[0].isupper() == old[0].isupper()
        # moved by a fifth to a half of itself (words: one to three steps), never a slip
        ratio = _value(rw.new) / _value(old)
        assert 0.5 <= ratio <= 1.6 and abs(ratio - 1) >= 0.1


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("1,500", {"1500"}),
        ("2400", {"2,400"}),
        ("five", {"5"}),
        ("7", {"seven"}),
        ("12 percent", {"12 per cent", "12%"}),  # a percentage stays in figures
        ("58.6%", {"58.6 percent", "58.6 per cent"}),
    ],
)
def test_a_neutral_number_is_the_same_value_written_another_way(
    inject: ModuleType, text: str, forms: set[str]
) -> None:
    seen = {
        inject.number_rewrite(_candidate(inject, text, "number"), "neutral", Random(seed)).new
        for seed in range(30)
    }
    assert seen == forms


def test_a_number_phrase_needs_one_numeral(inject: ModuleType) -> None:
    assert inject.number_rewrite(_candidate(inject, "2-1", "number"), "conflict", Random(0)) == (
        "no single numeral"
    )


def test_a_role_swaps_its_portfolio_for_one_never_held_with_it(inject: ModuleType) -> None:
    written, synonyms, vague = inject._portfolios()
    for seed in range(20):
        rw = inject.role_rewrite(
            _candidate(inject, "Energy Minister", "role"), "conflict", Random(seed)
        )
        new = rw.new.lower()
        assert rw.old == "Energy" and new != "energy" and new in written
        assert written[new] not in synonyms["energy"] and written[new] not in vague
        assert rw.new[0].isupper()


def test_a_role_has_its_other_written_form_as_neutral(inject: ModuleType) -> None:
    before = inject.role_rewrite(
        _candidate(inject, "Interior Minister", "role"), "neutral", Random(0)
    )
    assert before.new == "Minister of Interior"
    after = inject.role_rewrite(
        _candidate(inject, "minister of health", "role"), "neutral", Random(0)
    )
    assert after.new == "health minister"
    plain = _candidate(inject, "President", "role", conflicts=("Vice President",))
    assert inject.role_rewrite(plain, "conflict", Random(0)).new == "Vice President"
    assert inject.role_rewrite(plain, "neutral", Random(0)) == "no other form of the role"


def test_a_gold_file_kept_outside_its_corpus_names_it(inject: ModuleType) -> None:
    source = inject.GoldFolder(BENCHMARKS / "seeds", "benchmarks/seeds")
    assert source.folder == (ROOT / "seeds").resolve()
    candidates, skipped = source.candidates()
    assert candidates and not skipped
    assert {c.kind for c in candidates} == {"role", "party"}
    assert {c.doc_id for c in candidates} <= set(source.bodies())
