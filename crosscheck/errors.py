"""Typed exceptions. Each also inherits the nearest built-in so callers can catch either.

Messages say what was expected and what was found, and name the file (and line) where there is one.
"""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base class of every error crosscheck raises on purpose."""


class InputError(CrosscheckError, ValueError):
    """An input file cannot be read or parsed. ``path`` and ``line`` say where."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {reason}")


class ManifestError(InputError):
    """The corpus manifest (``crosscheck.toml``) is malformed."""


class BaselineError(CrosscheckError, ValueError):
    """The baseline file is unreadable or corrupt; the gate must not pass on it."""


class UsageError(CrosscheckError, ValueError):
    """The caller asked for something that cannot be done (bad option, no input at all)."""


class MetadataValueError(CrosscheckError, ValueError):
    """A metadata value (a date, a date order) cannot be read; the field is left empty."""


class ModelError(CrosscheckError, LookupError):
    """The spaCy pipeline asked for is not installed or is not an English pipeline."""
