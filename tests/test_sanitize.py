"""Safe output: article text and file names reach terminals, CI logs and reports inert."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.cli import main
from crosscheck.gate import github_annotations
from crosscheck.model import Finding, FindingKind, Observation, Span
from crosscheck.report import CELL_CHARS, escape
from crosscheck.sanitize import ZERO_WIDTH, line, printable, unlinked
from tests.test_ingest_forms import write

# What no output line may hold raw: C0/C1 controls, DEL, bidi controls, separators, surrogates.
RAW = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
HOSTILE = st.text(
    alphabet=st.sampled_from(
        ["a", " ", ":", "\n", "\r", "\x1b", "\x07", "\x9b", "\u202e", "\u2028", "\ud800", "@", "/"]
    )
    | st.characters(),
    max_size=60,
)


@given(HOSTILE)
def test_a_printed_line_is_one_inert_line_and_never_a_workflow_command(text: str) -> None:
    out = line(text)
    assert not RAW.search(out)
    assert not out.lstrip().startswith("::")
    out.encode("utf-8")  # writable whatever the text held (raises if not)


@given(HOSTILE)
def test_a_markdown_cell_holds_no_control_character_link_or_mention(text: str) -> None:
    out = escape(text)
    assert not RAW.search(out)
    assert "\n" not in out and "|" not in out.replace("\\|", "")
    assert not re.search(r"(?i)https?://|www\.|(?<![\w@])@[A-Za-z0-9]", out)


def test_escapes_are_visible_and_specific() -> None:
    assert printable("a\x1bc\nb\u202ez") == "a\\x1bc\\nb\\u202ez"
    assert line("::error::owned") == f":{ZERO_WIDTH}:error::owned"
    assert line("a::b") == "a::b"  # only a line that starts with :: is a command
    assert unlinked("see https://x.example, www.y.example, @someone, a@b.example") == (
        f"see https{ZERO_WIDTH}://x.example, www{ZERO_WIDTH}.y.example, @{ZERO_WIDTH}someone, "
        "a@b.example"
    )


def test_a_huge_line_is_capped_in_a_report_cell() -> None:
    out = escape("word " * 20_000)
    assert len(out) <= CELL_CHARS + 10 and "…" in out


def _finding(path: str, written: str) -> Finding:
    span = Span("a.txt", 0, 5, 3, 7)
    obs = Observation("a.txt", written, "v", (span,), path=path)
    return Finding("f1", FindingKind.DISCREPANCY, "contradiction", "x", "s", (obs, obs), written)


@given(HOSTILE, HOSTILE)
def test_github_annotations_are_one_command_a_line(path: str, text: str) -> None:
    for annotation in github_annotations([_finding(path, text)]):
        assert annotation.startswith("::error file=")
        assert not RAW.search(annotation)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names")
def test_hostile_names_and_text_end_to_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    hostile = (
        "Title: A \x1b]0;owned\x07 title\n\n::error::forged\nThe mayor said \x1bc on Tuesday.\n"
    )
    write(tmp_path, {"good.txt": hostile, "odd\x1b[2Jname\n::warning::x.txt": "Short.\n"})
    assert main(["report", str(tmp_path)]) == 0
    assert main(["check", str(tmp_path)]) in (0, 1)
    out = capsys.readouterr()
    for stream in (out.out, out.err):
        assert "\x1b" not in stream and "\x07" not in stream
        for printed in stream.splitlines():
            assert not printed.lstrip().startswith("::") or printed.startswith("::error file=")
