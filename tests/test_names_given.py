"""Given names: one person's in familiar forms, firmly two people's only when both are listed."""

from __future__ import annotations

import pytest

from crosscheck._data import load_toml
from crosscheck.names.given import GIVEN_NAMES_FILE, other_given_name, same_given_name

CASES = [
    # (a, b, may be one person's, firmly two people's)
    ("william", "bill", True, False),  # a familiar form the file lists
    ("margaret", "peggy", True, False),
    ("ed", "edwin", True, False),  # one begins the other
    ("jon", "john", True, False),  # the spelling band
    ("jonathon", "jonathan", True, False),  # a spelling the band holds
    ("sergei", "sergey", False, False),  # a transliteration the band misses: never firm
    ("mary ann", "ann", True, False),  # a part of each
    ("thomas", "peter", False, True),  # both listed, never together
    ("margaret", "dorothy", False, True),
    ("brenda", "alan", False, False),  # "brenda" is not listed: nothing firm
    ("ingrid", "solveig", False, False),  # neither listed
    ("thomas peter", "dorothy", False, True),  # every part listed
    ("thomas ingrid", "dorothy", False, False),  # a part not listed
]


@pytest.mark.parametrize(("a", "b", "same", "other"), CASES)
def test_given_names_compared(a: str, b: str, same: bool, other: bool) -> None:
    assert same_given_name(a, b) is same
    assert same_given_name(b, a) is same
    assert other_given_name(a, b) is other
    assert other_given_name(b, a) is other


def test_the_given_names_file_is_sorted_unique_and_lower_case() -> None:
    lists = load_toml(GIVEN_NAMES_FILE)["forms"]
    assert lists == sorted(lists, key=lambda forms: forms[0])
    assert len({tuple(forms) for forms in lists}) == len(lists)
    for forms in lists:
        assert len(forms) >= 2, forms
        assert forms == sorted(set(forms)), forms
        assert all(f == f.lower() and f.isalpha() for f in forms), forms
