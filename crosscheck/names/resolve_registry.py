"""Sort out registry matches: drop aliases inside longer names, decide ambiguous ones, read capitals."""

from __future__ import annotations

import itertools
from collections import Counter

from crosscheck.model import Resolution
from crosscheck.names.matcher import Hit, is_acronym
from crosscheck.names.metonymy import government_reading, metonyms
from crosscheck.names.people import PeopleFinder
from crosscheck.names.registry import Registry
from crosscheck.names.resolve_candidates import _REGISTRY, _Cand
from crosscheck.names.text import TokenIndex, is_acronym_word, is_name_word, strip_possessive

# Capitalised phrases of this many words are tried against the registry's name keys.
KEY_WINDOW_MIN, KEY_WINDOW_MAX = 2, 4

# Kinds whose names also modify other names and keep their reading inside a longer one: "Seoul
# National University" is in Seoul, "South Korean Foreign Ministry" is South Korea's.
PLACE_KINDS = frozenset({"city", "country", "place", "region"})


def _registry_cand(hit: Hit) -> _Cand:
    if len(hit.ids) == 1:
        return _Cand(hit.start, hit.end, _REGISTRY, hit.ids[0], Resolution.REGISTRY)
    return _Cand(hit.start, hit.end, _REGISTRY, None, Resolution.REGISTRY, ids=hit.ids)


def _key_windows(
    text: str, index: TokenIndex, registry: Registry, exact: set[tuple[int, int]]
) -> list[_Cand]:
    """Return capitalised phrases whose key is a registry name's key, longest per start word."""
    cands: list[_Cand] = []
    tokens = index.tokens
    for i in range(len(tokens)):
        for size in range(KEY_WINDOW_MAX, KEY_WINDOW_MIN - 1, -1):
            window = tokens[i : i + size]
            if len(window) < size or not all(is_name_word(t.text) for t in window):
                continue
            if any(text[a.end : b.start] != " " for a, b in itertools.pairwise(window)):
                continue
            if any(strip_possessive(t.text) != t.text for t in window[:-1]):
                continue
            start = window[0].start
            end = window[-1].start + len(strip_possessive(window[-1].text))
            if (start, end) in exact:
                break  # the registry matched this phrase as written
            ids = registry.resolve_key(text[start:end])
            if len(ids) == 1:
                cands.append(_Cand(start, end, _REGISTRY, ids[0], Resolution.KEY))
                break
    return cands


def _decide_ambiguous(registry: Registry, chosen: list[_Cand]) -> None:
    present = Counter(c.entity_id for c in chosen if c.entity_id and not c.ids)
    countries = Counter(
        c.entity_id for c in chosen if c.entity_id and registry.kind(c.entity_id) == "country"
    )
    for cand in chosen:
        if not cand.ids:
            continue
        named = [i for i in cand.ids if present[i]]
        if len(named) == 1:
            cand.entity_id = named[0]
            continue
        scores = {i: countries[_country(registry, i)] for i in cand.ids}
        top = max(scores.values(), default=0)
        winners = [i for i, s in scores.items() if s == top]
        if top > 0 and len(winners) == 1:
            cand.entity_id = winners[0]
        else:
            cand.entity_id = None
            cand.resolution = Resolution.UNRESOLVED


def _country(registry: Registry, entity_id: str) -> str:
    entity = registry.find(entity_id)
    return entity.country or "" if entity is not None else ""


def _inside_longer_name(
    text: str, index: TokenIndex, finder: PeopleFinder, cand: _Cand, registry: Registry
) -> bool:
    """Return True if a registry alias is only part of a longer capitalised name.

    "Democrats" in "the Social Democrats" or "Union" in "Civic Union" is another name; an acronym,
    a place (a modifier: "Seoul National University") or a whole phrase is not. Titles, stop words
    and possessives end a name ("President Lee", "In June", "Japan's Democratic Party").
    """
    ids = cand.ids or ((cand.entity_id,) if cand.entity_id else ())
    if any(registry.kind(i) in PLACE_KINDS for i in ids):
        return False
    written = text[cand.start : cand.end]
    if is_acronym(written) or index.in_headline(cand.start):
        return False
    tokens = index.tokens
    i = index.at(cand.start)
    if i > 0 and tokens[i - 1].end > cand.start:
        # The alias starts inside a word: "Social-Democrats".
        return tokens[i - 1].text[:1].isupper()
    if (
        i > 0
        and text[tokens[i - 1].end : cand.start] == " "
        and finder.is_name_token(i - 1)
        and strip_possessive(tokens[i - 1].text) == tokens[i - 1].text
    ):
        return True
    j = index.at(cand.end)
    if text[cand.end : cand.end + 1] in ("'", "\u2019"):
        return False  # a possessive ends the name
    return (
        j < len(tokens)
        and text[cand.end : tokens[j].start] == " "
        and finder.is_name_token(j)
        and not is_acronym_word(tokens[j].text)
    )


def _read_seats(text: str, registry: Registry, chosen: list[_Cand]) -> None:
    """Resolve capitals named as governments ("Helsinki said") to the government."""
    lex = metonyms()
    starts = {c.start: c.end for c in chosen if c.entity_id is not None}
    for cand in chosen:
        if cand.entity_id not in lex.seats or cand.resolution is not Resolution.REGISTRY:
            continue
        if government_reading(text, cand.start, cand.end, starts):
            entity = registry.find(cand.entity_id)
            government = lex.governments.get(cand.entity_id) or (entity.country if entity else None)
            if government is not None:
                cand.entity_id = government
