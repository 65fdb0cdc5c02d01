"""Disjoint sets (union-find): the one grouping structure every identity decision uses.

Names, speakers, quotes and their translation variants are grouped by joining pairs found
compatible; each of those passes used to carry its own few lines of union-find. One class keeps
the rule they share in one place: the representative of a set is its least member by ``rank``,
so a grouping never depends on the order in which pairs were joined (a requirement of
byte-identical output whatever the input order).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    """Union-find over hashable items, with path compression.

    An item never joined is its own set. The representative of a set is its least member by
    ``rank`` (the item itself by default): joining two sets keeps the lesser representative, so
    the representative is the least member whatever the order of the joins.

    >>> sets = DisjointSets[str]()
    >>> sets.union("b", "c"), sets.union("c", "a"), sets.union("a", "b")
    (True, True, False)
    >>> sets.find("c")
    'a'
    >>> sets.groups(["a", "b", "c", "d"])
    {'a': ['a', 'b', 'c'], 'd': ['d']}
    """

    def __init__(self, rank: Callable[[T], Any] | None = None) -> None:
        self._parent: dict[T, T] = {}
        self._rank = rank

    def find(self, x: T) -> T:
        """Return the representative of the set holding ``x``."""
        parent = self._parent
        root = x
        while (up := parent.get(root, root)) != root:
            root = up
        while (up := parent.get(x, x)) != root:
            parent[x], x = root, up
        return root

    def union(self, a: T, b: T) -> bool:
        """Join the sets of ``a`` and ``b``; return False when they were one set already."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._rank is None:
            keep, drop = (ra, rb) if ra < rb else (rb, ra)  # type: ignore[operator]
        else:
            keep, drop = (ra, rb) if self._rank(ra) < self._rank(rb) else (rb, ra)
        self._parent[drop] = keep
        return True

    def groups(self, items: Iterable[T]) -> dict[T, list[T]]:
        """Return the sets of ``items`` by representative, members in the order given."""
        out: dict[T, list[T]] = {}
        for x in items:
            out.setdefault(self.find(x), []).append(x)
        return out
