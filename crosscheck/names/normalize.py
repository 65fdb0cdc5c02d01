"""Normalise names across the corpus: one canonical id per entity, whatever the spelling.

Registry names are resolved per document already. This stage handles names the registry lacks
(key-derived ids, ``person:~park-wongon``), in two linear passes:

1. by key: a local id whose name has the transliteration key of a registry name becomes that
   registry id (a dict lookup per name);
2. by fuzzy score, only between names that share a block (a key part's first letters): at or
   above ``FUZZY_MERGE_SCORE`` two names become one id, recorded in the claims' details as
   ``merged_from`` with the tier and score. Two people's names in the possible-variant band whose
   keys agree once letters that spell one sound are folded (``keys.spelling_key``: "Lindqvist" /
   "Lindquist") become one id too, as tier ``spelling``. Other pairs below that are left apart;
   the possible-variant check reports them.

Before those, organisations the registry lacks get one id across the corpus: a name some document
calls a party ("the Civic Union party") is a party in every document (``organization:~civic-union``
becomes ``party:~civic-union``), and a short form that begins exactly one longer name of the corpus
is that name ("Acme" is "Acme Robotics" when no other "Acme ..." is named).

After those, a person's organisation that stands where another document puts the person's party
("whose Y fell to 11%", "the Y of Prime Minister A B", "A B (Y)", "Y lawmaker A B", where another
document gives A B a party) is a party too (``slot_plan``). Every organisation turned into a party
records why in its affiliation claims (``RoleDetails.party_by``), so that a party contradiction
names the decision on each side.

Every claim that names a merged id, as subject, value, speaker, outlet or a role's organisation, is
rewritten, and every local id gets one label: the spelling most documents use.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import attrs
from attrs import evolve

from crosscheck import plugins
from crosscheck._disjoint import DisjointSets
from crosscheck.model import Claim, Corpus, Facet, Merge, Modality, Resolution
from crosscheck.names.claims import NameDetails, RoleDetails, is_guess
from crosscheck.names.fuzzy import (
    FUZZY_MERGE_SCORE,
    POSSIBLE_VARIANT_SCORE,
    best_registry_match,
    blocked_pairs,
    similarity,
)
from crosscheck.names.keys import spelling_key
from crosscheck.names.lexicon import lexicon
from crosscheck.names.registry import (
    LOCAL_MARK,
    Registry,
    is_local,
    kind_of_id,
    local_id,
    registry_for,
)
from crosscheck.names.text import is_acronym_word

NAME_FACET = Facet.NAME
# Facets whose value is an entity id, rewritten with the subject.
ID_VALUED_FACETS = frozenset({Facet.NAME, Facet.AFFILIATION})
# Kinds of local ids that name organisations, unified by ``organization_plan``.
ORG_KINDS = ("organization", "party", "team")
# An organisation's name has at most this many words; longer slugs are not split into prefixes.
MAX_ORG_SLUG_WORDS = 8


def _org_ids(claim: Claim) -> list[str]:
    d = claim.details
    ids = [claim.subject, (d.organization if isinstance(d, RoleDetails) else None) or ""]
    if claim.facet in ID_VALUED_FACETS:
        ids.append(claim.value)
    return [i for i in ids if i and is_local(i) and kind_of_id(i) in ORG_KINDS]


def organization_plan(claims: Sequence[Claim]) -> dict[str, str]:
    """Return the id each local organisation id becomes: a party if a document calls it one, the
    one longer name it is a short form of.

    Args:
        claims: every claim of the corpus.

    Returns:
        ``renames[old] = new`` for the ids that change.
    """
    ids = sorted({i for c in claims for i in _org_ids(c)})
    slug = {i: i.split(LOCAL_MARK, 1)[1] for i in ids}
    # A kind some document gives the name is its kind in all: a party first, then a team ("the
    # club Harbour Rovers"); never a team into a party's name.
    parties = {slug[i] for i in ids if kind_of_id(i) == "party"}
    teams = {slug[i] for i in ids if kind_of_id(i) == "team"} - parties
    final = {
        i: f"party:{LOCAL_MARK}{slug[i]}"
        if slug[i] in parties
        else f"team:{LOCAL_MARK}{slug[i]}"
        if slug[i] in teams
        else i
        for i in ids
    }
    longer: dict[str, set[str]] = {}
    for target in set(final.values()):
        words = target.split(LOCAL_MARK, 1)[1].split("-")
        if len(words) <= MAX_ORG_SLUG_WORDS:
            for k in range(1, len(words)):
                longer.setdefault("-".join(words[:k]), set()).add(target)
    defined = _defined_acronyms(claims)
    renames: dict[str, str] = {}
    for i in ids:
        target = final[i]
        wider = longer.get(target.split(LOCAL_MARK, 1)[1], set())
        if len(wider) == 1 and kind_of_id(next(iter(wider))) in (
            kind_of_id(target),
            "party",
            "team",
        ):
            target = next(iter(wider))  # never a party or a team into a mere organisation
        spelt = defined.get(slug[i], set())
        if len(spelt) == 1 and next(iter(spelt)) != i:
            target = final.get(next(iter(spelt)), next(iter(spelt)))
        if target != i:
            renames[i] = target
    return renames


# "Brazilian Socialist Party (PSB)": a name written with the acronym a document defines for it.
_DEFINED_ACRONYM = re.compile(r"\S.*?[ \t]*\((?P<acronym>[A-Z][A-Za-z]{1,9})\)\Z", re.DOTALL)


def _defined_acronyms(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """Return, by the slug of an acronym some document defines, the organisations it names.

    An acronym one document defines ("the Brazilian Socialist Party (PSB)") names that party in a
    document that writes it alone ("of the PSB"), where it resolved to nothing but its own
    letters (``organization:~psb``); the caller uses it only when every definition agrees.
    """
    found: dict[str, set[str]] = {}
    for c in claims:
        if c.facet != NAME_FACET or kind_of_id(c.subject) not in ORG_KINDS:
            continue
        m = _DEFINED_ACRONYM.fullmatch(c.written)
        if m is not None:
            acronym = local_id("organization", m.group("acronym")).split(LOCAL_MARK, 1)[1]
            found.setdefault(acronym, set()).add(c.subject)
    return found


# Kinds of local ids a document may give a name that another document shows to be a person's:
# the small model labels unfamiliar personal names ORG or GPE, a definition reads "Name (ABBR)" as
# an organisation. Never a party: a party named after its leader is a party.
PERSON_PROPAGATION_KINDS = frozenset({"organization", "group", "place", "region"})
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def person_plan(claims: Sequence[Claim]) -> dict[str, str]:
    """Return the local ids of names some document shows to be a person's, and the person's id.

    A name recognised as a person in one document is a person in all: ``organization:~x`` whose
    name has the transliteration key of a local person's id ``person:~k`` becomes that person
    (recorded in ``Claim.merge`` with tier ``corpus``). Decided by dict lookups, so linear.

    Args:
        claims: every claim of the corpus.

    Returns:
        ``renames[old] = new`` for the ids that change.
    """
    persons = {
        i
        for c in claims
        for i in (c.subject, c.value if c.facet in ID_VALUED_FACETS else "")
        if i and is_local(i) and kind_of_id(i) == "person"
    }
    if not persons:
        return {}
    labels = local_labels(claims)
    renames: dict[str, str] = {}
    for entity_id in sorted(labels):
        if kind_of_id(entity_id) not in PERSON_PROPAGATION_KINDS:
            continue
        # "Ines Okoro (IO)": a name written with its abbreviation is the name.
        person = local_id("person", _BRACKETED.sub("", labels[entity_id]))
        if person in persons:
            renames[entity_id] = person
    return renames


def party_decisions(claims: Sequence[Claim], renames: Mapping[str, str]) -> dict[str, str]:
    """Return, for each local organisation id the renames turn into a party, why, in words.

    The decision names the first document (by id) that calls the target a party: "b.txt calls it
    a party", or, for a short form or an acronym of that party, "the party b.txt names 'Y'".
    """
    called: dict[str, str] = {}  # party id -> the first document whose claims make it a party
    for c in sorted(claims, key=lambda c: c.doc_id):
        for i in _org_ids(c):
            if kind_of_id(i) == "party":
                called.setdefault(i, c.doc_id)
    reasons: dict[str, str] = {}
    for old, new in sorted(renames.items()):
        if kind_of_id(new) != "party" or kind_of_id(old) == "party" or new not in called:
            continue
        same = old.split(LOCAL_MARK, 1)[-1] == new.split(LOCAL_MARK, 1)[-1]
        reasons[old] = (
            f"{called[new]} calls it a party" if same else f"{called[new]} names it as {new}"
        )
    return reasons


# Constructions that put an organisation where a party stands ("whose Y", "the Y of Prime Minister
# A B", "A B (Y)", "Y's candidate A B"); a title or an appositive joins them when its role is one
# of ``party_roles`` ("Y lawmaker A B", "A B, a Y lawmaker").
SLOT_CONSTRUCTIONS = frozenset({"whose", "party of", "party tag", "candidate"})
# Constructions of a title whose organisation, before a role of ``party_roles``, is where the
# party stands: "Y lawmaker A B", "A B, a Y lawmaker".
_PARTY_ROLE_CONSTRUCTIONS = frozenset({"title", "appositive"})
# Modalities of an affiliation held now.
_NOW = frozenset({Modality.ASSERTED, Modality.REPORTED})


def party_slot(claim: Claim) -> bool:
    """Return True if an affiliation puts its organisation where a person's party stands."""
    d = claim.details
    if claim.facet != Facet.AFFILIATION or not isinstance(d, RoleDetails):
        return False
    return d.construction in SLOT_CONSTRUCTIONS or (
        d.construction in _PARTY_ROLE_CONSTRUCTIONS and (d.role or "") in lexicon().party_roles
    )


