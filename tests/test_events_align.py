"""Event alignment of undated coverage: weekdays as days, dates on the event, one fact swapped."""

from __future__ import annotations

from pathlib import Path

import crosscheck
from crosscheck.model import Finding


def _undated(folder: Path, name: str, body: str) -> None:
    # ECB+-like input: no publication date, so a weekday stays a weekday ("XXXX-WXX-7").
    (folder / name).write_text(f"Title: {name}\n\n{body}\n", "utf-8")


def _event_docs(findings: list[Finding]) -> list[set[str]]:
    return [
        {o.doc_id for o in f.observations}
        for f in findings
        if f.facet.startswith("event.") and f.kind != "note"
    ]


def test_undated_incidents_in_one_country_line_up_by_their_weekday(tmp_path: Path) -> None:
    # Two quakes in one country: the outlets naming the same weekday tell one, the other another.
    _undated(tmp_path, "a.txt", "A strong earthquake struck Chile on Sunday.")
    _undated(tmp_path, "b.txt", "An earthquake shook Chile on Wednesday, the second in a week.")
    _undated(tmp_path, "c.txt", "A powerful quake struck Chile on Sunday.")
    findings = crosscheck.crosscheck(tmp_path).findings
    groups = _event_docs(findings)
    assert {"a.txt", "c.txt"} in groups
    assert not [g for g in groups if "b.txt" in g and len(g) > 1]
    assert not [f for f in findings if f.category == "contradiction"]
