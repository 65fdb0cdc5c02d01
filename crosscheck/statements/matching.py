"""Decide when two quotes are the same statement: block by shared word shingles, confirm with
RapidFuzz. Shared by the statement normaliser and comparers."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from crosscheck._disjoint import DisjointSets
from crosscheck.model import Opcode
from crosscheck.statements.lexicon import lexicon
from crosscheck.statements.text import word_keys

# Quotes of fewer words are fragments ("not incompatible", "fabricated"): two outlets quoting the
# same two words need not quote the same statement, so fragments only ever match the identical
# words from the same speaker, and never make a speaker contradiction.
MIN_MATCH_WORDS = 4
# fuzz.ratio (0-100, normalised Indel similarity of the folded texts) at or above which two quotes
# are one statement worded differently. 85 keeps a changed or dropped word in a ten-word quote
# (about 90) and a changed tense ("must" vs "should", about 88 in a sentence) but leaves out two
# different sentences that share a phrase (typically 50-70).
QUOTE_MATCH_RATIO = 85.0
# A shorter quote whose words all appear in a longer one (fuzz.token_set_ratio at or above this)
# is the same statement quoted in part ...
SUBSET_MATCH_RATIO = 95.0
# ... provided it has at least this many words; shorter subsets are common phrases, not quotes.
MIN_SUBSET_WORDS = 6
# Word n-grams used as block keys: a quote is compared only with quotes sharing one.
SHINGLE_WORDS = 3
# A shingle found in more quotes than this is boilerplate ("the united states and"), not
# evidence of a shared quote; dropping it keeps each quote's comparisons bounded, so the whole
# stage stays linear in the number of quotes.
MAX_BLOCK_SIZE = 50
# Translation variants (one remark of one speaker, translated twice) share content words rather
# than wording: quotes of the same speaker are one statement when they share at least this many
# content-word stems ...
VARIANT_MIN_SHARED = 4
# ... and more than this share of the stems of both together (two remarks of one speaker on one
# story share its names and a few words, about 0.2-0.5 on ECB+; two renderings of one remark
# share most, 0.55 and more).
VARIANT_MIN_SHARE = 0.5
# Content words compare by their first characters (a crude stem: "provocations" meets
# "provocation", "tolerated" meets "tolerate").
STEM_CHARS = 5
# Hex digits of the statement subject hash: short to read, long enough never to collide here.
SUBJECT_HEX_DIGITS = 12


def shingles(value: str, language: str = "en") -> set[str]:
    """Return the block keys of a folded quote: its content-word 3-grams (or fewer when short)."""
    lex = lexicon(language)
    words = value.split()
    content = [w for w in words if not lex.has("stopwords", w)] or words
    if len(content) < SHINGLE_WORDS:
        return {" ".join(content)} if content else {value}
    return {
        " ".join(content[i : i + SHINGLE_WORDS]) for i in range(len(content) - SHINGLE_WORDS + 1)
    }


def same_quote(a: str, b: str) -> bool:
    """Return whether two folded quotes are one statement (symmetric in a and b)."""
    if a == b:
        return True
    if fuzz.ratio(a, b) >= QUOTE_MATCH_RATIO:
        return True
    shorter = min(len(a.split()), len(b.split()))
    return shorter >= MIN_SUBSET_WORDS and fuzz.token_set_ratio(a, b) >= SUBSET_MATCH_RATIO


def is_fragment(value: str) -> bool:
    """Return whether a folded quote is too short to match other quotes fuzzily."""
    return len(value.split()) < MIN_MATCH_WORDS


def statement_subject(value: str, speaker_key: str | None = None) -> str:
    """Return the subject key of a statement: a short hash of its folded text.

    Fragments hash with their speaker, so that the same two words from two speakers stay apart.
    """
    payload = value if speaker_key is None else f"{value}|{speaker_key}"
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    return "statement:" + digest[:SUBJECT_HEX_DIGITS]


def word_opcodes(a: str, b: str) -> tuple[Opcode, ...]:
    """Return the word-level edit operations from text ``a`` to text ``b``.

    Indices count the whitespace-separated words of the texts as written; words compare folded
    (case and punctuation ignored), as RapidFuzz's difflib-compatible ``Levenshtein.opcodes``
    give them.

    >>> [o.tag for o in word_opcodes("We must act now.", "we should act now")]
    ['equal', 'replace', 'equal']
    """
    ops = Levenshtein.opcodes(word_keys(a), word_keys(b))
    return tuple(Opcode(o.tag, o.src_start, o.src_end, o.dest_start, o.dest_end) for o in ops)


def content_stems(value: str, language: str = "en") -> frozenset[str]:
    """Return the content words of a folded quote, cut to ``STEM_CHARS`` characters so that
    inflected forms meet ("provocation"/"provocations", "tolerate"/"tolerated")."""
    lex = lexicon(language)
    return frozenset(w[:STEM_CHARS] for w in value.split() if not lex.has("stopwords", w))


def translation_variants(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return whether two quotes of one speaker share enough content words to be one remark
    worded differently (two translations of it): at least ``VARIANT_MIN_SHARED`` stems, and
    ``VARIANT_MIN_SHARE`` of the stems of the two together."""
    shared = len(a & b)
    return shared >= VARIANT_MIN_SHARED and shared > VARIANT_MIN_SHARE * len(a | b)


def clusters(values: Iterable[str], language: str = "en") -> dict[str, str]:
    """Group folded quotes into statements: map each value to its cluster's representative.

    Candidates come from an inverted index of shingles (blocks larger than ``MAX_BLOCK_SIZE``
    skipped) and are confirmed with :func:`same_quote`; the representative is the smallest value
    of the cluster, so the result does not depend on input order.

    >>> c = clusters(["we must act now on this", "we must act now on it", "an unrelated remark"])
    >>> c["we must act now on this"] == c["we must act now on it"]
    True
    """
    items = sorted(set(values))
    quotes = DisjointSets[int]()
    index: dict[str, list[int]] = {}
    keys = [shingles(v, language) for v in items]
    for i, ks in enumerate(keys):
        for k in ks:
            index.setdefault(k, []).append(i)
    for i, ks in enumerate(keys):
        seen: set[int] = set()
        for k in sorted(ks):
            block = index[k]
            if len(block) > MAX_BLOCK_SIZE:
                continue
            for j in block:
                if j > i and j not in seen:
                    seen.add(j)
                    if quotes.find(i) != quotes.find(j) and same_quote(items[i], items[j]):
                        quotes.union(i, j)
    return {v: items[quotes.find(i)] for i, v in enumerate(items)}
