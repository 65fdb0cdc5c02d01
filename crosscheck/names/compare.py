"""Findings about names and people: spelling variants, agreements across names, contradictions.

- ``entity.name``: documents that name one entity differently (DISCREPANCY ``variant``: which
  spellings, which outlets; a disputed place name says whose usage each is); a document that
  writes one name two ways (``inconsistency``: an unknown acronym one edit from a known one in the
  same context, or a person's full name spelt two ways);
- ``person.affiliation``: documents that give a person the same party, however they write it
  (AGREEMENT, the spellings shown), or different parties at the same time (``contradiction``,
  naming the decision that makes each side a party); an organisation no document shows to be a
  party, given where another document gives the person a party (``possible-variant``);
- ``person.role``: documents that give a person the same role (AGREEMENT), or, at the same time,
  one cabinet portfolio each and different ones (``contradiction``; roles in general are not
  single-valued, see ``crosscheck/names/portfolios.py``);
- check ``names.offices`` (in ``crosscheck/names/findings.py``, registered here): two people named in one exclusive office of one organisation at the same
  time by different documents (``contradiction``);
- check ``names.possible-variants``: names the registry lacks that are close to another name but
  below the merge threshold (``possible-variant``, with the score).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from crosscheck import plugins
from crosscheck.compare import make_finding
from crosscheck.model import (
    Claim,
    ClaimGroup,
    Document,
    Finding,
    FindingKind,
    Modality,
)
from crosscheck.names.claims import (
    NameDetails,
    RoleDetails,
    is_guess,
    name_details,
    role_details,
)
from crosscheck.names.findings import (
    AFFILIATION_FACET,
    CURRENT,
    NAME_FACET,
    ROLE_FACET,
    conflicts,
    identity_note,
    label_of,
    offices,
    outlets_of,
    possible_variants,
    published,
    same_time,
    spellings,
    written_diff,
)
from crosscheck.names.keys import ascii_fold, name_key
from crosscheck.names.matcher import fold
from crosscheck.names.normalize import may_be_party, party_slot
from crosscheck.names.portfolios import (
    CABINET,
    HEAD_OF_GOVERNMENT,
    clashes,
    doubled_offices,
    office_seats,
    seats,
)
from crosscheck.names.registry import is_local, kind_of_id, name_disputes, registry_for
from crosscheck.names.resolve import initials
from crosscheck.names.text import is_acronym_word
from crosscheck.nlp.quotes import find_quotes

# Kinds whose naming differences are not findings: a country is "South Korea", "Korea", "ROK"
# and "South Korean" in one article, a city "Bogota" or "Bogotá", and none of it is a slip or a
# position. A disputed name (crosscheck/data/names/disputes.toml) is reported all the same.
QUIET_KINDS = frozenset({"city", "country", "region"})
# Constructions that make a person a member of the organisation after the name ("A B of the Y",
# "A B, who belongs to Y", "Trade Minister A B of the Y"): a possible party.
MEMBERSHIPS = frozenset({"member", "title member"})
# Affiliations of this kind exclude each other: one party at a time.
EXCLUSIVE_AFFILIATION_KINDS = frozenset({"party"})


def _spelling(written: str, kind: str = "person") -> str:
    """Return the form spellings are compared in: case, spacing and diacritics never count
    ("Márcio" = "Marcio": the same spelling, one written without accents, as plain-text newswires
    do); for names other than people's, hyphens and punctuation do not either ("Self-Defense" =
    "Self Defense")."""
    written = fold(written).replace(".", "") if kind != "person" else without_nicknames(written)
    return " ".join(ascii_fold(written).split())


def without_nicknames(written: str) -> str:
    """Return a person's written name without the quoted nickname set inside it ('Marek "The
    Crane" Nowak' is "Marek Nowak"): the nickname is an alias of the name, no other spelling of
    it. The quotes are paired as the quote layer pairs them, so an apostrophe ("O'Neill") stays."""
    quotes = find_quotes(written, [(0, len(written))])
    if not quotes:
        return written
    pieces, at = [], 0
    for q in quotes:
        pieces.append(written[at : q.start])
        at = q.end
    pieces.append(written[at:])
    return " ".join(" ".join(pieces).split())


def _primary(claims: Sequence[Claim], kind: str) -> str:
    """Return a document's main spelling: its first full name, else its first acronym.

    A person's full name has two words or more: a surname the registry lists as an alias
    ("Kalnins") is a short reference, not the document's spelling of the name.
    """
    ordered = sorted(claims, key=lambda c: c.evidence[0].start if c.evidence else -1)
    full = [c for c in ordered if not is_acronym_word(c.written)]
    if kind == "person":
        full = [c for c in full if len(c.written.split()) >= 2] or full
    return _spelling((full or ordered)[0].written, kind)


def _dispute_note(subject: str, claims: Sequence[Claim]) -> str:
    names = name_disputes().get(subject)
    if not names:
        return ""
    registry = registry_for()
    used = sorted({fold(c.written) for c in claims} & set(names))
    if not used:
        return ""
    sides = [f"{n!r} is {registry.label(names[n]) or names[n]}'s usage" for n in used]
    return "; disputed name: " + ", ".join(sides)


def _slips(
    group: ClaimGroup, regular: Sequence[Claim], docs: Mapping[str, Document]
) -> list[Finding]:
    findings = []
    label = label_of(group.claims, group.subject)
    for slip in (c for c in group.claims if is_guess(c)):
        guess = name_details(slip)
        same = [c for c in regular if c.doc_id == slip.doc_id and c.written == guess.variant_of]
        if not same:
            continue
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "inconsistency",
                [slip, *same],
                docs,
                f"{outlets_of([slip], docs)} writes {slip.written!r} for {label}, elsewhere "
                f"{same[0].written!r}"
                f" in the same context ({' '.join(guess.context)}); similarity "
                f"{guess.score if guess.score is not None else '?'}",
                diff=written_diff([slip, *same]),
            )
        )
    return findings


def _personspellings(
    group: ClaimGroup, regular: Sequence[Claim], docs: Mapping[str, Document]
) -> list[Finding]:
    findings = []
    by_doc: dict[str, list[Claim]] = {}
    for c in regular:
        if len(c.written.split()) >= 2 and not is_acronym_word(c.written):
            by_doc.setdefault(c.doc_id, []).append(c)
    for doc_id, claims in sorted(by_doc.items()):
        if len({_spelling(c.written) for c in claims}) > 1:
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "inconsistency",
                    claims,
                    docs,
                    f"{doc_id} spells {label_of(claims, group.subject)} two ways: "
                    + " vs ".join(sorted({repr(c.written) for c in claims})),
                    diff=written_diff(claims),
                )
            )
    return findings


@plugins.comparer(NAME_FACET)
def name_variants(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report naming variants across documents and inconsistent names inside one."""
    regular = [c for c in group.claims if not is_guess(c)]
    findings = _slips(group, regular, docs)
    kind = next((k for c in regular if (k := name_details(c).kind)), None)
    kind = kind or kind_of_id(group.subject)
    if kind in QUIET_KINDS and group.subject not in name_disputes():
        return findings
    if kind == "person":
        findings.extend(_personspellings(group, regular, docs))
    by_doc: dict[str, list[Claim]] = {}
    for c in regular:
        by_doc.setdefault(c.doc_id, []).append(c)
    primaries = {doc_id: _primary(claims, kind) for doc_id, claims in by_doc.items()}
    if len(by_doc) >= 2 and len(set(primaries.values())) >= 2:
        label = label_of(regular, group.subject)
        tiers = sorted({name_details(c).tier for c in regular} - {""})
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "variant",
                regular,
                docs,
                f"{label} is named {spellings(regular, docs)} (resolved by {', '.join(tiers)})"
                + (f" ({identity_note(regular)})" if any(c.merge for c in regular) else "")
                + _dispute_note(group.subject, regular),
                diff=written_diff(regular),
            )
        )
    elif kind == "person" and not is_local(group.subject):
        findings.extend(_romanisation_variants(group, regular, docs))
    return findings


