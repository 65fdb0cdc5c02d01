"""Load the quantity word lists (``crosscheck/data/quantities_en.toml``) once."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from attrs import frozen

from crosscheck._data import load_toml

DATA_FILE = "quantities_en.toml"


@frozen
class Lexicon:
    """The word lists, keyed by lower-case word or phrase."""

    comparators: dict[str, str]
    postfix_comparators: dict[str, str]
    currencies: dict[str, str]
    currency_suffixes: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, tuple[Fraction, Fraction]]
    time_units: dict[str, tuple[str, int]]
    percent_words: dict[str, str]
    anchor_prepositions: dict[str, str]
    relative_years: dict[str, int]
    superlatives: dict[str, str]
    irregular_plurals: dict[str, str]
    deal_verbs: dict[str, str]
    # Amount verbs ("reach", "stand at") mapped to their class; see the data file.
    amount_verbs: dict[str, str]
    # Which way a share moved ("jump" -> rise, "lower" -> fall); see the data file.
    change_directions: dict[str, str]
    noun_synonyms: dict[str, str]
    # Nouns of line-shaped things whose length is one fact of a story, mapped to their key.
    length_nouns: dict[str, str]
    # A verb and its object's head that say what one verb says ("make trip" -> travel).
    verb_phrases: dict[str, str]
    lists: dict[str, frozenset[str]]
    # The longest phrase (in words) of each phrase table, so lookups stay bounded.
    max_phrase_words: int
    # Words a quantity can start with (besides numbers and possessives): the scanner skips others.
    triggers: frozenset[str]

    def words(self, name: str) -> frozenset[str]:
        """Return one of the ``[lists]`` word lists."""
        return self.lists[name]


def read_raw() -> dict[str, Any]:
    """Return the data file as parsed TOML (read once, cached)."""
    return load_toml(DATA_FILE)


@functools.cache
def lexicon() -> Lexicon:
    """Return the shipped word lists, read on first use."""
    raw = read_raw()
    phrase_tables = (
        "comparators",
        "postfix_comparators",
        "vague",
        "percent_words",
        "relative_years",
    )
    longest = max(len(k.split()) for t in phrase_tables for k in raw[t])
    return Lexicon(
        comparators=dict(raw["comparators"]),
        postfix_comparators=dict(raw["postfix_comparators"]),
        currencies=dict(raw["currencies"]),
        currency_suffixes={k: int(v) for k, v in raw["currency_suffixes"].items()},
        numbers={k: int(v) for k, v in raw["numbers"].items()},
        ordinals={k: int(v) for k, v in raw["ordinals"].items()},
        scales={k: int(v) for k, v in raw["scales"].items()},
        vague={k: (Fraction(v[0]), Fraction(v[1])) for k, v in raw["vague"].items()},
        time_units={k: (str(v[0]), int(v[1])) for k, v in raw["time_units"].items()},
        percent_words=dict(raw["percent_words"]),
        anchor_prepositions=dict(raw["anchor_prepositions"]),
        relative_years={k: int(v) for k, v in raw["relative_years"].items()},
        superlatives=dict(raw["superlatives"]),
        irregular_plurals=dict(raw["irregular_plurals"]),
        deal_verbs=dict(raw["deal_verbs"]),
        amount_verbs=dict(raw["amount_verbs"]),
        change_directions=dict(raw["change_directions"]),
        noun_synonyms=dict(raw["noun_synonyms"]),
        length_nouns=dict(raw["length_nouns"]),
        verb_phrases=dict(raw["verb_phrases"]),
        lists={k: frozenset(v) for k, v in raw["lists"].items()},
        max_phrase_words=longest,
        triggers=frozenset(
            {k.split()[0] for t in ("comparators", "vague") for k in raw[t]}
            | set(raw["numbers"])
            | set(raw["ordinals"])
            | {k for k in raw["currencies"] if not k.isalpha()}
            | {"a", "an", "between", "from"}
        ),
    )


def ordinal_words() -> Mapping[str, int]:
    """Return the ordinal words the library reads, lower-case, with their values ("third": 3)."""
    return lexicon().ordinals
