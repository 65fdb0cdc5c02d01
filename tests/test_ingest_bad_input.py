"""Bad input: each problem gets its one-line message, and the rest of the corpus is still read."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from crosscheck.errors import InputError
from crosscheck.ingest import load_corpus, read_document
from crosscheck.ingest.walk import SPECIAL_FILE
from crosscheck.model import Corpus, Diagnostic
from tests.test_ingest_forms import write

GOOD = {"good.txt": "Title: Fine\n\nA good article.\n"}


def only_problem(corpus: Corpus) -> Diagnostic:
    """Return the one diagnostic of a corpus, after checking the good article was still read."""
    assert [d.id for d in corpus.documents] == ["good.txt"]
    (problem,) = corpus.diagnostics
    return problem


BINARY = (
    "binary file (contains NUL bytes); expected text in UTF-8, or UTF-16 with a byte-order mark"
)
ARTICLES = ".json, .jsonl, .markdown, .md, .txt"


@pytest.mark.parametrize(
    ("name", "content", "message", "line"),
    [
        ("empty.txt", b"", "empty file", None),
        ("blank.md", b"  \n\n\t\n", "empty file", None),
        ("image.txt", b"GIF89a\x00\x01\x00", BINARY, None),
        ("utf16.txt", "no byte-order mark".encode("utf-16-le"), BINARY, None),
        (
            "latin1.txt",
            "Title: T\n\ncaf\xe9".encode("latin-1"),
            "cannot decode: not UTF-8 (byte 0xe9 at column 4); save the file as UTF-8",
            3,
        ),
        (
            "badbom.txt",
            codecs.BOM_UTF16_LE + b"\x00\xd8",  # a lone surrogate
            "cannot decode: not valid UTF-16 after its byte-order mark",
            None,
        ),
        ("notes.pdf", b"%PDF", f"unsupported file type '.pdf'; articles are {ARTICLES}", None),
        ("README", b"x", f"unsupported file type (no extension); articles are {ARTICLES}", None),
        (
            "open.md",
            b"---\ntitle: T\nBody\n",
            "front matter opened with '---' on line 1 is never closed",
            1,
        ),
        ("headonly.txt", b"Title: T\nOutlet: O\n", "no article text after the metadata", None),
        (
            "broken.json",
            b'{\n  "maintext": "x",\n  "title": "T",,\n}',
            "invalid JSON: Expecting property name enclosed in double quotes (column 16)",
            3,
        ),
        (
            "lines.json",
            b'{"maintext": "a"}\n{"maintext": "b"}\n',
            "invalid JSON: Extra data (column 1) (several JSON values: name the file .jsonl for "
            "JSON Lines)",
            2,
        ),
        ("none.json", b"[]", "JSON file holds no records", None),
        (
            "scalar.json",
            b"42",
            "expected a JSON object or an array of objects, got a number",
            None,
        ),
    ],
)
def test_unreadable_files_are_skipped_with_their_reason(
    tmp_path: Path, name: str, content: bytes, message: str, line: int | None
) -> None:
    write(tmp_path, {**GOOD, name: content})
    problem = only_problem(load_corpus(tmp_path))
    assert problem == Diagnostic(str(tmp_path / name), message, line=line, skipped=True)


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (
            "Title: T\nPublished: undated\n\nBody\n",
            "Published: cannot read date 'undated'; left empty",
            2,
        ),
        (
            "Title: T\nPublished: Aug. 15\n\nBody\n",
            "Published: date 'Aug. 15' has no year; left empty",
            2,
        ),
        (
            "Title: T\nPublished: 04/05/2023\n\nBody\n",
            "Published: ambiguous date '04/05/2023': day and month could be either way; give the "
            "date order (DMY or MDY); left empty",
            2,
        ),
        (
            "Title: T\nPublished: yesterday\n\nBody\n",
            "Published: cannot read date 'yesterday'; left empty",
            2,
        ),
        (
            "Title: T\nPublished: 31.02.2023\n\nBody\n",
            "Published: date '31.02.2023' is not a calendar day; left empty",
            2,
        ),
        (
            "Title: T\nDate-Order: day first\n\nBody\n",
            "Date-Order: date order 'day first' is not DMY, MDY or YMD; left empty",
            2,
        ),
        (
            "Title: T\nLanguage: English!\n\nBody\n",
            "Language: 'English!' is not a language code such as 'en' or 'pt-BR'; left empty",
            2,
        ),
        ("Title: T\nPublisehd: 2023-01-01\n\nBody\n", "unknown header key 'Publisehd' ignored", 2),
        (
            "Title: T\nTitle: Again\n\nBody\n",
            "header key 'Title' repeats 'Title'; the first one is used",
            2,
        ),
        (
            "Title: T\nPublished 2023-01-01\n\nBody\n",
            "header block has a line that is not 'Key: value'; the block is read as body text",
            2,
        ),
        (
            "---\ntitle: [open\n---\nBody\n",
            "front matter is not valid YAML: expected ',' or ']', but got '<stream end>'; ignored",
            2,
        ),
        (
            "---\ntitle: T\n  bad: indent\n---\nBody\n",
            "front matter is not valid YAML: mapping values are not allowed here; ignored",
            3,
        ),
        (
            "---\n- a list\n---\nBody\n",
            "front matter is not a table of keys and values; ignored",
            1,
        ),
        (
            '+++\ntitle = "T"\nauthors = [\n+++\nBody\n',
            "front matter is not valid TOML: Invalid value; ignored",
            3,
        ),
        (
            "---\ntitle: T\npublished: 5\n---\nBody\n",
            "published: expected a date, got a number; left empty",
            3,
        ),
        (
            "---\ntitle: T\nauthors: {a: 1}\n---\nBody\n",
            "authors: expected a list of names, got a table; left empty",
            3,
        ),
    ],
)
def test_bad_metadata_is_a_warning_and_the_document_is_read(
    tmp_path: Path, content: str, message: str, line: int
) -> None:
    name = "doc.md" if content.startswith(("---", "+++")) else "doc.txt"
    write(tmp_path, {name: content})
    corpus = load_corpus(tmp_path)
    (doc,) = corpus.documents
    assert doc.text.rstrip().endswith("Body")
    assert corpus.diagnostics == (
        Diagnostic(str(tmp_path / name), message, line=line, skipped=False),
    )


def test_bad_date_leaves_only_that_field_empty(tmp_path: Path) -> None:
    write(tmp_path, {"doc.txt": "Title: T\nOutlet: O\nPublished: undated\n\nBody\n"})
    (doc,) = load_corpus(tmp_path).documents
    assert (doc.title, doc.outlet, doc.published, doc.published_text) == ("T", "O", None, None)
    assert "published" not in doc.sources


def test_json_lines_skip_only_the_bad_lines(tmp_path: Path) -> None:
    feed = '{"maintext": "one"}\nnot json\n[1, 2]\n{"title": "no text"}\n{"maintext": null}\n{"maintext": "six", "tone": 1}\n'
    write(tmp_path, {"feed.jsonl": feed})
    corpus = load_corpus(tmp_path)
    path = str(tmp_path / "feed.jsonl")
    assert [d.id for d in corpus.documents] == ["feed.jsonl#1", "feed.jsonl#6"]
    assert corpus.diagnostics == (
        Diagnostic(path, "invalid JSON: Expecting value (column 1)", line=2),
        Diagnostic(path, "record is not a JSON object", line=3),
        Diagnostic(path, "record has no 'maintext' (the article text)", line=4),
        Diagnostic(path, "record has no 'maintext' (the article text)", line=5),
        Diagnostic(path, "unknown record field 'tone' ignored", line=6, skipped=False),
    )


def test_json_array_skips_a_bad_element_with_its_line(tmp_path: Path) -> None:
    write(tmp_path, {"feed.json": '[\n {"maintext": "a"},\n "oops",\n {"maintext": "c"}\n]'})
    corpus = load_corpus(tmp_path)
    assert [d.id for d in corpus.documents] == ["feed.json#0", "feed.json#2"]
    assert corpus.diagnostics == (
        Diagnostic(str(tmp_path / "feed.json"), "record is not a JSON object (element 1)", line=3),
    )


def test_a_missing_path_is_reported(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    corpus = load_corpus(tmp_path / "good.txt", tmp_path / "gone.txt")
    assert only_problem(corpus) == Diagnostic(str(tmp_path / "gone.txt"), "no such file or folder")


def test_no_paths_at_all_is_an_empty_corpus() -> None:
    assert load_corpus() == Corpus(documents=())


def test_unreadable_file_by_permission(tmp_path: Path) -> None:
    write(tmp_path, {**GOOD, "locked.txt": "secret"})
    locked = tmp_path / "locked.txt"
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user (root) whom file permissions do not stop")
        problem = only_problem(load_corpus(tmp_path))
    finally:
        locked.chmod(0o644)
    assert problem == Diagnostic(str(locked), "cannot read file: permission denied")


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {**GOOD, "locked.txt": "secret"})
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    problem = only_problem(load_corpus(tmp_path))
    assert problem == Diagnostic(
        str(tmp_path / "locked.txt"), "cannot read file: permission denied"
    )


def test_unreadable_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, {**GOOD, "locked/x.txt": "never listed"})
    real = os.scandir

    def refuse(path: str) -> object:
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", refuse)
    problem = only_problem(load_corpus(tmp_path))
    assert problem == Diagnostic(str(tmp_path / "locked"), "cannot read folder: permission denied")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_is_not_read(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    os.mkfifo(tmp_path / "pipe.txt")
    problem = only_problem(load_corpus(tmp_path))
    assert problem == Diagnostic(
        str(tmp_path / "pipe.txt"), SPECIAL_FILE, skipped=False, excluded=True
    )


def test_every_bad_input_at_once_leaves_the_good_ones(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            **GOOD,
            "b.txt": b"\x00\x01",
            "c.txt": b"",
            "d.txt": "caf\xe9".encode("latin-1"),
            "e.md": "---\nx: 1\n",
            "f.json": "{",
            "g.jsonl": '{"title": "no text"}\n',
            "h.doc": "x",
            "i.txt": "Title: T\nPublished: undated\n\nStill read.\n",
            "crosscheck.toml": '[documents."gone.txt"]\ntitle = "x"\n',
        },
    )
    corpus = load_corpus(tmp_path)
    assert [d.id for d in corpus.documents] == ["good.txt", "i.txt"]
    skipped = sorted(Path(d.path).name for d in corpus.diagnostics if d.skipped)
    assert skipped == [
        "b.txt",
        "c.txt",
        "crosscheck.toml",
        "d.txt",
        "e.md",
        "f.json",
        "g.jsonl",
        "h.doc",
    ]
    assert [Path(d.path).name for d in corpus.diagnostics if not d.skipped] == ["i.txt"]
    for problem in corpus.diagnostics:  # one line each, naming the file
        assert "\n" not in str(problem)
        assert str(problem).startswith(problem.path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.txt", b"", "empty file"),
        ("a.jsonl", b'{"title": "T"}\n', "record has no 'maintext' (the article text)"),
        (
            "a.json",
            b"{",
            "invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        ),
        ("a.png", b"x", f"unsupported file type '.png'; articles are {ARTICLES}"),
    ],
)
def test_read_document_raises_input_error(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    write(tmp_path, {name: content})
    with pytest.raises(InputError) as raised:
        read_document(tmp_path / name)
    assert (raised.value.path, raised.value.reason) == (str(tmp_path / name), message)
    assert isinstance(raised.value, ValueError)  # catchable as the nearest built-in too


def test_read_document_refuses_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        read_document(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "\u202e\u200b“unbalanced «quotes",
        "Title:\n\n",
        "---\n---\nx",
        "+++\n+++\n",
        "Title: x\n\n\x0c",
        "\ufeff",
    ],
)
def test_odd_text_never_raises(tmp_path: Path, text: str) -> None:
    write(tmp_path, {"odd.txt": text})
    corpus = load_corpus(tmp_path)
    assert len(corpus.documents) + len([d for d in corpus.diagnostics if d.skipped]) == 1