def _letters(written: str) -> str:
    return "".join(c for c in ascii_fold(written) if c.isalnum())


def _romanisation_variants(
    group: ClaimGroup, regular: Sequence[Claim], docs: Mapping[str, Document]
) -> list[Finding]:
    """Report a person's name romanised otherwise than the registry spells it, when the documents
    agree among themselves ("Kim Gun-woo" for Kim Keon-woo): the reader should know the spelling
    differs from the usual one even if only one outlet names the person."""
    label = next((shown for c in regular if (shown := name_details(c).label)), "")
    if not label:
        return []
    variants = [
        c
        for c in regular
        if len(c.written.split()) >= 2
        and _letters(c.written) != _letters(label)
        and name_key(c.written) == name_key(label)
    ]
    if not variants:
        return []
    return [
        make_finding(
            FindingKind.DISCREPANCY,
            "variant",
            variants,
            docs,
            f"{label} is written {spellings(variants, docs)}, a romanisation variant of the "
            f"registry's spelling {label!r}",
            diff=written_diff(variants),
        )
    ]


def _label_detail(claim: Claim) -> str | None:
    # The display label an entity.name or person.affiliation claim carries for its value.
    d = claim.details
    return d.label if isinstance(d, (NameDetails, RoleDetails)) else None


def _current(claims: Iterable[Claim]) -> list[Claim]:
    """Return the claims of roles and affiliations held now: not past, not yet to come."""
    return [c for c in claims if c.modality in CURRENT]


