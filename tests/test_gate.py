"""The baseline gate: new contradictions fail, accepted ones pass, a bad baseline never passes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck import gate
from crosscheck.errors import BaselineError
from crosscheck.pipeline import crosscheck
from tests.facts import facts  # noqa: F401  (fixture)


def write(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(
        f"Title: {name}\nOutlet: Outlet {name[0].upper()}\nPublished: 2023-08-01\n\n{body}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    write(tmp_path, "a.txt", "Some words.\nFACT summit-date = Aug. 18\n")
    write(tmp_path, "b.txt", "Other words.\nFACT summit-date = Aug. 18\n")
    return tmp_path


@pytest.mark.usefixtures("facts")
def test_agreeing_corpus_passes_and_a_contradiction_fails(corpus_dir: Path) -> None:
    verdict = gate.judge(crosscheck(corpus_dir).findings, set())
    assert verdict.passed
    write(corpus_dir, "c.txt", "Late words.\nFACT summit-date = Aug. 19\n")
    verdict = gate.judge(crosscheck(corpus_dir).findings, set())
    assert not verdict.passed
    [new] = verdict.new
    assert new.category == "contradiction"
    assert {o.doc_id for o in new.observations} == {"a.txt", "b.txt", "c.txt"}
    evidence = {o.doc_id: o.evidence[0] for o in new.observations}
    # File line and column: the three header lines and the blank line count.
    assert (evidence["c.txt"].line, evidence["c.txt"].column) == (6, 20)


@pytest.mark.usefixtures("facts")
def test_accepted_contradiction_passes_and_baseline_shrinks_when_it_goes(corpus_dir: Path) -> None:
    extra = write(corpus_dir, "c.txt", "FACT summit-date = Aug. 19\n")
    path = corpus_dir / gate.BASELINE_NAME
    assert gate.write_baseline(path, crosscheck(corpus_dir).findings) == 1
    assert gate.judge(crosscheck(corpus_dir).findings, gate.load_baseline(path)).passed
    extra.unlink()
    findings = crosscheck(corpus_dir).findings
    verdict = gate.judge(findings, gate.load_baseline(path))
    assert verdict.passed and len(verdict.stale) == 1
    assert gate.write_baseline(path, findings) == 0
    assert json.loads(path.read_text("utf-8"))["accepted"] == []


@pytest.mark.usefixtures("facts")
def test_baseline_is_sorted_readable_and_written_atomically(corpus_dir: Path) -> None:
    write(corpus_dir, "c.txt", "FACT summit-date = Aug. 19\nFACT host = Biden\n")
    write(corpus_dir, "d.txt", "FACT host = Obama\n")
    path = corpus_dir / gate.BASELINE_NAME
    gate.write_baseline(path, crosscheck(corpus_dir).findings)
    data = json.loads(path.read_text("utf-8"))
    ids = [e["id"] for e in data["accepted"]]
    assert ids == sorted(ids) and len(ids) == 2
    assert data["accepted"][0]["documents"] and data["accepted"][0]["values"]
    assert path.read_text("utf-8").count("\n") > 10  # indented, one field a line: diff-friendly
    assert [p.name for p in corpus_dir.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a"]', "expected an object"),
        ('{"version": 99, "accepted": []}', "expected baseline version 1"),
        ('{"version": 1, "accepted": [{"x": 1}]}', 'has no string "id"'),
        (b"\xff\xfe\x00garbage", "cannot read"),
    ],
)
def test_corrupt_baseline_raises_baseline_error(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    path = tmp_path / gate.BASELINE_NAME
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message):
        gate.load_baseline(path)


def test_missing_baseline_accepts_nothing(tmp_path: Path) -> None:
    assert gate.load_baseline(tmp_path / "absent.json") == set()


@pytest.mark.usefixtures("facts")
def test_strict_fails_on_any_discrepancy(corpus_dir: Path) -> None:
    write(corpus_dir, "c.txt", "FACT summit-date = Aug. 18\nFACT summit-date = Aug. 20\n")
    findings = crosscheck(corpus_dir).findings
    categories = {f.category for f in gate.judge(findings, set(), strict=True).new}
    assert "inconsistency" in categories
    assert all(f.category == "contradiction" for f in gate.judge(findings, set()).new)


def test_github_annotations_escape_and_point_at_evidence() -> None:
    from crosscheck.model import Finding, FindingKind, Observation, Span

    finding = Finding(
        id="0123456789abcdef",
        kind=FindingKind.DISCREPANCY,
        category="contradiction",
        facet="event.date",
        subject="s",
        observations=(
            Observation("a.txt", "x", "x", (Span("a.txt", 5, 6, 3, 7),), path="dir,1/a:b.txt"),
        ),
        explanation="100% sure\nnot",
    )
    [line] = gate.github_annotations([finding])
    assert line == (
        "::error file=dir%2C1/a%3Ab.txt,line=3,col=7::contradiction: 100%25 sure%0Anot [0123456789abcdef]"
    )
