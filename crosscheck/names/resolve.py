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
   people ("Kang", "Mr. Kang", "the president"; resolution ``coreference``), then the model's
   entities that spell a person the document named (same key);
6. acronyms whose letters are the initials of exactly one institution named before them
   (``coreference``), then acronyms nothing resolved, kept as unresolved mentions (the
   in-document consistency check reads them).

An ambiguous registry alias is decided by the document's other mentions; if they do not decide it,
the mention stays unresolved. A capital named as a city ("in Helsinki") stays the city; named as a
government ("Helsinki said") it resolves to the government (``crosscheck.names.metonymy``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from attrs import define

from crosscheck.model import Document, Mention, Resolution
from crosscheck.names.aliases import Definition, find_definitions
from crosscheck.names.fuzzy import (
    FUZZY_MERGE_SCORE,
    POSSIBLE_VARIANT_SCORE,
    best_registry_match,
    compare_names,
)
from crosscheck.names.keys import ascii_fold
from crosscheck.names.matcher import AliasMatcher, Hit, fold, is_acronym
from crosscheck.names.metonymy import government_reading, metonyms
from crosscheck.names.people import PeopleFinder
from crosscheck.names.registry import MODEL_KINDS, Registry, kind_of_id, local_id, model_entity_id
from crosscheck.names.text import TokenIndex, is_acronym_word, is_name_word, pos_at
from crosscheck.nlp.layers import EXT_DOCUMENT
from crosscheck.nlp.quotes import nicknames_in_names

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Priorities: lower claims text first.
_DEFINED, _TEXT_ALIAS, _REGISTRY, _PERSON, _LATE_ALIAS, _REFERENCE, _ACRONYM = range(7)


@define
class _Cand:
    start: int
    end: int
    priority: int
    entity_id: str | None
    resolution: Resolution
    score: float | None = None
    evidence: tuple[int, int] | None = None
    ids: tuple[str, ...] = ()  # candidate ids of an ambiguous alias


@define
class _Alias:
    """What a text-defined alias stands for, where it was defined, and the candidates if the
    definition itself is ambiguous ("Liberal Party (LP)")."""

    entity_id: str
    evidence: tuple[int, int]
    ids: tuple[str, ...] = ()


class _Claims:
    """Which characters of the text are taken by a chosen mention."""

    def __init__(self, size: int) -> None:
        self._taken = bytearray(size + 1)
        self.chosen: list[_Cand] = []

    def free(self, start: int, end: int) -> bool:
        return start < end and not any(self._taken[start:end])

    def take(self, cand: _Cand) -> bool:
        if not self.free(cand.start, cand.end):
            return False
        self._taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        self.chosen.append(cand)
        return True

    def block(self, start: int, end: int) -> None:
        """Mark a span as no name at all, so no later tier takes it."""
        self._taken[start:end] = b"\x01" * (end - start)

    def take_all(self, cands: Iterable[_Cand]) -> None:
        for cand in sorted(cands, key=lambda c: (c.priority, c.start, -(c.end - c.start))):
            self.take(cand)

    def covering(self, start: int, end: int) -> _Cand | None:
        for cand in self.chosen:
            if cand.start <= start and end <= cand.end:
                return cand
        return None


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
# "<Name>, Norland's ruling party": the description has an owner's name instead of an article.
_OWNED_PARTY_APPOSITIVE = re.compile(
    r",[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}(?:'s|\u2019s)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,3}party\b"
)
# A name the text describes with a party's qualifier ([qualifiers] in roles.toml) written at most
# this many characters before it is a party: "Norland's ruling Harbour Alliance", "the main
# opposition Amber Union".
QUALIFIER_WINDOW = 30
_PARTY_BEFORE = re.compile(r"\bparty[ \t]+\Z")
# "the club Harbour Rovers", "the football club Harbour Rovers": the name is a team's.
_CLUB_BEFORE = re.compile(r"\b(?:the|a)[ \t]+(?:[a-z]+[ \t]+)?club[ \t]+\Z")


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


def _declared_parties(
    doc: Doc, text: str, index: TokenIndex, finder: PeopleFinder
) -> dict[str, _Alias]:
    """Return the names the document calls parties: "<Name> party", "<Name>, the ruling party",
    "<Name>, Norland's ruling party", "the opposition party <Name>", "the ruling <Name>"."""
    declared: dict[str, _Alias] = {}
    for run in finder.runs():
        if finder.words(run) > MAX_PARTY_WORDS:
            continue
        first, last = index.tokens[run[0]], index.tokens[run[-1]]
        end = last.bare_end
        name = text[first.start : end]
        words = [ascii_fold(w) for w in name.split()]
        if index.in_headline(first.start) or words[-1].lower() in finder.lex.occasion_words:
            continue
        if "party" in words:
            continue
        qualifier = _party_qualifier_before(doc, text, index, finder, run)
        if last.possessive:
            # "Lee's party" is the party of Lee; "the ruling Amber Union's candidate" is a party's.
            if qualifier is not None:
                declared.setdefault(name, _Alias(local_id("party", name), (qualifier, end)))
            continue
        after = (
            _PARTY_AFTER.match(text, end)
            or _PARTY_APPOSITIVE.match(text, end)
            or _OWNED_PARTY_APPOSITIVE.match(text, end)
        )
        before = _PARTY_BEFORE.search(text, max(0, first.start - 12), first.start)
        club = _CLUB_BEFORE.search(text, max(0, first.start - 12), first.start)
        if club is not None and after is None and before is None and qualifier is None:
            # "the club Harbour Rovers": a sports club, a team (not "the club's", a possessive)
            declared.setdefault(name, _Alias(local_id("team", name), (club.start(), end)))
            continue
        if after is not None:
            evidence = (first.start, after.end())
        elif before is not None:
            evidence = (before.start(), end)
        elif qualifier is not None:
            evidence = (qualifier, end)
        else:
            continue
        declared.setdefault(name, _Alias(local_id("party", name), evidence))
    return declared


def _party_qualifier_before(
    doc: Doc, text: str, index: TokenIndex, finder: PeopleFinder, run: list[int]
) -> int | None:
    """Return where a party's qualifier ("ruling", "main opposition") written right before the
    run of name words starts, unless a noun after the name takes the qualifier for itself ("the
    ruling Okoro family", "the opposition Amber Union leader")."""
    start = index.tokens[run[0]].start
    head = text[max(0, start - QUALIFIER_WINDOW) : start]
    found = None
    for m in finder.lex.qualifier_pattern.finditer(head):
        found = m
    if found is None or found.end() == len(head) or head[found.end() :].strip(" \t"):
        return None
    nxt = run[-1] + 1
    if nxt < len(index.tokens) and not index.tokens[run[-1]].possessive:
        word = index.tokens[nxt]
        joined = not text[index.tokens[run[-1]].end : word.start].strip(" \t")
        if joined and word.text.islower() and pos_at(doc, word.start) in _NOUN_TAGS:
            return None
    return start - len(head) + found.start()


# Parts of speech of a word that, after a name, makes the name its modifier.
_NOUN_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _possessive_organisations(
    text: str, index: TokenIndex, finder: PeopleFinder, registry: Registry
) -> list[_Cand]:
    """Return organisations whose name holds a possessive: "the Harbour Dockers' Union".

    A run of capitalised words ending in a possessive and followed, one space on, by a capitalised
    common noun of an organisation (``generic_org_nouns`` in roles.toml) that ends the name is one
    organisation's name, not a person ("Harbour Dockers") owning something. Not after a title
    ("Mayor Ines Okoro's Party" is hers) and not on a title-case line, where every word is
    capitalised.
    """
    tokens = index.tokens
    cands: list[_Cand] = []
    for run in finder.runs():
        first, last = tokens[run[0]], tokens[run[-1]]
        j = run[-1] + 1
        if not last.possessive or j >= len(tokens) or index.in_headline(first.start):
            continue
        word = tokens[j]
        if text[last.end : word.start] != " " or not is_name_word(word.bare):
            continue
        if ascii_fold(word.bare).lower() not in finder.lex.generic_org_nouns:
            continue
        if (
            j + 1 < len(tokens)
            and not word.clitic
            and text[word.end : tokens[j + 1].start] == " "
            and finder.is_name_token(j + 1)
        ):
            continue  # the name goes on ("... Union Congress"): not read here
        if finder.title_before(first.start) is not None:
            continue
        name = text[first.start : word.bare_end]
        entity_id, resolution, ids = _resolve_name(registry, name)
        cands.append(_Cand(first.start, word.bare_end, _REGISTRY, entity_id, resolution, ids=ids))
    return cands


# Kinds a definite common noun of an organisation ("the union") can stand for.
_DEFINITE_KINDS = frozenset({"organization", "team"})


def _definite_organisations(
    doc: Doc, index: TokenIndex, finder: PeopleFinder, claims: _Claims, registry: Registry
) -> None:
    """Resolve "the union", "the company" to the one organisation of that word the text names.

    A careful reader takes "the union" for the "Harbour Dockers' Union" named before it when the
    article names no other organisation whose name ends in "Union"; with two, or none before it,
    the noun stays no name. Only nouns of ``definite_org_nouns`` (roles.toml): "the party" or "the
    team" often stands for a name that lacks the word ("the Greens"). Resolution ``coreference``,
    the organisation's first naming before it as evidence.
    """
    text = doc.text
    named: dict[str, list[tuple[int, int, str]]] = {}
    for c in claims.chosen:
        if c.entity_id is None or c.priority == _REFERENCE:
            continue
        kind = registry.kind(c.entity_id) if c.entity_id in registry else kind_of_id(c.entity_id)
        if kind not in _DEFINITE_KINDS:
            continue
        words = text[c.start : c.end].split()
        if len(words) < 2:
            continue
        named.setdefault(ascii_fold(words[-1]).lower(), []).append((c.start, c.end, c.entity_id))
    for ent in doc.ents:
        # The model's organisations no tier resolved, with their stable corpus-local id.
        if ent.label_ != "ORG" or not claims.free(ent.start_char, ent.end_char):
            continue
        toks = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
        entity_id = model_entity_id(ent.label_, ent.text)
        if len(toks) < 2 or entity_id is None or not is_name_word(toks[-1].text):
            continue
        end = toks[-1].idx + len(toks[-1])
        named.setdefault(ascii_fold(toks[-1].text).lower(), []).append(
            (ent.start_char, end, entity_id)
        )
    if not named:
        return
    nouns = finder.lex.definite_org_nouns
    tokens = index.tokens
    for i in range(1, len(tokens)):
        tok = tokens[i]
        noun = tok.bare
        if noun not in nouns or tokens[i - 1].text.lower() != "the":
            continue
        if text[tokens[i - 1].end : tok.start] != " " or not claims.free(tok.start, tok.bare_end):
            continue
        if not tok.clitic and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            joined = text[tok.end : nxt.start] == " "
            if joined and nxt.text.islower() and pos_at(doc, nxt.start) in ("NOUN", "PROPN"):
                continue  # "the union leader": the noun only modifies another
        found = named.get(noun, [])
        if len({entity_id for _, _, entity_id in found}) != 1:
            continue
        before = sorted(f for f in found if f[1] <= tok.start)
        if not before:
            continue
        start, end, entity_id = before[0]
        claims.take(
            _Cand(
                tok.start,
                tok.bare_end,
                _REFERENCE,
                entity_id,
                Resolution.COREFERENCE,
                evidence=(start, end),
            )
        )


# Statistical entity labels that say a span is not a person: places and nationalities. Not ORG:
# the small English model labels many unfamiliar personal names ORG.
_NOT_PERSON = frozenset({"GPE", "LOC", "FAC", "NORP"})
_POSSESSIVE_END = ("'s", "\u2019s", "'", "\u2019")


def _model_entities(doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return the character spans of the model's PERSON entities and of its non-person ones."""
    persons: list[tuple[int, int]] = []
    others: list[tuple[int, int]] = []
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        if ent.label_ == "PERSON":
            written = doc.text[start:end]
            for tail in _POSSESSIVE_END:  # "Nick Rahall's office": the name without the 's
                if written.endswith(tail) and len(written) > len(tail):
                    end -= len(tail)
                    break
            persons.append((start, end))
        elif ent.label_ in _NOT_PERSON:
            others.append((start, end))
    return persons, others


# A capitalised abbreviation of at most this many letters, with its full stop, right before a name
# the model reads as a person is a title ("Rep.", "Gov.", "Const.", "Lt."), never a name itself.
ABBREVIATED_TITLE_LETTERS = 5
_ABBREVIATION_BEFORE = re.compile(rf"\b([A-Z][a-z]{{1,{ABBREVIATED_TITLE_LETTERS - 1}}})\. $")


def _abbreviated_titles(text: str, persons: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    found = []
    for start, _ in persons:
        m = _ABBREVIATION_BEFORE.search(text, max(0, start - ABBREVIATED_TITLE_LETTERS - 3), start)
        if m is not None:
            found.append((m.start(1), m.end(1)))
    return found


_INITIAL_TOKEN = re.compile(r"[A-Z]\.?")


def _name_parts(
    spans: Iterable[tuple[int, int]],
    index: TokenIndex,
    finder: PeopleFinder,
    titled: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """Return the model's person spans cut to their name words, where they are full names.

    Only spans that a title introduces are taken. The model's span may carry the title itself or
    be no name at all: a title at either end is cut off; a word that cannot be in a person's name
    (an organisation word, a stop word) anywhere else rejects the span. A lone surname is left to the
    reference tier, which ties it to the full name written earlier ("Fanning" after "Tim Fanning").
    """
    found = []
    for start, end in spans:
        toks = [i for i in range(index.at(start), len(index.tokens)) if index.tokens[i].start < end]
        while toks and not finder.is_name_token(toks[0]):
            toks.pop(0)
        while toks and not finder.is_name_token(toks[-1]):
            toks.pop()
        names = [i for i in toks if finder.is_name_token(i)]
        initials = [i for i in toks if _INITIAL_TOKEN.fullmatch(index.tokens[i].text)]
        if len(names) < 2 or len(names) + len(initials) < len(toks):
            continue
        first = index.tokens[toks[0]].start
        # Only where a title says a person's name starts here ("Chairman Nick J. Rahall II",
        # "Rep. Nick Rahall"): the model then says where the name ends. Elsewhere the small model
        # takes too many company and place names for people ("Velmar Robotics").
        if finder.title_before(first) is None and first not in titled:
            continue
        found.append((first, index.tokens[toks[-1]].bare_end))
    return found


def _without(text: str, start: int, end: int, cuts: Sequence[tuple[int, int]]) -> str:
    """Return ``text[start:end]`` with the spans of ``cuts`` inside it left out, words rejoined
    by one space ("Marek "The Crane" Nowak" is "Marek Nowak")."""
    pieces = []
    at = start
    for lo, hi in cuts:
        if start <= lo and hi <= end:
            pieces.append(text[at:lo])
            at = hi
    if at == start:
        return text[start:end]
    pieces.append(text[at:end])
    return " ".join(" ".join(pieces).split())


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _person(registry: Registry, start: int, end: int, name: str, priority: int) -> _Cand:
    ids = [i for i in registry.resolve_key(name) if registry.kind(i) == "person"]
    if len(ids) == 1:
        return _Cand(start, end, priority, ids[0], Resolution.KEY)
    best = best_registry_match(name, registry, "person")
    if best is not None and best[1] >= FUZZY_MERGE_SCORE:
        return _Cand(start, end, priority, best[0], Resolution.FUZZY, score=best[1])
    return _Cand(start, end, priority, local_id("person", name), Resolution.KEY)


def _references(text: str, registry: Registry, finder: PeopleFinder, claims: _Claims) -> None:
    persons = sorted(
        (c for c in claims.chosen if c.entity_id and registry.kind(c.entity_id) == "person"),
        key=lambda c: c.start,
    )
    full = [c for c in persons if len(text[c.start : c.end].split()) >= 2]
    refs, alone = finder.short_references([(c.start, c.end) for c in full], claims.free)
    for ref in refs:
        target = full[ref.target]
        claims.take(
            _Cand(
                ref.start,
                ref.end,
                _REFERENCE,
                target.entity_id,
                Resolution.COREFERENCE,
                evidence=(target.start, target.end),
            )
        )
    for start, end in alone:
        claims.take(_person(registry, start, end, text[start:end], _REFERENCE))
    persons = sorted(
        (
            c
            for c in claims.chosen
            if (c.entity_id and kind_of_id(c.entity_id) == "person")
            or (c.entity_id and registry.kind(c.entity_id) == "person")
        ),
        key=lambda c: c.start,
    )
    titled: list[tuple[int, int, str]] = []
    owners: list[_Cand] = []
    for c in persons:
        title = finder.title_before(c.start)
        # "the president" refers to the one president named; not to a president-elect, nor to
        # one of several named under a plural title.
        if title is not None and title.role and not title.future and not title.plural:
            titled.append((title.start, c.end, title.role))
            owners.append(c)
    for start, end, n in finder.role_references(titled, claims.free):
        owner = owners[n]
        claims.take(
            _Cand(
                start,
                end,
                _REFERENCE,
                owner.entity_id,
                Resolution.COREFERENCE,
                evidence=(titled[n][0], titled[n][1]),
            )
        )


# Capitalised phrases of this many words are tried against the registry's name keys.
KEY_WINDOW_MIN, KEY_WINDOW_MAX = 2, 4

# Kinds whose names also modify other names and keep their reading inside a longer one: "Seoul
# National University" is in Seoul, "South Korean Foreign Ministry" is South Korea's.
PLACE_KINDS = frozenset({"city", "country", "place", "region"})
REGION = "region"


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
            if len(window) < size or not all(is_name_word(t.bare) for t in window):
                continue
            if any(text[a.end : b.start] != " " for a, b in itertools.pairwise(window)):
                continue
            if any(t.clitic for t in window[:-1]):
                continue
            start = window[0].start
            end = window[-1].bare_end
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
    return registry.country_of(entity_id) or ""


def _inside_longer_name(
    text: str, index: TokenIndex, finder: PeopleFinder, cand: _Cand, registry: Registry
) -> bool:
    """Return True if a registry alias is only part of a longer capitalised name.

    "Democrats" in "the Social Democrats" or "Union" in "Civic Union" is another name; an acronym,
    a place (a modifier: "Seoul National University") or a whole phrase is not. Titles, stop words
    and possessives end a name ("President Lee", "In June", "Japan's Democratic Party").
    """
    ids = cand.ids or ((cand.entity_id,) if cand.entity_id else ())
    # A city or a country keeps its name as a modifier ("Seoul National University"); a region
    # is read as part of the longer name ("the California Highway Patrol", "Oklahoma City",
    # "Northern California"), which names something else.
    if any(registry.kind(i) in PLACE_KINDS and registry.kind(i) != REGION for i in ids):
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
        and not tokens[i - 1].clitic
    ):
        return True
    j = index.at(cand.end)
    if j > 0 and tokens[j - 1].bare_end == cand.end and tokens[j - 1].possessive:
        return False  # a possessive ends the name
    return (
        j < len(tokens)
        and text[cand.end : tokens[j].start] == " "
        and finder.is_name_token(j)
        and not is_acronym_word(tokens[j].text)
    )


def _read_seats(index: TokenIndex, registry: Registry, chosen: list[_Cand]) -> None:
    """Resolve capitals named as governments ("Helsinki said") to the government."""
    lex = metonyms()
    starts = {c.start: c.end for c in chosen if c.entity_id is not None}
    for cand in chosen:
        if cand.entity_id not in lex.seats or cand.resolution is not Resolution.REGISTRY:
            continue
        if government_reading(index, cand.start, cand.end, starts):
            # A seat inside a region ("Ottawa" in Ontario) stands for its country's government.
            government = lex.governments.get(cand.entity_id) or registry.country_of(cand.entity_id)
            if government is not None:
                cand.entity_id = government


def _slips_of_one_person(
    text: str, finder: PeopleFinder, claims: _Claims, registry: Registry
) -> None:
    """Give one person's misspelt full name inside one document the person's id.

    "Mayor Ines Okoro ... Mayor Inez Okoro": the same title and surname and a close given name
    (names scoring at least ``POSSIBLE_VARIANT_SCORE``) in one article are one person spelt two
    ways, which the comparer reports as an in-document inconsistency, not two people. The later
    spelling takes the first one's id (resolution ``fuzzy`` with its score, evidence the first
    spelling); references to it follow. Grouped by title and surname, so linear.
    """
    first: dict[tuple[str, str], _Cand] = {}
    renames: dict[str, _Cand] = {}
    for c in sorted(claims.chosen, key=lambda c: (c.start, c.end)):
        if c.entity_id is None or c.priority == _REFERENCE:
            continue
        if kind_of_id(c.entity_id) != "person" and registry.kind(c.entity_id) != "person":
            continue
        words = text[c.start : c.end].split()
        title = finder.title_before(c.start)
        if len(words) < 2 or title is None or not title.role:
            continue
        key = (title.role, ascii_fold(words[-1]).lower())
        earlier = first.setdefault(key, c)
        if earlier.entity_id == c.entity_id or c.entity_id in registry:
            continue
        match = compare_names(text[earlier.start : earlier.end], text[c.start : c.end])
        if match.score >= POSSIBLE_VARIANT_SCORE and c.entity_id not in renames:
            renames[c.entity_id] = earlier
            c.entity_id, c.resolution, c.score = earlier.entity_id, Resolution.FUZZY, match.score
            c.evidence = (earlier.start, earlier.end)
    for c in claims.chosen:
        if c.entity_id in renames:
            c.entity_id = renames[c.entity_id].entity_id


def _model_people(doc: Doc, index: TokenIndex, claims: _Claims, registry: Registry) -> None:
    """Read the model's entities that spell a person of this document as that person.

    A name recognised as a person once (by a title, an appositive, the registry) is a person
    wherever the document writes it in full, though the model labels it a place or an
    organisation there ("Ines Okoro met ..." at a sentence's start, "Mayor Ines Okoro" later):
    the same transliteration key, resolution ``key``, the person's first mention as evidence.
    """
    text = doc.text
    people: dict[str, _Cand] = {}
    for c in sorted(claims.chosen, key=lambda c: c.start):
        if c.entity_id is None or len(text[c.start : c.end].split()) < 2:
            continue
        if kind_of_id(c.entity_id) == "person" or registry.kind(c.entity_id) == "person":
            people.setdefault(local_id("person", text[c.start : c.end]), c)
    if not people:
        return
    for ent in doc.ents:
        if ent.label_ not in MODEL_KINDS or index.in_headline(ent.start_char):
            continue
        words = [t for t in ent if not (t.is_punct or t.tag_ == "POS")]
        if len(words) < 2 or any(not is_name_word(t.text) for t in words):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        person = people.get(local_id("person", text[start:end]))
        if person is not None and claims.free(start, end):
            claims.take(
                _Cand(
                    start,
                    end,
                    _REFERENCE,
                    person.entity_id,
                    Resolution.KEY,
                    evidence=(person.start, person.end),
                )
            )


# Kinds an acronym can stand for: institutions, not people or places ("US" is a registry alias).
_ACRONYM_KINDS = frozenset({"organization", "party", "outlet", "agreement", "team", "event"})
# Lower-case words a name's acronym skips ("Ministry of Defence" is MD, "Bank for ..." BF...).
_ACRONYM_SKIPS = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "la", "&"})
# Acronyms have at least this many letters ("EU"); one letter is an initial.
ACRONYM_MIN_LETTERS = 2


def initials(name: str) -> str:
    """Return a name's initials as an acronym writes them ("Ministry of Defence" -> "MD")."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIPS]
    return "".join(w[0] for w in words).upper()


def _acronym_targets(
    doc: Doc, claims: _Claims, registry: Registry
) -> dict[str, list[tuple[int, str, tuple[int, int]]]]:
    """Return the document's institution names by their initials: (start, id, span), in order.

    Names resolved by an earlier tier, and organisations the model names (with their stable
    corpus-local id), so that "the Nordic Shipping Authority ... the NSA said" is one entity.
    """
    text = doc.text
    found: list[tuple[int, str, tuple[int, int]]] = []
    for c in claims.chosen:
        if c.entity_id is None or is_acronym(text[c.start : c.end]):
            continue
        kind = registry.kind(c.entity_id) if c.entity_id in registry else kind_of_id(c.entity_id)
        if kind in _ACRONYM_KINDS:
            found.append((c.start, c.entity_id, (c.start, c.end)))
    for ent in doc.ents:
        if (
            ent.label_ != "ORG"
            or is_acronym(ent.text)
            or not claims.free(ent.start_char, ent.end_char)
        ):
            continue
        entity_id = model_entity_id(ent.label_, ent.text)
        if entity_id is not None:
            found.append((ent.start_char, entity_id, (ent.start_char, ent.end_char)))
    by_initials: dict[str, list[tuple[int, str, tuple[int, int]]]] = {}
    for start, entity_id, span in sorted(found):
        letters = initials(text[span[0] : span[1]])
        if len(letters) >= ACRONYM_MIN_LETTERS:
            by_initials.setdefault(letters, []).append((start, entity_id, span))
    return by_initials


def _expansion(
    targets: dict[str, list[tuple[int, str, tuple[int, int]]]], acronym: str, at: int
) -> tuple[str, tuple[int, int]] | None:
    """Return the one entity written before ``at`` whose initials are ``acronym``, with its span.

    Two different entities with those initials before it leave the acronym unresolved: a careful
    reader would not guess either.
    """
    letters = "".join(ch for ch in acronym if ch.isalpha()).upper()
    before = [t for t in targets.get(letters, ()) if t[2][1] <= at]
    if len({entity_id for _, entity_id, _ in before}) != 1:
        return None
    _, entity_id, span = before[0]
    return entity_id, span


def resolve_mentions(doc: Doc, registry: Registry) -> list[Mention]:
    """Return the mentions of an annotated document resolved against ``registry``, in text order.

    Args:
        doc: the document's Doc (``crosscheck.nlp.annotate``: its tokens and sentences are read;
            its ``mentions`` layer is what this builds, so it need not be there yet).
        registry: the shipped registry, extended by the corpus's own entries.

    Returns:
        One Mention per name found, sorted by offset; unresolved ones have ``entity_id`` None.
    """
    document: Document = doc._.get(EXT_DOCUMENT)
    text = document.text
    if not text:
        return []
    index = TokenIndex.from_doc(doc)
    claims = _Claims(len(text))
    definitions = find_definitions(index)
    nicknames = nicknames_in_names(doc)
    finder = PeopleFinder(text, index, nicknames=nicknames)

    def name_of(start: int, end: int) -> str:
        """The name written at a span, a quoted nickname inside it left out: the nickname is an
        alias of the person (the mention's text keeps it as evidence), not part of the key."""
        return _without(text, start, end, nicknames)

    # --- tiers 1-2 and 4: defined aliases, their uses, registry aliases and keys ---
    defined, aliases = _defined(text, registry, definitions)
    for name, alias in _declared_parties(doc, text, index, finder).items():
        if not registry.resolve(name):
            aliases.setdefault(name, alias)
    stage: list[_Cand] = [*defined, *_alias_hits(text, aliases, _TEXT_ALIAS)]
    hits = registry.matcher.find(text)
    found = [_registry_cand(hit) for hit in hits]
    # Phrases whose key matches a registry name compete with the hits, longest first: "Korea
    # Joong-ang Daily" (by key) beats "Korea" (by alias) inside it.
    found.extend(_key_windows(text, index, registry, {(h.start, h.end) for h in hits}))
    stage.extend(c for c in found if not _inside_longer_name(text, index, finder, c, registry))
    # "the Harbour Dockers' Union": an organisation, though a possessive ends a run of name words
    stage.extend(_possessive_organisations(text, index, finder, registry))
    claims.take_all(stage)

    # --- tier 3: people the model recognises, then people by title, appositive, shape ---
    persons, others = _model_entities(doc)
    abbreviated = _abbreviated_titles(text, persons)
    for start, end in abbreviated:
        claims.block(start, end)
    # where an abbreviated title ("Rep. ") ends, a name starts
    titled = frozenset(end + 2 for _, end in abbreviated)
    claims.take_all(
        _person(registry, s, e, name_of(s, e), _PERSON)
        for s, e in _name_parts(persons, index, finder, titled)
        # Title-case lines (headlines) are only linked, never read for new names: the model too
        # takes "Halonen Wins" in a headline for a person.
        if claims.free(s, e) and not index.in_headline(s)
    )
    people = [
        _person(registry, s, e, name_of(s, e), _PERSON)
        for s, e in finder.full_names(claims.free)
        # A "name" the model reads as a place or a nationality, and not as a person, is not one: "A B of West Virginia, the chairman ..." gives no person "West Virginia".
        # A title before it outweighs the model's label: "Mayor Ines Okoro cut the ribbon." is a
        # person though the small model calls "Ines Okoro" a place.
        if not (
            _overlaps(s, e, others)
            and not _overlaps(s, e, persons)
            and finder.title_before(s) is None
        )
    ]
    claims.take_all(people)

    # --- tier 5: "also known as" / "calls", then short references to people ---
    late = _late_definitions(text, registry, definitions, claims)
    claims.take_all(_alias_hits(text, late, _LATE_ALIAS))
    _references(text, registry, finder, claims)
    _slips_of_one_person(text, finder, claims, registry)

    # --- the model's entities spelling a person the document named (after references: those
    # claim the surnames first) ---
    _model_people(doc, index, claims, registry)
    # "the union" for the one "... Union" named before it
    _definite_organisations(doc, index, finder, claims, registry)

    # --- tier 6: acronyms of a name written before, then acronyms nothing resolved ---
    expansions = _acronym_targets(doc, claims, registry)
    for tok in index.tokens:
        if is_acronym_word(tok.text) and claims.free(tok.start, tok.end):
            target = _expansion(expansions, tok.text, tok.start)
            if target is not None:
                claims.take(
                    _Cand(
                        tok.start,
                        tok.end,
                        _ACRONYM,
                        target[0],
                        Resolution.COREFERENCE,
                        evidence=target[1],
                    )
                )
            else:
                claims.take(_Cand(tok.start, tok.end, _ACRONYM, None, Resolution.UNRESOLVED))

    _decide_ambiguous(registry, claims.chosen)
    _read_seats(index, registry, claims.chosen)
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
