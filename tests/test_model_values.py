"""The frozen value types: mapping fields immutable and order-free, claim details typed; all hashable."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.events.claims import EventDetails
from crosscheck.model import (
    NO_DETAILS,
    Claim,
    Details,
    Document,
    FrozenMap,
    Granularity,
    MetaSource,
    TimeKind,
)
from crosscheck.names.claims import NameDetails, RoleDetails
from crosscheck.quantities.claims import QuantityDetails
from crosscheck.quantities.quantity import Kind, Strength
from crosscheck.serialize import from_data, to_data
from crosscheck.statements.claims import StatementDetails
from crosscheck.time.claims import DateDetails

_days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def _claim(details: Details = NO_DETAILS) -> Claim:
    return Claim(
        doc_id="a.txt",
        facet="event.date",
        subject="event:summit",
        value="2023-08-18",
        written="Aug. 18",
        evidence=(),
        details=details,
    )


@given(
    st.builds(
        DateDetails,
        kind=st.sampled_from(TimeKind),
        granularity=st.sampled_from(Granularity),
        clause=st.text(max_size=20),
        anchored=st.booleans(),
        earliest=st.none() | _days,
        latest=st.none() | _days,
        candidates=st.lists(st.text(max_size=5), max_size=3).map(tuple),
        trigger_start=st.none() | st.integers(0, 10**6),
        participants=st.lists(st.text(max_size=5), max_size=3).map(tuple),
    )
)
def test_typed_details_read_back_as_the_same_value_and_type(details: DateDetails) -> None:
    claim = _claim(details)
    back = from_data(to_data(claim), Claim)
    assert back == claim and type(back.details) is DateDetails
    assert hash(back) == hash(claim)


@pytest.mark.parametrize(
    "details",
    [
        NO_DETAILS,
        QuantityDetails(
            kind=Kind.MONEY,
            strength=Strength.WEAK,
            low=Fraction(1, 3),
            high=None,
            low_open=False,
            high_open=True,
            comparator="gt",
            noun="loan",
            noun_written="loans",
            base_year=1971,
        ),
        NameDetails(tier="fuzzy", score=97.5, context=("broadcaster",)),
        RoleDetails(construction="title", role="president", organization="country:kr"),
        StatementDetails(statement="s0", fragment=True, speaker_start=4),
        EventDetails(group="meeting", triggers=(3, 40), participants=("person:a", "person:b")),
    ],
)
def test_every_details_family_reads_back_typed_and_json_names_it(details: Details) -> None:
    claim = _claim(details)
    data = to_data(claim)
    assert data["details"]["type"] == details.tag
    assert from_data(json.loads(json.dumps(data)), Claim) == claim


def test_booleans_and_numbers_in_details_are_json_booleans_and_numbers() -> None:
    data = to_data(_claim(StatementDetails(statement="s0", fragment=True, speaker_start=4)))
    assert data["details"] == {
        "type": "statement",
        "statement": "s0",
        "fragment": True,
        "speaker_start": 4,
    }


def test_unknown_details_type_is_a_clear_error() -> None:
    data = to_data(_claim())
    data["details"] = {"type": "no-such-family"}
    with pytest.raises(ValueError, match=r"Details @ \$\.details"):
        from_data(data, Claim)


def test_frozen_values_cannot_be_changed_through_their_mappings() -> None:
    doc = Document(
        id="a.txt", path="a.txt", text="Text.", sources={"published": MetaSource.MANIFEST}
    )
    claim = _claim(NameDetails(tier="exact"))
    assert isinstance(doc.sources, FrozenMap)
    with pytest.raises(TypeError):
        doc.sources["new"] = "value"  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        claim.details.tier = "fuzzy"  # type: ignore[misc]
    assert {doc, claim} == {doc, claim}  # hashable: usable in sets and as keys
