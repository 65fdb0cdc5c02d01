"""Names an election result shows to be parties: "Civic Union won 12 seats".

An organisation that wins seats or a share of the vote is a party, whether or not the text ever
writes the word "party". The reading is the parse's: the name is the subject of a verb of
``election_verbs`` (``roles.toml``) whose object is a number of seats ("won 12 seats", "came second
with 19% and 21 seats") or a share of the vote ("took 27% of the vote"). A chamber that has seats
("the Assembly has 100 seats") wins none.

The role reader uses these names to give a person's organisation the kind ``party`` (so that the
party comparer reads it, and the normaliser makes the name a party in every document). Mentions
are left as they resolved: other readers key an entity by its mention, and a name that is a party
in only some documents must not split their keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosscheck.names.people import PeopleFinder
from crosscheck.names.text import TokenIndex, is_name_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Dependency relations an election result's object hangs from its verb by: "won 12 seats"
# (dobj), "came second with 19% and 21 seats" (pobj, prep, conj).
_RESULT_PATH = frozenset({"dobj", "pobj", "prep", "conj", "npadvmod", "attr", "oprd"})
# Words of a share of the vote: "27% of the vote", "27 percent of the votes".
_VOTE_WORDS = frozenset({"vote", "votes", "ballots"})
_SHARE_WORDS = frozenset({"%", "percent", "pct"})
# A party's name has at most this many words.
MAX_PARTY_WORDS = 5


def _result_anchor(tok: Token) -> Token | None:
    """Return the token an election result hangs from its verb by: "seats" of "12 seats", the
    share of "27% of the vote"; None for any other token."""
    if tok.lemma_.lower() == "seat" and tok.tag_ == "NNS":
        return tok if any(c.dep_ == "nummod" for c in tok.children) else None
    if tok.lower_ in _VOTE_WORDS and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        share = tok.head.head
        if share.lower_ in _SHARE_WORDS or share.like_num:
            return share
    return None


def elected_names(doc: Doc, index: TokenIndex, finder: PeopleFinder) -> dict[str, int]:
    """Return the names the document shows winning seats or votes, with where each is written.

    Args:
        doc: the document's annotated Doc (its parse).
        index: the word view of the Doc.
        finder: the runs of capitalised words over the same text.

    Returns:
        ``{name as written: its start}``, first occurrence; "the Fishers' League" keeps its plural
        possessive as part of the name.
    """
    found: dict[str, int] = {}
    ends = {index.tokens[r[-1]].bare_end: r for r in finder.runs()}
    for tok in doc:
        anchor = _result_anchor(tok)
        if anchor is None:
            continue
        verb = anchor
        while verb.dep_ in _RESULT_PATH and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in finder.lex.election_verbs:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            continue
        run = ends.get(subject.idx + len(subject.text))
        if run is None or finder.words(run) > MAX_PARTY_WORDS:
            continue
        first, last = index.tokens[run[0]], index.tokens[run[-1]]
        if last.possessive:
            continue
        # "Farmers' League": a plural possessive right before is part of the name.
        k = run[0] - 1
        owner = index.tokens[k] if k >= 0 else None
        if (
            owner is not None
            and owner.text.endswith(("s'", "s\u2019"))
            and is_name_word(owner.bare)
            and doc.text[owner.end : first.start] == " "
        ):
            first = owner
        found.setdefault(doc.text[first.start : last.bare_end], first.start)
    return found