def _agreements(
    group: ClaimGroup, claims: Sequence[Claim], docs: Mapping[str, Document], what: str
) -> list[Finding]:
    by_value: dict[str, list[Claim]] = {}
    for c in claims:
        by_value.setdefault(c.value, []).append(c)
    label = label_of(group.claims, group.subject)
    findings = []
    for value, cs in sorted(by_value.items()):
        if len({c.doc_id for c in cs}) < 2:
            continue
        shown = next((s for c in cs if (s := _label_detail(c))), value)
        written = sorted({c.written for c in cs})
        note = f", written {spellings(cs, docs)}" if len(written) > 1 else ""
        findings.append(
            make_finding(
                FindingKind.AGREEMENT,
                "corroborated",
                cs,
                docs,
                f"{len({c.doc_id for c in cs})} documents agree on {label}'s {what}: {shown}{note}",
                diff=written_diff(cs),
            )
        )
    return findings


def party_decision(claim: Claim) -> str | None:
    """Return the recorded decision that makes an affiliation's organisation a party, or None."""
    d = role_details(claim)
    if d.kind != "party":
        return None
    return d.party_by or (None if is_local(claim.value) else "a registry party")


def _decisions(claims: Sequence[Claim]) -> str:
    """Return "'Y' (why), 'Z' (why)": the decision behind each party value, for an explanation."""
    by_value: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.value, c.doc_id)):
        by_value.setdefault(c.value, f"{c.written!r}: {party_decision(c)}")
    return "; ".join(by_value[v] for v in sorted(by_value))


def _possible_parties(
    group: ClaimGroup,
    current: Sequence[Claim],
    parties: Sequence[Claim],
    docs: Mapping[str, Document],
) -> list[Finding]:
    """Report organisations no document shows to be parties, given as a person's affiliation
    ("A B of the PL") where another document of the time gives the person a party: maybe another
    party, maybe not a party at all, so a possible variant, never a contradiction."""
    party_docs = {c.doc_id for c in parties}
    # An acronym with the initials of a party the person is given ("PSB", "Brazilian Socialist
    # Party") is likely that party written short: no variant.
    shorts = {initials(role_details(c).label or c.written) for c in parties}
    unshown = [
        c
        for c in current
        if c.doc_id not in party_docs
        and may_be_party(c, acronyms=True)
        and (party_slot(c) or role_details(c).construction in MEMBERSHIPS)
        and not (is_acronym_word(c.written) and c.written.replace(".", "") in shorts)
    ]
    if not unshown:
        return []

    def meet(a: Claim, b: Claim) -> bool:
        return a.doc_id != b.doc_id and same_time(
            published(a.doc_id, docs), published(b.doc_id, docs), undated_is_now=True
        )

    # Each organisation against the parties other documents of its time give (one person's
    # claims: a handful, so the pairs stay few).
    odd = [o for o in unshown if any(meet(o, p) for p in parties)]
    if not odd:
        return []
    found = [*odd, *(p for p in parties if any(meet(o, p) for o in odd))]
    label = label_of(group.claims, group.subject)
    return [
        make_finding(
            FindingKind.DISCREPANCY,
            "possible-variant",
            found,
            docs,
            f"documents give {label} the party {spellings([c for c in found if c not in odd], docs)}"
            f" and the organisation {spellings(odd, docs)}, which no document shows to be a party: "
            f"possibly another party ({identity_note(found)})",
            facet=AFFILIATION_FACET,
        )
    ]


