"""The extraction cache: same findings cold, warm and without it; every key part misses; bad entries
are never trusted; concurrent runs do not corrupt it; the size cap evicts the least recently used."""

from __future__ import annotations

import hashlib
import multiprocessing
import shutil
import sqlite3
import zlib
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck import cache as cache_module
from crosscheck.cache import CACHE_FILE, ExtractionCache, context_fingerprint, document_key
from crosscheck.cli import main
from crosscheck.ingest import load_corpus
from crosscheck.model import Claim, Document, Entity, ModelInfo
from crosscheck.pipeline import corpus_claims, crosscheck
from tests.conftest import SEEDS

MODEL = ModelInfo("en_core_web_sm", "3.8.0")
# A well-formed entry that is not claims: its digest fits, its content does not.
FOREIGN = zlib.compress(b'[{"x": 1}]')


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target, ignore=shutil.ignore_patterns(".crosscheck-cache"))
    return target


def test_findings_are_byte_identical_cold_warm_and_without_cache(
    corpus_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    without = crosscheck(corpus_dir).to_json()
    cold = crosscheck(corpus_dir, cache=folder).to_json()
    warm = crosscheck(corpus_dir, cache=folder).to_json()
    assert without == cold == warm
    assert len(list(folder.iterdir())) >= 1  # the cache was written where it was asked to be


def test_a_warm_run_extracts_only_the_new_document(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    crosscheck(corpus_dir, cache=folder)
    (corpus_dir / "new.txt").write_text("Title: New\n\nThe council met on Tuesday.\n", "utf-8")
    extracted: list[str] = []
    real = cache_module.ExtractionCache.put_many

    def spy(self: ExtractionCache, entries: dict[str, list[Claim]]) -> None:
        extracted.extend(entries)
        real(self, entries)

    monkeypatch.setattr(cache_module.ExtractionCache, "put_many", spy)
    crosscheck(corpus_dir, cache=folder)
    assert len(extracted) == 1  # five documents came from the cache


def _doc(text: str = "The council met on Tuesday.") -> Document:
    return Document(id="a.txt", path="a.txt", text=text)


def test_every_part_of_the_key_misses_when_it_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    base = context_fingerprint(MODEL, ())
    key = document_key(_doc(), base)
    assert document_key(_doc(), context_fingerprint(MODEL, ())) == key  # stable
    changed = [
        document_key(_doc("The council met on Monday."), base),  # text
        document_key(attrs.evolve(_doc(), outlet="Daily"), base),  # metadata
        document_key(_doc(), context_fingerprint(ModelInfo("en_core_web_sm", "3.8.1"), ())),
        document_key(_doc(), context_fingerprint(MODEL, (Entity("party:x", "X", "party"),))),
    ]
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "edited rules")
    changed.append(document_key(_doc(), context_fingerprint(MODEL, ())))
    assert key not in changed and len(set(changed)) == len(changed)


def test_a_tampered_or_foreign_entry_is_reported_and_recomputed(
    corpus_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    expected = crosscheck(corpus_dir, cache=folder).findings
    db = sqlite3.connect(folder / CACHE_FILE)
    with db:
        db.execute("UPDATE entries SET payload = x'00' WHERE rowid = 1")  # digest no longer fits
        db.execute(
            "UPDATE entries SET payload = ?, digest = ? WHERE rowid = 2",
            (FOREIGN, hashlib.sha256(FOREIGN).hexdigest()),
        )
    db.close()
    report = crosscheck(corpus_dir, cache=folder)
    assert report.findings == expected
    [warning] = [d for d in report.diagnostics if "cache" in d.path]
    assert "2 cache entries did not verify; ignored and recomputed" in warning.message
    assert crosscheck(corpus_dir, cache=folder).diagnostics == ()  # recomputed and stored again


def test_a_cache_file_that_is_not_a_database_costs_nothing_but_speed(
    corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / CACHE_FILE).write_bytes(b"this is not SQLite at all" * 100)
    expected = crosscheck(corpus_dir).findings
    report = crosscheck(corpus_dir, cache=folder)
    assert report.findings == expected
    assert any("extraction cache" in d.message for d in report.diagnostics)
    assert main(["check", str(corpus_dir), "--cache-dir", str(folder)]) == 0


def test_the_size_cap_evicts_the_least_recently_used(tmp_path: Path) -> None:
    claim = Claim("a.txt", "test.fact", "s", "v", "w", ())
    probe = ExtractionCache(tmp_path / "probe")
    probe.put_many({"k": [claim]})
    probe.close()
    (size,) = (
        sqlite3.connect(tmp_path / "probe" / CACHE_FILE)
        .execute("SELECT size FROM entries")
        .fetchone()
    )
    cap = 3 * size + size // 2  # room for three entries
    store = ExtractionCache(tmp_path / "capped", max_bytes=cap)
    store.put_many({"old": [claim]})
    store.put_many({"middle": [claim]})
    store.get_many(["old"])  # used again: now more recent than "middle"
    store.put_many({"new1": [claim]})
    store.put_many({"new2": [claim]})
    kept = set(store.get_many(["old", "middle", "new1", "new2"]))
    store.close()
    total = sqlite3.connect(tmp_path / "capped" / CACHE_FILE).execute(
        "SELECT SUM(size) FROM entries"
    )
    assert total.fetchone()[0] <= cap
    assert kept == {"old", "new1", "new2"}  # "middle" was the least recently used


def _run(args: tuple[str, str]) -> str:
    corpus, folder = args
    return crosscheck(corpus, cache=folder).to_json()


def test_concurrent_runs_on_one_cache_agree_and_leave_it_sound(
    corpus_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        outputs = pool.map(_run, [(str(corpus_dir), str(folder))] * 2)
    assert outputs[0] == outputs[1] == crosscheck(corpus_dir).to_json()
    db = sqlite3.connect(folder / CACHE_FILE)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert crosscheck(corpus_dir, cache=folder).diagnostics == ()


SENTENCES = [
    "The council met on Tuesday in Lyon.",
    "Mayor Anna Berg said the budget would rise by 4%.",
    '"We will not wait," said Berg.',
    "The vote is set for March 3, 2024.",
    "Some 1,200 people attended the meeting.",
]


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3), min_size=2, max_size=3)
)
def test_random_edits_never_change_what_a_warm_cache_gives(
    tmp_path: Path, edits: list[list[str]]
) -> None:
    folder = tmp_path / "cache"
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    for edit in edits:  # each edit rewrites the articles, then both runs must agree
        for i, sentences in enumerate(edit):
            (corpus / f"{i}.txt").write_text(
                "Title: T\nPublished: 2024-02-20\n\n" + " ".join(sentences) + "\n", "utf-8"
            )
        loaded = load_corpus(corpus)
        assert corpus_claims(loaded, cache=folder) == corpus_claims(loaded)


