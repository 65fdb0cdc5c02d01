"""The CI gate end to end on a copy of the seeds: new contradicting articles fail it, until accepted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosscheck.cli import main
from tests.conftest import SEEDS

LATE_SUMMIT = """\
Title: Leaders to meet at Camp David
Outlet: Example Wire
Published: 2023-08-10
Authors: A. Reporter

President Joe Biden will host Japanese Prime Minister Fumio Kishida and South Korean President
Yoon Suk Yeol for a summit at Camp David on Aug. 19, the White House said.
"""

OTHER_PARTY = """\
Title: Opposition leader speaks on alliance
Outlet: Example Daily
Published: 2023-04-13

Lee Jae-myung, leader of the People Power Party, said on Tuesday that a trilateral alliance was
unnecessary.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def test_seeds_pass_as_committed(corpus: Path) -> None:
    assert main(["check", str(corpus)]) == 0


def test_new_contradicting_articles_fail_until_accepted(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "005_late_summit.txt").write_text(LATE_SUMMIT, "utf-8")
    (corpus / "006_other_party.txt").write_text(OTHER_PARTY, "utf-8")
    capsys.readouterr()
    assert main(["check", str(corpus)]) == 1
    out = capsys.readouterr().out
    assert "2 new contradictions" in out
    # The date contradiction names the new article's line and the seeds it contradicts.
    assert f"{corpus / '005_late_summit.txt'}:7:" in out and "'Aug. 19' (2023-08-19)" in out
    assert f"{corpus / '004_8a5f8103d029b1ea.txt'}:14:" in out
    # The party contradiction names both parties where they are written.
    assert f"{corpus / '006_other_party.txt'}:5:" in out and "(People Power Party)" in out
    assert f"{corpus / '000_ccc2993ba935f9ee.txt'}:20:" in out

    assert main(["baseline", str(corpus)]) == 0
    assert main(["check", str(corpus)]) == 0

    (corpus / "005_late_summit.txt").unlink()
    (corpus / "006_other_party.txt").unlink()
    capsys.readouterr()
    assert main(["check", str(corpus)]) == 0