def may_be_party(claim: Claim, *, acronyms: bool = False) -> bool:
    """Return True if a current affiliation names an organisation of the text's own that could be
    a party: no registry body, no institution ("Ports Authority"), and no acronym unless
    ``acronyms`` (an acronym of another language's name may be the very party another document
    names in English, so it is never made a party by where it stands)."""
    d = claim.details
    if claim.facet != Facet.AFFILIATION or claim.modality not in _NOW:
        return False
    if not isinstance(d, RoleDetails) or d.kind != "organization" or not is_local(claim.value):
        return False
    words = claim.written.split()
    if not words or (is_acronym_word(claim.written) and not acronyms):
        return False
    institutions = lexicon().institution_words
    return not any(w.lower().strip(".,'\u2019") in institutions for w in words)


def slot_plan(claims: Sequence[Claim]) -> tuple[dict[str, str], dict[str, str]]:
    """Return the organisations that stand where another document puts the person's party.

    A careful reader takes "A B, whose Y fell to 11%" as A B's party when another article gives
    A B a party: the organisation ``organization:~y`` becomes ``party:~y`` (in every claim), and
    the decision says where. Run on final subjects (after the merges), by dict lookups.

    Args:
        claims: every claim of the corpus.

    Returns:
        ``(renames, reasons)``: ``renames[old] = new`` for the ids that change, ``reasons[old]``
        the decision in words.
    """
    parties: dict[str, set[str]] = {}  # person -> documents giving the person a party
    for c in claims:
        d = c.details
        current = c.facet == Facet.AFFILIATION and c.modality in _NOW
        if current and isinstance(d, RoleDetails) and d.kind == "party":
            parties.setdefault(c.subject, set()).add(c.doc_id)
    renames: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.doc_id, c.subject, c.value)):
        if c.value in renames or not (party_slot(c) and may_be_party(c)):
            continue
        others = sorted(parties.get(c.subject, set()) - {c.doc_id})
        if not others:
            continue
        slug = c.value.split(LOCAL_MARK, 1)[1]
        renames[c.value] = f"party:{LOCAL_MARK}{slug}"
        construction = c.details.construction if isinstance(c.details, RoleDetails) else ""
        reasons[c.value] = (
            f"{c.doc_id} puts it where {others[0]} puts {c.subject_label or c.subject}'s party "
            f"({construction!r})"
        )
    return renames, reasons