@plugins.comparer(AFFILIATION_FACET)
def affiliations(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Agreement on a person's affiliations across names; contradiction on exclusive ones.

    Parties contradict only when each side is a party by a recorded decision
    (``RoleDetails.party_by``: the registry, the text's own words, an election result, another
    document); an organisation nothing shows to be a party is at most a possible variant.
    """
    current = _current(group.claims)
    parties = [c for c in current if party_decision(c) is not None]
    exclusive = [c for c in parties if role_details(c).kind in EXCLUSIVE_AFFILIATION_KINDS]
    findings = _agreements(group, current, docs, "affiliation")
    label = label_of(group.claims, group.subject)
    by_doc: dict[str, set[str]] = {}
    for c in exclusive:
        by_doc.setdefault(c.doc_id, set()).add(c.value)
    for doc_id, values in sorted(by_doc.items()):
        if len(values) > 1:
            own = [c for c in exclusive if c.doc_id == doc_id]
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "inconsistency",
                    own,
                    docs,
                    f"{doc_id} gives {label} {len(values)} parties: " + ", ".join(sorted(values)),
                )
            )
    # A party with no word of time is the person's party in the coverage, dated or not.
    conflicting = conflicts(exclusive, docs, undated_is_now=True)
    if conflicting:
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "contradiction",
                conflicting,
                docs,
                f"documents give {label} different parties at the same time: "
                + spellings(conflicting, docs)
                + f" (parties: {_decisions(conflicting)}; {identity_note(conflicting)})",
                facet=AFFILIATION_FACET,
            )
        )
    findings.extend(_possible_parties(group, current, parties, docs))
    return findings


def _portfolio_clash(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report documents of the same time giving a person one cabinet portfolio each, differently."""
    found = seats(group.claims, docs) + office_seats(group.claims, docs)
    clashing = clashes(found, docs)
    if not clashing:
        return []
    label = label_of(group.claims, group.subject)
    # A prime minister's claim may clash in two sets (cabinet, state): one observation of it.
    unique = {(s.doc_id, s.claim.value, s.claim.evidence): s.claim for s in clashing}
    claims = [unique[k] for k in sorted(unique, key=lambda k: (k[0], k[1]))]
    by_portfolio: dict[str, list[Claim]] = {}
    for c in claims:
        by_portfolio.setdefault(c.value, []).append(c)
    # One side per normalised role, whatever its spellings: "'Home Affairs Minister' / 'Interior
    # Minister' (A, B) vs 'Transport Minister' (C)".
    named = " vs ".join(
        " / ".join(sorted({repr(c.written) for c in cs})) + f" ({outlets_of(cs, docs)})"
        for _, cs in sorted(by_portfolio.items())
    )
    # A head of government against a portfolio is two seats, not two portfolios.
    if any(s.office_set != CABINET for s in clashing):
        what = "offices"
    elif any(s.portfolio == HEAD_OF_GOVERNMENT for s in clashing):
        what = "cabinet seats"
    else:
        what = "cabinet portfolios"
    return [
        make_finding(
            FindingKind.DISCREPANCY,
            "contradiction",
            claims,
            docs,
            f"documents give {label} different {what} at the same time: {named} "
            f"({identity_note(claims)})",
            facet=ROLE_FACET,
            diff=written_diff(claims),
        )
    ]


def _doubled_offices(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report a document that gives a person two offices of one set ("President X", "Vice
    President X"): one person holds one of them at a time, so the text contradicts itself."""
    label = label_of(group.claims, group.subject)
    findings = []
    for held in doubled_offices(group.claims, docs):
        claims = [s.claim for s in held]
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "inconsistency",
                claims,
                docs,
                f"{held[0].doc_id} gives {label} two offices one person does not hold together: "
                + " vs ".join(repr(c.written) for c in claims)
                + f" ({identity_note(claims)})",
                facet=ROLE_FACET,
                diff=written_diff(claims),
            )
        )
    return findings


@plugins.comparer(ROLE_FACET)
def roles(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Agreement on a person's roles; a contradiction only between two cabinet portfolios.

    A person may hold several roles, so roles do not exclude each other; a cabinet portfolio does
    when each of two documents of the same time gives exactly one, plainly (see
    ``crosscheck/names/portfolios.py``).
    """
    findings = _agreements(group, _current(group.claims), docs, "role")
    findings.extend(_portfolio_clash(group, docs))
    findings.extend(_doubled_offices(group, docs))
    past = [c for c in group.claims if c.modality is Modality.PAST]
    future = [c for c in group.claims if c.modality is Modality.SCHEDULED]
    return (
        findings
        + _agreements(group, past, docs, "former role")
        + _agreements(group, future, docs, "expected role")
    )


plugins.check("names.offices")(offices)
plugins.check("names.possible-variants")(possible_variants)
