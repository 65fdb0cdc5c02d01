"""Ingestion of every input form: header text, front matter, JSON records, raw text, folders."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.ingest import load_corpus, read_document
from crosscheck.ingest.walk import HIDDEN_FILE, HIDDEN_FOLDER
from crosscheck.model import Corpus, Diagnostic, MetaSource


def write(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Write ``files`` (relative path → text or bytes) under ``root`` and return ``root``."""
    for name, content in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return root


HEADER_TEXT = """Title: Talks: a new round
Outlet: Example News
Published: 2023-04-12
Updated: 2023-04-13
URL: https://example.org/a
Authors: Ann One, Bob Two
Language: en
Date-Order: DMY

The talks resumed on Tuesday.
Both sides spoke.
"""


def test_header_text_gives_every_field(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": HEADER_TEXT})
    (doc,) = load_corpus(tmp_path).documents
    assert doc.title == "Talks: a new round"
    assert doc.outlet == "Example News"
    assert doc.published == dt.date(2023, 4, 12)
    assert doc.published_text == "2023-04-12"
    assert doc.updated == dt.date(2023, 4, 13)
    assert doc.url == "https://example.org/a"
    assert doc.authors == ("Ann One", "Bob Two")
    assert doc.language == "en"
    assert doc.date_order == "DMY"
    assert set(doc.sources.values()) == {MetaSource.HEADER}


def test_header_is_not_in_the_text_and_lines_stay_the_files(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": HEADER_TEXT})
    (doc,) = load_corpus(tmp_path).documents
    assert doc.text == "The talks resumed on Tuesday.\nBoth sides spoke.\n"
    start = doc.text.index("Both")
    assert doc.span(start, start + 4).line == 11  # the line an editor shows


def test_pelican_spellings_are_read(tmp_path: Path) -> None:
    text = "Title: T\nDate: 12.04.2023\nModified: 2023-04-14\nAuthor: Ann One\nCategory: news\n\nBody\n"
    write(tmp_path, {"a.txt": text})
    corpus = load_corpus(tmp_path)
    (doc,) = corpus.documents
    assert (doc.published, doc.updated, doc.authors) == (
        dt.date(2023, 4, 12),
        dt.date(2023, 4, 14),
        ("Ann One",),
    )
    assert corpus.diagnostics == ()  # Category is a known Pelican key, not a typo


def test_yaml_front_matter(tmp_path: Path) -> None:
    text = (
        "---\ntitle: A title\ndate: 2023-04-12\nauthors: [Ann One, Bob Two]\nlang: de\n"
        "outlet: Beispiel\n---\n# Heading\n\nBody.\n"
    )
    write(tmp_path, {"a.md": text})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.title, doc.published, doc.authors, doc.language, doc.outlet) == (
        "A title",
        dt.date(2023, 4, 12),
        ("Ann One", "Bob Two"),
        "de",
        "Beispiel",
    )
    assert doc.text == "# Heading\n\nBody.\n"
    assert doc.first_line == 8
    assert doc.sources["published"] is MetaSource.FRONT_MATTER


def test_toml_front_matter(tmp_path: Path) -> None:
    text = '+++\ntitle = "T"\ndate = 2023-04-12T10:00:00+02:00\nauthors = ["Ann"]\n+++\nBody.\n'
    write(tmp_path, {"a.markdown": text})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.title, doc.published, doc.authors, doc.text) == (
        "T",
        dt.date(2023, 4, 12),
        ("Ann",),
        "Body.\n",
    )


def test_markdown_without_front_matter_may_have_a_header(tmp_path: Path) -> None:
    write(tmp_path, {"a.md": "Title: T\nPublished: 2023-01-02\n\nBody\n"})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.title, doc.published) == ("T", dt.date(2023, 1, 2))


