"""Corroboration: list the claims that only one outlet makes.

Agreements already say which outlets state each value; this check lists the rest, the checkable
claims no other document repeats, as ``note`` findings of category ``single-source``, so that a
reader sees what rests on one source alone. It groups claims by key in one pass.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck import plugins
from crosscheck.compare import make_finding
from crosscheck.model import Claim, Corpus, Finding, FindingKind

CATEGORY = "single-source"
# Facets whose claims are worth corroborating. Names, intermediaries and the document's own date are
# left out: a spelling or a dateline is not a claim about the story.
FACETS = frozenset(
    {
        "event.date",
        "event.participants",
        "event.place",
        "person.affiliation",
        "person.role",
        "quantity",
        "statement.text",
    }
)
# Subjects with this mark are local to one document by construction (a date whose event was not
# aligned with any frame): listing them as single-source would say nothing.
LOCAL_MARK = "@"


@plugins.check("corroboration")
def single_source(corpus: Corpus, claims: Sequence[Claim]) -> list[Finding]:
    """Return one ``single-source`` note per (facet, subject) that only one document states."""
    docs = {d.id: d for d in corpus.documents}
    groups: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.facet in FACETS and LOCAL_MARK not in c.subject and c.value:
            groups.setdefault(c.key, []).append(c)
    findings = []
    for (facet, _subject), members in sorted(groups.items()):
        sources = {c.doc_id for c in members}
        if len(sources) != 1 or len(docs) < 2:
            continue
        doc = docs.get(next(iter(sources)))
        who = (doc.outlet or doc.id) if doc else next(iter(sources))
        label = next((c.subject_label for c in members if c.subject_label), members[0].subject)
        values = ", ".join(sorted({c.written for c in members}))
        findings.append(
            make_finding(
                FindingKind.NOTE,
                CATEGORY,
                members,
                docs,
                f"only {who} states {facet} of {label}: {values}",
            )
        )
    return findings
