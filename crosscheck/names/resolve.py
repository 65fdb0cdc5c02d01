"""Resolve a document's names to entities, tier by tier, and return its mentions.

Tiers, from most to least certain, each claiming only text no earlier tier claimed:

1. aliases the document defines ("Green Party (GP) of Canada") and their later uses, and parties
   it declares ("the Civic Union party", "Civic Union, the ruling party") wherever it names them;
2. registry aliases, matched in one pass by the automaton; an alias of anything but a place that is
   only part of a longer run of capitalised words ("Democrats" in "the Social Democrats") is
   another name, not the alias, and is dropped;
3. people found by title, appositive or name shape, resolved by transliteration key to the
   registry, else by fuzzy score at or above ``FUZZY_MERGE_SCORE``, else to a key-derived id;
4. capitalised phrases whose key equals a registry name's key ("Korea Joong-ang Daily"),
   competing with tier 2 by length;
5. aliases introduced as "X, also known as Y" / "which <Country> calls Y", then short references to
   people ("Kang", "Mr. Kang", "the president");
6. acronyms nothing resolved, kept as unresolved mentions (the in-document consistency check reads
   them).

An ambiguous registry alias is decided by the document's other mentions; if they do not decide it,
the mention stays unresolved. A capital named as a city ("in Helsinki") stays the city; named as a
government ("Helsinki said") it resolves to the government (``crosscheck.names.metonymy``).
"""

from __future__ import annotations

from crosscheck.model import Document, Mention, Resolution
from crosscheck.names.aliases import find_definitions
from crosscheck.names.people import PeopleFinder
from crosscheck.names.registry import Registry
from crosscheck.names.resolve_aliases import (
    _alias_hits,
    _declared_parties,
    _defined,
    _late_definitions,
)
from crosscheck.names.resolve_candidates import (
    _ACRONYM,
    _LATE_ALIAS,
    _PERSON,
    _TEXT_ALIAS,
    _Cand,
    _Claims,
)
from crosscheck.names.resolve_people import _person, _references
from crosscheck.names.resolve_registry import (
    _decide_ambiguous,
    _inside_longer_name,
    _key_windows,
    _read_seats,
    _registry_cand,
)
from crosscheck.names.text import TokenIndex, is_acronym_word


def resolve_mentions(document: Document, registry: Registry) -> list[Mention]:
    """Return the mentions of ``document`` resolved against ``registry``, in text order.

    Args:
        document: the article.
        registry: the shipped registry, extended by the corpus's own entries.

    Returns:
        One Mention per name found, sorted by offset; unresolved ones have ``entity_id`` None.
    """
    text = document.text
    if not text:
        return []
    index = TokenIndex(text)
    claims = _Claims(len(text))
    definitions = find_definitions(text, index)
    finder = PeopleFinder(text, index)

    # --- tiers 1-2 and 4: defined aliases, their uses, registry aliases and keys ---
    defined, aliases = _defined(text, registry, definitions)
    for name, alias in _declared_parties(text, index, finder).items():
        if not registry.resolve(name):
            aliases.setdefault(name, alias)
    stage: list[_Cand] = [*defined, *_alias_hits(text, aliases, _TEXT_ALIAS)]
    hits = registry.matcher.find(text)
    found = [_registry_cand(hit) for hit in hits]
    # Phrases whose key matches a registry name compete with the hits, longest first: "Korea
    # Joong-ang Daily" (by key) beats "Korea" (by alias) inside it.
    found.extend(_key_windows(text, index, registry, {(h.start, h.end) for h in hits}))
    stage.extend(c for c in found if not _inside_longer_name(text, index, finder, c, registry))
    claims.take_all(stage)

    # --- tier 3: people by title, appositive, shape ---
    people = [
        _person(registry, s, e, text[s:e], _PERSON) for s, e in finder.full_names(claims.free)
    ]
    claims.take_all(people)

    # --- tier 5: "also known as" / "calls", then short references to people ---
    late = _late_definitions(text, registry, definitions, claims)
    claims.take_all(_alias_hits(text, late, _LATE_ALIAS))
    _references(text, registry, finder, claims)

    # --- tier 6: acronyms nothing resolved ---
    for tok in index.tokens:
        if is_acronym_word(tok.text) and claims.free(tok.start, tok.end):
            claims.take(_Cand(tok.start, tok.end, _ACRONYM, None, Resolution.UNRESOLVED))

    _decide_ambiguous(registry, claims.chosen)
    _read_seats(text, registry, claims.chosen)
    mentions = []
    for c in sorted(claims.chosen, key=lambda c: (c.start, c.end)):
        evidence = document.span(*c.evidence) if c.evidence is not None else None
        mentions.append(
            Mention(
                span=document.span(c.start, c.end),
                text=text[c.start : c.end],
                entity_id=c.entity_id,
                resolution=c.resolution,
                score=c.score,
                evidence=evidence,
            )
        )
    return mentions
