"""Build the transliteration-aware key under which spellings of one name compare equal.

The key ignores case, diacritics, apostrophes, hyphens and the order of the name's parts, and maps
romanisation variants of Korean names (the tables in ``crosscheck/data/names/romanization.toml``)
to one form:

>>> name_key("Choi Suk-min") == name_key("Choi Suk Min") == name_key("Choe Seok-min")
True
>>> name_key("Kim Keon-woo") == name_key("Kim Gun-woo")
True
>>> name_key("Tanaka Hiroshi") == name_key("Hiroshi Tanaka")
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping

from attrs import frozen

from crosscheck._data import load_toml

ROMANIZATION_FILE = "names/romanization.toml"
SPELLING_FILE = "names/spelling.toml"
# A silent final letter is dropped only from a word at least this long once dropped ("Cook").
MIN_SILENT_STEM = 4
# No romanised given name is longer than this; the bound keeps the syllable splitter's work per
# token constant and leaves long words (which are not names) alone.
MAX_SEGMENT_LENGTH = 24
# Applying the tables to their own output must not change it (the key is idempotent). One more
# pass settles every spelling in practice; the bound stops a badly edited table from looping.
MAX_PASSES = 4
# Names with more parts than this are not person names; their key is built from the first ones.
MAX_NAME_TOKENS = 6

# Dashes that join name parts ("Suk-yeol" written with U+2010) and quote marks used as apostrophes.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")
_APOSTROPHES = dict.fromkeys(map(ord, "\u2019\u2018\u02bc\u0060\u00b4"), "'")
_POSSESSIVE = re.compile(r"'s?\s*\Z")
_INITIAL = re.compile(r"\A[^\W\d_]\.?\Z")  # "J." or "J": a lone letter is an initial
# Anything that is not a letter, digit, hyphen, apostrophe or period separates two name parts.
_PART = re.compile(r"[\w'.-]+")


@frozen
class Romanization:
    """The variant tables: whole-token family names, given-name syllables and the inventory."""

    family: Mapping[str, str]
    syllable: Mapping[str, str]
    inventory: frozenset[str]
    suffixes: frozenset[str]
    longest: int


def _invert(groups: Mapping[str, list[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, variants in groups.items():
        table[canonical] = canonical
        for variant in variants:
            table.setdefault(variant, canonical)
    return table


@functools.cache
def romanization() -> Romanization:
    """Return the romanisation tables, read once from the data file."""
    data = load_toml(ROMANIZATION_FILE)
    family = _invert(data.get("family", {}))
    syllable = _invert(data.get("syllable", {}))
    inventory = frozenset(data.get("syllables", [])) | frozenset(syllable)
    longest = max((len(s) for s in inventory), default=1)
    suffixes = frozenset(data.get("suffixes", []))
    return Romanization(family, syllable, inventory, suffixes, longest)


def _fold_once(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def ascii_fold(text: str) -> str:
    """Return ``text`` without case, diacritics or compatibility forms ("Sŏk" -> "sok").

    Args:
        text: any text.

    Returns:
        The folded text; folding it again changes nothing.
    """
    once = _fold_once(text.translate(_DASHES).translate(_APOSTROPHES))
    # Case folding can produce characters that decompose further ("ǅ"), and decomposing can produce
    # apostrophes ("ŉ" is U+02BC + "n"); a second pass and a second translation settle them.
    return _fold_once(once).translate(_DASHES).translate(_APOSTROPHES)


def segment(part: str) -> list[str] | None:
    """Split a lower-case name part wholly into known syllables, or return None.

    Prefers the longest syllable at each position, so the split is deterministic.
    """
    table = romanization()
    n = len(part)
    if n == 0 or n > MAX_SEGMENT_LENGTH:
        return None
    # rest[i] is the split of part[i:], filled from the end: linear in len(part) * longest.
    rest: list[list[str] | None] = [None] * (n + 1)
    rest[n] = []
    for i in range(n - 1, -1, -1):
        for length in range(min(table.longest, n - i), 0, -1):
            piece = part[i : i + length]
            tail = rest[i + length]
            if tail is not None and piece in table.inventory:
                rest[i] = [piece, *tail]
                break
    return rest[0]


def _one_pass(parts: list[str]) -> str:
    table = romanization()
    joined = "".join(parts)
    if joined in table.family:
        return table.family[joined]
    mapped: list[str] = []
    for part in parts:
        syllables = segment(part)
        if syllables is None:
            return joined  # not wholly romanised Korean: leave the token alone ("parker")
        mapped.extend(table.syllable.get(s, s) for s in syllables)
    return "".join(mapped)


@functools.lru_cache(maxsize=65536)
def canon_token(token: str) -> str:
    """Return the canonical form of one folded name token ("gun-woo" -> "geonu").

    Hyphens mark syllable boundaries on the first pass and are dropped from the result.
    """
    parts = [p for p in token.split("-") if p]
    out = _one_pass(parts)
    for _ in range(MAX_PASSES):
        again = _one_pass([out])
        if again == out:
            break
        out = again
    return out


def name_tokens(name: str) -> list[str]:
    """Return the folded parts of a name: no possessive, initials, suffixes or punctuation.

    Hyphenated parts stay one token ("suk-yeol"); periods and apostrophes are dropped.
    """
    text = _POSSESSIVE.sub("", ascii_fold(name).strip())
    raw = _PART.findall(text)
    if len(raw) > 1:
        # "John F. Kennedy" and "John Kennedy" are one name: a lone initial adds nothing to the key.
        raw = [w for w in raw if not _INITIAL.match(w)] or raw
    tokens: list[str] = []
    for word in raw[:MAX_NAME_TOKENS]:
        bare = word.replace("'", "").replace(".", "").replace("_", "")
        bare = "-".join(p for p in bare.split("-") if p)
        if bare:
            tokens.append(bare)
    # "Joseph Biden Jr" is Joseph Biden; in a two-part name the part is a name ("Ii Naosuke").
    if len(tokens) >= 3 and tokens[-1] in romanization().suffixes:
        tokens.pop()
    return tokens


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Return the transliteration-aware key of a name.

    Spellings that differ in case, diacritics, hyphens and spaces inside the given name, family-name
    order or a listed romanisation variant get the same key. With three or more parts the first is
    taken as the family name and the rest as one given name ("Choi Suk Min" = "Choi Suk-min").

    Args:
        name: a name as written ("Kim Gun-woo", "Rhee Syng-man", "Hiroshi Tanaka").

    Returns:
        Lower-case canonical parts sorted and joined by single spaces; "" for a text with no name
        part. ``name_key(name_key(x)) == name_key(x)`` for every string.
    """
    tokens = name_tokens(name)
    if len(tokens) >= 3:
        tokens = [tokens[0], "-".join(tokens[1:])]
    return " ".join(sorted(canon_token(t) for t in tokens))


