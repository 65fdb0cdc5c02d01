"""The report written piece by piece: the same bytes as Report.to_json(), and JSON Lines that read back."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

from crosscheck import crosscheck
from crosscheck.cli import main
from crosscheck.model import SCHEMA_VERSION, Finding, Report
from crosscheck.serialize import from_data, iter_json, iter_jsonl, report_from_jsonl
from tests.conftest import ROOT, SEEDS
from tests.strategies import reports

SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return crosscheck(SEEDS)


@given(reports)
def test_streamed_json_is_to_json(report: Report) -> None:
    assert "".join(iter_json(report)) == report.to_json()


@given(reports)
def test_jsonl_reads_back_and_each_line_is_one_record(report: Report) -> None:
    text = "".join(iter_jsonl(report))
    lines = text.splitlines(keepends=True)
    assert len(lines) == 1 + len(report.findings)
    assert all(line.endswith("\n") and line.count("\n") == 1 for line in lines)
    assert report_from_jsonl(lines) == report
    header = json.loads(lines[0])
    top = [key for key in json.loads(report.to_json()) if key not in ("findings", "schema_version")]
    assert list(header) == ["schema_version", *top]  # the version first, then the JSON form's order
    whole = {**header, "findings": [json.loads(line) for line in lines[1:]]}
    jsonschema.validate(whole, SCHEMA)  # header + finding lines make a valid report


def test_report_json_file_is_to_json(seeds_report: Report, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    assert (
        main(["report", str(SEEDS), "--format", "json", "--output", str(out), "--jobs", "1"]) == 0
    )
    assert out.read_bytes() == seeds_report.to_json().encode("utf-8")


def test_report_json_to_stdout_is_to_json(
    seeds_report: Report, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(SEEDS), "--format", "json", "--jobs", "1"]) == 0
    assert capsys.readouterr().out == seeds_report.to_json()


def test_report_jsonl_findings_round_trip_through_the_converter(
    seeds_report: Report, tmp_path: Path
) -> None:
    out = tmp_path / "report.jsonl"
    assert (
        main(["report", str(SEEDS), "--format", "jsonl", "--output", str(out), "--jobs", "1"]) == 0
    )
    header, *rest = out.read_text("utf-8").splitlines()
    assert json.loads(header)["schema_version"] == SCHEMA_VERSION
    assert len(json.loads(header)["documents"]) == len(seeds_report.documents)
    findings = tuple(from_data(json.loads(line), Finding) for line in rest)
    assert findings == seeds_report.findings
    assert report_from_jsonl(out.open(encoding="utf-8")) == seeds_report


def test_empty_report_is_one_header_line() -> None:
    report = Report(documents=(), findings=())
    [line] = iter_jsonl(report)
    assert line.startswith('{"schema_version":1,"documents":[],"diagnostics":[]')
    assert line.endswith("}\n") and "\n" not in line[:-1]


@pytest.mark.parametrize("lines", [[], ["\n"], ["[1, 2]\n"]])
def test_jsonl_without_a_header_is_refused(lines: list[str]) -> None:
    with pytest.raises(ValueError, match="header"):
        report_from_jsonl(lines)


def test_jsonl_with_a_malformed_finding_names_the_problem() -> None:
    header = '{"schema_version":1,"documents":[],"diagnostics":[]}\n'
    with pytest.raises(ValueError, match="not a valid Report"):
        report_from_jsonl([header, '{"id": 3}\n'])
