"""Invariants: writing an entity by another of its aliases changes what resolves, and no verdict."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from crosscheck.align import align
from crosscheck.compare import compare
from crosscheck.extract import Analysis
from crosscheck.model import Corpus, Document
from crosscheck.names import find_mentions, registry_for
from crosscheck.names.claims import names, roles
from crosscheck.names.normalize import unify_names

REGISTRY = registry_for()


def aliases(entity_id: str, *, leave_out: tuple[str, ...] = ()) -> list[str]:
    entity = REGISTRY.get(entity_id)
    return sorted(n for n in (entity.label, *entity.aliases) if n not in leave_out)


# Slots of the template and the aliases that may fill each; an ambiguous alias ("Democratic Party")
# is left out because on its own it does not name one entity.
SLOTS = {
    "person": aliases("person:lee-jae-myung"),
    "party": aliases("party:democratic-party-of-korea", leave_out=("Democratic Party",)),
    "president": aliases("person:yoon-suk-yeol"),
    "outlet": aliases("outlet:cna"),
    "pact": aliases("agreement:gsomia"),
    "place": aliases("place:liancourt-rocks"),
}
ENTITY = {
    "person": "person:lee-jae-myung",
    "party": "party:democratic-party-of-korea",
    "president": "person:yoon-suk-yeol",
    "outlet": "outlet:cna",
    "pact": "agreement:gsomia",
    "place": "place:liancourt-rocks",
}
TEMPLATE = (
    "{person}, who chairs South Korea's principal opposition party {party}, said on Tuesday "
    "that President {president} must not sign the {pact} again. He told {outlet} that ships "
    "near {place} were seen."
)
OTHER = (
    "Seoul, April 12. Lee Jae-myung, leader of the Democratic Party (DP) of Korea, said "
    "President Yoon Suk-yeol was wrong, according to Yonhap."
)

fillings = st.fixed_dictionaries(
    {slot: st.sampled_from(choices) for slot, choices in SLOTS.items()}
)


def fill(values: dict[str, str]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Return the filled template and where each slot's alias sits."""
    text = TEMPLATE
    spans: dict[str, tuple[int, int]] = {}
    for slot in sorted(SLOTS, key=TEMPLATE.index):
        marker = "{" + slot + "}"
        start = text.index(marker)
        text = text.replace(marker, values[slot], 1)
        spans[slot] = (start, start + len(values[slot]))
    return text, spans


def resolutions(text: str) -> dict[tuple[int, int], str | None]:
    doc = Document(id="a.txt", path="a.txt", text=text)
    return {(m.span.start, m.span.end): m.entity_id for m in find_mentions(doc)}


@given(fillings)
def test_every_alias_resolves_to_its_entity_in_context(values: dict[str, str]) -> None:
    text, spans = fill(values)
    found = resolutions(text)
    for slot, span in spans.items():
        covering = [eid for (s, e), eid in found.items() if s <= span[0] and span[1] <= e]
        assert covering == [ENTITY[slot]], (slot, values[slot], found)


def verdicts(text: str) -> dict[tuple[str, str, str], str]:
    day = dt.date(2023, 4, 12)
    docs = (
        Document(id="a.txt", path="a.txt", text=text, published=day),
        Document(id="b.txt", path="b.txt", text=OTHER, published=day),
    )
    corpus = Corpus(documents=docs)
    claims = [c for d in docs for c in (*names(Analysis(d)), *roles(Analysis(d)))]
    claims = unify_names(claims, corpus)
    findings = compare(align(claims), corpus, claims)
    # Findings about spellings are about the aliases themselves; every other verdict must hold.
    return {
        (f.facet, f.subject, f.category): str(f.kind) for f in findings if f.facet != "entity.name"
    }


@given(fillings, st.sampled_from(sorted(SLOTS)), st.data())
def test_replacing_an_alias_changes_no_resolution_and_no_verdict(
    values: dict[str, str], slot: str, data: st.DataObject
) -> None:
    other = data.draw(st.sampled_from(SLOTS[slot]), label="replacement")
    before_text, _ = fill(values)
    after_text, _ = fill({**values, slot: other})
    before, after = resolutions(before_text), resolutions(after_text)
    # The same entities, in the same order, whatever the alias.
    assert [before[k] for k in sorted(before)] == [after[k] for k in sorted(after)]
    assert verdicts(before_text) == verdicts(after_text)
