"""Read the shipped TOML data files (``crosscheck/data/``) once: the one loader every capability uses."""

from __future__ import annotations

import functools
import tomllib
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