# Kinds of local ids the statistical model's labels give (PERSON, ORG, GPE/FAC, LOC, NORP), whose
# kind ``kind_plan`` decides once per corpus; on a tie, the first kind here wins: the usual slip
# is a capitalised place or title-case phrase labelled PERSON, rarely the other way round.
MODEL_KIND_ORDER = ("place", "region", "organization", "group", "person")
# An id joined to others by this in one value ("organization:~x+person:~y", event participants).
_JOINED = "+"


def _ids_in(claim: Claim) -> list[str]:
    """Return every local id of a model kind the claim names, in its fields and details."""
    found: list[str] = []
    values: list[object] = [claim.subject, claim.value, claim.attributed_to, claim.via]
    d = claim.details
    values.extend(getattr(d, f.name) for f in attrs.fields(type(d)))
    for v in values:
        parts = v if isinstance(v, tuple) else (v,)
        for part in parts:
            if isinstance(part, str):
                found.extend(
                    i
                    for i in part.split(_JOINED)
                    if is_local(i) and kind_of_id(i) in MODEL_KIND_ORDER
                )
    return found


def _surface(entity_id: str) -> str:
    """Return the form ids of one written name share whatever their kind: its person key."""
    slug = entity_id.split(LOCAL_MARK, 1)[1]
    if kind_of_id(entity_id) == "person":
        return slug
    return local_id("person", slug.replace("-", " ")).split(LOCAL_MARK, 1)[1]


