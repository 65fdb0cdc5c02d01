"""Align: group claims that are about the same thing across documents.

Alignment is a group-by on the claim key (facet, subject), one pass over the claims. Anything smarter
(deciding that two differently worded events are one) happens before, in normalisation, by giving
both claims the same canonical subject; that keeps this stage linear and trivially parallel.
"""

from __future__ import annotations

from collections.abc import Iterable

from crosscheck.extract import claim_order
from crosscheck.model import Claim, ClaimGroup


def align(claims: Iterable[Claim]) -> list[ClaimGroup]:
    """Return the claims grouped by (facet, subject), groups and their claims in a stable order."""
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.key, []).append(claim)
    # Each key's list is let go of as its group is made: the lists and the group tuples of every
    # claim are not all held at once (docs/scale.md, "Memory of the calling process").
    return [
        ClaimGroup(facet, subject, tuple(sorted(groups.pop((facet, subject)), key=claim_order)))
        for facet, subject in sorted(groups)
    ]
