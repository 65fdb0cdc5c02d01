"""Given names: whether two written given names may be one person's, or are firmly two people's.

People the registry lacks are keyed by surname (outlets spell a full name differently but end it
alike), so "Alan Baker" and "Brenda Baker" share a key. Their given names tell them apart, but
only firmly: outlets write one person's given name in forms that share no letter ("Bill" for
"William", "Peggy" for "Margaret"), which the familiar forms of ``data/names/given_names.toml``
join, and transliterate foreign ones ("Yury" / "Yuri"), which the spelling band joins. A name the
file lacks is never firmly another's: the file cannot hold every nickname of every language.
"""

from __future__ import annotations

import functools

from crosscheck._data import load_toml
from crosscheck.names.fuzzy import POSSIBLE_VARIANT_SCORE, similarity

GIVEN_NAMES_FILE = "names/given_names.toml"


@functools.cache
def _lists() -> dict[str, frozenset[int]]:
    """Return, for each familiar form, the indexes of the lists holding it."""
    out: dict[str, set[int]] = {}
    for i, forms in enumerate(load_toml(GIVEN_NAMES_FILE).get("forms", [])):
        for form in forms:
            out.setdefault(form, set()).add(i)
    return {form: frozenset(found) for form, found in out.items()}


@functools.lru_cache(maxsize=4096)
def same_given_name(a: str, b: str) -> bool:
    """Return whether two given names (lower-case parts joined by spaces) may be one person's.

    A part of one begins a part of the other ("ed" / "edwin", a middle name beside it), a list of
    familiar forms holds a part of each ("bill" / "william"), or the two are within the names
    layer's possible-variant band ("jon" / "john").
    """
    mine, theirs = a.split(), b.split()
    if any(x.startswith(y) or y.startswith(x) for x in mine for y in theirs):
        return True
    lists = _lists()
    if any(lists.get(x, frozenset()) & lists.get(y, frozenset()) for x in mine for y in theirs):
        return True
    return similarity(a, b) >= POSSIBLE_VARIANT_SCORE


def other_given_name(a: str, b: str) -> bool:
    """Return whether two given names are firmly two people's: not one person's by
    ``same_given_name``, and every part of both is a form the file lists ("margaret" /
    "dorothy"). A part the file lacks says nothing ("brenda" / "alan")."""
    lists = _lists()
    parts = a.split() + b.split()
    return bool(parts) and all(p in lists for p in parts) and not same_given_name(a, b)
