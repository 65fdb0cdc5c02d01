"""The shared union-find: a grouping and its representatives never depend on the order of joins."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crosscheck._disjoint import DisjointSets

pairs = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=60)


def _grouping(joins: list[tuple[int, int]], rank=None) -> dict[int, list[int]]:
    sets = DisjointSets[int](rank=rank)
    for a, b in joins:
        sets.union(a, b)
    return sets.groups(range(31))


@given(pairs, st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_the_order_of_joins(joins, rnd) -> None:
    shuffled = [(b, a) if rnd.random() < 0.5 else (a, b) for a, b in joins]
    rnd.shuffle(shuffled)
    assert _grouping(joins) == _grouping(shuffled)


@given(pairs)
def test_the_representative_is_the_least_member_by_rank(joins) -> None:
    for rank in (None, lambda x: -x, lambda x: (x % 2, x)):
        for root, members in _grouping(joins, rank).items():
            assert root == min(members, key=rank)


@given(pairs)
def test_groups_are_the_connected_components_of_the_joins(joins) -> None:
    # A plain search over the join graph is the reference.
    neighbours: dict[int, set[int]] = {i: set() for i in range(31)}
    for a, b in joins:
        neighbours[a].add(b)
        neighbours[b].add(a)
    seen: set[int] = set()
    components = []
    for start in range(31):
        if start in seen:
            continue
        stack, component = [start], set()
        while stack:
            x = stack.pop()
            if x not in component:
                component.add(x)
                stack.extend(neighbours[x] - component)
        seen |= component
        components.append(sorted(component))
    assert sorted(_grouping(joins).values()) == sorted(components)


def test_union_says_whether_two_sets_were_joined() -> None:
    sets = DisjointSets[str]()
    assert sets.union("kessler", "kesler") is True
    assert sets.union("kesler", "kessler") is False
    assert sets.find("kessler") == "kesler"  # the lesser of the two
    assert sets.find("unjoined") == "unjoined"