def kind_plan(claims: Sequence[Claim]) -> tuple[dict[str, str], dict[str, str]]:
    """Return the kind each written name has in the corpus, as renames of the ids of other kinds.

    The small model labels one name differently from article to article ("Bloomington" a person
    here, a place there), and every id made from its label splits what readers key by it. A name
    is of one kind in the corpus: the kind the names layer gave it (registry, text alias, title:
    an ``entity.name`` claim) if that is one kind, else the kind most documents give it (ties:
    ``MODEL_KIND_ORDER``). Grouped by a dict on the name's key, so linear.

    Args:
        claims: every claim of the corpus.

    Returns:
        ``(renames, reasons)``: ``renames[old] = new`` for the ids that change, ``reasons[old]``
        the decision in words.
    """
    docs: dict[str, set[str]] = {}
    named: set[str] = set()  # ids the names layer resolved (entity.name claims)
    for c in claims:
        for i in _ids_in(c):
            docs.setdefault(i, set()).add(c.doc_id)
        if c.facet == NAME_FACET and is_local(c.subject):
            named.add(c.subject)
    groups: dict[str, list[str]] = {}
    for i in sorted(docs):
        groups.setdefault(_surface(i), []).append(i)
    renames: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for ids in groups.values():
        kinds = {kind_of_id(i) for i in ids}
        if len(kinds) < 2:
            continue
        strong = {kind_of_id(i) for i in ids if i in named}
        if len(strong) > 1:
            continue  # the text itself names it two ways: left as each document resolved it
        votes: Counter[str] = Counter()
        for i in ids:
            votes[kind_of_id(i)] += len(docs[i])
        if strong:
            kind = next(iter(strong))
            why = f"the names layer resolves it as a {kind}"
        else:
            kind = min(kinds, key=lambda k: (-votes[k], MODEL_KIND_ORDER.index(k)))
            why = f"{kind} in {votes[kind]} of {sum(votes.values())} documents' readings"
        winners = [i for i in ids if kind_of_id(i) == kind]
        target = min(winners, key=lambda i: (-len(docs[i]), i))
        for i in ids:
            if kind_of_id(i) != kind:
                renames[i] = target
                reasons[i] = why
    return renames, reasons


def _renamed(value: object, renames: Mapping[str, str]) -> object:
    if isinstance(value, tuple):
        return tuple(_renamed(v, renames) for v in value)
    if not isinstance(value, str) or not value:
        return value
    if value in renames:
        return renames[value]
    if _JOINED in value:
        parts = value.split(_JOINED)
        if any(p in renames for p in parts) and all(":" in p for p in parts):
            return _JOINED.join(sorted({renames.get(p, p) for p in parts}))
    return value


