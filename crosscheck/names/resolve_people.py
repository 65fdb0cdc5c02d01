"""Resolve people's names against the registry and link the document's short references to them."""

from __future__ import annotations

from crosscheck.model import Resolution
from crosscheck.names.fuzzy import FUZZY_MERGE_SCORE, best_registry_match
from crosscheck.names.people import PeopleFinder
from crosscheck.names.registry import Registry, kind_of_id, local_id
from crosscheck.names.resolve_candidates import _REFERENCE, _Cand, _Claims


def _person(registry: Registry, start: int, end: int, name: str, priority: int) -> _Cand:
    ids = [i for i in registry.resolve_key(name) if registry.kind(i) == "person"]
    if len(ids) == 1:
        return _Cand(start, end, priority, ids[0], Resolution.KEY)
    best = best_registry_match(name, registry, "person")
    if best is not None and best[1] >= FUZZY_MERGE_SCORE:
        return _Cand(start, end, priority, best[0], Resolution.FUZZY, score=best[1])
    return _Cand(start, end, priority, local_id("person", name), Resolution.KEY)


def _references(text: str, registry: Registry, finder: PeopleFinder, claims: _Claims) -> None:
    persons = sorted(
        (c for c in claims.chosen if c.entity_id and registry.kind(c.entity_id) == "person"),
        key=lambda c: c.start,
    )
    full = [c for c in persons if len(text[c.start : c.end].split()) >= 2]
    refs, alone = finder.short_references([(c.start, c.end) for c in full], claims.free)
    for ref in refs:
        target = full[ref.target]
        claims.take(
            _Cand(
                ref.start,
                ref.end,
                _REFERENCE,
                target.entity_id,
                Resolution.TEXT_ALIAS,
                evidence=(target.start, target.end),
            )
        )
    for start, end in alone:
        claims.take(_person(registry, start, end, text[start:end], _REFERENCE))
    persons = sorted(
        (
            c
            for c in claims.chosen
            if (c.entity_id and kind_of_id(c.entity_id) == "person")
            or (c.entity_id and registry.kind(c.entity_id) == "person")
        ),
        key=lambda c: c.start,
    )
    titled: list[tuple[int, int, str]] = []
    owners: list[_Cand] = []
    for c in persons:
        title = finder.title_before(c.start)
        # "the president" refers to the one president named; not to a president-elect, nor to
        # one of several named under a plural title.
        if title is not None and title.role and not title.future and not title.plural:
            titled.append((title.start, c.end, title.role))
            owners.append(c)
    for start, end, n in finder.role_references(titled, claims.free):
        owner = owners[n]
        claims.take(
            _Cand(
                start,
                end,
                _REFERENCE,
                owner.entity_id,
                Resolution.TEXT_ALIAS,
                evidence=(titled[n][0], titled[n][1]),
            )
        )
