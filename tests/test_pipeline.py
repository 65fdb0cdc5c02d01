"""The whole pipeline: determinism whatever the file order or hash seed; stable finding ids."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck import plugins
from crosscheck.extract import Analysis, extract_claims
from crosscheck.model import Claim, Document, Facet
from crosscheck.nlp.layers import REQUIRABLE, TOKENS
from tests.conftest import ROOT, SEEDS

SEED_FILES = sorted(p.name for p in SEEDS.glob("*.txt"))


@settings(max_examples=6)
@given(st.permutations(SEED_FILES))
def test_report_is_byte_identical_whatever_the_file_order(order: list[str]) -> None:
    given_order = crosscheck.crosscheck([str(SEEDS / name) for name in order]).to_markdown()
    assert (
        given_order
        == crosscheck.crosscheck([str(SEEDS / name) for name in SEED_FILES]).to_markdown()
    )


def test_report_is_byte_identical_whatever_the_hash_seed_and_time_zone(tmp_path: Path) -> None:
    outputs = []
    for seed, tz in (
        ("0", "UTC"),
        ("12345", "Pacific/Kiritimati"),
        ("random", "America/Anchorage"),
    ):
        env = {**os.environ, "PYTHONHASHSEED": seed, "TZ": tz}
        proc = subprocess.run(
            [sys.executable, "-m", "crosscheck", "report", "seeds/", "--format", "json"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1] == outputs[2]


def test_finding_ids_survive_unrelated_text_added_to_an_article(tmp_path: Path) -> None:
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    before = {f.id for f in crosscheck.crosscheck(corpus).findings}
    target = corpus / SEED_FILES[2]
    text = target.read_text("utf-8")
    # A paragraph with nothing checkable in it, inserted before the body and again near the end.
    filler = "\nReaders can subscribe to our newsletter for more stories like this one.\n"
    half = text.index("\n\n", len(text) // 2)
    target.write_text(filler + text[:half] + filler + text[half:], "utf-8")
    after = {f.id for f in crosscheck.crosscheck(corpus).findings}
    assert before == after
    assert before  # the seeds do produce findings to compare


def test_registries_are_read_only_and_change_only_through_their_functions() -> None:
    plugins.load_builtins()
    with pytest.raises(TypeError):
        plugins.EXTRACTORS["sneaky"] = lambda analysis: []  # type: ignore[index]

    def quiet(analysis: object) -> list[object]:
        return []

    plugins.extractor("test-quiet")(quiet)
    try:
        assert plugins.EXTRACTORS["test-quiet"] is quiet
        with pytest.raises(ValueError, match="registered twice"):
            plugins.extractor("test-quiet")(lambda analysis: [])
    finally:
        plugins.remove(plugins.EXTRACTORS, "test-quiet")
    assert "test-quiet" not in plugins.EXTRACTORS
    with pytest.raises(ValueError, match="not a crosscheck registry"):
        plugins.remove({}, "x")


def test_every_shipped_extractor_declares_the_layers_it_reads_and_the_facets_it_claims() -> None:
    plugins.load_builtins()
    assert set(plugins.CONTRACTS) == set(plugins.EXTRACTORS)
    for name, contract in plugins.CONTRACTS.items():
        assert contract.requires and set(contract.requires) <= set(REQUIRABLE), name
        assert contract.assigns and set(contract.assigns) <= set(Facet), name
    claimed = {f for contract in plugins.CONTRACTS.values() for f in contract.assigns}
    assert claimed == set(Facet)  # every shipped facet has an extractor that declares it


def test_an_extractor_must_require_known_layers_and_claim_only_what_it_assigns() -> None:
    with pytest.raises(ValueError, match="unknown layers \\['syntax'\\]"):
        plugins.extractor("test-bad-layer", requires=("syntax",))(lambda analysis: [])
    assert "test-bad-layer" not in plugins.EXTRACTORS

    def overreach(analysis: Analysis) -> list[Claim]:
        doc = analysis.document
        return [Claim(doc.id, "person.role", "person:x", "mayor", "mayor", (doc.span(0, 1),))]

    plugins.extractor("test-overreach", requires=(TOKENS,), assigns=(Facet.NAME,))(overreach)
    try:
        assert plugins.CONTRACTS["test-overreach"].assigns == ("entity.name",)
        doc = Document(id="a.txt", path="a.txt", text="A short text.")
        with pytest.raises(ValueError, match=r"'person.role' claim but assigns only entity.name"):
            extract_claims(doc)
    finally:
        plugins.remove(plugins.EXTRACTORS, "test-overreach")
    assert "test-overreach" not in plugins.CONTRACTS