def test_news_please_json_object(tmp_path: Path) -> None:
    record = {
        "title": "T",
        "maintext": "Body text.",
        "date_publish": "2023-04-12 10:00:00",
        "date_modify": "2023-04-13 09:00:00",
        "source_domain": "example.org",
        "authors": ["Ann One"],
        "url": "https://example.org/t",
        "language": "en",
        "description": "ignored without a warning",
        "date_download": "2023-05-01 00:00:00",
    }
    write(tmp_path, {"one.json": json.dumps(record)})
    corpus = load_corpus(tmp_path)
    (doc,) = corpus.documents
    assert doc.id == "one.json"
    assert (doc.title, doc.text, doc.outlet, doc.url) == (
        "T",
        "Body text.",
        "example.org",
        "https://example.org/t",
    )
    assert (doc.published, doc.updated) == (dt.date(2023, 4, 12), dt.date(2023, 4, 13))
    assert doc.published_text == "2023-04-12 10:00:00"
    assert doc.sources["outlet"] is MetaSource.RECORD
    assert corpus.diagnostics == ()


def test_json_array_gives_one_document_per_record(tmp_path: Path) -> None:
    text = (
        '[\n  {"maintext": "first", "title": "A"},\n  {"maintext": "second",\n   "title": "B"}\n]\n'
    )
    write(tmp_path, {"feed.json": text})
    docs = load_corpus(tmp_path).documents
    assert [(d.id, d.title, d.text, d.first_line) for d in docs] == [
        ("feed.json#0", "A", "first", 2),
        ("feed.json#1", "B", "second", 3),
    ]
    assert {d.path for d in docs} == {os.path.join(str(tmp_path), "feed.json")}


def test_json_lines_ids_are_line_numbers(tmp_path: Path) -> None:
    lines = [{"maintext": "one", "title": "A"}, None, {"maintext": "two", "title": "B"}]
    text = "\n".join("" if r is None else json.dumps(r) for r in lines) + "\n"
    write(tmp_path, {"feed.jsonl": text})
    docs = load_corpus(tmp_path).documents
    assert [(d.id, d.title) for d in docs] == [("feed.jsonl#1", "A"), ("feed.jsonl#3", "B")]


def test_raw_text_is_read_whole(tmp_path: Path) -> None:
    text = "Section\n\nA headline: with a colon\n\nBody text.\n"
    write(tmp_path, {"raw.txt": text})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.text, doc.title, doc.first_line) == (text, None, 1)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Title: T\r\n\r\nBody\r\n", "Body\n"),
        (codecs.BOM_UTF8 + b"Title: T\n\nBody\n", "Body\n"),
        (codecs.BOM_UTF16_LE + "Title: T\n\nBody é\n".encode("utf-16-le"), "Body é\n"),
        (codecs.BOM_UTF16_BE + "Title: T\n\nBody é\n".encode("utf-16-be"), "Body é\n"),
    ],
)
def test_encodings_and_line_endings(tmp_path: Path, data: bytes, expected: str) -> None:
    write(tmp_path, {"a.txt": data})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.title, doc.text) == ("T", expected)


def test_folders_are_walked_recursively_skipping_hidden_and_non_articles(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "b.txt": "B",
            "a/z.md": "Z",
            "a/deeper/y.txt": "Y",
            ".hidden.txt": "H",
            ".git/x.txt": "X",
            "crosscheck.toml": "",
            "crosscheck-baseline.json": '{"version": 1}',
            "a/crosscheck-baseline.json": '{"version": 1}',
        },
    )
    corpus = load_corpus(tmp_path)
    assert [d.id for d in corpus.documents] == ["a/deeper/y.txt", "a/z.md", "b.txt"]
    # Hidden names are listed as excluded (never an error), so nothing leaves the corpus unseen.
    assert corpus.diagnostics == (
        Diagnostic(str(tmp_path / ".git"), HIDDEN_FOLDER, skipped=False, excluded=True),
        Diagnostic(str(tmp_path / ".hidden.txt"), HIDDEN_FILE, skipped=False, excluded=True),
    )
    assert corpus.root == str(tmp_path)
    assert corpus.baseline == str(tmp_path / "crosscheck-baseline.json")


def test_ids_are_relative_to_the_root_and_paths_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, {"corpus/a.txt": "A", "corpus/sub/b.txt": "B"})
    monkeypatch.chdir(tmp_path)
    corpus = load_corpus("corpus/")
    assert [(d.id, d.path) for d in corpus.documents] == [
        ("a.txt", os.path.join("corpus", "a.txt")),
        ("sub/b.txt", os.path.join("corpus", "sub", "b.txt")),
    ]
    assert corpus.root == "corpus"
    single = load_corpus("corpus/sub/b.txt")
    assert [(d.id, d.path) for d in single.documents] == [
        ("b.txt", os.path.join("corpus", "sub", "b.txt"))
    ]
    assert single.root == os.path.join("corpus", "sub")