GIVEN_NAMES_FILE = "names/given_names.toml"
PERSON_WORDS_FILE = "names/person_words.toml"
_VOWELS = frozenset("aeiouy")


@functools.cache
def _silent_endings() -> tuple[frozenset[str], frozenset[str]]:
    """Return the final letters that spell no sound after a consonant ("Clark" / "Clarke"), and
    the given names that keep them: "Louise" is no spelling of "Louis" but another name."""
    endings = frozenset(load_toml(SPELLING_FILE).get("final", {}).get("silent", []))
    forms = {f for group in load_toml(GIVEN_NAMES_FILE).get("forms", []) for f in group}
    forms.update(load_toml(PERSON_WORDS_FILE).get("given_names", []))
    return endings, frozenset(f.lower() for f in forms)


@functools.cache
def _spellings() -> tuple[Mapping[str, str], int]:
    """Return the spelling table (written sequence -> canonical) and its longest sequence."""
    table: dict[str, str] = {}
    for canonical, spellings in load_toml(SPELLING_FILE).get("sequences", {}).items():
        for written in (*spellings, canonical):
            table.setdefault(written, canonical)
    return table, max((len(w) for w in table), default=1)


def silent_stem(token: str) -> str:
    """Return a lower-case name word without a final letter that spells no sound after a
    consonant ("raite" -> "rait", "clarke" -> "clark"; ``[final]`` of spelling.toml). A short word
    ("gore") and a given name the given-name files list ("louise") keep it."""
    endings, given = _silent_endings()
    if (
        len(token) > MIN_SILENT_STEM
        and token[-1] in endings
        and token[-2] not in _VOWELS
        and token not in given
    ):
        return token[:-1]
    return token


def _spelt(token: str) -> str:
    table, longest = _spellings()
    token = silent_stem(token)
    out: list[str] = []
    i = 0
    while i < len(token):
        for length in range(min(longest, len(token) - i), 0, -1):
            piece = token[i : i + length]
            if piece in table:
                out.append(table[piece])
                i += length
                break
        else:
            out.append(token[i])
            i += 1
    folded = "".join(out)
    # a doubled letter counts once: "Mattsson" / "Matson"
    return "".join(c for j, c in enumerate(folded) if j == 0 or folded[j - 1] != c)


@functools.lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """Return a name's key with the letters that spell one sound folded together.

    Two names with one spelling key ("Priya Lindqvist", "Priya Lindquist") are one name spelt two
    ways (``crosscheck/data/names/spelling.toml``); the key is only ever compared, never shown.

    Args:
        name: a name as written.

    Returns:
        The folded key; equal name keys give equal spelling keys.
    """
    return " ".join(sorted(_spelt(t) for t in name_key(name).split()))
