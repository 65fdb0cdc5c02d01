"""Invariants of the cross-check as a whole, on the seeds plus two contradicting articles."""

from __future__ import annotations

import functools
import random
import shutil
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck import plugins
from crosscheck.align import align
from crosscheck.model import Finding, FindingKind
from crosscheck.pipeline import corpus_claims
from tests.conftest import SEEDS
from tests.test_seeds_gate import LATE_SUMMIT, OTHER_PARTY

NAMES = [*sorted(p.name for p in SEEDS.glob("*.txt")), "005_late_summit.txt", "006_other_party.txt"]


@functools.cache
def corpus_dir() -> Path:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="crosscheck-props-")) / "corpus"
    shutil.copytree(SEEDS, folder)
    (folder / "005_late_summit.txt").write_text(LATE_SUMMIT, "utf-8")
    (folder / "006_other_party.txt").write_text(OTHER_PARTY, "utf-8")
    (folder / "crosscheck-baseline.json").unlink(missing_ok=True)
    return folder


def content(f: Finding, rename: dict[str, str] | None = None) -> tuple[object, ...]:
    """What a finding says, independent of file names."""
    rename = rename or {}
    pairs = sorted({(rename.get(o.doc_id, o.doc_id), o.value) for o in f.observations})
    subject = f.subject
    for old, new in rename.items():  # a document's own subject ("document:<id>") names it
        subject = subject.replace(old, new)
    return (f.kind, f.category, f.facet, subject, tuple(pairs))


@settings(max_examples=15)
@given(st.sets(st.sampled_from(NAMES), min_size=2), st.sampled_from(NAMES))
def test_adding_a_document_never_removes_a_discrepancy_between_the_others(
    others: set[str], added: str
) -> None:
    assume(added not in others)
    fewer = crosscheck.crosscheck([str(corpus_dir() / n) for n in sorted(others)]).findings
    more = crosscheck.crosscheck([str(corpus_dir() / n) for n in sorted(others | {added})]).findings
    more_pairs = [
        (f.facet, f.category, {(o.doc_id, o.value) for o in f.observations})
        for f in more
        if f.kind == FindingKind.DISCREPANCY
    ]
    for f in fewer:
        if f.kind != FindingKind.DISCREPANCY:
            continue
        pairs = {(o.doc_id, o.value) for o in f.observations}
        assert any(
            facet == f.facet and category == f.category and pairs <= theirs
            for facet, category, theirs in more_pairs
        ), f"adding {added} removed: {f.explanation}"


@settings(max_examples=5)
@given(st.randoms(use_true_random=False))
def test_comparison_is_symmetric_in_the_order_of_sources(rng: random.Random) -> None:
    corpus = crosscheck.load_corpus(corpus_dir())
    claims = corpus_claims(corpus)
    docs = {d.id: d for d in corpus.documents}
    plugins.load_builtins()
    for group in align(claims):
        comparer = plugins.COMPARERS.get(group.facet, plugins.COMPARERS["*"])
        shuffled = list(group.claims)
        rng.shuffle(shuffled)
        again = type(group)(group.facet, group.subject, tuple(shuffled))
        assert sorted(f.id for f in comparer(group, docs)) == sorted(
            f.id for f in comparer(again, docs)
        )


def test_renaming_files_changes_nothing_but_the_names(tmp_path: Path) -> None:
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    mapping = {n: f"article_{i:02d}_{n[::-1][:6]}.txt" for i, n in enumerate(reversed(NAMES))}
    for old, new in mapping.items():
        shutil.copy(corpus_dir() / old, renamed / new)
    # The seeds' manifest describes them by file name: carry it over under the new names.
    manifest = (corpus_dir() / "crosscheck.toml").read_text("utf-8")
    for old, new in mapping.items():
        manifest = manifest.replace(old, new)
    (renamed / "crosscheck.toml").write_text(manifest, "utf-8")
    before = sorted(content(f, mapping) for f in crosscheck.crosscheck(corpus_dir()).findings)
    after = sorted(content(f) for f in crosscheck.crosscheck(renamed).findings)
    assert before == after


NEWSY = st.sampled_from(
    [
        "President",
        "Joe Biden",
        "met",
        "said",
        "told",
        "“",
        "”",
        '"',
        "'",
        "(",
        ")",
        ",",
        ".",
        "\n",
        "on Aug. 18",
        "12.04.2023",
        "later this month",
        "more than 100",
        "missiles",
        "the summit",
        "at Camp David",
        "Toburo",
        "Lee",
        "he",
        "according to",
        "TASS",
        "reported",
        "CAN",
        "CNA",
        "35-year",
        "1910-45",
        "Mr.",
        "the",
        "in",
        "Washington",
        "will",
        "visit",
        "|",
        "`",
        "<b>",
    ]
)


@settings(max_examples=60)
@given(st.lists(NEWSY | st.text(max_size=8), max_size=60).map(" ".join))
def test_extraction_never_fails_and_every_claim_points_inside_the_text(text: str) -> None:
    from crosscheck.extract import extract_claims
    from crosscheck.model import Document

    doc = Document(id="x.txt", path="x.txt", text=text)
    for claim in extract_claims(doc):
        for span in claim.evidence:
            assert 0 <= span.start <= span.end <= len(text)
            assert span.line >= 1 and span.column >= 1
