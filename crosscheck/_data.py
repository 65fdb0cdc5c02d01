"""Read the shipped TOML data files (``crosscheck/data/``) once: the one loader every capability uses."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from importlib import resources
from typing import Any

from crosscheck.errors import InputError

DATA_PACKAGE = "crosscheck"


@functools.cache
def load_toml(relative: str) -> dict[str, Any]:
    """Return the parsed TOML file at ``crosscheck/data/<relative>``.

    Raises:
        InputError: if the file is not valid TOML (a broken shipped or user-edited data file).
    """
    path = resources.files(DATA_PACKAGE).joinpath("data", *relative.split("/"))
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"crosscheck/data/{relative}", f"invalid TOML: {exc}") from exc


def data_files(folder: str) -> list[str]:
    """Return the relative paths of the ``*.toml`` files in a data folder, sorted by name."""
    root = resources.files(DATA_PACKAGE).joinpath("data", *folder.split("/"))
    names = sorted(p.name for p in root.iterdir() if p.name.endswith(".toml"))
    return [f"{folder}/{name}" for name in names]


def data_text(relative: str) -> str:
    """Return the text of ``crosscheck/data/<relative>`` (for tests that check a file's layout)."""
    return resources.files(DATA_PACKAGE).joinpath("data", *relative.split("/")).read_text("utf-8")


def trie_alternation(forms: Iterable[str]) -> str:
    """Return a non-capturing regex matching any of ``forms`` exactly, the longest where several match.

    The one trie builder for the lexicons in ``crosscheck/data/``. The forms are merged into a
    character trie ("prime minister" and "primate" share "prim"), so hundreds of phrases match in one
    pass, each letter tried once, and a word that ends inside a longer one is an optional tail tried
    after the longer ("prime minister" before "prime"). Literals only, so matching cannot backtrack
    far. A space in a form matches any run of whitespace. Case is the caller's: spell out the forms
    wanted, or compile with ``re.IGNORECASE`` and pass them lower-cased. No forms: a pattern that never
    matches.
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for ch in " ".join(form.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")" if trie else r"(?!)"


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
