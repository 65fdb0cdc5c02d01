"""Resolve the aliases a document defines ("Green Party (GP)", "also known as") and the parties it declares."""

from __future__ import annotations

import re

from crosscheck.model import Resolution
from crosscheck.names.aliases import Definition
from crosscheck.names.keys import ascii_fold
from crosscheck.names.matcher import AliasMatcher, fold
from crosscheck.names.people import PeopleFinder
from crosscheck.names.registry import Registry, local_id
from crosscheck.names.resolve_candidates import _DEFINED, _Alias, _Cand, _Claims
from crosscheck.names.text import TokenIndex, strip_possessive

# "<Country> calls them X" refers to a thing named at most this many characters before.
ANTECEDENT_WINDOW = 400
# Words this long carry a name's content ("north", "atlantic"); shorter ones ("of", "the") do not.
CONTENT_WORD_MIN = 4
# Kinds that "calls them X" cannot refer back to: the caller, a speaker, a source.
_NOT_ANTECEDENT = frozenset({"country", "person", "outlet"})
# Kinds that can "call" something a name ("<Country> calls them ...").
_NAMERS = frozenset({"country", "organization", "party", "person", "outlet"})

# A document declares a party by writing "<Name> party" or "<Name>, the <words> party": at most
# this many capitalised words of name and this many words of description.
MAX_PARTY_WORDS, MAX_PARTY_DESCRIPTION = 4, 3
_PARTY_AFTER = re.compile(r"[ \t]+party\b")
_PARTY_APPOSITIVE = re.compile(r",[ \t]+(?:the|a)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}party\b")
_PARTY_BEFORE = re.compile(r"\bparty[ \t]+\Z")


def _content_words(*names: str) -> set[str]:
    return {w for n in names for w in fold(n).split() if len(w) >= CONTENT_WORD_MIN}


def _resolve_name(
    registry: Registry, name: str, alias: str = ""
) -> tuple[str, Resolution, tuple[str, ...]]:
    ids = registry.resolve(name)
    if len(ids) == 1:
        return ids[0], Resolution.REGISTRY, ()
    if len(ids) > 1:
        # "Liberal Party (LP)": the abbreviation may pick one of the full name's entities.
        narrowed = sorted(set(ids) & set(registry.resolve(alias))) if alias else []
        if len(narrowed) == 1:
            return narrowed[0], Resolution.REGISTRY, ()
        return ids[0], Resolution.REGISTRY, ids
    ids = registry.resolve_key(name)
    if len(ids) == 1:
        return ids[0], Resolution.KEY, ()
    if alias:
        # "North Atlantic Alliance (NATO)": the abbreviation is known and the full name shares
        # words with its names. "Assembly of Parliaments (AP)" shares none with the outlet AP.
        ids = registry.resolve(alias)
        if len(ids) == 1 and _content_words(name) & _content_words(*registry.names_of(ids[0])):
            return ids[0], Resolution.REGISTRY, ()
    kind = "party" if "party" in name.lower().split() else "organization"
    return local_id(kind, name), Resolution.KEY, ()


def _defined(
    text: str, registry: Registry, definitions: list[Definition]
) -> tuple[list[_Cand], dict[str, _Alias]]:
    cands: list[_Cand] = []
    aliases: dict[str, _Alias] = {}
    for d in definitions:
        if d.shape not in ("abbreviation", "expansion"):
            continue
        base = text[d.target_start : d.target_end]
        entity_id, resolution, ids = _resolve_name(registry, d.target, d.alias)
        if resolution is Resolution.KEY and d.target != " ".join(base.split()):
            # "X (ABBR) of Country" not known as a whole: try the name before the parenthesis.
            short = base.split("(")[0].strip()
            alt_id, alt_res, alt_ids = _resolve_name(registry, short, d.alias)
            if alt_res is not Resolution.KEY:
                entity_id, resolution, ids = alt_id, alt_res, alt_ids
        cands.append(_Cand(d.target_start, d.target_end, _DEFINED, entity_id, resolution, ids=ids))
        if d.shape == "expansion":
            cands.append(
                _Cand(
                    d.alias_start,
                    d.alias_end,
                    _DEFINED,
                    entity_id,
                    Resolution.TEXT_ALIAS,
                    evidence=(d.start, d.end),
                    ids=ids,
                )
            )
        aliases.setdefault(d.alias, _Alias(entity_id, (d.start, d.end), ids))
    return cands, aliases


def _alias_hits(text: str, aliases: dict[str, _Alias], priority: int) -> list[_Cand]:
    if not aliases:
        return []
    matcher = AliasMatcher({alias: [a.entity_id] for alias, a in aliases.items()})
    cands = []
    for hit in matcher.find(text):
        a = aliases[hit.alias]
        cands.append(
            _Cand(
                hit.start,
                hit.end,
                priority,
                a.entity_id,
                Resolution.TEXT_ALIAS,
                evidence=a.evidence,
                ids=a.ids,
            )
        )
    return cands


def _late_definitions(
    text: str, registry: Registry, definitions: list[Definition], claims: _Claims
) -> dict[str, _Alias]:
    aliases: dict[str, _Alias] = {}
    for d in definitions:
        if d.shape not in ("aka", "calls"):
            continue
        if d.shape == "calls":
            namer = claims.covering(d.by_start, d.by_end)
            if namer is None or namer.entity_id is None:
                continue
            if registry.kind(namer.entity_id) not in _NAMERS:
                continue
        if d.target_start >= 0:
            target = claims.covering(d.target_start, d.target_end)
            if target is not None and target.entity_id is not None:
                entity_id = target.entity_id
            else:
                entity_id = _resolve_name(registry, d.target)[0]
        else:
            before = [
                c
                for c in claims.chosen
                if c.end <= d.start
                and d.start - c.end <= ANTECEDENT_WINDOW
                and c.entity_id
                and registry.kind(c.entity_id) not in _NOT_ANTECEDENT
            ]
            if not before:
                continue
            entity_id = str(max(before, key=lambda c: c.end).entity_id)
        aliases.setdefault(d.alias, _Alias(entity_id, (d.start, d.end)))
    return aliases


def _declared_parties(text: str, index: TokenIndex, finder: PeopleFinder) -> dict[str, _Alias]:
    """Return the names the document calls parties: "<Name> party", "<Name>, the ruling party",
    "the opposition party <Name>"."""
    declared: dict[str, _Alias] = {}
    for run in finder.runs():
        if finder.words(run) > MAX_PARTY_WORDS:
            continue
        first, last = index.tokens[run[0]], index.tokens[run[-1]]
        end = last.start + len(strip_possessive(last.text))
        name = text[first.start : end]
        words = [ascii_fold(w) for w in name.split()]
        if index.in_headline(first.start) or set(words) & finder.lex.occasion_words:
            continue
        if end != last.end or "party" in words:
            continue  # "Lee's party" is the party of Lee
        after = _PARTY_AFTER.match(text, end) or _PARTY_APPOSITIVE.match(text, end)
        before = _PARTY_BEFORE.search(text, max(0, first.start - 12), first.start)
        if after is None and before is None:
            continue
        evidence = (first.start, after.end() if after else end)
        if before is not None:
            evidence = (before.start(), end)
        declared.setdefault(name, _Alias(local_id("party", name), evidence))
    return declared
