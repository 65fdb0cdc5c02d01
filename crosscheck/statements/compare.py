"""Compare statements across outlets: who said it, how it is worded, and through whom it came.

- ``statement.text``: identical wording in two or more documents is an agreement; a different
  wording of the same statement is a ``variant`` discrepancy carrying the word-level diff.
- ``statement.speaker``: the same statement attributed to different named speakers is a
  ``contradiction``; the same speaker in every document is an agreement. A denial ("X rejected
  the claim that ...") is not its subject's words and takes no part.
- ``statement.via``: one statement (or one speaker's statements, in one period) reached through
  different intermediaries is a ``reporting-chain`` discrepancy, never a contradiction.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence

from rapidfuzz.distance import Levenshtein

from crosscheck import plugins
from crosscheck._disjoint import DisjointSets
from crosscheck.compare import make_finding, value_diff
from crosscheck.model import Claim, ClaimGroup, Diff, Document, Finding, FindingKind, Modality
from crosscheck.names.fuzzy import POSSIBLE_VARIANT_SCORE, compare_names
from crosscheck.statements.claims import statement_details
from crosscheck.statements.lexicon import FALLBACK_LANGUAGE, lexicon
from crosscheck.statements.matching import MIN_MATCH_WORDS, word_opcodes

# Speaker resolutions firm enough to contradict another outlet. A speaker reached through a
# pronoun or a bare continuation quote may be a resolution slip, not what the article says.
FIRM_RESOLUTIONS = frozenset({"named", "mention", "short-name", "title"})
# Documents published more than this many days apart report different rounds of a story: one
# speaker's intermediaries are compared only within such a period.
CHAIN_PERIOD_DAYS = 31
UNNAMED_PREFIX = "unnamed:"
# The prefix of a speaker's name as written, compared by its words like a key.
NAME_FORM = "written:"
# Resolutions where the written speaker is the name itself (not "he" or "the president").
_DIRECT_RESOLUTIONS = frozenset({"mention", "named"})
# Key prefixes of a person's speaker (the names layer's ids and the reader's own slugs).
_PERSON_PREFIXES = ("person:",)


def _by_doc(claims: Sequence[Claim]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {}
    for c in claims:
        out.setdefault(c.doc_id, []).append(c)
    return out


def _first(claims: Sequence[Claim]) -> Claim:
    return min(
        claims, key=lambda c: (c.doc_id, c.evidence[0].start if c.evidence else -1, c.written)
    )


# --- statement.text ---
@plugins.comparer("statement.text")
def compare_wording(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report identical wording across documents as agreement and each other wording as a variant."""
    by_value: dict[str, list[Claim]] = {}
    for c in group.claims:
        by_value.setdefault(c.value, []).append(c)
    doc_sets = {v: {c.doc_id for c in cs} for v, cs in by_value.items()}
    if len(set().union(*doc_sets.values())) < 2:
        return []
    label = group.label
    # The base wording is the one most documents give (ties: the smallest folded text).
    base = min(by_value, key=lambda v: (-len(doc_sets[v]), v))
    # A wording that only starts or ends elsewhere than the base (one outlet quotes more of the
    # sentence) is the same quote: it agrees with the base on every word they share.
    crops = sorted(v for v in by_value if v != base and is_crop(base, v))
    findings: list[Finding] = []
    for value, claims in sorted(by_value.items()):
        if value in crops:
            continue
        doc_ids = set(doc_sets[value])
        if value == base:
            claims = [*claims, *(c for v in crops for c in by_value[v])]
            doc_ids.update(*(doc_sets[v] for v in crops))
        if len(doc_ids) >= 2:
            in_part = " (some in part)" if value == base and crops else ""
            findings.append(
                make_finding(
                    FindingKind.AGREEMENT,
                    "corroborated",
                    claims,
                    docs,
                    f"{len(doc_ids)} documents quote {label} in the same words{in_part}",
                )
            )
    base_claim = _first(by_value[base])
    for value, claims in sorted(by_value.items()):
        if value == base or value in crops or doc_sets[value] <= doc_sets[base]:
            continue  # every document with this wording also gives the base: no outlet disagrees
        other = _first(claims)
        a, b = sorted([base_claim, other], key=lambda c: c.value)
        diff = value_diff([*by_value[base], *claims])
        findings.append(
            make_finding(
                FindingKind.DISCREPANCY,
                "variant",
                [*by_value[base], *claims],
                docs,
                f"{label} is worded differently: {_sources(by_value[a.value])} vs "
                f"{_sources(by_value[b.value])}",
                diff=Diff(
                    values=diff.values,
                    opcodes=word_opcodes(a.written, b.written),
                    texts=(a.written, b.written),
                ),
            )
        )
    return findings


