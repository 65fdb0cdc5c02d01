"""Value comparers: agreement when outlets give the same normalised value, contradiction when not.

``single_valued`` is for facets where a subject has one true value (an event's date, a person's party
at one time); facets register it with ``plugins.comparer``. The fallback for facets without a comparer
of their own only reports agreement, because a facet that may hold several values at once (roles,
statements) would otherwise turn every second value into a false contradiction.
"""

from __future__ import annotations

from collections.abc import Mapping

from crosscheck import plugins
from crosscheck.compare import make_finding
from crosscheck.model import Claim, ClaimGroup, Document, Finding, FindingKind


def _values_by_doc(group: ClaimGroup) -> dict[str, set[str]]:
    by_doc: dict[str, set[str]] = {}
    for c in group.claims:
        by_doc.setdefault(c.doc_id, set()).add(c.value)
    return by_doc


def single_valued(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Compare a facet that has one true value per subject."""
    by_doc = _values_by_doc(group)
    values = {v for vs in by_doc.values() for v in vs}
    label = group.label
    findings: list[Finding] = []
    for doc_id, vs in sorted(by_doc.items()):
        if len(vs) > 1:
            own = [c for c in group.claims if c.doc_id == doc_id]
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "inconsistency",
                    own,
                    docs,
                    f"{doc_id} gives {len(vs)} values for {group.facet} of {label}: "
                    + ", ".join(sorted(vs)),
                )
            )
    if len(by_doc) < 2:
        return findings
    if len(values) == 1:
        findings.append(
            make_finding(
                FindingKind.AGREEMENT,
                "corroborated",
                group.claims,
                docs,
                f"{len(by_doc)} documents agree on {group.facet} of {label}: {next(iter(values))}",
            )
        )
    else:
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "contradiction",
                group.claims,
                docs,
                f"documents disagree on {group.facet} of {label}: " + " vs ".join(sorted(values)),
            )
        )
    return findings


@plugins.comparer("*")
def shared_values(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report each value that two or more documents share; never a discrepancy."""
    by_value: dict[str, list[Claim]] = {}
    for c in group.claims:
        by_value.setdefault(c.value, []).append(c)
    label = group.label
    findings = []
    for value, claims in sorted(by_value.items()):
        sources = {c.doc_id for c in claims}
        if len(sources) >= 2:
            findings.append(
                make_finding(
                    FindingKind.AGREEMENT,
                    "corroborated",
                    claims,
                    docs,
                    f"{len(sources)} documents agree on {group.facet} of {label}: {value}",
                )
            )
    return findings