def _rename_everywhere(claim: Claim, renames: Mapping[str, str]) -> Claim:
    """Rewrite every field of a claim and its details that names a renamed id."""
    if not any(i in renames for i in _ids_in(claim)):
        return claim
    d = claim.details
    changes = {
        f.name: new
        for f in attrs.fields(type(d))
        if (new := _renamed(old := getattr(d, f.name), renames)) != old
    }
    changed = evolve(
        claim,
        subject=str(_renamed(claim.subject, renames)),
        value=str(_renamed(claim.value, renames)),
        attributed_to=_renamed(claim.attributed_to, renames) or None,  # type: ignore[arg-type]
        via=_renamed(claim.via, renames) or None,  # type: ignore[arg-type]
        details=evolve(d, **changes) if changes else d,
    )
    if changed.subject != claim.subject and claim.merge is None:
        merge = Merge(merged_from=claim.subject, tier=str(Resolution.CORPUS), score=100.0)
        changed = evolve(changed, merge=merge)
    return changed


def _rename_orgs(
    claim: Claim, renames: Mapping[str, str], reasons: Mapping[str, str] | None = None
) -> Claim:
    details = claim.details
    if isinstance(details, RoleDetails) and details.organization is not None:
        new = renames.get(details.organization)
        if new is not None:
            details = evolve(details, organization=new, organization_kind=kind_of_id(new))
    value = claim.value
    if claim.facet in ID_VALUED_FACETS and value in renames:
        value = renames[value]
        if claim.facet == Facet.AFFILIATION and isinstance(details, RoleDetails):
            why = (reasons or {}).get(claim.value)
            became_party = kind_of_id(value) == "party" and details.kind != "party"
            details = evolve(
                details,
                kind=kind_of_id(value),
                party_by=why if became_party and why else details.party_by,
            )
    changed = evolve(
        claim,
        subject=renames.get(claim.subject, claim.subject),
        value=value,
        attributed_to=renames.get(claim.attributed_to or "", claim.attributed_to),
        via=renames.get(claim.via or "", claim.via),
        details=details,
    )
    return changed if changed != claim else claim


def _propagate(claim: Claim, renames: Mapping[str, str]) -> Claim:
    changed = _rename_orgs(claim, renames)
    if claim.subject in renames and changed.subject != claim.subject:
        merge = Merge(merged_from=claim.subject, tier=str(Resolution.CORPUS), score=100.0)
        changed = evolve(changed, merge=merge)
    return changed


def local_labels(claims: Sequence[Claim]) -> dict[str, str]:
    """Return, for each key-derived id, the spelling most documents use (ties: longest, then A-Z)."""
    docs: dict[str, dict[str, set[str]]] = {}
    for c in claims:
        if c.facet == NAME_FACET and is_local(c.subject) and not is_guess(c):
            docs.setdefault(c.subject, {}).setdefault(c.written, set()).add(c.doc_id)
    labels = {}
    for entity_id, spellings in docs.items():
        labels[entity_id] = min(spellings, key=lambda w: (-len(spellings[w]), -len(w), w))
    return labels


def _registry_first(entity_id: str) -> tuple[bool, str]:
    # A set of names is represented by a registry id if it holds one, else by its smallest id.
    return is_local(entity_id), entity_id


def merge_plan(
    claims: Sequence[Claim], registry: Registry
) -> tuple[dict[str, str], dict[str, tuple[str, float]]]:
    """Return the id each local id becomes, and for each merged id the tier and score used.

    Args:
        claims: every claim of the corpus.
        registry: the corpus registry.

    Returns:
        ``(renames, how)``: ``renames[old] = new`` for ids that change; ``how[old] = (tier, score)``.
    """
    labels = local_labels(claims)
    ids = sorted(labels)
    union = DisjointSets[str](rank=_registry_first)
    how: dict[str, tuple[str, float]] = {}
    for entity_id in ids:
        kind = kind_of_id(entity_id)
        same_key = [i for i in registry.resolve_key(labels[entity_id]) if registry.kind(i) == kind]
        if len(same_key) == 1:
            union.union(entity_id, same_key[0])
            how[entity_id] = ("key", 100.0)
            continue
        best = best_registry_match(labels[entity_id], registry, kind)
        if best is not None and best[1] >= FUZZY_MERGE_SCORE:
            union.union(entity_id, best[0])
            how[entity_id] = ("fuzzy", best[1])
    names = [labels[i] for i in ids]
    for i, j in blocked_pairs(names):
        a, b = ids[i], ids[j]
        if kind_of_id(a) != kind_of_id(b) or a in how or b in how:
            continue
        score = round(similarity(names[i], names[j]), 1)
        if score >= FUZZY_MERGE_SCORE:
            union.union(a, b)
            for x in (a, b):
                how.setdefault(x, ("fuzzy", score))
        elif (
            score >= POSSIBLE_VARIANT_SCORE
            and kind_of_id(a) == "person"
            and spelling_key(names[i]) == spelling_key(names[j])
        ):
            # "Priya Lindqvist" / "Priya Lindquist": close, and apart only by letters that spell
            # one sound (spelling.toml): one person's name spelt two ways, not a possible variant.
            union.union(a, b)
            for x in (a, b):
                how.setdefault(x, ("spelling", score))
    renames = {i: union.find(i) for i in ids if union.find(i) != i}
    return renames, {i: how[i] for i in renames if i in how}


