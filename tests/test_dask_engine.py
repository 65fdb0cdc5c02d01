"""The Dask engine gives the local engine's report, byte for byte, and fails clearly when it cannot run.

The engine tests share one two-worker LocalCluster (starting one costs a few seconds and each worker
loads the spaCy pipeline once); they are skipped, with the reason, only when the ``dask`` extra is
not installed. The option and error tests run either way.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crosscheck import crosscheck, engine, load_corpus
from crosscheck.align import align
from crosscheck.cli import main
from crosscheck.errors import UsageError
from crosscheck.pipeline import corpus_claims
from crosscheck.serialize import iter_json
from tests.conftest import SEEDS

HAVE_DASK = all(importlib.util.find_spec(name) is not None for name in engine.DASK_MODULES)
needs_dask = pytest.mark.skipif(
    not HAVE_DASK, reason='the dask extra is not installed (pip install "crosscheck[dask]")'
)
ECBPLUS = Path(__file__).resolve().parent.parent.parent / "shared" / "ecbplus"
BENCH = Path(__file__).resolve().parent.parent / "benchmarks"

# A small corpus of the forms the workers must read again from their paths: text with a header,
# raw text whose outlet comes from the manifest, and a news-please JSON Lines file of two records.
MANIFEST = """\
[documents."raw.txt"]
outlet = "Harbour Gazette"
published = "2024-03-05"
"""
TEXTS = {
    "wire.txt": """\
Title: Ferry service resumes after storm
Outlet: Coast Wire
Published: 2024-03-04

The regional ferry operator resumed sailings on Monday after a storm closed the port for three
days, the operator's chief executive Maria Lindqvist said. About 1,200 passengers were stranded.
""",
    "raw.txt": """\
