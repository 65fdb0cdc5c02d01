"""--jobs: extraction in worker processes gives the same bytes as in-process, and the same errors."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck import crosscheck, load_corpus, pipeline, plugins
from crosscheck.cli import DEFAULT_JOBS, main, parse_args
from crosscheck.errors import InputError, UsageError
from crosscheck.extract import Analysis
from crosscheck.model import Claim
from crosscheck.pipeline import extract_all
from tests.conftest import SEEDS

ARTICLES = {
    "a-wire.txt": """\
Title: Leaders to meet at Camp David
Outlet: Example Wire
Published: 2023-08-10

President Joe Biden will host Japanese Prime Minister Fumio Kishida and South Korean President
Yoon Suk Yeol for a summit at Camp David on Aug. 18, the White House said.
About 3,000 protesters gathered in Seoul on Saturday, police said.
""",
    "b-daily.txt": """\
Title: Summit set for Camp David
Outlet: Example Daily
Published: 2023-08-11

President Joe Biden will host Japanese Prime Minister Fumio Kishida and South Korean President
Yoon Suk Yeol for a summit at Camp David on Aug. 19, the White House said.
About 5,000 protesters gathered in Seoul on Saturday, police said.
""",
    "c-times.txt": """\
Title: Opposition leader speaks on alliance
Outlet: Example Times
Published: 2023-04-13

Lee Jae-myung, leader of the Democratic Party of Korea, said on Tuesday that a trilateral
military alliance was "unnecessary and dangerous", the party's spokesman told reporters.
""",
    "d-post.txt": """\
Title: Alliance draws criticism
Outlet: Example Post
Published: 2023-04-12

Lee Jae-myung, who leads the main opposition Democratic Party, said on Wednesday that the
alliance was "unnecessary", according to his office. The talks are due next month.
""",
    "e-herald.txt": """\
Title: Three-way summit confirmed
Outlet: Example Herald
Published: 2023-08-09

The White House confirmed on Wednesday that Biden, Kishida and Yoon will meet at Camp David
on Friday, Aug. 18. It will be the first stand-alone summit of the three countries.
""",
}


@pytest.fixture(autouse=True)
def pool_for_tiny_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a pool start from 2 documents per worker, so these few-document corpora use one."""
    monkeypatch.setattr(pipeline, "MIN_DOCS_PER_WORKER", 2)


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    # An unreadable input: its diagnostic is in the report too, the same for every N.
    (folder / "f-broken.json").write_text("{not json", "utf-8")
    return folder


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.mark.parametrize("fmt", ["markdown", "json"])
@pytest.mark.parametrize("corpus_name", ["seeds", "small_corpus"])
def test_report_is_byte_identical_for_every_jobs(
    corpus_name: str,
    fmt: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
) -> None:
    corpus: Path = request.getfixturevalue(corpus_name)
    outputs = []
    for jobs in ("1", "2"):
        if fmt == "json":  # to a file
            out = tmp_path / f"report-{jobs}.json"
            assert (
                main(["report", str(corpus), "--format", fmt, "--output", str(out), "--jobs", jobs])
                == 0
            )
            outputs.append(out.read_bytes())
        else:  # to stdout
            assert main(["report", str(corpus), "--format", fmt, "--jobs", jobs]) == 0
            outputs.append(capsys.readouterr().out.encode("utf-8"))
    assert outputs[0] == outputs[1]
    assert b"corroborated" in outputs[0] and b"variant" in outputs[0]  # not an empty report


