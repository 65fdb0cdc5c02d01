"""A story nothing in crosscheck knows: two outlets on one meeting, in two input forms.

The people are not in the shipped registry, so everything rests on language patterns and on names
matched across documents by key. The articles disagree on the day of the meeting and on who said the
quote; those two contradictions, and nothing else, must be found.
"""

from __future__ import annotations

from pathlib import Path

import crosscheck
from crosscheck.model import FindingKind

POST = """\
---
title: Chancellor and president meet in the capital
outlet: Example Post
published: 2024-03-15
---

Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Friday, the palace said.
"We will stand together," Macron told reporters after the talks. More than 200 journalists attended.
"""

WIRE = (
    '{"title": "President hosts chancellor", "maintext": "President Emmanuel Macron hosted '
    'Chancellor Olaf Scholz in Paris on Thursday. \\"We will stand together,\\" Scholz told '
    'reporters. About 200 journalists attended, AFP reported.", "date_publish": "2024-03-15 10:00:00", '
    '"source_domain": "wire.example", "authors": ["B. Writer"]}'
)


def test_an_unseen_story_gives_exactly_its_two_contradictions(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text(POST, "utf-8")
    (tmp_path / "wire.json").write_text(WIRE, "utf-8")
    report = crosscheck.crosscheck(tmp_path)
    contradictions = sorted(
        (f.facet, tuple(sorted(o.written for o in f.observations)))
        for f in report.findings
        if f.category == "contradiction"
    )
    assert contradictions == [
        ("event.date", ("Friday", "Thursday")),
        ("statement.speaker", ("Macron", "Scholz")),
    ]
    agreed = {f.facet for f in report.findings if f.kind == FindingKind.AGREEMENT}
    assert {"event.participants", "person.role", "statement.text"} <= agreed
    # "More than 200" and "About 200" are compatible, never a contradiction.
    assert not [
        f for f in report.findings if f.facet == "quantity" and f.kind == FindingKind.DISCREPANCY
    ]
