"""The frozen value types: their mapping fields are immutable, order-free and hashable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import Claim, Document, FrozenMap, MetaSource
from crosscheck.serialize import from_data, to_data

_pairs = st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=8), max_size=6)


def _claim(details: dict[str, str]) -> Claim:
    return Claim(
        doc_id="a.txt",
        facet="event.date",
        subject="event:summit",
        value="2023-08-18",
        written="Aug. 18",
        evidence=(),
        details=details,
    )


@given(_pairs, st.randoms())
def test_a_claim_is_the_same_value_whatever_order_its_details_were_filled(
    details: dict[str, str], rnd: object
) -> None:
    items = list(details.items())
    rnd.shuffle(items)  # type: ignore[attr-defined]
    a, b = _claim(details), _claim(dict(items))
    assert a == b and hash(a) == hash(b)
    assert list(a.details) == sorted(details)
    assert from_data(to_data(a), Claim) == a


def test_frozen_values_cannot_be_changed_through_their_mappings() -> None:
    doc = Document(
        id="a.txt", path="a.txt", text="Text.", sources={"published": MetaSource.MANIFEST}
    )
    claim = _claim({"tier": "exact"})
    for mapping in (doc.sources, claim.details):
        assert isinstance(mapping, FrozenMap)
        with pytest.raises(TypeError):
            mapping["new"] = "value"  # type: ignore[index]
    assert {doc, claim} == {doc, claim}  # hashable: usable in sets and as keys
    assert claim.details == {"tier": "exact"}
