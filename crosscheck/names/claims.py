"""Extract name claims (``entity.name``) and people's roles (``person.role``, ``person.affiliation``).

Both read the document's resolved mentions (``Analysis.mentions()``). An ``entity.name`` claim says
"this document calls entity E by this spelling", with the resolution tier in ``details``; the
comparers turn differing spellings across documents into naming-variant findings. An acronym that
resolved to nothing but sits one edit from a known acronym of the same document, in the same
context ("the broadcaster ASB" / "the broadcaster ABS"), becomes a ``possible-variant`` name claim of the
known entity, so the comparer can report the inconsistency with both spans as evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from attrs import evolve, frozen

from crosscheck import plugins
from crosscheck.extract import Analysis
from crosscheck.model import Claim, Details, Document, Facet, Mention, Modality, Resolution, Span
from crosscheck.names.fuzzy import (
    ACRONYM_MAX_EDITS,
    CONTEXT_MIN_SHARED,
    acronym_distance,
    acronym_score,
    context_words,
    deletion_keys,
)
from crosscheck.names.registry import Registry, registry_for
from crosscheck.names.roles import RoleFact, find_roles
from crosscheck.names.text import is_acronym_word
from crosscheck.nlp.layers import MENTIONS, SENTENCES, TAGS, TOKENS

FACET_NAME = Facet.NAME
FACET_ROLE = Facet.ROLE
FACET_AFFILIATION = Facet.AFFILIATION
# The tier of a name claim for an unknown acronym that looks like a slip for a known one.
POSSIBLE_VARIANT = "possible-variant"


@frozen
class NameDetails(Details):
    """Of an ``entity.name`` claim: how the spelling resolved to the entity.

    ``tier`` is a :class:`~crosscheck.model.Resolution` value, or ``possible-variant`` for an
    unknown acronym one edit from a known one (``variant_of``, at ``variant_of_at``) in the same
    ``context`` words. ``defined_at`` is the line:column of a text-defined alias.
    """

    tag = "name"
    tier: str
    kind: str = ""
    label: str = ""
    score: float | None = None
    defined_at: str | None = None
    context: tuple[str, ...] = ()
    variant_of: str | None = None
    variant_of_at: str | None = None


@frozen
class RoleDetails(Details):
    """Of a ``person.role`` or ``person.affiliation`` claim: the role and whose it is.

    ``construction`` is how the text put it (``title``, ``appositive`` …); ``organization`` the id
    the role is held in (``organization_kind`` its kind, ``organization_label`` as shown);
    ``qualifier`` and ``field`` narrow the office ("deputy", "foreign"); ``person_country`` is the
    person's country from the registry. An affiliation also carries the organisation's ``kind`` and
    ``label``. ``party_by`` is the decision that makes the organisation a party, when it is one
    ("a registry party", "written 'Verdant party'", "an election result in this document", or the
    normaliser's "doc.txt calls it a party"): a party contradiction names both sides' decisions.
    """

    tag = "role"
    construction: str
    role: str | None = None
    organization: str | None = None
    organization_kind: str | None = None
    organization_label: str | None = None
    qualifier: str | None = None
    field: str | None = None
    person_country: str | None = None
    kind: str | None = None
    party_by: str | None = None
    label: str | None = None


_NO_NAME = NameDetails(tier="")
_NO_ROLE = RoleDetails(construction="")


def name_details(claim: Claim) -> NameDetails:
    """Return a name claim's details (empty ones for a plugin's claim without them)."""
    return claim.details if isinstance(claim.details, NameDetails) else _NO_NAME


def role_details(claim: Claim) -> RoleDetails:
    """Return a role or affiliation claim's details (empty ones for a plugin's claim)."""
    return claim.details if isinstance(claim.details, RoleDetails) else _NO_ROLE


def is_guess(claim: Claim) -> bool:
    """Return True for a possible-variant name claim: a guess that never labels its entity."""
    return isinstance(claim.details, NameDetails) and claim.details.tier == POSSIBLE_VARIANT


def is_reference(mention: Mention, registry: Registry) -> bool:
    """Return True for a short reference to a person ("Lee", "the president"), not a name."""
    return (
        mention.resolution is Resolution.COREFERENCE
        and mention.entity_id is not None
        and registry.kind(mention.entity_id) == "person"
    )


def is_metonym(mention: Mention, registry: Registry) -> bool:
    """Return True for a capital read as its government ("Helsinki said"): the city's name is no
    name of the government, so it makes no naming claim ("Brussels" is not a spelling of the EU)."""
    if mention.entity_id is None or registry.kind(mention.entity_id) == "city":
        return False
    return any(registry.kind(i) == "city" for i in registry.resolve(mention.text))


def _labels(doc: Document, mentions: Sequence[Mention], registry: Registry) -> dict[str, str]:
    labels: dict[str, str] = {}
    for m in mentions:
        if m.entity_id is None or is_reference(m, registry):
            continue
        label = registry.label(m.entity_id)
        if label is None:
            # A name the registry lacks: the longest spelling the document uses.
            current = labels.get(m.entity_id, "")
            label = m.text if len(m.text) > len(current) else current
        labels[m.entity_id] = " ".join(label.split())
    return labels


def _spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(sorted(set(spans), key=lambda s: (s.start, s.end)))


def _name_claims(doc: Document, mentions: Sequence[Mention], registry: Registry) -> list[Claim]:
    labels = _labels(doc, mentions, registry)
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        if m.entity_id is None or is_reference(m, registry) or is_metonym(m, registry):
            continue
        groups.setdefault((m.entity_id, " ".join(m.text.split())), []).append(m)
    claims = []
    for (entity_id, written), group in groups.items():
        first = group[0]
        details = NameDetails(
            tier=str(first.resolution),
            kind=registry.kind(entity_id),
            label=labels.get(entity_id, written),
            score=round(first.score, 1) if first.score is not None else None,
            defined_at=(
                f"{first.evidence.line}:{first.evidence.column}"
                if first.evidence is not None
                else None
            ),
            context=(
                tuple(sorted(context_words(doc.text, first.span.start)))
                if is_acronym_word(written)
                else ()
            ),
        )
        claims.append(
            Claim(
                doc_id=doc.id,
                facet=FACET_NAME,
                subject=entity_id,
                value=entity_id,
                written=written,
                evidence=_spans(m.span for m in group),
                subject_label=labels.get(entity_id, written),
                details=details,
                extractor="names",
            )
        )
    claims.extend(_acronym_slips(doc, mentions, labels))
    return claims


# An acronym this short changes into another acronym with any one edit ("IT" and "IE", "UN" and
# "US"): one letter off is no sign of a slip.
MIN_SLIP_ACRONYM = 3


def _slip_shaped(written: str, known: str) -> bool:
    """Return whether an acronym one edit from a known one can be its slip.

    Not when either is shorter than ``MIN_SLIP_ACRONYM``, nor when their digits differ: a number
    in an acronym is a model, a version or a count ("IE6" and "IE", "G7" and "G8"), another thing.
    """
    if min(len(written), len(known)) < MIN_SLIP_ACRONYM:
        return False
    return [c for c in written if c.isdigit()] == [c for c in known if c.isdigit()]


def _acronym_slips(
    doc: Document, mentions: Sequence[Mention], labels: dict[str, str]
) -> list[Claim]:
    """Return possible-variant claims for unknown acronyms one edit from a known one nearby."""
    known: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.entity_id is not None and is_acronym_word(m.text):
            for key in deletion_keys(m.text):
                known.setdefault(key, []).append(m)
    slips: dict[tuple[str, str], tuple[float, Mention, frozenset[str], list[Span]]] = {}
    for u in mentions:
        if u.entity_id is not None or not is_acronym_word(u.text):
            continue
        near = {
            (k.span.start, k.span.end): k
            for key in deletion_keys(u.text)
            for k in known.get(key, [])
        }
        context = context_words(doc.text, u.span.start)
        best: tuple[float, Mention, frozenset[str]] | None = None
        for _, k in sorted(near.items()):
            if (
                k.text == u.text
                or acronym_distance(u.text, k.text) > ACRONYM_MAX_EDITS
                or not _slip_shaped(u.text, k.text)
            ):
                continue
            shared = context & context_words(doc.text, k.span.start)
            if len(shared) < CONTEXT_MIN_SHARED:
                continue
            score = acronym_score(u.text, k.text)
            if best is None or score > best[0]:
                best = (score, k, shared)
        if best is None:
            continue
        slot = (str(best[1].entity_id), u.text)
        if slot in slips:
            slips[slot][3].append(u.span)
        else:
            slips[slot] = (*best, [u.span])
    claims = []
    for (entity_id, written), (score, k, shared, spans) in slips.items():
        claims.append(
            Claim(
                doc_id=doc.id,
                facet=FACET_NAME,
                subject=entity_id,
                value=entity_id,
                written=written,
                evidence=_spans(spans),
                subject_label=labels.get(entity_id, k.text),
                details=NameDetails(
                    tier=POSSIBLE_VARIANT,
                    score=round(score, 1),
                    variant_of=k.text,
                    variant_of_at=f"{k.span.line}:{k.span.column}",
                    context=tuple(sorted(shared)),
                ),
                extractor="names",
            )
        )
    return claims


@plugins.extractor("names", requires=(TOKENS, SENTENCES, TAGS, MENTIONS), assigns=(Facet.NAME,))
def names(analysis: Analysis) -> list[Claim]:
    """Return one ``entity.name`` claim per entity and spelling the document uses."""
    registry = registry_for(analysis.entities)
    return _name_claims(analysis.document, analysis.mentions(), registry)


def _merge(claims: list[Claim]) -> list[Claim]:
    merged: dict[tuple[object, ...], Claim] = {}
    for c in claims:
        org = c.details.organization if isinstance(c.details, RoleDetails) else None
        key = (c.facet, c.subject, c.value, c.modality, org or "")
        if key in merged:
            old = merged[key]
            merged[key] = Claim(
                doc_id=old.doc_id,
                facet=old.facet,
                subject=old.subject,
                value=old.value,
                written=old.written,
                evidence=_spans((*old.evidence, *c.evidence)),
                subject_label=old.subject_label,
                modality=old.modality,
                details=old.details,
                extractor=old.extractor,
            )
        else:
            merged[key] = c
    return list(merged.values())


def _role_claims(doc: Document, fact: RoleFact, label: str, registry: Registry) -> list[Claim]:
    person_id = str(fact.person.entity_id)
    person = registry.find(person_id)
    # A future role ("incoming", "-elect", "expected to become") is scheduled, not held: the
    # comparers and the office check leave it out of what documents say holds now.
    modality = (
        Modality.PAST if fact.past else Modality.SCHEDULED if fact.future else Modality.ASSERTED
    )
    details = RoleDetails(
        construction=fact.construction,
        role=fact.role or None,
        organization=fact.organization or None,
        organization_kind=fact.organization_kind or None,
        organization_label=(
            registry.label(fact.organization or "") or " ".join(fact.organization_written.split())
        )
        or None,
        qualifier=fact.qualifier or None,
        field=fact.field or None,
        person_country=(person.country if person else None) or None,
        party_by=(fact.organization_why or None) if fact.organization_kind == "party" else None,
    )
    role_span = doc.span(fact.start, fact.end)
    claims = []
    if fact.role:  # "A B of the National Union" gives an affiliation and no role
        claims.append(
            Claim(
                doc_id=doc.id,
                facet=FACET_ROLE,
                subject=person_id,
                value=fact.role,
                written=fact.written,
                evidence=_spans((role_span, fact.person.span)),
                subject_label=label,
                modality=modality,
                details=details,
                extractor="roles",
            )
        )
    if fact.organization:
        org_span = doc.span(fact.organization_start, fact.organization_end)
        org_label = registry.label(fact.organization) or fact.organization_written
        claims.append(
            Claim(
                doc_id=doc.id,
                facet=FACET_AFFILIATION,
                subject=person_id,
                value=fact.organization,
                written=" ".join(fact.organization_written.split()),
                evidence=_spans((org_span, fact.person.span)),
                subject_label=label,
                modality=modality,
                details=evolve(
                    details,
                    kind=fact.organization_kind or "",
                    label=" ".join(org_label.split()),
                ),
                extractor="roles",
            )
        )
    return claims


@plugins.extractor(
    "roles",
    requires=(TOKENS, SENTENCES, TAGS, MENTIONS),
    assigns=(Facet.ROLE, Facet.AFFILIATION),
)
def roles(analysis: Analysis) -> list[Claim]:
    """Return ``person.role`` and ``person.affiliation`` claims from titles and appositives."""
    registry = registry_for(analysis.entities)
    doc = analysis.document
    mentions = analysis.mentions()
    labels = _labels(doc, mentions, registry)
    claims: list[Claim] = []
    for fact in find_roles(analysis.doc(), mentions, registry):
        person_id = str(fact.person.entity_id)
        claims.extend(_role_claims(doc, fact, labels.get(person_id, fact.person.text), registry))
    return _merge(claims)
