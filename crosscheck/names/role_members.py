"""Read membership after a name: "X, who belongs to the Y party", "X, a member of Y", "X, of the Y party,"."""

from __future__ import annotations

import functools
import re

from crosscheck.model import Mention
from crosscheck.names.lexicon import lexicon
from crosscheck.names.name_runs import Title
from crosscheck.names.registry import local_id
from crosscheck.names.role_clauses import _ClauseReader
from crosscheck.names.role_reader import RoleFact, _Org

# After the organisation: the clause must end, so that "of the Y party" is the whole phrase and not
# the start of "of the Y party's youth wing" or "of the Y party headquarters".
_ENDS = re.compile(r"[ \t]*(?:[,;:.)\n]|\Z|[ \t](?:and|in|since|until|who|said|says)\b)")
_THE = re.compile(r"(?:the|its|his|her|their)[ \t]+", re.IGNORECASE)
# A possessive owner before the party: "Brazil's", "President A B's" (at most four capitalised words).
_OWNER = re.compile(r"(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*['\u2019]s[ \t]+")
_PARTY_WORD = re.compile(r"[ \t]+party\b")
_SPACE = re.compile(r"[ \t]*")


@functools.cache
def _membership() -> re.Pattern[str]:
    """Compile the phrases that introduce a membership, after the name: ", who belongs to"."""
    lex = lexicon()
    phrases = sorted(lex.membership_phrases | lex.past_membership_phrases, key=lambda p: -len(p))
    body = "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(,[ \t]+who[ \t]+|,[ \t]+|[ \t]+)(?P<phrase>{body})[ \t]+")


class _MemberReader(_ClauseReader):
    """Read the party or organisation a membership phrase after a name gives a person."""

    def membership(self, person: Mention) -> RoleFact | None:
        """Return the affiliation a membership phrase after the name gives, with no role."""
        m = _membership().match(self.text, person.span.end)
        if m is None:
            return None
        lead = m.group(1)
        phrase = " ".join(m.group("phrase").lower().split())
        if phrase == "of" and "," not in lead:
            return None  # "A B of the Union" is the member reader's, which needs no comma
        if "who" in lead and phrase.startswith(("a ", "member")):
            return None  # "who a member of": not English
        if "who" not in lead and "," in lead and phrase in ("belongs to", "joined", "has joined"):
            return None  # "X, joined by Y": a participle, not a membership
        org = self._organisation_at(m.end())
        if org is None or _ENDS.match(self.text, org.end) is None:
            return None
        past = phrase in self.lex.past_membership_phrases
        title = Title(m.start("phrase"), org.end, phrase, "")
        return self._fact(
            person, title, person.span.start, org.end, org, None, None, past, "member"
        )

    def _organisation_at(self, pos: int) -> _Org | None:
        """Return the organisation named at ``pos``: "the Y party", "Brazil's ruling Y party",
        "the Civic Platform"; a capitalised name followed by "party" is a party."""
        the = _THE.match(self.text, pos)
        pos = the.end() if the else pos
        owner = _OWNER.match(self.text, pos)
        if owner is not None:  # "Brazil's ruling Y party", "President A B's Y party": the party
            pos = owner.end()
            q = self.lex.qualifier_pattern.match(self.text, pos)
            if q is not None:
                space = _SPACE.match(self.text, q.end())
                pos = space.end() if space else q.end()
        mention = self.mention_at(pos)
        if mention is not None:
            org = self.org(mention)
            if org is None or self._inside_name(mention):
                return None
            party = _PARTY_WORD.match(self.text, org.end)
            if party is not None and org.kind == "party":
                return _Org(org.entity_id, org.kind, org.start, party.end())
            if self._modifies(mention):
                return None
            return org
        end = self._name_phrase(pos)
        if end <= pos:
            return None
        name = self.text[pos:end]
        party = _PARTY_WORD.match(self.text, end)
        if party is not None:
            return _Org(local_id("party", name), "party", pos, party.end())
        return self._local_org(pos, end)
