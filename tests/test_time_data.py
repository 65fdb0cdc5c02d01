"""The time and date-claim word lists stay well formed: sorted, unique, lowercase, consistent."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent.parent / "crosscheck" / "data"
FILES = ["time_en.toml", "date_claims_en.toml"]


def load(name: str) -> dict[str, Any]:
    with (DATA / name).open("rb") as f:
        return tomllib.load(f)


def walk(node: Any, path: str) -> list[tuple[str, Any]]:
    out = [(path, node)]
    if isinstance(node, dict):
        for key, child in node.items():
            out.extend(walk(child, f"{path}.{key}"))
    return out


@pytest.mark.parametrize("name", FILES)
def test_tables_and_lists_are_sorted_unique_and_lowercase(name: str) -> None:
    for path, node in walk(load(name), name)[1:]:  # sections keep their reading order
        if isinstance(node, dict):
            keys = list(node)
            assert keys == sorted(keys), path
            assert all(k == k.lower() for k in keys), path
        elif isinstance(node, list):
            assert node == sorted(set(node)), path
            assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in node), path


def test_calendar_words_are_consistent() -> None:
    d = load("time_en.toml")
    assert sorted(set(d["month"].values())) == list(range(1, 13))
    assert set(d["month_abbreviation"].values()) <= set(range(1, 13))
    assert sorted(d["weekday"].values()) == list(range(1, 8))
    assert set(d["season"].values()) == {"SP", "SU", "FA", "WI"}
    assert set(d["part_of_day"].values()) <= {"MO", "AF", "EV", "NI", "DT"}
    assert all(re.fullmatch(r"[+-](0\d|1[0-4]):[0-5]\d", v) for v in d["time_zone"].values())
    assert all(re.fullmatch(r"[2-9]?T?[A-Z]{1,2}", v) for v in d["unit"].values())
    assert set(d["reference"].values()) <= {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert all(-7 <= v["days"] <= 7 for v in d["relative_day"].values())
    assert set(d["words"]["month_needs_cue"]) <= set(d["month"])


def test_claim_words_map_to_lowercase_lemmas() -> None:
    d = load("date_claims_en.toml")
    assert all(re.fullmatch(r"[a-z-]+", v) for v in d["event_trigger"].values())
    # Reporting verbs come from the statements lexicon (reporting_verbs.toml): one list for all.
    assert "reporting_verb" not in d