def is_crop(a: str, b: str) -> bool:
    """Return whether two folded quotes differ only by words before or after their shared run.

    "we were the better team" and "we were the better team for an hour" are one quote cut at
    different places; a word changed, added or dropped inside the shared run is a wording variant.

    >>> is_crop("we were the better team", "we were the better team for an hour")
    True
    >>> is_crop("we were the better team", "we were the stronger team for an hour")
    False
    """
    ops = Levenshtein.opcodes(a.split(), b.split())
    inner = list(ops)
    while inner and inner[0].tag in ("insert", "delete"):
        inner.pop(0)
    while inner and inner[-1].tag in ("insert", "delete"):
        inner.pop()
    shared = sum(o.src_end - o.src_start for o in inner if o.tag == "equal")
    return bool(inner) and all(o.tag == "equal" for o in inner) and shared >= MIN_MATCH_WORDS


def _sources(claims: Sequence[Claim]) -> str:
    return ", ".join(sorted({c.doc_id for c in claims}))


# --- statement.speaker ---
def _name_words(key: str) -> frozenset[str]:
    """The words of a key's name part, whatever its punctuation ("person:~berg-jonas")."""
    return frozenset(w for w in re.split(r"[\W_]+", key.split(":", 1)[-1].lower()) if w)


def compatible(a: str, b: str) -> bool:
    """Return whether two speaker keys can name the same speaker ("person:diaz" in "person:ana-diaz")."""
    if a == b or a.startswith(UNNAMED_PREFIX) or b.startswith(UNNAMED_PREFIX):
        return True
    wa, wb = _name_words(a), _name_words(b)
    return wa <= wb or wb <= wa


