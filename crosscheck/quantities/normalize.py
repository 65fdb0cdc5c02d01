"""Normalise quantity keys after the names: an owner merged into another id is that id in the key.

A quantity's subject key names its owner and recipient by entity id
(``quantity:home|verb=destroy|agent=person:~lindqvist-priya``), fixed when the document was read.
The name normaliser may then decide that two ids are one entity ("Priya Lindqvist" / "Priya
Lindquist", a fuzzy or spelling merge) and record it on the name's claims (``Claim.merge``); this
stage carries that decision into the keys that embed the merged id, so the two outlets' figures
meet, and records it on the quantity claim too, so a finding on them shows the identity decision.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from attrs import evolve

from crosscheck import plugins
from crosscheck.model import Claim, Corpus, Facet, Merge
from crosscheck.quantities.claims import QuantityDetails

__all__ = ["owner_note", "unify_owners"]

_FACETS = frozenset({Facet.QUANTITY, Facet.PERIOD})
# Key parts that hold an entity id: the owner ("agent", also in the details' ``agent``) and the
# recipient ("to", the details' ``recipient``).
_ID_PARTS = ("agent", "to")


def _merges(claims: Sequence[Claim]) -> dict[str, Merge]:
    """Return, for every id the name normaliser merged away, the decision and the id it became."""
    found: dict[str, Merge] = {}
    for c in claims:
        m = c.merge
        if m is not None and c.facet not in _FACETS and c.subject != m.merged_from:
            # the decision, with the id it became as ``merged_from``'s target (the claim's subject)
            found.setdefault(m.merged_from, evolve(m, merged_from=c.subject))
    return found


def _rekeyed(claim: Claim, merges: Mapping[str, Merge]) -> Claim:
    parts = claim.subject.split("|")
    details = claim.details
    decision: Merge | None = None
    for n, part in enumerate(parts):
        name, eq, value = part.partition("=")
        if not eq or name not in _ID_PARTS or value not in merges:
            continue
        merge = merges[value]
        parts[n] = f"{name}={merge.merged_from}"
        if isinstance(details, QuantityDetails):
            if name == "agent":
                details = evolve(details, agent=merge.merged_from)
            else:
                details = evolve(details, recipient=merge.merged_from)
        decision = decision or merge
    if decision is None:
        return claim
    # The quantity's own record: its key before, and the tier and score of the name decision.
    record = Merge(merged_from=claim.subject, tier=decision.tier, score=decision.score)
    return evolve(claim, subject="|".join(parts), details=details, merge=record)


@plugins.normalizer("quantities")
def unify_owners(claims: Sequence[Claim], corpus: Corpus) -> list[Claim]:
    """Rewrite the owner and recipient ids in quantity keys that the name normaliser merged."""
    merges = _merges(claims)
    if not merges:
        return list(claims)
    return [_rekeyed(c, merges) if c.facet in _FACETS else c for c in claims]


def owner_note(claims: Sequence[Claim]) -> str:
    """Return the identity decisions that joined the claims' owners, for an explanation ("" if
    none): "owner person:~a merged from person:~b by spelling score 93.3"."""
    notes = set()
    for c in claims:
        m = c.merge
        if m is None:
            continue
        before = dict(p.partition("=")[::2] for p in m.merged_from.split("|")[1:])
        after = dict(p.partition("=")[::2] for p in c.subject.split("|")[1:])
        for part in sorted(_ID_PARTS):
            old, new = before.get(part), after.get(part)
            if old and new and old != new:
                notes.add(f"{new} merged from {old} by {m.tier} score {m.score:g}")
    return "; ".join(sorted(notes))