Ferry sailings restarted on Tuesday after the storm, chief executive Maria Lindqvist told
reporters. Some 1,500 passengers had been stranded, the port authority said.
""",
}
RECORDS = [
    {
        "title": "Port reopens",
        "maintext": "The port reopened on Monday, operator chief executive Maria Lindqvist said. "
        "About 1,200 passengers had waited for three days.",
        "date_publish": "2024-03-04 18:00:00",
        "source_domain": "islandnews.example",
    },
    {
        "title": "Storm damage counted",
        "maintext": "Repairs to the pier will cost 2 million euros, the port authority said on "
        "Wednesday.",
        "date_publish": "2024-03-06 09:00:00",
        "source_domain": "bayreport.example",
    },
]


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "crosscheck.toml").write_text(MANIFEST, encoding="utf-8")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    lines = "".join(json.dumps(r) + "\n" for r in RECORDS)
    (folder / "feed.jsonl").write_text(lines, encoding="utf-8")
    return folder


def report_bytes(*args: object, **kwargs: object) -> str:
    return "".join(iter_json(crosscheck(*args, **kwargs)))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def cluster() -> Iterator[engine.Engine]:
    if not HAVE_DASK:
        pytest.skip('the dask extra is not installed (pip install "crosscheck[dask]")')
    from crosscheck.engine.dask_engine import DaskEngine

    with DaskEngine.start(workers=2) as running:
        yield running


# --- the same bytes as the local engine ---


@needs_dask
def test_seeds_report_is_byte_identical(cluster: engine.Engine) -> None:
    corpus = load_corpus(SEEDS)
    assert report_bytes(corpus, engine=cluster) == report_bytes(corpus)


@needs_dask
def test_every_input_form_is_read_by_the_workers_alike(
    cluster: engine.Engine, tmp_path: Path
) -> None:
    corpus = load_corpus(write_corpus(tmp_path / "corpus"))
    assert len(corpus.documents) == 4
    assert corpus.get("raw.txt").outlet == "Harbour Gazette"  # from the manifest, not the file
    local = report_bytes(corpus)
    assert report_bytes(corpus, engine=cluster) == local
    # Findings across documents (a role three outlets agree on): the groups span the workers.
    assert '"corroborated"' in local


@needs_dask
@pytest.mark.skipif(not (ECBPLUS / "33").is_dir(), reason=f"the ECB+ topics are not at {ECBPLUS}")
def test_ecbplus_topic_is_byte_identical(cluster: engine.Engine, tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import ecbplus_corpus
    finally:
        sys.path.remove(str(BENCH))
    ecbplus_corpus.write_corpus(ecbplus_corpus.read_topic(ECBPLUS / "33"), tmp_path / "t33")
    corpus = load_corpus(tmp_path / "t33")
    assert len(corpus.documents) > 10
    assert report_bytes(corpus, engine=cluster) == report_bytes(corpus)


@needs_dask
def test_cache_cold_and_warm_with_the_dask_engine(cluster: engine.Engine, tmp_path: Path) -> None:
    corpus = load_corpus(write_corpus(tmp_path / "corpus"))
    local = report_bytes(corpus)
    cold = report_bytes(corpus, engine=cluster, cache=tmp_path / "cache")
    done: list[int] = []
    warm = report_bytes(corpus, engine=cluster, cache=tmp_path / "cache", progress=done.append)
    assert cold == warm == local
    assert sum(done) == len(corpus.documents)  # all from the cache, counted at once


@needs_dask
def test_progress_counts_every_document(cluster: engine.Engine) -> None:
    corpus = load_corpus(SEEDS)
    done: list[int] = []
    claims = corpus_claims(corpus, engine=cluster, progress=done.append)
    assert sum(done) == len(corpus.documents)
    assert claims == corpus_claims(corpus)


@needs_dask
def test_dataframe_group_by_gives_the_local_groups_in_any_claim_order(
    cluster: engine.Engine,
) -> None:
    claims = corpus_claims(load_corpus(SEEDS))
    assert len(claims) > 100
    for seed in range(3):
        shuffled = list(claims)
        random.Random(seed).shuffle(shuffled)
        assert cluster.align(shuffled) == align(shuffled)
    assert cluster.align([]) == []


# --- documents are read by the workers from their paths ---


@needs_dask
def test_a_file_changed_after_loading_is_refused(cluster: engine.Engine, tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "corpus")
    corpus = load_corpus(folder)
    (folder / "wire.txt").write_text(TEXTS["wire.txt"].replace("1,200", "1,300"), "utf-8")
    with pytest.raises(UsageError, match=r"wire\.txt: changed since this run read it"):
        crosscheck(corpus, engine=cluster)


@needs_dask
def test_a_file_the_workers_cannot_read_names_the_path(tmp_path: Path) -> None:
    # What a worker on a node without the corpus meets: the file is not at the path the caller gave.
    from crosscheck.engine.dask_engine import DocumentRef, read_documents

    document = load_corpus(write_corpus(tmp_path / "corpus")).get("wire.txt")
    ref = DocumentRef(document, str(tmp_path / "elsewhere" / "wire.txt"), "0" * 64, 0)
    with pytest.raises(UsageError, match=r"cannot read .*same path on every worker"):
        list(read_documents([ref]))


@needs_dask
def test_documents_without_a_file_travel_whole(cluster: engine.Engine, tmp_path: Path) -> None:
    # Documents built in memory (or read from standard input) have no file a worker could read.
    corpus = load_corpus(write_corpus(tmp_path / "corpus"))
    shutil.rmtree(tmp_path / "corpus")
    assert report_bytes(corpus, engine=cluster) == report_bytes(corpus)


@needs_dask
def test_partitions_follow_document_size(tmp_path: Path) -> None:
    from crosscheck.engine import dask_engine

    corpus = load_corpus(write_corpus(tmp_path / "corpus"))
    refs = [dask_engine.reference(doc) for doc in corpus.documents]
    assert [r.size for r in refs] == [len(doc.text) for doc in corpus.documents]
    assert dask_engine.partition_by_size(refs) == [refs]  # four short articles: one partition
    many = refs * 20_000
    parts = dask_engine.partition_by_size(many)
    assert [r for part in parts for r in part] == many  # in order, nothing lost
    assert all(sum(r.size for r in part) >= dask_engine.PARTITION_CHARS for part in parts[:-1])
    assert all(sum(r.size for r in part[:-1]) < dask_engine.PARTITION_CHARS for part in parts)


# --- the command line ---


@needs_dask
def test_cli_dask_engine_prints_the_local_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(write_corpus(tmp_path / "corpus"))
    run = ["report", folder, "--format", "json", "--no-cache", "--jobs", "2"]
    assert main(run) == 0
    local = capsys.readouterr().out
    assert main([*run, "--engine", "dask"]) == 0
    captured = capsys.readouterr()
    assert captured.out == local
    assert captured.err == ""  # stderr is not a terminal: no progress, and no cluster chatter


@needs_dask
@pytest.mark.parametrize("address", ["tcp://127.0.0.1:9", "no-such-protocol://x"])
def test_cli_bad_scheduler_is_a_clear_error(
    address: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from crosscheck.engine import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 2)
    code = main(["check", str(SEEDS), "--engine", "dask", "--scheduler", address, "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2
    assert "cannot connect to the Dask scheduler" in err and address in err
    assert "Traceback" not in err


def test_cli_dask_engine_without_the_extra_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "distributed" else real(name, *a),
    )
    code = main(["report", str(SEEDS), "--engine", "dask", "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2
    assert "missing: distributed" in err and 'pip install "crosscheck[dask]"' in err
    assert "Traceback" not in err


def test_cli_scheduler_needs_the_dask_engine(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["claims", str(SEEDS), "--scheduler", "tcp://127.0.0.1:8786", "--no-cache"])
    assert code == 2
    assert "add --engine dask" in capsys.readouterr().err


def test_unknown_engine_in_the_library() -> None:
    with pytest.raises(UsageError, match="unknown engine 'spark'"):
        crosscheck(SEEDS, engine="spark")