def test_a_file_given_twice_is_read_once(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": "A", "b.txt": "B"})
    corpus = load_corpus(tmp_path, tmp_path / "a.txt", str(tmp_path / "a.txt"))
    assert [d.id for d in corpus.documents] == ["a.txt", "b.txt"]


def test_files_from_two_folders_share_the_common_root(tmp_path: Path) -> None:
    write(tmp_path, {"one/a.txt": "A", "two/a.txt": "A2"})
    corpus = load_corpus(tmp_path / "two", tmp_path / "one")
    assert [d.id for d in corpus.documents] == ["one/a.txt", "two/a.txt"]
    assert corpus.root == str(tmp_path)


def test_read_document_returns_documents(tmp_path: Path) -> None:
    write(tmp_path, {"a.txt": HEADER_TEXT, "feed.jsonl": '{"maintext": "x"}\n{"maintext": "y"}\n'})
    (doc,) = read_document(tmp_path / "a.txt", manifest_entry={"outlet": "Other"})
    assert (doc.id, doc.outlet, doc.sources["outlet"]) == ("a.txt", "Other", MetaSource.MANIFEST)
    docs = read_document(tmp_path / "feed.jsonl", root=tmp_path.parent)
    assert [d.id for d in docs] == [
        f"{tmp_path.name}/feed.jsonl#1",
        f"{tmp_path.name}/feed.jsonl#2",
    ]


def test_seeds_load_with_the_manifest_values(seeds_dir: Path) -> None:
    corpus = load_corpus(seeds_dir)
    assert corpus.diagnostics == ()
    docs = {d.id[:3]: d for d in corpus.documents}
    assert sorted(docs) == ["000", "001", "002", "003", "004"]
    assert (docs["000"].published, docs["000"].date_order) == (dt.date(2023, 4, 12), "DMY")
    assert docs["000"].published_text == "12.04.2023"
    assert docs["003"].published == dt.date(2017, 11, 4)
    assert docs["004"].published == dt.date(2023, 8, 22)
    assert docs["001"].published is None
    assert docs["002"].published is None
    assert docs["001"].outlet is None
    assert all(d.sources.get("title") is MetaSource.MANIFEST for d in docs.values())
    assert all(MetaSource.INFERRED not in d.sources.values() for d in docs.values())
    for doc in docs.values():  # the seeds' text is the file, byte for byte
        assert doc.text == Path(doc.path).read_text(encoding="utf-8")


# --- the corpus does not depend on the order the paths are given in ---


@pytest.fixture(scope="module")
def mixed_corpus() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        root = write(
            Path(name),
            {
                "a.txt": HEADER_TEXT,
                "sub/b.md": "---\ntitle: B\n---\nBody\n",
                "sub/c.jsonl": '{"maintext": "c", "title": "C"}\nnot json\n',
                "sub/deeper/d.txt": "Posted on : 2017-11-04 18:06 KST\nBody\n",
                "e.json": '[{"maintext": "e"}]',
                "empty.txt": "",
                "notes.pdf": "x",
                "crosscheck.toml": '[documents."a.txt"]\noutlet = "Manifest Outlet"\n',
            },
        )
        yield root


@given(data=st.data())
def test_corpus_is_the_same_whatever_the_order_of_paths(
    mixed_corpus: Path, data: st.DataObject
) -> None:
    names = [
        "",
        "a.txt",
        "sub",
        "sub/b.md",
        "sub/deeper",
        "e.json",
        "empty.txt",
        "notes.pdf",
        "gone.txt",
    ]
    chosen = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=6))
    shuffled = data.draw(st.permutations(chosen))
    paths = [str(mixed_corpus / n) if n else str(mixed_corpus) for n in chosen]
    reordered = [str(mixed_corpus / n) if n else str(mixed_corpus) for n in shuffled]
    first: Corpus = load_corpus(*paths)
    assert load_corpus(*reordered) == first
    assert load_corpus(*sorted(set(paths))) == first
    assert [d.id for d in first.documents] == sorted(d.id for d in first.documents)
