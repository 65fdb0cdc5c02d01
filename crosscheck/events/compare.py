"""Compare aligned events: who took part and where (their dates: ``crosscheck.time.compare``).

Participants are not single-valued: one outlet naming two leaders and another naming three is an
omission, not a contradiction, so participants only ever agree (on the people every source names).
Places agree when they are the same (corroborated) or one lies inside the other (compatible: a
palace lies in its city, the city in its country, by the registry or by the text: "the Corvid
Theatre in Leeds"); two places the registry knows, neither of which contains the other, contradict,
and so do places the text puts in places apart, two venues, and towns the registry lacks that
the gazetteer puts in two countries or far apart (``places_related``); a town neither places
beside one the registry knows, or a venue beside a town, may be one inside the other, so nothing
is said about them (the sources whose places relate to the one most of them give still agree).

Durations and ordinals (``crosscheck.events.facts``) are single-valued: a duration agrees when every
source gives the same length (``corroborated``), is ``compatible`` when their intervals all meet
("nearly three hours" and "three hours"), and contradicts when two cannot meet ("a fortnight-long
tour" and "a ten-day tour"); ordinals are compared only within one scope (what is counted: "the
third official visit" and "the first official visit" contradict, "the first summit outside the
capital" and "the third summit" count different things).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from crosscheck import plugins
from crosscheck.compare import make_finding
from crosscheck.events.claims import PARTICIPANTS_FACET, PLACE_FACET, EventDetails, places_related
from crosscheck.events.facts import DURATION_FACET, ORDINAL_FACET, FactDetails
from crosscheck.model import Claim, ClaimGroup, Document, Finding, FindingKind
from crosscheck.names.registry import registry_for


@plugins.comparer(PARTICIPANTS_FACET)
def compare_participants(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Report which sources tell one event and the participants every one of them names.

    The finding is an agreement that the sources tell one event (it is what shows the alignment);
    when no one is named by all of them it says so, and who is named by two or more.
    """
    if len(group.doc_ids) < 2:
        return []
    sets = [set(filter(None, c.value.split("+"))) for c in group.claims]
    if not any(sets):
        return []  # an incident: no participants to compare
    registry = registry_for()
    shown = _written_names(group.claims)

    def label(ids: set[str]) -> str:
        return ", ".join(sorted(registry.label(i) or shown.get(i) or i for i in ids))

    common = set.intersection(*sets)
    if common:
        said = f"all name {label(common)}"
    else:
        # The event is lined up across the sources (so the finding stays: it shows which articles
        # tell it), but naming someone is not agreeing on them: say who is named by two or more
        # sources, not "all name no one".
        pairs = {(c.doc_id, i) for c, s in zip(group.claims, sets, strict=True) for i in s}
        named_by = Counter(i for _, i in pairs)
        shared = {i for i, n in named_by.items() if n >= 2}
        said = "no one is named by all of them"
        if shared:
            said += f"; two or more name {label(shared)}"
    return [
        make_finding(
            FindingKind.AGREEMENT,
            "corroborated",
            group.claims,
            docs,
            f"{len(group.doc_ids)} documents describe {group.label}; {said}",
        )
    ]


def _written_names(claims: tuple[Claim, ...]) -> dict[str, str]:
    """Map each person the registry does not list to a name an article writes for them.

    Such a person has a local id ("person:~brennick-orla"), which is no name to show a reader.
    The frame keeps each person's surname beside their id, and the claim's written value the
    names as the article gives them: the first written name ending in that surname is shown.
    """
    out: dict[str, str] = {}
    for c in claims:
        d = c.details
        if not isinstance(d, EventDetails):
            continue
        written = [w for w in c.written.split(", ") if w]
        for i, last in zip(d.participants, d.surnames, strict=False):
            if not last or i in out:
                continue
            name = next((w for w in written if w.lower().split()[-1] == last), None)
            if name is not None:
                out[i] = name
    return out