def test_claims_are_the_same_for_every_jobs(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims", str(seeds), "--jobs", "1"]) == 0
    one = capsys.readouterr().out
    assert main(["claims", str(seeds), "--jobs", "2"]) == 0
    assert capsys.readouterr().out == one
    assert one.count("\n") > 50


def test_every_pipeline_command_takes_jobs_and_defaults_to_the_cores() -> None:
    for command in ("report", "check", "baseline", "claims"):
        assert parse_args([command, "seeds", "--jobs", "3"]).jobs == 3
        assert parse_args([command, "seeds"]).jobs == DEFAULT_JOBS == max(1, os.cpu_count() or 1)


def test_claims_come_back_in_document_order(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = load_corpus(SEEDS)
    one = extract_all(corpus.documents, corpus.entities)
    monkeypatch.setattr(pipeline, "CHUNK_DOCS", 2)  # chunks of 2, 2 and 1 documents
    assert extract_all(corpus.documents, corpus.entities, jobs=2) == one
    order = [d.id for d in corpus.documents]
    assert [c.doc_id for c in one] == sorted((c.doc_id for c in one), key=order.index)


def test_small_corpora_stay_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process pool was started")

    monkeypatch.undo()  # the shipped threshold, not this module's lower one
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", no_pool)
    corpus = load_corpus(SEEDS)  # fewer than MIN_DOCS_PER_WORKER per worker for any jobs > 1
    assert len(corpus.documents) < 2 * pipeline.MIN_DOCS_PER_WORKER
    assert crosscheck(corpus, jobs=8).findings == crosscheck(corpus).findings


@pytest.mark.parametrize("jobs", [0, -1])
def test_jobs_below_one_is_a_usage_error(jobs: int, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(UsageError, match="jobs must be 1 or more"):
        crosscheck(SEEDS, jobs=jobs)
    assert main(["report", str(SEEDS), "--jobs", str(jobs)]) == 2
    assert "--jobs" in capsys.readouterr().err


# --- errors in a worker surface as they do in-process ---


def boom(analysis: Analysis) -> list[Claim]:
    """A test extractor that fails on documents containing BOOM (an error whose class does not
    pickle by its args) or KABOOM (a plain built-in error)."""
    doc = analysis.document
    if "KABOOM" in doc.text:
        raise KeyError(f"kaboom in {doc.id}")
    if "BOOM" in doc.text:
        raise InputError(doc.path, "the test extractor exploded", line=3)
    return []


@pytest.fixture
def boom_extractor() -> Iterator[None]:
    plugins.load_builtins()
    plugins.extractor("test-boom")(boom)
    try:
        yield
    finally:
        plugins.remove(plugins.EXTRACTORS, "test-boom")


@pytest.mark.usefixtures("boom_extractor")
@pytest.mark.parametrize("word", ["BOOM", "KABOOM"])
def test_an_error_in_one_document_costs_that_document_alone_for_every_jobs(
    word: str, small_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with (small_corpus / "d-post.txt").open("a", encoding="utf-8") as fh:
        fh.write(f"\n{word}\n")
    reports = [crosscheck(small_corpus, jobs=jobs) for jobs in (1, 2)]
    assert reports[0] == reports[1]
    [failed] = [d for d in reports[0].diagnostics if "internal error" in d.message]
    assert failed.skipped and failed.path.endswith("d-post.txt")
    expected = "InputError" if word == "BOOM" else "KeyError"
    assert f"({expected}: " in failed.message and "its claims are left out" in failed.message
    # the other documents' claims are all there: only d-post.txt is missing from the claims
    claimed = {d.id for d in reports[0].documents if d.claims}
    assert "d-post.txt" not in claimed and len(claimed) == len(reports[0].documents) - 1
    outputs = []
    for jobs in ("1", "2"):
        assert main(["check", str(small_corpus), "--jobs", jobs]) == 2  # never 0, never 1
        outputs.append(capsys.readouterr())
    assert outputs[0] == outputs[1]
    assert "internal error while extracting claims" in outputs[0].err
    assert "Traceback" not in outputs[0].err


def test_an_extractor_workers_cannot_import_is_a_usage_error(seeds: Path) -> None:
    plugins.load_builtins()
    plugins.extractor("test-lambda")(lambda analysis: [])
    try:
        with pytest.raises(UsageError, match="'test-lambda' cannot run in a worker process"):
            crosscheck(seeds, jobs=2)
        assert crosscheck(seeds, jobs=1).findings
    finally:
        plugins.remove(plugins.EXTRACTORS, "test-lambda")
