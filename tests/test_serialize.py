"""JSON round-trips of the value types, and the report's JSON against its published schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given

from crosscheck.model import Document, Finding, MetaSource, Report
from crosscheck.serialize import dumps, from_data, loads
from tests.strategies import findings, reports

SCHEMA = json.loads(
    (Path(__file__).parent.parent / "docs" / "report.schema.json").read_text("utf-8")
)


@given(findings)
def test_findings_round_trip_through_json(finding: Finding) -> None:
    assert loads(dumps(finding), Finding) == finding


@given(reports)
def test_reports_round_trip_and_match_the_schema(report: Report) -> None:
    text = report.to_json()
    jsonschema.validate(json.loads(text), SCHEMA)
    assert Report.from_json(text) == report
    assert Report.from_json(text).to_json() == text  # byte-identical second time


def test_document_round_trips_with_dates_and_sources() -> None:
    import datetime as dt

    doc = Document(
        id="a.txt",
        path="corpus/a.txt",
        text="One\nTwo",
        published=dt.date(2023, 4, 12),
        sources={"published": MetaSource.MANIFEST, "outlet": MetaSource.INFERRED},
    )
    back = loads(dumps(doc), Document)
    assert back == doc
    assert back.span(4, 7).line == 2  # the line index is rebuilt, not serialised


def test_mapping_fields_serialise_sorted_whatever_the_fill_order() -> None:
    one = Document(
        id="a",
        path="a",
        text="abc",
        sources={"published": MetaSource.HEADER, "outlet": MetaSource.MANIFEST},
    )
    two = Document(
        id="a",
        path="a",
        text="abc",
        sources={"outlet": MetaSource.MANIFEST, "published": MetaSource.HEADER},
    )
    assert dumps(one) == dumps(two)
    assert list(json.loads(dumps(one))["sources"]) == ["outlet", "published"]


def test_malformed_json_names_the_type_and_the_problem() -> None:
    with pytest.raises(ValueError, match="not a valid Finding"):
        from_data({"id": 3}, Finding)
