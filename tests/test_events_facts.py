"""Event facts compared across outlets: durations and ordinals (sentences written for the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck
from crosscheck.model import FindingKind

HEAD = "The talks between Ana Ruiz and Luis Soto in Lima on March 3, 2025, "


def write(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(
        f"Title: {name}\nOutlet: {name}\nPublished: 2025-03-04\n\n{body}\n", "utf-8"
    )


@pytest.mark.parametrize(
    ("a", "b", "facet", "expected"),
    [
        ("lasted nearly three hours.", "lasted three hours.", "event.duration", "compatible"),
        ("lasted three hours.", "lasted three hours.", "event.duration", "corroborated"),
        ("lasted two hours.", "lasted five hours.", "event.duration", "contradiction"),
        ("lasted a fortnight.", "lasted two weeks.", "event.duration", "corroborated"),
        ("lasted a fortnight.", "lasted ten days.", "event.duration", "contradiction"),
        (
            "lasted an hour. It was the fifteenth official visit by Ruiz to Peru.",
            "lasted an hour. It was the sixteenth official visit by Ruiz to Peru.",
            "event.ordinal",
            "contradiction",
        ),
        (
            "lasted an hour. It was the third official visit by Ruiz to Peru.",
            "lasted an hour. It was the second official visit by Ruiz to Peru.",
            "event.ordinal",
            "contradiction",
        ),
        (
            "lasted an hour. It was the third official visit by Ruiz to Peru.",
            "lasted an hour. It was the third official visit by Ruiz to Peru.",
            "event.ordinal",
            "corroborated",
        ),
    ],
)
def test_event_facts_are_compared(
    tmp_path: Path, a: str, b: str, facet: str, expected: str
) -> None:
    write(tmp_path, "a.txt", HEAD + a)
    write(tmp_path, "b.txt", HEAD + b)
    found = [f for f in crosscheck.crosscheck(tmp_path).findings if f.facet == facet]
    assert [f.category for f in found] == [expected]
    kind = FindingKind.DISCREPANCY if expected == "contradiction" else FindingKind.AGREEMENT
    assert found[0].kind == kind
    assert {o.doc_id for o in found[0].observations} == {"a.txt", "b.txt"}