@plugins.comparer(PLACE_FACET)
def compare_places(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Compare where the sources place one event: the same, nested, unrelated, or unknown.

    The same place is ``corroborated``; places one inside another (a venue in its city in its
    country) are ``compatible``; two places the registry knows, neither inside the other, are a
    ``contradiction``, as are places the text puts in places apart, two venues and two towns the
    registry lacks (``places_related``); otherwise a place the registry lacks has no known country,
    so how it relates to another is unknown and nothing is reported about the two (a small town
    may well lie where the other outlet says). The agreement holds the sources whose places
    relate to the place most of them give; the others are left out of it.
    """
    if len(group.doc_ids) < 2:
        return []
    registry = registry_for()
    # A place the registry lacks has a local id ("place:~hollis-building"); show it as written.
    written = {
        c.value: c.written for c in sorted(group.claims, key=lambda c: (c.doc_id, c.written))
    }

    def name(value: str) -> str:
        return registry.label(value) or written.get(value) or value

    sides = sorted({_side(c) for c in group.claims})
    pairs = [(a, b) for i, a in enumerate(sides) for b in sides[i + 1 :] if a[0] != b[0]]
    clash = next(((a, b) for a, b in pairs if places_related(a, b, registry) is False), None)
    if clash is not None:
        # Frames placed in two places apart are aligned only when the same people meet on the same
        # day (events.normalize), so this is a contradiction about one event.
        a, b = clash[0][0], clash[1][0]
        return [
            make_finding(
                FindingKind.DISCREPANCY,
                "contradiction",
                group.claims,
                docs,
                f"documents place {group.label} differently: {name(a)} vs {name(b)}",
            )
        ]
    # The places that relate to the one most documents give (the same, or one inside the other)
    # agree; a place the registry lacks that relates to nothing known ("the Hollis Building" beside
    # "Leeds") is left out of the agreement, not a reason to say nothing about the others.
    values = sorted({c.value for c in group.claims})
    top = max(values, key=lambda v: (len({c.doc_id for c in group.claims if c.value == v}), v))
    tops = [s for s in sides if s[0] == top]
    kept = [
        c
        for c in group.claims
        if c.value == top or any(places_related(t, _side(c), registry) is True for t in tops)
    ]
    if len({c.doc_id for c in kept}) < 2:
        return []
    agreed = sorted({c.value for c in kept})
    names = ", ".join(name(v) for v in agreed)
    category = "corroborated" if len(agreed) == 1 else "compatible"
    how = "in the same place" if len(agreed) == 1 else "in nested places"
    return [
        make_finding(
            FindingKind.AGREEMENT,
            category,
            kept,
            docs,
            f"{len({c.doc_id for c in kept})} documents place {group.label} {how}: {names}",
        )
    ]


def _side(c: Claim) -> tuple[str, tuple[str, ...], str]:
    """Return an ``event.place`` claim's place, the places its text puts it in, and its grain."""
    d = c.details
    if isinstance(d, EventDetails):
        return c.value, d.places, d.grain
    return c.value, (), ""


def _fact(c: Claim) -> FactDetails:
    return c.details if isinstance(c.details, FactDetails) else FactDetails()


@plugins.comparer(DURATION_FACET)
def compare_durations(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Compare how long the sources say one event lasted: the same, overlapping, or apart."""
    if len(group.doc_ids) < 2:
        return []
    bounds = [(_fact(c).low, _fact(c).high) for c in group.claims]
    written = ", ".join(sorted({c.written for c in group.claims}))
    # Intervals on a line all meet exactly when the latest start is before the earliest end.
    if max(lo for lo, _ in bounds) > min(hi for _, hi in bounds):
        return [
            make_finding(
                FindingKind.DISCREPANCY,
                "contradiction",
                group.claims,
                docs,
                f"documents give {group.label} different lengths: {written}",
            )
        ]
    same = len(set(bounds)) == 1
    return [
        make_finding(
            FindingKind.AGREEMENT,
            "corroborated" if same else "compatible",
            group.claims,
            docs,
            f"{len(group.doc_ids)} documents give {group.label} "
            f"{'the same length' if same else 'lengths that agree'}: {written}",
        )
    ]


@plugins.comparer(ORDINAL_FACET)
def compare_ordinals(group: ClaimGroup, docs: Mapping[str, Document]) -> list[Finding]:
    """Compare which of its kind the sources say one event is, within each scope counted."""
    by_scope: dict[str, list[Claim]] = {}
    for c in group.claims:
        by_scope.setdefault(_fact(c).scope, []).append(c)
    findings = []
    for scope in sorted(by_scope):
        claims = by_scope[scope]
        if len({c.doc_id for c in claims}) < 2:
            continue
        values = sorted({c.value for c in claims}, key=int)
        written = ", ".join(sorted({c.written for c in claims}))
        if len(values) > 1:
            findings.append(
                make_finding(
                    FindingKind.DISCREPANCY,
                    "contradiction",
                    claims,
                    docs,
                    f"documents count {group.label} differently ({scope}): {written}",
                )
            )
        else:
            findings.append(
                make_finding(
                    FindingKind.AGREEMENT,
                    "corroborated",
                    claims,
                    docs,
                    f"{len({c.doc_id for c in claims})} documents count {group.label} alike "
                    f"({scope}): {written}",
                )
            )
    return findings
