"""The ECB+ yardstick harness works end to end on two small topics (its figures are judged by hand)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from crosscheck.model import MetaSource

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
ECBPLUS = Path(__file__).resolve().parent.parent.parent / "shared" / "ecbplus"
SMALL_TOPICS = "33,38"  # two of the smallest topics (16 and 15 articles)

sys.path.insert(0, str(BENCH))

pytestmark = pytest.mark.skipif(
    not (ECBPLUS / "33").is_dir(), reason=f"the ECB+ topics are not at {ECBPLUS}"
)


def test_reader_keeps_gold_offsets_on_the_text() -> None:
    import ecbplus_corpus

    articles = ecbplus_corpus.read_topic(ECBPLUS / "33")
    assert articles
    for article in articles:
        assert article.subtopic in {"33ecb", "33ecbplus"}
        assert not article.text.startswith("http")  # the URL line is metadata, not body
        for mention in article.mentions:
            assert 0 <= mention.start < mention.end <= len(article.text)
            assert article.text[mention.start : mention.end] == mention.text
            for start, end in mention.pieces:  # every anchored token lies inside the mention
                assert mention.start <= start < end <= mention.end


def test_rendered_file_reads_back_with_the_same_body(tmp_path: Path) -> None:
    import ecbplus_corpus

    import crosscheck

    articles = ecbplus_corpus.read_topic(ECBPLUS / "38")
    ecbplus_corpus.write_corpus(articles, tmp_path)
    corpus = crosscheck.load_corpus(tmp_path)
    assert not corpus.diagnostics
    by_id = {d.id: d for d in corpus.documents}
    for article in articles:
        doc = by_id[article.file_name]
        assert doc.text == article.text  # so gold offsets are Document.text offsets
        # ECB+ gives no publication date: any the document has is the page's own date line.
        assert doc.published is None or doc.sources["published"] is MetaSource.INFERRED
        if article.url:
            assert doc.outlet == article.outlet


def test_harness_reports_every_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import ecbplus

    out = tmp_path / "figures.json"
    assert ecbplus.main([str(ECBPLUS), "--topics", SMALL_TOPICS, "--json", str(out), "--list"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("ecbplus[all]: 31 articles in 2 topics; wrong merges ")
    assert "; inconsistencies " in printed.splitlines()[0]
    payload = json.loads(out.read_text())
    summary = payload["summary"]["all"]
    assert summary["articles"] == 31
    assert [t["topic"] for t in payload["topics"]] == ["33", "38"]
    for topic in payload["topics"]:
        assert topic["linked_correct"] <= topic["linked_pairs"]
        assert topic["linked_strict"] <= topic["linked_correct"] <= topic["gold_pairs"]
        assert topic["time_recalled"] <= topic["time_chains"]
        assert topic["place_recalled"] <= topic["place_chains"]
        assert topic["contradictions"] == len(topic["contradiction_list"])
        assert topic["inconsistencies"] == len(topic["inconsistency_list"])
        assert topic["wrong_merges"] == len(topic["wrong_merge_list"])
        assert topic["gold_pairs"] > 0  # both topics have shared event chains
    assert 0.0 <= summary["link_precision"] <= 1.0


def test_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    import ecbplus

    assert ecbplus.main([str(tmp_path / "nowhere")]) == 2