def _open_together(folder: str, barrier: object, results: object, name: str) -> None:
    # One run of many that open a new cache at the same instant, write their own entry and a
    # shared one, and read both back.
    barrier.wait()  # type: ignore[attr-defined]
    store = ExtractionCache(folder)
    claim = Claim("a.txt", "test.fact", "s", "v", "w", ())
    store.put_many({name: [claim], "shared": [claim]})
    found = set(store.get_many([name, "shared"]))
    store.close()
    results.put((sorted(found), [d.message for d in store.diagnostics]))  # type: ignore[attr-defined]


def test_runs_that_open_a_new_cache_at_once_all_use_it(tmp_path: Path) -> None:
    # Setting up a new cache (WAL mode, the table) is a race when runs start together: SQLite
    # refuses one of two readers that both ask for the whole file at once. Before setting up was
    # retried, about one round in four of four runs lost it and ran without the cache.
    # Spawned, as above: a child forked from this process, whose earlier tests started the
    # model's threads, could inherit a lock held by one of them and hang.
    context = multiprocessing.get_context("spawn")
    for round_ in range(8):
        barrier, results = context.Barrier(4), context.Queue()
        folder = str(tmp_path / f"cache{round_}")
        runs = [
            context.Process(target=_open_together, args=(folder, barrier, results, f"run{i}"))
            for i in range(4)
        ]
        for run in runs:
            run.start()
        outcomes = sorted(results.get(timeout=60) for _ in runs)
        for run in runs:
            run.join()
        assert outcomes == [([f"run{i}", "shared"], []) for i in range(4)]