@plugins.comparer("statement.speaker")
def compare_speakers(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report one statement attributed to different named speakers as a contradiction.

    A denied statement ("X dismissed the claim that '...'") names who rejected the words, not who
    said them: it never counts as its speaker's words, for or against another outlet.
    """
    stated = [c for c in group.claims if c.modality is not Modality.DENIED]
    by_doc = _by_doc(stated)
    if len(by_doc) < 2:
        return []
    label = group.label
    firm = [
        c
        for c in stated
        if statement_details(c).speaker_resolution in FIRM_RESOLUTIONS
        and not c.value.startswith(UNNAMED_PREFIX)
    ]
    behalf = _on_behalf(stated)
    classes = _speaker_classes(sorted({c.value for c in firm}), behalf)
    docs_of = {cls: frozenset(c.doc_id for c in firm if c.value in cls) for cls in classes}
    disagree = len(classes) > 1 and len(set().union(*docs_of.values())) >= 2
    if disagree and len(set(docs_of.values())) > 1:
        speakers = " vs ".join(
            f"{_speaker_label(firm, min(cls))} ({', '.join(sorted(docs_of[cls]))})"
            for cls in sorted(classes, key=lambda cls: (min(docs_of[cls]), min(cls)))
        )
        link = _uncertain_link(firm, classes, docs)
        if link is not None:
            # Every speaker apart may be the other ("Yuri Sorokin" / "Yury Sorokin", a
            # company's spokeswoman / the company): whether they are one is undecided, so no
            # contradiction rests on it.
            return [
                make_finding(
                    FindingKind.DISCREPANCY,
                    "possible-variant",
                    firm,
                    docs,
                    f"outlets attribute {label} to speakers who may be one: {speakers} ({link})",
                )
            ]
        return [
            make_finding(
                FindingKind.DISCREPANCY,
                "contradiction",
                firm,
                docs,
                f"outlets attribute {label} to different speakers: {speakers}",
            )
        ]
    all_keys = sorted({c.value for c in stated})
    if all(_same_speaker(a, b, behalf) for i, a in enumerate(all_keys) for b in all_keys[i + 1 :]):
        who = _speaker_label(stated, max(all_keys, key=lambda k: (len(_name_words(k)), k)))
        return [
            make_finding(
                FindingKind.AGREEMENT,
                "corroborated",
                stated,
                docs,
                f"{len(by_doc)} documents attribute {label} to {who}",
            )
        ]
    return []


def _uncertain_link(
    claims: Sequence[Claim], classes: Sequence[frozenset[str]], docs: Mapping[str, Document]
) -> str | None:
    """Return why the speaker classes may all be one speaker, or None when some stay apart.

    Two classes may be one when each holds a person's name and the names score at least
    ``POSSIBLE_VARIANT_SCORE`` (the names' own threshold for "may be one person": "Yuri
    Sorokin" / "Yury Sorokin"), or when one is a spokesperson of a body written only by its
    kind ("company spokeswoman Lena Holm", `spokesperson_titles`) and the other a name nothing
    shows to be a person (no title, unresolved by the names layer: "Northwind Ferries said"),
    which may be that body. None when some class is linked to no other: then two speakers
    really differ. A group holds one statement's few speakers, so pairs are cheap.
    """
    people: list[list[str]] = []
    for cls in classes:
        people.append(
            sorted({_speaker_label(claims, k) for k in cls if k.startswith(_PERSON_PREFIXES)})
        )
    spokes = [any(_for_unnamed_body(c, docs) for c in claims if c.value in cls) for cls in classes]
    bare = [all(_bare_name(c) for c in claims if c.value in cls) for cls in classes]
    linked = DisjointSets[int]()
    reasons: list[str] = []
    for i, j in itertools.combinations(range(len(classes)), 2):
        score = max((compare_names(a, b).score for a in people[i] for b in people[j]), default=0.0)
        if score >= POSSIBLE_VARIANT_SCORE:
            reason = f"name similarity {score:.1f}"
        elif (spokes[i] and bare[j]) or (spokes[j] and bare[i]):
            reason = "a spokesperson of a body not named, and a name that may be that body"
        else:
            continue
        if linked.union(i, j):
            reasons.append(reason)
    if len(linked.groups(range(len(classes)))) != 1:
        return None
    return "; ".join(sorted(set(reasons)))


def _for_unnamed_body(claim: Claim, docs: Mapping[str, Document]) -> bool:
    """Whether a speaker is a spokesperson whose body is named by its kind alone, or not at all."""
    details = statement_details(claim)
    doc = docs.get(claim.doc_id)
    lex = lexicon(doc.language if doc is not None else FALLBACK_LANGUAGE)
    title = (details.speaker_title or "").split()
    if not title or not lex.has("spokesperson_titles", title[-1].lower()):
        return False
    org = details.speaker_organization
    return org is None or not any(w[:1].isupper() for w in org.split())


def _bare_name(claim: Claim) -> bool:
    """Whether a speaker is a name as written with no title and nothing resolving it to a person."""
    details = statement_details(claim)
    return (
        details.speaker_resolution == "named"
        and details.speaker_title is None
        and details.speaker_organization is None
        and not claim.value.startswith(UNNAMED_PREFIX)
    )


def _on_behalf(claims: Sequence[Claim]) -> dict[str, frozenset[str]]:
    """Return, per speaker key, the other keys it may be written as in these claims.

    "Ministry spokesperson Jane Roe said" is the ministry's statement made by Jane Roe, so an
    outlet that gives it as "the ministry said" names the same speaker: the person's key stands
    for the body's too. A key also stands for the name as written when the sentence names the
    speaker outright ("Cheryl Boone Isaacs", "T-Mobile US") and for its label, so that two
    spellings of one name that the names layer keyed apart are compared by their words.
    """
    out: dict[str, set[str]] = {}
    for c in claims:
        details = statement_details(c)
        forms = out.setdefault(c.value, set())
        if details.speaker_organization_key is not None:
            forms.add(details.speaker_organization_key)
        if c.attributed_to:
            forms.add(NAME_FORM + c.attributed_to)
        if details.speaker_resolution in _DIRECT_RESOLUTIONS and c.written:
            forms.add(NAME_FORM + c.written)
    return {k: frozenset(v) for k, v in out.items()}


def _same_speaker(a: str, b: str, behalf: Mapping[str, frozenset[str]]) -> bool:
    """Return whether two keys may name one speaker: compatible keys, a body and the person
    speaking for it, or names as written whose words are one within the other."""
    if compatible(a, b):
        return True
    fa = behalf.get(a, frozenset())
    fb = behalf.get(b, frozenset())
    return (
        any(compatible(f, b) for f in fa if not f.startswith(NAME_FORM))
        or any(compatible(f, a) for f in fb if not f.startswith(NAME_FORM))
        or any(
            compatible(x, y)
            for x in fa
            if x.startswith(NAME_FORM)
            for y in fb
            if y.startswith(NAME_FORM)
        )
    )


def _speaker_classes(
    keys: Sequence[str], behalf: Mapping[str, frozenset[str]] | None = None
) -> list[frozenset[str]]:
    """Group speaker keys that may name one speaker (union of pairwise compatible keys)."""
    behalf = behalf or {}
    speakers = DisjointSets[str]()
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:  # a group holds one statement's few speakers: pairs are cheap
            if speakers.find(a) != speakers.find(b) and _same_speaker(a, b, behalf):
                speakers.union(a, b)
    return [frozenset(v) for v in speakers.groups(keys).values()]


def _speaker_label(claims: Sequence[Claim], key: str) -> str:
    return next(
        (c.attributed_to for c in sorted(claims, key=_order) if c.value == key and c.attributed_to),
        key,
    )


def _order(c: Claim) -> tuple[str, int]:
    return (c.doc_id, c.evidence[0].start if c.evidence else -1)


# --- statement.via ---
def periods(doc_ids: Sequence[str], docs: Mapping[str, Document]) -> list[list[str]]:
    """Split documents into reporting periods by publication date (undated ones join every period).

    Consecutive dated documents at most ``CHAIN_PERIOD_DAYS`` apart share a period.
    """
    dated = sorted(
        (d.published, i)
        for i in doc_ids
        if (d := docs.get(i)) is not None and isinstance(d.published, dt.date)
    )
    undated = sorted(i for i in doc_ids if i not in {i for _, i in dated})
    if not dated:
        return [undated]
    runs: list[list[str]] = [[dated[0][1]]]
    for (before, _), (day, doc_id) in itertools.pairwise(dated):
        if (day - before).days > CHAIN_PERIOD_DAYS:
            runs.append([])
        runs[-1].append(doc_id)
    return [sorted(run + undated) for run in runs]


@plugins.comparer("statement.via")
def compare_chains(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report one statement (or speaker) reached through different intermediaries per period."""
    by_doc = _by_doc(group.claims)
    label = group.label
    speaker_level = any(statement_details(c).level == "speaker" for c in group.claims)
    what = f"{label}'s statements" if speaker_level else label
    findings: list[Finding] = []
    for period in periods(sorted(by_doc), docs):
        if len(period) < 2:
            continue
        claims = [c for d in period for c in by_doc[d]]
        chains = {d: frozenset(c.value for c in by_doc[d]) for d in period}
        routes = "; ".join(f"{_via_labels(by_doc[d])} ({d})" for d in period)
        if len(set(chains.values())) == 1:
            findings.append(
                make_finding(
                    FindingKind.AGREEMENT,
                    "corroborated",
                    claims,
                    docs,
                    f"{what} reached every outlet through the same intermediary: {routes}",
                )
            )
        else:
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "reporting-chain",
                    claims,
                    docs,
                    f"{what} reached the outlets through different intermediaries: {routes}",
                )
            )
    return findings


def _via_labels(claims: Sequence[Claim]) -> str:
    return " + ".join(sorted({c.via or c.written for c in claims}))
