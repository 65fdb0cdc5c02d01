"""The docs stay true: their examples run, and every CLI command and the test command are documented."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

from crosscheck import cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "docs").glob("*.md"))


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_doc_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples may name seeds/ relative to the repository root
    result = doctest.testfile(
        str(page),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.failed == 0


def commands() -> list[str]:
    import argparse

    [sub] = [a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(sub.choices)


@pytest.mark.parametrize("command", commands())
def test_every_cli_command_is_documented(command: str) -> None:
    assert f"python -m crosscheck {command}" in (ROOT / "README.md").read_text("utf-8")
    assert f"### `{command}`" in (ROOT / "docs" / "cli.md").read_text("utf-8")


def test_ci_runs_the_readme_test_command_and_the_seeds_gate() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    blocks = re.findall(r"```sh\n(.+?)\n```", readme, re.S)
    assert len(blocks) == 2, "the README's set-up is two commands"
    install, tests = blocks
    assert 'pip install -e ".[test]"' in install and "crosscheck report seeds/" in install
    assert tests.strip() in ci
    assert "python -m crosscheck check seeds/" in ci


def test_every_doc_page_is_linked_from_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for page in DOCS:
        assert f"docs/{page.name}" in readme, page.name
