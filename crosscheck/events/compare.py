"""Compare aligned events: who took part and where (their dates: ``crosscheck.time.compare``).

Participants are not single-valued: one outlet naming two leaders and another naming three is an
omission, not a contradiction, so participants only ever agree (on the people every source names).
Places agree when they are the same (corroborated) or one lies inside the other (compatible: a
palace lies in its city, the city in its country); two places the registry knows, neither of which
contains the other, contradict; a place the registry lacks relates to nothing known, so nothing is
said about it.
"""

from __future__ import annotations

from collections.abc import Mapping

from crosscheck import plugins
from crosscheck.compare import make_finding
from crosscheck.events.claims import PARTICIPANTS_FACET, PLACE_FACET
from crosscheck.events.normalize import places_compatible
from crosscheck.model import ClaimGroup, Document, Finding, FindingKind
from crosscheck.names.registry import registry_for


@plugins.comparer(PARTICIPANTS_FACET)
def compare_participants(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report the participants every source of an event names (an agreement when two or more do)."""
    if len(group.doc_ids) < 2:
        return []
    sets = [set(filter(None, c.value.split("+"))) for c in group.claims]
    if not any(sets):
        return []  # an incident: no participants to compare
    common = set.intersection(*sets)
    registry = registry_for()
    names = ", ".join(sorted(registry.label(i) or i for i in common)) or "no one in common"
    return [
        make_finding(
            FindingKind.AGREEMENT,
            "corroborated",
            group.claims,
            docs,
            f"{len(group.doc_ids)} documents describe {group.label}; all name {names}",
        )
    ]


@plugins.comparer(PLACE_FACET)
def compare_places(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Compare where the sources place one event: the same, nested, unrelated, or unknown.

    The same place is ``corroborated``; places one inside another (a venue in its city in its
    country) are ``compatible``; two places the registry knows, neither inside the other, are a
    ``contradiction``; a place the registry lacks has no known country, so how it relates to
    another is unknown and nothing is reported about the two (a small town may well lie where the
    other outlet says).
    """
    if len(group.doc_ids) < 2:
        return []
    registry = registry_for()
    values = sorted({c.value for c in group.claims})
    relations = [
        places_compatible(a, b, registry) for i, a in enumerate(values) for b in values[i + 1 :]
    ]
    names = ", ".join(registry.label(v) or v for v in values)
    if False in relations:
        # Frames placed in two firm places neither inside the other are aligned only when the same
        # people meet on the same day (events.normalize), so this is a contradiction about one event.
        a, b = next(
            (a, b)
            for i, a in enumerate(values)
            for b in values[i + 1 :]
            if places_compatible(a, b, registry) is False
        )
        return [
            make_finding(
                FindingKind.DISCREPANCY,
                "contradiction",
                group.claims,
                docs,
                f"documents place {group.label} differently: {registry.label(a) or a} vs "
                f"{registry.label(b) or b}",
            )
        ]
    if None in relations:
        return []  # a place the registry lacks: neither agreement nor contradiction is known
    category = "corroborated" if len(values) == 1 else "compatible"
    how = "in the same place" if len(values) == 1 else "in nested places"
    return [
        make_finding(
            FindingKind.AGREEMENT,
            category,
            group.claims,
            docs,
            f"{len(group.doc_ids)} documents place {group.label} {how}: {names}",
        )
    ]
