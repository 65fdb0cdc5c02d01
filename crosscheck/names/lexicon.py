"""The role vocabulary (``crosscheck/data/names/roles.toml``), loaded once and compiled."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from attrs import frozen

from crosscheck._data import load_toml

ROLES_FILE = "names/roles.toml"
STOPWORDS_FILE = "names/stopwords.toml"


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    # Longest first: Python's alternation takes the first alternative that matches, so
    # "prime minister" must come before "minister". Literals only, so matching cannot backtrack.
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or r"(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@frozen
class Lexicon:
    """Role words and the patterns built from them."""

    roles: Mapping[str, str]  # written (lower case) -> normalised role
    verbs: Mapping[str, str]
    qualifiers: Mapping[str, str]
    honorifics: frozenset[str]
    past_markers: frozenset[str]
    copulas: tuple[str, ...]
    past_verbs: frozenset[str]
    prepositions: frozenset[str]
    exclusive: frozenset[str]
    national: frozenset[str]  # exclusive roles that are a country's offices
    referring: frozenset[str]
    stopwords: frozenset[str]  # capitalised words that are never part of a name
    role_pattern: re.Pattern[str]
    qualifier_pattern: re.Pattern[str]
    referring_pattern: re.Pattern[str]

    def role(self, written: str) -> str | None:
        """Return the normalised role for a role phrase as written, or None."""
        return self.roles.get(" ".join(written.lower().split()))

    def is_stopword(self, word: str) -> bool:
        """Return True for a capitalised word that is never part of a name ("In", "Monday")."""
        return word.lower() in self.stopwords

    def qualifier(self, written: str) -> str | None:
        """Return the normalised qualifier for a phrase as written ("main opposition"), or None."""
        return self.qualifiers.get(" ".join(written.lower().split()))


@functools.cache
def lexicon() -> Lexicon:
    """Return the role vocabulary, read and compiled once."""
    data = load_toml(ROLES_FILE)
    roles: dict[str, str] = dict(data.get("roles", {}))
    qualifiers: dict[str, str] = dict(data.get("qualifiers", {}))
    referring = frozenset(data.get("referring", {}).get("roles", []))
    referring_written = [w for w, r in roles.items() if r in referring]
    return Lexicon(
        roles=roles,
        verbs=dict(data.get("verbs", {})),
        qualifiers=qualifiers,
        honorifics=frozenset(data.get("honorifics", [])),
        past_markers=frozenset(data.get("past_markers", [])),
        copulas=tuple(data.get("copulas", [])),
        past_verbs=frozenset(data.get("past_verbs", [])),
        prepositions=frozenset(data.get("role_prepositions", [])),
        exclusive=frozenset(data.get("exclusive", {}).get("roles", [])),
        national=frozenset(data.get("national", {}).get("roles", [])),
        referring=referring,
        stopwords=frozenset(load_toml(STOPWORDS_FILE).get("words", [])),
        role_pattern=_alternation(roles),
        qualifier_pattern=_alternation(qualifiers),
        referring_pattern=_alternation(referring_written),
    )
