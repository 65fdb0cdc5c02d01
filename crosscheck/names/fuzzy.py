"""Fuzzy name similarity, the last resort: RapidFuzz over name keys, and only inside blocks.

Two names are compared only when they share a block (a key part's first letters), so the work stays
linear in the number of names. A score at or above ``FUZZY_MERGE_SCORE`` links a name to an entity
(recorded as tier ``fuzzy`` with its score); a score between ``POSSIBLE_VARIANT_SCORE`` and that is
reported as a possible variant and never merged.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence

from attrs import frozen
from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from crosscheck.names.keys import name_key
from crosscheck.names.registry import Registry

# At 96 and above two keys differ by about one character in twenty-five: a typo or a dropped letter
# in a full name ("Hiroshi Tanaka" / "Hiroshi Tanakah" scores 96.6, "Hiroshi Tanaka" / "Hiroshi
# Tanka" 96.3). Short Korean names one letter apart can be different names ("Park Min-gon" /
# "Park Min-gun", 95.7; "Kim Jin-woo" / "Kim Jin-soo", 94.1): they stay below it, as possible
# variants for a reader to decide.
FUZZY_MERGE_SCORE = 96.0
# From 85 up a pair is close enough that a reader should look; below it, names that merely share a
# family name and one syllable start to match ("Lee Sang-myung" / "Lee Sang-myun" is 84.6, a clipped
# name, but "Kim Jin-woo" / "Kim Min-soo" is 35.3).
POSSIBLE_VARIANT_SCORE = 85.0
# Names share a block when a part of their keys starts with the same letters.
BLOCK_PREFIX = 3
# A block larger than this (a very common family name) is skipped rather than compared pairwise:
# its members still match by key, only the fuzzy tier is given up for them.
MAX_BLOCK_SIZE = 200
# An unknown acronym is a possible slip for a known one this many edits away (a transposition
# counts as one edit: "ASB" for "ABS").
ACRONYM_MAX_EDITS = 1
# Words before an acronym that give its context ("the broadcaster ABS"), and how many of them two
# occurrences must share for the slip to be reported (an edit-close acronym alone is too weak).
CONTEXT_WORDS = 4
CONTEXT_MIN_SHARED = 1
# Shorter context words ("the", "a", "of") say nothing about the thing named.
CONTEXT_MIN_WORD_LENGTH = 4


@frozen
class NameMatch:
    """How two names compare: the tier that links them and its score (100 for exact tiers)."""

    tier: str  # "key" | "fuzzy" | "possible" | "none"
    score: float


def similarity(a: str, b: str) -> float:
    """Return the RapidFuzz similarity (0-100) of two names' keys; symmetric in ``a`` and ``b``."""
    key_a, key_b = name_key(a), name_key(b)
    if key_a == key_b:
        return 100.0
    return float(fuzz.ratio(key_a, key_b))


def compare_names(a: str, b: str) -> NameMatch:
    """Return the tier at which two names match, with the score.

    Args:
        a: one name as written.
        b: the other.

    Returns:
        ``key`` when the transliteration keys are equal, ``fuzzy`` at or above
        ``FUZZY_MERGE_SCORE``, ``possible`` at or above ``POSSIBLE_VARIANT_SCORE``, else ``none``.
        The result does not depend on the order of ``a`` and ``b``.
    """
    key_a, key_b = name_key(a), name_key(b)
    if key_a and key_a == key_b:
        return NameMatch("key", 100.0)
    score = round(float(fuzz.ratio(key_a, key_b)), 1)
    if score >= FUZZY_MERGE_SCORE:
        return NameMatch("fuzzy", score)
    if score >= POSSIBLE_VARIANT_SCORE:
        return NameMatch("possible", score)
    return NameMatch("none", score)


def block_keys(name: str) -> frozenset[str]:
    """Return the blocks a name falls in: the first letters of each part of its key."""
    return frozenset(part[:BLOCK_PREFIX] for part in name_key(name).split() if part)


def blocked_pairs(names: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Yield each pair of indices (i < j) of ``names`` that share a block, once.

    Blocks over ``MAX_BLOCK_SIZE`` are skipped, so the work is linear in ``len(names)``.
    """
    blocks: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        for block in sorted(block_keys(name)):
            blocks.setdefault(block, []).append(i)
    seen: set[tuple[int, int]] = set()
    for block in sorted(blocks):
        members = blocks[block]
        if len(members) > MAX_BLOCK_SIZE:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                pair = (min(i, j), max(i, j))
                if pair[0] != pair[1] and pair not in seen:
                    seen.add(pair)
                    yield pair


@functools.lru_cache(maxsize=8)
def _registry_blocks(registry: Registry, kind: str) -> Mapping[str, tuple[tuple[str, str], ...]]:
    blocks: dict[str, list[tuple[str, str]]] = {}
    for entity in registry.entities:
        if entity.kind != kind:
            continue
        for name in (entity.label, *entity.aliases):
            for block in block_keys(name):
                blocks.setdefault(block, []).append((entity.id, name))
    return {b: tuple(sorted(set(v))) for b, v in blocks.items()}


def registry_candidates(name: str, registry: Registry, kind: str) -> Iterable[tuple[str, str]]:
    """Return the (id, name) pairs of registry entities of ``kind`` sharing a block with ``name``."""
    blocks = _registry_blocks(registry, kind)
    seen: set[tuple[str, str]] = set()
    for block in sorted(block_keys(name)):
        members = blocks.get(block, ())
        if len(members) > MAX_BLOCK_SIZE:
            continue
        seen.update(members)
    return sorted(seen)


def best_registry_match(name: str, registry: Registry, kind: str) -> tuple[str, float] | None:
    """Return the registry entity of ``kind`` most similar to ``name`` and the score, or None.

    Only names in ``name``'s blocks are scored; ties go to the smaller id, so the result is stable.
    """
    best: tuple[float, str] | None = None
    for entity_id, other in registry_candidates(name, registry, kind):
        score = round(similarity(name, other), 1)
        if best is None or score > best[0] or (score == best[0] and entity_id < best[1]):
            best = (score, entity_id)
    return (best[1], best[0]) if best is not None else None


def deletion_keys(word: str) -> set[str]:
    """Return ``word`` and every string one character shorter: two words within one edit share one."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def acronym_distance(a: str, b: str) -> int:
    """Return the Damerau-Levenshtein distance of two acronyms (a transposition is one edit)."""
    return int(DamerauLevenshtein.distance(a, b))


def acronym_score(a: str, b: str) -> float:
    """Return the similarity (0-100) of two acronyms, transpositions counting as one edit."""
    return round(float(DamerauLevenshtein.normalized_similarity(a, b)) * 100, 1)


def context_words(text: str, start: int) -> frozenset[str]:
    """Return the content words just before ``start`` (lower case): what an acronym is called."""
    window = text[max(0, start - 80) : start]
    words = [w.strip(".,;:'\u2019\"“”()").lower() for w in window.replace("-", " ").split()]
    content = [w for w in words if len(w) >= CONTEXT_MIN_WORD_LENGTH and w.isalpha()]
    return frozenset(content[-CONTEXT_WORDS:])
