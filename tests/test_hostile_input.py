"""Hostile input: shapes that break parsers, links out of the corpus, names that are not text.

Each case states the exit code and the one-line diagnostic, and checks that the good article beside
it is still read: a bad file costs itself, never the run.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from crosscheck import gate
from crosscheck.cli import main
from crosscheck.errors import BaselineError
from crosscheck.ingest import load_corpus
from crosscheck.ingest.files import too_large
from crosscheck.ingest.records import surrogates_replaced
from crosscheck.ingest.structured import ShapeError, parse_json, parse_toml, parse_yaml
from crosscheck.ingest.walk import (
    BROKEN_LINK,
    LINK_OUTSIDE,
    LINKED_FOLDER,
    NOT_UTF8_NAME,
)
from crosscheck.model import Diagnostic
from tests.test_ingest_forms import write

GOOD = {"good.txt": "Title: Fine\nPublished: 2023-04-12\n\nThe council met on Tuesday.\n"}
DEEP = 100_000
NESTED = "nested too deeply (more than"
HUGE_INT = "a number has more than"


def _problems(corpus_dir: Path) -> list[Diagnostic]:
    corpus = load_corpus(corpus_dir)
    assert "good.txt" in [d.id for d in corpus.documents]
    return [d for d in corpus.diagnostics if d.path != str(corpus_dir / "good.txt")]


@pytest.mark.parametrize(
    ("name", "content", "message", "line", "skipped"),
    [
        ("deep.json", "[" * DEEP + "]" * DEEP, f"cannot read JSON: {NESTED}", None, True),
        (
            "deepobj.json",
            '{"a":' * DEEP + "1" + "}" * DEEP,
            f"cannot read JSON: {NESTED}",
            None,
            True,
        ),
        (
            "huge.json",
            '{"maintext": "x", "n": ' + "7" * 5000 + "}",
            "cannot read JSON: " + HUGE_INT,
            None,
            True,
        ),
        ("deep.jsonl", "[" * DEEP + "]" * DEEP + "\n", f"cannot read JSON: {NESTED}", 1, True),
        ("huge.jsonl", '{"n": ' + "7" * 5000 + "}\n", "cannot read JSON: " + HUGE_INT, 1, True),
        (
            "yaml.md",
            "---\ntitle: " + "[" * DEEP + "\n---\n\nBody text.\n",
            f"front matter cannot be read: {NESTED}",
            None,
            False,
        ),
        (
            "toml.md",
            "+++\ntitle = " + "[" * DEEP + "]" * DEEP + "\n+++\n\nBody text.\n",
            f"front matter cannot be read: {NESTED}",
            None,
            False,
        ),
    ],
)
def test_parser_breaking_shapes_are_one_line_diagnostics(
    tmp_path: Path, name: str, content: str, message: str, line: int | None, skipped: bool
) -> None:
    write(tmp_path, {**GOOD, name: content})
    [problem] = [
        p for p in _problems(tmp_path) if p.message != "record has no 'maintext' (the article text)"
    ]
    assert problem.path == str(tmp_path / name)
    assert problem.message.startswith(message)
    assert (problem.line, problem.skipped) == (line, skipped)


def test_one_bad_json_lines_record_costs_that_record_only(tmp_path: Path) -> None:
    lines = [
        json.dumps({"maintext": "The first record is fine.", "title": "One"}),
        "[" * DEEP + "]" * DEEP,
        json.dumps({"maintext": "The third record is fine too.", "title": "Three"}),
    ]
    write(tmp_path, {**GOOD, "feed.jsonl": "\n".join(lines) + "\n"})
    corpus = load_corpus(tmp_path)
    assert [d.id for d in corpus.documents] == ["feed.jsonl#1", "feed.jsonl#3", "good.txt"]
    [problem] = corpus.diagnostics
    assert (problem.line, problem.skipped) == (2, True) and NESTED in problem.message


def test_lone_surrogates_are_replaced_with_a_warning_and_the_article_kept(tmp_path: Path) -> None:
    record = '{"maintext": "A bad \\ud800 character and \\udfff another.", "title": "T"}'
    write(tmp_path, {**GOOD, "odd.json": record})
    corpus = load_corpus(tmp_path)
    odd = corpus.get("odd.json")
    assert odd.text == "A bad \ufffd character and \ufffd another."
    assert corpus.diagnostics == (
        Diagnostic(str(tmp_path / "odd.json"), surrogates_replaced(2), skipped=False),
    )
    assert main(["report", str(tmp_path), "--format", "json"]) == 0  # and it can be written out


def test_manifest_and_baseline_that_break_the_parser_exit_2_or_warn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, {**GOOD, "crosscheck.toml": "a = " + "[" * DEEP + "]" * DEEP + "\n"})
    corpus = load_corpus(tmp_path)
    assert [d.id for d in corpus.documents] == ["good.txt"]
    [problem] = corpus.diagnostics
    assert problem.message.startswith(f"manifest cannot be read: {NESTED}")
    (tmp_path / "crosscheck.toml").unlink()
    (tmp_path / "crosscheck-baseline.json").write_text("[" * DEEP + "]" * DEEP, "utf-8")
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"cannot read the baseline: {NESTED}" in err and "Traceback" not in err


def test_structured_parsers_raise_shape_errors_not_recursion() -> None:
    for parse, text in (
        (parse_json, "[" * DEEP),  # not even closed: the depth is hit first
        (parse_toml, "a = " + "[" * DEEP),
        (parse_yaml, "a: " + "[" * DEEP),
    ):
        with pytest.raises((ShapeError, ValueError)) as info:
            parse(text)
        assert not isinstance(info.value, RecursionError)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names and links")
def test_a_name_that_is_not_utf8_is_skipped_with_the_name_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, GOOD)
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xffname.txt"), "wb") as fh:
        fh.write(b"Some article text.\n")
    [problem] = _problems(tmp_path)
    assert problem == Diagnostic(str(tmp_path / "bad\\xffname.txt"), NOT_UTF8_NAME)
    assert main(["report", str(tmp_path)]) == 0
    assert main(["check", str(tmp_path)]) == 2  # the gate cannot vouch for a file it did not read
    err = capsys.readouterr().err
    assert "bad\\xffname.txt" in err and "Traceback" not in err


@pytest.mark.skipif(os.name != "posix", reason="POSIX symbolic links")
def test_links_out_of_the_corpus_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere" / "private.txt"
    write(tmp_path, {"elsewhere/private.txt": "Title: Private\n\nNot for any report.\n"})
    corpus_dir = write(tmp_path / "corpus", GOOD)
    (corpus_dir / "linked.txt").symlink_to(secret)
    (corpus_dir / "folder").symlink_to(secret.parent, target_is_directory=True)
    (corpus_dir / "dangling.txt").symlink_to(corpus_dir / "nowhere.txt")
    (corpus_dir / "loop.txt").symlink_to(corpus_dir / "loop.txt")
    corpus = load_corpus(corpus_dir)
    assert [d.id for d in corpus.documents] == ["good.txt"]
    assert {(d.path, d.message) for d in corpus.diagnostics} == {
        (str(corpus_dir / "linked.txt"), LINK_OUTSIDE),
        (str(corpus_dir / "folder"), LINKED_FOLDER),
        (str(corpus_dir / "dangling.txt"), BROKEN_LINK),
        (str(corpus_dir / "loop.txt"), BROKEN_LINK),
    }
    assert all(d.excluded and not d.skipped for d in corpus.diagnostics)
    # A link inside the corpus to another of its files is read (it is the corpus's own text).
    (corpus_dir / "alias.txt").symlink_to(corpus_dir / "good.txt")
    assert "alias.txt" in [d.id for d in load_corpus(corpus_dir).documents]


def test_a_manifest_cannot_aim_the_baseline_outside_the_corpus_or_at_an_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "victim.json"
    corpus_dir = write(
        tmp_path / "corpus", {**GOOD, "crosscheck.toml": 'baseline = "../victim.json"\n'}
    )
    assert main(["baseline", str(corpus_dir)]) == 2
    assert not outside.exists()
    assert "must be inside the corpus folder" in capsys.readouterr().err
    write(corpus_dir, {"other.txt": "Title: Other\n\nAnother article.\n"})
    (corpus_dir / "crosscheck.toml").write_text('baseline = "other.txt"\n', "utf-8")
    before = (corpus_dir / "other.txt").read_bytes()
    assert main(["baseline", str(corpus_dir)]) == 2
    assert (corpus_dir / "other.txt").read_bytes() == before
    assert "refusing to overwrite a file that is not a baseline" in capsys.readouterr().err
    with pytest.raises(BaselineError, match="not a baseline"):
        gate.write_baseline(corpus_dir / "good.txt", [])


def test_baseline_keeps_the_mode_of_an_existing_file(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    path = tmp_path / "crosscheck-baseline.json"
    path.write_text('{"version": 1, "accepted": []}\n', "utf-8")
    path.chmod(0o640)
    assert main(["baseline", str(tmp_path)]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    path.unlink()
    assert main(["baseline", str(tmp_path)]) == 0
    assert stat.S_IMODE(path.stat().st_mode) & 0o044  # a new one is readable like any new file


def test_a_report_written_into_the_corpus_is_not_read_back(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    out = tmp_path / "report.md"
    assert main(["report", str(tmp_path), "--output", str(out)]) == 0
    first = out.read_text("utf-8")
    assert main(["report", str(tmp_path), "--output", str(out)]) == 0
    assert out.read_text("utf-8") == first  # the first report was not taken for an article


def test_a_file_above_the_size_limit_is_skipped_unread(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path, {**GOOD, "dump.txt": "Title: Dump\n\n" + "word " * 1000})
    corpus = load_corpus(tmp_path, max_bytes=2000)
    assert [d.id for d in corpus.documents] == ["good.txt"]
    [problem] = corpus.diagnostics
    assert problem.skipped and problem.path == str(tmp_path / "dump.txt")
    assert problem.message == too_large(5013, 2000)
    assert main(["check", str(tmp_path), "--max-bytes", "2000"]) == 2
    assert main(["check", str(tmp_path), "--max-bytes", "none"]) == 2  # a usage error
    assert "expected a number of bytes" in capsys.readouterr().err
    assert len(load_corpus(tmp_path).documents) == 2  # the default limit (2 MB) reads both


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("crosscheck ")
