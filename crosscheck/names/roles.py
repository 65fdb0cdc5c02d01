"""Read people's roles and affiliations from the words around their names.

The constructions, each general:

- a title before the name, with the country or organisation before it: "Japanese Defense Minister
  Taro Yamada", "former President Kang", "Acme Robotics chairwoman A B", "the company's chairman,
  A B,", "the Union and its leader A B", "the board, led by chairman A B", "his Estonian
  counterpart A B" (the counterpart holds the one role the sentence named before);
- an appositive or copula after it: "Choi Min-ho, a professor of economic history at Seoul
  National University", "Kang, leader of the Green Party (GP) of Canada", "X is a writer";
- a relative clause: "Kang Min-su, who chairs the country's principal opposition party Minsaeng";
- membership: "A B of the National Union" (an affiliation with no role), "<Org>, led by A B",
  "A B, of the Y party,", "A B, who belongs to / joined / is a member of Y", "A B, a member of Y".

Role words are normalised by ``crosscheck/data/names/roles.toml`` (chair / head / chief -> leader,
"Energy Minister" / "minister of energy" -> energy minister); qualifiers ("main opposition",
"principal opposition") become one value ("opposition"). "former" makes a role past; "incoming",
"-elect", "designate" or "expected to become" make it future; "deputy" or "vice" make it another
role ("deputy leader").
"""

from __future__ import annotations

from collections.abc import Sequence

from crosscheck.model import Mention
from crosscheck.names.registry import Registry
from crosscheck.names.role_members import _MemberReader
from crosscheck.names.role_reader import RoleFact

__all__ = ["RoleFact", "find_roles"]


def find_roles(text: str, mentions: Sequence[Mention], registry: Registry) -> list[RoleFact]:
    """Return the roles the text gives the people it mentions, in text order.

    Args:
        text: the document's text.
        mentions: its mentions, from ``find_mentions``.
        registry: the registry the mentions were resolved against.

    Returns:
        One RoleFact per role phrase attached to a person mention.
    """
    reader = _MemberReader(text, mentions, registry)
    facts: list[RoleFact] = []
    for mention in reader.mentions:
        if reader.kind(mention) != "person":
            continue
        title = reader.title(mention)
        if title is not None:
            facts.append(title)
        led = reader.led_by(mention)
        if led is not None and (title is None or title.organization != led.organization):
            facts.append(led)
        if title is None and led is None:
            member = reader.member(mention)
            if member is not None:
                facts.append(member)
        after = reader.after(mention)
        facts.extend(after)
        joined = reader.membership(mention)
        if joined is not None and all(
            f.organization != joined.organization for f in facts if f.person is mention
        ):
            facts.append(joined)
    return sorted(facts, key=lambda f: (f.start, f.end, f.role))