def _rewrite(
    claim: Claim,
    renames: Mapping[str, str],
    how: Mapping[str, tuple[str, float]],
    labels: Mapping[str, str],
    registry: Registry,
) -> Claim:
    old_subject = claim.subject
    subject = renames.get(old_subject, old_subject)
    value = claim.value
    if claim.facet in ID_VALUED_FACETS or claim.facet == Facet.STATEMENT_SPEAKER:
        # A speaker is the names layer's id: one person spelt two ways speaks as one.
        value = renames.get(value, value)
    label = registry.label(subject) or labels.get(subject) or claim.subject_label
    details = claim.details
    merge = claim.merge
    if subject != old_subject and old_subject in how:
        tier, score = how[old_subject]
        merge = Merge(merged_from=old_subject, tier=tier, score=round(score, 1))
    if claim.facet == NAME_FACET and isinstance(details, NameDetails) and details.label:
        details = evolve(details, label=label)
    if (
        claim.facet == Facet.AFFILIATION
        and value != claim.value
        and isinstance(details, RoleDetails)
    ):
        details = evolve(
            details, label=registry.label(value) or labels.get(value) or details.label or ""
        )
    changed = evolve(
        claim,
        subject=subject,
        value=value,
        subject_label=label,
        attributed_to=renames.get(claim.attributed_to or "", claim.attributed_to),
        via=renames.get(claim.via or "", claim.via),
        details=details,
        merge=merge,
    )
    return changed if changed != claim else claim


@plugins.normalizer("names")
def unify_names(claims: Sequence[Claim], corpus: Corpus) -> list[Claim]:
    """Give every claim about one entity the same canonical id and label across documents."""
    registry = registry_for(corpus.entities)
    orgs = organization_plan(claims)
    if orgs:
        why = party_decisions(claims, orgs)
        claims = [_rename_orgs(c, orgs, why) for c in claims]
    people = person_plan(claims)
    if people:
        claims = [_propagate(c, people) for c in claims]
    kinds, _why = kind_plan(claims)
    if kinds:
        claims = [_rename_everywhere(c, kinds) for c in claims]
    renames, how = merge_plan(claims, registry)
    labels = local_labels(claims)
    # A merged local id takes the spelling most documents use across every id merged into it
    # ("Priya Lindqvist" in three documents, "Priya Lindquist" in one).
    named_in: dict[str, set[str]] = {}
    for c in claims:
        if c.facet == NAME_FACET:
            named_in.setdefault(c.subject, set()).add(c.doc_id)
    merged_labels: dict[str, Counter[str]] = {}
    for old, new in renames.items():
        if is_local(new):
            merged_labels.setdefault(new, Counter())[labels[old]] += len(named_in.get(old, ()))
    for new, counter in merged_labels.items():
        counter[labels.get(new, "")] += len(named_in.get(new, ())) or 1
        labels[new] = min(counter, key=lambda w: (-counter[w], -len(w), w))
    claims = [_rewrite(c, renames, how, labels, registry) for c in claims]
    slots, why = slot_plan(claims)
    if slots:
        claims = [_rename_orgs(c, slots, why) for c in claims]
    return claims
